import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/widgets/src/site/msp-site.js';
import '../packages/widgets/src/prevention/msp-prevention-banner.js';
import type { LocalEvent } from '../packages/widgets/src/prevention/events.js';
import { frenchControls, widgetRows } from './support/controls-fr.js';
import { langControl, storyLang, type StoryLangArg } from './support/lang.js';

interface PreventionArgs {
  date: string;
  themes: string;
  campaign: string;
  evergreen: string;
  compact: boolean;
  'only-campaigns': boolean;
  lang: StoryLangArg;
  region: string;
  events: LocalEvent[];
}

const THEMES = ['vaccination', 'tabac', 'cancers', 'neurosensoriel'];

const args: PreventionArgs = {
  date: '2026-11-22',
  themes: THEMES.join(' '),
  campaign: '',
  evergreen: '',
  compact: false,
  'only-campaigns': false,
  lang: '',
  region: 'metropole',
  events: [],
};

// Every row of the controls and of the Docs table, in French (see support/controls-fr.ts).
const rows = widgetRows({
  attributes: {
    themes: ['Les thèmes proposés, séparés par des espaces : `vaccination tabac cancers neurosensoriel`', 'les quatre'],
    campaign: [
      'Affiche toujours cette campagne (son identifiant, ex. `mois-sans-tabac`), quelle que soit la date : pour une page consacrée à un thème',
      'selon la date du jour',
    ],
    date: ['Le jour montré (AAAA-MM-JJ), pour un aperçu', 'aujourd’hui, dans le fuseau horaire du site'],
    evergreen: ['Le thème du message permanent, affiché quand aucune campagne n’a lieu', 'le premier des thèmes'],
    'only-campaigns': ['N’affiche rien en dehors des campagnes, plutôt qu’un message permanent', 'non'],
    compact: ['Sur une ligne : pictogramme, titre, lien et boutons', 'non'],
    persist: ['`local` : un message masqué par le visiteur le reste dans ce navigateur ; `none` : il revient à la page suivante', 'local'],
    'heading-level': ['Niveau du titre (1 à 6) ; les événements locaux prennent le niveau suivant', '2'],
    events: ['Les actions de la maison de santé, en JSON : `[{ theme, title, date, place?, url? }]` ; celles qui sont passées sont masquées', 'aucune'],
  },
  events: { 'msp-dismiss': 'Un visiteur a masqué un message ; `preventDefault()` le garde affiché. `detail` : `{ campaign, edition }`' },
  slots: {
    'local-events': 'Votre propre contenu (texte, liens), affiché avec chaque message',
    'local-events-vaccination': 'Le même, avec les messages sur la vaccination seulement',
    'local-events-tabac': 'Le même, avec les messages sur le tabac seulement',
    'local-events-cancers': 'Le même, avec les messages sur le dépistage des cancers seulement',
    'local-events-neurosensoriel': 'Le même, avec les messages sur l’audition et la vision seulement',
  },
  cssProperties: {
    '--msp-prevention-accent': 'Couleur d’accent des campagnes (contraste d’au moins 4,5:1 avec le blanc)',
    '--msp-color-surface': 'Fond sous la teinte d’accent',
    '--msp-color-text': 'Couleur du texte',
    '--msp-radius': 'Arrondi des coins',
  },
  cssParts: {
    banner: 'La zone qui contient le message',
    pictogram: 'Le pictogramme du thème',
    theme: 'Le nom du thème',
    title: 'Le titre de la campagne',
    message: 'Le texte de la campagne',
    audience: 'Les âges concernés',
    cta: 'Le lien vers la ressource officielle',
    phone: 'Le lien vers la ligne d’aide',
    local: 'Les événements de la maison de santé et le contenu placé dans la balise',
    previous: 'Le bouton « message précédent »',
    next: 'Le bouton « message suivant »',
    position: 'La position parmi les messages (« 2 / 3 »)',
    dismiss: 'Le bouton qui masque le message',
    issue: 'Une note sur un réglage invalide',
  },
});

const meta: Meta<PreventionArgs> = {
  title: 'Widgets/Prévention',
  component: 'msp-prevention-banner',
  // The Docs page's description, in French for federation staff (the class JSDoc, in English, feeds the manifest).
  parameters: { docs: { description: { component: 'Le bandeau des campagnes nationales de prévention du moment (vaccination, tabac, dépistage des cancers, audition et vue des enfants), selon la date et la région, avec les événements de la maison de santé.' } } },
  args,
  argTypes: frenchControls('msp-prevention-banner', rows, args, {
    date: { control: 'text' },
    campaign: {
      control: 'select',
      options: [
        '',
        'mois-sans-tabac',
        'journee-mondiale-sans-tabac',
        'octobre-rose',
        'mars-bleu',
        'semaine-europeenne-vaccination',
        'grippe-covid',
        'vaccination-college',
        'journee-mondiale-audition',
      ],
    },
    evergreen: { control: 'select', options: ['', ...THEMES] },
    lang: langControl,
    region: { control: 'select', options: ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte'] },
  }),
  // persist="none": hiding a message in a story does not hide it in the next one.
  render: (args, context) => html`<msp-site name="Maison de santé des Dunes" region=${args.region} lang=${storyLang(args, context)}>
    <msp-prevention-banner
      persist="none"
      date=${ifDefined(args.date || undefined)}
      themes=${args.themes}
      campaign=${ifDefined(args.campaign || undefined)}
      evergreen=${ifDefined(args.evergreen || undefined)}
      ?compact=${args.compact}
      ?only-campaigns=${args['only-campaigns']}
      .events=${args.events}
    ></msp-prevention-banner>
  </msp-site>`,
};
export default meta;
type Story = StoryObj<PreventionArgs>;

/** Le 22 novembre : Mois sans tabac, la vaccination contre la grippe et le Covid-19, et les autorisations de la vaccination au collège. */
export const SeveralActive: Story = { name: 'Plusieurs campagnes en cours' };

/** Mi-octobre : quatre campagnes à la fois, parcourues avec les boutons précédent et suivant (jamais d’elles-mêmes). */
export const FourAtOnce: Story = { name: 'Quatre à la fois', args: { date: '2026-10-15' } };

// One story per campaign, on a day of its own dates.

/** Mois sans tabac, en novembre, avec la ligne Tabac info service. */
export const MoisSansTabac: Story = { name: 'Mois sans tabac', args: { campaign: 'mois-sans-tabac', date: '2026-11-10' } };

/** Le mois des inscriptions au Mois sans tabac, en octobre. */
export const MoisSansTabacInscriptions: Story = { name: 'Mois sans tabac : inscriptions', args: { campaign: 'mois-sans-tabac', date: '2026-10-10' } };

/** La Journée mondiale sans tabac, le 31 mai (affichée dès le 25 mai). */
export const JourneeMondialeSansTabac: Story = { name: 'Journée mondiale sans tabac', args: { campaign: 'journee-mondiale-sans-tabac', date: '2026-05-31' } };

/** Octobre rose : le dépistage du cancer du sein, avec les âges concernés. */
export const OctobreRose: Story = { name: 'Octobre rose', args: { campaign: 'octobre-rose', date: '2026-10-10' } };

/** Mars bleu : le dépistage du cancer colorectal. */
export const MarsBleu: Story = { name: 'Mars bleu', args: { campaign: 'mars-bleu', date: '2026-03-10' } };

/** La Semaine européenne de la vaccination, sept jours à partir du dernier dimanche d’avril. */
export const SemaineEuropeenneVaccination: Story = { name: 'Semaine européenne de la vaccination', args: { campaign: 'semaine-europeenne-vaccination', date: '2026-04-28' } };

/** La campagne commune de vaccination contre la grippe et le Covid-19. */
export const GrippeCovid: Story = { name: 'Grippe et Covid', args: { campaign: 'grippe-covid', date: '2026-11-10' } };

/** La vaccination au collège contre les HPV et les méningocoques ACWY : les séances, de janvier à juin. */
export const VaccinationCollege: Story = { name: 'Vaccination au collège', args: { campaign: 'vaccination-college', date: '2026-02-10' } };

/** La même campagne à l’automne : les parents donnent leur autorisation. */
export const VaccinationCollegeAutorisation: Story = { name: 'Vaccination au collège : autorisation', args: { campaign: 'vaccination-college', date: '2026-10-10' } };

/** La Journée mondiale de l’audition, le 3 mars (la ressource est en anglais, et le bandeau le dit). */
export const JourneeMondialeAudition: Story = { name: 'Journée mondiale de l’audition', args: { campaign: 'journee-mondiale-audition', date: '2026-03-03' } };

// The evergreen message of each theme, when none of its campaigns runs (10 July).

/** La vaccination, toute l’année. */
export const EvergreenVaccination: Story = { name: 'Hors campagne : vaccination', args: { date: '2026-07-10', themes: 'vaccination' } };

/** L’arrêt du tabac, toute l’année. */
export const EvergreenTabac: Story = { name: 'Hors campagne : tabac', args: { date: '2026-07-10', themes: 'tabac' } };

/** Les dépistages organisés des cancers, toute l’année. */
export const EvergreenCancers: Story = { name: 'Hors campagne : cancers', args: { date: '2026-07-10', themes: 'cancers' } };

/** L’audition et la vue des enfants, toute l’année. */
export const EvergreenNeurosensoriel: Story = { name: 'Hors campagne : audition et vision', args: { date: '2026-07-10', themes: 'neurosensoriel' } };

/** Les événements de la maison de santé, donnés en JSON (ceux qui sont passés sont masqués) et en HTML libre dans un slot. */
export const WithLocalEvents: Story = {
  name: 'Avec des événements locaux',
  args: {
    date: '2026-11-10',
    themes: 'tabac',
    events: [
      { theme: 'tabac', title: 'Atelier sevrage tabagique', date: '2026-11-19T18:00', place: 'Salle 2' },
      { theme: 'tabac', title: 'Permanence de la tabacologue', date: '2026-11-26T14:00', place: 'Maison de santé des Dunes', url: '/prevention/tabac' },
      { theme: 'tabac', title: 'Réunion d’information (passée, donc masquée)', date: '2026-11-02' },
    ],
  },
};

/** Du HTML libre dans le slot `local-events`, pour ce que le JSON ne sait pas dire. */
export const WithSlottedEvents: Story = {
  name: 'Avec des événements dans la page',
  args: { date: '2026-10-10', themes: 'cancers' },
  render: (args, context) => html`<msp-site name="Maison de santé des Dunes" lang=${storyLang(args, context)}>
    <msp-prevention-banner persist="none" date=${args.date} themes=${args.themes}>
      <p slot="local-events-cancers">Samedi 17 octobre, 10 h – 12 h : stand Octobre rose au marché, avec les sages-femmes de la maison de santé.</p>
    </msp-prevention-banner>
  </msp-site>`,
};

/** Une ligne, pour le haut d’une page. */
export const Compact: Story = { name: 'Compact', args: { compact: true } };

/** En anglais : les textes des campagnes en anglais ne sont téléchargés que pour les pages en anglais. */
export const English: Story = {
  name: 'En anglais',
  args: {
    lang: 'en',
    events: [{ theme: 'tabac', title: 'Quit-smoking workshop', date: '2026-11-26T18:00', place: 'Room 2' }],
  },
};

/** La Réunion : la campagne contre la grippe y suit d’autres dates, elle n’est donc pas affichée. */
export const LaReunion: Story = { name: 'La Réunion', args: { region: 'reunion' } };

/** Avec `only-campaigns`, rien ne s’affiche un jour sans campagne. */
export const OnlyCampaigns: Story = { name: 'Campagnes seulement', args: { date: '2026-07-10', 'only-campaigns': true } };
