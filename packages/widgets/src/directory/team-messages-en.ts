import { loadWordsEn } from './load-messages-en.js';
import { PROFESSIONS_EN } from './professions-en.js';
import type { TeamWords } from './team-messages.js';

/** team-messages.ts in English: loaded by `<msp-team>` on English pages only. */
export const words: TeamWords = {
  profession: 'Profession',
  all: 'All professions',
  count: (n: number) => (n ? `${n.toLocaleString('en')} professional${n === 1 ? '' : 's'}` : 'No professional for this profession.'),
  days: 'Days on site:',
  notFound: (id: string) => (id ? `The health centre “${id}” is not in the directory.` : 'The team cannot be shown: name its health centre (structure-id attribute).'),
  noTeam: 'The team has not been listed yet.',
  of: (name: string) => ` with ${name}`,
  load: loadWordsEn,
  labels: PROFESSIONS_EN,
};
