/**
 * The snippet a webmaster pastes: the script tag of the CDN bundle and the configured element.
 * Pure (no DOM), so the same function serves Storybook and the tests.
 */

/** Where the published bundles live on a public npm CDN, for this version. */
export const DEFAULT_CDN_BASE = 'https://cdn.jsdelivr.net/npm/@msp-kit/widgets@0.1.0/dist/cdn/';

/**
 * The directory file's address in copied code, for `<msp-directory>` and `<msp-team>`, until staff
 * write their own: Storybook's demo file would not exist on their site.
 */
export const DIRECTORY_SRC_PLACEHOLDER = 'https://www.votre-site.fr/annuaire.json';

/**
 * The directory file the generator's preview loads: Storybook's demo one (served with it from
 * demo/data/) while the code has the placeholder, else the address staff wrote. Resolved against
 * the Storybook page `page`, not the site's root, so that it loads wherever the static Storybook is
 * hosted, under a sub-path too.
 */
export function previewDirectorySrc(src: string, page: string): string {
  return src === DIRECTORY_SRC_PLACEHOLDER ? new URL('demo/data/directory.json', page).href : src;
}

export type EmbedAttributes = Record<string, string | number | boolean | null | undefined>;

export interface EmbedOptions {
  /** Base URL of the `dist/cdn/` folder (default: the published package on jsDelivr). */
  cdnBase?: string;
  /** Settings for a wrapping `<msp-site>` (omitted when empty). */
  site?: EmbedAttributes;
  /** Markup placed inside the element (e.g. `<msp-hours-service>` children). */
  content?: string;
  /** A classic script (for CMSs that cannot load modules) instead of an ES module. */
  classicScript?: boolean;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * ` name="value"`, or ` name='value'` for a value with double quotes and no single one (JSON: a
 * webmaster can still read and edit `events='[{"theme": "tabac"…}]'`, not `&quot;tabac&quot;`).
 */
function attribute(name: string, value: string): string {
  if (value.includes('"') && !value.includes("'")) return ` ${name}='${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}'`;
  return ` ${name}="${escapeAttribute(value)}"`;
}

/** An attribute for each set value; `true` gives a bare boolean attribute. */
export function attributes(values: EmbedAttributes = {}): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== null && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : attribute(name, String(value))))
    .join('');
}

/** The complete snippet for `tag` with its attributes. */
export function embedCode(tag: string, values: EmbedAttributes = {}, options: EmbedOptions = {}): string {
  // Escaped like the attributes: a quote typed in the control must not end the `src` attribute.
  const base = escapeAttribute((options.cdnBase ?? DEFAULT_CDN_BASE).replace(/\/?$/, '/'));
  const script = options.classicScript
    ? `<script src="${base}msp-widgets.iife.js" defer></script>`
    : `<script type="module" src="${base}msp-widgets.js"></script>`;
  const inner = options.content ? `\n  ${options.content.trim().split('\n').join('\n  ')}\n` : '';
  const element = `<${tag}${attributes(values)}>${inner}</${tag}>`;
  const siteAttributes = attributes(options.site);
  const body = siteAttributes ? `<msp-site${siteAttributes}>\n  ${element.split('\n').join('\n  ')}\n</msp-site>` : element;
  // The classic script leaves Leaflet out (it cannot load code on demand): said where it is pasted.
  const note =
    options.classicScript && values.map
      ? '<!-- La carte (attribut map) ne s’affiche qu’avec msp-widgets.js chargé en module (type="module") : le script classique ne la contient pas. -->\n'
      : '';
  return `${script}\n\n${note}${body}\n`;
}
