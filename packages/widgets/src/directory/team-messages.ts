import { defineMessages } from '../shared/i18n.js';

const s = (n: number) => (n > 1 ? 's' : '');

export const teamMessages = defineMessages(
{
    profession: 'Profession',
    all: 'Toutes les professions',
    count: (n: number) => (n ? `${n.toLocaleString('fr')} professionnel${s(n)}` : 'Aucun professionnel pour cette profession.'),
    days: 'Jours de présence\u00a0:',
    notFound: (id: string) => `La structure «\u00a0${id}\u00a0» n’est pas dans l’annuaire.`,
    noTeam: 'L’équipe n’est pas encore renseignée.',
    of: (name: string) => ` avec ${name}`,
  },
  {
    profession: 'Profession',
    all: 'All professions',
    count: (n: number) => (n ? `${n.toLocaleString('en')} professional${n === 1 ? '' : 's'}` : 'No professional for this profession.'),
    days: 'Days on site:',
    notFound: (id: string) => `The health centre “${id}” is not in the directory.`,
    noTeam: 'The team has not been listed yet.',
    of: (name: string) => ` with ${name}`,
  },
);
