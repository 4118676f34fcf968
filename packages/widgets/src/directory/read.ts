/**
 * Directory data read by hand, without zod: the rules of the zod schema (schema.ts), written out
 * so that a page showing valid data needs neither zod nor the schema, and reads 3,000 structures
 * in a few milliseconds. It never explains: a structure it does not accept goes to the schema,
 * which keeps what it can and says why it left the rest out. What it accepts, the schema accepts
 * too, with the same result (test/node/directory-data.test.ts checks it on random data).
 * Pure module, no DOM.
 */
import { PROFESSION_CODES } from './profession-codes.js';
import type { Directory, ParsedDirectory, Structure } from './schema.js';

/** The version of the format this code reads and writes. */
export const DIRECTORY_VERSION = 1;

export const STRUCTURE_KINDS = ['msp', 'pole', 'centre-de-sante', 'cpts'] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

/** Days of presence, in the OpenStreetMap `opening_hours` abbreviations. */
export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

// The patterns of both readers: one definition, so they cannot disagree.
/**
 * Free text of 1 to `max` characters, not blank: one pattern rather than trim and two length
 * checks, which makes reading thousands of structures markedly faster.
 */
export const textPattern = (max: number): RegExp => new RegExp(`^(?=[^]*\\S)[^]{1,${max}}$`);
/** `YYYY-MM-DD`. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const PHONE = /^\+?[0-9][0-9 .\u00a0-]{1,24}$/;
/** Only http(s) links: a `javascript:` or `data:` URL never reaches an `href`. */
export const WEB_URL = /^https?:\/\/[^\s/?#]+\.[^\s]*$/i;
export const POSTCODE = /^\d{5}$/;
export const FINESS = /^[0-9][0-9AB][0-9]{7}$/;
/** A département code: two digits (`01`…`95`), `2A`/`2B`, or three for overseas (`971`…`976`). */
export const DEPARTEMENT_PATTERN = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$/;
/** zod's `z.email()` pattern (a test checks that it still is). */
export const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** Reads a value, or throws (anything) when it is not as expected. */
type Read = (value: unknown) => unknown;

const no = (): never => {
  throw no;
};
const is = (ok: boolean, value: unknown) => (ok ? value : no());
const matching = (re: RegExp): Read => (v) => is(typeof v === 'string' && re.test(v), v);
/** Trimmed first, like the schema's `z.trim()`. */
const trimmed = (re: RegExp): Read => (v) => is(typeof v === 'string' && re.test((v = v.trim())), v);
const text = (max: number) => matching(textPattern(max));
const oneOf = (values: readonly unknown[]): Read => (v) => is(values.includes(v), v);
const bool: Read = (v) => is(typeof v === 'boolean', v);
const between = (min: number, max: number, whole?: boolean): Read => (v) =>
  is(typeof v === 'number' && v >= min && v <= max && (!whole || Number.isInteger(v)), v);
/** `Array.from` rather than `map`: a hole is an item (undefined), as for the schema. */
const list = (item: Read): Read => (v) => (Array.isArray(v) ? Array.from(v, (x: unknown) => item(x)) : no());
const or = (read: Read, fallback: () => unknown): Read => (v) => (v === undefined ? fallback() : read(v));
/**
 * An object of these keys (`key?` may be left out), others dropped. As in zod, a key present with
 * `undefined` stays, and an absent one stays absent.
 */
const object = (shape: Record<string, Read>): Read => {
  const keys = Object.entries(shape).map(([key, read]) => {
    const optional = key.endsWith('?');
    return [optional ? key.slice(0, -1) : key, optional ? (v: unknown) => (v === undefined ? v : read(v)) : read] as const;
  });
  return (v) => {
    if (typeof v !== 'object' || !v || Array.isArray(v)) no();
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, read] of keys) {
      const value = read(input[key]);
      if (value !== undefined || key in input) out[key] = value;
    }
    return out;
  };
};

const isoDate = trimmed(ISO_DATE);
const phone = trimmed(PHONE);
const webUrl = trimmed(WEB_URL);
const profession = oneOf(PROFESSION_CODES);
const declared = object({ value: bool, declared: isoDate });

/** The schema's `structureSchema`, key for key. */
const readOne = object({
  id: text(100),
  name: text(200),
  kind: oneOf(STRUCTURE_KINDS),
  member: or(bool, () => false),
  address: object({ line1: text(200), 'line2?': text(200), postalCode: trimmed(POSTCODE), city: text(100), department: trimmed(DEPARTEMENT_PATTERN) }),
  'geo?': object({ lat: between(-90, 90), lon: between(-180, 180) }),
  'phone?': phone,
  'email?': matching(EMAIL),
  'website?': webUrl,
  'bookingUrl?': webUrl,
  'finess?': trimmed(FINESS),
  'openingHours?': text(1000),
  'acceptsNewPatients?': declared,
  'unscheduledCare?': declared,
  'accessibility?': object({ 'wheelchair?': bool, 'parking?': bool, 'note?': text(300), 'url?': webUrl }),
  professions: or(list(object({ code: profession, 'count?': between(1, 999, true) })), () => []),
  'team?': list(
    object({
      name: text(150),
      profession,
      'days?': list(oneOf(WEEKDAYS)),
      'bookingUrl?': webUrl,
      'phone?': phone,
      'acceptsNewPatients?': declared,
      'note?': text(200),
    }),
  ),
});

/** The structure as the schema would return it, or `undefined` when the schema must decide. */
export function readStructure(raw: unknown): Structure | undefined {
  try {
    return readOne(raw) as Structure;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A directory read by hand, as `parseDirectory` reads it, or `undefined` when there is anything
 * to leave out or to report (`parseDirectory` does that).
 */
export function readDirectory(json: unknown): ParsedDirectory | undefined {
  if (!isRecord(json) || json.version !== DIRECTORY_VERSION || !Array.isArray(json.structures)) return undefined;
  const ids = new Set<string>();
  const structures: Structure[] = [];
  try {
    const updated = isoDate(typeof json.updated === 'string' ? json.updated.slice(0, 10) : json.updated) as string;
    for (const raw of json.structures) {
      const structure = readOne(raw) as Structure;
      ids.add(structure.id);
      structures.push(structure);
    }
    const source = typeof json.source === 'string' && json.source.trim() ? json.source.trim().slice(0, 500) : undefined;
    const data: Directory = { version: DIRECTORY_VERSION, updated, ...(source && { source }), structures };
    return ids.size < structures.length ? undefined : { data, structures, issues: [] };
  } catch {
    return undefined;
  }
}
