/**
 * National prevention campaigns and the evergreen message of each theme, with their French texts
 * (English ones: campaigns-en.ts). Texts are ours, factual, without medical advice; every fact
 * and date comes from the `source` page and was checked on the `reviewed` day. Yearly review and
 * the sources of each entry: docs/prevention-campaigns.md. Checked by `validateCampaigns`
 * (schema.ts) in the Node tests.
 */
import type { Campaign } from './calendar.js';

const NB = '\u00a0';
const TIS = 'https://www.tabac-info-service.fr/';
const VIS = 'https://vaccination-info-service.fr/';
const REVIEWED = '2026-11-22';
const TEL_FR = `Tabac info service${NB}: 39${NB}89 (appel gratuit)`;

export const CAMPAIGNS: readonly Campaign[] = [
  {
    id: 'mois-sans-tabac',
    theme: 'tabac',
    periods: [{ from: '10-01', to: '10-31', phase: 'inscription' }, { month: 11 }],
    colour: '#9a3c0a',
    url: 'https://mois-sans-tabac.tabac-info-service.fr/',
    phone: `39${NB}89`,
    source: 'https://mois-sans-tabac.tabac-info-service.fr/',
    reviewed: REVIEWED,
    fr: {
      title: 'Mois sans tabac',
      message: 'En novembre, les fumeurs qui le souhaitent arrêtent ensemble, avec l’aide de Tabac info service.',
      cta: 'Participer à Mois sans tabac',
      tel: TEL_FR,
    },
    phases: {
      inscription: {
        title: `Mois sans tabac${NB}: inscriptions ouvertes`,
        message: 'En novembre, les fumeurs arrêtent ensemble. Octobre est le mois pour s’inscrire et s’y préparer.',
        cta: 'S’inscrire à Mois sans tabac',
      },
    },
  },
  {
    id: 'journee-mondiale-sans-tabac',
    theme: 'tabac',
    periods: [{ day: '05-31', lead: 6 }],
    colour: '#9a3c0a',
    url: TIS,
    phone: `39${NB}89`,
    source: 'https://www.who.int/campaigns/world-no-tobacco-day',
    reviewed: REVIEWED,
    fr: {
      title: `31 mai${NB}: Journée mondiale sans tabac`,
      message: 'Chaque 31 mai, l’OMS consacre une journée à la lutte contre le tabac. Tabac info service aide à arrêter de fumer.',
      cta: 'Se faire aider sur tabac-info-service.fr',
      tel: TEL_FR,
    },
  },
  {
    id: 'octobre-rose',
    theme: 'cancers',
    periods: [{ month: 10 }],
    audience: { min: 50, max: 74 },
    colour: '#b0185c',
    url: 'https://www.ameli.fr/assure/sante/assurance-maladie/prevention-depistages/depistages-organises-cancer/depistage-gratuit-50-74-ans',
    source: 'https://www.ameli.fr/assure/sante/assurance-maladie/prevention-depistages/depistages-organises-cancer/depistage-gratuit-50-74-ans',
    reviewed: REVIEWED,
    fr: {
      title: 'Octobre rose',
      message: `Octobre rose invite les femmes au dépistage du cancer du sein${NB}: une mammographie tous les 2${NB}ans.`,
      cta: 'Le dépistage du cancer du sein sur ameli.fr',
    },
  },
  {
    id: 'mars-bleu',
    theme: 'cancers',
    periods: [{ month: 3 }],
    audience: { min: 50, max: 74 },
    colour: '#1b4f9a',
    url: 'https://monkit.depistage-colorectal.fr/',
    source: 'https://monkit.depistage-colorectal.fr/',
    reviewed: REVIEWED,
    fr: {
      title: 'Mars bleu',
      message: `Mars bleu invite au dépistage du cancer colorectal${NB}: un test à faire chez soi tous les 2${NB}ans, remis par le médecin ou le pharmacien, ou commandé en ligne.`,
      cta: 'Commander son kit sur monkit.depistage-colorectal.fr',
    },
  },
  {
    id: 'semaine-europeenne-vaccination',
    theme: 'vaccination',
    // The WHO sets the week each year, "usually the last week of April"; 2025 ran from Sunday 27 April
    // to Saturday 3 May, hence the default: seven days from the last Sunday of April.
    periods: [{ nth: -1, weekday: 0, month: 4, days: 7 }],
    overrides: [{ from: '2025-04-27', to: '2025-05-03' }],
    colour: '#0e6b50',
    url: VIS,
    source: 'https://www.santepubliquefrance.fr/determinants-de-sante/vaccination/semaine-europeenne-de-la-vaccination',
    reviewed: REVIEWED,
    fr: {
      title: 'Semaine européenne de la vaccination',
      message: 'Fin avril, l’occasion de vérifier vos vaccins et ceux de vos proches, à tout âge.',
      cta: 'Les vaccins à chaque âge sur vaccination-info-service.fr',
    },
  },
  {
    id: 'grippe-covid',
    theme: 'vaccination',
    // Default until the season's dates are announced: mid-October to the end of January.
    periods: [{ from: '10-15', to: '01-31' }],
    // 2025-26: from 14 October 2025, planned to 31 January, extended to 28 February 2026.
    overrides: [{ from: '2025-10-14', to: '2026-02-28' }],
    // Mayotte and La Réunion follow other dates (Mayotte from 9 September 2025, La Réunion the austral winter).
    regions: ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane'],
    colour: '#0e6b50',
    url: VIS,
    source: VIS,
    reviewed: REVIEWED,
    fr: {
      title: 'Vaccination contre la grippe et le Covid-19',
      message: 'La campagne commence chaque année à la mi-octobre. Un professionnel de santé peut vous dire si ces vaccins vous sont recommandés.',
      cta: 'La vaccination sur vaccination-info-service.fr',
    },
  },
  {
    id: 'vaccination-college',
    theme: 'vaccination',
    // Parents' consent in the autumn, sessions from January to June (2025-26, the first year with ACWY).
    periods: [{ from: '09-01', to: '12-31', phase: 'autorisation' }, { from: '01-01', to: '06-30' }],
    since: '2025-09-01',
    colour: '#0e6b50',
    url: VIS,
    source: 'https://www.auvergne-rhone-alpes.ars.sante.fr/vaccination-hpv-et-meningocoque-acwy-lancement-de-la-campagne-2025-2026-dans-les-colleges',
    reviewed: REVIEWED,
    fr: {
      title: 'Vaccins HPV et méningocoques au collège',
      message: 'De janvier à juin, les élèves de 5e sont vaccinés au collège contre les HPV et les méningocoques ACWY, avec l’accord des parents. En 4e, 2e dose contre les HPV.',
      cta: 'Les vaccins des adolescents sur vaccination-info-service.fr',
    },
    phases: {
      autorisation: {
        title: `Vaccination au collège${NB}: l’accord des parents`,
        message: 'Les élèves de 5e pourront être vaccinés au collège contre les HPV et les méningocoques ACWY. Les parents donnent leur accord d’ici décembre.',
      },
    },
  },
  {
    id: 'journee-mondiale-audition',
    theme: 'neurosensoriel',
    periods: [{ day: '03-03', lead: 6 }],
    colour: '#0b5f7a',
    url: 'https://www.who.int/campaigns/world-hearing-day',
    urlLang: 'en',
    source: 'https://www.who.int/campaigns/world-hearing-day',
    reviewed: REVIEWED,
    fr: {
      title: `3 mars${NB}: Journée mondiale de l’audition`,
      message: `Chaque 3 mars, l’OMS vous invite à prendre soin de votre audition${NB}: parlez-en à un professionnel de santé.`,
      cta: 'La Journée mondiale de l’audition sur le site de l’OMS (en anglais)',
    },
  },
  {
    id: 'vaccination-a-jour',
    theme: 'vaccination',
    evergreen: true,
    periods: [],
    colour: '#0e6b50',
    url: VIS,
    source: VIS,
    reviewed: REVIEWED,
    fr: {
      title: `Vaccination${NB}: faire le point`,
      message: 'Depuis 2025, les vaccins contre les méningocoques ACWY et B sont obligatoires pour les nourrissons. À tout âge, faites vérifier vos vaccins.',
      cta: 'Le calendrier des vaccinations sur vaccination-info-service.fr',
    },
  },
  {
    id: 'arret-du-tabac',
    theme: 'tabac',
    evergreen: true,
    periods: [],
    colour: '#9a3c0a',
    url: TIS,
    phone: `39${NB}89`,
    source: TIS,
    reviewed: REVIEWED,
    fr: {
      title: 'Arrêter de fumer, avec de l’aide',
      message: 'Tabac info service aide les fumeurs à arrêter. Les substituts nicotiniques sont remboursés sur prescription.',
      cta: 'Se faire aider sur tabac-info-service.fr',
      tel: TEL_FR,
    },
  },
  {
    id: 'depistages-organises',
    theme: 'cancers',
    evergreen: true,
    periods: [],
    colour: '#5d3f94',
    url: 'https://www.e-cancer.fr/',
    source: 'https://www.e-cancer.fr/',
    reviewed: REVIEWED,
    fr: {
      title: 'Les dépistages organisés des cancers',
      message: `Sein et côlon${NB}: de 50 à 74${NB}ans, tous les 2${NB}ans. Col de l’utérus${NB}: de 25 à 65${NB}ans.`,
      cta: 'Les dépistages sur e-cancer.fr (Institut national du cancer)',
    },
  },
  {
    id: 'audition-vue-enfants',
    theme: 'neurosensoriel',
    evergreen: true,
    periods: [],
    colour: '#0b5f7a',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F967',
    source: 'https://www.service-public.fr/particuliers/vosdroits/F967',
    reviewed: REVIEWED,
    fr: {
      title: 'Audition et vue des enfants',
      message: `Dépistage de la surdité à la maternité, puis 20${NB}examens obligatoires jusqu’à 16${NB}ans, vue et audition comprises, pris en charge à 100${NB}%.`,
      cta: 'Les examens obligatoires de l’enfant sur service-public.fr',
    },
  },
];
