/**
 * French départements by code (INSEE: `01`…`95`, `2A`, `2B`, `971`…`976`), for the département
 * filter and for searching by name ("pas de calais"). Pure data, no DOM.
 */
export { DEPARTEMENT_PATTERN } from './read.js';

const NAMES =
  'Ain|Aisne|Allier|Alpes-de-Haute-Provence|Hautes-Alpes|Alpes-Maritimes|Ardèche|Ardennes|Ariège|Aube|Aude|Aveyron|' +
  'Bouches-du-Rhône|Calvados|Cantal|Charente|Charente-Maritime|Cher|Corrèze||Côte-d’Or|Côtes-d’Armor|Creuse|Dordogne|' +
  'Doubs|Drôme|Eure|Eure-et-Loir|Finistère|Gard|Haute-Garonne|Gers|Gironde|Hérault|Ille-et-Vilaine|Indre|' +
  'Indre-et-Loire|Isère|Jura|Landes|Loir-et-Cher|Loire|Haute-Loire|Loire-Atlantique|Loiret|Lot|Lot-et-Garonne|Lozère|' +
  'Maine-et-Loire|Manche|Marne|Haute-Marne|Mayenne|Meurthe-et-Moselle|Meuse|Morbihan|Moselle|Nièvre|Nord|Oise|Orne|' +
  'Pas-de-Calais|Puy-de-Dôme|Pyrénées-Atlantiques|Hautes-Pyrénées|Pyrénées-Orientales|Bas-Rhin|Haut-Rhin|Rhône|' +
  'Haute-Saône|Saône-et-Loire|Sarthe|Savoie|Haute-Savoie|Paris|Seine-Maritime|Seine-et-Marne|Yvelines|Deux-Sèvres|' +
  'Somme|Tarn|Tarn-et-Garonne|Var|Vaucluse|Vendée|Vienne|Haute-Vienne|Vosges|Yonne|Territoire de Belfort|Essonne|' +
  'Hauts-de-Seine|Seine-Saint-Denis|Val-de-Marne|Val-d’Oise';
const OTHERS: Record<string, string> = {
  '2A': 'Corse-du-Sud',
  '2B': 'Haute-Corse',
  '971': 'Guadeloupe',
  '972': 'Martinique',
  '973': 'Guyane',
  '974': 'La Réunion',
  '975': 'Saint-Pierre-et-Miquelon',
  '976': 'Mayotte',
};

let table: Map<string, string> | undefined;

/** The name of a département (`59` → `Nord`), or `undefined` for an unknown code. */
export function departementName(code: string): string | undefined {
  if (!table) {
    table = new Map(Object.entries(OTHERS));
    NAMES.split('|').forEach((name, i) => name && table!.set(String(i + 1).padStart(2, '0'), name));
  }
  return table.get(code);
}
