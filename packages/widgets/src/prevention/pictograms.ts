import { html, nothing, type TemplateResult } from 'lit';
import type { Theme } from './calendar.js';

/**
 * One pictogram per theme, drawn for msp-kit on a 24 × 24 grid with round 1.75 strokes in the
 * current colour (so forced-colours modes recolour them): a syringe, a crossed-out cigarette, an
 * awareness ribbon, an eye (its pupil a round dot) with sound waves. Decorative: the theme is also written out as text.
 */
const paths: Record<Theme, string> = {
  vaccination: 'M17 3l4 4M19 5l-3 3M13 5l6 6M14 6l-8 8 4 4 8-8M12 8l2 2M9 11l2 2M8 16l-4 4',
  tabac: 'M2 12a10 10 0 1 0 20 0 10 10 0 1 0-20 0M5 5l14 14M5 10h14v4H5zM15 10v4',
  cancers: 'M7 21l7-10c2-3 1-8-2-8s-4 5-2 8l7 10',
  neurosensoriel: 'M2 12q6-10 12 0-6 10-12 0zM8 12h.01M18 9a5 5 0 0 1 0 6M21 6a9 9 0 0 1 0 12',
};

/** Controls: previous, next, close. */
export const icons = { previous: 'M15 5l-7 7 7 7', next: 'M9 5l7 7-7 7', close: 'M6 6l12 12M18 6L6 18' };

/** An inline SVG drawing hidden from assistive technologies; strokes are styled in CSS. */
export const svg = (d: string, part?: string): TemplateResult =>
  html`<svg part=${part ?? nothing} viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;

/** The theme's pictogram. */
export const pictogram = (theme: Theme): TemplateResult => svg(paths[theme], 'pictogram');
