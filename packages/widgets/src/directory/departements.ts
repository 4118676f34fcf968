/**
 * French départements by code (INSEE: `01`…`95`, `2A`, `2B`, `971`…`976`), for the département
 * filter and for searching by name ("pas de calais"). Pure data, no DOM.
 */
export { DEPARTEMENT_PATTERN } from './read.js';

// In the order of their codes: 01…19, 2A, 2B, 21…95, 971…976 (see `codeAt`).
const NAMES =
  'Ain|Aisne|Allier|Alpes-de-Haute-Provence|Hautes-Alpes|Alpes-Maritimes|Ardèche|Ardennes|Ariège|Aube|Aude|Aveyron|' +
  'Bouches-du-Rhône|Calvados|Cantal|Charente|Charente-Maritime|Cher|Corrèze|Corse-du-Sud|Haute-Corse|Côte-d’Or|Côtes-d’Armor|Creuse|Dordogne|' +
  'Doubs|Drôme|Eure|Eure-et-Loir|Finistère|Gard|Haute-Garonne|Gers|Gironde|Hérault|Ille-et-Vilaine|Indre|' +
  'Indre-et-Loire|Isère|Jura|Landes|Loir-et-Cher|Loire|Haute-Loire|Loire-Atlantique|Loiret|Lot|Lot-et-Garonne|Lozère|' +
  'Maine-et-Loire|Manche|Marne|Haute-Marne|Mayenne|Meurthe-et-Moselle|Meuse|Morbihan|Moselle|Nièvre|Nord|Oise|Orne|' +
  'Pas-de-Calais|Puy-de-Dôme|Pyrénées-Atlantiques|Hautes-Pyrénées|Pyrénées-Orientales|Bas-Rhin|Haut-Rhin|Rhône|' +
  'Haute-Saône|Saône-et-Loire|Sarthe|Savoie|Haute-Savoie|Paris|Seine-Maritime|Seine-et-Marne|Yvelines|Deux-Sèvres|' +
  'Somme|Tarn|Tarn-et-Garonne|Var|Vaucluse|Vendée|Vienne|Haute-Vienne|Vosges|Yonne|Territoire de Belfort|Essonne|' +
  'Hauts-de-Seine|Seine-Saint-Denis|Val-de-Marne|Val-d’Oise|' +
  'Guadeloupe|Martinique|Guyane|La Réunion|Saint-Pierre-et-Miquelon|Mayotte';

/** The code of the `i`th name: from 21 on, the index is the code (2A and 2B take the place of 20). */
const codeAt = (i: number): string =>
  i < 19 ? String(i + 1).padStart(2, '0') : i < 21 ? `2${'AB'[i - 19]}` : String(i < 96 ? i : i + 875);

let table: Map<string, string> | undefined;

/** The name of a département (`59` → `Nord`), or `undefined` for an unknown code. */
export function departementName(code: string): string | undefined {
  table ??= new Map(NAMES.split('|').map((name, i) => [codeAt(i), name]));
  return table.get(code);
}
