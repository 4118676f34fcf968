/**
 * The regions of France and their départements (INSEE codes), for `msp-kit-finess --region`, and
 * FINESS's own codes for the overseas départements. Node only.
 */
import { normalize } from '../search.js';

/**
 * `table[key]` when the table itself has it: a header, a JSON key or a name written `constructor`
 * or `toString` must read as unknown, not as a method of every object (which threw inside zod).
 */
export const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

export const REGIONS: Record<string, readonly string[]> = {
  'auvergne-rhone-alpes': ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  'bourgogne-franche-comte': ['21', '25', '39', '58', '70', '71', '89', '90'],
  bretagne: ['22', '29', '35', '56'],
  'centre-val-de-loire': ['18', '28', '36', '37', '41', '45'],
  corse: ['2A', '2B'],
  'grand-est': ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
  'hauts-de-france': ['02', '59', '60', '62', '80'],
  'ile-de-france': ['75', '77', '78', '91', '92', '93', '94', '95'],
  normandie: ['14', '27', '50', '61', '76'],
  'nouvelle-aquitaine': ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  occitanie: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  'pays-de-la-loire': ['44', '49', '53', '72', '85'],
  'provence-alpes-cote-d-azur': ['04', '05', '06', '13', '83', '84'],
  guadeloupe: ['971'],
  martinique: ['972'],
  guyane: ['973'],
  'la-reunion': ['974'],
  mayotte: ['976'],
  // Not a region: the three départements with holidays of their own, named as `<msp-site region>` names them.
  'alsace-moselle': ['57', '67', '68'],
};

/** The INSEE code of each region (Code officiel géographique), as ARS and INSEE files give it. */
const REGION_CODES: Record<string, string> = {
  '84': 'auvergne-rhone-alpes', '27': 'bourgogne-franche-comte', '53': 'bretagne', '24': 'centre-val-de-loire', '94': 'corse',
  '44': 'grand-est', '32': 'hauts-de-france', '11': 'ile-de-france', '28': 'normandie', '75': 'nouvelle-aquitaine', '76': 'occitanie',
  '52': 'pays-de-la-loire', '93': 'provence-alpes-cote-d-azur', '01': 'guadeloupe', '02': 'martinique', '03': 'guyane', '04': 'la-reunion',
  '06': 'mayotte',
};

/**
 * The départements of a region given as people write it ("Hauts-de-France", "hauts de france",
 * "PACA", "Centre") or by its INSEE code (`32`).
 */
export function regionDepartments(name: string): readonly string[] | undefined {
  const slug = normalize(name).replace(/ /g, '-');
  if (/^\d{1,2}$/.test(slug)) return own(REGIONS, own(REGION_CODES, slug.padStart(2, '0')) ?? '');
  const aliases: Record<string, string> = { paca: 'provence-alpes-cote-d-azur', reunion: 'la-reunion', idf: 'ile-de-france', aura: 'auvergne-rhone-alpes', centre: 'centre-val-de-loire' };
  return own(REGIONS, own(aliases, slug) ?? slug);
}

/** FINESS writes overseas départements as `9A`…`9F`. */
const FINESS_OVERSEAS: Record<string, string> = { '9A': '971', '9B': '972', '9C': '973', '9D': '974', '9E': '975', '9F': '976' };
const BY_NAME: Record<string, string> = { guadeloupe: '971', martinique: '972', guyane: '973', 'la reunion': '974', reunion: '974', 'saint pierre et miquelon': '975', mayotte: '976' };

/** The INSEE code of a FINESS `departement` (with `libdepartement` as a fallback). */
export function departmentCode(departement: string, libdepartement = ''): string {
  const code = departement.trim().toUpperCase();
  if (FINESS_OVERSEAS[code]) return FINESS_OVERSEAS[code];
  if (/^9[A-F]$/.test(code) || !code) return own(BY_NAME, normalize(libdepartement)) ?? code;
  return code.length === 1 ? `0${code}` : code;
}
