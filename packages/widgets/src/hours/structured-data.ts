/**
 * The JSON-LD of `<msp-opening-hours structured-data>`: the site as a schema.org `MedicalClinic`
 * with its opening hours. Loaded (with the schema.org output of the engine and the shared JSON-LD
 * writer) only by elements that have the `structured-data` attribute.
 */
import { writeJsonLd } from '../shared/json-ld.js';
import type { SiteSettings } from '../site/settings.js';
import type { OpeningHours } from './opening-hours.js';
import { toSchemaOrgSoon } from './schema-org.js';

/**
 * Keeps the JSON-LD block of `hours` in `host`'s light DOM, reusing `script`; undefined when the
 * page's Trusted Types policy refuses it (`warn` says what to allow).
 */
export function clinicJsonLd(
  host: HTMLElement,
  script: HTMLScriptElement | undefined,
  hours: OpeningHours,
  { name, address, phone }: SiteSettings,
  warn: (message: string) => void,
): HTMLScriptElement | undefined {
  // Search engines leave out a clinic without its name or address. Not said while the page's
  // <msp-site> waits for its script (its own CDN file may come after this one).
  const missing = Object.entries({ name, address }).flatMap(([key, value]) => (value ? [] : [key]));
  if (missing.length && !host.closest('msp-site:not(:defined)')) {
    warn(`structured-data: search engines need the clinic's ${missing.join(' and ')}: set ${missing.map((key) => `${key}="…"`).join(' ')} on <msp-site>`);
  }
  const data = {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    ...(name && { name }),
    ...(address && { address }),
    ...(phone && { telephone: phone }),
    openingHoursSpecification: toSchemaOrgSoon(hours, 90),
  };
  return writeJsonLd(host, script, JSON.stringify(data), warn);
}
