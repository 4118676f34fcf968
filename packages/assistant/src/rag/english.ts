/**
 * English questions on French pages: a message written in English (see {@link isEnglish}) is
 * searched through a small English → French bridge of the domain's words ("join the federation" →
 * "rejoindre la fédération", "health centre" → "maison de santé", "nurse" → "infirmier"). The answer
 * stays the French quote with its citation. Words the bridge does not know are left as they are:
 * "weather" or "restaurant" keep an English question out of the pages' scope, as they would in French.
 */
import { fold } from './french.js';

/** Function words of English that are not French words ("a", "an", "me", "on" are both, so they are not here). */
const ENGLISH_MARKERS = new Set(
  ('the is are was were what how do does did can could would should will which who whom whose where when why there ' +
    'i my you your we our they their it its this that these those with from about for of to in at and or if be been have has ' +
    'many much any some get want need know tell please hello hi thanks thank whats hows im dont doesnt cant isnt')
    .split(' '),
);

/** Words that only French writes: a message that has more of them than English markers is French. */
const FRENCH_MARKERS = new Set(
  ('le la les des du une un et est je tu il elle nous vous ils elles que qui quoi comment combien pourquoi quel quelle ' +
    'quels quelles pour dans pas ne sur avec mon ma mes ce cette ces au aux son sa ses leur ou peut faut sont etre avoir ' +
    'bonjour merci svp')
    .split(' '),
);

/**
 * The language a message is written in, when its words tell: English with at least two English
 * function words and more of them than French ones ("what is a maison de santé"); French with more
 * French words than English ones ("c'est quoi le FIR", "comment adhérer ?"); else `undefined`
 * ("MSP ?").
 */
export function messageLanguage(text: string): 'en' | 'fr' | undefined {
  let english = 0;
  let french = 0;
  for (const word of fold(text).split(/[^a-z0-9]+/)) {
    if (ENGLISH_MARKERS.has(word)) english++;
    else if (FRENCH_MARKERS.has(word)) french++;
  }
  return english >= 2 && english > french ? 'en' : french > english ? 'fr' : undefined;
}

/** Whether a message is written in English (see {@link messageLanguage}). */
export const isEnglish = (text: string): boolean => messageLanguage(text) === 'en';

/**
 * English words and phrases of the federation's subjects, with their French equivalent as the pages
 * write it (a phrase of the synonym table where one exists, so that "become a member" is "devenir
 * membre", the _adhesion concept). An empty translation drops a function word ("the", "how").
 * Keys are folded, lowercase, words separated by one space; plurals in -s / -ies are found from the
 * singular.
 */
const BRIDGE: Readonly<Record<string, string>> = {
  // Health centres and their kinds.
  msp: 'MSP',
  'health centre': 'maison de santé',
  'health center': 'maison de santé',
  'healthcare centre': 'maison de santé',
  'healthcare center': 'maison de santé',
  'medical centre': 'maison de santé',
  'medical center': 'maison de santé',
  'multidisciplinary health centre': 'maison de santé pluriprofessionnelle',
  'multidisciplinary health center': 'maison de santé pluriprofessionnelle',
  'multi professional health centre': 'maison de santé pluriprofessionnelle',
  'multiprofessional health centre': 'maison de santé pluriprofessionnelle',
  'interprofessional health centre': 'maison de santé pluriprofessionnelle',
  'primary care centre': 'maison de santé',
  'primary care center': 'maison de santé',
  'group practice': 'maison de santé',
  'health home': 'maison de santé',
  'health house': 'maison de santé',
  multidisciplinary: 'pluriprofessionnelle',
  'health hub': 'pôle de santé',
  'health pole': 'pôle de santé',
  'health network': 'réseau de santé',
  // A federation calls itself "le réseau" too ("Devenir membre du réseau").
  network: 'réseau',
  'health project': 'projet de santé',
  'healthcare project': 'projet de santé',
  'care project': 'projet de santé',
  'coordinated care': 'exercice coordonné',
  'coordinated practice': 'exercice coordonné',
  'team based care': 'exercice coordonné',
  'primary care': 'soins de premier recours',
  'first line care': 'soins de premier recours',
  'regional health agency': 'agence régionale de santé',
  'regional health authority': 'agence régionale de santé',
  federation: 'fédération',
  // People.
  'health professional': 'professionnel de santé',
  'healthcare professional': 'professionnel de santé',
  'health worker': 'professionnel de santé',
  'healthcare worker': 'professionnel de santé',
  'general practitioner': 'médecin généraliste',
  'family doctor': 'médecin traitant',
  gp: 'médecin généraliste',
  doctor: 'médecin',
  physician: 'médecin',
  nurse: 'infirmier',
  physiotherapist: 'kinésithérapeute',
  physio: 'kiné',
  'physical therapist': 'kinésithérapeute',
  pharmacist: 'pharmacien',
  midwife: 'sage-femme',
  midwives: 'sages-femmes',
  dentist: 'dentiste',
  'speech therapist': 'orthophoniste',
  podiatrist: 'podologue',
  dietitian: 'diététicien',
  dietician: 'diététicien',
  psychologist: 'psychologue',
  specialist: 'spécialiste',
  secretary: 'secrétariat',
  coordinator: 'coordinateur',
  patient: 'patient',
  team: 'équipe',
  colleague: 'collègue',
  'elected official': 'élus',
  mayor: 'maire',
  // Joining, creating, funding.
  join: 'rejoindre',
  joining: 'rejoindre',
  'become a member': 'devenir membre',
  'become member': 'devenir membre',
  member: 'adhérent',
  membership: 'adhésion',
  'membership fee': 'cotisation',
  fee: 'cotisation',
  dues: 'cotisation',
  adhere: 'adhérer',
  create: 'créer',
  creating: 'créer',
  creation: 'création',
  'set up': 'créer',
  set: 'fixer',
  'setting up': 'créer',
  start: 'créer',
  establish: 'créer',
  build: 'construire',
  building: 'bâtiment',
  premises: 'locaux',
  open: 'ouvrir',
  opening: 'ouverture',
  funding: 'financement',
  fund: 'financer',
  funds: 'financement',
  finance: 'financer',
  financing: 'financement',
  grant: 'subvention',
  subsidy: 'subvention',
  subsidise: 'subventionner',
  subsidize: 'subventionner',
  'financial help': 'aide financière',
  'financial aid': 'aide financière',
  'financial support': 'aide financière',
  aid: 'aide',
  help: 'aide',
  support: 'aide',
  cost: 'coût',
  price: 'prix',
  pay: 'payer',
  free: 'gratuit',
  steps: 'démarches',
  procedure: 'démarches',
  // Places.
  'underserved area': 'zone déficitaire',
  'under served area': 'zone déficitaire',
  'medical desert': 'désert médical',
  'shortage area': 'zone déficitaire',
  rural: 'rural',
  countryside: 'campagne',
  village: 'village',
  town: 'commune',
  region: 'région',
  regional: 'régional',
  national: 'national',
  territory: 'territoire',
  area: 'territoire',
  france: 'France',
  'hauts de france': 'Hauts-de-France',
  in: 'à',
  at: 'à',
  // Practice.
  work: 'travailler',
  working: 'travailler',
  practise: 'exercer',
  practice: 'exercice',
  coordination: 'coordination',
  coordinate: 'coordonner',
  tool: 'outils',
  'shared patient record': 'dossier patient partagé',
  'shared record': 'dossier patient partagé',
  'patient record': 'dossier patient',
  'medical record': 'dossier patient',
  'information system': "système d'information",
  software: 'logiciel',
  'user club': 'club utilisateurs',
  telemedicine: 'télémédecine',
  teleconsultation: 'téléconsultation',
  internship: 'stage',
  intern: 'stagiaire',
  trainee: 'stagiaire',
  student: 'stagiaire',
  placement: 'stage',
  training: 'formation',
  // Jobs and the federation's premises, which a federation's pages may speak of.
  job: 'emploi',
  jobs: 'emploi',
  vacancy: 'poste à pourvoir',
  vacancies: 'postes à pourvoir',
  hiring: 'recrutement',
  recruit: 'recruter',
  office: 'bureaux',
  offices: 'bureaux',
  'opening hours': "horaires d'ouverture",
  'opening times': "horaires d'ouverture",
  hours: 'horaires',
  saturday: 'samedi',
  sunday: 'dimanche',
  evening: 'soir',
  weekend: 'week-end',
  appointment: 'rendez-vous',
  'walk in': 'sans rendez-vous',
  'without an appointment': 'sans rendez-vous',
  'without appointment': 'sans rendez-vous',
  consult: 'consulter',
  'see a doctor': 'consulter un médecin',
  // "Can she see the physiotherapist…": to see a health professional is to consult them.
  see: 'consulter',
  care: 'soins',
  healthcare: 'soins',
  health: 'santé',
  // Prevention.
  prevention: 'prévention',
  prevent: 'prévenir',
  screening: 'dépistage',
  vaccination: 'vaccination',
  vaccine: 'vaccination',
  immunisation: 'vaccination',
  immunization: 'vaccination',
  week: 'semaine',
  european: 'européenne',
  breast: 'sein',
  'smoking cessation': 'sevrage tabagique',
  'quit smoking': 'sevrage tabagique',
  'stop smoking': 'sevrage tabagique',
  smoking: 'tabac',
  tobacco: 'tabac',
  cancer: 'cancers',
  hearing: 'audition',
  sight: 'vision',
  child: 'enfant',
  children: 'enfants',
  topic: 'thématiques',
  theme: 'thématiques',
  campaign: 'campagnes',
  'public health': 'santé publique',
  // The federation and its pages.
  newsletter: 'newsletter',
  'mailing list': 'liste de diffusion',
  subscribe: "s'abonner",
  'sign up': "s'inscrire",
  register: "s'inscrire",
  unsubscribe: 'se désabonner',
  contact: 'contacter',
  phone: 'téléphone',
  telephone: 'téléphone',
  'phone number': 'numéro de téléphone',
  email: 'e-mail',
  'e mail': 'e-mail',
  address: 'adresse',
  postal: 'postale',
  president: 'président',
  budget: 'budget',
  staff: 'salariés',
  employee: 'salariés',
  role: 'rôle',
  mission: 'missions',
  goal: 'objectif',
  objective: 'objectif',
  target: 'objectif',
  law: 'loi',
  legal: 'légal',
  figures: 'chiffres',
  statistics: 'statistiques',
  number: 'nombre',
  'how many': 'nombre',
  'how much': 'combien',
  difference: 'différence',
  alone: 'isolé',
  'on my own': 'isolé',
  'solo practice': 'exercice isolé',
  benefit: 'avantages',
  advantage: 'avantages',
  content: 'contenu',
  contain: 'contient',
  include: 'comprend',
  write: 'écrire',
  several: 'plusieurs',
  single: 'unique',
  site: 'sites',
  'several sites': 'plusieurs sites',
  multisite: 'multisite',
};

/** Words a question is made of but that name no subject: dropped from the search. */
const DROPPED = new Set(
  ('the a an is are was were be been am do does did can could would should will shall may might must what how which who ' +
    'whom whose where when why there here it its this that these those i me my you your we us our they them their of to ' +
    'for with from about by on as and or if so also just please hello hi thanks thank any some get got want need know ' +
    'tell explain like s t m re ve ll d im whats hows dont doesnt cant isnt available exist exists possible really ' +
    'something anything someone anyone become becoming mean means what s kind type role between rather than instead ' +
    'very only still even currently now today understand one she he her him his hers though although somewhere ' +
    'anywhere else find since')
    .split(' ')
    .filter((w) => !Object.hasOwn(BRIDGE, w)),
);

const LONGEST_PHRASE = Math.max(...Object.keys(BRIDGE).map((k) => k.split(' ').length));

/** The folded singular of an English word: "centres" → "centre", "subsidies" → "subsidy". */
function singular(word: string): string | undefined {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return undefined;
}

/**
 * The verbs an English -ed or -ing form may come from, most likely first: "created" → create,
 * "funded" → fund, "planned" → plan, "getting" → get, "making" → make, "joining" → join.
 */
function verbBases(word: string): string[] {
  const m = /^([a-z]{2,}?)(ed|ing)$/.exec(word);
  if (!m) return [];
  const base = m[1]!;
  const out = [base, `${base}e`];
  // A doubled last consonant: "planned" → plan, "getting" → get.
  if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.unshift(base.slice(0, -1));
  return out;
}

/** The bridge's French for `words` (own entries only: "constructor" is an English word, not Object's). */
function lookup(words: readonly string[]): string | undefined {
  const key = words.join(' ');
  if (Object.hasOwn(BRIDGE, key)) return BRIDGE[key];
  const last = words.at(-1)!;
  for (const form of [singular(last), ...verbBases(last)]) {
    if (form === undefined) continue;
    const other = [...words.slice(0, -1), form].join(' ');
    if (Object.hasOwn(BRIDGE, other)) return BRIDGE[other];
  }
  return undefined;
}

/** Whether a word is a function word of a question, or a form of one ("getting" is "get"). */
function dropped(word: string): boolean {
  return DROPPED.has(word) || verbBases(word).some((base) => DROPPED.has(base));
}

/**
 * The message with the bridge's English words and phrases in French (longest phrase first) and
 * English function words dropped; other words kept as typed ("Lille", "weather").
 */
export function bridgeToFrench(text: string): string {
  const raw = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const folded = raw.map((w) => fold(w));
  const out: string[] = [];
  let i = 0;
  while (i < raw.length) {
    let matched = false;
    for (let n = Math.min(LONGEST_PHRASE, raw.length - i); n >= 1; n--) {
      const french = lookup(folded.slice(i, i + n));
      if (french === undefined) continue;
      if (french) out.push(french);
      i += n;
      matched = true;
      break;
    }
    if (matched) continue;
    if (!dropped(folded[i]!)) out.push(raw[i]!);
    i++;
  }
  return out.join(' ');
}

/** The text the French search reads: an English message through the bridge, any other as it is. */
export function searchText(text: string): string {
  return isEnglish(text) ? bridgeToFrench(text) : text;
}
