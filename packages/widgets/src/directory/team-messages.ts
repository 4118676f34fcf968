import { loadWords, plural } from './load-messages.js';
import { PROFESSIONS_FR } from './profession-codes.js';

/** What `<msp-team>` says in French; team-messages-en.ts has the same in English (English pages only). */
export const teamWords = {
  profession: 'Profession',
  all: 'Toutes les professions',
  /** The count, with the profession chosen in the filter: a new choice is announced even when the count stays the same. */
  count: (n: number, profession?: string) => `${profession ? `${profession}\u00a0: ` : ''}${n.toLocaleString('fr')} professionnel${plural(n)}`,
  days: 'Jours de présence\u00a0:',
  notFound: (id: string) =>
    id ? `La structure «\u00a0${id}\u00a0» n’est pas dans l’annuaire.` : 'L’équipe ne peut pas être affichée\u00a0: indiquez sa structure (attribut structure-id).',
  /** The structure is in the data, but its entry was refused (the console says why). */
  refused: (id: string) => `La fiche de la structure «\u00a0${id}\u00a0» est incomplète\u00a0: elle ne peut pas être affichée.`,
  noTeam: 'L’équipe n’est pas encore renseignée.',
  /** Team members left out (their faults are in the console). */
  skipped: (n: number) => `${n} professionnel${plural(n)} non affiché${plural(n)}\u00a0: fiche${plural(n)} incomplète${plural(n)}.`,
  of: (name: string) => ` avec ${name}`,
  // A team page speaks of the team, not of a directory.
  load: {
    ...loadWords,
    loading: 'Chargement de l’équipe…',
    network: 'L’équipe n’a pas pu être chargée (connexion ou serveur indisponible).',
    invalid: 'L’équipe ne peut pas être affichée\u00a0: ses données sont introuvables, incomplètes ou illisibles.',
  },
  /** The professions' names. */
  labels: PROFESSIONS_FR,
};

export type TeamWords = typeof teamWords;
