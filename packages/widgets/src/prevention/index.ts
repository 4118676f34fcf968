/**
 * `@msp-kit/widgets/prevention`: the national prevention calendar without the element, for a
 * federation's own pages, a server or a script. Pure: no DOM.
 *
 * @example
 * activeCampaigns(new Date(), { campaigns: CAMPAIGNS, themes: ['tabac'], timeZone: 'Europe/Paris' })
 *   .map((a) => textsOf(a).title); // in November: ['Mois sans tabac']
 */
export { CAMPAIGNS } from './campaigns.js';
export { CAMPAIGNS_EN } from './campaigns-en.js';
export {
  THEMES,
  activeCampaigns,
  dayInZone,
  evergreenFor,
  isIsoDate,
  occurrenceFor,
  occurrenceOn,
  ruleOccurrence,
  textsOf,
  type ActiveCampaign,
  type CalendarOptions,
  type Campaign,
  type IsoDate,
  type MonthDay,
  type Override,
  type Period,
  type PhaseTexts,
  type Rule,
  type Texts,
  type Theme,
  type Translations,
} from './calendar.js';
export { eventDay, localEventSchema, readEvents, upcomingEvents, type EventsResult, type LocalEvent } from './events.js';
export { campaignSchema, campaignsSchema, contrast, textsSchema, tint, validateCampaigns } from './schema.js';
