/**
 * Calendar arithmetic on "day numbers" (days since 1970-01-01, proleptic Gregorian).
 * Wall-clock dates are handled as plain numbers so that nothing depends on the machine's
 * time zone: only `Date.UTC` and the `getUTC*` getters are used, never local-time getters.
 */

/** Milliseconds in a calendar day without a daylight-saving change. */
export const DAY = 86_400_000;

/** The day number of a date (month 1–12; out-of-range days roll over, as with `Date.UTC`). */
export const dayNumber = (year: number, month: number, day: number): number => Math.floor(Date.UTC(year, month - 1, day) / DAY);

/** [year, month 1–12, day 1–31] of a day number. */
export const civil = (n: number): [number, number, number] => {
  const date = new Date(n * DAY);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
};

/** Weekday of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekday = (n: number): number => ((n % 7) + 10) % 7;

/** `YYYY-MM-DD` of a day number. */
export const isoDate = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);

/** Two-digit zero padding, for `HH:MM` and dates. */
export const pad = (value: number): string => String(value).padStart(2, '0');

/** `HH:MM` of a number of minutes after midnight (1440 gives `24:00`). */
export const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Everything the selectors of a rule may look at about one local date. */
export interface DayInfo {
  y: number;
  /** Month 1–12. */
  m: number;
  /** Day of the month 1–31. */
  d: number;
  /** Weekday, 0 = Monday. */
  wd: number;
  /** ISO 8601 week number 1–53. */
  week: number;
  /**
   * Bit mask of this weekday's rank in its month: bit k-1 for the k-th from the start,
   * bit 4+k for the k-th from the end (k = 1…5), as used by `Sa[1]` and `Mo[-1]`.
   */
  rank: number;
  /** Name of the public holiday falling on this date, if any. */
  ph: string | undefined;
}

/** Calendar facts about day `n` (without its public holiday, which `OpeningHours` adds). */
export function dayInfo(n: number): DayInfo {
  const [y, m, d] = civil(n);
  const wd = weekday(n);
  // ISO weeks belong to the year of their Thursday.
  const thursday = n - wd + 3;
  const week = Math.floor((thursday - dayNumber(civil(thursday)[0], 1, 1)) / 7) + 1;
  const fromEnd = Math.floor((dayNumber(y, m + 1, 1) - n - 1) / 7);
  return { y, m, d, wd, week, rank: (1 << Math.floor((d - 1) / 7)) | (1 << (5 + fromEnd)), ph: undefined };
}
