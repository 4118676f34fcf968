import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/widgets/src/site/msp-site.js';
import '../packages/widgets/src/hours/msp-opening-hours.js';
import { frenchControls, widgetRows } from './support/controls-fr.js';
import { langControl, storyLang, type StoryLangArg } from './support/lang.js';

interface HoursArgs {
  value: string;
  at: string;
  compact: boolean;
  'structured-data': boolean;
  lang: StoryLangArg;
  region: string;
}

const WEEK = 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off';

const args: HoursArgs = { value: WEEK, at: '', compact: false, 'structured-data': false, lang: '', region: 'metropole' };

// Every row of the controls and of the Docs table, in French (see support/controls-fr.ts).
const rows = widgetRows({
  attributes: {
    value: ['Les horaires, en syntaxe OpenStreetMap : `Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off`', 'aucun horaire affiché'],
    label: ['Nom affiché au-dessus des horaires, ex. « Secrétariat »', 'pas de nom'],
    compact: ['Une ligne résumée (« Lun–Ven 08:00–12:00 ») au lieu du tableau de la semaine', 'non : le tableau'],
    'structured-data': ['Écrit dans la page les horaires lisibles par les moteurs de recherche (schema.org)', 'non'],
    'heading-level': ['Niveau des titres des services et de « En dehors des horaires » (1 à 6) ; « Prochainement » prend le niveau suivant', '3'],
    at: ['Montre les horaires à cet instant (ISO 8601, ex. `2026-12-25T10:00+01:00`), pour un aperçu', 'maintenant, mis à jour en direct'],
  },
  properties: { hours: ['Des horaires déjà lus (par `parseOpeningHours`), au lieu de `value`', 'aucun'] },
  slots: { 'closed-help': 'Remplace les conseils affichés hors des horaires (urgences, médecin de garde, pharmacie)' },
  cssProperties: {
    '--msp-color-success': 'Le badge « Ouvert »',
    '--msp-color-danger': 'Le badge « Fermé »',
    '--msp-color-surface-alt': 'Le fond de la ligne du jour',
  },
  cssParts: {
    schedule: 'Le bloc des horaires d’un service (un par service)',
    label: 'Le nom d’un service',
    status: 'La ligne d’état (ouvert, fermé, ouvre dans…)',
    badge: '« Ouvert » ou « Fermé », dans la ligne d’état',
    week: 'Le tableau de la semaine',
    compact: 'Le résumé sur une ligne (avec `compact`)',
    exceptions: 'Les fermetures et les jours particuliers à venir',
    help: 'Les conseils hors des horaires',
    error: 'Le message affiché quand les horaires ne peuvent pas être lus',
  },
});

const meta: Meta<HoursArgs> = {
  title: 'Widgets/Horaires',
  component: 'msp-opening-hours',
  // The Docs page's description, in French for federation staff (the class JSDoc, in English, feeds the manifest).
  parameters: { docs: { description: { component: 'Les horaires d’ouverture (syntaxe OpenStreetMap), avec l’état du moment (ouvert, ferme bientôt, fermé), les jours fériés de la région, les fermetures à venir et les numéros utiles en dehors des horaires.' } } },
  args,
  argTypes: frenchControls('msp-opening-hours', rows, args, {
    at: { control: 'text' },
    lang: langControl,
    region: { control: 'select', options: ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte'] },
  }),
  render: (args, context) => html`<msp-site name="Maison de santé des Dunes" address="12 rue des Oyats, 59140 Dunkerque" region=${args.region} lang=${storyLang(args, context)}>
    <msp-opening-hours
      value=${args.value}
      at=${args.at || nothing}
      ?compact=${args.compact}
      ?structured-data=${args['structured-data']}
    ></msp-opening-hours>
  </msp-site>`,
};
export default meta;
type Story = StoryObj<HoursArgs>;

/** Ouvert, un mercredi matin. */
export const Open: Story = { name: 'Ouvert', args: { at: '2026-06-10T10:00:00+02:00' } };

/** Vingt minutes avant la fermeture : le message décompte les minutes. */
export const ClosingSoon: Story = { name: 'Ferme bientôt', args: { at: '2026-06-10T18:40:00+02:00' } };

/** Fermé le samedi après-midi, avec les numéros à appeler en dehors des horaires. */
export const ClosedWithGuidance: Story = { name: 'Fermé, avec les numéros utiles', args: { at: '2026-06-13T15:00:00+02:00' } };

/** Lundi de Pâques : fermé pour le jour férié, qui est nommé. */
export const PublicHoliday: Story = { name: 'Jour férié', args: { at: '2026-04-06T10:00:00+02:00' } };

/** La semaine de Noël : les jours particuliers à venir sont annoncés. */
export const ComingClosures: Story = {
  name: 'Fermetures à venir',
  args: { value: `${WEEK}; Dec 24,Dec 31 08:00-12:00`, at: '2026-12-21T10:00:00+01:00' },
};

/** Plusieurs services, chacun avec ses horaires et son état. */
export const SeveralServices: Story = {
  name: 'Plusieurs services',
  render: (args) => html`<msp-site name="Maison de santé des Dunes">
    <msp-opening-hours at=${args.at || nothing}>
      <msp-hours-service label="Secrétariat" value=${WEEK}></msp-hours-service>
      <msp-hours-service label="Consultations" value='Mo-Fr 08:30-12:00,14:00-19:00 open "sur rendez-vous"; PH off'></msp-hours-service>
      <msp-hours-service label="Soins non programmés" value="Mo-Fr 17:00-19:00; Sa 09:00-12:00; PH off"></msp-hours-service>
      <msp-hours-service label="Prélèvements" value='Mo-Fr 07:30-09:30 open "sans rendez-vous"; PH off'></msp-hours-service>
    </msp-opening-hours>
  </msp-site>`,
  args: { at: '2026-06-10T08:00:00+02:00' },
};

/** Une ligne au lieu du tableau. */
export const Compact: Story = { name: 'Compact', args: { compact: true, at: '2026-06-10T10:00:00+02:00' } };

/** Écrit dans la page les horaires lisibles par les moteurs de recherche (JSON-LD schema.org, dans le DOM de l’élément, hors de son shadow DOM). */
export const StructuredData: Story = { name: 'Données structurées (schema.org)', args: { 'structured-data': true, at: '2026-06-10T10:00:00+02:00' } };

/** Une faute de frappe dans les horaires : un message courtois, et sa position dans la console. */
export const InvalidValue: Story = { name: 'Horaires invalides', args: { value: 'Mo-Fr 08:00-12:00 oops' } };

/** En anglais. */
export const English: Story = { name: 'En anglais', args: { lang: 'en', at: '2026-06-13T15:00:00+02:00' } };

/** En direct : l’état du moment, mis à jour tout seul au prochain changement. */
export const Live: Story = { name: 'En direct (date du jour)' };
