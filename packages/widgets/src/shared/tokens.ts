import { unsafeCSS } from 'lit';

const token = (name: string, fallback: string) => unsafeCSS(`var(--msp-${name}, ${fallback})`);

/**
 * Design tokens: CSS custom properties a site can set on any ancestor (or `:root`), each with a
 * default baked in so a widget looks right on a page with no stylesheet for it. The defaults meet
 * WCAG AA contrast on the default surface.
 */
export const tokens = {
  primary: /* @__PURE__ */ token('color-primary', '#00665a'),
  onPrimary: /* @__PURE__ */ token('color-on-primary', '#ffffff'),
  surface: /* @__PURE__ */ token('color-surface', '#ffffff'),
  surfaceAlt: /* @__PURE__ */ token('color-surface-alt', '#f3f6f5'),
  text: /* @__PURE__ */ token('color-text', '#1c2321'),
  textMuted: /* @__PURE__ */ token('color-text-muted', '#4b5553'),
  border: /* @__PURE__ */ token('color-border', '#7a8784'),
  danger: /* @__PURE__ */ token('color-danger', '#b3261e'),
  success: /* @__PURE__ */ token('color-success', '#1e6b34'),
  focus: /* @__PURE__ */ token('color-focus', '#1d4ed8'),
  radius: /* @__PURE__ */ token('radius', '0.5em'),
  space: /* @__PURE__ */ token('space', '1em'),
  font: /* @__PURE__ */ token('font-family', 'inherit'),
};
