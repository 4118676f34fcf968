/**
 * The widgets' colours for a dark background (a dark site, or a dark footer), as the README gives
 * them to paste: every widget state meets WCAG AA with them on a page as dark as #121212
 * (test/node/embedding-dark.test.ts), and the README's copy is checked against this one.
 */
export const darkPalette: Readonly<Record<`--msp-${string}`, string>> = {
  '--msp-color-primary': '#7fd6c9',
  '--msp-color-on-primary': '#0b1f1c',
  '--msp-color-surface': '#1c2321',
  '--msp-color-surface-alt': '#26302e',
  '--msp-color-text': '#f1f4f3',
  '--msp-color-text-muted': '#c5cecb',
  '--msp-color-border': '#8a9794',
  '--msp-color-danger': '#ff9b93',
  '--msp-color-success': '#7fd49a',
  '--msp-color-focus': '#9ab8ff',
};
