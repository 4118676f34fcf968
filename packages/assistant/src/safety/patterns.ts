/**
 * The safety gate's patterns, French and English, on normalised words (see normalize.ts: no
 * accents, apostrophes as spaces). Syntax of `words`: slots separated by spaces, alternatives by
 * `|`, a trailing `*` for a prefix. Consecutive slots may be separated by up to `gap` other words
 * (default 3). Words of 5 letters or more also match with one typo, unless marked `!` (exact only: `crever!` must not
 * match "creer", nor `pendre!` "prendre").
 *
 * Reviewing rule: a missed emergency is worse than a false alarm. Every emergency pattern must be
 * covered by a phrase in test/node/assistant-safety.test.ts.
 */

export type SafetyCategory = 'vital' | 'suicide' | 'medical';

export interface PatternSpec {
  id: string;
  category: SafetyCategory;
  words: string;
  gap?: number;
  /** Only when the message also speaks of the writer or a relative (je, mon, ma, my…). */
  personal?: boolean;
}

const PERSON = 'pere|mere|papa|maman|mari|femme|epoux|epouse|fils|fille|enfant|enfants|bebe|ami|amie|copain|copine|frere|soeur|grand|grandmere|grandpere|voisin|voisine|collegue|patient|patiente|il|elle|he|she|child|baby|son|daughter|husband|wife|friend|mother|father|mum|mom|dad';

export const PATTERNS: readonly PatternSpec[] = [
  // ---- Suicidal thoughts (3114) ----
  { id: 'suicide', category: 'suicide', words: 'suicid*|suicidaire*|suicidal' },
  { id: 'me-tuer', category: 'suicide', words: 'me|m|moi tuer|flinguer|pendre!|suicider', gap: 1 },
  { id: 'me-jeter', category: 'suicide', words: 'me|m jeter|balancer pont|fenetre|train|vide|haut|sous', gap: 3 },
  { id: 'envie-mourir', category: 'suicide', words: 'envie|veux|voudrais|voudrait|souhaite|prefere|prefererais|aimerais|pense|penser|vais mourir|crever!|disparaitre|mort', gap: 3 },
  { id: 'plus-envie-vivre', category: 'suicide', words: 'plus|pas|aucune envie|raison|gout|force vivre|vie', gap: 3 },
  { id: 'marre-vie', category: 'suicide', words: 'marre|fatigue|fatiguee vivre|vie', gap: 3 },
  { id: 'fin-jours', category: 'suicide', words: 'mettre|mets|met fin jours|vie', gap: 4 },
  { id: 'en-finir', category: 'suicide', words: 'en finir', gap: 0 },
  { id: 'idees-noires', category: 'suicide', words: 'idee|idees|pensees|pensee noires|noire|suicidaires|mort', gap: 2 },
  { id: 'me-faire-mal', category: 'suicide', words: 'me|m faire mal', gap: 2 },
  { id: 'scarification', category: 'suicide', words: 'scarifi*|automutil*|mutile!' },
  { id: 'vaut-plus-peine', category: 'suicide', words: 'vaut plus|pas peine vivre', gap: 3 },
  { id: 'en-kill-myself', category: 'suicide', words: 'kill|hurt|harm|hang myself|me', gap: 1 },
  { id: 'en-end-life', category: 'suicide', words: 'end|take my life|lives|it', gap: 1 },
  { id: 'en-want-die', category: 'suicide', words: 'want|wish|going die|dead', gap: 3 },
  { id: 'en-self-harm', category: 'suicide', words: 'self harm|harming|injury', gap: 1 },
  { id: 'en-no-reason-live', category: 'suicide', words: 'no|reason live|living', gap: 3 },

  // ---- Chest pain, heart ----
  { id: 'douleur-poitrine', category: 'vital', words: 'douleur*|douloureu*|mal|serre*|serrement|oppression|poids|brulure|pression|ecrase*|point poitrine|thorax|thoracique*|torax|sternum|coeur', gap: 4 },
  { id: 'douleur-thoracique', category: 'vital', words: 'douleur*|oppression thoracique*', gap: 1 },
  { id: 'crise-cardiaque', category: 'vital', words: 'crise|attaque|arret cardiaque|cardio*', gap: 1 },
  { id: 'infarctus', category: 'vital', words: 'infarctus|infractus|infarctu' },
  { id: 'coeur-arrete', category: 'vital', words: 'coeur arrete|arret|bat|battre', gap: 2 },
  { id: 'en-chest', category: 'vital', words: 'chest pain|pains|tight*|pressure|hurts|hurting|crushing', gap: 3 },
  { id: 'en-heart-attack', category: 'vital', words: 'heart|cardiac attack|arrest', gap: 1 },

  // ---- Breathing ----
  { id: 'plus-respirer', category: 'vital', words: 'plus|pas|mal|difficult*|peine|peu|arrive|peux|peut respir*', gap: 3 },
  { id: 'respire-plus', category: 'vital', words: 'respir* plus|pas|mal|difficilement|difficile|peine|bizarre', gap: 2 },
  { id: 'etouffe', category: 'vital', words: 'etouff*!|asphyxi*|suffoqu*|suffocat*' },
  { id: 'souffle', category: 'vital', words: 'manque|court|perd*|reprendre|coupe souffle|air', gap: 3 },
  { id: 'bleu-levres', category: 'vital', words: 'levres|visage|bebe|enfant devient|devenu|sont|est bleu*|violet*', gap: 3 },
  { id: 'en-breathing', category: 'vital', words: 'not|trouble|difficulty|hard|unable|stopped|stop|no|short|struggling breath*', gap: 3 },
  { id: 'en-choking', category: 'vital', words: 'choking|choke!|chokes!|choked!|suffocat*' },

  // ---- Stroke ----
  { id: 'avc', category: 'vital', words: 'avc|stroke' },
  { id: 'accident-vasculaire', category: 'vital', words: 'accident|attaque vasculaire|cerebral*', gap: 1 },
  { id: 'bouche-travers', category: 'vital', words: 'bouche|visage|figure|levre*|face travers|tordu*|paralys*|deform*!|affaiss*|tombe*|drooping|droop*', gap: 3 },
  { id: 'paralysie', category: 'vital', words: 'paralys*|paraly*|hemipleg*' },
  { id: 'plus-parler-bouger', category: 'vital', words: 'plus|pas|not parler|bouger|lever|articuler|move|speak|talk', gap: 2 },
  { id: 'engourdi', category: 'vital', words: 'bras|jambe|visage|cote|main engourdi*|insensible|inerte|lourd*|numb', gap: 3 },
  { id: 'en-slurred', category: 'vital', words: 'slurred|slurring' },

  // ---- Unconsciousness, seizures ----
  { id: 'inconscient', category: 'vital', words: 'inconscient*|inanime*|evanoui*|evanouissement|unconscious|unresponsive|fainted|collapsed|coma' },
  { id: 'perte-connaissance', category: 'vital', words: 'perdu|perte|perd|perdre|tombe connaissance|conscience|connaisance', gap: 2 },
  { id: 'ne-repond-plus', category: 'vital', words: `${PERSON} repond|reagit|bouge!|bouger!|reveille|respond|responding|wake plus|pas|not|up`, gap: 4 },
  { id: 'convulsions', category: 'vital', words: 'convuls*|convulsion*|seizure*|epilep*' },
  { id: 'passed-out', category: 'vital', words: 'passed|pass out', gap: 0 },

  // ---- Bleeding ----
  { id: 'saigne', category: 'vital', words: 'saign*|hemorrag*|sang beaucoup|abondam*|enormement|fort|partout|arrete|arret*|arreter|flots', gap: 4 },
  { id: 'perd-sang', category: 'vital', words: 'perd|perdu|perte|crache|crachat|vomit|vomi|vomis|plein|flaque sang', gap: 3 },
  { id: 'hemorragie', category: 'vital', words: 'hemorragie|hemoragie|haemorrhage|hemorrhage' },
  { id: 'en-bleeding', category: 'vital', words: 'bleeding|bleed|bleeds|blood heavily|lot|stop|badly|everywhere|much', gap: 3 },

  // ---- Overdose, poisoning ----
  { id: 'overdose', category: 'vital', words: 'overdose*|surdose*|overdosed|od' },
  { id: 'trop-medicaments', category: 'vital', words: 'trop|tout|toute|boite|plaquette medicament*|medocs!|comprime*!|cachet*|pilule*|gelule*|pills|tablets|doliprane|paracetamol|dafalgan|efferalgan|xanax|lexomil|tramadol|somnifere*|insuline|anxiolytique*|antidepresseur*', gap: 3 },
  { id: 'avale-produit', category: 'vital', words: 'avale*|ingere*|bu|boit|swallowed|drank javel|produit*|detergent*|poison*|toxique*|pile|piles|bleach|medicament*|medocs!|cachet*|comprime*!', gap: 4 },
  { id: 'intoxication', category: 'vital', words: 'intoxi*|empoisonn*|poisoned|poisoning' },

  // ---- Allergy, drowning, burns, generic ----
  { id: 'anaphylaxie', category: 'vital', words: 'anaphyla*|oedeme' },
  { id: 'gorge-gonfle', category: 'vital', words: 'gorge|langue|visage|levres|throat|tongue gonfl*|enfl*|swell*|swollen|closing', gap: 3 },
  { id: 'noyade', category: 'vital', words: 'noyade|noye|noyee|drown*' },
  { id: 'electrocution', category: 'vital', words: 'electrocut*|electrise*' },
  { id: 'urgence-vitale', category: 'vital', words: 'urgence vitale', gap: 0 },
  { id: 'une-urgence', category: 'vital', words: 'une|est urgence', gap: 0 },
  { id: 'samu', category: 'vital', words: 'samu|ambulance|911' },
  { id: 'en-emergency', category: 'vital', words: 'an|medical|this emergency', gap: 1 },

  // ---- Medical advice (refused kindly) ----
  {
    id: 'medicament',
    category: 'medical',
    words:
      'doliprane|dafalgan|efferalgan|paracetamol|acetaminophen|tylenol|ibuprofene|ibuprofen|advil!|nurofen|aspirine|aspirin|kardegic|levothyrox|antibiotique*|antibiotic*|amoxicilline|amoxicillin|augmentin|xanax|lexomil|tramadol|codeine|cortisone|corticoide*|ventoline|insuline|metformine|somnifere*|anxiolytique*|antidepresseur*|antidepressant*|antihistaminique*|spasfon|smecta|gaviscon|lamaline|ixprim|opium|morphine|medicament*|medoc*!|comprime*!|cachet*|gelule*|sirop|posologie|dose|doses|dosage|mg|milligramme*|medication*|pills|prescription!',
  },
  { id: 'anti-inflammatoire', category: 'medical', words: 'anti inflammatoire*', gap: 0 },
  {
    id: 'symptome',
    category: 'medical',
    words:
      'symptome*|symptom*|fievre|fievreux|toux|tousse|tousser|cough*|demangeaison*|demange!|eruption|rash|vomi*|vomissement*|diarrhee|nausee*|vertige*|migraine*|fever|headache',
  },
  {
    id: 'maladie-perso',
    category: 'medical',
    words:
      'angine|cystite|otite|rhume|grippe|gastro|eczema|bronchite|infection|infecte!|allergie|allergique|boutons|bouton|rougeur*|plaques|saignement|saignements|sore|temperature',
    personal: true,
  },
  { id: 'mal-a', category: 'medical', words: 'mal|douleur*|douloureu*|pain|ache gorge|tete|ventre|dos|dent|dents|oreille*|genou*|jambe*|pied*|bras|epaule*|estomac|yeux|oeil|nuque|cou|hanche|poignet|cheville|throat|head|stomach|back|tooth|ear', gap: 3 },
  { id: 'j-ai-mal', category: 'medical', words: 'ai|j|have mal|douleur*|pain', gap: 1 },
  { id: 'changer-traitement', category: 'medical', words: 'arret*|arreter|stopper|changer|modifier|doubler|diminuer|baisser|augmenter|sauter|oublie*|reduire|stop|change|double|skip traitement|dose|doses|medicament*|pilule|comprime*|treatment|medication|pill', gap: 3 },
  { id: 'diagnostic', category: 'medical', words: 'diagnostic|diagnostiquer|diagnose|diagnosis', personal: true },
  { id: 'grave', category: 'medical', words: 'est|ce|it|is grave!|inquietant|dangereux|serious|dangerous', gap: 1, personal: true },
  { id: 'vaccin-perso', category: 'medical', words: 'dois|faut|faire|peux|should|need vacciner|vaccin|vaccine|vaccinated|rappel', gap: 3, personal: true },
  { id: 'soigner', category: 'medical', words: 'soigner!|guerir|soulager|calmer|cure', personal: true },
  { id: 'que-faire-maladie', category: 'medical', words: 'diabete|tension!|hypertension|asthme|cholesterol|covid|cancer|depression|anxiete|insomnie|diabetes traitement|soigner!|traiter|que|faire|dois|treatment', gap: 4, personal: true },
];

/** Words that show the message speaks of the writer or a relative. */
export const PERSONAL_WORDS: ReadonlySet<string> = new Set(
  'je j me m moi mon ma mes nous notre nos i my me mine we our'.split(' ').concat(PERSON.split('|')),
);
