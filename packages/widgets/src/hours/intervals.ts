/**
 * `OpeningHours#intervals`, defined here rather than in the class: the engine's entry
 * (`@msp-kit/widgets/hours`) imports this module, and `<msp-opening-hours>`, which never lists
 * intervals, does not carry it.
 */
import type { Segment } from './evaluate.js';
import { details, OpeningHours, type OpeningInterval } from './opening-hours.js';

OpeningHours.prototype.intervals = function (this: OpeningHours, from: Date, to: Date): OpeningInterval[] {
  const a = from.getTime();
  const b = to.getTime();
  const out: OpeningInterval[] = [];
  if (!(a < b)) return out;
  let previous: Segment | undefined;
  this.walk(from, (s, start, end) => {
    if (start >= b) return true;
    start = Math.max(a, start);
    end = Math.min(b, end);
    // Closed, or nothing of it left: before `from`, or wholly inside the hour skipped in spring.
    if (!s.st || start >= end) return;
    const interval = out.at(-1);
    // Segments continuing one another (past midnight, or past a closure wholly in the skipped
    // hour), in the same state and with the same comment, make one interval.
    const same = previous?.st === s.st && previous.c === s.c;
    if (same && interval?.end.getTime() === start) interval.end = new Date(end);
    else out.push({ start: new Date(start), end: new Date(end), ...details(s) });
    previous = s;
  });
  return out;
};
