/**
 * Conversions between instants and wall-clock time in an IANA time zone, with
 * `Intl.DateTimeFormat` (its `longOffset` time zone name) as the only source of truth, never the
 * machine's zone.
 * "Wall" times are milliseconds since 1970-01-01T00:00 of the local calendar, read as if UTC.
 */
import { cached, DAY } from './calendar.js';

const HOUR = 3_600_000;

/** A time zone, with a cache of its UTC offsets per hour. */
export interface Zone {
  /** Wall time showing at instant `ms`. */
  wall(ms: number): number;
  /**
   * The first instant at which clocks show `wall`: a time repeated when clocks go back gives its
   * first occurrence; a time skipped when clocks go forward gives the next valid instant, the end
   * of the gap.
   */
  instant(wall: number): number;
}

const zones = new Map<string, Zone>();

/**
 * The shared `Zone` of an IANA time zone name.
 * @throws RangeError when `timeZone` is unknown to the JavaScript engine.
 */
export function zone(timeZone: string): Zone {
  return cached(zones, timeZone, () => {
    const format = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
    /** Offsets by hour; null for hours holding a transition. */
    const offsets = new Map<number, number | null>();
    /**
     * Offset (wall − UTC, in ms) at instant `ms`, computed without cache, from the formatted
     * offset: `…, GMT+02:00`, `GMT-04:56:02` in 1880 in New York, or a bare `GMT` for UTC itself in
     * some engines.
     */
    const exact = (ms: number): number => {
      const [, sign, h = 0, m = 0, s = 0] = /([+-])(\d\d):(\d\d):?(\d\d)?$/.exec(format.format(ms)) ?? [];
      return (sign === '-' ? -1 : 1) * Date.UTC(1970, 0, 1, +h, +m, +s); // the offset's duration
    };
    /** Offset (wall − UTC, in ms) at instant `ms`, from the cache unless its hour holds a transition. */
    const offset = (ms: number): number => {
      const hour = Math.floor(ms / HOUR); // a small integer, a fast key
      const start = hour * HOUR;
      return cached(offsets, hour, () => (exact(start) === exact(start + HOUR - 1) ? exact(start) : null)) ?? exact(ms);
    };
    const wall = (ms: number): number => ms + offset(ms);
    /**
     * See `Zone#instant`; `time` is a wall time. The offsets a day before and a day after frame
     * any change; from the earlier of the two readings of `time`, the clock is followed minute by
     * minute (by less to land on `time` exactly, for offsets with seconds) until it shows `time`,
     * or jumps past it (the end of a gap when clocks go forward). Without a change, no step.
     */
    const instant = (time: number): number => {
      let t = time - Math.max(offset(time - DAY), offset(time + DAY));
      for (let behind; (behind = time - wall(t)) > 0; ) t += Math.min(behind, 60_000);
      return t;
    };
    return { wall, instant };
  });
}
