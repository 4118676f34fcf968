/**
 * From a FINESS extract (and a federation's overlay) to the directory format: keeps the maisons de
 * santé (category 603) and, when asked, the centres de santé (124) and CPTS (604), in the chosen
 * départements; tidies names, addresses and phone numbers (FINESS writes them in capitals,
 * without accents); converts coordinates to WGS84; merges the overlay; checks every structure
 * against the format and its opening hours with the hours engine. Node only.
 */
import { parseOpeningHours } from '../../hours/opening-hours.js';
import { inseeOrder } from '../filters.js';
import { DIRECTORY_VERSION, parseStructure, type Directory, type Structure, type StructureKind } from '../schema.js';
import type { Overlay, OverlayIssue } from './overlay.js';
import type { FinessEstablishment, FinessExtract, FinessLineError } from './parse.js';
import { crsOf, outsideTerritory, toWgs84 } from './project.js';
import { departmentCode } from './regions.js';

/** FINESS category codes (nomenclature TRE_R66) and what they become. */
export const CATEGORIES: Record<string, StructureKind> = { '603': 'msp', '124': 'centre-de-sante', '604': 'cpts' };

/** The categories `importFiness` keeps with these options: a reader of the extract may hold only their rows. */
export const keptCategories = ({ withCentres, withCpts }: Pick<ImportOptions, 'withCentres' | 'withCpts'> = {}): string[] =>
  Object.entries(CATEGORIES)
    .filter(([, kind]) => kind === 'msp' || (kind === 'centre-de-sante' && !!withCentres) || (kind === 'cpts' && !!withCpts))
    .map(([code]) => code);

export interface ImportOptions {
  /** Keep only these départements (INSEE codes: `59`, `2A`, `974`). */
  departments?: readonly string[];
  /** Also keep the centres de santé (category 124). */
  withCentres?: boolean;
  /** Also keep the CPTS (category 604). */
  withCpts?: boolean;
  overlay?: Overlay;
  /** `updated` of the output (default: today). */
  updated?: string;
  /** Names of the input files, for `source`. */
  files?: { extract?: string; overlay?: string };
}

export interface ImportSummary {
  encoding: FinessExtract['encoding'];
  extractDate?: string;
  read: { structureet: number; geolocalisation: number };
  kept: Record<StructureKind, number> & { total: number; withoutCoordinates: number; member: number };
  skipped: { otherCategory: number; centres: number; cpts: number; outsideArea: number; invalid: number; excluded: number };
  overlay?: { merged: number; unknown: string[]; notKept: string[] };
  /** Malformed lines of the extract. */
  errors: FinessLineError[];
  /** About the extract as a whole, not problems (a line in another encoding…). */
  notes: string[];
  /** Problems with a kept structure or the overlay (something left out). */
  issues: OverlayIssue[];
}

const SMALL_WORDS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'sous', 'sur', 'un', 'une']);
const ACRONYMS = new Set(['MSP', 'PSP', 'SISA', 'CPTS', 'CDS', 'ZA', 'ZAC', 'ZI', 'CHU', 'CH', 'BP', 'CS', 'SCM', 'SELARL', 'SCI']);

/**
 * `MAISON DE SANTE DU VAL D'AUTHIE` → `Maison de Sante du Val d'Authie` (accents cannot be
 * guessed). Small words stay small, also first when `small` (street names: `des Tisserands`).
 */
export function titleCase(text: string, small = false): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/[\p{L}\d]+/gu, (word, offset: number) => {
      if (ACRONYMS.has(word.toUpperCase()) && word.length <= 6) return word.toUpperCase();
      if ((offset > 0 || small) && SMALL_WORDS.has(word)) return word;
      return word[0]!.toUpperCase() + word.slice(1);
    });
}

/** Words a commune's name keeps in lower case inside it ("Boulogne-sur-Mer", "Fort-de-France"). */
const COMMUNE_SMALL = new Set(['a', 'au', 'aux', 'de', 'des', 'du', 'en', 'et', 'la', 'le', 'les', 'lez', 'sous', 'sur']);

/**
 * `ST ETIENNE AU MONT` → `Saint-Etienne-au-Mont`, `VILLENEUVE D ASCQ` → `Villeneuve-d'Ascq`,
 * `L ILE ROUSSE` → `L'Ile-Rousse`, `LES ABYMES` → `Les Abymes`: FINESS writes a town without its
 * hyphens and apostrophes, and `St`/`Ste` for Saint/Sainte (half the communes of La Réunion). The
 * official names join every word with a hyphen but a leading article (Code officiel géographique);
 * accents cannot be guessed.
 */
export function communeName(text: string): string {
  const words = text.trim().toLowerCase().split(/[\s'’-]+/).filter(Boolean);
  let lead = '';
  if (/^(le|la|les)$/.test(words[0] ?? '') && words.length > 1) lead = `${titleCase(words.shift()!)} `;
  else if (words[0] === 'l' && words.length > 1) {
    words.shift();
    lead = "L'";
  }
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    // `d` or `l` before a word: its elision ("Villeneuve-d'Ascq").
    if ((word === 'd' || word === 'l') && next && i > 0) {
      out.push(`${word}'${titleCase(next)}`);
      i++;
    } else if (word === 'st' || word === 'ste') out.push(word === 'st' ? 'Saint' : 'Sainte');
    else out.push(i > 0 && COMMUNE_SMALL.has(word) ? word : titleCase(word));
  }
  // A number ("Marseille 05", as some lines have it) is not part of the name.
  return lead + out.join('-').replace(/-(?=\d)/g, ' ');
}

const STREET_TYPES: Record<string, string> = {
  ALL: 'allée', AV: 'avenue', BD: 'boulevard', CAR: 'carrefour', CHE: 'chemin', CHS: 'chaussée', CITE: 'cité', CRS: 'cours',
  DOM: 'domaine', ESP: 'esplanade', FG: 'faubourg', HAM: 'hameau', IMP: 'impasse', LD: 'lieu-dit', LOT: 'lotissement',
  MTE: 'montée', PARC: 'parc', PAS: 'passage', PASS: 'passage', PL: 'place', PLN: 'plaine', PRO: 'promenade', PROM: 'promenade',
  QU: 'quai', QUAI: 'quai', R: 'rue', RES: 'résidence', RLE: 'ruelle', RPT: 'rond-point', RTE: 'route', SEN: 'sentier', SQ: 'square',
  TRA: 'traverse', VC: 'voie communale', VLA: 'villa', ZA: 'ZA', ZAC: 'ZAC', ZI: 'ZI',
};
const NUMBER_SUFFIXES: Record<string, string> = { B: 'bis', T: 'ter', Q: 'quater' };

/**
 * `0321000000` (or `321000000`, as some extracts and spreadsheets have it) → `03 21 00 00 00`; an
 * international number (`+508 41 10 00`, `00 508 …`) as given; `undefined` for anything else.
 */
export function formatPhone(value: string): string | undefined {
  if (/^\s*(\+|00)/.test(value)) return value.trim();
  let digits = value.replace(/\D/g, '');
  // Only a lost leading 0 is given back: nine digits from 0 are a number missing a digit.
  if (digits.length === 9 && !digits.startsWith('0')) digits = `0${digits}`;
  return /^0\d{9}$/.test(digits) ? digits.replace(/(\d{2})(?=\d)/g, '$1 ') : undefined;
}

/**
 * What a FINESS row gives of its address in the directory format, and, when that is not a whole
 * address, why (the overlay may complete it).
 */
export function addressParts(e: FinessEstablishment): { parts: Partial<Structure['address']>; problem?: string } {
  const match = /^(\d{5})\s+(.+)$/.exec(e.ligneacheminement.trim());
  const number = [e.numvoie, NUMBER_SUFFIXES[e.compvoie.toUpperCase()] ?? e.compvoie.toLowerCase()].filter(Boolean).join(' ');
  const street = [number, STREET_TYPES[e.typvoie.toUpperCase()] ?? e.typvoie.toLowerCase(), titleCase(e.voie, !!(e.typvoie || number))].filter(Boolean).join(' ');
  const extras = [e.compldistrib, e.lieuditbp].map((text) => titleCase(text)).filter(Boolean);
  const line1 = (e.voie ? street : extras.shift()) ?? '';
  const department = departmentCode(e.departement, e.libdepartement);
  const parts = {
    ...(line1 && { line1 }),
    ...(extras.length && { line2: extras.join(', ') }),
    ...(match && { postalCode: match[1]!, city: communeName(match[2]!.replace(/\s+CEDEX(\s+\d+)?\s*$/i, '')) }),
    ...(department && { department }),
  };
  const problem = !match ? `no postcode and town in "${e.ligneacheminement}"` : !line1 ? 'no street address' : undefined;
  return { parts, ...(problem && { problem }) };
}

/** A FINESS row's address in the directory format, or a reason why it has none. */
export function address(e: FinessEstablishment): Structure['address'] | string {
  const { parts, problem } = addressParts(e);
  return problem ?? (parts as Structure['address']);
}

/** Each part of an address: its name, and how the overlay gives it (CSV column, JSON field). */
const ADDRESS_PARTS = {
  line1: ['street', 'Adresse', 'line1'],
  postalCode: ['postcode', 'Code postal', 'postalCode'],
  city: ['town', 'Commune', 'city'],
  department: ['département', 'Département', 'department'],
} as const;

/** `a`, `a and b`, `a, b and c`. */
const and = (words: string[]) => words.join(', ').replace(/, ([^,]*)$/, ' and $1');

/** Why a structure's address is not whole, and how to complete it in the overlay. */
function addressHint(problem: string, name: string, address: Partial<Structure['address']>): string {
  const missing = (Object.keys(ADDRESS_PARTS) as (keyof typeof ADDRESS_PARTS)[]).filter((part) => !address[part]).map((part) => ADDRESS_PARTS[part]);
  const columns = and(missing.map(([, column]) => `"${column}"`));
  const fields = missing.map(([, , field]) => `"${field}": "…"`).join(', ');
  const kept = (Object.keys(ADDRESS_PARTS) as (keyof typeof ADDRESS_PARTS)[]).filter((part) => address[part]).map((part) => ADDRESS_PARTS[part][0]);
  return (
    `${problem}; structure "${name}" left out: give its ${and(missing.map(([word]) => word))} in the overlay, ` +
    `CSV column${missing.length > 1 ? 's' : ''} ${columns} or JSON "address": { ${fields} }` +
    (kept.length ? ` (FINESS's ${and(kept)} ${kept.length > 1 ? 'are' : 'is'} kept)` : '')
  );
}

/** Reads `extract` into the directory format. Never throws on data: what is left out is counted and said. */
export function importFiness(extract: FinessExtract, options: ImportOptions = {}): { directory: Directory; summary: ImportSummary } {
  const summary: ImportSummary = {
    encoding: extract.encoding,
    ...(extract.date && { extractDate: extract.date }),
    read: { ...extract.rows },
    kept: { msp: 0, pole: 0, 'centre-de-sante': 0, cpts: 0, total: 0, withoutCoordinates: 0, member: 0 },
    skipped: { otherCategory: 0, centres: 0, cpts: 0, outsideArea: 0, invalid: 0, excluded: 0 },
    errors: extract.errors,
    notes: extract.notes,
    issues: [...(options.overlay?.issues ?? [])],
  };
  const overlay = options.overlay?.entries;
  const used = new Set<string>();
  let merged = 0;
  // Rows the extract did not keep (ParseOptions.categories): skipped, each under its kind.
  for (const [category, rows] of extract.notKept) {
    const kind = CATEGORIES[category];
    if (kind === 'centre-de-sante' && !options.withCentres) summary.skipped.centres += rows;
    else if (kind === 'cpts' && !options.withCpts) summary.skipped.cpts += rows;
    else summary.skipped.otherCategory += rows;
  }
  const structures: Structure[] = [];
  for (const e of extract.establishments) {
    const kind = CATEGORIES[e.categetab];
    if (!kind) {
      summary.skipped.otherCategory++;
      continue;
    }
    if (kind === 'centre-de-sante' && !options.withCentres) {
      summary.skipped.centres++;
      continue;
    }
    if (kind === 'cpts' && !options.withCpts) {
      summary.skipped.cpts++;
      continue;
    }
    const where = `line ${e.line} (FINESS ${e.nofinesset})`;
    const place = addressParts(e);
    const department = place.parts.department ?? '';
    if (options.departments && !options.departments.includes(department)) {
      summary.skipped.outsideArea++;
      continue;
    }
    const extra = overlay?.get(e.nofinesset);
    if (extra) used.add(e.nofinesset);
    if (extra?.exclude) {
      summary.skipped.excluded++;
      continue;
    }
    const geolocation = extract.geolocations.get(e.nofinesset);
    const crs = geolocation && crsOf(geolocation.source, department);
    let geo = geolocation && crs ? toWgs84(geolocation.x, geolocation.y, crs) : undefined;
    if (geolocation && !geo) summary.issues.push({ where: `line ${geolocation.line} (FINESS ${e.nofinesset})`, message: `coordinate system of "${geolocation.source}" unknown; no coordinates` });
    // Better no point than a point in the sea: the card stays, without a marker.
    const territory = geo && outsideTerritory(geo, department);
    if (geolocation && geo && territory) {
      summary.issues.push({
        where: `line ${geolocation.line} (FINESS ${e.nofinesset})`,
        message: `coordinates ${geolocation.x}, ${geolocation.y} fall at ${geo.lat}, ${geo.lon}, outside ${territory}; no coordinates`,
      });
      geo = undefined;
    }
    const phone = formatPhone(e.telephone);
    if (e.telephone && !phone) summary.issues.push({ where, message: `telephone "${e.telephone}" is not a phone number (10 digits); left out` });
    const raw: Record<string, unknown> = {
      id: e.nofinesset,
      name: titleCase(e.rslongue || e.rs),
      kind,
      member: false,
      address: place.parts,
      ...(geo && { geo }),
      ...(phone && { phone }),
      finess: e.nofinesset,
      professions: [],
    };
    if (extra) {
      merged++;
      // Each value was checked on its own when the overlay was read: none can cost the structure.
      const fields = { ...extra };
      const overlayAddress = fields.address;
      delete fields.exclude;
      delete fields.address;
      Object.assign(raw, fields);
      // The overlay's parts complete FINESS's address, or correct it.
      if (overlayAddress && typeof overlayAddress === 'object') raw.address = { ...place.parts, ...overlayAddress };
    }
    // What the format refuses in a list the overlay gave (a team member's link) is the overlay's to fix.
    const overlayWhere = options.overlay?.sources?.get(e.nofinesset) ?? where;
    const whereOf = (field: string) => (extra && field in extra ? overlayWhere : where);
    const whole = raw.address as Partial<Structure['address']>;
    if (!whole.line1 || !whole.postalCode || !whole.city || !whole.department) {
      summary.skipped.invalid++;
      summary.issues.push({ where, message: addressHint(place.problem ?? 'no whole address', raw.name as string, whole) });
      continue;
    }
    const problems: { path: string; reason: string }[] = [];
    const structure = parseStructure(raw, '', problems);
    for (const p of problems) summary.issues.push({ where: whereOf(p.path.split(/[.[]/)[0]!), message: `${p.path}: ${p.reason}` });
    if (!structure) {
      summary.skipped.invalid++;
      continue;
    }
    if (structure.openingHours) {
      try {
        parseOpeningHours(structure.openingHours);
      } catch (error) {
        summary.issues.push({ where: whereOf('openingHours'), message: `openingHours: ${(error as { messageEn?: string }).messageEn ?? (error as Error).message} in "${structure.openingHours}"; left out` });
        delete structure.openingHours;
      }
    }
    if (!structure.geo) summary.kept.withoutCoordinates++;
    if (structure.member) summary.kept.member++;
    summary.kept[structure.kind]++;
    summary.kept.total++;
    structures.push(structure);
  }
  if (overlay) {
    const notUsed = [...overlay.keys()].filter((finess) => !used.has(finess));
    summary.overlay = {
      merged,
      unknown: notUsed.filter((finess) => !extract.categories.has(finess)),
      notKept: notUsed.filter((finess) => extract.categories.has(finess)),
    };
  }
  const collator = new Intl.Collator('fr');
  // By département in INSEE's order (Corsica's 2A and 2B between 19 and 21), then by name.
  const byDepartment = (s: Structure) => inseeOrder(s.address.department);
  structures.sort((a, b) => byDepartment(a).localeCompare(byDepartment(b)) || collator.compare(a.name, b.name));
  const files = options.files ?? {};
  const source = [
    `FINESS, extraction${extract.date ? ` du ${extract.date}` : ''} (data.gouv.fr, Licence Ouverte)${files.extract ? ` : ${files.extract}` : ''}`,
    ...(files.overlay ? [`fédération : ${files.overlay}`] : []),
  ].join(' ; ');
  return {
    directory: { version: DIRECTORY_VERSION, updated: options.updated ?? new Date().toISOString().slice(0, 10), source, structures },
    summary,
  };
}
