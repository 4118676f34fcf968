import type { TemplateResult } from 'lit';
import { PROFESSIONS_FR } from './profession-codes.js';
import { loadWords, plural } from './load-messages.js';
import type { StructureKind } from './read.js';

const fr = (n: number) => n.toLocaleString('fr');

/** What `<msp-directory>` says in French; messages-en.ts has the same in English (English pages only). */
export const directoryWords = {
  search: 'Rechercher une structure',
  query: 'Nom, commune, code postal ou département',
  aroundMe: 'Autour de moi',
  filters: 'Filtres',
  professions: 'Professions présentes (toutes celles cochées)',
  department: 'Département',
  allDepartments: 'Tous les départements',
  criteria: 'Critères',
  unscheduledCare: 'Propose des soins non programmés',
  openNow: 'Ouvert en ce moment',
  member: 'Membre de la fédération',
  clear: 'Effacer la recherche et les filtres',
  count: (n: number, shown: number) =>
    n ? `${fr(n)} structure${plural(n)} trouvée${plural(n)}${shown < n ? `, ${fr(shown)} affichée${plural(shown)}` : ''}` : 'Aucune structure ne correspond à votre recherche.',
  none: 'Essayez un autre mot ou retirez des filtres.',
  empty: 'Aucune structure à afficher.',
  /** Under the results: where the data comes from (open data must be credited) and how fresh it is. */
  source: (source: string | undefined, date: string | undefined) => `${source ? `Source\u00a0: ${source}. ` : ''}${date ? `Mise à jour\u00a0: ${date}.` : ''}`,
  more: (n: number) => `Afficher ${fr(n)} structure${plural(n)} de plus`,
  kinds: {
    msp: 'Maison de santé pluriprofessionnelle',
    pole: 'Pôle de santé',
    'centre-de-sante': 'Centre de santé',
    cpts: 'Communauté professionnelle territoriale de santé (CPTS)',
  } as Record<StructureKind, string | TemplateResult>,
  distance: (km: string) => `À ${km}\u00a0km`,
  open: 'Ouvert',
  closed: 'Fermé',
  unknown: 'Horaires à confirmer',
  today: 'aujourd’hui\u00a0:',
  closedToday: 'fermé',
  hours: 'Horaires\u00a0:',
  team: 'Professionnels\u00a0:',
  unscheduled: 'Soins non programmés',
  wheelchair: 'Accessible en fauteuil roulant',
  parking: 'Stationnement réservé aux personnes handicapées',
  accessibility: 'Accessibilité\u00a0:',
  accessDetails: 'Détails sur l’accessibilité',
  website: 'Site internet',
  mapError: 'La carte n’a pas pu être chargée.',
  load: loadWords,
  /** The professions' names. */
  labels: PROFESSIONS_FR,
};

export type DirectoryWords = typeof directoryWords & {
  /** A public holiday's name in the words' language; absent in French, the engine's language. */
  holiday?: (names: string) => string;
};
