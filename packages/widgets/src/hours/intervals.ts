/**
 * `OpeningHours#intervals`, defined here rather than in the class: the engine's entry
 * (`@msp-kit/widgets/hours`) imports this module, and `<msp-opening-hours>`, which never lists
 * intervals, does not carry it.
 */
import { DAY } from './calendar.js';
import type { Segment } from './evaluate.js';
import { details, MINUTE, OpeningHours, type OpeningInterval } from './opening-hours.js';

OpeningHours.prototype.intervals = function (this: OpeningHours, from: Date, to: Date): OpeningInterval[] {
  const a = from.getTime();
  const b = to.getTime();
  const out: OpeningInterval[] = [];
  if (!(a < b)) return out;
  const last = this.locate(to)[0];
  let previous: Segment | undefined;
  for (let k = this.locate(from)[0]; k <= last; k++) {
    for (const s of this.plan(k)) {
      if (!s.st) continue;
      const start = Math.max(a, this.zone.instant(k * DAY + s.s * MINUTE));
      const end = Math.min(b, this.zone.instant(k * DAY + s.e * MINUTE));
      if (start >= end) continue;
      const interval = out.at(-1);
      // Spans continuing past midnight, in the same state and with the same comment, make one interval.
      const same = previous?.st === s.st && previous.c === s.c;
      if (same && interval?.end.getTime() === start) interval.end = new Date(end);
      else out.push({ start: new Date(start), end: new Date(end), ...details(s) });
      previous = s;
    }
  }
  return out;
};
