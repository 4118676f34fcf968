/**
 * English texts of the prevention campaigns, keyed by campaign id, and `id/phase` for what a
 * phase changes. Loaded only on English pages, so French pages do not download them. Same rules
 * as the French texts in campaigns.ts; `validateCampaigns` checks that both files match.
 */
import type { Translations } from './calendar.js';

const NB = '\u00a0';
const TEL = `Tabac info service: 39${NB}89 (free call)`;

export const CAMPAIGNS_EN: Translations = {
  'mois-sans-tabac': {
    title: 'Mois sans tabac (tobacco-free month)',
    message: 'In November, smokers who wish to quit stop together, with help from Tabac info service.',
    cta: 'Take part in Mois sans tabac (in French)',
    tel: TEL,
  },
  'mois-sans-tabac/inscription': {
    title: 'Mois sans tabac: registration is open',
    message: 'In November, smokers quit together. October is the month to sign up and get ready.',
    cta: 'Sign up for Mois sans tabac (in French)',
  },
  'journee-mondiale-sans-tabac': {
    title: '31 May: World No Tobacco Day',
    message: 'Every 31 May, the WHO devotes a day to tackling tobacco. Tabac info service helps smokers quit.',
    cta: 'Get help on tabac-info-service.fr (in French)',
    tel: TEL,
  },
  'octobre-rose': {
    title: 'Octobre rose (Pink October)',
    message: 'Each October, Octobre rose invites women to breast cancer screening: a mammogram every 2 years.',
    cta: 'Breast cancer screening on ameli.fr (in French)',
  },
  'mars-bleu': {
    title: 'Mars bleu (Blue March)',
    message: 'Each March, Mars bleu invites you to colorectal cancer screening: a home test every 2 years, from your doctor or pharmacist, or ordered online.',
    cta: 'Order a kit on monkit.depistage-colorectal.fr (in French)',
  },
  'semaine-europeenne-vaccination': {
    title: 'European Immunization Week',
    message: 'At the end of April, a chance to check your vaccinations and your family’s, at any age.',
    cta: 'Vaccines at every age on vaccination-info-service.fr (in French)',
  },
  'grippe-covid': {
    title: 'Flu and Covid-19 vaccination',
    message: 'The campaign starts every year in mid-October. A health professional can tell you whether these vaccines are recommended for you.',
    cta: 'Vaccination on vaccination-info-service.fr (in French)',
  },
  'vaccination-college': {
    title: 'HPV and meningococcal vaccination at school',
    message: 'From January to June, pupils in 5e are vaccinated at school against HPV and meningococci ACWY, with their parents’ consent. In 4e, second HPV dose.',
    cta: 'Vaccines for teenagers on vaccination-info-service.fr (in French)',
  },
  'vaccination-college/autorisation': {
    title: 'School vaccination: parents’ consent',
    message: 'Pupils in 5e can be vaccinated at school against HPV and meningococci ACWY. Parents give their consent by December.',
  },
  'journee-mondiale-audition': {
    title: '3 March: World Hearing Day',
    message: 'Every 3 March, the WHO invites everyone to look after their hearing: talk it over with a health professional.',
    cta: 'World Hearing Day on the WHO website',
  },
  'vaccination-a-jour': {
    title: 'Vaccination: check where you stand',
    message: 'Since 2025, vaccines against meningococci ACWY and B are mandatory for infants. At any age, have your vaccinations checked.',
    cta: 'The vaccination schedule on vaccination-info-service.fr (in French)',
  },
  'arret-du-tabac': {
    title: 'Quitting smoking, with support',
    message: 'Tabac info service helps smokers quit. Nicotine substitutes are reimbursed on prescription.',
    cta: 'Get help on tabac-info-service.fr (in French)',
    tel: TEL,
  },
  'depistages-organises': {
    title: 'Organised cancer screening',
    message: 'Breast and colon: from 50 to 74, every 2 years. Cervix: from 25 to 65.',
    cta: 'Screening on e-cancer.fr, the French cancer institute (in French)',
  },
  'audition-vue-enfants': {
    title: 'Children’s hearing and vision',
    message: 'Hearing screening at the maternity unit, then 20 mandatory check-ups up to age 16, including sight and hearing, fully covered.',
    cta: 'Children’s mandatory check-ups on service-public.fr (in French)',
  },
};
