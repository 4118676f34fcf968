import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../packages/widgets/src/site/msp-site.js';
import '../packages/widgets/src/hours/msp-opening-hours.js';
import '../packages/widgets/src/newsletter/msp-newsletter.js';
import '../packages/widgets/src/directory/msp-directory.js';
import '../packages/widgets/src/directory/msp-team.js';
import '../packages/widgets/src/prevention/msp-prevention-banner.js';
import '../packages/assistant/src/client/msp-assistant.js';
import './support/msp-embed-code.js';
import { DEFAULT_CDN_BASE, embedCode } from './support/embed-code.js';

interface EmbedArgs {
  cdnBase: string;
  classicScript: boolean;
  name: string;
  phone: string;
  region: string;
  lang: 'fr' | 'en';
}

/**
 * Configure a widget with the controls, check the preview, then copy the code into the site.
 * The preview renders the same markup as the copied code (the trusted snippet built from these
 * controls, never from visitors).
 */
const meta: Meta<EmbedArgs> = {
  title: 'Intégration/Générateur de code',
  args: {
    cdnBase: DEFAULT_CDN_BASE,
    classicScript: false,
    name: 'Maison de santé des Dunes',
    phone: '03 28 00 00 00',
    region: 'metropole',
    lang: 'fr',
  },
  argTypes: {
    cdnBase: { control: 'text', description: 'Base URL of the dist/cdn/ folder' },
    classicScript: { control: 'boolean', description: 'Classic script (for CMSs that cannot load modules)' },
    region: { control: 'select', options: ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
};
export default meta;

type Story = StoryObj<EmbedArgs & Record<string, unknown>>;

const site = (args: EmbedArgs) => ({ name: args.name, phone: args.phone, region: args.region, lang: args.lang });
const markupOnly = (code: string) => code.slice(code.indexOf('\n\n') + 2);

function story(tag: string, attributes: (args: EmbedArgs & Record<string, unknown>) => Record<string, unknown>, content?: string): Story {
  return {
    render: (args) => {
      // <msp-site> carries the site settings itself; the other widgets go inside one.
      const own = tag === 'msp-site' ? { ...site(args), ...attributes(args) } : attributes(args);
      const code = embedCode(tag, own as Record<string, string>, {
        cdnBase: args.cdnBase,
        classicScript: args.classicScript,
        site: tag === 'msp-site' ? undefined : site(args),
        content,
      });
      return html`${unsafeHTML(markupOnly(code))}<msp-embed-code .code=${code}></msp-embed-code>`;
    },
  };
}

export const OpeningHours: Story = {
  ...story('msp-opening-hours', (args) => ({ value: args.value, compact: args.compact, 'structured-data': true })),
  args: { value: 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off', compact: false },
};

export const Newsletter: Story = {
  ...story('msp-newsletter', (args) => ({ action: args.action, 'privacy-url': args.privacyUrl, provider: args.provider })),
  args: { action: '/api/newsletter', privacyUrl: '/confidentialite', provider: 'json' },
  argTypes: { provider: { control: 'inline-radio', options: ['json', 'mailchimp', 'brevo'] } },
};

export const SiteContactCard: Story = story('msp-site', () => ({ 'show-contact': true }));

export const Directory: Story = {
  ...story('msp-directory', (args) => ({ src: args.src, map: args.map, 'url-state': args.urlState, 'structured-data': args.structuredData })),
  args: { src: '/demo/data/directory.json', map: false, urlState: false, structuredData: true },
};

export const Team: Story = {
  ...story('msp-team', (args) => ({ src: args.src, 'structure-id': args.structureId })),
  args: { src: '/demo/data/directory.json', structureId: 'msp-des-dunes' },
};

export const PreventionBanner: Story = {
  ...story('msp-prevention-banner', (args) => ({ themes: args.themes, compact: args.compact })),
  args: { themes: 'vaccination tabac cancers neurosensoriel', compact: false },
};

export const Assistant: Story = {
  ...story('msp-assistant', (args) => ({ endpoint: args.endpoint, mode: args.mode })),
  args: { endpoint: 'https://assistant.example.fr/api/chat', mode: 'launcher' },
  argTypes: { mode: { control: 'inline-radio', options: ['launcher', 'inline'] } },
};
