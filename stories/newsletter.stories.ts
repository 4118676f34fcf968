import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/widgets/src/site/msp-site.js';
import '../packages/widgets/src/newsletter/msp-newsletter.js';
import type { MspNewsletter } from '../packages/widgets/src/newsletter/msp-newsletter.js';
import { installPreviewEndpoints, previewEndpoint } from './support/preview-endpoints.js';
import { frenchControls, widgetRows } from './support/controls-fr.js';
import { langControl, storyLang, type StoryLangArg } from './support/lang.js';

interface NewsletterArgs {
  provider: 'json' | 'mailchimp' | 'brevo';
  action: string;
  'privacy-url': string;
  organisation: string;
  lang: StoryLangArg;
  'without-first-name': boolean;
}

installPreviewEndpoints();

const args: NewsletterArgs = {
  provider: 'json',
  action: previewEndpoint('ok'),
  'privacy-url': '/confidentialite.html',
  organisation: '',
  lang: '',
  'without-first-name': false,
};

// Every row of the controls and of the Docs table, in French (see support/controls-fr.ts).
const rows = widgetRows({
  attributes: {
    provider: [
      'Où vont les inscriptions : `json` (le relais du site), `mailchimp` ou `brevo`',
      'd’après action : Mailchimp ou Brevo pour leurs adresses, sinon json',
    ],
    action: [
      'L’adresse d’envoi : celle du relais du site pour `json` (ex. `/api/newsletter`), celle du formulaire intégré pour Mailchimp ou Brevo',
      'aucune : « Ce formulaire n’est pas encore configuré »',
    ],
    'privacy-url': ['Lien vers la page de confidentialité du site, dans la notice sous le formulaire', 'pas de lien'],
    organisation: ['Qui envoie la lettre : nommé responsable du traitement dans la notice et dans le consentement', 'le nom de <msp-site>'],
    'consent-text': ['Votre propre texte de consentement, de 10 à 1 000 caractères', 'celui de msp-kit, qui nomme la structure'],
    'consent-version': ['Version du texte de consentement, gardée avec chaque preuve de consentement : à changer quand le texte change', '1'],
    heading: ['Titre du formulaire', 'Recevoir la lettre d’information'],
    'heading-level': ['Niveau du titre (1 à 6), pour s’insérer dans le plan de la page', '2'],
    'without-first-name': ['Masque le champ prénom (facultatif pour les visiteurs)', 'non : le champ est affiché'],
    'first-name-attribute': ['Brevo seulement : l’attribut de contact qui reçoit le prénom (`PRENOM` dans certains comptes français)', 'FIRSTNAME'],
  },
  events: {
    'msp-subscribe': 'Juste avant l’envoi ; `preventDefault()` l’annule. `detail` : `{ provider }`',
    'msp-subscribed': 'Après une inscription acceptée par le service, ou une adresse déjà inscrite (jamais pour un robot). `detail` : `{ provider, confirmed }`',
  },
  cssProperties: {
    '--msp-color-primary': 'Couleur du bouton et de la case à cocher',
    '--msp-color-danger': 'Couleur des erreurs',
    '--msp-color-success': 'Bordure du message de réussite',
  },
  cssParts: {
    base: 'Le bloc entier',
    title: 'Le titre',
    form: 'Le formulaire',
    input: 'Chaque champ de saisie',
    notice: 'La notice d’information (finalité, responsable, durée de conservation, droits)',
    button: 'Le bouton d’inscription',
    error: 'La zone du message d’échec',
    status: 'La zone du message de réussite',
  },
});

const meta: Meta<NewsletterArgs> = {
  title: 'Widgets/Lettre d’information',
  component: 'msp-newsletter',
  // The Docs page's description, in French for federation staff (the class JSDoc, in English, feeds the manifest).
  parameters: { docs: { description: { component: 'Le formulaire d’inscription à la lettre d’information, conforme au RGPD : adresse e-mail, prénom facultatif, consentement explicite ; l’envoi passe par le relais du site, Mailchimp ou Brevo, et rien n’est perdu si le réseau échoue.' } } },
  args,
  argTypes: frenchControls('msp-newsletter', rows, args, {
    provider: { control: 'inline-radio', options: ['json', 'mailchimp', 'brevo'] },
    lang: langControl,
  }),
  render: (args, context) => html`<msp-site name="Fédération des maisons de santé (démo)" lang=${storyLang(args, context)}>
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

/** Le formulaire vide. (Aperçu : les inscriptions reçoivent leur réponse dans Storybook, rien n’est envoyé.) */
export const Default: Story = { name: 'Formulaire' };

/** Envoyé sans cocher la case de consentement. */
export const ConsentMissing: Story = {
  name: 'Consentement manquant',
  play: ({ canvasElement }) => submit(canvasElement, { email: 'camille@exemple.fr' }),
};

/** Une adresse e-mail mal formée. */
export const InvalidEmail: Story = {
  name: 'Adresse invalide',
  play: ({ canvasElement }) => submit(canvasElement, { email: 'camille@', consent: true }),
};

/** En attente de la réponse : le bouton l’indique et ne peut pas envoyer deux fois. */
export const Sending: Story = {
  name: 'Envoi en cours',
  args: { action: previewEndpoint('slow') },
  play: ({ canvasElement }) => submit(canvasElement, { email: 'camille@exemple.fr', consent: true }),
};

/** Le remerciement et l’étape suivante. */
export const Success: Story = {
  name: 'Inscription réussie',
  play: ({ canvasElement }) => submit(canvasElement, { email: 'camille@exemple.fr', consent: true }),
};

/** Le serveur a échoué : le formulaire garde ce qui a été saisi et propose de réessayer. */
export const ServerError: Story = {
  name: 'Erreur du serveur',
  args: { action: previewEndpoint('error') },
  play: ({ canvasElement }) => submit(canvasElement, { email: 'camille@exemple.fr', consent: true }),
};

/** Mailchimp : collez l’adresse de votre formulaire intégré. (Aperçu : l’adresse ci-dessous est un exemple.) */
export const Mailchimp: Story = {
  name: 'Mailchimp',
  args: { provider: 'mailchimp', action: 'https://exemple.us21.list-manage.com/subscribe/post?u=abc123&id=def456' },
};

/** En anglais. */
export const English: Story = { name: 'En anglais', args: { lang: 'en' } };
