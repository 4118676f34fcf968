/**
 * Reads the national FINESS extract in the etalab format ("FINESS Extraction du Fichier des
 * établissements", data.gouv.fr, Licence Ouverte): semicolon-separated, no header, a first
 * metadata line `finess;etalab;<n>;<date>`, then `structureet` rows (exactly 32 fields) and, at the end,
 * `geolocalisation` rows (6 fields). The file is UTF-8 or, historically, Windows-1252: the bytes
 * decide. Malformed lines are reported with their line number and skipped.
 */

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
  encoding: 'utf-8' | 'windows-1252';
  /** From the metadata line: the date of the extraction, when given. */
  date?: string;
  establishments: FinessEstablishment[];
  geolocations: Map<string, FinessGeolocation>;
  errors: FinessLineError[];
  /** Lines read, the metadata line included. */
  lines: number;
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

/** Reads a FINESS extract (bytes or already decoded text). */
export function parseFiness(input: Uint8Array | string): FinessExtract {
  if (typeof input !== 'string' && binaryKind(input)) {
    throw new FinessFormatError('this is not a text file (an Excel workbook, a ZIP file?): use the CSV extract as downloaded from data.gouv.fr, unzipped', 1);
  }
  const { text, encoding } = typeof input === 'string' ? { text: input, encoding: 'utf-8' as const } : decode(input);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const meta = splitRow(lines[0] ?? '');
  if (meta[0]?.trim().toLowerCase() !== 'finess' || meta[1]?.trim().toLowerCase() !== 'etalab') {
    throw new FinessFormatError(`expected the metadata line "finess;etalab;<n>;<date>", found "${(lines[0] ?? '').slice(0, 60)}"`, 1);
  }
  const extract: FinessExtract = {
    encoding,
    ...(/^\d{4}-\d{2}-\d{2}/.test(meta[3] ?? '') && { date: meta[3]!.slice(0, 10) }),
    establishments: [],
    geolocations: new Map(),
    errors: [],
    lines: 1,
  };
  const seen = new Set<string>();
  const error = (line: number, message: string) => extract.errors.push({ line, message });
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (!raw.trim()) return;
    extract.lines = line;
    const fields = splitRow(raw).map((field) => field.trim());
    const [kind, nofinesset = ''] = fields;
    if (kind === 'structureet') {
      // Every row has exactly 32 fields: with one more (a ";" inside a name), every field after it
      // would be read one place off, the category among them.
      if (fields.length !== STRUCTUREET_FIELDS.length + 1) {
        const why = fields.length < STRUCTUREET_FIELDS.length + 1 ? 'cut line or missing separators?' : 'a ";" inside a field?';
        return error(line, `structureet row with ${fields.length} fields, expected ${STRUCTUREET_FIELDS.length + 1} (${why})`);
      }
      if (!FINESS_NUMBER.test(nofinesset)) return error(line, `"${nofinesset}" is not a FINESS number (9 characters)`);
      const category = fields[STRUCTUREET_FIELDS.indexOf('categetab') + 1]!;
      if (!/^\d{3}$/.test(category)) return error(line, `category (categetab) "${category.slice(0, 30)}" is not a code of 3 digits`);
      if (seen.has(nofinesset)) return error(line, `FINESS number ${nofinesset} appears twice; the first row is kept`);
      seen.add(nofinesset);
      const row = Object.fromEntries(STRUCTUREET_FIELDS.map((name, k) => [name, fields[k + 1] ?? ''])) as unknown as FinessEstablishment;
      row.line = line;
      extract.establishments.push(row);
    } else if (kind === 'geolocalisation') {
      if (fields.length < 5) return error(line, `geolocalisation row with ${fields.length} fields, expected 6`);
      if (!FINESS_NUMBER.test(nofinesset)) return error(line, `"${nofinesset}" is not a FINESS number (9 characters)`);
      const [x, y] = [fields[2], fields[3]].map((value) => (value ? Number(value.replace(',', '.')) : NaN)) as [number, number];
      if (!Number.isFinite(x) || !Number.isFinite(y)) return error(line, `coordinates "${fields[2]}", "${fields[3]}" are not numbers`);
      if (extract.geolocations.has(nofinesset)) return error(line, `FINESS number ${nofinesset} has a second geolocalisation row; the first one is kept`);
      extract.geolocations.set(nofinesset, { nofinesset, x, y, source: fields[4] ?? '', datemaj: fields[5] ?? '', line });
    } else {
      error(line, `unknown row type "${(kind ?? '').slice(0, 30)}", expected structureet or geolocalisation`);
    }
  });
  return extract;
}
