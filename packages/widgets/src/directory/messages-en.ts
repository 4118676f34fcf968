import { html } from 'lit';
import { holidayEn } from '../hours/holidays-en.js';
import type { DirectoryWords } from './messages.js';
import { loadWordsEn } from './load-messages-en.js';
import { PROFESSIONS_EN } from './professions-en.js';

const en = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** messages.ts in English: loaded by `<msp-directory>` on English pages only. */
export const words: DirectoryWords = {
  search: 'Search for a health centre',
  query: 'Name, town, postcode or department',
  aroundMe: 'Near me',
  filters: 'Filters',
  professions: 'Professions on site (all those ticked)',
  department: 'Department',
  allDepartments: 'All departments',
  criteria: 'Criteria',
  unscheduledCare: 'Offers same-day unscheduled care',
  openNow: 'Open now',
  member: 'Member of the federation',
  clear: 'Clear the search and filters',
  count: (n: number, shown: number) =>
    n ? `${en(n, 'health centre')} found${shown < n ? `, ${shown.toLocaleString('en')} shown` : ''}` : 'No health centre matches your search.',
  none: 'Try another word or remove some filters.',
  empty: 'No health centre to show.',
  source: (source: string | undefined, date: string | undefined) => `${source ? `Source: ${source}. ` : ''}${date ? `Updated: ${date}.` : ''}`,
  more: (n: number) => `Show ${en(n, 'more health centre')}`,
  kinds: {
    msp: 'Multi-professional health centre (MSP)',
    pole: html`Health hub (<span lang="fr">pôle de santé</span>)`,
    'centre-de-sante': html`Health centre (<span lang="fr">centre de santé</span>)`,
    cpts: 'Local health professional community (CPTS)',
  },
  distance: (km: string) => `${km} km away`,
  open: 'Open',
  closed: 'Closed',
  unknown: 'Hours to be confirmed',
  today: 'today:',
  closedToday: 'closed',
  holiday: holidayEn,
  hours: 'Hours:',
  team: 'Professionals:',
  unscheduled: 'Same-day unscheduled care',
  wheelchair: 'Wheelchair accessible',
  parking: 'Disabled parking',
  accessibility: 'Accessibility:',
  accessDetails: 'Accessibility details',
  website: 'Website',
  mapError: 'The map could not be loaded.',
  load: loadWordsEn,
  labels: PROFESSIONS_EN,
};
