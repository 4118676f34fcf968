import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/widgets/src/site/msp-site.js';
import '../packages/widgets/src/newsletter/msp-newsletter.js';
import type { MspNewsletter } from '../packages/widgets/src/newsletter/msp-newsletter.js';
import { installPreviewEndpoints, previewEndpoint } from './support/preview-endpoints.js';

interface NewsletterArgs {
  provider: 'json' | 'mailchimp' | 'brevo';
  action: string;
  'privacy-url': string;
  organisation: string;
  lang: 'fr' | 'en';
  'without-first-name': boolean;
}

installPreviewEndpoints();

const meta: Meta<NewsletterArgs> = {
  title: 'Widgets/Lettre d’information',
  component: 'msp-newsletter',
  args: {
    provider: 'json',
    action: previewEndpoint('ok'),
    'privacy-url': '/confidentialite.html',
    organisation: '',
    lang: 'fr',
    'without-first-name': false,
  },
  argTypes: {
    provider: { control: 'inline-radio', options: ['json', 'mailchimp', 'brevo'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) => html`<msp-site name="Fédération des maisons de santé (démo)" lang=${args.lang}>
    <msp-newsletter
      provider=${args.provider}
      action=${args.action || nothing}
      privacy-url=${args['privacy-url'] || nothing}
      organisation=${args.organisation || nothing}
      ?without-first-name=${args['without-first-name']}
    ></msp-newsletter>
  </msp-site>`,
};
export default meta;
type Story = StoryObj<NewsletterArgs>;

/** Fills the form and submits it, as a person would. */
async function submit(canvas: HTMLElement, values: { email?: string; consent?: boolean }) {
  const el = canvas.querySelector<MspNewsletter>('msp-newsletter')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>('#email')!.value = values.email ?? '';
  root.querySelector<HTMLInputElement>('#consent')!.checked = values.consent ?? false;
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await el.updateComplete;
}

/** The empty form. (Preview: sign-ups are answered inside Storybook, nothing is sent.) */
export const Default: Story = { name: 'Formulaire' };

/** Sent without ticking the consent box. */
export const ConsentMissing: Story = {
  name: 'Consentement manquant',
  play: ({ canvasElement }) => submit(canvasElement, { email: 'camille@exemple.fr' }),
};

/** An address that is not one. */
export const InvalidEmail: Story = {
  name: 'Adresse invalide',
  play: ({ canvasElement }) => submit(canvasElement, { email: 'camille@', consent: true }),
};

/** Waiting for the answer: the button says so and cannot send twice. */
export const Sending: Story = {
  name: 'Envoi en cours',
  args: { action: previewEndpoint('slow') },
  play: ({ canvasElement }) => submit(canvasElement, { email: 'camille@exemple.fr', consent: true }),
};

/** Thank-you and the next step. */
export const Success: Story = {
  name: 'Inscription réussie',
  play: ({ canvasElement }) => submit(canvasElement, { email: 'camille@exemple.fr', consent: true }),
};

/** The server failed: the form keeps what was typed and offers to try again. */
export const ServerError: Story = {
  name: 'Erreur du serveur',
  args: { action: previewEndpoint('error') },
  play: ({ canvasElement }) => submit(canvasElement, { email: 'camille@exemple.fr', consent: true }),
};

/** Mailchimp: paste your embedded form's URL. (Preview: the URL below is an example.) */
export const Mailchimp: Story = {
  name: 'Mailchimp',
  args: { provider: 'mailchimp', action: 'https://exemple.us21.list-manage.com/subscribe/post?u=abc123&id=def456' },
};

/** In English. */
export const English: Story = { name: 'En anglais', args: { lang: 'en' } };
