import { html, nothing } from 'lit';
import type { Theme } from './calendar.js';

/**
 * One pictogram per theme, drawn for msp-kit on a 24 × 24 grid with round 1.75 strokes in the
 * current colour (so forced-colours modes recolour them): a syringe, a crossed-out cigarette, an
 * awareness ribbon, an eye with sound waves. Decorative: the theme is also written out as text.
 */
const paths: Record<Theme, string> = {
  vaccination: 'M17 3l4 4M19 5l-3 3M13 5l6 6M14 6l-8 8 4 4 8-8M12 8l2 2M9 11l2 2M8 16l-4 4',
  tabac: 'M2 12a10 10 0 1 0 20 0 10 10 0 1 0-20 0M5 5l14 14M5 10h9v4H5zM11 10v4M16 10h3v4h-3z',
  cancers: 'M7 21l7.5-10.5C16.5 7.5 15 3 12 3S7.5 7.5 9.5 10.5L17 21',
  neurosensoriel: 'M2 12q6-10 12 0-6 10-12 0zM6 12a2 2 0 1 0 4 0 2 2 0 1 0-4 0M18 9a5 5 0 0 1 0 6M21 6a9 9 0 0 1 0 12',
};

/** Controls: previous, next, close. */
export const icons = { previous: 'M15 5l-7 7 7 7', next: 'M9 5l7 7-7 7', close: 'M6 6l12 12M18 6L6 18' };

/** An inline SVG drawing hidden from assistive technologies; strokes are styled in CSS. */
export const svg = (d: string, part?: string) =>
  html`<svg part=${part ?? nothing} viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;

/** The theme's pictogram. */
export const pictogram = (theme: Theme) => svg(paths[theme], 'pictogram');
