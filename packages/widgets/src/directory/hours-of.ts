/**
 * Opening hours of the directory's structures, through the opening-hours engine. This module (and
 * the engine, shared with `<msp-opening-hours>`) is loaded when the data has hours, not with the
 * directory's own code. Each structure's hours are read in its own region: an MSP in La Réunion is
 * open by the clock of La Réunion, with its own public holidays, whatever the site's time zone.
 * No DOM; the cards are kept up to date by the hours' ticker (with per-element files, the
 * directory's own copy of it: one timer for the directory, one for the hours widgets).
 */
import type { ReactiveElement } from 'lit';
import { weekday } from '../hours/calendar.js';
import { parseOpeningHours, type OpeningHours, type OpeningHoursOptions, type OpeningState } from '../hours/opening-hours.js';
import { wakeAt } from '../hours/ticker.js';
import type { DirectoryWords } from './messages.js';
import type { Structure } from './schema.js';

const ALSACE_MOSELLE = { region: 'alsace-moselle' } as const;
/** The clock and public holidays of the départements where they are not the site's. */
const PLACES: Record<string, OpeningHoursOptions> = {
  '57': ALSACE_MOSELLE,
  '67': ALSACE_MOSELLE,
  '68': ALSACE_MOSELLE,
  '971': { region: 'guadeloupe' },
  '972': { region: 'martinique' },
  '973': { region: 'guyane' },
  '974': { region: 'reunion' },
  // Saint-Pierre-et-Miquelon keeps the national public holidays, on its own clock.
  '975': { region: 'metropole', timeZone: 'America/Miquelon' },
  '976': { region: 'mayotte' },
};

/**
 * Reads structures' hours once each. A structure in metropolitan France outside Alsace-Moselle
 * keeps Paris's clock and the national holidays whatever the site's own region: a Grand Est
 * federation's site set to `alsace-moselle` must not close its Marne MSPs on Good Friday, nor an
 * overseas site move mainland MSPs to its own clock.
 */
export function hoursReader(warn: (message: string) => void): (s: Structure) => OpeningHours | null {
  const cache = new Map<Structure, OpeningHours | null>();
  return (structure: Structure): OpeningHours | null => {
    let hours = cache.get(structure);
    if (hours === undefined) {
      hours = null;
      if (structure.openingHours) {
        try {
          hours = parseOpeningHours(structure.openingHours, PLACES[structure.address.department]);
        } catch (error) {
          warn(`openingHours of "${structure.id}": ${(error as { messageEn?: string }).messageEn ?? (error as Error).message}; shown as written`);
        }
      }
      cache.set(structure, hours);
    }
    return hours;
  };
}

/**
 * Today, in the place's time zone: its state now, its open spans (`08:00–12:00`) and its public
 * holiday, named in the words' language (the engine's names are French: the English words bring
 * theirs, so that French pages do not download them).
 */
export function today(hours: OpeningHours, now: Date, words: Pick<DirectoryWords, 'holiday'> = {}): { state: OpeningState; spans: string[]; holiday?: string } {
  // The place's day from the engine's own clock, as <msp-opening-hours> reads it: not from a
  // locale's date format (en-CA writes 11/24/2026, not 2026-11-24, with ICU 72: WebKitGTK, some Safaris).
  const day = hours.week(now)[weekday(hours.locate(now)[0])];
  return {
    state: hours.state(now),
    spans: (day?.spans ?? []).map((span) => `${span.start}–${span.openEnd ? '…' : span.end}`),
    ...(day?.holiday && { holiday: words.holiday?.(day.holiday) ?? day.holiday }),
  };
}

const DAY = 86_400_000;

/**
 * Has `widget` rendered again (by the shared ticker) at the first instant after `now` at which the
 * hours of one of `entries` change, when the cards' status and the "open now" filter may go out of
 * date; a day from now at the latest. Returns that instant. Each structure's hours are walked only
 * up to that instant: a value that never changes (`24/7`, `off`) costs a day, not a year.
 */
export function wakeAtNextChange(widget: ReactiveElement, entries: readonly { structure: Structure }[], hoursOf: (s: Structure) => OpeningHours | null, now: Date): Date {
  const from = now.getTime();
  let first = from + DAY;
  for (const { structure } of entries) {
    // A segment's start may also be a change of comment only: a render that changes nothing.
    hoursOf(structure)?.walk(now, (_segment, start) => {
      if (start > from && start < first) first = start;
      return start >= first || undefined;
    });
  }
  const at = new Date(first);
  wakeAt(widget, at);
  return at;
}

export { wakeAt };
