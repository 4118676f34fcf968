/**
 * Calendar arithmetic on "day numbers" (days since 1970-01-01, proleptic Gregorian).
 * Wall-clock dates are handled as plain numbers so that nothing depends on the machine's
 * time zone: only `Date.UTC` and the UTC getters are used, never local-time ones. These run for
 * every day a display looks at (a year of days for each schedule of `<msp-opening-hours>`): the
 * getters, not `toISOString` and string splitting, make its first render 10 to 15 % faster on a
 * phone's CPU (bench/hours-element.bench.ts, the two versions taken in turn).
 */

/** Milliseconds in a calendar day without a daylight-saving change. */
export const DAY = 86_400_000;

/**
 * The day number of a date (whole numbers; month 1–12; out-of-range days roll over, as with
 * `Date.UTC`). A UTC midnight is a whole number of days: the division is exact.
 */
export const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY;

/** Weekday of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekday = (n: number): number => ((n % 7) + 10) % 7;

/** Two-digit zero padding, for `HH:MM` and dates. */
export const pad = (value: number): string => `${value}`.padStart(2, '0');

/** `YYYY-MM-DD` of a day number (years 1000 to 9999). */
export const isoDate = (n: number): string => civil(n).map(pad).join('-');

/** [year, month 1–12, day 1–31] of a day number. (`date` as a parameter: fewer bytes once minified.) */
export const civil = (n: number, date = new Date(n * DAY)): [number, number, number] => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];

/** `HH:MM` of a number of minutes after midnight (1440 gives `24:00`). */
export const hhmm = (minutes: number): string => `${pad((minutes / 60) | 0)}:${pad(minutes % 60)}`;

/**
 * The value of `key` in the cache `map`, made by `make` on first use; a cache past 10,000 entries
 * starts afresh, so that long-running pages and servers do not grow it without end.
 */
export const cached = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size > 10_000) map.clear();
    map.set(key, (value = make()));
  }
  return value;
};

/**
 * Everything the selectors of a rule may look at about one local date, read through the indexes
 * below (a `Range` names the field it selects on by its index).
 */
export type DayInfo = [
  y: number,
  /** The date as `month * 32 + day` (month 1–12), for dates repeating every year. */
  md: number,
  /** The date as `year * 512 + month * 32 + day`. */
  ymd: number,
  /** Weekday, 0 = Monday. */
  wd: number,
  /** ISO 8601 week number 1–53. */
  week: number,
  /** `wd * 8 + k` on the k-th such weekday of the month (k = 1…5), for `Sa[1]`. */
  nth: number,
  /** `wd * 8 + k` on the k-th such weekday from the end of the month, for `Mo[-1]`. */
  nthLast: number,
  /** 1 on a public holiday, else 0 (for `PH`). */
  holiday: number,
  /** Name of the public holiday falling on this date, if any. */
  ph: string | undefined,
];
// Indexes in `DayInfo`.
export const Y = 0;
export const MD = 1;
export const YMD = 2;
export const WD = 3;
export const WEEK = 4;
export const NTH = 5;
export const NTH_LAST = 6;
export const HOLIDAY = 7;
export const PH = 8;
/** The fields a selector may select on: all but `PH`. */
export type Field = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Calendar facts about day `n`, up to `nthLast` (`OpeningHours` adds its public holiday). */
export function dayInfo(n: number): number[] {
  const [y, m, d] = civil(n);
  const wd = weekday(n);
  // ISO weeks belong to the year of their Thursday.
  const thursday = n - wd + 3;
  const week = Math.ceil((thursday - dayNumber(civil(thursday)[0], 1, 0)) / 7);
  const md = m * 32 + d;
  const nth = wd * 8 + Math.ceil(d / 7);
  const nthLast = wd * 8 + Math.ceil((dayNumber(y, m + 1, 1) - n) / 7);
  return [y, md, y * 512 + md, wd, week, nth, nthLast];
}
