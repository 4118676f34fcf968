import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
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
import { checkCdnBase, checkConsent, checkEvents, checkHours, checkNewsletterAction, checkSite, checkSuggestions, checkUrl, textOf } from './support/embed-checks.js';

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

// Controls are shown to federation staff: a French label (the attribute in the description),
// what it does, and what an empty value gives. Grouped: the MSP, the widget, loading the script.
const SITE = 'La maison de santé (réglages communs, <msp-site>)';
const SCRIPT = 'Chargement du script (rarement à modifier)';
const WIDGET = 'Le widget';

interface ControlOptions {
  control?: ArgTypes[string]['control'];
  options?: readonly string[];
  category?: string;
  /** The default shown in the table, when the field is left empty or untouched. */
  empty?: string;
}

/** A control with a French label; `attribute` is what it writes in the code. */
function control(label: string, attribute: string, description: string, { control = 'text', options, category = WIDGET, empty }: ControlOptions = {}) {
  return {
    name: label,
    description: `${description}${attribute ? ` (attribut \`${attribute}\`)` : ''}`,
    control,
    ...(options ? { options } : {}),
    table: { category, ...(empty ? { defaultValue: { summary: empty } } : {}) },
  };
}

const REGIONS = ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte'];
const REGION_LABELS = {
  metropole: 'Métropole',
  'alsace-moselle': 'Alsace-Moselle',
  guadeloupe: 'Guadeloupe',
  martinique: 'Martinique',
  guyane: 'Guyane',
  reunion: 'La Réunion',
  mayotte: 'Mayotte',
};
const HEADING_LEVELS = ['2', '3', '4', '5', '6'];
const headingLevel = (empty: string) =>
  control('Niveau des titres', 'heading-level', 'Pour s’insérer dans le plan de la page : 2 sous le titre principal (h1), 3 sous un intertitre (h2)', {
    control: 'select',
    options: HEADING_LEVELS,
    empty,
  });

/**
 * Réglez un widget avec les contrôles sous l’aperçu, vérifiez l’aperçu, puis copiez le code et
 * envoyez-le au webmestre de la maison de santé. L’aperçu affiche exactement le code copié, sauf
 * pour l’annuaire et l’équipe tant que l’adresse du fichier annuaire n’est pas remplie : il montre
 * alors l’annuaire de démonstration. Une valeur erronée est signalée au-dessus du code.
 */
const meta: Meta<EmbedArgs> = {
  title: 'Intégration/Générateur de code',
  args: {
    name: 'Maison de santé des Dunes',
    address: '12 rue des Oyats, 59140 Dunkerque',
    phone: '03 53 73 00 10',
    region: 'metropole',
    timeZone: '',
    onCallNumber: '',
    lang: 'fr',
    cdnBase: DEFAULT_CDN_BASE,
    classicScript: false,
  },
  argTypes: {
    name: control('Nom', 'name', 'Nom de la maison de santé (ou de la fédération), repris par les widgets', { category: SITE }),
    address: control('Adresse', 'address', 'Adresse postale, sur une ligne', { category: SITE, empty: 'aucune adresse' }),
    phone: control('Téléphone', 'phone', 'Numéro principal, écrit comme il doit s’afficher', { category: SITE, empty: 'aucun numéro' }),
    region: control('Région', 'region', 'Donne les jours fériés, le fuseau horaire et les campagnes de prévention', {
      control: { type: 'select', labels: REGION_LABELS },
      options: REGIONS,
      category: SITE,
      empty: 'Métropole',
    }),
    timeZone: control('Fuseau horaire', 'time-zone', 'Seulement s’il diffère de celui de la région, au format Europe/Paris', {
      category: SITE,
      empty: 'celui de la région',
    }),
    onCallNumber: control('Médecin de garde', 'on-call-number', 'Numéro à appeler hors des horaires d’ouverture', { category: SITE, empty: '15' }),
    lang: control('Langue', 'lang', 'Langue des widgets', {
      control: { type: 'inline-radio', labels: { fr: 'Français', en: 'Anglais' } },
      options: ['fr', 'en'],
      category: SITE,
      empty: 'la langue de la page',
    }),
    cdnBase: control('Adresse des fichiers msp-kit', '', 'Dossier dist/cdn/ d’où le site charge msp-kit. À changer seulement si la maison de santé héberge elle-même ces fichiers', {
      category: SCRIPT,
      empty: 'la version publiée sur jsDelivr',
    }),
    classicScript: control('Script classique', '', 'À activer si le site (certains CMS) refuse les scripts « module ». La carte de l’annuaire n’est alors pas disponible', {
      control: 'boolean',
      category: SCRIPT,
      empty: 'non',
    }),
  },
};
export default meta;

/** A value equal to the element's default is left out of the code, to keep it short. */
const unlessDefault = (value: unknown, fallback: string) => (String(value) === fallback ? '' : value);

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
  /** Mistakes in this widget's controls, said above the code (the shared ones are checked for all). */
  check?: (args: StoryArgs) => string[];
}

/** Mistakes in the controls every story has. */
const checkShared = ({ name, address, phone, onCallNumber, timeZone, cdnBase }: StoryArgs) => [
  ...checkSite({ name, address, phone, onCallNumber, timeZone }),
  ...checkCdnBase(cdnBase),
];

/** A generator story. Its `name` is written beside it: Storybook's index reads names without running the file. */
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
      const problems = [...checkShared(args), ...(options.check?.(args) ?? [])];
      return html`${unsafeHTML(markupOnly(shown))}<msp-embed-code .code=${code} .note=${options.note?.(args) ?? ''} .problems=${problems}></msp-embed-code>`;
    },
  };
}

// <msp-directory> and <msp-team> read the directory file of the site they are pasted into: the
// copied code has a placeholder address to replace, the preview shows Storybook's demo directory.
const directorySrc = control(
  'Fichier annuaire',
  'src',
  `Adresse du fichier JSON de l’annuaire publié sur le site : remplacez ${DIRECTORY_SRC_PLACEHOLDER}. En attendant, l’aperçu montre l’annuaire de démonstration`,
);
const withDemoDirectory = (attributes: EmbedAttributes): EmbedAttributes => ({
  ...attributes,
  src: previewDirectorySrc(textOf(attributes.src), document.baseURI),
});
const directoryNote = (args: StoryArgs) =>
  args.src === DIRECTORY_SRC_PLACEHOLDER
    ? `Remplacez ${DIRECTORY_SRC_PLACEHOLDER} par l’adresse du fichier annuaire publié sur votre site (contrôle « Fichier annuaire »). L’aperçu ci-dessus montre, en attendant, l’annuaire de démonstration.`
    : '';
const checkDirectorySrc = (args: StoryArgs) =>
  textOf(args.src).trim() ? checkUrl('Fichier annuaire', args.src) : ['Fichier annuaire : vide. Écrivez l’adresse du fichier JSON de l’annuaire.'];

/** Les horaires d’ouverture, avec l’état du moment (ouvert, fermé, ouvre dans 20 min) et les numéros utiles hors des horaires. */
export const OpeningHours: Story = {
  name: 'Horaires d’ouverture',
  ...story(
    'msp-opening-hours',
    (args) => ({
      value: args.value,
      label: args.label,
      compact: args.compact,
      'structured-data': args.structuredData,
      'heading-level': unlessDefault(args.headingLevel, '3'),
    }),
    { check: (args) => checkHours(args.value) },
  ),
  args: { value: 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off', label: '', compact: false, structuredData: true, headingLevel: '3' },
  argTypes: {
    value: control(
      'Horaires',
      'value',
      'Syntaxe OpenStreetMap : jours Mo Tu We Th Fr Sa Su (lundi à dimanche), PH les jours fériés, off fermé ; ex. Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off',
    ),
    label: control('Titre', 'label', 'Nom affiché au-dessus des horaires, par exemple « Secrétariat »', { empty: 'pas de titre' }),
    compact: control('Version courte', 'compact', 'Une seule ligne au lieu du tableau de la semaine', { control: 'boolean', empty: 'non' }),
    structuredData: control('Données pour les moteurs de recherche', 'structured-data', 'Horaires lisibles par Google et les autres moteurs (schema.org)', {
      control: 'boolean',
    }),
    headingLevel: headingLevel('3'),
  },
};

/** Le formulaire d’inscription à la lettre d’information, conforme au RGPD. Dans l’aperçu, l’envoi n’aboutit pas : l’adresse d’envoi est celle du site. */
export const Newsletter: Story = {
  name: 'Lettre d’information',
  ...story(
    'msp-newsletter',
    (args) => ({
      provider: args.provider,
      action: args.action,
      'privacy-url': args.privacyUrl,
      organisation: args.organisation,
      heading: args.heading,
      'consent-text': args.consentText,
      'consent-version': unlessDefault(args.consentVersion, '1'),
      'heading-level': unlessDefault(args.headingLevel, '2'),
      'without-first-name': args.withoutFirstName,
      'first-name-attribute': args.provider === 'brevo' ? args.firstNameAttribute : '',
    }),
    {
      check: (args) => [
        ...checkNewsletterAction(args.provider, args.action),
        ...checkUrl('Politique de confidentialité', args.privacyUrl, { link: true }),
        ...checkConsent(args.consentText, args.consentVersion),
      ],
    },
  ),
  args: {
    provider: 'json',
    action: '/api/newsletter',
    privacyUrl: '/confidentialite',
    organisation: '',
    heading: '',
    consentText: '',
    consentVersion: '1',
    withoutFirstName: false,
    firstNameAttribute: '',
    headingLevel: '2',
  },
  argTypes: {
    provider: control('Service d’envoi', 'provider', 'Où vont les inscriptions : le relais du site (json), Mailchimp ou Brevo', {
      control: { type: 'inline-radio', labels: { json: 'Relais du site (json)', mailchimp: 'Mailchimp', brevo: 'Brevo' } },
      options: ['json', 'mailchimp', 'brevo'],
      empty: 'json',
    }),
    action: control('Adresse d’envoi', 'action', 'Le relais du site (ex. /api/newsletter), ou l’adresse du formulaire intégré Mailchimp ou Brevo'),
    privacyUrl: control('Politique de confidentialité', 'privacy-url', 'Lien vers la page de confidentialité du site (ex. /confidentialite)', { empty: 'pas de lien' }),
    organisation: control('Responsable du traitement', 'organisation', 'Qui envoie la lettre, nommé dans le consentement', { empty: 'le nom de la maison de santé' }),
    heading: control('Titre', 'heading', 'Titre du formulaire', { empty: 'Recevoir la lettre d’information' }),
    headingLevel: headingLevel('2'),
    consentText: control('Texte de consentement', 'consent-text', 'Votre propre formulation, de 10 à 1 000 caractères', { empty: 'le texte prévu par msp-kit' }),
    consentVersion: control('Version du consentement', 'consent-version', 'À changer quand le texte de consentement change : elle est gardée avec la preuve du consentement', {
      empty: '1',
    }),
    withoutFirstName: control('Sans le prénom', 'without-first-name', 'Masque le champ prénom (facultatif pour les visiteurs)', { control: 'boolean', empty: 'non' }),
    firstNameAttribute: control('Attribut du prénom (Brevo)', 'first-name-attribute', 'Pour Brevo seulement : PRENOM dans certains comptes français', { empty: 'FIRSTNAME' }),
  },
};

/** `<msp-site>` seul, autour de la page, avec sa carte de coordonnées ; les widgets collés à l’intérieur reprennent ses réglages. */
export const SiteContactCard: Story = {
  name: 'Carte de coordonnées',
  ...story('msp-site', (args) => ({ 'assistant-endpoint': args.assistantEndpoint, 'show-contact': args.showContact }), {
    // The address as a page loads it, then as <msp-site> takes it (no "api/chat" without its /).
    check: (args) => {
      const problems = checkUrl('Adresse de l’assistant', args.assistantEndpoint);
      return problems.length ? problems : checkSite({ assistantEndpoint: args.assistantEndpoint });
    },
  }),
  args: { assistantEndpoint: '', showContact: true },
  argTypes: {
    assistantEndpoint: control('Adresse de l’assistant', 'assistant-endpoint', 'Adresse de l’API de l’assistant, pour un widget assistant placé à l’intérieur', {
      empty: 'aucune',
    }),
    showContact: control('Afficher la carte', 'show-contact', 'Affiche le nom, l’adresse et le téléphone', { control: 'boolean' }),
  },
};

/**
 * L’annuaire d’une fédération. Le code copié lit le fichier annuaire à une adresse provisoire,
 * https://www.votre-site.fr/annuaire.json : remplacez-la par celle de votre fichier (créé avec
 * l’outil d’import FINESS, `msp-kit-finess`, voir le README). L’aperçu montre en attendant
 * l’annuaire de démonstration.
 */
export const Directory: Story = {
  name: 'Annuaire',
  ...story(
    'msp-directory',
    (args) => ({
      src: args.src,
      map: args.map,
      'url-state': args.urlState,
      'structured-data': args.structuredData,
      'heading-level': unlessDefault(args.headingLevel, '3'),
      'page-size': unlessDefault(args.pageSize, '20'),
    }),
    { preview: withDemoDirectory, note: directoryNote, check: checkDirectorySrc },
  ),
  args: { src: DIRECTORY_SRC_PLACEHOLDER, map: false, urlState: false, structuredData: true, headingLevel: '3', pageSize: 20 },
  argTypes: {
    src: directorySrc,
    map: control('Carte', 'map', 'Ajoute une carte des structures (OpenStreetMap)', { control: 'boolean', empty: 'non' }),
    urlState: control('Recherche dans l’adresse', 'url-state', 'Garde la recherche et les filtres dans l’adresse de la page, pour la partager', {
      control: 'boolean',
      empty: 'non',
    }),
    structuredData: control('Données pour les moteurs de recherche', 'structured-data', 'Structures lisibles par Google et les autres moteurs (schema.org)', {
      control: 'boolean',
    }),
    headingLevel: headingLevel('3'),
    pageSize: control('Résultats par page', 'page-size', 'Nombre de structures affichées d’abord, puis à chaque « Afficher plus »', {
      control: { type: 'number', min: 1, max: 200 },
      empty: '20',
    }),
  },
};

/** L’équipe d’une maison de santé, tirée du même fichier annuaire : remplacez aussi l’adresse provisoire. */
export const Team: Story = {
  name: 'Équipe d’une MSP',
  ...story(
    'msp-team',
    (args) => ({ src: args.src, 'structure-id': args.structureId, 'heading-level': unlessDefault(args.headingLevel, '3') }),
    {
      preview: withDemoDirectory,
      note: directoryNote,
      check: (args) => [
        ...checkDirectorySrc(args),
        ...(textOf(args.structureId).trim() ? [] : ['Identifiant de la structure : vide. Écrivez l’identifiant de la maison de santé dans le fichier annuaire.']),
      ],
    },
  ),
  args: { src: DIRECTORY_SRC_PLACEHOLDER, structureId: 'msp-des-dunes', headingLevel: '3' },
  argTypes: {
    src: directorySrc,
    structureId: control('Identifiant de la structure', 'structure-id', 'L’identifiant (champ id) de la maison de santé dans le fichier annuaire, ex. msp-des-dunes'),
    headingLevel: headingLevel('3'),
  },
};

const THEMES = ['vaccination', 'tabac', 'cancers', 'neurosensoriel'];
const THEME_LABELS = { vaccination: 'Vaccination', tabac: 'Tabac', cancers: 'Dépistage des cancers', neurosensoriel: 'Audition et vision des enfants' };
const CAMPAIGN_LABELS = {
  '': 'Selon la date du jour',
  'mois-sans-tabac': 'Mois sans tabac',
  'journee-mondiale-sans-tabac': 'Journée mondiale sans tabac',
  'octobre-rose': 'Octobre rose',
  'mars-bleu': 'Mars bleu',
  'semaine-europeenne-vaccination': 'Semaine européenne de la vaccination',
  'grippe-covid': 'Vaccination grippe et Covid-19',
  'vaccination-college': 'Vaccination au collège',
  'journee-mondiale-audition': 'Journée mondiale de l’audition',
};
/** The themes control gives a list (check boxes); the attribute a space-separated text. */
const themeList = (themes: unknown) => (Array.isArray(themes) ? themes.join(' ') : textOf(themes));

/** Le bandeau des campagnes nationales de prévention du moment, avec les événements de la maison de santé. */
export const PreventionBanner: Story = {
  name: 'Bandeau de prévention',
  ...story(
    'msp-prevention-banner',
    (args) => ({
      themes: themeList(args.themes) === THEMES.join(' ') ? '' : themeList(args.themes),
      campaign: args.campaign,
      evergreen: args.evergreen,
      'only-campaigns': args.onlyCampaigns,
      compact: args.compact,
      persist: unlessDefault(args.persist, 'local'),
      'heading-level': unlessDefault(args.headingLevel, '2'),
      events: textOf(args.events).trim(),
    }),
    {
      check: (args) => [
        ...(themeList(args.themes) ? [] : ['Thèmes : aucun coché. Le bandeau afficherait alors les quatre thèmes ; cochez ceux que vous voulez.']),
        ...checkEvents(args.events),
      ],
    },
  ),
  args: { themes: THEMES, campaign: '', evergreen: '', onlyCampaigns: false, compact: false, persist: 'local', events: '', headingLevel: '2' },
  argTypes: {
    themes: control('Thèmes', 'themes', 'Les thèmes de prévention proposés aux visiteurs', {
      control: { type: 'inline-check', labels: THEME_LABELS },
      options: THEMES,
      empty: 'les quatre',
    }),
    campaign: control('Campagne imposée', 'campaign', 'Affiche toujours cette campagne, quelle que soit la date (pour une page consacrée à un thème)', {
      control: { type: 'select', labels: CAMPAIGN_LABELS },
      options: Object.keys(CAMPAIGN_LABELS),
      empty: 'selon la date du jour',
    }),
    evergreen: control('Thème hors campagne', 'evergreen', 'Le thème du message permanent affiché quand aucune campagne n’a lieu', {
      control: { type: 'select', labels: { '': 'Le premier des thèmes cochés', ...THEME_LABELS } },
      options: ['', ...THEMES],
      empty: 'le premier des thèmes cochés',
    }),
    onlyCampaigns: control('Seulement pendant les campagnes', 'only-campaigns', 'N’affiche rien en dehors des campagnes nationales', { control: 'boolean', empty: 'non' }),
    compact: control('Version courte', 'compact', 'Une seule ligne, pour le haut d’une page', { control: 'boolean', empty: 'non' }),
    persist: control('Messages masqués', 'persist', 'Un visiteur qui masque un message ne le revoit plus (local) ou le revoit à la page suivante (none)', {
      control: { type: 'inline-radio', labels: { local: 'Retenus (local)', none: 'Oubliés (none)' } },
      options: ['local', 'none'],
      empty: 'local',
    }),
    events: control(
      'Événements locaux (JSON)',
      'events',
      'Les actions de la maison de santé, ex. [{"theme": "tabac", "title": "Atelier sevrage", "date": "2026-11-19T18:00", "place": "Salle 2"}]. Les événements passés sont masqués',
      { empty: 'aucun' },
    ),
    headingLevel: headingLevel('2'),
  },
};

/** L’assistant de la fédération : un bouton « Une question ? » qui ouvre la conversation. Dans l’aperçu, l’adresse d’exemple ne répond pas. */
export const Assistant: Story = {
  name: 'Assistant',
  ...story(
    'msp-assistant',
    (args) => ({
      endpoint: args.endpoint,
      mode: unlessDefault(args.mode, 'launcher'),
      position: unlessDefault(args.position, 'bottom-right'),
      heading: args.heading,
      'launcher-label': args.launcherLabel,
      welcome: args.welcome,
      suggestions: args.suggestions,
      'no-persist': args.noPersist,
      'offset-y': args.offsetY,
    }),
    {
      check: (args) => [
        // The code's own <msp-site> has no assistant-endpoint: without this one, nothing shows.
        ...(textOf(args.endpoint).trim()
          ? checkUrl('Adresse de l’assistant', args.endpoint)
          : ['Adresse de l’assistant : vide. Tel quel, l’assistant resterait masqué ; écrivez l’adresse de son API (ex. https://assistant.votre-federation.fr/api/chat).']),
        ...checkSuggestions(args.suggestions),
      ],
    },
  ),
  args: {
    endpoint: 'https://assistant.example.fr/api/chat',
    mode: 'launcher',
    position: 'bottom-right',
    heading: '',
    launcherLabel: '',
    welcome: '',
    suggestions: '',
    noPersist: false,
    offsetY: '',
  },
  argTypes: {
    endpoint: control('Adresse de l’assistant', 'endpoint', 'Adresse de l’API de l’assistant de la fédération', { empty: 'aucune : l’assistant reste masqué' }),
    mode: control('Présentation', 'mode', 'Un bouton en bas de l’écran qui ouvre l’assistant, ou l’assistant directement dans la page (page FAQ)', {
      control: { type: 'inline-radio', labels: { launcher: 'Bouton (launcher)', inline: 'Dans la page (inline)' } },
      options: ['launcher', 'inline'],
      empty: 'bouton',
    }),
    position: control('Coin du bouton', 'position', 'Où se place le bouton', {
      control: { type: 'inline-radio', labels: { 'bottom-right': 'En bas à droite', 'bottom-left': 'En bas à gauche' } },
      options: ['bottom-right', 'bottom-left'],
      empty: 'en bas à droite',
    }),
    launcherLabel: control('Texte du bouton', 'launcher-label', 'Ce qu’affiche le bouton', { empty: 'Une question ?' }),
    heading: control('Titre', 'heading', 'Titre de la fenêtre de l’assistant', { empty: 'Assistant automatique' }),
    welcome: control('Message d’accueil', 'welcome', 'Premier message affiché', { empty: 'ce à quoi l’assistant répond, sans avis médical' }),
    suggestions: control('Questions proposées', 'suggestions', 'Questions séparées par | (barre verticale)', { empty: 'les trois questions par défaut' }),
    noPersist: control('Ne pas garder la conversation', 'no-persist', 'La conversation s’efface quand le visiteur change de page', { control: 'boolean', empty: 'non' }),
    offsetY: control('Hauteur du bouton', 'offset-y', 'Distance au bas de l’écran, pour passer au-dessus d’un bandeau cookies (ex. 6rem)', { empty: '1em' }),
  },
};
