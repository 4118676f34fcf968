import { loadWords, plural } from './load-messages.js';
import { PROFESSIONS_FR } from './profession-codes.js';

/** What `<msp-team>` says in French; team-messages-en.ts has the same in English (English pages only). */
export const teamWords = {
  profession: 'Profession',
  all: 'Toutes les professions',
  count: (n: number) => (n ? `${n.toLocaleString('fr')} professionnel${plural(n)}` : 'Aucun professionnel pour cette profession.'),
  days: 'Jours de présence\u00a0:',
  notFound: (id: string) =>
    id ? `La structure «\u00a0${id}\u00a0» n’est pas dans l’annuaire.` : 'L’équipe ne peut pas être affichée\u00a0: indiquez sa structure (attribut structure-id).',
  noTeam: 'L’équipe n’est pas encore renseignée.',
  of: (name: string) => ` avec ${name}`,
  load: loadWords,
  /** The professions' names. */
  labels: PROFESSIONS_FR,
};

export type TeamWords = typeof teamWords;
