/**
 * The visitor's position, distances on the Earth, and the directory sorted by distance from the
 * visitor: loaded when someone asks for "near me".
 */
import { defineMessages } from '../shared/i18n.js';
import type { Entry } from './filters.js';

/**
 * Whether the page forbids location (a frame without `allow="geolocation"`, as Wix shows pasted
 * code in): the browser then refuses without asking the visitor. Only Chromium can tell.
 */
const forbidden =
  (globalThis.document as { featurePolicy?: { allowsFeature(feature: string): boolean } } | undefined)?.featurePolicy?.allowsFeature('geolocation') ===
  false;
/** In a frame, Firefox and Safari refuse as silently, without saying why: a refusal there is not said to be the visitor's. */
const framed = globalThis.self !== globalThis.top;

// Said only once someone pressed "near me": downloaded with this module.
export const geoMessages = defineMessages(
  {
    locating: 'Recherche de votre position…',
    on: 'Classement de la plus proche à la plus éloignée. Votre position reste sur votre appareil.',
    denied: `${forbidden ? 'Cette page ne permet pas la localisation' : framed ? 'La localisation n’a pas été autorisée' : 'Vous n’avez pas autorisé la localisation'}\u00a0: les structures restent classées par nom. Cherchez plutôt par commune ou code postal.`,
    unavailable: 'Votre position n’a pas pu être déterminée\u00a0: les structures restent classées par nom. Cherchez plutôt par commune ou code postal.',
  },
  {
    locating: 'Finding your location…',
    on: 'Sorted from nearest to farthest. Your location stays on your device.',
    denied: `${forbidden ? 'This page does not allow location access' : framed ? 'Location access was not allowed' : 'You did not allow location access'}: health centres stay sorted by name. Search by town or postcode instead.`,
    unavailable: 'Your location could not be found: health centres stay sorted by name. Search by town or postcode instead.',
  },
);

export interface LatLon {
  lat: number;
  lon: number;
}

/**
 * The visitor's position, asked for only now (after their click); it never leaves the page.
 * Rejects with the `GeolocationPositionError`; with an error of the same `code` (1, refused) when the
 * page forbids location, rather than asking a browser that would only log a policy violation; or
 * with a `TypeError` without the geolocation API (old browser, or one that hides it in a frame).
 */
export const locate = (): Promise<LatLon> =>
  new Promise((resolve, reject) =>
    forbidden
      ? reject(Object.assign(new Error('The page does not allow location'), { code: 1 }))
      : navigator.geolocation.getCurrentPosition(({ coords }) => resolve({ lat: coords.latitude, lon: coords.longitude }), reject, { timeout: 15000, maximumAge: 600000 }),
  );

/** Mean Earth radius (IUGG), in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance between two WGS84 points, in kilometres (haversine formula). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The entries with their distance from `from`, nearest first (those without coordinates last). */
export function byDistance(entries: readonly Entry[], from: LatLon): Entry[] {
  return entries
    .map((entry) => ({ ...entry, distance: entry.structure.geo && distanceKm(from, entry.structure.geo) }))
    .sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity));
}
