/**
 * The French regions whose differences matter to a health-centre site: public holidays, the
 * default time zone and the prevention campaigns whose dates differ. Pure data, no DOM.
 */

/** The IANA time zone of each region (see `defaultTimeZone`). */
export const TIME_ZONES = {
  metropole: 'Europe/Paris',
  'alsace-moselle': 'Europe/Paris',
  guadeloupe: 'America/Guadeloupe',
  martinique: 'America/Martinique',
  guyane: 'America/Cayenne',
  reunion: 'Indian/Reunion',
  mayotte: 'Indian/Mayotte',
} as const;

export type Region = keyof typeof TIME_ZONES;
export const REGIONS = Object.keys(TIME_ZONES) as readonly Region[];

/** The IANA time zone a region lives in; used when no time zone is configured. */
export function defaultTimeZone(region: Region): string {
  return TIME_ZONES[region];
}

/** Whether `value` is a time zone this JavaScript engine knows (IANA name such as `Europe/Paris`). */
export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('fr', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
