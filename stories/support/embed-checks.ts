/**
 * Storybook only: the mistakes the code generator points out before staff copy a snippet, in
 * French, with how to fix them. The widgets themselves stay polite to visitors ("horaires
 * indisponibles") and name the field in the console, which staff do not open.
 */
import { OpeningHoursSyntaxError, parseOpeningHours } from '../../packages/widgets/src/hours/index.js';
import { readEvents } from '../../packages/widgets/src/prevention/events.js';
import { resolveSiteSettings } from '../../packages/widgets/src/site/settings.js';
import { consentText, consentVersion } from '../../packages/widgets/src/newsletter/schema.js';
import { newsletterWords } from '../../packages/widgets/src/newsletter/messages.js';
import { PROVIDERS, providerOfHost, suitsProvider, type NewsletterProvider } from '../../packages/widgets/src/newsletter/providers.js';
import { parseSuggestions } from '../../packages/assistant/src/client/chat.js';

/** A control's value as text (controls give strings, numbers, booleans or lists). */
export const textOf = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/**
 * An address a widget loads or links to: an https URL, or a path on the site (`/api/chat`).
 * `label` names the control. Empty values are left to each widget (most have a default). A `link`
 * (an href, not loaded by the page) may be http://: an https page refuses only to load such files.
 */
export function checkUrl(label: string, value: unknown, { link = false } = {}): string[] {
  const text = textOf(value).trim();
  if (!text) return [];
  // "www.msp.fr/annuaire.json" would be read as a path on the site, not as another site.
  if (/^(www\.|[a-z0-9-]+(\.[a-z0-9-]+)+\/)/i.test(text)) {
    return [`${label} : « ${text} » ne commence pas par https:// — le navigateur le lirait comme une page de votre site. Écrivez https://${text}.`];
  }
  let url: URL;
  try {
    url = new URL(text, 'https://www.votre-site.fr/');
  } catch {
    return [`${label} : « ${text} » n’est pas une adresse web valide.`];
  }
  if (url.protocol === 'http:' && !link) return [`${label} : « ${text} » commence par http:// — un site en https refuserait de le charger. Écrivez https://.`];
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [`${label} : « ${text} » n’est pas une adresse web (elle doit commencer par https:// ou par /).`];
  return [];
}

/** The base address of the CDN files: a full https address (a path would be read on each site). */
export function checkCdnBase(value: unknown): string[] {
  const text = textOf(value).trim();
  if (!text) return ['Adresse des fichiers msp-kit : vide. Remettez l’adresse par défaut (bouton « Réinitialiser » des contrôles).'];
  const problems = checkUrl('Adresse des fichiers msp-kit', text);
  if (problems.length) return problems;
  return text.startsWith('/') ? [] : /^https:\/\//i.test(text) ? [] : ['Adresse des fichiers msp-kit : elle doit commencer par https:// (ou par / sur votre propre site).'];
}

/** What `<msp-site>` says, in French, of a setting it refuses (it then uses its default). */
const SITE_MISTAKES: Record<string, (value: string) => string> = {
  name: () => 'Nom : plus de 300 caractères. Raccourcissez-le.',
  address: () => 'Adresse : plus de 300 caractères. Raccourcissez-la.',
  phone: (value) => `Téléphone : « ${value} » n’est pas un numéro (chiffres, espaces ou points) ; il ne serait pas affiché.`,
  'on-call-number': (value) => `Médecin de garde : « ${value} » n’est pas un numéro (chiffres, espaces ou points) ; le 15 serait affiché à la place.`,
  'time-zone': (value) =>
    `Fuseau horaire : « ${value} » n’est pas un fuseau connu. Écrivez-le comme Europe/Paris ou America/Martinique, ou laissez vide pour celui de la région.`,
  'assistant-endpoint': (value) =>
    `Adresse de l’assistant : « ${value} » doit commencer par https:// ou par / (ex. /api/chat) ; la carte l’ignorerait et l’assistant resterait masqué.`,
};

/**
 * The settings of `<msp-site>` (name, address, phone, on-call number, time zone, assistant
 * endpoint), checked by the rules the element itself applies. Its other settings come from lists.
 */
export function checkSite(settings: Partial<Record<'name' | 'address' | 'phone' | 'onCallNumber' | 'timeZone' | 'assistantEndpoint', unknown>>): string[] {
  const raw = Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, textOf(value)]));
  return resolveSiteSettings(raw).issues.map(({ field }) => {
    const key = field.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    return SITE_MISTAKES[field]?.(raw[key]!.trim()) ?? `${field} : valeur refusée.`;
  });
}

/** What the newsletter widget shows instead of its form when a setting is refused (its own words). */
const MISCONFIGURED = `« ${newsletterWords.misconfigured.replace(/\.$/, '')} »`;
const NO_FORM = `Tel quel, le formulaire ne s’afficherait pas (${MISCONFIGURED}).`;

/** The names of the "Service d’envoi" control's choices. */
const PROVIDER_NAMES: Record<NewsletterProvider, string> = { json: 'Relais du site (json)', mailchimp: 'Mailchimp', brevo: 'Brevo' };

/** The address each provider's form has, to say what to paste instead. */
const PROVIDER_ADDRESSES: Record<NewsletterProvider, string> = {
  json: 'l’adresse du relais de votre site (ex. /api/newsletter)',
  mailchimp: 'l’adresse du formulaire intégré de Mailchimp (https://….list-manage.com/subscribe/post?u=…&id=…)',
  brevo: 'l’adresse de votre formulaire Brevo (https://….sibforms.com/serve/…)',
};

/**
 * The newsletter's address (action) for the chosen provider: a web address, and one that provider
 * can take, by the rule the widget itself applies (`providers.ts`).
 */
export function checkNewsletterAction(provider: unknown, action: unknown): string[] {
  const text = textOf(action).trim();
  if (!text) return [`Adresse d’envoi : vide. Sans elle, le formulaire affiche ${MISCONFIGURED}.`];
  const problems = checkUrl('Adresse d’envoi', text);
  const chosen = textOf(provider) as NewsletterProvider;
  if (problems.length || !PROVIDERS.includes(chosen)) return problems;
  const url = new URL(text, 'https://www.votre-site.fr/');
  if (suitsProvider(chosen, url)) return [];
  // An address on Mailchimp's or Brevo's host can only be that one's: the provider is what to change.
  const owner = providerOfHost(url.hostname);
  const fix =
    owner && owner !== chosen
      ? `c’est l’adresse d’un formulaire ${PROVIDER_NAMES[owner]} : choisissez « ${PROVIDER_NAMES[owner]} » dans « Service d’envoi ».`
      : `collez ${PROVIDER_ADDRESSES[chosen]}, ou choisissez un autre service dans « Service d’envoi ».`;
  return [`Adresse d’envoi : « ${text} » ne convient pas au service d’envoi choisi (${PROVIDER_NAMES[chosen]}) ; ${fix} ${NO_FORM}`];
}

/**
 * The newsletter's consent wording and version, by the rules of the relay's proof of consent: the
 * widget refuses the same ones, and then shows no form at all.
 */
export function checkConsent(text: unknown, version: unknown): string[] {
  return [
    ...(textOf(text) && !consentText.safeParse(textOf(text)).success ? [`Texte de consentement : il doit compter de 10 à 1 000 caractères. ${NO_FORM}`] : []),
    ...(textOf(version) && !consentVersion.safeParse(textOf(version)).success ? [`Version du consentement : 40 caractères au plus. ${NO_FORM}`] : []),
  ];
}

/** Opening hours in the OpenStreetMap syntax: the parser's own French message, with the position. */
export function checkHours(value: unknown): string[] {
  const text = textOf(value);
  if (!text.trim()) return ['Horaires : vides. Écrivez-les, par exemple Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off.'];
  try {
    parseOpeningHours(text);
    return [];
  } catch (error) {
    if (!(error instanceof OpeningHoursSyntaxError)) throw error;
    return [
      `Horaires : ${error.messageFr} (caractère ${error.position + 1}). Tels quels, les visiteurs verraient « Les horaires n’ont pas pu être affichés ». ` +
        'Jours en anglais abrégé (Mo Tu We Th Fr Sa Su, PH pour les jours fériés), heures sur quatre chiffres (08:00-12:00).',
    ];
  }
}

/** The prevention banner's local events, as JSON: each entry the widget would skip, and why. */
export function checkEvents(value: unknown): string[] {
  const text = textOf(value).trim();
  if (!text) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return ['Événements locaux : ce n’est pas du JSON valide (vérifiez les guillemets droits " et les virgules). Aucun événement ne serait affiché.'];
  }
  return readEvents(raw).issues.map((issue) => `Événements locaux : ${issue.replace(/; entry skipped$/, '')} — cet événement ne serait pas affiché.`);
}

/** The assistant's suggested questions: a JSON array of strings, or questions separated by "|". */
export function checkSuggestions(value: unknown): string[] {
  const text = textOf(value).trim();
  if (!text || parseSuggestions(text)) return [];
  return ['Questions proposées : la liste commence par [ mais n’est pas un tableau JSON de textes. Séparez plutôt les questions par | (barre verticale) ; tel quel, l’assistant proposerait ses questions par défaut.'];
}
