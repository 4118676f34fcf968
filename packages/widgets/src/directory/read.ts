/**
 * Directory data read by hand, without zod: the rules of the zod schema (schema.ts), written out
 * so that a page showing valid data needs neither zod nor the schema, and reads 3,000 structures
 * in a few milliseconds. It never explains: a structure it does not accept goes to the schema,
 * which keeps what it can and says why it left the rest out. What it accepts, the schema accepts
 * too, with the same result (test/node/directory-data.test.ts checks it on random data).
 * Pure module, no DOM.
 */
import { PHONE } from '../site/settings.js';
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
/** `YYYY-MM-DD`. */
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/**
 * `YYYY-MM-DD` of a day the calendar has: not 30 February, which a card would name 2 March. Every
 * month has its 28 first days; for the others, the day read back differs, whether the engine rolls
 * it over (Chromium) or refuses it (NaN, Firefox). (Parsing each date is several times slower.)
 */
export const isCalendarDate = (value: string): boolean => {
  const day = +value.slice(8);
  return ISO_DATE.test(value) && (day < 29 || new Date(value).getUTCDate() === day);
};
// The same phone numbers as the site settings' (<msp-site phone>).
export { PHONE };
/** Only http(s) links: a `javascript:` or `data:` URL never reaches an `href`. */
export const WEB_URL = /^https?:\/\/[^\s/?#]+\.[^\s]*$/i;
export const POSTCODE = /^\d{5}$/;
export const FINESS = /^[0-9][0-9AB][0-9]{7}$/;
/** A département code: two digits (`01`…`95`), `2A`/`2B`, or three for overseas (`971`…`976`). */
export const DEPARTEMENT_PATTERN = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$/;
/** zod's `z.email()` pattern, as zod writes it (a test checks that it still is). */
// eslint-disable-next-line no-useless-escape -- zod's own escapes, kept for the comparison.
export const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** Reads a value, or throws (anything) when it is not as expected. */
type Read = (value: unknown) => unknown;
type Out = Record<string, unknown>;

// Objects are read by functions of their own, not by one generic reader of shapes: V8 then sees
// the same keys at each place, which makes reading thousands of structures several times faster.
const mismatch = new Error('not read by hand');
const no = (): never => {
  throw mismatch;
};
const is = (ok: boolean, value: unknown) => (ok ? value : no());
const record = (v: unknown) => (typeof v === 'object' && v && !Array.isArray(v) ? (v as Out) : no());
const matching = (re: RegExp): Read => (v) => is(typeof v === 'string' && re.test(v), v);
/** Trimmed first, like the schema's `z.trim()`. */
const trimmed = (re: RegExp): Read => (v) => is(typeof v === 'string' && re.test((v = v.trim())), v);
/** The schema's `textPattern(max)`, checked without the pattern: several times faster. */
const text = (max: number): Read => (v) => is(typeof v === 'string' && v.length <= max && NOT_BLANK.test(v), v);
const NOT_BLANK = /\S/;
const oneOf = (values: readonly unknown[]): Read => (v) => is(values.includes(v), v);
const bool: Read = (v) => is(typeof v === 'boolean', v);
const between = (min: number, max: number, whole?: boolean): Read => (v) =>
  is(typeof v === 'number' && v >= min && v <= max && (!whole || Number.isInteger(v)), v);
/** Every item, holes included (as undefined), as for the schema. */
const list = (item: Read): Read => (v) => {
  const out = [];
  for (let i = 0, items = Array.isArray(v) ? v : no(); i < items.length; i++) out.push(item(items[i]));
  return out;
};
/** An optional key: as in zod, absent stays absent, and present with `undefined` stays. */
const optional = (out: Out, input: Out, key: string, read: Read) => {
  const v = input[key];
  if (v !== undefined) out[key] = read(v);
  else if (key in input) out[key] = v;
};

const isoDate: Read = (v) => is(typeof v === 'string' && isCalendarDate((v = v.trim())), v);
const phone = trimmed(PHONE);
const webUrl = trimmed(WEB_URL);
const profession = oneOf(PROFESSION_CODES);
const [text100, text150, text200, text300, text1000] = [100, 150, 200, 300, 1000].map(text) as [Read, Read, Read, Read, Read];
const count = between(1, 999, true);
const days = list(oneOf(WEEKDAYS));
const kind = oneOf(STRUCTURE_KINDS);
const postcode = trimmed(POSTCODE);
const departement = trimmed(DEPARTEMENT_PATTERN);
const latitude = between(-90, 90);
const longitude = between(-180, 180);
const email = matching(EMAIL);
const finess = trimmed(FINESS);

// The schema's objects, key for key, in its order.
const declared = (v: unknown) => {
  const d = record(v);
  return { value: bool(d.value), declared: isoDate(d.declared) };
};
const address = (v: unknown) => {
  const a = record(v);
  const out: Out = { line1: text200(a.line1) };
  optional(out, a, 'line2', text200);
  out.postalCode = postcode(a.postalCode);
  out.city = text100(a.city);
  out.department = departement(a.department);
  return out;
};
const geo = (v: unknown) => {
  const g = record(v);
  return { lat: latitude(g.lat), lon: longitude(g.lon) };
};
const accessibility = (v: unknown) => {
  const a = record(v);
  const out: Out = {};
  optional(out, a, 'wheelchair', bool);
  optional(out, a, 'parking', bool);
  optional(out, a, 'note', text300);
  optional(out, a, 'url', webUrl);
  return out;
};
const professions = list((v) => {
  const p = record(v);
  const out: Out = { code: profession(p.code) };
  optional(out, p, 'count', count);
  return out;
});
const team = list((v) => {
  const m = record(v);
  const out: Out = { name: text150(m.name), profession: profession(m.profession) };
  optional(out, m, 'days', days);
  optional(out, m, 'bookingUrl', webUrl);
  optional(out, m, 'phone', phone);
  optional(out, m, 'acceptsNewPatients', declared);
  optional(out, m, 'note', text200);
  return out;
});
const readOne = (v: unknown) => {
  const s = record(v);
  const out: Out = {
    id: text100(s.id),
    name: text200(s.name),
    kind: kind(s.kind),
    member: s.member === undefined ? false : bool(s.member),
    address: address(s.address),
  };
  optional(out, s, 'geo', geo);
  optional(out, s, 'phone', phone);
  optional(out, s, 'email', email);
  optional(out, s, 'website', webUrl);
  optional(out, s, 'bookingUrl', webUrl);
  optional(out, s, 'finess', finess);
  optional(out, s, 'openingHours', text1000);
  optional(out, s, 'acceptsNewPatients', declared);
  optional(out, s, 'unscheduledCare', declared);
  optional(out, s, 'accessibility', accessibility);
  out.professions = s.professions === undefined ? [] : professions(s.professions);
  optional(out, s, 'team', team);
  return out;
};

/** The structure as the schema would return it, or `undefined` when the schema must decide. */
export function readStructure(raw: unknown): Structure | undefined {
  try {
    return readOne(raw) as Structure;
  } catch {
    return undefined;
  }
}

/**
 * A directory read by hand, as `parseDirectory` reads it, or `undefined` when there is anything
 * to leave out or to report (`parseDirectory` does that).
 */
export function readDirectory(json: unknown): ParsedDirectory | undefined {
  try {
    const doc = record(json);
    if (doc.version !== DIRECTORY_VERSION) no();
    const updated = isoDate(typeof doc.updated === 'string' ? doc.updated.slice(0, 10) : doc.updated) as string;
    const structures = list(readOne)(doc.structures) as Structure[];
    if (new Set(structures.map((s) => s.id)).size < structures.length) no();
    const source = typeof doc.source === 'string' && doc.source.trim() ? doc.source.trim().slice(0, 500) : undefined;
    const data: Directory = { version: DIRECTORY_VERSION, updated, ...(source && { source }), structures };
    return { data, structures, issues: [] };
  } catch {
    return undefined;
  }
}
