import type { LoadWords } from './load-messages.js';

/** English of load-messages.ts, loaded on English pages only. */
export const loadWordsEn: LoadWords = {
  loading: 'Loading the directory…',
  network: 'The directory could not be loaded (connection or server unavailable).',
  invalid: 'The directory cannot be shown: its data cannot be found or read.',
  retry: 'Try again',
  skipped: (n: number) => `${n.toLocaleString('en')} incomplete ${n === 1 ? 'entry' : 'entries'} not shown.`,
  declared: (date: string) => `as of ${date}`,
  newPatients: 'Accepting new patients',
  noNewPatients: 'Not accepting new patients',
  booking: 'Book an appointment',
  phone: 'Phone:',
};
