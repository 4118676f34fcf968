import { loadWordsEn } from './load-messages-en.js';
import { PROFESSIONS_EN } from './professions-en.js';
import type { TeamWords } from './team-messages.js';

/** team-messages.ts in English: loaded by `<msp-team>` on English pages only. */
export const words: TeamWords = {
  profession: 'Profession',
  all: 'All professions',
  count: (n: number, profession?: string) => `${profession ? `${profession}: ` : ''}${n.toLocaleString('en')} professional${n === 1 ? '' : 's'}`,
  days: 'Days on site:',
  notFound: (id: string) => (id ? `The health centre “${id}” is not in the directory.` : 'The team cannot be shown: name its health centre (structure-id attribute).'),
  refused: (id: string) => `The entry of the health centre “${id}” is incomplete: it cannot be shown.`,
  noTeam: 'The team has not been listed yet.',
  skipped: (n: number) => `${n.toLocaleString('en')} professional${n === 1 ? '' : 's'} not shown: incomplete ${n === 1 ? 'entry' : 'entries'}.`,
  of: (name: string) => ` with ${name}`,
  load: {
    ...loadWordsEn,
    loading: 'Loading the team…',
    network: 'The team could not be loaded (connection or server unavailable).',
    invalid: 'The team cannot be shown: its data cannot be found, is incomplete or cannot be read.',
  },
  labels: PROFESSIONS_EN,
};
