import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/widgets/src/directory/msp-directory.js';
import '../packages/widgets/src/directory/msp-team.js';
import demo from '../demo/data/directory.json';
import { frenchControls, widgetRows } from './support/controls-fr.js';
import { langControl, storyLang, type StoryLangArg } from './support/lang.js';

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
  lang: StoryLangArg;
  map: boolean;
  'url-state': boolean;
  'structured-data': boolean;
  'heading-level': number;
  'page-size': number;
  'tile-url': string;
  src: string;
  data?: unknown;
}

const args: DirectoryArgs = {
  lang: '',
  map: false,
  'url-state': false,
  'structured-data': false,
  'heading-level': 3,
  'page-size': 20,
  'tile-url': OFFLINE_TILE,
  src: '',
  data: demo,
};

// Every row of the controls and of the Docs table, in French (see support/controls-fr.ts).
const src = [
  'Adresse du fichier JSON de l’annuaire (sur le même site, ou sur un serveur qui l’autorise par CORS)',
  'aucune : data, ou un bloc JSON dans la balise',
] as const;
const rows = widgetRows({
  attributes: {
    src,
    map: ['Ajoute une carte des structures (chargée seulement dans ce cas)', 'non'],
    'url-state': ['Garde la recherche et les filtres dans l’adresse de la page, pour partager une vue', 'non'],
    'structured-data': ['Écrit dans la page les structures lisibles par les moteurs de recherche (schema.org)', 'non'],
    'heading-level': ['Niveau du titre de chaque résultat (1 à 6)', '3'],
    'page-size': ['Nombre de résultats affichés d’abord, puis ajoutés à chaque « Afficher plus »', '20'],
    'tile-url': ['Modèle d’adresse des fonds de carte ; sur un site très visité, respectez les conditions d’usage d’OpenStreetMap', 'les fonds d’OpenStreetMap'],
    'tile-attribution': ['Crédit des fonds de carte, en texte', '© OpenStreetMap contributors'],
    'tile-attribution-url': ['Lien du crédit des fonds de carte', 'la page des droits d’OpenStreetMap'],
  },
  properties: { data: ['L’annuaire déjà lu (objet JSON) au lieu de `src`, vérifié de la même façon', 'aucun'] },
  events: { 'msp-directory-change': 'Après un changement de la recherche ou d’un filtre (effacement compris). `detail` : `{ filters, count }`' },
  cssProperties: {
    '--msp-color-primary': 'Boutons, liens et marqueurs de la carte',
    '--msp-color-surface-alt': 'Badges et fond des filtres',
    '--msp-directory-map-height': 'Hauteur de la carte',
  },
  cssParts: {
    search: 'La zone de recherche (champ et bouton « Autour de moi »)',
    input: 'Le champ de recherche',
    filters: 'Le bloc des filtres',
    status: 'Le nombre de résultats (annoncé aux lecteurs d’écran)',
    list: 'La liste des résultats',
    card: 'Un résultat',
    name: 'Le titre d’un résultat',
    hours: 'Les horaires du jour et l’état (ouvert, fermé) d’un résultat',
    badges: 'Les badges d’un résultat (nouveaux patients, soins non programmés, adhérent, accessibilité)',
    more: 'Le bouton « Afficher … de plus »',
    map: 'Le cadre de la carte (avec `map`)',
    error: 'Le message d’échec et son bouton « Réessayer »',
    note: 'La mention des fiches écartées',
    source: 'D’où viennent les données et leur date de mise à jour',
  },
});

const meta: Meta<DirectoryArgs> = {
  title: 'Widgets/Annuaire',
  component: 'msp-directory',
  // The Docs page's description, in French for federation staff (the class JSDoc, in English, feeds the manifest).
  parameters: { docs: { description: { component: 'L’annuaire des structures d’une région : un champ de recherche (nom, commune, code postal, département ; sans souci des accents, majuscules, tirets et apostrophes), des filtres, « Autour de moi », des fiches avec les horaires du jour, et une carte facultative.' } } },
  args,
  argTypes: frenchControls('msp-directory', rows, args, {
    lang: langControl,
    data: { control: false },
  }),
  render: (args, context) => html`<msp-directory
    lang=${storyLang(args, context)}
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

/** L’annuaire d’une fédération : 28 structures fictives des Hauts-de-France (demo/data/directory.json). */
export const FederationDirectory: Story = { name: 'Annuaire d’une fédération' };

/** Avec la carte (Leaflet, téléchargé dans ce cas seulement). Sur un site, les fonds de carte viennent d’OpenStreetMap, sauf autre adresse dans `tile-url`. */
export const WithMap: Story = { name: 'Avec la carte', args: { map: true } };

/** Une recherche sans résultat : le message le dit, suggère quoi faire et propose de tout effacer. */
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

/** Un annuaire encore vide (une fédération qui prépare son fichier). */
export const Empty: Story = { name: 'Annuaire vide', args: { data: { version: 1, updated: '2026-11-02', structures: [] } } };

/** Pendant l’arrivée des données. */
export const Loading: Story = { name: 'Chargement', args: { src: LOADING } };

/** Les données n’ont pas pu être téléchargées : un message et un bouton « Réessayer ». */
export const LoadError: Story = { name: 'Erreur de chargement', args: { src: FAILING } };

/** En anglais. */
export const English: Story = { name: 'En anglais', args: { lang: 'en' } };

type TeamArgs = { lang: StoryLangArg; 'structure-id': string; src: string };
const teamArgs: TeamArgs = { lang: '', 'structure-id': 'msp-des-dunes', src: '' };
const teamRows = widgetRows({
  attributes: {
    'structure-id': [
      'L’identifiant (`id`) de la maison de santé dans le fichier annuaire, ex. `msp-des-dunes`',
      'aucun : l’équipe n’est pas affichée, sauf si les données n’ont qu’une structure',
    ],
    'heading-level': ['Niveau des titres des professions (1 à 6)', '3'],
    src,
  },
  properties: { data: ['L’annuaire, ou une seule structure, déjà lu (objet JSON) au lieu de `src`', 'aucun'] },
  cssProperties: {
    '--msp-color-primary': 'Boutons de prise de rendez-vous et liens',
    '--msp-color-surface-alt': 'Badges',
  },
  cssParts: {
    filter: 'Le filtre par profession',
    status: 'Le nombre de professionnels affichés (annoncé aux lecteurs d’écran)',
    group: 'Le bloc d’une profession',
    heading: 'Le titre d’une profession',
    member: 'Un professionnel',
    badge: 'Le badge « Accepte de nouveaux patients »',
    error: 'Le message d’échec et son bouton « Réessayer »',
    note: 'Le nombre de professionnels écartés faute de fiche complète',
  },
});

/** L’équipe d’une maison de santé, par profession, avec un filtre par profession (`<msp-team>`). */
export const Team: StoryObj<TeamArgs> = {
  name: 'Équipe d’une MSP',
  args: teamArgs,
  // The rows of <msp-team>, not those of the meta's <msp-directory>.
  argTypes: {
    ...Object.fromEntries(Object.keys(meta.argTypes!).map((key) => [key, { table: { disable: true } }])),
    ...frenchControls('msp-team', teamRows, teamArgs, {
      // Those with a team first; the others say that their team is not listed yet.
      'structure-id': { control: 'select', options: [...demo.structures.filter((s) => 'team' in s), ...demo.structures.filter((s) => !('team' in s))].map((s) => s.id) },
      lang: langControl,
    }),
  },
  render: (args, context) =>
    html`<msp-team lang=${storyLang(args, context)} structure-id=${args['structure-id']} src=${args.src || nothing} .data=${args.src ? undefined : demo}></msp-team>`,
};

/** L’équipe pendant le téléchargement des données. */
export const TeamLoading: StoryObj<TeamArgs> = { ...Team, name: 'Équipe : chargement', args: { ...teamArgs, src: LOADING } };

/** Les données de l’équipe n’ont pas pu être téléchargées : un message et un bouton « Réessayer ». */
export const TeamLoadError: StoryObj<TeamArgs> = { ...Team, name: 'Équipe : erreur de chargement', args: { ...teamArgs, src: FAILING } };

/** Une maison de santé de l’annuaire dont l’équipe n’est pas encore listée. */
export const TeamNotListed: StoryObj<TeamArgs> = { ...Team, name: 'Équipe non listée', args: { ...teamArgs, 'structure-id': 'msp-du-vieux-lille' } };

/** L’équipe en anglais. */
export const TeamEnglish: StoryObj<TeamArgs> = { ...Team, name: 'Équipe en anglais', args: { ...teamArgs, lang: 'en' } };
