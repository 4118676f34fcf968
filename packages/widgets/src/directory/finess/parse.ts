/**
 * Reads the national FINESS extract in the etalab format ("FINESS Extraction du Fichier des
 * établissements", data.gouv.fr, Licence Ouverte): semicolon-separated, no header, a first
 * metadata line `finess;etalab;<n>;<date>`, then `structureet` rows (32 fields) and, at the end,
 * `geolocalisation` rows (6 fields). The file is UTF-8 or, historically, Windows-1252: the bytes
 * of each line decide. Malformed lines are reported with their line number and skipped.
 *
 * The national file is about 100 MB: it is read a piece at a time, line by line, and only the
 * rows of the categories asked for are kept (see `ParseOptions.categories`).
 */

import { isUtf8 } from 'node:buffer';

/** The 31 fields of a `structureet` row after its tag, in order. */
export const STRUCTUREET_FIELDS = [
  'nofinesset', 'nofinessej', 'rs', 'rslongue', 'complrs', 'compldistrib', 'numvoie', 'typvoie', 'voie', 'compvoie',
  'lieuditbp', 'commune', 'departement', 'libdepartement', 'ligneacheminement', 'telephone', 'telecopie', 'categetab',
  'libcategetab', 'categagretab', 'libcategagretab', 'siret', 'codeape', 'codemft', 'libmft', 'codesph', 'libsph',
  'dateouv', 'dateautor', 'datemaj', 'numuai',
] as const;

export type FinessEstablishment = Record<(typeof STRUCTUREET_FIELDS)[number], string> & { line: number };

export interface FinessGeolocation {
  nofinesset: string;
  x: number;
  y: number;
  /** `sourcecoordet`: precision, geocoder, score, source… and the coordinate system. */
  source: string;
  datemaj: string;
  line: number;
}

/** A line that could not be read. */
export interface FinessLineError {
  line: number;
  message: string;
}

export interface FinessExtract {
  /** The encoding of the file: that of its first line with accents (`utf-8` when it has none). */
  encoding: 'utf-8' | 'windows-1252';
  /** From the metadata line: the date of the extraction, when given. */
  date?: string;
  /** The `structureet` rows kept (all of them, or those of `ParseOptions.categories`). */
  establishments: FinessEstablishment[];
  /** The `geolocalisation` rows kept (all of them, or those of the establishments kept). */
  geolocations: Map<string, FinessGeolocation>;
  errors: FinessLineError[];
  /** What to know about the file as a whole that costs nothing (extra fields ignored…), not a problem. */
  notes: string[];
  /** Lines read, the metadata line included. */
  lines: number;
  /** Rows read without error, kept or not. */
  rows: { structureet: number; geolocalisation: number };
  /** The category (categetab) of every FINESS number read, kept or not. */
  categories: Map<string, string>;
  /** Rows read but not kept, by category (see `ParseOptions.categories`). */
  notKept: Map<string, number>;
}

export interface ParseOptions {
  /**
   * Keep only the `structureet` rows of these categories (`603`…), and the `geolocalisation` rows
   * of those; the others are counted. A national extract then takes tens of megabytes of memory, not
   * most of a gigabyte.
   */
  categories?: readonly string[];
}

/** The file is not a FINESS extract at all (its first line is not the metadata line). */
export class FinessFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'FinessFormatError';
  }
}

/** `[0-9][0-9AB][0-9]{7}`: 9 characters, `2A`/`2B` for Corsica. */
export const FINESS_NUMBER = /^[0-9][0-9AB][0-9]{7}$/;

/**
 * What a file that is not text most likely is: `workbook` for an Excel workbook (an .xlsx, like
 * any ZIP file, starts with `PK\x03\x04`; an old .xls with the OLE2 signature), `binary` for
 * anything else with NUL bytes; `undefined` for text.
 */
export function binaryKind(bytes: Uint8Array): 'workbook' | 'binary' | undefined {
  const starts = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'workbook';
  return bytes.subarray(0, 4096).includes(0) ? 'binary' : undefined;
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), Windows-1252 otherwise. */
export function decode(bytes: Uint8Array): { text: string; encoding: FinessExtract['encoding'] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Splits a `;`-separated line; a field may be quoted (`"a;b"`, `""` for a quote inside). */
export function splitRow(line: string, separator = ';'): string[] {
  if (!line.includes('"')) return line.split(separator);
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** The lines of a file given a piece at a time (LF or CRLF, as bytes, with the CR of CRLF). */
function* byteLines(chunks: Iterable<Uint8Array>): Generator<Uint8Array, void> {
  // The start of a line cut between two pieces, copied (a reader may reuse its buffer).
  let carried: Uint8Array | undefined;
  const join = (head: Uint8Array | undefined, tail: Uint8Array) => {
    if (!head) return tail;
    const whole = new Uint8Array(head.length + tail.length);
    whole.set(head);
    whole.set(tail, head.length);
    return whole;
  };
  for (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
      yield join(carried, chunk.subarray(start, end));
      carried = undefined;
      start = end + 1;
    }
    if (start < chunk.length) carried = join(carried, chunk.slice(start));
  }
  if (carried) yield carried;
}

/** The pieces of a file, refused from the first when it is not text. */
function* textOnly(chunks: Iterable<Uint8Array>): Generator<Uint8Array, void> {
  let first = true;
  for (const chunk of chunks) {
    if (first && binaryKind(chunk)) {
      throw new FinessFormatError('this is not a text file (an Excel workbook, a ZIP file?): use the CSV extract as downloaded from data.gouv.fr, unzipped', 1);
    }
    first = false;
    yield chunk;
  }
}

const UTF8 = new TextDecoder('utf-8');
const WINDOWS_1252 = new TextDecoder('windows-1252');

/**
 * A line's text and encoding: UTF-8 when its bytes are valid UTF-8, Windows-1252 otherwise; line
 * by line, so that one damaged line (a download cut in the middle of a letter) does not turn every
 * accent of a UTF-8 file into "Ã©". `undefined` encoding for a line without accents.
 */
function decodeLine(bytes: Uint8Array): { text: string; encoding?: FinessExtract['encoding'] } {
  const line = bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
  // isUtf8 rather than a fatal decoder's exception: a Windows-1252 file has one on every line.
  if (!isUtf8(line)) return { text: WINDOWS_1252.decode(line), encoding: 'windows-1252' };
  const text = UTF8.decode(line);
  return { text, ...(text.length !== line.length && { encoding: 'utf-8' as const }) };
}

/** `2026-03-02`, or `02/03/2026` as a spreadsheet writes it back. */
const DATE = /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4})$/;

/**
 * Whether a `structureet` row's fields are where they should be, whatever its length: the
 * category codes (3 and 4 digits) and the date of update (the 31st field). A ";" inside a name
 * moves them one place on; a newer extract with a column added at the end leaves them in place.
 */
function inPlace(fields: readonly string[]): boolean {
  const at = (name: (typeof STRUCTUREET_FIELDS)[number]) => fields[STRUCTUREET_FIELDS.indexOf(name) + 1] ?? '';
  return /^\d{3}$/.test(at('categetab')) && /^\d{4}$/.test(at('categagretab')) && DATE.test(at('datemaj'));
}

/**
 * Reads a FINESS extract: its bytes, already decoded text, or its bytes a piece at a time (a large
 * file read in chunks, see the command), which is read line by line without holding the file.
 */
export function parseFiness(input: Uint8Array | string | Iterable<Uint8Array>, options: ParseOptions = {}): FinessExtract {
  const lines: Iterable<string | Uint8Array> = typeof input === 'string' ? input.split(/\r?\n/) : byteLines(textOnly(input instanceof Uint8Array ? [input] : input));
  const keep = options.categories && new Set(options.categories);
  const extract: FinessExtract = {
    encoding: 'utf-8',
    establishments: [],
    geolocations: new Map(),
    errors: [],
    notes: [],
    lines: 0,
    rows: { structureet: 0, geolocalisation: 0 },
    categories: new Map(),
    notKept: new Map(),
  };
  const error = (line: number, message: string) => extract.errors.push({ line, message });
  const expected = STRUCTUREET_FIELDS.length + 1;
  /** Rows read despite another number of fields than 32 (their fields being in place): count → [rows, first line]. */
  const otherLengths = new Map<number, [number, number]>();
  /** The encoding of the first line with accents, and the lines in the other one. */
  let encoding: FinessExtract['encoding'] | undefined;
  const otherEncoding: number[] = [];
  const geolocated = new Set<string>();
  let line = 0;
  for (const raw of lines) {
    line++;
    const decoded = typeof raw === 'string' ? { text: raw } : decodeLine(raw);
    const text = line === 1 ? decoded.text.replace(/^\uFEFF/, '') : decoded.text;
    if (decoded.encoding) {
      encoding ??= decoded.encoding;
      if (decoded.encoding !== encoding) otherEncoding.push(line);
    }
    if (line === 1) {
      const meta = splitRow(text);
      if (meta[0]?.trim().toLowerCase() !== 'finess' || meta[1]?.trim().toLowerCase() !== 'etalab') {
        throw new FinessFormatError(`expected the metadata line "finess;etalab;<n>;<date>", found "${text.slice(0, 60)}"`, 1);
      }
      if (/^\d{4}-\d{2}-\d{2}/.test(meta[3] ?? '')) extract.date = meta[3]!.slice(0, 10);
      extract.lines = 1;
      continue;
    }
    if (!text.trim()) continue;
    extract.lines = line;
    const fields = splitRow(text).map((field) => field.trim());
    const [kind, nofinesset = ''] = fields;
    if (kind === 'structureet') {
      // 32 fields. With one more from a ";" inside a name, every field after it would be read one
      // place off, the category among them: refused. Fields added at the end by a newer extract,
      // or the last one (numuai, not used) missing, leave the others in place: read.
      if (fields.length !== expected) {
        if (fields.length < expected - 1 || !inPlace(fields)) {
          const why = fields.length < expected ? 'cut line or missing separators?' : 'a ";" inside a field?';
          error(line, `structureet row with ${fields.length} fields, expected ${expected} (${why})`);
          continue;
        }
        const [rows, first] = otherLengths.get(fields.length) ?? [0, line];
        otherLengths.set(fields.length, [rows + 1, first]);
      }
      if (!FINESS_NUMBER.test(nofinesset)) {
        // Excel takes the numbers for numbers and drops the leading zero of départements 01 to 09.
        const excel = /^[1-9]\d{7}$/.test(nofinesset) ? '; 8 digits, as when the file is opened and saved in Excel: download it again and give it as it is' : '';
        error(line, `"${nofinesset}" is not a FINESS number (9 characters${excel})`);
        continue;
      }
      const category = fields[STRUCTUREET_FIELDS.indexOf('categetab') + 1]!;
      if (!/^\d{3}$/.test(category)) {
        error(line, `category (categetab) "${category.slice(0, 30)}" is not a code of 3 digits`);
        continue;
      }
      if (extract.categories.has(nofinesset)) {
        error(line, `FINESS number ${nofinesset} appears twice; the first row is kept`);
        continue;
      }
      extract.categories.set(nofinesset, category);
      extract.rows.structureet++;
      if (keep && !keep.has(category)) {
        extract.notKept.set(category, (extract.notKept.get(category) ?? 0) + 1);
        continue;
      }
      const row = Object.fromEntries(STRUCTUREET_FIELDS.map((name, k) => [name, fields[k + 1] ?? ''])) as unknown as FinessEstablishment;
      row.line = line;
      extract.establishments.push(row);
    } else if (kind === 'geolocalisation') {
      if (fields.length < 5) {
        error(line, `geolocalisation row with ${fields.length} fields, expected 6`);
        continue;
      }
      if (!FINESS_NUMBER.test(nofinesset)) {
        error(line, `"${nofinesset}" is not a FINESS number (9 characters)`);
        continue;
      }
      const [x, y] = [fields[2], fields[3]].map((value) => (value ? Number(value.replace(',', '.')) : NaN)) as [number, number];
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        error(line, `coordinates "${fields[2]}", "${fields[3]}" are not numbers`);
        continue;
      }
      if (geolocated.has(nofinesset)) {
        error(line, `FINESS number ${nofinesset} has a second geolocalisation row; the first one is kept`);
        continue;
      }
      geolocated.add(nofinesset);
      extract.rows.geolocalisation++;
      // That of an establishment kept, or of one not read yet (the rows are not always in order).
      const category = extract.categories.get(nofinesset);
      if (keep && category !== undefined && !keep.has(category)) continue;
      extract.geolocations.set(nofinesset, { nofinesset, x, y, source: fields[4] ?? '', datemaj: fields[5] ?? '', line });
    } else {
      error(line, `unknown row type "${(kind ?? '').slice(0, 30)}", expected structureet or geolocalisation`);
    }
  }
  if (line === 0) throw new FinessFormatError('the file is empty', 1);
  if (keep) {
    // Those of establishments read after them and not kept.
    for (const number of extract.geolocations.keys()) {
      const category = extract.categories.get(number);
      if (category !== undefined && !keep.has(category)) extract.geolocations.delete(number);
    }
  }
  extract.encoding = encoding ?? 'utf-8';
  const n = (count: number) => count.toLocaleString('en');
  for (const [length, [rows, first]] of otherLengths) {
    extract.notes.push(
      length > expected
        ? `${n(rows)} structureet row${rows > 1 ? 's' : ''} (the first on line ${first}) with ${length} fields instead of ${expected}, read by their first ${expected} (a newer extract with more columns?); the fields after them ignored`
        : `${n(rows)} structureet row${rows > 1 ? 's' : ''} (the first on line ${first}) with ${length} fields instead of ${expected}, read without the last one (numuai, not used)`,
    );
  }
  if (otherEncoding.length) {
    const other = encoding === 'utf-8' ? 'Windows-1252' : 'UTF-8';
    const shown = otherEncoding.slice(0, 10).join(', ') + (otherEncoding.length > 10 ? '…' : '');
    const one = otherEncoding.length === 1;
    extract.notes.push(`${n(otherEncoding.length)} line${one ? '' : 's'} in ${other}, unlike the rest of the file, read as such (line${one ? '' : 's'} ${shown}): check ${one ? 'its' : 'their'} accents`);
  }
  return extract;
}
