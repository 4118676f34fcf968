/**
 * schema.org JSON-LD for `<msp-directory structured-data>`: one `MedicalClinic` per structure,
 * with its address, coordinates, contact, FINESS number, whether it accepts new patients and its
 * opening hours, written into the element's light DOM. Loaded only when asked for.
 */
import type { OpeningHours } from '../hours/opening-hours.js';
import { toSchemaOrg } from '../hours/schema-org.js';
import { writeJsonLd } from '../shared/json-ld.js';
import type { Structure } from './schema.js';

/** The JSON-LD text (safe inside a `<script>`: no `<` survives). */
export function structuredData(structures: readonly Structure[], hoursOf: (s: Structure) => OpeningHours | null): string {
  const graph = structures.map((s) => {
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
      ...(hours && { openingHoursSpecification: toSchemaOrg(hours, { days: 28 }) }),
    };
  });
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}

/**
 * Keeps the JSON-LD in `host`'s light DOM, in `script` when given; returns the script, or
 * undefined (after a warning) when the page's Trusted Types policy refuses it.
 */
export function writeStructuredData(
  host: Element,
  script: HTMLScriptElement | undefined,
  structures: readonly Structure[],
  hoursOf: (s: Structure) => OpeningHours | null,
  warn: (message: string) => void,
): HTMLScriptElement | undefined {
  return writeJsonLd(host, script, structuredData(structures, hoursOf), warn);
}
