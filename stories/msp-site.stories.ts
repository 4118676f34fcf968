import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/widgets/src/site/msp-site.js';

interface SiteArgs {
  name: string;
  address: string;
  phone: string;
  lang: 'fr' | 'en';
  region: string;
  'time-zone': string;
  'on-call-number': string;
  'show-contact': boolean;
}

const meta: Meta<SiteArgs> = {
  title: 'Réglages du site/msp-site',
  component: 'msp-site',
  args: {
    name: 'Maison de santé des Dunes',
    address: '12 rue des Oyats, 59140 Dunkerque',
    phone: '03 53 73 00 10',
    lang: 'fr',
    region: 'metropole',
    'time-zone': '',
    'on-call-number': '15',
    'show-contact': true,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    region: {
      control: 'select',
      options: ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte'],
    },
  },
  render: (args) => html`<msp-site
    name=${args.name || nothing}
    address=${args.address || nothing}
    phone=${args.phone || nothing}
    lang=${args.lang}
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

/** The contact card, with the settings given as attributes. */
export const ContactCard: Story = { name: 'Carte de coordonnées' };

/** The same card in English. */
export const English: Story = { name: 'En anglais', args: { lang: 'en' } };

/** An MSP in La Réunion: its own time zone (Indian/Reunion) follows from the region. */
export const Overseas: Story = {
  name: 'Outre-mer',
  args: {
    name: 'Maison de santé du Port',
    address: '3 rue du Marché, 97420 Le Port',
    phone: '02 62 00 00 00',
    region: 'reunion',
  },
};
