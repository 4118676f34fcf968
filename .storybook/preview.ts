import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
// Attributes, properties, events, slots, CSS parts and custom properties of every element, for autodocs.
import manifest from '../packages/widgets/custom-elements.json';
import { darkPalette } from '../stories/support/dark-palette.js';
import { setVisitorZone, visitorZones } from './visitor-zone.js';

/** What publicApi reads of custom-elements.json. */
interface Manifest {
  modules: { path: string; declarations?: { kind: string; members?: { kind: string; privacy?: string }[] }[] }[];
}

/**
 * Storybook's Docs tab makes a row of every member in the manifest, whatever its privacy: it gets
 * the public ones only. (The manifest keeps private and protected members, marked so, for editors.)
 */
const publicApi = (cem: Manifest): Manifest => ({
  ...cem,
  modules: cem.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter((member) => (member.privacy ?? 'public') === 'public'),
    })),
  })),
});

setCustomElementsManifest(publicApi(manifest));

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
  // On a page of its own colour, since the widgets' surroundings are the page's.
  dark: { ...darkPalette, background: '#121212', color: '#f1f4f3', padding: '1rem' },
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

/**
 * Language, theme and visitor time zone from the toolbar, applied around every story. A new zone
 * makes new elements (keyed), so that they read the clock again in it.
 */
const withToolbar: Decorator = (story, context) => {
  const { locale, theme, visitorZone } = context.globals as { locale?: string; theme?: string; visitorZone?: string };
  const zone = visitorZones.find((z) => z.value === visitorZone)?.zone;
  setVisitorZone(zone);
  return html`<div lang=${locale ?? 'fr'} style=${styleMap(themes[theme ?? 'default'] ?? {})}>${keyed(zone, story())}</div>`;
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
          { value: 'dark', title: 'Fond sombre' },
        ],
        dynamicTitle: true,
      },
    },
    visitorZone: {
      description: 'Fuseau horaire du visiteur (les widgets suivent celui de la MSP)',
      toolbar: { title: 'Fuseau du visiteur', icon: 'time', items: visitorZones.map(({ value, title }) => ({ value, title })), dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'fr', theme: 'default', visitorZone: 'browser' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
