/**
 * French public holidays (jours fériés): the 11 national days of Code du travail L3133-1,
 * the two extra days of Alsace-Moselle (L3134-13) and the overseas abolition-of-slavery days
 * (loi n° 83-550, décret n° 83-1003).
 */
import type { Region } from '../shared/regions.js';
import { dayNumber, isoDate } from './calendar.js';

/** One public holiday. */
export interface PublicHoliday {
  /** `YYYY-MM-DD`. */
  date: string;
  /** French name, e.g. `Lundi de Pâques`. */
  name: string;
}

const ABOLITION = "Abolition de l'esclavage";
const SCHOELCHER = 'Fête Victor Schœlcher';

/** [month, day, name] of holidays with a fixed date; a month of 0 means "days after Easter Sunday". */
type Fixed = readonly [number, number, string];

const NATIONAL: readonly Fixed[] = [
  [1, 1, "Jour de l'an"],
  [0, 1, 'Lundi de Pâques'],
  [5, 1, 'Fête du Travail'],
  [5, 8, 'Victoire 1945'],
  [0, 39, 'Ascension'],
  [0, 50, 'Lundi de Pentecôte'],
  [7, 14, 'Fête nationale'],
  [8, 15, 'Assomption'],
  [11, 1, 'Toussaint'],
  [11, 11, 'Armistice 1918'],
  [12, 25, 'Noël'],
];

const REGIONAL: Partial<Record<Region, readonly Fixed[]>> = {
  'alsace-moselle': [
    [0, -2, 'Vendredi saint'],
    [12, 26, 'Saint-Étienne'],
  ],
  mayotte: [[4, 27, ABOLITION]],
  martinique: [
    [5, 22, ABOLITION],
    [7, 21, SCHOELCHER],
  ],
  guadeloupe: [
    [5, 27, ABOLITION],
    [7, 21, SCHOELCHER],
  ],
  guyane: [[6, 10, ABOLITION]],
  reunion: [[12, 20, ABOLITION]],
};

/**
 * Day number of Easter Sunday (Gregorian computus of Meeus/Jones/Butcher, after Gauss: Easter
 * is `h + l − 7m` days after 22 March; `| 0` and `>> 2` divide positive years).
 */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = (year / 100) | 0;
  const c = year % 100;
  const h = (19 * a + b - (b >> 2) - (((b - (((b + 8) / 25) | 0) + 1) / 3) | 0) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * (c >> 2) - h - (c % 4)) % 7;
  return dayNumber(year, 3, 22 + h + l - 7 * (((a + 11 * h + 22 * l) / 451) | 0));
}

/** `YYYY-MM-DD` of Easter Sunday of `year` (for the tests: the entry gives the holidays it leads to). */
export function easterSunday(year: number): string {
  return isoDate(easterDay(year));
}

/** Public holidays of `year` as a map from day number to French name. */
export function holidayDays(year: number, region: Region): Map<number, string> {
  const easter = easterDay(year);
  const days = new Map<number, string>();
  for (const [month, day, name] of [...NATIONAL, ...(REGIONAL[region] ?? [])]) {
    const n = month ? dayNumber(year, month, day) : easter + day;
    // Two holidays may fall on one day (Ascension and 22 May in Martinique in 2031).
    days.set(n, days.has(n) ? `${days.get(n)}, ${name}` : name);
  }
  return days;
}

/**
 * The public holidays of `year` in `region` (default: metropolitan France), sorted by date;
 * two holidays falling on the same date share one entry, their names joined by a comma.
 *
 * @example frenchPublicHolidays(2026, 'alsace-moselle') // 13 days, Vendredi saint 2026-04-03 included
 */
export function frenchPublicHolidays(year: number, region: Region = 'metropole'): PublicHoliday[] {
  return [...holidayDays(year, region)]
    .sort(([a], [b]) => a - b)
    .map(([n, name]) => ({ date: isoDate(n), name }));
}

