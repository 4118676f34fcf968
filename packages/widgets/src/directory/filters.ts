/**
 * The directory's filters, applied to structures. Pure module, no DOM: "open now" comes in as a
 * predicate, computed by the element with the opening-hours engine.
 */
import { PROFESSION_CODES, type ProfessionCode } from './profession-codes.js';
import type { Structure } from './schema.js';
import { matcher, searchKey } from './search.js';

export interface DirectoryFilters {
  /** Words to find in the name, town, postcode or département. */
  query: string;
  /** Professions that must all be present. */
  professions: ProfessionCode[];
  /** A département code, or `''` for all. */
  department: string;
  /** Declared as accepting new patients. */
  newPatients: boolean;
  /** Declared as offering unscheduled care (soins non programmés). */
  unscheduledCare: boolean;
  /** Open at this moment. */
  openNow: boolean;
  /** Member of the federation. */
  member: boolean;
}

export const NO_FILTERS: Readonly<DirectoryFilters> = Object.freeze({
  query: '',
  professions: [],
  department: '',
  newPatients: false,
  unscheduledCare: false,
  openNow: false,
  member: false,
});

/** How many filters are set, the search aside. */
export const countFilters = (f: DirectoryFilters): number =>
  f.professions.length + [f.department, f.newPatients, f.unscheduledCare, f.openNow, f.member].filter(Boolean).length;

/** Whether any search or filter is set. */
export const hasFilters = (f: DirectoryFilters): boolean => !!(f.query.trim() || countFilters(f));

/** A structure with what searching and sorting it needs, computed once per data set. */
export interface Entry {
  structure: Structure;
  /** From `searchKey`, computed on the first search. */
  key?: string;
  /** Kilometres from the visitor, when known. */
  distance?: number;
}

/** The entries that pass every filter, in the order given. */
export function applyFilters(entries: readonly Entry[], f: DirectoryFilters, isOpen: (s: Structure) => boolean): Entry[] {
  const matches = matcher(f.query);
  const query = f.query.trim();
  return entries.filter((entry) => {
    const s = entry.structure;
    if (f.department && s.address.department !== f.department) return false;
    if (f.newPatients && !s.acceptsNewPatients?.value) return false;
    if (f.unscheduledCare && !s.unscheduledCare?.value) return false;
    if (f.member && !s.member) return false;
    if (f.professions.length && !f.professions.every((code) => s.professions.some((p) => p.code === code))) return false;
    return (!f.openNow || isOpen(s)) && (!query || matches((entry.key ??= searchKey(s))));
  });
}

/** What the data offers to filter on (the controls the element shows). */
export interface Facets {
  /** The départements present, sorted. */
  departments: string[];
  /** The professions present, in the vocabulary's order. */
  professions: ProfessionCode[];
  /** Whether any structure is a member of the federation. */
  members: boolean;
}

/** A key that sorts département codes as INSEE lists them: `2A` → `202A`, between 19 and 21. */
export const inseeOrder = (code: string): string => code.replace(/^2\D/, '20$&');

/** What `structures` offer to filter on. */
export function facets(structures: readonly Structure[]): Facets {
  const departments = new Set<string>();
  const professions = new Set<ProfessionCode>();
  for (const s of structures) {
    departments.add(s.address.department);
    for (const p of s.professions) professions.add(p.code);
  }
  return {
    // INSEE's order, Corsica's 2A and 2B in the place of 20 (a plain sort puts them after 29).
    departments: [...departments].sort((a, b) => (inseeOrder(a) < inseeOrder(b) ? -1 : 1)),
    professions: PROFESSION_CODES.filter((code) => professions.has(code)),
    members: structures.some((s) => s.member),
  };
}

/**
 * `f` without the filters that `o` does not offer, nor "open now" when no hours can be read. No
 * control shows such a filter, so a link made for other data (or a filter set before new data)
 * would empty the list for a reason the visitor can neither see nor undo: it is let go, as the
 * address lets go of a code that is no département. (Showing its control instead would only offer
 * an empty list, and a checkbox that vanishes once unticked takes the keyboard focus with it.)
 */
export const offered = (f: DirectoryFilters, o: Facets, withHours: boolean): DirectoryFilters => ({
  ...f,
  professions: f.professions.filter((code) => o.professions.includes(code)),
  // With a single département there is no choice to show, nor any to make.
  department: o.departments.length > 1 && o.departments.includes(f.department) ? f.department : '',
  openNow: f.openNow && withHours,
  member: f.member && o.members,
});
