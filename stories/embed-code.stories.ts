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
import { DEFAULT_CDN_BASE, DIRECTORY_SRC_PLACEHOLDER, embedCode, previewDirectorySrc, type EmbedAttributes } from './support/embed-code.js';

/** The controls every snippet has: where the bundle is, and the settings of the wrapping `<msp-site>`. */
interface EmbedArgs {
  cdnBase: string;
  classicScript: boolean;
  name: string;
  address: string;
  phone: string;
  region: string;
  timeZone: string;
  onCallNumber: string;
  lang: 'fr' | 'en';
}

/**
 * Configure a widget with the controls, check the preview, then copy the code into the site.
 * The preview renders the same markup as the copied code (the trusted snippet built from these
 * controls, never from visitors), except the directory file: the copied code has a placeholder
 * address to replace, the preview Storybook's demo directory.
 */
const meta: Meta<EmbedArgs> = {
  title: 'Intégration/Générateur de code',
  args: {
    cdnBase: DEFAULT_CDN_BASE,
    classicScript: false,
    name: 'Maison de santé des Dunes',
    address: '12 rue des Oyats, 59140 Dunkerque',
    phone: '03 53 73 00 10',
    region: 'metropole',
    timeZone: '',
    onCallNumber: '',
    lang: 'fr',
  },
  argTypes: {
    cdnBase: { control: 'text', description: 'Base URL of the dist/cdn/ folder' },
    classicScript: { control: 'boolean', description: 'Classic script (for CMSs that cannot load modules)' },
    address: { control: 'text', description: 'Postal address, on one line (`address`)' },
    region: { control: 'select', options: ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte'] },
    timeZone: { control: 'text', description: 'IANA time zone such as Europe/Paris (`time-zone`); empty for the region’s' },
    onCallNumber: { control: 'text', description: 'Out-of-hours GP line (`on-call-number`); empty for 15' },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
};
export default meta;

/** The shared controls and each story's own. */
type StoryArgs = EmbedArgs & Record<string, unknown>;
type Story = StoryObj<StoryArgs>;

/** The `<msp-site>` settings, as attributes (empty ones are left out of the code). */
const site = (args: EmbedArgs): EmbedAttributes => ({
  name: args.name,
  address: args.address,
  phone: args.phone,
  region: args.region,
  'time-zone': args.timeZone,
  'on-call-number': args.onCallNumber,
  lang: args.lang,
});
const markupOnly = (code: string) => code.slice(code.indexOf('\n\n') + 2);

interface StoryOptions {
  /** Markup placed inside the element. */
  content?: string;
  /** The attributes the preview renders instead of the copied ones (by default the same). */
  preview?: (attributes: EmbedAttributes) => EmbedAttributes;
  /** What to change in the copied code before pasting it, said above it (nothing when empty). */
  note?: (args: StoryArgs) => string;
}

function story(tag: string, attributes: (args: StoryArgs) => Record<string, unknown>, options: StoryOptions = {}): Story {
  return {
    render: (args) => {
      // <msp-site> carries the site settings itself; the other widgets go inside one.
      const own = (tag === 'msp-site' ? { ...site(args), ...attributes(args) } : attributes(args)) as EmbedAttributes;
      const snippet = (values: EmbedAttributes) =>
        embedCode(tag, values, {
          cdnBase: args.cdnBase,
          classicScript: args.classicScript,
          site: tag === 'msp-site' ? undefined : site(args),
          content: options.content,
        });
      const code = snippet(own);
      const shown = options.preview ? snippet(options.preview(own)) : code;
      return html`${unsafeHTML(markupOnly(shown))}<msp-embed-code .code=${code} .note=${options.note?.(args) ?? ''}></msp-embed-code>`;
    },
  };
}

// <msp-directory> and <msp-team> read the directory file of the site they are pasted into: the
// copied code has a placeholder address to replace, the preview shows Storybook's demo directory.
const directorySrc = {
  control: 'text',
  description: `Address of the directory JSON file on your site (\`src\`): replace ${DIRECTORY_SRC_PLACEHOLDER}. Until then, the preview shows Storybook’s demo directory`,
} as const;
const withDemoDirectory = (attributes: EmbedAttributes): EmbedAttributes => ({
  ...attributes,
  src: previewDirectorySrc(String(attributes.src ?? ''), document.baseURI),
});
const directoryNote = (args: StoryArgs) =>
  args.src === DIRECTORY_SRC_PLACEHOLDER
    ? `Remplacez ${DIRECTORY_SRC_PLACEHOLDER} par l’adresse du fichier annuaire publié sur votre site (contrôle « src »). L’aperçu ci-dessus montre, en attendant, l’annuaire de démonstration.`
    : '';

export const OpeningHours: Story = {
  ...story('msp-opening-hours', (args) => ({ value: args.value, compact: args.compact, 'structured-data': true })),
  args: { value: 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off', compact: false },
};

export const Newsletter: Story = {
  ...story('msp-newsletter', (args) => ({ action: args.action, 'privacy-url': args.privacyUrl, provider: args.provider })),
  args: { action: '/api/newsletter', privacyUrl: '/confidentialite', provider: 'json' },
  argTypes: { provider: { control: 'inline-radio', options: ['json', 'mailchimp', 'brevo'] } },
};

/** `<msp-site>` on its own, around the page, with its contact card; widgets pasted inside read its settings. */
export const SiteContactCard: Story = {
  ...story('msp-site', (args) => ({ 'assistant-endpoint': args.assistantEndpoint, 'show-contact': true })),
  args: { assistantEndpoint: '' },
  argTypes: { assistantEndpoint: { control: 'text', description: 'URL of the assistant’s chat API (`assistant-endpoint`), for an <msp-assistant> inside' } },
};

/**
 * A federation's directory. The copied code reads the directory file at a placeholder address,
 * https://www.votre-site.fr/annuaire.json: replace it with your file's (made with the FINESS importer, `msp-kit-finess`,
 * see the README). The preview shows Storybook's demo directory meanwhile.
 */
export const Directory: Story = {
  ...story('msp-directory', (args) => ({ src: args.src, map: args.map, 'url-state': args.urlState, 'structured-data': args.structuredData }), {
    preview: withDemoDirectory,
    note: directoryNote,
  }),
  args: { src: DIRECTORY_SRC_PLACEHOLDER, map: false, urlState: false, structuredData: true },
  argTypes: { src: directorySrc },
};

/** One MSP's team, from the same directory file as the directory: replace the placeholder address too. */
export const Team: Story = {
  ...story('msp-team', (args) => ({ src: args.src, 'structure-id': args.structureId }), { preview: withDemoDirectory, note: directoryNote }),
  args: { src: DIRECTORY_SRC_PLACEHOLDER, structureId: 'msp-des-dunes' },
  argTypes: { src: directorySrc },
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
