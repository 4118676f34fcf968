/**
 * `@msp-kit/widgets/hours`: a compact engine for OpenStreetMap `opening_hours` values, evaluated
 * in the health centre's time zone with French public holidays. Pure: no DOM, no dependency.
 *
 * @example
 * const hours = parseOpeningHours('Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off');
 * hours.isOpen(new Date()); hours.nextChange(new Date()); hours.week(new Date());
 */
// `OpeningHours#intervals` and `#toSchemaOrg` come from modules of their own, left out of (or, for
// its structured data, loaded later by) `<msp-opening-hours>`.
import './intervals.js';
// The parser's messages in French (`messageFr`), which `<msp-opening-hours>` does not show.
import './syntax-fr.js';
import { OpeningHours } from './opening-hours.js';
import { toSchemaOrg } from './schema-org.js';

OpeningHours.prototype.toSchemaOrg = function (this: OpeningHours, options) {
  return toSchemaOrg(this, options);
};

export type { Region } from '../shared/regions.js';
export { frenchPublicHolidays, type PublicHoliday } from './holidays.js';
export {
  type DayHours,
  type HoursSpan,
  OpeningHours,
  type OpeningHoursOptions,
  type OpeningInterval,
  type OpeningState,
  parseOpeningHours,
} from './opening-hours.js';
export type { OpeningHoursSpecification } from './schema-org.js';
export { OpeningHoursSyntaxError, type ParseWarning } from './syntax.js';
