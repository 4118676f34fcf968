// The engine's calendar arithmetic on day numbers, checked on every day from 1900 to 2200 against
// what `Date#toISOString` writes and an ISO 8601 week computed another way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { civil, DAY, dayInfo, dayNumber, hhmm, isoDate, MD, NTH, NTH_LAST, WD, WEEK, Y, YMD } from '../../packages/widgets/src/hours/calendar.js';

const FIRST = dayNumber(1900, 1, 1);
const LAST = dayNumber(2200, 12, 31);

/** ISO 8601 week of a `YYYY-MM-DD`: weeks of the year before, or of the next, at the year's edges. */
function isoWeek(date: string): number {
  const [y] = date.split('-').map(Number) as [number];
  const ordinal = (Date.parse(date) - Date.UTC(y, 0, 1)) / DAY + 1;
  const weekday = new Date(date).getUTCDay() || 7;
  const week = Math.floor((ordinal - weekday + 10) / 7);
  /** Weeks in a year: 53 when it starts on a Thursday, or on a Wednesday in a leap year. */
  const weeks = (year: number): number => {
    const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
    const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
    return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
  };
  if (week < 1) return weeks(y - 1);
  return week > weeks(y) ? 1 : week;
}

test('civil and isoDate give the date Date#toISOString gives, every day of 1900–2200', () => {
  for (let n = FIRST; n <= LAST; n++) {
    const expected = new Date(n * DAY).toISOString().slice(0, 10);
    assert.equal(isoDate(n), expected);
    assert.deepEqual(civil(n), expected.split('-').map(Number));
  }
});

test('dayInfo: weekday, ISO week and the nth weekday of the month (from the start and the end), every day of 1900–2200', () => {
  for (let n = FIRST; n <= LAST; n++) {
    const date = isoDate(n);
    const [y, m, d] = civil(n);
    const info = dayInfo(n);
    const wd = (new Date(date).getUTCDay() + 6) % 7;
    const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
    assert.deepEqual(
      [info[Y], info[MD], info[YMD], info[WD], info[WEEK], info[NTH], info[NTH_LAST]],
      [y, m * 32 + d, y * 512 + m * 32 + d, wd, isoWeek(date), wd * 8 + Math.ceil(d / 7), wd * 8 + Math.ceil((daysInMonth - d + 1) / 7)],
      date,
    );
  }
});

test('hhmm writes minutes after midnight as HH:MM, past midnight too', () => {
  assert.deepEqual([0, 5, 59, 60, 510, 1439, 1440, 1530, 2879].map(hhmm), ['00:00', '00:05', '00:59', '01:00', '08:30', '23:59', '24:00', '25:30', '47:59']);
});
