/**
 * Conversions between instants and wall-clock time in an IANA time zone, with
 * `Intl.DateTimeFormat` (its `longOffset` time zone name) as the only source of truth, never the
 * machine's zone.
 * "Wall" times are milliseconds since 1970-01-01T00:00 of the local calendar, read as if UTC.
 */
import { DAY } from './calendar.js';

const HOUR = 3_600_000;

/** A time zone with a cache of UTC offsets per hour. */
export class Zone {
  private readonly format: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();

  /** @throws RangeError when `timeZone` is unknown to the JavaScript engine. */
  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
  }

  /**
   * Offset (wall − UTC, in ms) at instant `ms`, computed without cache, from the formatted
   * offset: `…, GMT+02:00`, `GMT-04:56:02` in 1880 in New York, or a bare `GMT` for UTC itself in
   * some engines.
   */
  private exact(ms: number): number {
    const [, sign, h = 0, m = 0, s = 0] = /([+-])(\d\d):(\d\d):?(\d\d)?$/.exec(this.format.format(ms)) ?? [];
    return (sign === '-' ? -1 : 1) * ((+h * 60 + +m) * 60 + +s) * 1000;
  }

  /** Offset (wall − UTC, in ms) at instant `ms`. Hours holding a transition are not cached. */
  offset(ms: number): number {
    const hour = Math.floor(ms / HOUR);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = this.exact(hour * HOUR);
      if (this.exact(hour * HOUR + HOUR - 1) !== offset) return this.exact(ms);
      if (this.offsets.size > 20_000) this.offsets.clear();
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  /** Wall time showing at instant `ms`. */
  wall(ms: number): number {
    return ms + this.offset(ms);
  }

  /**
   * The instant at which clocks show `wall`. A time repeated when clocks go back gives its
   * first occurrence (or the second with `later`); a time skipped when clocks go forward
   * gives the next valid instant, the end of the gap.
   */
  instant(wall: number, later = false): number {
    const before = this.offset(wall - DAY);
    const after = this.offset(wall + DAY);
    if (before === after) return wall - before; // no change around: the usual, fast case
    // The wall time read with the offset before a change, then after it: in that order in time
    // when clocks go back (both valid), one valid otherwise, none in the gap when they go forward.
    const found = [wall - before, wall - after].filter((t) => this.wall(t) === wall);
    if (found.length) return (later ? found.at(-1) : found[0]) as number;
    // In the gap: the transition, found minute by minute from the earlier candidate.
    let t = wall - Math.max(before, after);
    while (this.offset(t) === before) t += 60_000;
    return t;
  }
}

const zones = new Map<string, Zone>();

/** The shared `Zone` of an IANA time zone name. */
export function zone(timeZone: string): Zone {
  let found = zones.get(timeZone);
  if (!found) zones.set(timeZone, (found = new Zone(timeZone)));
  return found;
}
