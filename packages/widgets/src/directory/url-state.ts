/**
 * The directory's search and filters in the page address, so that a filtered view can be shared
 * or bookmarked: `?recherche=lens&profession=sage-femme&departement=62&nouveaux-patients=1`.
 * Parameters of the host page are left alone. The visitor's position is never written. A filter
 * the data does not offer (a profession or département it has none of, "open now" without hours,
 * "member" without members) is let go by the element (`offered`), so the next write leaves it out.
 */
import type { DirectoryFilters } from './filters.js';
import { PROFESSION_CODES, type ProfessionCode } from './profession-codes.js';
import { DEPARTEMENT_PATTERN } from './read.js';

const FLAGS = {
  newPatients: 'nouveaux-patients',
  unscheduledCare: 'soins-non-programmes',
  openNow: 'ouvert',
  member: 'adherent',
} as const;
const QUERY = 'recherche';
const PROFESSION = 'profession';
const DEPARTMENT = 'departement';

/** The filters a URL's parameters describe; unknown values are ignored. */
export function filtersFromParams(params: URLSearchParams): DirectoryFilters {
  const professions = params.getAll(PROFESSION).filter((code): code is ProfessionCode => (PROFESSION_CODES as string[]).includes(code));
  const filters = {
    query: (params.get(QUERY) ?? '').slice(0, 200),
    professions: [...new Set(professions)],
    department: '',
  } as DirectoryFilters;
  const department = params.get(DEPARTMENT)?.trim().toUpperCase() ?? '';
  if (DEPARTEMENT_PATTERN.test(department)) filters.department = department;
  for (const [key, name] of Object.entries(FLAGS)) filters[key as keyof typeof FLAGS] = params.get(name) === '1';
  return filters;
}

/** `params` with our parameters set from `filters` (and removed where a filter is off). */
export function filtersToParams(filters: DirectoryFilters, params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const name of [QUERY, PROFESSION, DEPARTMENT, ...Object.values(FLAGS)]) out.delete(name);
  if (filters.query.trim()) out.set(QUERY, filters.query.trim());
  for (const code of filters.professions) out.append(PROFESSION, code);
  if (filters.department) out.set(DEPARTMENT, filters.department);
  for (const [key, name] of Object.entries(FLAGS)) if (filters[key as keyof typeof FLAGS]) out.set(name, '1');
  return out;
}

/** The filters in the page's address. */
export const readLocation = (): DirectoryFilters => filtersFromParams(new URLSearchParams(location.search));

/**
 * Browsers limit how often a page may rewrite its address (Safari: 100 times in 10 seconds, then
 * an exception), and a search updates as the visitor types: the address follows at most every
 * `WRITE_INTERVAL` ms, with the latest filters.
 */
const WRITE_INTERVAL = 300;
let lastWrite = -Infinity;
let latest: DirectoryFilters | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Puts the filters in the page's address, without a new history entry (see `WRITE_INTERVAL`). */
export function writeLocation(filters: DirectoryFilters): void {
  latest = filters;
  if (timer !== undefined) return;
  const wait = lastWrite + WRITE_INTERVAL - performance.now();
  if (wait > 0) timer = setTimeout(write, wait);
  else write();
}

function write(): void {
  timer = undefined;
  if (!latest) return;
  lastWrite = performance.now();
  const params = filtersToParams(latest, new URLSearchParams(location.search)).toString();
  try {
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);
  } catch {
    // Over a browser's limit all the same: the list still filters; the next change writes.
  }
}
