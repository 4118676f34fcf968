/**
 * schema.org `OpeningHoursSpecification` output: `toSchemaOrg(hours)`, which the engine's entry
 * (`@msp-kit/widgets/hours`) makes the method `OpeningHours#toSchemaOrg`, so it is always there
 * for its users; `<msp-opening-hours>` and `<msp-directory>` load it only when they write
 * structured data. It reads the hours through their methods only, never their class: an element's
 * lazy part has its own copy of this module (see rollup.config.mjs).
 *
 * The regular week and the public-holiday hours are the most frequent hours of each weekday (and
 * of holidays) over a horizon; every other day (dated closures, alternating weeks, nth
 * weekdays…) becomes a dated special entry.
 */
import { DAY, hhmm, isoDate, PH, weekday } from './calendar.js';
import type { OpeningHours } from './opening-hours.js';

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

/** The schema.org days: Monday (0) … Sunday (6), and public holidays (7). */
const DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday PublicHolidays'.split(' ').map((day) => `https://schema.org/${day}`);

/** [opens, closes] in minutes; `closes` over 1440 continues the next day. */
type Pair = [number, number];

/** `hours` as schema.org entries: see `OpeningHours#toSchemaOrg`. */
export function toSchemaOrg(hours: OpeningHours, { from = new Date(), days = 366 } = {}): OpeningHoursSpecification[] {
  const out: OpeningHoursSpecification[] = [];
  /** Adds an entry per open span, or a closed entry (`00:00`-`00:00`) when there is none. */
  const add = (open: Pair[], extra: Partial<OpeningHoursSpecification>): void => {
    for (const [s, e] of open.length ? open : [[0, 0] as Pair]) {
      out.push({ '@type': 'OpeningHoursSpecification', ...extra, opens: hhmm(s), closes: hhmm(e === 1440 ? 1439 : e % 1440) });
    }
  };
  const start = hours.locate(from)[0];
  const end = start + days;
  const holidays = hours.rules.some(([, ph]) => ph);
  // A day's hours as JSON pairs of its open spans (schema.org knows no unknown state).
  const hoursOn = (n: number): string => JSON.stringify(hours.plan(n).flatMap((x) => (x.st === 1 ? [[x.s, x.e]] : [])));
  // Weekday 0–6, or 7 for a public holiday when the value mentions them.
  const slot = (n: number): number => (holidays && hours.info(n)[PH] ? 7 : weekday(n));
  // The usual hours of each slot are the most frequent over the horizon.
  const tally = DAYS.map((): Record<string, number> => ({}));
  for (let n = start; n < end; n++) {
    const counts = tally[slot(n)] as Record<string, number>;
    const key = hoursOn(n);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const usual = tally.map((counts) => Object.keys(counts).sort((a, b) => (counts[b] as number) - (counts[a] as number))[0]);
  const week = usual.map((json = '[]') => JSON.parse(json) as Pair[]);

  // The week: spans ending at midnight go on into the next morning (`Fr 20:00-02:00`);
  // days with the same span share an entry.
  const byDays: Record<string, string[]> = {}; // the days of each span's entry
  // First all the nights (Sunday's goes into Monday morning), then the entries.
  for (let w = 0; w < 7; w++) {
    const last = (week[w] as Pair[]).at(-1);
    const next = week[(w + 1) % 7] as Pair[];
    const first = next[0];
    if (last?.[0] && last[1] === 1440 && first?.[0] === 0 && first[1] < 1440) last[1] += (next.shift() as Pair)[1];
  }
  for (let w = 0; w < 7; w++) {
    for (const p of week[w] as Pair[]) {
      let dayOfWeek = byDays[p.join()];
      if (!dayOfWeek) add([p], { dayOfWeek: (dayOfWeek = byDays[p.join()] = []) });
      dayOfWeek.push(DAYS[w] as string);
    }
  }
  if (usual[7]) add(week[7] as Pair[], { dayOfWeek: [DAYS[7] as string] });

  // Other days, in runs of identical hours (usual days inside a run are kept in it).
  let run: [string, number, number] | undefined;
  for (let n = start; n <= end; n++) {
    const today = n < end ? hoursOn(n) : '';
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

/**
 * `toSchemaOrg` over a short horizon (the elements' JSON-LD: the next weeks), with the public
 * holidays' hours even when no holiday falls within it: then those of the next holiday. (A
 * horizon of a year always has some; `toSchemaOrg` itself stays within its horizon, so that
 * the elements' part of it alone pays for this.)
 */
export function toSchemaOrgSoon(hours: OpeningHours, days: number, from = new Date()): OpeningHoursSpecification[] {
  const out = toSchemaOrg(hours, { from, days });
  if (!hours.rules.some(([, ph]) => ph) || out.some((spec) => spec.dayOfWeek?.includes(DAYS[7] as string))) return out;
  const [start, time] = hours.locate(from);
  for (let n = start + days; n < start + days + 366; n++) {
    if (hours.info(n)[PH]) {
      // Midday of local day n: that day alone, a holiday, gives only the holidays' entries.
      const holiday = toSchemaOrg(hours, { from: new Date(from.getTime() + (n - start) * DAY + DAY / 2 - time), days: 1 });
      // After the week's entries, before the dated ones, as `toSchemaOrg` orders them.
      const dated = out.findIndex((spec) => spec.validFrom);
      out.splice(dated < 0 ? out.length : dated, 0, ...holiday);
      break;
    }
  }
  return out;
}
