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
  /** The comment of the current rule (`"sur rendez-vous"`). */
  comment?: string;
  /** Today's public holiday, when there is one. */
  holiday?: string;
  /** Closed for the whole of today. */
  closedToday: boolean;
  /** The next change, the exact instant and the state it leads to (none within a year: absent). */
  change?: LocalMoment & { at: Date; state: OpeningState };
}

/** Local day number and minute of `at` in `timeZone`. */
function localDay(at: Date, timeZone: string): [number, number] {
  const wall = zone(timeZone).wall(at.getTime());
  const day = Math.floor(wall / DAY);
  return [day, Math.floor((wall - day * DAY) / MINUTE)];
}

/** Where `at` falls, seen from `now`, in `timeZone`. */
export function localMoment(at: Date, now: Date, timeZone: string): LocalMoment {
  const [day, minute] = localDay(at, timeZone);
  const [today] = localDay(now, timeZone);
  return {
    date: isoDate(day),
    time: hhmm(minute),
    weekday: weekday(day) + 1,
    daysAhead: day - today,
    minutesAhead: Math.ceil((at.getTime() - now.getTime()) / MINUTE),
  };
}

/** The status line's facts at `now`. */
export function hoursStatus(hours: OpeningHours, now: Date): HoursStatus {
  const state = hours.state(now);
  const today = hours.week(now).find((day) => day.date === localMoment(now, now, hours.timeZone).date);
  const next = hours.nextChange(now);
  const comment = hours.comment(now);
  return {
    state,
    ...(comment && comment !== today?.holiday && { comment }),
    ...(today?.holiday && { holiday: today.holiday }),
    closedToday: !today?.spans.length,
    ...(next && { change: { ...localMoment(next, now, hours.timeZone), at: next, state: hours.state(next) } }),
  };
}

const spansKey = (spans: readonly HoursSpan[]): string =>
  spans.map((s) => `${s.start}-${s.end}${s.unknown ? '?' : ''}${s.openEnd ? '+' : ''}${s.comment ? `"${s.comment}"` : ''}`).join(',');

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
  for (const day of days) {
    const last = runs[runs.length - 1];
    if (last && last.to === day.weekday - 1 && spansKey(last.spans) === spansKey(day.spans)) last.to = day.weekday;
    else runs.push({ from: day.weekday, to: day.weekday, spans: day.spans });
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

/** Share of sampled weeks a weekday's hours must have to count as its usual hours. */
const USUAL_SHARE = 0.75;

/**
 * Public holidays and departures from the usual hours in the `days` local days from today. The
 * usual hours of a weekday are the ones it has in at least 3 weeks out of 4 around today, so
 * alternating weeks and "first Saturday of the month" are not taken for exceptions.
 */
export function upcomingExceptions(hours: OpeningHours, now: Date, days = 14): HoursException[] {
  const byDate = new Map<string, DayHours>();
  const tally = Array.from({ length: 7 }, () => new Map<string, number>());
  const weeks = Math.ceil(days / 7) + 8;
  for (let w = -4; w < weeks - 4; w++) {
    for (const day of hours.week(new Date(now.getTime() + w * 7 * DAY))) {
      byDate.set(day.date, day);
      if (day.holiday) continue;
      const slot = tally[day.weekday - 1] as Map<string, number>;
      const key = spansKey(day.spans);
      slot.set(key, (slot.get(key) ?? 0) + 1);
    }
  }
  const usual = tally.map((slot) => {
    const total = [...slot.values()].reduce((a, b) => a + b, 0);
    const [key, count] = [...slot].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    return count >= total * USUAL_SHARE ? key : undefined;
  });

  const out: HoursException[] = [];
  const [today] = localDay(now, hours.timeZone);
  const isClosure = (e: HoursException | undefined) => !!e && !e.spans.length && !e.holiday;
  let gap = 0;
  for (let n = today; ; n++) {
    const day = byDate.get(isoDate(n));
    const last = out[out.length - 1];
    const pastWindow = n >= today + days;
    // Past the window, only follow a closure that started in it, to give its real end.
    if (!day || (pastWindow && !(isClosure(last) && !day.spans.length))) break;
    const key = spansKey(day.spans);
    if (!day.holiday && (usual[day.weekday - 1] ?? key) === key) {
      // A usual closed day (a weekend) inside a closure does not split it: "du 3 au 10 août".
      gap = isClosure(last) && !day.spans.length ? gap + 1 : 0;
      continue;
    }
    const follows = last?.to === isoDate(n - 1 - gap);
    if (last && follows && !last.holiday && !day.holiday && spansKey(last.spans) === key) last.to = day.date;
    else if (pastWindow) break;
    else out.push({ from: day.date, to: day.date, spans: day.spans, ...(day.holiday && { holiday: day.holiday }) });
    gap = 0;
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
  const today = Math.floor(tz.wall(now.getTime()) / DAY);
  const times = [tz.instant((today + 1) * DAY)];
  const at = status.change?.at.getTime();
  if (at !== undefined) {
    const countdownStart = at - countdownMinutes * MINUTE;
    times.push(at, countdownStart > now.getTime() ? countdownStart : (Math.floor(now.getTime() / MINUTE) + 1) * MINUTE);
  }
  return new Date(Math.min(...times));
}
