/**
 * What `<msp-opening-hours>` says about an `OpeningHours` at a given instant: the status line, the
 * week grouped for a compact display, and the coming exceptions. Pure (no DOM): the element only
 * puts words around these facts.
 */
import { DAY, hhmm, isoDate, weekday } from './calendar.js';
import type { DayHours, HoursSpan, OpeningHours, OpeningState } from './opening-hours.js';
import { zone } from './zoned-time.js';

const MINUTE = 60_000;

/** Where an instant falls in the health centre's calendar. */
export interface LocalMoment {
  /** `YYYY-MM-DD` in the health centre's time zone. */
  date: string;
  /** `HH:MM`, 24-hour clock. */
  time: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local days between today and that day (0 today, 1 tomorrow). */
  daysAhead: number;
  /** Whole minutes from now, rounded up. */
  minutesAhead: number;
}

export interface HoursStatus {
  state: OpeningState;
  /** Today, `YYYY-MM-DD` in the health centre's time zone. */
  today: string;
  /** The comment of the current rule (`"sur rendez-vous"`). */
  comment?: string;
  /** Today's public holiday, when there is one. */
  holiday?: string;
  /** Closed for the whole of today. */
  closedToday: boolean;
  /** The next change, the exact instant and the state it leads to (none within a year: absent). */
  change?: LocalMoment & { at: Date; state: OpeningState };
}

/** The status line's facts at `now`. */
export function hoursStatus(hours: OpeningHours, now: Date): HoursStatus {
  const [n] = hours.locate(now);
  const today = hours.week(now)[weekday(n)] as DayHours;
  const next = hours.nextChange(now);
  const comment = hours.comment(now);
  let change: HoursStatus['change'];
  if (next) {
    const [day, ms] = hours.locate(next);
    change = {
      date: isoDate(day),
      time: hhmm((ms / MINUTE) | 0), // (ms: since local midnight, so positive and small)
      weekday: weekday(day) + 1,
      daysAhead: day - n,
      minutesAhead: Math.ceil((next.getTime() - now.getTime()) / MINUTE),
      at: next,
      state: hours.state(next),
    };
  }
  return {
    state: hours.state(now),
    today: today.date,
    // A holiday's name is its comment too: said once.
    comment: comment === today.holiday ? undefined : comment,
    holiday: today.holiday,
    closedToday: !today.spans.length,
    change,
  };
}

/** Identical hours give identical keys (`week()` writes the properties of spans in one order). */
const key = (spans: readonly HoursSpan[]): string => JSON.stringify(spans);
/** The key of a day closed all day. */
const CLOSED = key([]);

/** Consecutive days with the same hours, for "Lun–Ven 08:00–12:00". */
export interface DayRun {
  /** First and last weekday of the run, 1 = Monday … 7 = Sunday. */
  from: number;
  to: number;
  spans: HoursSpan[];
}

/** Groups a week's days into runs of identical hours (closed days included, with no spans). */
export function groupWeek(days: readonly DayHours[]): DayRun[] {
  const runs: DayRun[] = [];
  for (const { weekday, spans } of days) {
    const last = runs.at(-1);
    if (last?.to === weekday - 1 && key(last.spans) === key(spans)) last.to = weekday;
    else runs.push({ from: weekday, to: weekday, spans });
  }
  return runs;
}

/** A day or run of days whose hours are not the usual ones, or a public holiday. */
export interface HoursException {
  /** First and last day, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** The hours on those days; none = closed. */
  spans: HoursSpan[];
  holiday?: string;
}

/**
 * Public holidays and departures from the usual hours in the `days` local days from today. The
 * usual hours of a weekday are the ones it has on at least 85 % of its ordinary days in the half
 * year either side of today, so alternating weeks and "first Saturday of the month" (about one
 * week in four) are not taken for exceptions, while closures of a few weeks (a month in summer)
 * are. A weekday without usual hours (summer hours: two months in twelve) that is open on 85 %
 * of its ordinary days still has its closed days announced.
 */
export function upcomingExceptions(hours: OpeningHours, now: Date, days = 14): HoursException[] {
  const byDate = new Map<string, DayHours>();
  // The hours each weekday had on its ordinary (non-holiday) days of these weeks.
  const seen: string[][] = [[], [], [], [], [], [], []];
  const [today, sinceMidnight] = hours.locate(now);
  // Weeks are reached from today's local noon: from late on a Sunday evening, 7 × 24 hours
  // across the spring clock change would land on a Monday, a week too far. From noon, clock
  // changes (an hour or two) never move a day.
  const noon = now.getTime() - sinceMidnight + DAY / 2;
  for (let w = -26; w < Math.ceil(days / 7) + 26; w++) {
    for (const day of hours.week(new Date(noon + w * 7 * DAY))) {
      byDate.set(day.date, day);
      if (!day.holiday) seen[day.weekday - 1]?.push(key(day.spans));
    }
  }
  // Whether the hours of a day (their key) are usual, for each weekday.
  const usual = seen.map((keys): ((k: string) => boolean) => {
    const mostly = (like: (k: string) => boolean): boolean => keys.filter(like).length >= keys.length * 0.85;
    const usualKey = keys.find((k) => mostly((other) => other === k));
    if (usualKey !== undefined) return (k) => k === usualKey;
    // No usual hours, but nearly always open: any hours are usual, a closed day is not.
    return mostly((k) => k !== CLOSED) ? (k) => k !== CLOSED : () => true;
  });

  const out: HoursException[] = [];
  const [first, end] = [isoDate(today), isoDate(today + days)];
  // Whether the day may extend the last exception: that ended the day before, or is a closure
  // and only usual closed days (a weekend) came since ("du 3 au 10 août"); a public holiday on
  // a working day extends a closure too ("du 10 au 21 août", 15 August included).
  let joinable = false;
  // The days in order, from today.
  for (const day of byDate.values()) {
    if (day.date < first) continue;
    const last = out.at(-1);
    // (Joinable: a closure ended last week is over, and a public holiday on a Sunday since is not in it.)
    const inClosure: boolean = joinable && !!last && !last.spans.length && !last.holiday && !day.spans.length;
    // Past the window, only follow a closure that started in it, to give its real end.
    if (day.date >= end && !inClosure) break;
    const k = key(day.spans);
    // Inside a closure, a public holiday is one more closed day, not an exception of its own.
    const plain = !day.holiday || inClosure;
    if (plain && usual[day.weekday - 1]?.(k)) joinable &&= inClosure;
    else if (joinable && last && !last.holiday && plain && key(last.spans) === k) last.to = day.date;
    else if (day.date < end) {
      out.push({ from: day.date, to: day.date, spans: day.spans, holiday: day.holiday });
      joinable = true;
    } else break;
  }
  return out;
}

/**
 * When the display must next be refreshed: at the next change; every minute while a countdown
 * ("ouvre dans 20 min") is shown, from `countdownMinutes` before the change; and at local
 * midnight, when "demain" becomes "aujourd'hui" and the week moves on.
 */
export function nextRefresh(status: HoursStatus, now: Date, countdownMinutes: number, timeZone: string): Date {
  const tz = zone(timeZone);
  const times = [tz.instant((Math.floor(tz.wall(now.getTime()) / DAY) + 1) * DAY)];
  const at = status.change?.at.getTime();
  if (at !== undefined) {
    const countdownStart = at - countdownMinutes * MINUTE;
    times.push(at, countdownStart > now.getTime() ? countdownStart : (Math.floor(now.getTime() / MINUTE) + 1) * MINUTE);
  }
  return new Date(Math.min(...times));
}
