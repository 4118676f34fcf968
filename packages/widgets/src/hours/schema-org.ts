/**
 * schema.org `OpeningHoursSpecification` output. The regular week and the public-holiday hours
 * are the most frequent hours of each weekday (and of holidays) over a horizon; every other
 * day (dated closures, alternating weeks, nth weekdays…) becomes a dated special entry.
 */
import { hhmm, isoDate, weekday } from './calendar.js';
import type { Segment } from './evaluate.js';

/** One https://schema.org/OpeningHoursSpecification; `opens` = `closes` = `00:00` means closed. */
export interface OpeningHoursSpecification {
  '@type': 'OpeningHoursSpecification';
  /** https://schema.org/Monday … Sunday, or https://schema.org/PublicHolidays. */
  dayOfWeek?: string[];
  /** `HH:MM`. */
  opens: string;
  /** `HH:MM`; earlier than `opens` when the span ends after midnight, `23:59` for midnight. */
  closes: string;
  /** First day (`YYYY-MM-DD`) of a special entry. */
  validFrom?: string;
  /** Last day (`YYYY-MM-DD`) of a special entry. */
  validThrough?: string;
}

const DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday PublicHolidays'.split(' ');

/** [opens, closes] in minutes; `closes` over 1440 continues the next day. */
type Pair = [number, number];

/** Builds the specifications for the `days` local days from day number `from`. */
export function schemaOrg(
  plan: (n: number) => Segment[],
  isHoliday: (n: number) => boolean,
  from: number,
  days: number,
): OpeningHoursSpecification[] {
  const out: OpeningHoursSpecification[] = [];
  /** Adds an entry per open span, or a closed entry (`00:00`-`00:00`) when there is none. */
  const add = (open: Pair[], extra: Partial<OpeningHoursSpecification>): void => {
    for (const [s, e] of open.length ? open : [[0, 0] as Pair]) {
      out.push({ '@type': 'OpeningHoursSpecification', ...extra, opens: hhmm(s), closes: e === 1440 ? '23:59' : hhmm(e % 1440) });
    }
  };
  // A day's hours as JSON pairs of its open spans (schema.org knows no unknown state).
  const hours = (n: number): string => JSON.stringify(plan(n).flatMap((x) => (x.st === 1 ? [[x.s, x.e]] : [])));
  const slot = (n: number): number => (isHoliday(n) ? 7 : weekday(n));
  // The usual hours of each weekday (slot 7: holidays) are the most frequent over the horizon.
  const tally = DAYS.map((): Record<string, number> => ({}));
  for (let n = from; n < from + days; n++) {
    const counts = tally[slot(n)] as Record<string, number>;
    counts[hours(n)] = (counts[hours(n)] ?? 0) + 1;
  }
  const usual = tally.map((counts) => Object.keys(counts).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0))[0]);
  const week = usual.map((json = '[]') => JSON.parse(json) as Pair[]);

  // The week: spans ending at midnight go on into the next morning (`Fr 20:00-02:00`);
  // days with the same span share an entry.
  const byDays = new Map<string, string[]>();
  week.slice(0, 7).forEach((spans, w) => {
    const last = spans[spans.length - 1];
    const next = week[(w + 1) % 7] as Pair[];
    const first = next[0];
    if (last && first && last[0] && last[1] === 1440 && !first[0] && first[1] < 1440) last[1] += (next.shift() as Pair)[1];
    for (const p of spans) byDays.set(p.join(), [...(byDays.get(p.join()) ?? []), `https://schema.org/${DAYS[w]}`]);
  });
  byDays.forEach((dayOfWeek, p) => add([p.split(',').map(Number) as Pair], { dayOfWeek }));
  if (usual[7]) add(week[7] as Pair[], { dayOfWeek: ['https://schema.org/PublicHolidays'] });

  // Other days, in runs of identical hours (usual days inside a run are kept in it).
  let run: [string, number, number] | undefined;
  for (let n = from; n <= from + days; n++) {
    const today = n < from + days ? hours(n) : '';
    if (run && today !== run[0]) {
      add(JSON.parse(run[0]) as Pair[], { validFrom: isoDate(run[1]), validThrough: isoDate(run[2]) });
      run = undefined;
    }
    if (today && today !== usual[slot(n)]) {
      if (run) run[2] = n;
      else run = [today, n, n];
    }
  }
  return out;
}
