import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/widgets/src/site/msp-site.js';
import { frenchControls } from './support/controls-fr.js';
import { langControl, storyLang, type StoryLangArg } from './support/lang.js';

interface SiteArgs {
  name: string;
  address: string;
  phone: string;
  lang: StoryLangArg;
  region: string;
  'time-zone': string;
  'on-call-number': string;
  'show-contact': boolean;
}

const args: SiteArgs = {
  name: 'Maison de santé des Dunes',
  address: '12 rue des Oyats, 59140 Dunkerque',
  phone: '03 53 73 00 10',
  lang: '',
  region: 'metropole',
  'time-zone': '',
  'on-call-number': '15',
  'show-contact': true,
};

// Every row of the controls and of the Docs table, in French (see support/controls-fr.ts).
const rows = {
  attributes: {
    name: ['Nom de la maison de santé ou de la fédération, repris par les widgets', 'aucun nom'],
    address: ['Adresse postale, sur une ligne', 'aucune adresse'],
    phone: ['Numéro principal, écrit comme il doit s’afficher', 'aucun numéro'],
    'on-call-number': ['Numéro à appeler hors des horaires d’ouverture (116 117 là où l’ARS l’a choisi)', '15'],
    'assistant-endpoint': ['Adresse de l’API de l’assistant, pour les widgets assistant placés à l’intérieur', 'aucune : l’assistant reste masqué'],
    'time-zone': ['Fuseau horaire, au format `Europe/Paris`, seulement s’il diffère de celui de la région', 'celui de la région'],
    region: [
      'Région : jours fériés, fuseau horaire et campagnes de prévention (`metropole`, `alsace-moselle`, `guadeloupe`, `martinique`, `guyane`, `reunion` ou `mayotte`)',
      'metropole',
    ],
    'show-contact': ['Affiche une carte de coordonnées (nom, adresse, téléphone, numéro hors horaires) au-dessus du contenu', 'non'],
    lang: ['Langue des widgets placés à l’intérieur : `fr` ou `en`', 'celle de la page'],
  },
  properties: {
    settings: 'Les réglages que `<msp-site>` transmet aux widgets placés à l’intérieur',
    version: 'La version de msp-kit qui a défini la balise',
    locale: 'La langue dans laquelle la carte s’affiche : son `lang`, sinon celle de la page',
  },
  cssProperties: {
    '--msp-color-primary': 'Liens et accents de tous les widgets',
    '--msp-color-surface': 'Fond des cartes',
    '--msp-color-text': 'Couleur du texte',
    '--msp-color-text-muted': 'Texte secondaire',
    '--msp-color-border': 'Bordures',
    '--msp-radius': 'Arrondi des coins',
    '--msp-font-family': ['Police de tous les widgets', 'celle de la page'],
  },
  cssParts: {
    contact: 'La carte de coordonnées (avec `show-contact`)',
    name: 'Le nom, dans la carte',
    address: 'L’adresse, dans la carte',
    phone: 'Le lien du téléphone, dans la carte',
  },
} as const;

const meta: Meta<SiteArgs> = {
  title: 'Réglages du site/msp-site',
  component: 'msp-site',
  // The Docs page's description, in French for federation staff (the class JSDoc, in English, feeds the manifest).
  parameters: { docs: { description: { component: 'Les réglages communs du site (nom, adresse, téléphone, région, fuseau horaire, langue, couleurs), donnés une fois autour de la page : chaque widget placé à l’intérieur les reprend. Il peut aussi afficher une carte de coordonnées.' } } },
  args,
  argTypes: frenchControls('msp-site', rows, args, {
    lang: langControl,
    region: {
      control: 'select',
      options: ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte'],
    },
  }),
  render: (args, context) => html`<msp-site
    name=${args.name || nothing}
    address=${args.address || nothing}
    phone=${args.phone || nothing}
    lang=${storyLang(args, context)}
    region=${args.region}
    time-zone=${args['time-zone'] || nothing}
    on-call-number=${args['on-call-number'] || nothing}
    ?show-contact=${args['show-contact']}
  >
    <p>Les widgets placés ici reçoivent ces réglages.</p>
  </msp-site>`,
};
export default meta;
type Story = StoryObj<SiteArgs>;

/** La carte de coordonnées, avec les réglages donnés en attributs. */
export const ContactCard: Story = { name: 'Carte de coordonnées' };

/** La même carte en anglais. */
export const English: Story = { name: 'En anglais', args: { lang: 'en' } };

/** Une maison de santé à La Réunion : son fuseau horaire (Indian/Reunion) découle de la région. */
export const Overseas: Story = {
  name: 'Outre-mer',
  args: {
    name: 'Maison de santé du Port',
    address: '3 rue du Marché, 97420 Le Port',
    phone: '02 62 00 00 00',
    region: 'reunion',
  },
};
