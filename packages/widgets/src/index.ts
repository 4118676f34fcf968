/**
 * @msp-kit/widgets: importing this module defines every msp-kit element (safely, even twice) and
 * exports their classes and the pure helpers they are built on.
 */
export { MspElement } from './shared/msp-element.js';
export { MspWidget } from './shared/msp-widget.js';
export { defineElement } from './shared/define.js';
export { siteContext } from './shared/site-context.js';
export { tokens, hostStyles } from './shared/theme.js';
export { LANGS, DEFAULT_LANG, resolveLang, toLang, defineMessages, type Lang, type Messages } from './shared/i18n.js';
export { REGIONS, defaultTimeZone, isValidTimeZone, type Region } from './shared/regions.js';
export { VERSION } from './shared/version.js';
export * from './site/settings.js';
export { MspSite } from './site/msp-site.js';
export { MspNewsletter, type NewsletterProvider, type NewsletterEventDetail } from './newsletter/msp-newsletter.js';
export * from './newsletter/schema.js';
export * from './newsletter/subscription.js';
export { safeUrl } from './shared/url.js';
export { MspOpeningHours, MspHoursService } from './hours/msp-opening-hours.js';
export * from './hours/index.js';
export { MspDirectory } from './directory/msp-directory.js';
export { MspTeam } from './directory/msp-team.js';
export * from './directory/schema.js';
export { PROFESSIONS, PROFESSION_CODES, professionLabel, type ProfessionCode } from './directory/professions.js';
export { departementName } from './directory/departements.js';
export { normalize, matcher, searchKey } from './directory/search.js';
export { distanceKm, byDistance, type LatLon } from './directory/geo.js';
export { applyFilters, countFilters, facets, hasFilters, NO_FILTERS, type DirectoryFilters } from './directory/filters.js';
export { MspPreventionBanner, type PreventionDismissDetail } from './prevention/msp-prevention-banner.js';
export { CAMPAIGNS } from './prevention/campaigns.js';
export {
  activeCampaigns,
  evergreenFor,
  occurrenceOn,
  occurrenceFor,
  textsOf,
  THEMES as PREVENTION_THEMES,
  type Theme as PreventionTheme,
  type Campaign,
  type ActiveCampaign,
} from './prevention/calendar.js';
export { readEvents, upcomingEvents, type LocalEvent } from './prevention/events.js';
