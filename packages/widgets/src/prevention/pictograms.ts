import { html, nothing } from 'lit';
import type { Theme } from './calendar.js';

/**
 * One pictogram per theme, drawn for msp-kit on a 24 × 24 grid with round 1.75 strokes in the
 * current colour (so forced-colours modes recolour them): a syringe, a crossed-out cigarette, an
 * awareness ribbon, an eye with sound waves. Decorative: the theme is also written out as text.
 */
const paths: Record<Theme, string> = {
  vaccination:
    'M16.9 2.8l4.3 4.3M19.1 4.9l-2.9 2.9M13.1 4.6l6.3 6.3M14.1 5.6l-7.8 7.8 4.3 4.3 7.8-7.8M11.6 8.1l1.8 1.8M9.2 10.6l1.7 1.8M8.5 15.5l-3.6 3.6',
  tabac: 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0-20 0M4.9 4.9l14.2 14.2M5.5 10.5h9v3h-9zM11 10.5v3M16.5 10.5h2v3h-2z',
  cancers: 'M7 21l7.5-10.5C16.5 7.5 15 3 12 3S7.5 7.5 9.5 10.5L17 21',
  neurosensoriel:
    'M1.5 12c2-3.5 4-5.5 6.5-5.5s4.5 2 6.5 5.5c-2 3.5-4 5.5-6.5 5.5S3.5 15.5 1.5 12zM5.8 12a2.2 2.2 0 1 0 4.4 0a2.2 2.2 0 1 0-4.4 0M18 8.5a5 5 0 0 1 0 7M21 5.5a9.5 9.5 0 0 1 0 13',
};

/** Controls: previous, next, close. */
export const icons = { previous: 'M15 5l-7 7 7 7', next: 'M9 5l7 7-7 7', close: 'M6 6l12 12M18 6L6 18' };

/** An inline SVG drawing hidden from assistive technologies; strokes are styled in CSS. */
export const svg = (d: string, part?: string) =>
  html`<svg part=${part ?? nothing} viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;

/** The theme's pictogram. */
export const pictogram = (theme: Theme) => svg(paths[theme], 'pictogram');
