/**
 * Evaluation of parsed rules for one local date, as the specification and opening_hours.js
 * define it: rules are read in order; a normal rule selecting the day (`;`) replaces what the
 * previous rules said about that day, unless it only closes (`off`); an additional rule (`,`)
 * adds to them; a fallback rule (`||`) fills the times they leave closed. The part of a span
 * past midnight counts on the next day, in its rule's place among the rules (so a later normal
 * rule selecting that next day replaces it).
 */
import type { DayInfo } from './calendar.js';
import type { Rule, Span, StateCode } from './syntax.js';

/** A stretch of one local day with a single state, in minutes after midnight. */
export interface Segment {
  s: number;
  e: number;
  st: StateCode;
  /** Comment of the rule deciding this stretch (or the holiday name, as opening_hours.js). */
  c: string | undefined;
  /** Open end: unknown because the closing time is a guess. */
  o: boolean;
}

/** A rule with its spans split at midnight. */
export interface Compiled {
  rule: Rule;
  /** Spans on the selected day itself (the whole day when the rule has no time). */
  today: Span[];
  /** Parts past midnight, on the day after a selected day, shifted by −24 h. */
  wrap: Span[];
  /** Whether the rule replaces earlier rules for the days it selects. */
  resets: boolean;
}

/** Splits the spans of each rule at midnight. */
export function compile(rules: readonly Rule[]): Compiled[] {
  return rules.map((rule) => {
    const spans = rule.spans.length ? rule.spans : [{ s: 0, e: 1440, o: false }];
    return {
      rule,
      today: spans.filter((x) => x.s < 1440).map(({ s, e, o }) => ({ s, e: Math.min(e, 1440), o })),
      wrap: spans.filter((x) => x.e > 1440).map(({ s, e, o }) => ({ s: Math.max(s - 1440, 0), e: e - 1440, o })),
      // `off` only closes its own times ("closed does not overwrite", specification).
      resets: !rule.additional && !rule.fallback && rule.state !== 0,
    };
  });
}

const inRanges = (value: number, ranges: Rule['years']): boolean =>
  ranges.some(({ a, b, step }) => value >= a && value <= b && (value - a) % step === 0);

/** Whether every selector of `rule` accepts the date `day`. */
export function matches(rule: Rule, day: DayInfo): boolean {
  if (rule.years.length && !inRanges(day.y, rule.years)) return false;
  if (rule.weeks.length && !inRanges(day.week, rule.weeks)) return false;
  if (
    rule.dates.length &&
    !rule.dates.some(({ a, b, abs }) => {
      const x = (abs ? day.y * 512 : 0) + day.m * 32 + day.d;
      return a <= b ? x >= a && x <= b : x >= a || x <= b;
    })
  )
    return false;
  const hasDays = rule.days !== 0 || rule.nth.length > 0;
  const onDay = ((rule.days >> day.wd) & 1) === 1 || ((rule.nth[day.wd] ?? 0) & day.rank) !== 0;
  if (rule.ph === 2) return !!day.ph && onDay;
  if (rule.ph === 1) return !!day.ph || (hasDays && onDay);
  return !hasDays || onDay;
}

/** The segments, covering 00:00–24:00, of local date `today` (`yesterday` is the day before). */
export function planDay(rules: readonly Compiled[], today: DayInfo, yesterday: DayInfo): Segment[] {
  const active: [Compiled, Span[], string | undefined][] = [];
  for (const c of rules) {
    if (matches(c.rule, today)) {
      if (c.resets) active.length = 0;
      active.push([c, c.today, c.rule.ph ? today.ph : undefined]);
    }
    if (c.wrap.length && matches(c.rule, yesterday)) active.push([c, c.wrap, c.rule.ph ? yesterday.ph : undefined]);
  }
  const cuts = [0, 1440];
  for (const [, spans] of active) for (const { s, e } of spans) cuts.push(s, e);
  cuts.sort((x, y) => x - y);
  const segments: Segment[] = [];
  for (let k = 0; k < cuts.length - 1; k++) {
    const s = cuts[k] as number;
    const e = cuts[k + 1] as number;
    if (s === e) continue;
    let st: StateCode = 0;
    let c: string | undefined;
    let o = false;
    // Later spans win, except in fallback rules, which stop applying once the time is not closed.
    for (const [{ rule }, spans, holiday] of active) {
      for (const span of spans) {
        if (span.s <= s && s < span.e && (!rule.fallback || st === 0)) {
          o = span.o && rule.state !== 0;
          st = o ? 2 : rule.state;
          c = rule.comment ?? holiday;
        }
      }
    }
    const last = segments[segments.length - 1];
    if (last && last.st === st && last.c === c && last.o === o) last.e = e;
    else segments.push({ s, e, st, c, o });
  }
  return segments;
}
