/**
 * The directory data format (`@msp-kit/widgets/directory-data`): one versioned JSON document that
 * feeds `<msp-directory>` (a federation's structures) and `<msp-team>` (one structure's team),
 * written by hand, by a federation's tools or by the FINESS importer (`msp-kit-finess`).
 * Pure module, no DOM; `zod/mini` so the browser pays little for it. Valid data is read without
 * zod (read.ts, by the same rules): the elements load this module only for data with problems, to
 * say what they left out and why.
 *
 * @example
 * const { structures, issues } = parseDirectory(await (await fetch('/annuaire.json')).json());
 */
import * as z from 'zod/mini';
import { PROFESSION_CODES } from './profession-codes.js';
import {
  DEPARTEMENT_PATTERN,
  DIRECTORY_VERSION,
  EMAIL,
  FINESS,
  isCalendarDate,
  PHONE,
  POSTCODE,
  readStructure,
  STRUCTURE_KINDS,
  WEB_URL,
  WEEKDAYS,
} from './read.js';

export { DIRECTORY_VERSION, STRUCTURE_KINDS, WEEKDAYS, type StructureKind, type Weekday } from './read.js';

/**
 * Free text of 1 to `max` characters, not blank: one pattern rather than trim and two length
 * checks, which makes checking thousands of structures markedly faster.
 */
const textPattern = (max: number): RegExp => new RegExp(`^(?=[^]*\\S)[^]{1,${max}}$`);

// Each schema has one message (what it expects), turned into "expected …" in issues. The patterns
// are read.ts's, which reads valid data without zod by the same rules.
const text = (max: number) => {
  const what = `text of 1 to ${max} characters, not blank`;
  return z.string(what).check(z.regex(textPattern(max), what));
};
const pattern = (re: RegExp, what: string) => z.string(what).check(z.trim(), z.regex(re, what));
const bool = () => z.boolean('true or false');
const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) => z.enum(values, what);
const between = (min: number, max: number, what: string) => z.number(what).check(z.gte(min, what), z.lte(max, what));

/** `YYYY-MM-DD`. */
const isoDate = /* @__PURE__ */ z.string('a date as YYYY-MM-DD').check(z.trim(), z.refine(isCalendarDate, 'a real date as YYYY-MM-DD'));
const phone = /* @__PURE__ */ pattern(PHONE, 'a phone number such as "03 21 00 00 00"');
/**
 * Only http(s) links: a `javascript:` or `data:` URL never reaches an `href`. A pattern rather
 * than `z.url()`, which parses every URL (costly over thousands of structures); links still go
 * through `safeUrl` when rendered.
 */
const webUrl = /* @__PURE__ */ pattern(WEB_URL, 'an http(s) URL');
const profession = /* @__PURE__ */ oneOf(PROFESSION_CODES, 'a profession code of the vocabulary');

/** A yes/no that people declare, with the day they declared it (`2026-03-01`): it goes stale. */
const declared = /* @__PURE__ */ z.object({ value: bool(), declared: isoDate }, '{ value, declared }');

export const professionSchema = /* @__PURE__ */ z.object({
  code: profession,
  count: z.optional(z.int('a whole number from 1 to 999').check(z.gte(1, 'a whole number from 1 to 999'), z.lte(999, 'a whole number from 1 to 999'))),
}, 'a profession: { "code", "count"? }');

export const teamMemberSchema = /* @__PURE__ */ z.object({
  name: text(150),
  profession,
  days: z.optional(z.array(oneOf(WEEKDAYS, 'a day among Mo, Tu, We, Th, Fr, Sa, Su'))),
  bookingUrl: z.optional(webUrl),
  phone: z.optional(phone),
  acceptsNewPatients: z.optional(declared),
  note: z.optional(text(200)),
}, 'a professional: { "name", "profession", … }');

export const structureSchema = /* @__PURE__ */ z.object({
  id: text(100),
  name: text(200),
  kind: oneOf(STRUCTURE_KINDS, `a kind among ${STRUCTURE_KINDS.join(', ')}`),
  member: z._default(bool(), false),
  address: z.object(
    {
      line1: text(200),
      line2: z.optional(text(200)),
      postalCode: pattern(POSTCODE, 'a postcode of 5 digits'),
      city: text(100),
      department: pattern(DEPARTEMENT_PATTERN, 'a département code such as "59", "2A" or "974"'),
    },
    'an address',
  ),
  geo: z.optional(z.object({ lat: between(-90, 90, 'a latitude'), lon: between(-180, 180, 'a longitude') }, '{ lat, lon } in degrees')),
  phone: z.optional(phone),
  email: z.optional(z.email({ pattern: EMAIL, error: 'an e-mail address' })),
  website: z.optional(webUrl),
  bookingUrl: z.optional(webUrl),
  finess: z.optional(pattern(FINESS, 'a FINESS number of 9 characters')),
  /** In the OpenStreetMap `opening_hours` syntax. */
  openingHours: z.optional(text(1000)),
  acceptsNewPatients: z.optional(declared),
  unscheduledCare: z.optional(declared),
  accessibility: z.optional(z.object({ wheelchair: z.optional(bool()), parking: z.optional(bool()), note: z.optional(text(300)), url: z.optional(webUrl) }, 'an object')),
  professions: z._default(z.array(professionSchema, 'a list'), []),
  team: z.optional(z.array(teamMemberSchema, 'a list')),
}, 'a structure: { "id", "name", "kind", "address", … }');

export const directorySchema = /* @__PURE__ */ z.object({
  version: z.literal(DIRECTORY_VERSION),
  updated: isoDate,
  source: z.optional(text(500)),
  structures: z.array(structureSchema),
});

export type Profession = z.infer<typeof professionSchema>;
export type TeamMember = z.infer<typeof teamMemberSchema>;
export type Structure = z.infer<typeof structureSchema>;
/** What a data file may contain (`member` and `professions` may be left out). */
export type StructureInput = z.input<typeof structureSchema>;
export type Directory = z.infer<typeof directorySchema>;
export type DirectoryInput = z.input<typeof directorySchema>;

/** Something in the data that was left out, and why (in English, for the console and the CLI). */
export interface DataIssue {
  /** Where: `structures[3].address.postalCode`, `structures[5]`, `version`. */
  path: string;
  reason: string;
}

export interface ParsedDirectory {
  /** The document with only the valid structures; `undefined` when it is not a directory at all. */
  data?: Directory;
  /** The valid structures (empty when `data` is undefined). */
  structures: Structure[];
  issues: DataIssue[];
}

/** `['structures', 3, 'address', 'postalCode']` → `structures[3].address.postalCode`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields a structure can lose and still be shown: a bad phone number does not hide the structure. */
const DROPPABLE = new Set(['geo', 'phone', 'email', 'website', 'bookingUrl', 'finess', 'openingHours', 'acceptsNewPatients', 'unscheduledCare', 'accessibility', 'professions', 'team']);

/** Fields of a list item it can lose and still be shown: a mistyped booking link does not hide a professional. */
const DROPPABLE_IN_ITEM = new Set(['count', 'days', 'bookingUrl', 'phone', 'acceptsNewPatients', 'note']);

/** `structures[3]` + `['address', 'postalCode']` → `structures[3].address.postalCode`. */
const at = (prefix: string, path: readonly PropertyKey[]): string => formatPath(prefix ? [prefix, ...path] : path);

/**
 * One structure: valid as is, or valid once its faulty optional fields (or faulty list items) are
 * dropped; otherwise `undefined`. Every problem is added to `issues`, under `prefix`.
 */
export function parseStructure(raw: unknown, prefix = '', issues: DataIssue[] = []): Structure | undefined {
  // Valid data is read by hand, markedly faster; zod sees what that leaves, and explains.
  const valid = readStructure(raw);
  if (valid) return valid;
  const result = structureSchema.safeParse(raw);
  if (result.success) return result.data;
  const bad = result.error.issues;
  if (isRecord(raw) && bad.every((issue) => DROPPABLE.has(String(issue.path[0])))) {
    const copy: Record<string, unknown> = { ...raw };
    const dropped: string[] = [];
    for (const { path } of bad) {
      const [field, index, inner] = path as [string, unknown, unknown];
      const list = copy[field];
      const item: unknown = Array.isArray(list) && typeof index === 'number' ? list[index] : undefined;
      if (isRecord(item) && typeof inner === 'string' && DROPPABLE_IN_ITEM.has(inner)) {
        // Only the faulty field of the item goes.
        const kept = { ...item };
        delete kept[inner];
        copy[field] = (list as unknown[]).map((other, i) => (i === index ? kept : other));
        dropped.push(`${field}[${index as number}].${inner}`);
      } else if (typeof index === 'number' && Array.isArray(list)) {
        // In a list, only the faulty item goes: one bad team member does not hide the team.
        copy[field] = (list as unknown[]).map((other, i) => (i === index ? undefined : other));
        dropped.push(`${field}[${index}]`);
      } else {
        delete copy[field];
        dropped.push(field);
      }
    }
    for (const field of ['professions', 'team']) {
      if (Array.isArray(copy[field])) copy[field] = (copy[field] as unknown[]).filter((item) => item !== undefined);
    }
    const second = structureSchema.safeParse(copy);
    if (second.success) {
      bad.forEach((issue, i) => issues.push({ path: at(prefix, issue.path), reason: `expected ${issue.message}; ${dropped[i]} left out` }));
      return second.data;
    }
  }
  const name = isRecord(raw) && typeof raw.name === 'string' ? ` "${raw.name.slice(0, 60)}"` : '';
  for (const issue of bad) issues.push({ path: at(prefix, issue.path), reason: `expected ${issue.message}; structure${name} not shown` });
  return undefined;
}

/**
 * Reads a directory document. A faulty structure is left out (and reported) without affecting the
 * others; faulty optional fields are dropped from a structure that is otherwise fine; a duplicate
 * `id` is left out. Never throws.
 */
export function parseDirectory(json: unknown): ParsedDirectory {
  const issues: DataIssue[] = [];
  if (!isRecord(json) || !Array.isArray(json.structures)) {
    return { structures: [], issues: [{ path: isRecord(json) ? 'structures' : '', reason: 'expected a directory: { "version": 1, "updated": "YYYY-MM-DD", "structures": [ … ] }' }] };
  }
  if (json.version !== DIRECTORY_VERSION) {
    const newer = typeof json.version === 'number' && json.version > DIRECTORY_VERSION;
    issues.push({ path: 'version', reason: newer ? `version ${String(json.version)} is newer than this code (${DIRECTORY_VERSION}); reading what it can` : `expected version ${DIRECTORY_VERSION}` });
    if (!newer) return { structures: [], issues };
  }
  const updated = isoDate.safeParse(typeof json.updated === 'string' ? json.updated.slice(0, 10) : json.updated);
  if (!updated.success) issues.push({ path: 'updated', reason: 'expected the date of the data as YYYY-MM-DD' });
  const source = typeof json.source === 'string' && json.source.trim() ? json.source.trim().slice(0, 500) : undefined;
  const seen = new Set<string>();
  const structures: Structure[] = [];
  json.structures.forEach((raw, index) => {
    const structure = parseStructure(raw, `structures[${index}]`, issues);
    if (!structure) return;
    if (seen.has(structure.id)) {
      issues.push({ path: `structures[${index}].id`, reason: `duplicate id "${structure.id}"; structure "${structure.name}" not shown` });
      return;
    }
    seen.add(structure.id);
    structures.push(structure);
  });
  const data: Directory = { version: DIRECTORY_VERSION, updated: updated.success ? updated.data : '', ...(source && { source }), structures };
  return { data, structures, issues };
}
