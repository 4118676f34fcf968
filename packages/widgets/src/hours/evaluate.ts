/**
 * Evaluation of parsed rules for one local date, as the specification and opening_hours.js
 * define it: rules are read in order; a normal rule selecting the day (`;`) replaces what the
 * previous rules said about that day, unless it only closes (`off`); an additional rule (`,`)
 * adds to them; a fallback rule (`||`) fills the times they leave closed. The part of a span
 * past midnight counts on the next day, in its rule's place among the rules (so a later normal
 * rule selecting that next day replaces it).
 */
import { type DayInfo, PH } from './calendar.js';
import type { Range, Rule, StateCode } from './syntax.js';

/** A stretch of one local day with a single state, in minutes after midnight. */
export interface Segment {
  s: number;
  e: number;
  /** A rule's state (0 closed, 1 open, 2 unknown), or 3: unknown because of an open end (the closing time is a guess). */
  st: StateCode | 3;
  /** Comment of the rule deciding this stretch (or the holiday name, as opening_hours.js). */
  c: string | undefined;
  /** The instants the segment starts and ends at, memoized by `OpeningHours#walk`. */
  at?: [start: number, end: number];
}

const inRange = (day: DayInfo, [field, first, last, step = 1]: Range): boolean => {
  const x = day[field];
  return (first <= last ? x >= first && x <= last : x >= first || x <= last) && (x - first) % step === 0;
};

const matches = ([tests]: Rule, day: DayInfo): boolean => tests.every((list) => list.some((range) => inRange(day, range)));

/** The segments, covering 00:00–24:00, of local date `today` (`yesterday` is the day before). */
export function planDay(rules: readonly Rule[], today: DayInfo, yesterday: DayInfo): Segment[] {
  // [rule, minutes its spans are shifted back by (1440 for yesterday's, past midnight), the day it selects]
  const active: [Rule, number, DayInfo][] = [];
  for (const rule of rules) {
    if (matches(rule, today)) {
      const [, , state, override] = rule;
      // `off` only closes its own times ("closed does not overwrite", specification).
      if (override && state) active.length = 0;
      active.push([rule, 0, today]);
    }
    if (matches(rule, yesterday)) active.push([rule, 1440, yesterday]);
  }
  const cuts = [0];
  for (const [[, , , , , spans], shift] of active) for (const [s, e] of spans) cuts.push(s - shift, e - shift);
  cuts.sort((x, y) => x - y);
  const segments: Segment[] = [];
  for (const s of cuts) {
    if (s < 0 || s >= 1440) continue;
    let st: Segment['st'] = 0;
    let c: string | undefined;
    // Later spans win, except in fallback rules, which stop applying once the time is not closed.
    for (const [[, ph, state, , fallback, spans, comment], shift, day] of active) {
      for (const [from, to, openEnd] of spans) {
        if (from - shift <= s && s < to - shift && (!fallback || st === 0)) {
          st = openEnd && state ? 3 : state;
          c = comment ?? (ph ? day[PH] : undefined);
        }
      }
    }
    // A new segment when something changes; it ends where the next begins.
    const last = segments.at(-1);
    if (!last || last.st !== st || last.c !== c) {
      if (last) last.e = s;
      segments.push({ s, e: 1440, st, c });
    }
  }
  return segments;
}
