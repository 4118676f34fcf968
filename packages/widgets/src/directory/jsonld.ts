/**
 * schema.org JSON-LD for `<msp-directory structured-data>`: one `MedicalClinic` per structure,
 * with its address, coordinates, contact, FINESS number, whether it accepts new patients and its
 * opening hours, written into the element's light DOM. Loaded only when asked for.
 */
import type { OpeningHours } from '../hours/opening-hours.js';
import { toSchemaOrgSoon } from '../hours/schema-org.js';
import { writeJsonLd } from '../shared/json-ld.js';
import type { Structure } from './schema.js';

/** One structure as a schema.org `MedicalClinic`. */
function clinic(s: Structure, hoursOf: (s: Structure) => OpeningHours | null) {
  const hours = hoursOf(s);
  const { address: a } = s;
  return {
    '@type': 'MedicalClinic',
    name: s.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: [a.line1, a.line2].filter(Boolean).join(', '),
      postalCode: a.postalCode,
      addressLocality: a.city,
      addressCountry: 'FR',
    },
    ...(s.geo && { geo: { '@type': 'GeoCoordinates', latitude: s.geo.lat, longitude: s.geo.lon } }),
    ...(s.phone && { telephone: s.phone }),
    ...(s.email && { email: s.email }),
    ...(s.website && { url: s.website }),
    ...(s.finess && { identifier: { '@type': 'PropertyValue', propertyID: 'FINESS', value: s.finess } }),
    ...(s.acceptsNewPatients && { isAcceptingNewPatients: s.acceptsNewPatients.value }),
    ...(hours && { openingHoursSpecification: toSchemaOrgSoon(hours, 28) }),
  };
}

/** How long one slice of the work may hold the page, in milliseconds. */
const SLICE = 8;

/**
 * The JSON-LD text (safe inside a `<script>`: no `<` survives). Four weeks of hours for each of
 * 3,000 structures take a second or more: the work is done a slice at a time, so that the page
 * stays responsive to typing and scrolling meanwhile. `wanted` is asked between slices, and the
 * work stops (undefined) when the result is no longer wanted.
 */
export async function structuredData(
  structures: readonly Structure[],
  hoursOf: (s: Structure) => OpeningHours | null,
  wanted: () => boolean = () => true,
): Promise<string | undefined> {
  const graph = [];
  let sliceStart = performance.now();
  for (const structure of structures) {
    if (performance.now() - sliceStart > SLICE) {
      await new Promise((resolve) => setTimeout(resolve));
      if (!wanted()) return undefined;
      sliceStart = performance.now();
    }
    graph.push(clinic(structure, hoursOf));
  }
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}

/**
 * Keeps the JSON-LD of `structures` in `host`'s light DOM, in `script` when given, once it is
 * made and if it is still `wanted` then; resolves to the script, or undefined (after a warning)
 * when the page's Trusted Types policy refuses it or the result is no longer wanted.
 */
export async function writeStructuredData(
  host: Element,
  script: HTMLScriptElement | undefined,
  structures: readonly Structure[],
  hoursOf: (s: Structure) => OpeningHours | null,
  warn: (message: string) => void,
  wanted: () => boolean,
): Promise<HTMLScriptElement | undefined> {
  const json = await structuredData(structures, hoursOf, wanted);
  return json === undefined || !wanted() ? script : writeJsonLd(host, script, json, warn);
}
