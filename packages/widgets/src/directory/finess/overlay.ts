/**
 * The overlay a federation maintains for what FINESS does not hold (membership, professions,
 * opening hours, new patients, links, corrected names…), keyed by FINESS number, as JSON or CSV.
 *
 * JSON: `{ "590000001": { "member": true, … } }` or `[{ "finess": "590000001", "member": true, … }]`,
 * with any field of the directory format (and `"exclude": true` to leave a structure out).
 * CSV (`;`, `,` or tab, header row, UTF-8 or Windows-1252, as Excel saves it: quoted cells may
 * span lines): one row per structure, columns named like the fields or in French (see `COLUMNS`
 * and `FINESS_HEADER`); professions as `medecin-generaliste:3|infirmier:2` or one per line (codes,
 * labels or usual names: `Infirmière (2)`, `Kinés`); yes/no as oui/non, yes/no, 1/0 or x; dates
 * as YYYY-MM-DD or DD/MM/YYYY.
 * Node only.
 */
import * as z from 'zod';
import { PROFESSION_CODES, PROFESSIONS, type ProfessionCode } from '../professions.js';
import { normalize } from '../search.js';
import { isCalendarDate } from '../read.js';
import { formatPath, structureSchema, type StructureKind } from '../schema.js';
import { formatPhone } from './convert.js';
import { binaryKind, decode, FINESS_NUMBER } from './parse.js';
import { own } from './regions.js';

/**
 * What the overlay says about one structure: fields of the directory format, all optional, each
 * valid by the format's rule for it (an invalid value is reported and left out when read).
 */
export type OverlayEntry = Record<string, unknown> & { exclude?: boolean };

export interface OverlayIssue {
  /** `overlay.csv line 4`, `overlay.json ["590000001"]`. */
  where: string;
  message: string;
}

export interface Overlay {
  entries: Map<string, OverlayEntry>;
  issues: OverlayIssue[];
  /** Where each entry comes from (`overlay.csv line 4`), to report what the format refuses in it. */
  sources?: Map<string, string>;
}

/**
 * The column of the establishment's FINESS number, by its header (see `headerKey`): `FINESS`,
 * `N° FINESS`, `Numéro FINESS ET`, `n°finess`, `FINESS géographique`, `nofinesset`… but not
 * `FINESS EJ`, the legal entity's number, which several establishments share.
 */
const FINESS_HEADER = /^(?:n|no|num|numero|code)?finess(?:et|etablissement|geographique)?$/;

/** CSV columns: header key (see `headerKey`) → field. */
const COLUMNS: Record<string, string> = {
  name: 'name', nom: 'name', nomstructure: 'name',
  kind: 'kind', type: 'kind',
  member: 'member', adherent: 'member', adherente: 'member', membre: 'member', adherentfederation: 'member',
  phone: 'phone', telephone: 'phone', tel: 'phone',
  email: 'email', courriel: 'email', mail: 'email', adressemail: 'email', adresseemail: 'email', adresseelectronique: 'email',
  adresse: 'address.line1', adresse1: 'address.line1', adresseligne1: 'address.line1', address: 'address.line1', line1: 'address.line1',
  complementadresse: 'address.line2', adresse2: 'address.line2', adresseligne2: 'address.line2', line2: 'address.line2',
  codepostal: 'address.postalCode', cp: 'address.postalCode', postalcode: 'address.postalCode',
  commune: 'address.city', ville: 'address.city', city: 'address.city',
  departement: 'address.department', department: 'address.department',
  website: 'website', site: 'website', siteinternet: 'website', siteweb: 'website',
  bookingurl: 'bookingUrl', rdv: 'bookingUrl', rendezvous: 'bookingUrl', priserdv: 'bookingUrl', priserendezvous: 'bookingUrl',
  openinghours: 'openingHours', horaires: 'openingHours', horairesouverture: 'openingHours',
  acceptsnewpatients: 'acceptsNewPatients', nouveauxpatients: 'acceptsNewPatients',
  acceptsnewpatientsdeclared: 'acceptsNewPatients.declared', nouveauxpatientsdate: 'acceptsNewPatients.declared', nouveauxpatientsdeclare: 'acceptsNewPatients.declared',
  unscheduledcare: 'unscheduledCare', soinsnonprogrammes: 'unscheduledCare', snp: 'unscheduledCare',
  unscheduledcaredeclared: 'unscheduledCare.declared', soinsnonprogrammesdate: 'unscheduledCare.declared', snpdate: 'unscheduledCare.declared',
  professions: 'professions', profession: 'professions', professionnels: 'professions',
  wheelchair: 'accessibility.wheelchair', fauteuilroulant: 'accessibility.wheelchair', pmr: 'accessibility.wheelchair',
  parking: 'accessibility.parking', stationnement: 'accessibility.parking',
  accessibility: 'accessibility.note', accessibilite: 'accessibility.note', accessibilitynote: 'accessibility.note',
  exclude: 'exclude', exclure: 'exclude',
};


const YES = new Set(['oui', 'yes', 'true', 'vrai', '1', 'x', 'o', 'y']);
const NO = new Set(['non', 'no', 'false', 'faux', '0', 'n']);

/** `oui`/`non`… → boolean; `undefined` for an empty cell; throws on anything else. */
export function parseYesNo(cell: string): boolean | undefined {
  const value = normalize(cell);
  if (!value) return undefined;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  throw new Error(`"${cell}" is not yes or no (oui/non, yes/no, 1/0, x)`);
}

/** The kinds of structure as people write them, accents and case aside. */
const KINDS: Record<string, StructureKind> = {
  msp: 'msp', 'maison de sante': 'msp', 'maison de sante pluriprofessionnelle': 'msp', 'maison de sante pluri professionnelle': 'msp',
  pole: 'pole', 'pole de sante': 'pole', psp: 'pole', 'pole de sante pluriprofessionnel': 'pole',
  'centre de sante': 'centre-de-sante', cds: 'centre-de-sante',
  cpts: 'cpts', 'communaute professionnelle territoriale de sante': 'cpts',
};

/** `MSP`, `Maison de santé`, `Pôle de santé`, `Centre de santé`, `CPTS` (or the codes) → the kind; throws on anything else. */
export function parseKind(value: string): StructureKind {
  const kind = own(KINDS, normalize(value));
  if (!kind) throw new Error(`"${value}" is not a kind (MSP, Maison de santé, Pôle de santé, Centre de santé, CPTS)`);
  return kind;
}

/** `2026-03-01` or `01/03/2026` → `2026-03-01`; throws on anything else. */
export function parseDate(cell: string): string {
  const value = cell.trim();
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = french ? `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` : value;
  // Not Date.parse, which takes 31/02 for 3 March.
  if (!isCalendarDate(iso)) throw new Error(`"${cell}" is not a date (YYYY-MM-DD or DD/MM/YYYY)`);
  return iso;
}

/**
 * What people write in a sheet besides the codes and labels: feminine forms, short names and
 * acronyms, each meaning one profession only (plurals are read by `professionCode`).
 */
const ALIASES: Record<ProfessionCode, readonly string[]> = {
  'medecin-generaliste': ['médecin', 'généraliste', 'médecin traitant', 'MG'],
  'medecin-specialiste': ['spécialiste', 'pédiatre', 'gynécologue', 'psychiatre'],
  infirmier: ['infirmière', 'IDE', 'IDEL', 'infirmier libéral', 'infirmière libérale', "infirmier diplômé d'État", "infirmière diplômée d'État"],
  'infirmier-pratique-avancee': ['IPA', 'infirmier en pratique avancée', 'infirmière en pratique avancée'],
  'masseur-kinesitherapeute': ['kiné', 'kinésithérapeute', 'masseuse-kinésithérapeute', 'MK'],
  'sage-femme': ['maïeuticien', 'maïeuticienne'],
  pharmacien: ['pharmacienne'],
  'chirurgien-dentiste': ['dentiste', 'chirurgienne-dentiste'],
  orthophoniste: [],
  orthoptiste: [],
  'pedicure-podologue': ['podologue', 'pédicure'],
  dieteticien: ['diététicienne'],
  psychologue: [],
  ergotherapeute: [],
  psychomotricien: ['psychomotricienne'],
  'enseignant-apa': ['APA', 'enseignant APA', 'enseignante APA', 'enseignant en activité physique adaptée', 'enseignante en activité physique adaptée'],
  'assistant-social': ['assistant social', 'assistante sociale', 'assistante de service social', 'assistant de service social'],
  'assistant-medical': ['assistant médical', 'assistante médicale'],
  coordinateur: ['coordinatrice', 'coordination'],
};

/**
 * A name without its notes in brackets and the endings of inclusive writing (the labels of earlier
 * versions had them, and sheets still do): `Infirmier·ère (IDE)` → `Infirmier`.
 */
const bare = (name: string) => name.replace(/\([^)]*\)/g, ' ').replace(/·\p{L}+/gu, '');

const byName = new Map<string, ProfessionCode>();
for (const code of PROFESSION_CODES) {
  for (const name of [code, ...PROFESSIONS[code], ...ALIASES[code]]) {
    byName.set(normalize(name), code);
    byName.set(normalize(bare(name)), code);
  }
}

/** Each word in the singular, as French plurals are mostly made: `sages femmes`, `assistants sociaux`. */
const singular = (words: string) =>
  words
    .split(' ')
    .map((word) => (word.length > 3 ? word.replace(/aux$/, 'al').replace(/s$/, '') : word))
    .join(' ');

/**
 * A profession by code, label (French or English), feminine form, plural or usual short name,
 * accents and case aside (`Sage-femme`, `midwife`, `Infirmières`, `Kiné`, `IPA`).
 */
export function professionCode(name: string): ProfessionCode | undefined {
  for (const form of [normalize(name), normalize(bare(name))]) {
    const code = byName.get(form) ?? byName.get(singular(form));
    if (code) return code;
  }
  return undefined;
}

/**
 * `medecin-generaliste:3|Infirmier (2)|sage-femme` → `[{ code, count }]`. An unknown profession
 * is left out, and its name added to `unknown`.
 */
export function parseProfessions(cell: string, unknown: string[] = []): { code: ProfessionCode; count?: number }[] {
  return cell
    .split(/[|,+\n]/)
    .map((item) => item.trim())
    .filter(Boolean)
    .flatMap((item) => {
      const match = /^(.*?)\s*(?:[:=]\s*(\d+)|\((\d+)\))?$/.exec(item)!;
      const code = professionCode(match[1]!);
      if (!code) {
        unknown.push(match[1]!);
        return [];
      }
      const count = match[2] ?? match[3];
      return [{ code, ...(count && { count: Number(count) }) }];
    });
}

/** Sets `a.b` in `target`. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (!tail) target[head] = value;
  else target[head] = { ...(target[head] as Record<string, unknown> | undefined), [tail]: value };
}

/** French words a header may have or not: `Horaires d'ouverture`, `Prise de RDV`, `Adhérent à la fédération`. */
const SMALL_WORDS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'l', 'la', 'le', 'les']);

/**
 * `N° FINESS de l'établissement` → `nfinessetablissement`: accents, case, punctuation, small words
 * and notes in brackets ("Professions (codes ou noms)") aside.
 */
function headerKey(header: string): string {
  return normalize(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '))
    .split(' ')
    .filter((word) => !SMALL_WORDS.has(word))
    .join('');
}

/**
 * A CSV header's field, `undefined` when unknown. A note in brackets may be part of the name
 * ("Nouveaux patients (date)", "N° FINESS (EJ)"), which is tried first; otherwise it is set aside
 * ("Professions (codes ou noms)").
 */
function columnField(header: string): string | undefined {
  const whole = headerKey(header.replace(/[()[\]]/g, ' '));
  if (/finessej|finessjuridique/.test(whole)) return undefined;
  for (const key of [whole, headerKey(header)]) {
    const field = FINESS_HEADER.test(key) ? 'finess' : own(COLUMNS, key);
    if (field) return field;
  }
  return undefined;
}

/** A CSV record: its cells, and the line of the file it starts on (a cell may span lines). */
interface CsvRecord {
  line: number;
  cells: string[];
  /** A quoted cell of this record is never closed: it runs to the end of the file. */
  unclosed?: true;
}

/**
 * The records of CSV text as Excel writes it (RFC 4180): a cell in double quotes may hold the
 * separator, line breaks (Alt+Enter, read as `\n`) and `""` for a quote; records end with CRLF,
 * LF or CR. A quote elsewhere than at the start of a cell is an ordinary character.
 */
function* csvRecords(text: string, separator: string): Generator<CsvRecord, void> {
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    // CRLF, LF, or CR alone (Excel's "CSV (Macintosh)").
    const lineEnd = char === '\n' || char === '\r';
    if (lineEnd) {
      if (char === '\r' && text[i + 1] === '\n') i++;
      line++;
    }
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += lineEnd ? '\n' : char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (!lineEnd) cell += char;
    else {
      yield { line: start, cells: [...cells, cell] };
      cells = [];
      cell = '';
      start = line;
    }
  }
  if (quoted) yield { line: start, cells: [], unclosed: true };
  else if (cells.length || cell) yield { line: start, cells: [...cells, cell] };
}

const SEPARATORS = [';', ',', '\t'];

/**
 * `;` (Excel in French), `,` or tab: the one under which the header row has a FINESS number column
 * (a `;` file may have commas in a header: "Professions (médecins, infirmiers)"), then the one that
 * splits it into most cells, `;` on a tie.
 */
function csvSeparator(text: string): string {
  const scores = SEPARATORS.map((separator) => {
    const header = csvRecords(text, separator).next();
    if (header.done) return 0;
    const { cells } = header.value;
    return (cells.some((cell) => columnField(cell) === 'finess') ? 1000 : 0) + cells.length;
  });
  return SEPARATORS[scores.indexOf(Math.max(...scores))]!;
}

/** A text cell on one line: its line breaks (Alt+Enter) separate opening-hours rules, words elsewhere. */
function oneLine(field: string, cell: string): string {
  return field === 'openingHours' ? cell.split(/\s*;?\s*\n\s*/).join('; ') : cell.replace(/\s*\n\s*/g, ' ');
}

/** Reads a CSV overlay. */
export function parseOverlayCsv(text: string, file = 'overlay.csv'): Overlay {
  const overlay: Overlay = { entries: new Map(), issues: [] };
  const body = text.replace(/^\uFEFF/, '');
  const records = [...csvRecords(body, csvSeparator(body))];
  const unclosed = records.at(-1)?.unclosed ? records.pop() : undefined;
  const [header, ...rows] = records;
  const columns = (header?.cells ?? []).map((name) => {
    const field = columnField(name);
    if (!field && name.trim()) overlay.issues.push({ where: `${file} line 1`, message: `unknown column "${oneLine('', name.trim())}" ignored` });
    return field;
  });
  if (!columns.includes('finess')) {
    overlay.issues.push({
      where: `${file} line 1`,
      message: 'no FINESS number column: expected a header such as "N° FINESS", "Numéro FINESS" or "FINESS" (the establishment\'s number, not FINESS EJ) in the first line; the overlay is not used',
    });
  } else {
    let read = 0;
    for (const { line, cells } of rows) {
      // Excel writes rows of empty cells (`;;;`) for formatted but empty rows.
      if (cells.every((cell) => !cell.trim())) continue;
      read++;
      const where = `${file} line ${line}`;
      const entry: OverlayEntry = {};
      let finess = '';
      columns.forEach((field, k) => {
        const cell = (cells[k] ?? '').trim();
        if (!field || !cell) return;
        try {
          if (field === 'finess') finess = cell;
          else if (field === 'member' || field === 'exclude' || field === 'acceptsNewPatients' || field === 'unscheduledCare' || field.startsWith('accessibility.') && field !== 'accessibility.note') {
            const value = parseYesNo(cell);
            if (value === undefined) return;
            if (field === 'acceptsNewPatients' || field === 'unscheduledCare') setPath(entry, `${field}.value`, value);
            else setPath(entry, field, value);
          } else if (field.endsWith('.declared')) setPath(entry, field, parseDate(cell));
          else if (field === 'professions') {
            // One unknown name does not cost the others.
            const unknown: string[] = [];
            const professions = parseProfessions(cell, unknown);
            if (professions.length) entry.professions = professions;
            for (const name of unknown) {
              overlay.issues.push({ where, message: `professions: unknown profession "${name}" dropped, the others kept (see the vocabulary: ${PROFESSION_CODES.join(', ')})` });
            }
          } else setPath(entry, field, oneLine(field, cell));
        } catch (error) {
          overlay.issues.push({ where, message: `${field}: ${(error as Error).message}` });
        }
      });
      add(overlay, finess, entry, where);
    }
    if (!read && !unclosed) overlay.issues.push({ where: file, message: 'no row under the header line' });
  }
  if (unclosed) {
    overlay.issues.push({ where: `${file} line ${unclosed.line}`, message: 'a cell opened with a double quote (") is not closed; the rest of the file, from this line, is ignored' });
  }
  return overlay;
}

const entrySchema = z.record(z.string(), z.unknown());

/** Reads a JSON overlay: an object keyed by FINESS number, or a list of objects with `finess`. */
export function parseOverlayJson(text: string, file = 'overlay.json'): Overlay {
  const overlay: Overlay = { entries: new Map(), issues: [] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    overlay.issues.push({ where: file, message: `not JSON: ${(error as Error).message}` });
    return overlay;
  }
  const list: [string, unknown][] = Array.isArray(json)
    ? json.map((item, i) => [`[${i}]`, item])
    : json && typeof json === 'object'
      ? Object.entries(json).map(([key, value]) => [`["${key}"]`, value && typeof value === 'object' && !Array.isArray(value) ? { finess: key, ...value } : value])
      : [];
  if (!list.length) overlay.issues.push({ where: file, message: 'expected an object keyed by FINESS number, or a list of objects with "finess"' });
  for (const [key, value] of list) {
    const parsed = entrySchema.safeParse(value);
    if (!parsed.success) {
      overlay.issues.push({ where: `${file} ${key}`, message: 'expected an object' });
      continue;
    }
    const { finess, ...entry } = parsed.data;
    add(overlay, typeof finess === 'string' || typeof finess === 'number' ? String(finess) : '', entry, `${file} ${key}`);
  }
  return overlay;
}

/**
 * A FINESS number as the overlay gives it, in capitals. Excel takes numbers for numbers and drops
 * the leading zero of those of départements 01 to 09 (`20000123` for Aisne's `020000123`): eight
 * digits, the first not 0, can only be such a number, which gets its zero back.
 */
function finessNumber(value: string): string {
  const number = value.trim().toUpperCase();
  return /^[1-9]\d{7}$/.test(number) ? `0${number}` : number;
}

const FIELDS: Record<string, z.core.$ZodType | undefined> = structureSchema.shape;
/**
 * Objects whose parts are checked one by one: a mistyped postcode does not cost the street, and
 * the parts complete FINESS's address.
 */
const PARTS: Record<string, Record<string, z.core.$ZodType | undefined>> = {
  address: structureSchema.shape.address.shape,
  accessibility: structureSchema.shape.accessibility.def.innerType.shape,
};
/** Yes/no fields, which a JSON overlay may also give as `"oui"`, `"non"`… */
const YES_NO = new Set(['member', 'exclude', 'accessibility.wheelchair', 'accessibility.parking']);

/** A value as people give it, in the format's form: kinds and yes/no in words, phone numbers laid out. Throws when it cannot be. */
function formOf(path: string, value: unknown): unknown {
  if (path === 'kind' && typeof value === 'string') return parseKind(value);
  if (YES_NO.has(path) && typeof value === 'string') return parseYesNo(value);
  // Excel drops the leading 0 of a postcode it took for a number (01000 for Bourg-en-Bresse).
  if (path === 'address.postalCode' && (typeof value === 'string' || typeof value === 'number')) return String(value).trim().replace(/^\d{4}$/, '0$&');
  if (path === 'address.department' && (typeof value === 'string' || typeof value === 'number')) return String(value).trim().toUpperCase().replace(/^\d$/, '0$&');
  if (path === 'phone' && (typeof value === 'string' || typeof value === 'number')) {
    // As FINESS's: a spreadsheet drops the leading 0 of a number it took for a number.
    const phone = formatPhone(String(value));
    if (!phone) throw new Error(`"${value}" is not a phone number (10 digits, or international from + or 00)`);
    return phone;
  }
  return value;
}

/** `value` of `path` by the format's rule, or `undefined` with the reasons in `issues`. */
function checked(rule: z.core.$ZodType, path: string, raw: unknown, where: string, issues: OverlayIssue[]): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = formOf(path, raw);
  } catch (error) {
    issues.push({ where, message: `${path}: ${(error as Error).message}; ignored` });
    return undefined;
  }
  const result = z.safeParse(rule, value);
  if (result.success) return { value: result.data };
  for (const issue of result.error.issues) {
    issues.push({ where, message: `${formatPath([path, ...issue.path])}: expected ${issue.message}; ${issue.path.length ? `${path} ` : ''}ignored` });
  }
  return undefined;
}

/**
 * The entry with each value checked on its own by the format's rule for its field: an invalid
 * value is reported and left out, so that FINESS's value, or the structure, stays. Lists
 * (professions, team) are checked item by item when merged, which keeps their valid items.
 */
function checkEntry(entry: OverlayEntry, where: string, issues: OverlayIssue[]): OverlayEntry {
  const out: OverlayEntry = {};
  const unknown = (path: string) => issues.push({ where, message: `"${path}" is not a field of the directory format; ignored` });
  for (const [field, value] of Object.entries(entry)) {
    const parts = own(PARTS, field);
    if (field === 'exclude') {
      const valid = checked(z.boolean('true or false'), field, value, where, issues);
      if (valid) out.exclude = valid.value as boolean;
    } else if (field === 'professions' || field === 'team') {
      if (Array.isArray(value)) out[field] = value;
      else issues.push({ where, message: `${field}: expected a list; ignored` });
    } else if (parts && value && typeof value === 'object' && !Array.isArray(value)) {
      const kept: Record<string, unknown> = {};
      for (const [part, partValue] of Object.entries(value)) {
        const rule = own(parts, part);
        const valid = rule ? checked(rule, `${field}.${part}`, partValue, where, issues) : unknown(`${field}.${part}`);
        if (typeof valid === 'object') kept[part] = valid.value;
      }
      if (Object.keys(kept).length) out[field] = kept;
    } else {
      const rule = own(FIELDS, field);
      const valid = rule ? checked(rule, field, value, where, issues) : unknown(field);
      if (typeof valid === 'object') out[field] = valid.value;
    }
  }
  return out;
}

function add(overlay: Overlay, finess: string, entry: OverlayEntry, where: string): void {
  const number = finessNumber(finess);
  if (!FINESS_NUMBER.test(number)) {
    overlay.issues.push({ where, message: `"${finess}" is not a FINESS number (9 characters); entry ignored` });
    return;
  }
  for (const field of ['acceptsNewPatients', 'unscheduledCare']) {
    const value = entry[field] as { value?: unknown; declared?: unknown } | undefined;
    if (value && value.value !== undefined && !value.declared) {
      overlay.issues.push({ where, message: `${field} needs the date it was declared (${field}.declared / column "${field}Declared", YYYY-MM-DD); left out` });
      delete entry[field];
    }
  }
  if (overlay.entries.has(number)) overlay.issues.push({ where, message: `FINESS number ${number} appears twice in the overlay; the last one is used` });
  overlay.entries.set(number, checkEntry(entry, where, overlay.issues));
  (overlay.sources ??= new Map()).set(number, where);
}

/** Reads an overlay file's bytes; JSON or CSV according to its name (or its first character). */
export function parseOverlay(bytes: Uint8Array, file: string): Overlay {
  // Read as text, a workbook gives a "header" of binary garbage: say what to do instead.
  const binary = binaryKind(bytes);
  if (binary) {
    const message = binary === 'workbook' ? 'this looks like an Excel workbook: save it as CSV (UTF-8) from Excel' : 'this is not a text file: save the sheet as CSV (UTF-8) from Excel';
    return { entries: new Map(), issues: [{ where: file, message }] };
  }
  const { text } = decode(bytes);
  const json = /\.json$/i.test(file) || (!/\.csv$/i.test(file) && /^\s*[[{]/.test(text));
  return json ? parseOverlayJson(text, file) : parseOverlayCsv(text, file);
}
