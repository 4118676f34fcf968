import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/widgets/src/directory/msp-directory.js';
import '../packages/widgets/src/directory/msp-team.js';
import demo from '../demo/data/directory.json';

// Storybook runs offline: the map story draws a plain tile of its own rather than OpenStreetMap's
// (set `tile-url` to https://tile.openstreetmap.org/{z}/{x}/{y}.png to see real tiles).
const OFFLINE_TILE = new URL('./directory-tile.svg', import.meta.url).href;

// Two addresses the stories answer themselves, without a server: one that never answers (the
// loading state) and one that fails (the error state, with its retry button).
const LOADING = 'https://annuaire.example/chargement.json';
const FAILING = 'https://annuaire.example/indisponible.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url === LOADING) return new Promise<Response>(() => {});
  if (url === FAILING) return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
  return realFetch(input, init);
};

interface DirectoryArgs {
  lang: 'fr' | 'en';
  map: boolean;
  'url-state': boolean;
  'structured-data': boolean;
  'heading-level': number;
  'page-size': number;
  'tile-url': string;
  src: string;
  data?: unknown;
}

const meta: Meta<DirectoryArgs> = {
  title: 'Widgets/Annuaire',
  component: 'msp-directory',
  args: {
    lang: 'fr',
    map: false,
    'url-state': false,
    'structured-data': false,
    'heading-level': 3,
    'page-size': 20,
    'tile-url': OFFLINE_TILE,
    src: '',
    data: demo,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    data: { control: false },
  },
  render: (args) => html`<msp-directory
    lang=${args.lang}
    ?map=${args.map}
    ?url-state=${args['url-state']}
    ?structured-data=${args['structured-data']}
    heading-level=${args['heading-level']}
    page-size=${args['page-size']}
    tile-url=${args['tile-url'] || nothing}
    src=${args.src || nothing}
    .data=${args.src ? undefined : args.data}
  ></msp-directory>`,
};
export default meta;
type Story = StoryObj<DirectoryArgs>;

/** A federation's directory: 28 fictional structures in Hauts-de-France (demo/data/directory.json). */
export const FederationDirectory: Story = { name: 'Annuaire d’une fédération' };

/** With the map (Leaflet, loaded only then). On a site, tiles come from OpenStreetMap unless `tile-url` says otherwise. */
export const WithMap: Story = { name: 'Avec la carte', args: { map: true } };

/** A search that finds nothing: the status says so, suggests what to do, and offers to clear. */
export const NoResult: Story = {
  name: 'Aucun résultat',
  play: async ({ canvasElement }) => {
    const directory = canvasElement.querySelector('msp-directory')!;
    await directory.updateComplete;
    const input = directory.shadowRoot!.querySelector('input')!;
    input.value = 'Zanzibar';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};

/** A directory with no structure yet (a federation setting up its file). */
export const Empty: Story = { name: 'Annuaire vide', args: { data: { version: 1, updated: '2026-11-02', structures: [] } } };

/** While the data is on its way. */
export const Loading: Story = { name: 'Chargement', args: { src: LOADING } };

/** The data could not be fetched: a message and a retry button. */
export const LoadError: Story = { name: 'Erreur de chargement', args: { src: FAILING } };

/** In English. */
export const English: Story = { name: 'En anglais', args: { lang: 'en' } };

/** One MSP's team, grouped by profession, with a profession filter (`<msp-team>`). */
export const Team: StoryObj<{ lang: 'fr' | 'en'; 'structure-id': string }> = {
  name: 'Équipe d’une MSP',
  args: { lang: 'fr', 'structure-id': 'msp-des-dunes' },
  argTypes: {
    'structure-id': { control: 'select', options: demo.structures.filter((s) => 'team' in s).map((s) => s.id) },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) => html`<msp-team lang=${args.lang} structure-id=${args['structure-id']} .data=${demo}></msp-team>`,
};
