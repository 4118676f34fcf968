/**
 * `OpeningHours`: an `opening_hours` value evaluated in the time zone of the health centre.
 * Rules are matched on local dates (one memoized plan per date), and plans are converted to
 * instants only at the edges (`walk`, which also settles the days clocks change), so answers
 * never depend on the machine's time zone.
 */
import { TIME_ZONES, type Region } from '../shared/regions.js';
import { cached, DAY, dayInfo, type DayInfo, hhmm, isoDate, PH, weekday, Y } from './calendar.js';
import { planDay, type Segment } from './evaluate.js';
import { holidayDays } from './holidays.js';
import type { OpeningHoursSpecification } from './schema-org.js';
import { type ParseWarning, parse, type Rule } from './syntax.js';
import { type Zone, zone } from './zoned-time.js';

/** Options of `parseOpeningHours`. */
export interface OpeningHoursOptions {
  /** IANA time zone of the place; default: that of `region`, else `Europe/Paris`. */
  timeZone?: string;
  /** Region whose public holidays `PH` selects; default `metropole`. */
  region?: Region;
  /** More public holidays (`YYYY-MM-DD`), e.g. a local feast day. */
  extraHolidays?: string[];
}

/** State of the place at an instant; `unknown` for open ends, `unknown` rules and bare comments. */
export type OpeningState = 'open' | 'closed' | 'unknown';

/** A stretch of time during which the place is open (or in an unknown state). */
export interface OpeningInterval {
  start: Date;
  end: Date;
  comment?: string;
  /** The state is unknown rather than open. */
  unknown?: boolean;
  /** Open end (`18:00+`): the end is a guess. */
  openEnd?: boolean;
}

/** A span of one day of `week()`, in local wall-clock time. */
export interface HoursSpan {
  /** `HH:MM`. */
  start: string;
  /** `HH:MM`, `24:00` for midnight at the end of the day. */
  end: string;
  comment?: string;
  unknown?: boolean;
  openEnd?: boolean;
}

/** One day of `week()`. */
export interface DayHours {
  /** `YYYY-MM-DD`. */
  date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Open (or unknown) spans, in order; empty when closed all day. */
  spans: HoursSpan[];
  /** French name of the public holiday, if the date is one. */
  holiday?: string;
  /** Comment of a closed part of the day (e.g. `"Fermeture estivale"`). */
  comment?: string;
}

/** By `Segment#st`. */
const STATES = 'closed open unknown unknown'.split(' ') as readonly OpeningState[];
/** Horizon of `nextChange`, in days. */
const HORIZON = 366;
/** @internal */
export const MINUTE = 60_000;

/** Optional properties of intervals and spans, only when set. @internal */
export const details = ({ c, st }: Segment): { comment?: string; unknown?: boolean; openEnd?: boolean } => ({
  ...(c && { comment: c }), // never empty
  ...(st > 1 && { unknown: true }),
  ...(st > 2 && { openEnd: true }),
});

/**
 * A parsed `opening_hours` value; create it with `parseOpeningHours`.
 *
 * `intervals` and `toSchemaOrg` are defined by modules of their own (intervals.ts; schema-org.ts,
 * through index.ts), which the engine's entry (`@msp-kit/widgets/hours`) imports: they are always there for its users,
 * while `<msp-opening-hours>`, which never lists intervals, loads the schema.org output only for
 * its `structured-data`.
 */
export class OpeningHours {
  /** The value as given. */
  readonly value: string;
  /** IANA time zone in which the value is evaluated. */
  readonly timeZone: string;
  /** Region of the public holidays. */
  readonly region: Region;
  /** Tolerated deviations from the specification. */
  declare readonly warnings: readonly ParseWarning[];
  /** @internal */
  declare readonly rules: Rule[];
  // Private with `#`, which the minifier may shorten.
  readonly #zone: Zone;
  readonly #extra = new Map<number, string>();
  readonly #years = new Map<number, Map<number, string>>();
  readonly #plans = new Map<number, Segment[]>();

  /**
   * @throws OpeningHoursSyntaxError for an invalid value
   * @throws RangeError for an unknown time zone or a malformed extra holiday
   */
  constructor(value: string, options: OpeningHoursOptions = {}) {
    [this.rules, this.warnings] = parse(value);
    this.value = value;
    this.region = options.region ?? 'metropole';
    this.timeZone = options.timeZone ?? TIME_ZONES[this.region];
    this.#zone = zone(this.timeZone);
    for (const date of options.extraHolidays ?? []) {
      // `YYYY-MM-DD` only: other formats or impossible dates do not survive the round trip.
      const n = Date.parse(date) / DAY; // a date-only ISO string is read as UTC
      if (!(n % 1 === 0 && isoDate(n) === date)) throw new RangeError(`Invalid holiday date "${date}"`);
      this.#extra.set(n, 'Jour férié');
    }
  }

  /** Whether the place is open at `at`. */
  isOpen(at: Date): boolean {
    return this.#segment(at).st === 1;
  }

  /** State of the place at `at`. */
  state(at: Date): OpeningState {
    return STATES[this.#segment(at).st] as OpeningState;
  }

  /** Comment applying at `at` (the rule's comment, or the name of the public holiday it selects). */
  comment(at: Date): string | undefined {
    return this.#segment(at).c;
  }

  /** The next instant after `at` where the state changes, or `null` if none within 366 days. */
  nextChange(at: Date): Date | null {
    const ms = at.getTime();
    const state = this.state(at);
    return this.walk(at, (s, start, end) => {
      if (start - ms >= HORIZON * DAY) return null; // nothing changes within the horizon
      // A segment lasting no time (wholly in the hour skipped in spring) changes nothing.
      if (start > ms && start < end && STATES[s.st] !== state) return new Date(start);
    });
  }

  /** The open and unknown intervals overlapping [`from`, `to`), clipped to it, in order (intervals.ts). */
  declare intervals: (from: Date, to: Date) => OpeningInterval[];

  /** The seven days, Monday to Sunday, of the local week containing `at`, for display. */
  week(at: Date): DayHours[] {
    const [n] = this.locate(at);
    const monday = n - weekday(n);
    return Array.from({ length: 7 }, (_, i) => {
      const k = monday + i;
      const plan = this.plan(k);
      const holiday = this.info(k)[PH];
      const comment = plan.find((s) => !s.st && s.c)?.c;
      return {
        date: isoDate(k),
        weekday: i + 1,
        spans: plan.filter((s) => s.st).map((s) => ({ start: hhmm(s.s), end: hhmm(s.e), ...details(s) })),
        ...(holiday && { holiday }),
        ...(comment && { comment }),
      };
    });
  }

  /**
   * schema.org `OpeningHoursSpecification` objects: the usual weekly hours by `dayOfWeek`,
   * public-holiday hours with `PublicHolidays` (when the value mentions `PH` and a holiday falls
   * within the horizon, as one always does in the default year), and the other
   * days of the next `days` (default 366) from `from` (default now) as dated special hours
   * (schema-org.ts).
   */
  declare toSchemaOrg: (options?: { from?: Date; days?: number }) => OpeningHoursSpecification[];

  /** Calendar facts about local day `n`, its public holiday included. @internal */
  info(n: number): DayInfo {
    const day = dayInfo(n);
    const year = day[Y] as number;
    const ph = cached(this.#years, year, () => holidayDays(year, this.region)).get(n) ?? this.#extra.get(n);
    return [...day, ph ? 1 : 0, ph] as DayInfo;
  }

  /** Memoized segments of local day `n`. @internal */
  plan(n: number): Segment[] {
    return cached(this.#plans, n, () => planDay(this.rules, this.info(n), this.info(n - 1)));
  }

  /**
   * [local day number, milliseconds since local midnight] at `at`. @internal
   * @throws RangeError for an invalid date (from `Intl.DateTimeFormat#format`, as ECMA-402 requires)
   */
  locate(at: Date): [number, number] {
    const wall = this.#zone.wall(at.getTime());
    const n = Math.floor(wall / DAY);
    return [n, wall - n * DAY];
  }

  /**
   * Calls `visit` with each segment, from the local day of `at` on, and the instants [start, end)
   * it lasts, until `visit` returns something, which it returns. @internal
   *
   * This is where days on which clocks change are settled, for `isOpen`, `state`, `comment`,
   * `nextChange` and `intervals` alike. A segment lasts from the first instant its start shows on
   * the clock to the first instant its end shows, so segments follow one another without gap or
   * overlap: a time skipped when clocks go forward stands for the end of the gap (03:00 in Paris;
   * a segment wholly inside the gap lasts no time, and a span ending or starting in it ends or
   * starts at 03:00); a time repeated when clocks go back counts the first time round, and the
   * second time round belongs to the segment the clock was in when it went back (in Paris,
   * `02:30-02:45` is open once, `02:00-03:00` and `02:30-04:00` throughout, `01:00-02:30` until
   * the first 02:30).
   */
  walk<T>(at: Date, visit: (s: Segment, start: number, end: number) => T | undefined): T {
    for (let k = this.locate(at)[0]; ; k++) {
      for (const s of this.plan(k)) {
        // Memoized in the segment, which the cache of plans keeps.
        const found = visit(s, ...(s.at ??= [s.s, s.e].map((minutes) => this.#zone.instant(k * DAY + minutes * MINUTE)) as [number, number]));
        if (found !== undefined) return found;
      }
    }
  }

  #segment(at: Date): Segment {
    return this.walk(at, (s, _start, end) => (at.getTime() < end ? s : undefined));
  }
}

/**
 * Parses an OpenStreetMap `opening_hours` value, e.g.
 * `Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off`.
 *
 * @throws OpeningHoursSyntaxError with the position of the error and French/English messages
 */
export function parseOpeningHours(value: string, options?: OpeningHoursOptions): OpeningHours {
  return new OpeningHours(value, options);
}
