/**
 * Conversions between instants and wall-clock time in an IANA time zone, with
 * `Intl.DateTimeFormat` (its `longOffset` time zone name) as the only source of truth, never the
 * machine's zone.
 * "Wall" times are milliseconds since 1970-01-01T00:00 of the local calendar, read as if UTC.
 */
import { DAY } from './calendar.js';

const HOUR = 3_600_000;

/** A time zone, with a cache of its UTC offsets per hour. */
export interface Zone {
  /** Wall time showing at instant `ms`. */
  wall(ms: number): number;
  /**
   * The instant at which clocks show `wall`. A time repeated when clocks go back gives its
   * first occurrence (or the second with `later`); a time skipped when clocks go forward
   * gives the next valid instant, the end of the gap.
   */
  instant(wall: number, later?: boolean): number;
}

const zones = new Map<string, Zone>();

/**
 * The shared `Zone` of an IANA time zone name.
 * @throws RangeError when `timeZone` is unknown to the JavaScript engine.
 */
export function zone(timeZone: string): Zone {
  let found = zones.get(timeZone);
  if (found) return found;
  const format = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
  const offsets = new Map<number, number>();
  /**
   * Offset (wall − UTC, in ms) at instant `ms`, computed without cache, from the formatted
   * offset: `…, GMT+02:00`, `GMT-04:56:02` in 1880 in New York, or a bare `GMT` for UTC itself in
   * some engines.
   */
  const exact = (ms: number): number => {
    const [, sign, h = 0, m = 0, s = 0] = /([+-])(\d\d):(\d\d):?(\d\d)?$/.exec(format.format(ms)) ?? [];
    return (sign === '-' ? -1 : 1) * ((+h * 60 + +m) * 60 + +s) * 1000;
  };
  /** Offset (wall − UTC, in ms) at instant `ms`. Hours holding a transition are not cached. */
  const offset = (ms: number): number => {
    const hour = Math.floor(ms / HOUR);
    let cached = offsets.get(hour);
    if (cached === undefined) {
      cached = exact(hour * HOUR);
      if (exact(hour * HOUR + HOUR - 1) !== cached) return exact(ms);
      if (offsets.size > 20_000) offsets.clear();
      offsets.set(hour, cached);
    }
    return cached;
  };
  const wall = (ms: number): number => ms + offset(ms);
  /** See `Zone#instant`; `time` is a wall time. */
  const instant = (time: number, later = false): number => {
    const before = offset(time - DAY);
    const after = offset(time + DAY);
    if (before === after) return time - before; // no change around: the usual, fast case
    // The wall time read with the offset before a change, then after it: in that order in time
    // when clocks go back (both valid), one valid otherwise, none in the gap when they go forward.
    const valid = [time - before, time - after].filter((t) => wall(t) === time);
    if (valid.length) return (later ? valid.at(-1) : valid[0]) as number;
    // In the gap: the transition, found minute by minute from the earlier candidate.
    let t = time - Math.max(before, after);
    while (offset(t) === before) t += 60_000;
    return t;
  };
  zones.set(timeZone, (found = { wall, instant }));
  return found;
}
