import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
// Attributes, properties, events, slots, CSS parts and custom properties of every element, for autodocs.
import manifest from '../packages/widgets/custom-elements.json';

setCustomElementsManifest(manifest);

/** Sample palettes, set as the documented custom properties on the story's container. */
const themes: Record<string, Record<string, string>> = {
  default: {},
  'high-contrast': {
    '--msp-color-primary': '#000000',
    '--msp-color-text': '#000000',
    '--msp-color-text-muted': '#1a1a1a',
    '--msp-color-border': '#000000',
    '--msp-color-surface': '#ffffff',
    '--msp-color-surface-alt': '#ffffff',
    '--msp-color-focus': '#b00020',
  },
  federation: {
    '--msp-color-primary': '#1d4f91',
    '--msp-color-text': '#16213a',
    '--msp-color-text-muted': '#3e4a63',
    '--msp-color-border': '#6b7a99',
    '--msp-color-surface-alt': '#eef3fb',
    '--msp-radius': '0.75rem',
    '--msp-font-family': 'Georgia, serif',
  },
};

/** Language and theme from the toolbar, applied around every story. */
const withToolbar: Decorator = (story, context) => {
  const { locale, theme } = context.globals as { locale?: string; theme?: string };
  return html`<div lang=${locale ?? 'fr'} style=${styleMap(themes[theme ?? 'default'] ?? {})}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withToolbar],
  globalTypes: {
    locale: {
      description: 'Langue des widgets',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Thème (propriétés CSS --msp-*)',
      toolbar: {
        title: 'Thème',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Par défaut' },
          { value: 'high-contrast', title: 'Contraste élevé' },
          { value: 'federation', title: 'Palette d’une fédération' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', theme: 'default' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
