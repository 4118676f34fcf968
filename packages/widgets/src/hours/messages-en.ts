/** The English words of `<msp-opening-hours>`, loaded on the first English render. */
import { holidayEn } from './holidays-en.js';
import type { HoursMessages } from './messages.js';

export const hoursEn: HoursMessages = {
  open: 'Open',
  closed: 'Closed',
  unknown: 'Hours to be confirmed',
  at: (day, time) => `${day} at ${time}`.trim(),
  closes: (at) => `closes ${at}`,
  closesIn: (minutes) => `closes in ${minutes} min`,
  opens: (at) => `opens ${at}`,
  opensIn: (minutes) => `Opens in ${minutes} min`,
  tomorrow: 'tomorrow',
  onDate: (date) => `on ${date}`,
  // The engine names public holidays in French.
  closedToday: (holiday) => `Closed today (${holidayEn(holiday)})`,
  holiday: (text) => (text ? ` (${holidayEn(text)})` : ''),
  noChange: 'around the clock',
  week: 'Opening hours this week',
  day: 'Day',
  hours: 'Hours',
  today: 'today',
  toConfirm: 'to be confirmed',
  from: (time) => `from ${time}`,
  upcoming: 'Coming up',
  closedOn: (date) => `Closed on ${date}`,
  closedFromTo: (from, to) => `Closed from ${from} to ${to}`,
  hoursOn: (date) => `On ${date}:`,
  hoursFromTo: (from, to) => `From ${from} to ${to}:`,
  help: 'Outside opening hours',
  emergency: 'Life-threatening emergency:',
  or: 'or',
  onCall: 'Doctor on call:',
  pharmacy: 'Pharmacy on duty:',
  invalid: 'The opening hours could not be shown (typing error). Contact the practice for them.',
};
