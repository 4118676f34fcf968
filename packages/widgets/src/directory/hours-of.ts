/**
 * Opening hours of the directory's structures, through the opening-hours engine. This module (and
 * the engine, shared with `<msp-opening-hours>`) is loaded when the data has hours, not with the
 * directory's own code. Each structure's hours are read in its own region: an MSP in La Réunion is
 * open by the clock of La Réunion, with its own public holidays, whatever the site's time zone.
 * No DOM.
 */
import { parseOpeningHours, type OpeningHours, type OpeningState } from '../hours/opening-hours.js';
import type { Region } from '../shared/regions.js';
import type { Structure } from './schema.js';

const REGIONS: Record<string, Region> = {
  '57': 'alsace-moselle',
  '67': 'alsace-moselle',
  '68': 'alsace-moselle',
  '971': 'guadeloupe',
  '972': 'martinique',
  '973': 'guyane',
  '974': 'reunion',
  '976': 'mayotte',
};

/** The region whose clock and public holidays apply in a département, when it is not the site's. */
export const regionOf = (department: string): Region | undefined => REGIONS[department];

/**
 * Reads structures' hours once each. `fallback` is the site's time zone and region, used for
 * structures in metropolitan France outside Alsace-Moselle.
 */
export function hoursReader(fallback: { timeZone: string; region: Region }, warn: (message: string) => void): (s: Structure) => OpeningHours | null {
  const cache = new Map<Structure, OpeningHours | null>();
  return (structure: Structure): OpeningHours | null => {
    let hours = cache.get(structure);
    if (hours === undefined) {
      hours = null;
      if (structure.openingHours) {
        const region = regionOf(structure.address.department);
        try {
          hours = parseOpeningHours(structure.openingHours, region ? { region } : fallback);
        } catch (error) {
          warn(`openingHours of "${structure.id}": ${(error as { messageEn?: string }).messageEn ?? (error as Error).message}; shown as written`);
        }
      }
      cache.set(structure, hours);
    }
    return hours;
  };
}

const dates = new Map<string, Intl.DateTimeFormat>();

/** Today, in the place's time zone: its state now and its open spans (`08:00–12:00`). */
export function today(hours: OpeningHours, now: Date): { state: OpeningState; spans: string[]; holiday?: string } {
  let format = dates.get(hours.timeZone);
  if (!format) dates.set(hours.timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone: hours.timeZone })));
  const date = format.format(now);
  const day = hours.week(now).find((d) => d.date === date);
  return {
    state: hours.state(now),
    spans: (day?.spans ?? []).map((span) => `${span.start}–${span.openEnd ? '…' : span.end}`),
    ...(day?.holiday && { holiday: day.holiday }),
  };
}
