/**
 * The safety gate's patterns, French and English, on normalised words (see normalize.ts: no
 * accents, apostrophes as spaces). Syntax of `words`: slots separated by spaces, alternatives by
 * `|`, a trailing `*` for a prefix. Consecutive slots may be separated by up to `gap` other words
 * (default 3). Words of 5 letters or more also match with one typo, unless marked `!` (exact only: `crever!` must not
 * match "creer", nor `pendre!` "prendre"). `#` stands for a count of 5 or more ("20 comprimés"; a dose
 * such as "20 mg" is not a count, see gate.ts).
 *
 * Reviewing rule: a missed emergency is worse than a false alarm. Every emergency pattern must be
 * covered by a phrase in test/node/assistant-safety.test.ts.
 */

/** `violence`: an emergency that also gets the lines for victims of violence (3919, 119, 17). */
export type SafetyCategory = 'vital' | 'suicide' | 'violence' | 'medical';

export interface PatternSpec {
  id: string;
  category: SafetyCategory;
  words: string;
  gap?: number;
  /** Only when the message also speaks of the writer or a relative (je, mon, ma, my…). */
  personal?: boolean;
  /**
   * Words (same syntax, always exact) that, anywhere in the message, show another sense: "elle ne
   * répond pas" after an e-mail to the federation, "j'ai mal compris". Never on a suicide pattern.
   */
  unless?: string;
  /**
   * What may come right after the pattern's last word ("depuis ce matin", "du tout"; same syntax as
   * `words`, exact words, no gap): the pattern matches there, or where a clause or the message ends,
   * and nowhere else. "il parle plus" and "il parle plus, il bave", not "il parle plus fort".
   */
  endsOr?: string[];
  /**
   * Words (exact) that, right after the pattern's last word in the same clause, show another sense:
   * "il ne parle plus que le portugais", "elle ne parle plus à son frère". Unlike `unless`, a word
   * elsewhere in the message changes nothing ("il ne parle plus, vite !").
   */
  notThen?: string;
  /** How many words after the pattern's last one `notThen` looks at, in the same clause (default 1). */
  thenWithin?: number;
  /**
   * Words (exact) that, right before the pattern's first word in the same clause, show another
   * sense: "il n'arrête pas de parler de la MSP", "ça me fait mal au cœur de voir ça".
   */
  notAfter?: string;
  /**
   * The name of a subject a health team works on (suicide, AVC, overdose…): not counted in a
   * message about a team's or a public-health project that names no one (TEAM_WORDS and
   * PROJECT_WORDS, no PERSONAL_WORDS nor HAPPENING_WORDS; see checkSafety): "prévention du suicide
   * en MSP", "un projet sur les AVC dans le territoire". A message
   * with je, mon, il… still counts: "je pense au suicide, notre MSP a-t-elle un programme ?".
   */
  topic?: boolean;
}

/** Medicines and what holds them, for the overdose patterns. */
const PILLS =
  'medicament*|medocs!|medoc!|comprime*!|cachet*|pilule*|gelule*|pills!|tablets|doliprane*|paracetamol|dafalgan|efferalgan|xanax|lexomil|tramadol|somnifere*|insuline|anxiolytique*|antidepresseur*|plaquette*|boite|boites';
/** Medicines taken, for pills taken on purpose: {@link PILLS} without the boxes ("la boîte d'archives en exprès"). */
const PILLS_TAKEN = PILLS.split('|').filter((w) => !/^(?:boite|boites|plaquette)/.test(w)).join('|');
/** Counts written as words ("une vingtaine de cachets"); `#` is a count in digits. */
const COUNT = '#|dix|douze|quinze|vingt|trente|quarante|cinquante|cent|dizaine*|douzaine*|quinzaine*|vingtaine*|trentaine*';
/**
 * Words of a mail, a letter or an institution that gets no answer: "elle ne répond pas" is then no
 * emergency. Not "téléphone", nor a profession: "mon père ne répond pas au téléphone", "il ne répond
 * plus, j'ai appelé le médecin" stay emergencies.
 */
const CORRESPONDENCE =
  'mail|mails|email*|mel|courriel*|courrier*|lettre|lettres|message|messages|sms|ecrit|federation|femas|secretariat|mairie|ars|cpam|candidature|dossier|formulaire|relance*|msp|msps|standard|repondeur';
/**
 * After "j'ai mal" or "j'ai du mal à", words that make it no pain: "j'ai mal compris", "mal rempli",
 * "j'ai du mal à comprendre le projet de santé".
 */
const NOT_PAIN =
  'compris|comprise|rempli|remplie|lu|lue|renseigne|saisi|tape|redige|formule|exprime|orthographie|prononce|interprete|recopie|coche|clique|calcule|traduit|note|dormi|vecu|' +
  'comprendre|trouver|remplir|lire|joindre|contacter|acceder|choisir|suivre|expliquer|ecrire|naviguer|telecharger|recruter|financer|organiser|convaincre|parler';
/** "elle ne sait plus où elle est avec tous ces dossiers": lost in work, not confused. */
const LOST_IN_WORK =
  'dossier|dossiers|papiers|demarches|travail|boulot|projet|reunion|reunions|formulaire|formulaires|planning|taches|mails|deborde|debordee';
/**
 * What a blood test measures, for the test-result patterns. Not "plaquettes" (a team's leaflets
 * too); "INR" only with a figure or a level ("INR results go to the nurse" is a team's protocol).
 */
const ANALYTES =
  'glycemie|ferritine|ferritin|vitamine|vitamines|vitamin|vitamins|hemoglobine|hemoglobin|haemoglobin|creatinine|tsh|psa|crp|hba1c|triglycerides|platelets|cholesterol|globules|leucocytes|sodium|potassium|creat!|egfr|dfg|nitrites|transaminases|asat|alat|igg|igm';
/** Everyday ailments, for `maladie-perso` (someone's) and, through `REMEDIED`, `que-prendre` (no one named). */
const AILMENTS =
  'angine|cystite|otite|rhume|grippe|gastro|eczema|bronchite|infection|infecte!|allergie|allergique|boutons|bouton|rougeur*|plaques|saignement|saignements|sore|temperature|brulure*|boule!|bosse!|grosseur|kyste!|kystes!|ganglion*|poux|verrue*|mycose*|herpes|acne|piqure*|morsure*|entorse*|coupure*|plaie|plaies|varicelle|alzheimer|parkinson|apnee*|lyme|tique|tiques|reflux|heartburn|mole|moles|melanome|melanoma|prediabete*|prediabetes|intolerance*|gluten|lactose|tendinite*|aphte*|acouphene*|tinnitus|cyst|cysts|nodule|nodules|sprain*|menopause|menopausal|bouffees|sweats';
/** Ailments that are treated for years, for `faut-il-traiter` and `traiter-condition`. */
const CONDITIONS =
  'diabete|prediabete*|prediabetes|diabetes|hypertension|asthme|asthma|cholesterol|hypothyroidie|thyroide|osteoporose|arthrose|migraine*|insomnie|depression|anxiete|apnee*|reflux|eczema|psoriasis|begaie|begaiement|begayer';
/** Pregnancy and work, a meeting or a team: "je peux venir à l'AG enceinte ?", "une sage-femme peut-elle suivre une femme enceinte ?". */
const PREGNANT_AT_WORK =
  'msp|msps|federation|join|rejoindre|adherer|travailler|work|working|conge|leave|maternite|maternity|poste|job|congres|ag|assemblee|venir|participer|formation|webinaire|sage|sagefemme|suivre|suivi|collegue|collegues|pot|staff|visitors|congress|lunch|menu';
/** Words of a health team's project: in `que-faire-maladie`, the team is not a patient. */
const PROJECT =
  'prevention|projet*|programme*|action|actions|depistage*|campagne*|atelier*|sensibilisation|etp|education|protocole*';
/** A team or an office that cries for help, not a person: "le médecin crie au secours pour avoir un associé". */
const CRY_FOR_A_TEAM = `${PROJECT}|patiente|patient|retraite|travail|heures|presse|soutenir|infirmieres|liberales|coordinatrice|coordinateur|face|desert*|paperasse|maire|maires|elus|ars|financement*|recrut*|medecins|logiciel|administrati*|femas|federation|reglement|lol|mdr|associe|associes|secretaire|secretaires|cabinet|remplacant|remplacants|collegue|collegues`;

/** What is taken for something: `AILMENTS` and `CONDITIONS` without the everyday words among them (a button, a power cut, the weather, a mole, gluten). */
const REMEDIED = `${AILMENTS}|${CONDITIONS}`
  .split('|')
  .filter((w) => !'boutons bouton plaques temperature boule! bosse! coupure* sore gluten lactose intolerance* mole moles'.split(' ').includes(w))
  .join('|');
/** What is taken for, besides `REMEDIED`, after "pour" or "contre" ("que prendre pour la tension"). */
const ALSO_REMEDIED =
  'cold|flu|cough|headache|hangover|throat|gorge|maux|douleur*|toux|fievre|pain|dormir|sleep|hayfever|hay|uti|tension!|saigne|saignent';
/** A team's day, meeting or errand: what it takes "comme traiteur", "pour l'AG". */
const NOT_A_REMEDY =
  `${PROJECT}|comme|traiteur|buffet|repas|dejeuner|lunch|agm|ag|assemblee|reunion*|soiree*|journee*|salle|salles|intervenant*|habitants|public|affiche*|cadeau|mesures|consignes|dispositions|precautions|lien|invites|participants|desserts|sortie|equipe|organisation|organiser|clinic|vaccination|weather|fair`;
/** Treating data, a file, a request or registrations; a team's day on the condition. */
const NOT_A_TREATMENT =
  `${PROJECT}|donnees|rgpd|cnil|texte|logiciel*|dossier*|demande*|candidature*|inscription*|inscrits|registration*|facture*|questions|webinaire*|conference*|journee*|soiree*|reunion*|day|protocol*|msp|msps|comptable|subvention*|budget`;
/** Supplements, by name (not "fer": "le chemin de fer tous les jours"; not "compléments" alone: "d'enquête chaque jour"). */
const SUPPLEMENTS =
  'magnesium|zinc|vitamine*|vitamin*|melatonine|melatonin|probiotique*|probiotics|omega|iron|alimentaires|dietary|curcuma|turmeric|collagene|collagen|spiruline|spirulina';
/** A supplement's workshop, stock or newsletter; "des compléments de dossier", "d'information". */
const NOT_A_SUPPLEMENT = `${PROJECT}|webinaire*|conference*|msp|msps|information|informations|dossier|dossiers|stock|stocks|rupture|newsletter`;

/** What a question may ask it is ("c'est une dépression ?", "ça peut être un cancer ?"). */
const DIAGNOSES =
  'depression|cancer|tumeur|burnout|allergie|infection|angine|grippe|covid|otite|cystite|eczema|mycose*|herpes|zona|migraine|diabete|melanome|tdah|hyperactif|hyperactive|hyperactivite|autisme|autiste|dyslexie|dyslexique';

/**
 * A team's sheet on the heat ("comment repérer une personne âgée confuse à cause de la chaleur"), a
 * planning that confuses: words of the whole message, so few ("elle devait aller à l'atelier" must
 * not cancel a heat stroke).
 */
const HEAT_PROJECT = 'reperer|planning';

/** What one goes on other than living: a website, a trip, a training, a day ("I can't go on Tuesday"). */
const GO_ON_ELSEWHERE =
  'site|website|page|link|internet|online|holiday|holidays|leave|training|course|strike|trip|visit|tour|call|meeting|line|list|webinar|platform|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|date|day|week|weekend|time';

/** A team's vaccination: its campaign, its training, its software, who offers it, a meeting's reminder. */
const RAPPEL_NOT_FOR_SOMEONE =
  `${PROJECT}|formation*|webinaire*|reunion*|soignants|professionnels|equipe|equipes|pharmacien*|infirmier*|infirmiere*|officine*|proposer|propose|organiser|stagiaires|internes|etudiants|salaries|campaign*|staff|newsletter|nurses|pharmacist*|msp|msps|aci|sms|logiciel*|envoyer|journee*|assemblee|regles|session|coordinat*|fiche*|affiche*|lettre|adherents|cotisation*`;

const PERSON = 'pere|mere|papa|maman|mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|fils|fille|enfant|enfants|bebe|ami|amie|copain|copine|frere|soeur|grand|grandmere|grandpere|voisin|voisine|collegue|patient|patiente|il|elle|he|she|child|baby|son|daughter|husband|wife|friend|mother|father|mum|mom|dad|brother|sister|grandad|grandpa|grandma|granny|roommate|boyfriend|girlfriend';
/**
 * After "il parle plus" (no "ne", as people write it): what says the speech is gone, not that it
 * grew ("il parle plus fort", "ma fille parle plus depuis la crèche"). A clause's end says it too.
 */
const SPEECH_GONE_THEN = [
  'du tout',
  'd un|seul coup',
  'tout d un coup',
  'depuis ce|cette|hier|midi|tout|une|un|deux|trois|quelques|1|2|3|4|5|10|15|20|30|45',
  'normalement|correctement|soudain*|subitement|brutalement|ni|rien|je|j|il|elle|on',
  // "il parle plus et il bave", not "il parle plus et plus fort".
  'et|mais|alors il|elle|on|je|j|ne|n|bave*',
  'que faire',
];
/**
 * After "il ne parle plus": another sense ("que le portugais", "qu'en espagnol", "à son frère",
 * "de déménager", "du projet", "avec ses collègues"). "du tout" is caught by its own pattern.
 */
const SPEECH_OTHER_SENSE = 'que|qu|a|au|aux|de|des|du|avec|en|comme|autant|aussi|jamais|trop';
/** Not breath or speech lost: a sentence for a letter, a speech, a meeting or English. */
const NOT_SPEECH_WRITTEN = 'anglais|english|lettre|mail|courrier|dossier|discours|presentation|rediger|redaction|motivation|candidature|reunion|reunions';
/** Nor, for speech, a child's first words. */
const NOT_SPEECH_LOST = `${NOT_SPEECH_WRITTEN}|orthophon*|creche|maternelle|ecole|retard`;
/** "il n'arrête pas de parler", "elle ne cesse pas de bouger": too much, not too little. */
const NOT_STOPPING = 'arrete|arretait|arretent|arreter|cesse|cessait|cessent';
/** Words of chest pain, before where it hurts (and "poids" for the chest only: "un poids sur le cœur" is a sorrow). */
const CHEST_PAIN = 'douleur*|douloureu*|mal|serre*|serrement|oppression|brulure|pression|ecrase*|point|etau|barre';
/** Said of what came at once: "d'un coup", "subitement". */
const SUDDENLY = 'coup|soudain*|subitement|brutalement';
/** PERSON as a pattern slot, exact words: "Lille" is not "fille", "ferme" not "femme", "coeur" not "soeur". */
const SOMEONE = PERSON.split('|').map((w) => `${w}!`).join('|');
/** Grandparents and relatives as they are called ("pépé n'arrive pas à dire une phrase"): personal words too. */
const RELATIVES = 'mamie|mami|papi|papy|pepe|tante|oncle';
/**
 * Someone there whom the writer does not know: "un homme est tout rouge", "quelqu'un s'est
 * effondré", "une personne" (see gate.ts). Singular only: "les hommes" are a project's public. Not
 * "Madame, Monsieur" (a greeting), "élève" ("élevé" too), "gars", "sdf" or "ado" (plural or a
 * public: "salut les gars", "prévention chez les ados").
 */
const STRANGER_WORDS = 'homme|dame|quelqu|qqn|qq1|quelquun|quelqun|participant|participante|passant|passante|mec|resident|residente|visiteur|visiteuse|benevole|man|woman|guy|someone|somebody';
export const STRANGERS: ReadonlySet<string> = new Set(STRANGER_WORDS.split('|'));
/** Who may have lost speech: {@link SOMEONE}, relatives, residents, and how anyone is called. */
const SPEAKER = `${SOMEONE}|${RELATIVES.replace(/\w+/g, '$&!')}|resident!|residente!|monsieur!|madame!|mme!|dame!`;
/** Drunk, or as if: "comme s'il avait bu", "saoule" (exact: "bu" is not "bus", "soule" not "seule"). */
const DRUNK = 'ivre!|ivrogne|saoul!|saoule!|soul!|soule!|bourre!|bourree!|bu!';

export const PATTERNS: readonly PatternSpec[] = [
  // ---- Suicidal thoughts (3114) ----
  { id: 'suicide', category: 'suicide', words: 'suicid*|suicidaire*|suicidal|suissid*', topic: true },
  // Never a topic: "une tentative de suicide dans notre équipe" is a crisis, not a project.
  { id: 'tentative-de-suicide', category: 'suicide', words: 'tentative|tentatives suicid*', gap: 1 },
  // "une TS" (tentative de suicide); "ts" alone is also SMS for "tous".
  { id: 'une-ts', category: 'suicide', words: 'une|sa ts', gap: 0 },
  // "me tuer", and a relative: "il menace de se tuer", "elle s'est pendue".
  { id: 'me-tuer', category: 'suicide', words: 'me|m|moi|se|s tuer|flinguer|pendre!|pend!|pendu!|pendue!|suicider', gap: 1 },
  { id: 'me-jeter', category: 'suicide', words: 'me|m jeter|balancer pont|fenetre|train|vide|haut|sous|falaise|immeuble|toit|balcon|viaduc', gap: 3 },
  // Not "train": "sauter dans le train" is catching it.
  { id: 'sauter', category: 'suicide', words: 'sauter|saute|sauterai|sauterais|jump pont|fenetre|vide|falaise|immeuble|toit|balcon|viaduc|bridge|window', gap: 3 },
  // The place said first: "jsuis sur le toit jvais sauter", "sur le balcon, j'ai envie de sauter",
  // "sur le pont, je vais me laisser tomber" (blind probes). As every suicide pattern, it takes no
  // exception ("je suis sur le toit, je vais sauter, le projet c'est fini"): "pour le pont du 8 mai,
  // le secrétariat veut sauter la réunion" gets the numbers too (listed in the test).
  {
    id: 'lieu-sauter',
    category: 'suicide',
    words: 'pont|fenetre|falaise|immeuble|toit|balcon|viaduc|rebord|parapet|passerelle|etage|parking|rambarde vais|veux|va|veut|envie|menace|pret|prete|pour sauter|saute|jump',
    gap: 8,
  },
  { id: 'laisser-tomber-pont', category: 'suicide', words: 'pont|fenetre|falaise|toit|balcon|viaduc|rebord|parapet|passerelle laisser tomber', gap: 6 },
  // "il s'est jeté par la fenêtre", "elle s'est jetée du pont".
  // (Not "vide": "monter une MSP, c'est se jeter dans le vide".)
  { id: 'se-jeter', category: 'suicide', words: 'se|s jette|jettent|jete|jetee|jetes|jetees|jeter pont|fenetre|train|toit|balcon|immeuble|falaise|viaduc|haut|parking', gap: 2 },
  { id: 'defenestrer', category: 'suicide', words: 'defenestr*' },
  { id: 's-est-jete-vide', category: 'suicide', words: 's est jete|jetee|jetes|jetees vide', gap: 2 },
  // "je suis au bord du pont", "chui au bord de la falaise", "passé de l'autre côté de la rambarde",
  // "je suis sur les rails", "au 5e étage sur le rebord".
  { id: 'au-bord-du-pont', category: 'suicide', words: 'suis|assis|assise|est bord pont|falaise|toit|viaduc|immeuble|precipice', gap: 3 },
  { id: 'autre-cote-rambarde', category: 'suicide', words: 'autre cote rambarde|parapet|balustrade|garde', gap: 3 },
  { id: 'sur-les-rails', category: 'suicide', words: 'suis|allonge|allongee|couche|couchee sur rails', gap: 2 },
  { id: 'etage-rebord', category: 'suicide', words: 'etage|toit rebord|parapet|rambarde', gap: 3 },
  // "je suis sur le rebord de la fenêtre", "il est assis sur le parapet du pont".
  // Not "est": "le pot de fleurs est sur le rebord de la fenêtre".
  { id: 'sur-le-rebord', category: 'suicide', words: 'suis|assis|assise|debout|grimpe|grimpee rebord|parapet|rambarde', gap: 3 },
  { id: 'en-roof-jump', category: 'suicide', words: 'roof|bridge|ledge|balcony jump|jumping', gap: 6 },
  { id: 'en-on-the-ledge', category: 'suicide', words: 'standing|sitting|stood|sat on ledge|rooftop|railing|parapet', gap: 2 },
  { id: 'en-jump-off', category: 'suicide', words: 'jump|jumping off roof|bridge|building|balcony|ledge|window', gap: 2 },
  // Found hanged: "j'ai trouvé mon frère pendu dans le garage".
  // Found hanged, or hanged ("retrouvé pendu", "mon fils est pendu"): "pendue au téléphone" gets
  // the numbers too (a suicide pattern takes no exception).
  { id: 'trouve-pendu', category: 'suicide', words: 'trouve|trouvee|retrouve|retrouvee|retrouver pendu!|pendue!', gap: 2 },
  { id: 'est-pendu', category: 'suicide', words: 'est|sont pendu!|pendue!|pendus!', gap: 0 },
  { id: 'corde-au-cou', category: 'suicide', words: 'corde cou', gap: 3 },
  // Pills taken on purpose: "jai pris tt la boite de doliprane expres".
  // (Not a box: "la boîte d'archives envoyée en exprès".)
  { id: 'medicaments-expres', category: 'suicide', words: `${PILLS_TAKEN} expres|volontairement|expressement|deliberement`, gap: 1 },
  { id: 'expres-medicaments', category: 'suicide', words: `expres|volontairement pris|avale*|prendre|avaler ${PILLS_TAKEN}`, gap: 4 },
  { id: 'pris-expres', category: 'suicide', words: `pris|avale|avalee|avales|prend|prenait expres|volontairement ${PILLS_TAKEN}|trop|tout|toute|tous`, gap: 3 },
  // "pour ne plus me réveiller".
  { id: 'plus-me-reveiller', category: 'suicide', words: 'plus|jamais me|m|se|s reveiller', gap: 1 },
  { id: 'foutre-en-l-air', category: 'suicide', words: 'foutre|fous|fout en l air', gap: 0 },
  // "je veux mourir", "elle veut mourir", "jveu mourir" (SMS table: jveu → je veux).
  { id: 'envie-mourir', category: 'suicide', words: 'envie|veux|veut|veu|voulais|voulait|voudrais|voudrait|souhaite|prefere|prefererais|aimerais|pense|penser|vais mourir|crever!|disparaitre|mort', gap: 3 },
  { id: 'parle-de-mourir', category: 'suicide', words: 'parle!|parlait|parler|menace*|evoque* mourir|crever!', gap: 2 },
  { id: 'plus-envie-vivre', category: 'suicide', words: 'plus|pas|aucune envie|raison|gout|force vivre|vie|exister', gap: 3 },
  // "je (ne) veux plus vivre", without "envie" between (plus-envie-vivre); "pas" would catch
  // "je ne veux pas vivre dans un désert médical".
  { id: 'veux-plus-vivre', category: 'suicide', words: 'veux|veut|veu|voudrais|veulent plus vivre|exister!', gap: 1 },
  { id: 'plus-etre-la', category: 'suicide', words: 'veux|veut|veu|voudrais|envie plus etre la|ici|vivant*|vie|monde', gap: 1 },
  { id: 'plus-envie-etre-la', category: 'suicide', words: 'plus envie etre la|ici|vivant*|monde', gap: 1 },
  { id: 'peux-plus-vie', category: 'suicide', words: 'peux|peu|peut|supporte plus vie|vivre', gap: 3 },
  { id: 'quoi-bon-vivre', category: 'suicide', words: 'quoi bon vivre|continuer|exister', gap: 1 },
  { id: 'sert-rien-vivre', category: 'suicide', words: 'sert|servirait rien vivre|exister', gap: 2 },
  { id: 'vie-sert-rien', category: 'suicide', words: 'vie|existence sert|servait rien', gap: 2 },
  { id: 'mieux-mort', category: 'suicide', words: 'mieux mort|morte!|morts!|crever!|disparaitre|disparu|disparue', gap: 1 },
  { id: 'mieux-que-je-meure', category: 'suicide', words: 'mieux meure|meures|meurt', gap: 2 },
  { id: 'si-j-etais-mort', category: 'suicide', words: 'si etais|etait mort|morte!', gap: 1 },
  { id: 'mieux-sans-moi', category: 'suicide', words: 'mieux|better! sans|without moi|me', gap: 1 },
  { id: 'veines', category: 'suicide', words: 'ouvert*|ouvrir|ouvre|taillade*|tailler|coupe|couper|coupee|entaille* veines|veine|poignets', gap: 3 },
  { id: 'me-couper', category: 'suicide', words: 'me|m|se|s coupe|couper|coupee|coupes|taillade*|mutile! bras|poignets|cuisses', gap: 2 },
  { id: 'marre-vie', category: 'suicide', words: 'marre|fatigue|fatiguee vivre|vie', gap: 3 },
  { id: 'fin-jours', category: 'suicide', words: 'mettre|mets|met fin jours|vie', gap: 4 },
  { id: 'en-finir', category: 'suicide', words: 'en finir', gap: 0 },
  { id: 'plus-la-force', category: 'suicide', words: 'plus|pas|aucune force continuer|tenir|lutter', gap: 3 },
  { id: 'lettre-adieu', category: 'suicide', words: 'lettre|lettres|mot|message|messages adieu|adieux', gap: 2 },
  // Warning signs found by a corpus written blind: a letter left for one's own, belongings given
  // away, being sorry for everything (not the French "désolé pour tout", a politeness), not being
  // here "much longer".
  { id: 'lettre-pour-les-miens', category: 'suicide', words: 'lettre|lettres|mot|mots pour|a mes|ma|mon enfants|famille|proches|children|kids|family', gap: 2 },
  { id: 'donne-mes-affaires', category: 'suicide', words: 'donne|distribue|given|gave mes|my|toutes affaires|things|belongings|stuff', gap: 2 },
  { id: 'en-sorry-for-everything', category: 'suicide', words: 'sorry for everything', gap: 0 },
  { id: 'serai-plus-la-longtemps', category: 'suicide', words: 'serai|serais plus la|ici longtemps', gap: 1, unless: 'retraite|poste|msp|demenage*|mutation|contrat|stage|remplacement|federation|cabinet|association|mandat|equipe|travail|job|region|ville' },
  // Said indirectly, as people do ("bientôt je ne serai plus là", "ce sera bientôt fini pour
  // moi", "je suis un poids pour tout le monde", "s'endormir et ne plus jamais se réveiller").
  { id: 'bientot-plus-la', category: 'suicide', words: 'bientot|jamais|bout serai|serais plus la|ici|vivant*|monde', gap: 3 },
  // "tout" or "bientôt" first: "la formation sera terminée pour moi en juin" is a date.
  { id: 'fini-pour-moi', category: 'suicide', words: 'tout|bientot|demain fini|finie|termine|terminee|fin pour moi', gap: 2 },
  { id: 'un-poids', category: 'suicide', words: 'suis|etre|sens un poids|fardeau', gap: 1 },
  { id: 'si-je-n-existais-plus', category: 'suicide', words: 'existais|existerais|existait plus', gap: 0 },
  { id: 'dormir-pour-toujours', category: 'suicide', words: 'dormir|endormir|disparaitre pour toujours|jamais|bon', gap: 1 },
  { id: 'plus-me-reveiller', category: 'suicide', words: 'endormir|dormir|endorme plus|jamais me|m|se|s reveiller', gap: 3 },
  { id: 'en-disappear', category: 'suicide', words: 'disappear|gone forever|good', gap: 2 },
  { id: 'en-nobody-miss', category: 'suicide', words: 'nobody|no would|will miss me', gap: 2 },
  // "je veux que tout s'arrête", "j'aimerais que tout ça se termine".
  { id: 'que-tout-s-arrete', category: 'suicide', words: 'veux|veut|voudrais|voudrait|envie|aimerais|souhaite|prefererais que tout s|se arrete|arreter|finisse|termine|cesse', gap: 1 },
  { id: 'idees-noires', category: 'suicide', words: 'idee|idees|pensees|pensee noires|noire|suicidaires|mort', gap: 2, topic: true },
  { id: 'me-faire-mal', category: 'suicide', words: 'me|m faire mal', gap: 2 },
  // "je me fais du mal"; not "ça me fait du mal" (it hurts me to see…) nor "je me suis fait mal au dos".
  { id: 'me-fais-du-mal', category: 'suicide', words: 'me|m fais|faire du mal', gap: 1 },
  { id: 'me-suis-fait-du-mal', category: 'suicide', words: 'me|m suis fait du mal', gap: 0 },
  { id: 'scarification', category: 'suicide', words: 'scarifi*|automutil*|mutile!', topic: true },
  { id: 'vaut-plus-peine', category: 'suicide', words: 'vaut plus|pas peine vivre', gap: 3 },
  { id: 'vie-vaut-plus', category: 'suicide', words: 'vie|existence vaut|valait plus|pas|rien', gap: 2 },
  { id: 'en-kill-myself', category: 'suicide', words: 'kill|hurt|harm|hang myself|me', gap: 1 },
  { id: 'en-end-life', category: 'suicide', words: 'end|ending!|take|taking! my life|lives!|it', gap: 1 },
  // "I want to end it all", "thinking of ending it all" (with no "my").
  { id: 'en-end-it-all', category: 'suicide', words: 'to|want|going|gonna|wanna|just|will|should|could|of|about end|ending! it all', gap: 0 },
  // Self-harm told as it goes on ("I've been cutting myself"), not a cut while cooking.
  { id: 'en-cutting-myself', category: 'suicide', words: 'cutting! myself|again|deeper', gap: 0 },
  // "I can't go on" (read as "can not"), not a website or a trip one cannot go on.
  { id: 'en-cant-go-on', category: 'suicide', words: 'can|could not go on', gap: 0, unless: `${GO_ON_ELSEWHERE}|sorry` },
  // "I don't want to go on anymore" (not "sorry": a despair says it too).
  { id: 'en-not-want-go-on', category: 'suicide', words: 'not want to go on|living', gap: 0, unless: GO_ON_ELSEWHERE },
  { id: 'en-goodbye-letter', category: 'suicide', words: 'goodbye|farewell|suicide letter|note|letters|notes', gap: 1, unless: 'retire|retiring|retirement|colleagues|team|job|leaving|patients|practice|msp|federation' },
  { id: 'preparer-corde', category: 'suicide', words: 'prepare|preparee|trouve|accroche corde', gap: 2, unless: 'jardin|linge|escalade|bateau|sport|atelier|balancoire' },
  { id: 'en-stocked-pills', category: 'suicide', words: 'stocked|stockpiled|stockpiling|saved|saving|hoarding pills!|tablets|meds|medication*', gap: 2 },
  // "everyone would be better off if I just wasn't here".
  { id: 'en-better-off-if', category: 'suicide', words: 'better! off if i wasn|wasnt|weren|werent|gone|dead|disappeared|around', gap: 2, unless: 'member|membership|federation|msp|sisa|association|contract|registered|scheme|insurance|plan|network|cpts|team' },
  { id: 'en-want-die', category: 'suicide', words: 'want|wish|going die|dead', gap: 3 },
  { id: 'en-not-want-live', category: 'suicide', words: 'not want live|living|alive!', gap: 2 },
  { id: 'en-better-off', category: 'suicide', words: 'better! dead|without', gap: 1 },
  { id: 'en-self-harm', category: 'suicide', words: 'self harm|harming|injury', gap: 1 },
  { id: 'en-no-reason-live', category: 'suicide', words: 'no|reason live|living', gap: 3 },

  // "je vais prendre tous mes cachets": an overdose announced.
  { id: 'vais-prendre-tous', category: 'suicide', words: `vais|veux|veut|voudrais|envie prendre|avaler|gober tous|toutes|tout|toute|${COUNT} ${PILLS}`, gap: 2 },

  // ---- Violence (3919 violences femmes info, 119 enfance en danger, 17 police) ----
  { id: 'me-frappe', category: 'violence', words: 'me|m frappe*|bat|battu|battue|cogne*|tabasse*|viole!|violee!|violer!|violente*!|etrangle*|brutalise*|gifle*', gap: 2 },
  // "il me tape dessus", "mon beau-père me tape" (not "ma secrétaire me tape les comptes rendus").
  { id: 'me-tape', category: 'violence', words: 'me|m tape|tapait|tapent|tapee', gap: 1, unless: 'compte|comptes|rendu|rendus|courrier|courriers|lettre|lettres|texte|textes|rapport|ordi|ordinateur|clavier|machine|nerfs|oeil|doigts|excel|word|systeme' },
  // A child heard begging ("il crie « arrête papa »", "elle hurle « pitié maman »").
  { id: 'crie-arrete', category: 'violence', words: 'crie|crier|crient|hurle|hurler|hurlent|supplie arrete|arretez|stop|pitie papa|maman|pitie', gap: 2 },
  { id: 'frappe-proche', category: 'violence', words: 'frappe*|bat|bats|battent|battait|battaient|battu|cogne*|tabasse*|tape|tapait|tapent|maltraite* enfant|enfants|fils|fille|femme|mere|bebe|gamin*|petit|petite', gap: 2 },
  // "mon mari me secoue violemment" (a review's miss); not "cette nouvelle m'a secouée", nor "la
  // réforme nous secoue violemment".
  { id: 'secoue-violemment', category: 'violence', words: 'me|m|la|le|les|l|lui secoue|secouait|secouent|secouee violemment|brutalement', gap: 1, unless: 'reforme*|crise|nouvelle|nouvelles|annonce|actualite|secteur|profession|fermeture|deces|depart' },
  // A baby shaken ("il a secoué le bébé"), not the prevention of the shaken-baby syndrome ("bébé secoué").
  { id: 'secoue-le-bebe', category: 'violence', words: 'secoue|secouait|secouent bebe|nourrisson|enfant|petit|petite', gap: 1 },
  { id: 'violent-avec', category: 'violence', words: 'violent|violente|violents avec|envers', gap: 1 },
  // "il lève la main sur moi", "il m'enferme": violence said without its name (not "je m'enferme").
  // Exact: "les patients étrangers" is no typo of it.
  { id: 'strangulation', category: 'violence', words: 'strangul*|etrangl*!', topic: true },
  { id: 'leve-la-main', category: 'violence', words: 'leve|levait|levee|lever main sur moi|me|elle|lui|nous|eux|les|ma|mon|mes|sa|son|ses|enfant*|petit*|femme', gap: 1 },
  { id: 'm-enferme', category: 'violence', words: `${SOMEONE} me|m|nous enferme*|sequestre*`, gap: 2 },
  { id: 'femme-battue', category: 'violence', words: 'femme|enfant|epouse|fille battue|battu', gap: 1 },
  { id: 'menace-de-mort', category: 'violence', words: `${SOMEONE} menace*|veut|essaye|essaie|tente me|m tuer|etrangler|frapper|buter`, gap: 2 },
  // "il m'a menacée avec un couteau", "il a un couteau et il me menace".
  // "un homme avec un couteau crie dans la salle d'attente".
  { id: 'arme-crie', category: 'violence', words: 'couteau|couteaux|arme|armes!|pistolet|fusil|hache!|machette crie|hurle|brandit|brandissant|agite|panique*', gap: 4, unless: 'atelier|cuisine|recette' },
  { id: 'menace-arme', category: 'violence', words: 'menace*|agresse*|attaque*|frappe*|poursuivi* couteau|couteaux|arme|armes!|pistolet|fusil|revolver|hache!|machette|cutter', gap: 4 },
  // "mon ex essaie d'enfoncer la porte et il a un couteau": someone armed, or breaking in.
  { id: 'a-une-arme', category: 'violence', words: 'il|elle|ex|mari|conjoint|compagnon|copain|pere|beaupere|voisin|he|she a|avait|has|had un|une|a couteau|arme!|pistolet|fusil|revolver|hache!|machette|knife|gun', gap: 0, unless: 'atelier|cuisine|recette|chasse|chasseur|permis|collection|club|suisse' },
  { id: 'enfonce-la-porte', category: 'violence', words: 'enfonce*|defonce*|forcer|force|forcent|tambourine|cogne|cognent la|ma|notre porte', gap: 1, personal: true, unless: 'serrurier|pompiers|cle|cles|badge|digicode|oubli*|locaux|cabinet|bureau|cambriol*' },
  { id: 'arme-menace', category: 'violence', words: 'couteau|couteaux|arme|armes!|pistolet|fusil|revolver|hache!|machette|cutter menace*|frapper|tuer|blesse*|agresse*|tire', gap: 4 },
  { id: 'violences', category: 'violence', words: 'violence*|violente* conjugal*|familial*|sexuel*|domestique*|couple', gap: 2, topic: true },
  { id: 'viol', category: 'violence', words: 'viol!|viols!|violee!|violees!|inceste*!|maltraitance*|rape|raped!', topic: true },
  { id: 'en-hits-me', category: 'violence', words: 'hits|beats|beat|hit|hitting!|beating!|kicking!|choking!|strangling!|pushed!|shoved!|slapped!|punched!|kicked!|abuses|abused|rapes|raped!|hurts me', gap: 1 },
  // Heard through a wall, seen on a child (a corpus written blind).
  // "ma voisine crie au secours", "des cris au secours chez les voisins", "on entend « aidez-moi »"
  // (blind probes). Not "appeler à l'aide" (a team short of doctors), nor mayors crying for help
  // "face aux déserts médicaux".
  { id: 'au-secours', category: 'violence', words: 'crie|crient|criait|crier|cris|hurle|hurlent|hurlait|hurler au|a secours|aide', gap: 1, unless: CRY_FOR_A_TEAM },
  { id: 'appelle-au-secours', category: 'violence', words: 'appelle|appellent|appeler|appelait au secours', gap: 0, unless: CRY_FOR_A_TEAM },
  // Someone calls for help, not a team: "ma voisine appelle à l'aide", "quelqu'un appelle à l'aide".
  { id: 'voisine-appelle-a-l-aide', category: 'violence', words: 'voisin|voisine|voisins|femme|homme|enfant|un|fille|fils|dame|monsieur|gamin|gamine|bebe appelle|appellent|appelait a|au aide|secours', gap: 1 },
  { id: 'entend-appeler-a-l-aide', category: 'violence', words: 'entend|entends|entendu|entendons appeler|crier|hurler|appelle|crie|hurle a|au aide|secours', gap: 2 },
  { id: 'entend-des-coups', category: 'violence', words: 'entend|entends|entendu|entendons coups|gifles|claques', gap: 2, unless: 'marteau|travaux|perceuse|chantier|pied|feu|fusil' },
  { id: 'm-a-poussee', category: 'violence', words: 'm|l a pousse|poussee escalier|escaliers|mur|terre|sol', gap: 3 },
  // Not "j'ai entendu parler des premiers secours".
  { id: 'entend-aidez-moi', category: 'violence', words: 'entend|entends|entendu|entendons aidez', gap: 3, unless: 'dispositif|programme|parler' },
  // "son copain la tape", "son mec la frappe": a partner or a relative who hits her, him or them
  // (not "il le tape à la machine", "elle les frappe de plein fouet"). "il l'a tabassée", "elle
  // se fait frapper par son mari", "il lui met des coups".
  { id: 'la-frappe', category: 'violence', words: 'copain|copine|mec|mari|conjoint|conjointe|compagnon|compagne|ex|pere|mere|beau|beaupere|voisin|voisine|frere|oncle|parents|parent la|le|les|lui|nous|vous tape|tapent|tapait|frappe|frappent|frappait|bat|battent|battait|cogne|cognent|tabasse|tabassent', gap: 0, unless: 'compte|comptes|rendu|rendus|courrier|courriers|lettre|lettres|texte|textes|rapport|ordi|ordinateur|clavier|machine|nerfs|oeil|doigts|excel|word|projet|envoie|envoyer|tennis|match|partie|jeu|belote|echecs|petanque|sport' },
  // "il la cogne tous les soirs": verbs of nothing but blows.
  { id: 'la-cogne', category: 'violence', words: 'il|elle|ils la|le|les|me|m|te|t cogne|cognent|cognait|tabasse|tabassent|tabassait', gap: 0 },
  // "il l'a tabassée", "mon mari m'a tapée" (not "ce qui l'a frappée lors de la visite", "la crise
  // l'a frappée de plein fouet", "elle l'a battu aux élections").
  { id: 'l-a-frappe', category: 'violence', words: 'l|m a|ont frappe|frappee|tape|tapee|tabasse|tabassee|battu|battue|cogne|cognee|giflee|etranglee', gap: 0, unless: 'visite|crise|covid|plein|fouet|election|elections|vote|match|concours|partie|score|esprit|surprise|compte|comptes|rendu|rendus|courrier|courriers|lettre|lettres|texte|textes|rapport|ordi|ordinateur|clavier|machine|nerfs|oeil|doigts|excel|word|sceau|tampon|projet|document' },
  { id: 'se-fait-frapper', category: 'violence', words: 'se|s|me|m fait|fais|faisait|faire frapper|taper|battre|tabasser|cogner', gap: 1, unless: 'compte|comptes|rendu|rendus|courrier|courriers|lettre|lettres|texte|textes|rapport|ordi|ordinateur|clavier|machine|nerfs|oeil|doigts|excel|word|presse|reunion|planning|critique|critiquer' },
  // "il lui met des coups", "il me file des claques", "il m'a mis une raclée" (not "des coups de fil").
  { id: 'met-des-coups', category: 'violence', words: 'lui|me|m|leur|nous met|mis|mettait|mettent|donne|donnait|donnent|file|filait des|une coups|claques|baffes|gifles|raclee|raclees|rouste|beigne|torgnole', gap: 2, unless: 'fil|pouce|pression|main|telephone|coeur|genie|balai|projecteur|com|boost' },
  { id: 'cris-et-coups', category: 'violence', words: 'crier|cris|crie|hurler|hurle|hurlements coups|frappe*|claque*', gap: 5 },
  { id: 'en-child-bruises', category: 'violence', words: 'child|boy|girl|kid|kids|baby|son|daughter bruises!|bruised!', gap: 6, unless: 'fell|fall|falls|bike|bicycle|sport|sports|football|rugby|playground|accident|tripped|skating|climbing' },
  // "il m'a serré le cou": strangulation said plainly.
  { id: 'serre-le-cou', category: 'violence', words: 'serre|serree|serrait|tenu|attrape* cou|gorge', gap: 2, personal: true },
  // A child telling of being touched by an adult.
  { id: 'la-touche', category: 'violence', words: `${SOMEONE}|beau|oncle|cousin la|le|me|les touche!|touchait!|touchent!|tripote*`, gap: 2, unless: 'coeur|sujet|theme|question|projet|beaucoup|vraiment|profondement|emu|emue|emouvant|attention|message|mot|prime|primes|aci|argent|salaire|remuneration|indemnite*|subvention*|retraite|chomage|allocation*|forfait*' },
  { id: 'attouchements', category: 'violence', words: 'attouchement*', topic: true },
  { id: 'en-touches-me', category: 'violence', words: 'touches!|touched!|touching! me', gap: 0, unless: 'heart|story|deeply|really|much|moved|words|letter|message' },
  // "ma fille a des bleus sur les bras et elle a peur de rentrer chez son père".
  { id: 'bleus-et-peur', category: 'violence', words: 'bleus|hematome*|marques peur', gap: 8, personal: true },
  { id: 'en-beats-someone', category: 'violence', words: 'beats|beat|hits|hitting!|beating!|punches|punched!|slaps|slapped! my|her|his mum|mom|mother|wife|sister|brother|child|kids|son|daughter|girlfriend|me', gap: 1 },
  { id: 'en-domestic-violence', category: 'violence', words: 'domestic violence|abuse', gap: 0, topic: true },

  // ---- Chest pain, heart ----
  // Topics too: "un protocole sur la douleur thoracique pour les infirmières" names no one in pain.
  { id: 'douleur-poitrine', category: 'vital', words: `${CHEST_PAIN}|poids poitrine|thorax|thoracique*|torax|torse|sternum`, gap: 4, topic: true },
  // The heart too, but "ça me fait mal au cœur de voir ça", "… que la MSP ferme" (it saddens) is
  // no pain, nor "un poids sur le cœur" (a sorrow; a weight on the chest is caught).
  { id: 'douleur-coeur', category: 'vital', words: `${CHEST_PAIN} coeur`, gap: 4, topic: true, notThen: 'de|d|que|qu|pour' },
  // "the pain goes down his arm", "he grabbed his chest".
  { id: 'en-pain-spreads', category: 'vital', words: 'pain|ache goes!|going!|spreads!|spreading!|radiates!|radiating!|shoots!|shooting! down|into|to arm|arms|jaw', gap: 2 },
  { id: 'en-clutching-chest', category: 'vital', words: 'grabbed|grabbing|grabs|clutching|clutched|clutches chest!', gap: 2 },
  { id: 'douleur-thoracique', category: 'vital', words: 'douleur*|oppression thoracique*', gap: 1, topic: true },
  // "la poitrine, il dit que ça l'écrase": the chest named before the pain.
  { id: 'poitrine-ecrase', category: 'vital', words: 'poitrine|thorax|torse|sternum ecrase*|serre*|etau|oppresse*|brule*', gap: 4, personal: true },
  // Pale or grey and sweating: a heart attack's or a collapse's look.
  { id: 'pale-et-sueurs', category: 'vital', words: 'pale|blanc|blanche|gris|grise|livide transpire*|sueur*|suant*', gap: 4, personal: true },
  { id: 'sueurs-et-pale', category: 'vital', words: 'transpire*|sueur*|suant* pale|blanc|blanche|gris|grise|livide', gap: 4, personal: true },
  { id: 'crise-cardiaque', category: 'vital', words: 'crise|attaque|arret cardiaque|cardio*', gap: 1, topic: true },
  { id: 'infarctus', category: 'vital', words: 'infarctus|infractus|infarctu', topic: true },
  { id: 'coeur-arrete', category: 'vital', words: 'coeur arrete|arret', gap: 2 },
  // Not "le cœur qui bat pour ce projet".
  { id: 'coeur-bat', category: 'vital', words: 'coeur bat|battre', gap: 2, notThen: 'pour|chamade', thenWithin: 2 },
  { id: 'arret-du-coeur', category: 'vital', words: 'arret|arrets coeur|respiratoire', gap: 1, topic: true },
  // Pain, tingling or heaviness in the left arm, pain in the jaw with the arm or the chest: a heart attack's signs.
  { id: 'bras-gauche', category: 'vital', words: 'douleur*|douloureu*|mal|fourmi*|fourmillement*|picote*|picotement*|engourdi*|irradi*|lourd* bras|epaule gauche', gap: 3 },
  { id: 'machoire-et-bras', category: 'vital', words: 'machoire|machoires bras|poitrine|epaule|transpire|sueur*', gap: 6 },
  { id: 'bras-et-machoire', category: 'vital', words: 'bras|poitrine|epaule machoire|machoires', gap: 6 },
  { id: 'en-chest', category: 'vital', words: 'chest pain|pains|tight*!|pressure|hurts|hurting|crushing|heavy|heaviness|squeez*!', gap: 3 },
  // "pain in my chest", "tightness in the chest": the pain named before the chest.
  { id: 'en-pain-in-chest', category: 'vital', words: 'pain|pains|tightness!|pressure!|heaviness!|crushing!|squeezing!|ache|aching!|burning! chest!', gap: 3 },
  { id: 'en-sweating-grey', category: 'vital', words: 'sweating|sweaty|clammy pale|grey|gray|ashen', gap: 3 },
  { id: 'en-heart-attack', category: 'vital', words: 'heart!|cardiac attack|arrest!', gap: 1 },

  // ---- Breathing ----
  { id: 'plus-respirer', category: 'vital', words: 'plus|pas|mal|difficult*|peine|peu|arrive|peux|peut|empeche* respir*', gap: 3 },
  { id: 'respire-plus', category: 'vital', words: 'respir* plus|pas|mal|difficilement|difficile|peine|bizarre', gap: 2 },
  // "il respire très lentement" (seringues à côté); not breathing slowly as a relaxation exercise.
  { id: 'respire-lentement', category: 'vital', words: 'respire!|respirait!|respirent! lentement|faiblement', gap: 2, unless: 'atelier*|sophro*|relaxation|yoga|exercice*|meditation|coherence|detendre|calmer|stress|stresse|stressee|angoisse' },
  // Not "j'étouffe sous les dossiers administratifs" (not "dossiers" alone: "il s'étouffe…, je remplis les dossiers").
  // Nor "on étouffe dans ces locaux", "j'étouffe sous les dossiers" (said first).
  { id: 'etouffe', category: 'vital', words: 'etouff*!|asphyxi*|suffoqu*|suffocat*', unless: 'paperasse|administratif|administratifs|administrative|administratives', notAfter: 'on', notThen: 'sous' },
  { id: 'souffle', category: 'vital', words: 'manque|court|perd*|reprendre|coupe souffle|air', gap: 3 },
  { id: 'bleu-levres', category: 'vital', words: 'levres|visage|bebe|enfant devient|devenu|deviennent|sont|est bleu*|violet*|gris|grise|grises', gap: 3 },
  { id: 'bleuit', category: 'vital', words: 'bleuit|bleuissent|bleuissait|bleuissaient|bleuies|bleuie|cyanose*|violace*' },
  { id: 'devient-bleu', category: 'vital', words: 'devient|devenu|devenue|deviennent|vire bleu*|violet*|gris|grise|grises', gap: 1 },
  { id: 'crise-asthme', category: 'vital', words: 'crise|crises asthme|asthmatique', gap: 1 },
  // "l'air ne passe plus", "il n'arrive plus à finir ses phrases", "elle siffle en respirant", "je halète".
  { id: 'air-passe-plus', category: 'vital', words: 'air passe|rentre|entre plus|pas', gap: 2, personal: true },
  // Not a sentence for a letter, a speech or English, nor a child's.
  { id: 'finir-ses-phrases', category: 'vital', words: 'plus|pas finir|terminer|faire phrases|phrase', gap: 2, unless: NOT_SPEECH_WRITTEN },
  // "elle commence ses phrases et n'arrive pas à les terminer".
  { id: 'phrases-pas-finir', category: 'vital', words: 'phrase|phrases plus|pas finir|terminer|achever!', gap: 3, personal: true, unless: NOT_SPEECH_WRITTEN },
  { id: 'siffle-respire', category: 'vital', words: 'siffle*|sifflement* respir*', gap: 2 },
  { id: 'halete', category: 'vital', words: 'halete*|haletant*|haleter' },
  // Choking: "il a avalé de travers… il ne fait plus aucun bruit", "il se tient la gorge",
  // "il n'arrive pas à tousser / à pleurer".
  { id: 'avale-de-travers', category: 'vital', words: 'avale*|fausse travers|route plus|pas|aucun|bleu*|violet*|rouge|gorge|etouff*!', gap: 8 },
  { id: 'se-tient-la-gorge', category: 'vital', words: 'tient|tenait|agrippe*|attrape* gorge|cou', gap: 2, personal: true },
  { id: 'peut-pas-tousser', category: 'vital', words: 'arrive|peut|parvient plus|pas pleurer|crier|tousser', gap: 2, personal: true },
  { id: 'en-asthma-attack', category: 'vital', words: 'asthma attack', gap: 0 },
  { id: 'en-breathing', category: 'vital', words: 'not|trouble|difficulty|hard|unable|stopped|stop|no|short!|struggling breath*', gap: 3 },
  // A small object in a child's mouth, throat or nose (a coin, a marble, magnets…).
  { id: 'objet-avale', category: 'vital', words: 'avale*|mis|met|coince*|bloque* bille|billes|piece|pieces|aimant*|jouet|objet|bouchon|cacahuete*|noix|bonbon', gap: 4 },
  { id: 'objet-gorge', category: 'vital', words: 'bille|billes|piece|aimant*|jouet|objet|bouchon|cacahuete*|bonbon gorge|bouche|nez|coince*|bloque*', gap: 4, personal: true },
  { id: 'en-choking', category: 'vital', words: 'choking|choke!|chokes!|choked!|suffocat*' },

  // ---- Stroke ----
  { id: 'avc', category: 'vital', words: 'avc|stroke', topic: true, notThen: 'administratif|administrative|financier|budgetaire' },
  { id: 'accident-vasculaire', category: 'vital', words: 'accident|attaque vasculaire|cerebral*', gap: 1, topic: true },
  // Something happening to someone is never a topic: "quelqu'un fait un AVC pendant l'atelier de prévention".
  { id: 'fait-un-avc', category: 'vital', words: 'fait|fais|faisait|faire|font|eu|refait avc|infarctus|overdose|hemorragie|embolie|convulsions|hypo|hypoglycemie', gap: 1, notThen: 'administratif|administrative|financier|budgetaire' },
  { id: 'avc-en-cours', category: 'vital', words: 'avc|infarctus|overdose|hemorragie en cours', gap: 0 },
  { id: 'fait-une-attaque', category: 'vital', words: 'fait|fais|faire|faisait|eu|a|fit attaque|attaques', gap: 1 },
  // `parle!` exact: "parce" is one letter away.
  { id: 'parle-bizarrement', category: 'vital', words: 'parle!|parler|parlait|prononce bizarre*|etrange*|incoherent*|incomprehensible*|confus*|difficult*|difficile*|pateu*|bouillie|charabia', gap: 2, notThen: 'de' },
  // "il bégaie d'un coup" (a child's stammer is a question for the speech therapist).
  { id: 'begaie-soudain', category: 'vital', words: `begai*|begay*|begue ${SUDDENLY}`, gap: 3, unless: 'orthophon*|creche|maternelle|ecole' },
  // "elle mâche ses mots" (not "il ne mâche pas ses mots", who speaks bluntly).
  { id: 'mache-ses-mots', category: 'vital', words: `${SPEAKER} mache!|machait|machouille ses|les mots`, gap: 0 },
  // "il dit des mots qui ne veulent rien dire".
  { id: 'mots-sans-sens', category: 'vital', words: `${SPEAKER} dit!|disait|sort!|sortait mots|phrases|trucs|choses veulent|voulaient|veut rien|pas dire`, gap: 2 },
  // "il n'arrive plus à dire une phrase", "à aligner deux mots"; not a word too many on a subject,
  // nor one that emotion held back.
  { id: 'dire-une-phrase', category: 'vital', words: 'plus|pas dire!|former!|prononcer|aligner! phrase|phrases|mot!|mots!', gap: 2, personal: true, unless: `${NOT_SPEECH_LOST}|sujet|projet|elus|emu|emue|emus|emues|timide|timidite|trac` },
  // Speech gone wrong suddenly (a blind check's misses): "un mot à la place d'un autre", "il bute
  // sur les mots d'un coup", "il parle mal d'un coup", "il s'exprime plus", "il répète le même mot
  // en boucle", "pépé parle chinois d'un coup", "mon papa parle et on comprend pas", each with
  // what shows another sense (a speech, a mayor, jargon, dementia, a baby).
  { id: 'mot-pour-un-autre', category: 'vital', words: 'mot!|mots! place!|lieu! autre!|autres!', gap: 3, personal: true, unless: `${NOT_SPEECH_LOST}|${PROJECT}` },
  { id: 'bute-sur-les-mots', category: 'vital', words: `bute!|butte!|butait!|trebuche* mots!|mot! ${SUDDENLY}`, gap: 3, unless: `${NOT_SPEECH_LOST}|public|oral|discours|reunion|reunions|micro|trac|conference` },
  { id: 'parle-mal-soudain', category: 'vital', words: `parle!|parlait|articule mal ${SUDDENLY}`, gap: 2 },
  { id: 's-exprime-plus', category: 'vital', words: `${SPEAKER} s exprime!|exprimait plus`, gap: 0, endsOr: SPEECH_GONE_THEN },
  { id: 'repete-en-boucle', category: 'vital', words: 'repete|repetait meme! mot!|mots!|question!|questions! boucle!|arret!|cesse!', gap: 2, personal: true, unless: `${CORRESPONDENCE}|reunion|reunions|discours|presentation|alzheimer|demence|memoire|mois|annees|autis*|toujours|souvent` },
  { id: 'parle-chinois-soudain', category: 'vital', words: `parle!|parlait|parler chinois|hebreu ${SUDDENLY}`, gap: 2 },
  { id: 'parle-on-comprend-pas', category: 'vital', words: `${SPEAKER} parle!|parlait comprend!|comprends!|comprenait!|comprenons! rien|pas|plus`, gap: 4, personal: true, unless: `${CORRESPONDENCE}|maire|elus|comptable|projet|aci|sisa|statuts|reunion|reunions|anglais|francais|accent|jargon|sigles|micro|bruit|masque|bebe` },
  // Sight lost at once, not "la vue d'ensemble" nor sight failing for years.
  { id: 'perdu-la-vue', category: 'vital', words: 'perdu|perd|perdait la vue', gap: 0, notThen: 'ensemble|globale|generale|petit|peu|progressivement|avec', thenWithin: 2, unless: 'dmla|glaucome|cataracte|retinopathie' },
  { id: 'articule-plus', category: 'vital', words: 'articule plus|pas|mal', gap: 1 },
  // Speech lost or slurred, said loosely (reviews' misses): "il parle plus", "mon père ne parle
  // plus", "elle parle comme si elle était saoule". Word after word, and only with what may follow:
  // not "il parle plus fort", "il parle de plus en plus", "elle ne me parle plus", "il ne parle plus
  // que le portugais".
  { id: 'parle-plus', category: 'vital', words: `${SPEAKER} parle!|parlait plus`, gap: 0, endsOr: SPEECH_GONE_THEN, unless: 'orthophon*|creche|maternelle|ecole|progres' },
  // Whoever: "Mme Durand ne parle plus depuis le déjeuner", not "on ne parle plus, on agit".
  // Nor "personne ne parle plus", "le médecin ne parle plus depuis la dispute".
  { id: 'ne-parle-plus', category: 'vital', words: 'ne|n parle!|parlait plus', gap: 0, notThen: SPEECH_OTHER_SENSE, notAfter: 'on|je|nous|vous|tu|ils|elles|personne', unless: 'dispute|disputes|conflit|conflits|brouille|brouilles|reunion|reunions|ag' },
  { id: 'parle-presque-plus', category: 'vital', words: 'parle!|parlait presque|quasiment|quasi plus', gap: 0, personal: true, notThen: SPEECH_OTHER_SENSE },
  // "ne parle plus du tout" (the "du" of "ne parle plus du projet" is another sense), not "ne me parle plus du tout".
  { id: 'ne-parle-plus-du-tout', category: 'vital', words: `${SPEAKER} ne|n parle!|parlait plus du tout`, gap: 0 },
  // Someone who speaks as if drunk (not an actor or a workshop's role-play, who names no one before).
  { id: 'parle-comme-ivre', category: 'vital', words: `${SPEAKER} parle!|parlait|parlent|parler|articule|articulait comme ${DRUNK}`, gap: 5 },
  // "il a du mal à parler depuis ce matin"; not "du mal à parler de son projet, en public, à ses
  // enfants", nor a child's speech seen by a speech therapist.
  { id: 'mal-a-parler', category: 'vital', words: 'mal|peine|difficulte|difficultes parler|articuler|prononcer', gap: 2, personal: true, notThen: 'de|du|des|en|avec|a|au|aux|devant|anglais|francais|le|la|les|l|un|une|ce|cette|ces|son|sa|ses|leur|leurs', unless: 'orthophon*|retard|begai*|begay*|zozot*|creche|maternelle|ecole|bilan' },
  { id: 'ivre-quand-il-parle', category: 'vital', words: `${DRUNK} quand|lorsqu|lorsque parle!|parlait|parler`, gap: 2 },
  { id: 'trouve-plus-ses-mots', category: 'vital', words: 'trouve|trouver plus mots', gap: 2 },
  { id: 'melange-les-mots', category: 'vital', words: 'melange*|inverse* mots', gap: 2 },
  // "il a perdu la parole" (not "la voix": a sore throat).
  { id: 'perdu-la-parole', category: 'vital', words: 'perdu|perd|perdait|perdre parole', gap: 2, unless: 'maire|elus|public|reunion|reunions|conseil|debat|assemblee' },
  { id: 'sent-plus-bras', category: 'vital', words: 'sent|sens|sentait|sentais|sentir|feel plus|pas|rien bras|jambe*|main!|mains!|visage|cote|pied*|moitie|arm|leg|face', gap: 2 },
  { id: 'bouche-travers', category: 'vital', words: 'bouche|visage|figure|levre*|face|sourire|sourit travers|tordu*|paralys*|deform*!|affaiss*|tombe*|pend|pendent|drooping|droop*', gap: 3 },
  { id: 'paralysie', category: 'vital', words: 'paralys*|paraly*!|hemipleg*' },
  // Not "on ne peut pas bouger la date", nor a toddler who does "not talk yet" (a medical question).
  // Nor "il n'arrête pas de bouger".
  { id: 'plus-bouger', category: 'vital', words: 'plus|pas|not bouger|lever!|move', gap: 2, unless: 'yet|date|dates', notAfter: NOT_STOPPING },
  // Nor "je n'arrive pas à parler de mon projet au maire", "il n'arrête pas de parler de la MSP".
  // ("du" and "d'" say "du tout", "d'un coup" too: a project named anywhere is the exception there.)
  { id: 'plus-parler', category: 'vital', words: 'plus|pas|not parler|articuler|speak|talk', gap: 2, unless: `yet|${PROJECT}`, notAfter: NOT_STOPPING, notThen: 'de|des|about|with' },
  { id: 'engourdi', category: 'vital', words: 'bras|jambe|visage|cote|main|langue engourdi*|insensible|inerte|lourd*|numb', gap: 3 },
  // "sa parole est bizarre" (not "une prise de parole difficile"); "elle bafouille depuis ce matin".
  { id: 'parole-bizarre', category: 'vital', words: 'parole|paroles|voix bizarre*|bizare|etrange*|pateu*|incomprehensible*|incoherent*|confus*|brouill*|embrouill*', gap: 2, notThen: 'de' },
  { id: 'bafouille', category: 'vital', words: 'bafouill*|machonn*', personal: true, unless: 'ag|assemblee|reunion|reunions|discours|presentation|presente|presenter|oral|micro|conference|interview|entretien|projet|elus|public|toujours|adresse|anglais|accent|formation|inscription' },
  { id: 'mal-a-trouver-ses-mots', category: 'vital', words: 'mal|peine trouver|trouve mots', gap: 2, notThen: 'pour|justes|adequats|adaptes' },
  // "le bras qui tombe", "le bras gauche tout mou", "le bras de mon père pend le long du corps",
  // "la main droite toute molle", "la jambe qui lâche" (a blind probe's "avc" read as "avec" showed
  // them missing). Not "un coup de main qui tombe à pic", "mon bras droit lâche l'équipe", nor "les
  // bras m'en tombent" at the paperwork.
  { id: 'membre-tombe', category: 'vital', words: 'bras|jambe|visage|paupiere|oeil tombe|tombent|pend|pendent|mou|molle|ballant*|inerte', gap: 3, unless: 'malade|enceinte|conge|vacances|dossier|dossiers|paperasse|administratif|administration|ars|cpam|facture|factures|budget|devis|ruptures|rupture|stock|stocks' },
  { id: 'main-molle', category: 'vital', words: 'main droite|gauche molle|tombe|pend|inerte', gap: 2, unless: 'malade|secretariat|tombez|couloir|porte|escalier' },
  // (Not "les jambes me lâchent", tiredness.)
  { id: 'tomber-main', category: 'vital', words: 'tomber|tombe main gauche|droite', gap: 3 },
  { id: 'jambe-porte-plus', category: 'vital', words: 'jambe! porte|portait plus', gap: 3 },
  { id: 'bouche-part', category: 'vital', words: 'bouche part|tire|devie', gap: 1 },
  { id: 'mots-bizarres', category: 'vital', words: 'mots bizarre*|bizare|sortent|melang*', gap: 4, unless: 'compte|rendu|mail|courrier|texte|site|document|dossier|passe|cle|cles' },
  { id: 'jambe-lache', category: 'vital', words: 'jambe! lache|lachent|derobe|derobent', gap: 2 },
  // A hand that no longer holds ("il ne peut plus tenir son verre", "elle lâche sa tasse"): sudden
  // weakness, said by what it drops (a review's miss).
  { id: 'tient-plus-son-verre', category: 'vital', words: 'plus|pas tenir|attraper|saisir|porter verre|tasse|fourchette|cuillere|couverts|bol|stylo', gap: 1, personal: true },
  { id: 'lache-son-verre', category: 'vital', words: 'lache|lachait|lachent verre|tasse|fourchette|cuillere|couverts|bol', gap: 1, personal: true },
  { id: 'traine-la-jambe', category: 'vital', words: 'traine|trainait jambe', gap: 2, unless: 'dossier|projet|ars|administration|mairie' },
  // (Not "mon bras droit ne répond plus à mes mails", "la main d'œuvre ne répond pas".)
  { id: 'membre-repond-plus', category: 'vital', words: 'bras|jambe|main|visage|corps|moitie repond|reponds plus|pas', gap: 3, unless: 'mails|mail|messages|appels|telephone|annonces|annonce|oeuvre|courriers|sms' },
  { id: 'plus-de-force', category: 'vital', words: 'plus|pas|perdu|perte force bras|jambe|main|jambes', gap: 3, unless: 'fer|proposition|frappe|projet|tendre|mairie' },
  { id: 'faiblesse-membre', category: 'vital', words: 'faiblesse bras|jambe|visage', gap: 3, unless: 'fer|financement*|budget|dossier|point|points|projet|arme|site|communication' },
  { id: 'en-slurred', category: 'vital', words: 'slurred|slurring' },
  { id: 'en-face-lopsided', category: 'vital', words: 'face|mouth|smile lopsided|droop*|crooked|uneven', gap: 2 },
  // "she talks gibberish", not "the forms are gibberish to me".
  { id: 'en-talks-gibberish', category: 'vital', words: 'talks|talking|talked|talk|speaks|speaking|speak|spoke gibberish', gap: 1, personal: true },
  // "can't find her words" (read as "can not"), not "the words to thank you", "the Word template".
  { id: 'en-cant-find-words', category: 'vital', words: 'can|could not find his|her|my|their words!', gap: 0, notThen: 'to' },
  { id: 'en-cannot-lift', category: 'vital', words: 'not|unable lift|raise|move arm|arms|leg|legs', gap: 3 },
  // One side of the body weak or numb, sudden confusion: a stroke's signs ("faiblesse soudaine d'un
  // côté du corps", "perte de force d'un côté", "sudden weakness on one side").
  { id: 'faiblesse-un-cote', category: 'vital', words: 'faiblesse|faible|force|engourdi*|insensible|lourd* un|seul cote|moitie', gap: 3 },
  { id: 'en-weak-one-side', category: 'vital', words: 'weak|weakness!|numb|numbness!|paralysed!|paralyzed! one|left|right! side', gap: 3 },
  { id: 'confusion-soudaine', category: 'vital', words: 'soudain*|brutal*|brusque* confus*|confusion|desoriente*', gap: 2 },
  // "tout à coup complètement perdue" (not "du coup j'ai tout perdu", "perdu dans les dossiers").
  { id: 'soudain-perdu', category: 'vital', words: `${SUDDENLY} est|semble|completement|totalement|toute perdu|perdue`, gap: 2, personal: true, unless: LOST_IN_WORK },
  { id: 'soudain-confus', category: 'vital', words: 'confus*|confusion|desoriente* soudain*|brutal*|brusque*', gap: 4 },
  { id: 'en-sudden-confusion', category: 'vital', words: 'sudden!|suddenly! confused!|confusion!|disoriented!', gap: 1 },
  // Not a language: "trouble speaking French".
  { id: 'en-trouble-speaking', category: 'vital', words: 'trouble!|difficulty!|struggling! speaking!|talking!', gap: 1, unless: 'french|english|anglais|francais|language|languages|langue|public|publicly|accent|each|other|together|colleagues|team|teams|patients|about|with|meetings' },

  // ---- Unconsciousness, seizures ----
  { id: 'inconscient', category: 'vital', words: 'inconscient*|inanime*|evanoui*|evanouissement|unconscious|unresponsive|fainted|collapsed|coma' },
  { id: 'perte-connaissance', category: 'vital', words: 'perdu|perte|perd|perdre|tombe connaissance|conscience|connaisance', gap: 2 },
  { id: 'ne-repond-plus', category: 'vital', words: `${SOMEONE} repond|respond|responding plus|pas|not|rien|peine`, gap: 4, unless: CORRESPONDENCE },
  { id: 'en-not-responding', category: 'vital', words: 'not|stopped responding!|reacting!|responsive!', gap: 1, unless: `${CORRESPONDENCE}|server|website|site|page|app|phone|emails|calls` },
  // "can't", "won't" are read as "can not", "won not".
  { id: 'en-cant-wake', category: 'vital', words: 'can|could|won|will|would not wake|rouse', gap: 0 },
  { id: 'en-unable-to-wake', category: 'vital', words: 'unable wake|rouse', gap: 2 },
  { id: 'en-knocked-out', category: 'vital', words: 'knocked out', gap: 0 },
  { id: 'en-someone-confused', category: 'vital', words: `${SOMEONE} confused!|disoriented!|delirious!|incoherent!`, gap: 6, unless: 'rules|form|forms|process|procedure|question|questions|application|funding|aci|sisa|contract|website|paperwork|documents|meeting|schedule' },
  { id: 'en-not-making-sense', category: 'vital', words: 'not|isn|isnt making sense', gap: 1, personal: true, unless: 'form|forms|document|documents|website|rules|law|letter|email|contract|budget|plan|figures|numbers' },
  { id: 'ne-reagit-plus', category: 'vital', words: `${SOMEONE} reagit|bouge!|bouger!|reveille|wake plus|pas|not|up|rien`, gap: 4 },
  // "il est tombé et ne se réveille pas": the person named further back than the gap allows.
  { id: 'reveille-pas', category: 'vital', words: 'reveille|reagit plus|pas', gap: 1, personal: true },
  { id: 'arrive-pas-le-reveiller', category: 'vital', words: 'arrive|arrivons|peux|peut|reussis|impossible pas|plus|de le|la|l reveiller', gap: 1 },
  // Someone on the ground who cannot get up ("ne se relève pas", "n'arrive pas à se relever").
  { id: 'se-releve-pas', category: 'vital', words: 'se|s|me|m releve|relevent|relever pas|plus', gap: 1 },
  { id: 'peut-pas-se-relever', category: 'vital', words: 'pas|plus|impossible se|s|me|m relever', gap: 2 },
  // "elle n'arrive pas à se remettre debout", "il ne tient plus debout", "par terre depuis ce matin".
  { id: 'plus-debout', category: 'vital', words: 'pas|plus|impossible remettre|relever|tenir|lever debout', gap: 3, personal: true, unless: 'projet|budget|dossier|argument*|raisonnement|plan|idee|histoire|modele' },
  // Not tiredness from work: "la coordinatrice ne tient plus debout tellement elle a de travail".
  { id: 'tient-plus-debout', category: 'vital', words: 'tient|tiens|tenait|tenir plus|pas debout', gap: 1, personal: true, unless: 'projet|budget|dossier|argument*|raisonnement|plan|idee|histoire|modele|travail|boulot|charge|reunions|dossiers|coordination|patients|patientele|consultations|gardes|tellement|deborde|debordee' },
  { id: 'par-terre-depuis', category: 'vital', words: 'par|au terre|sol depuis', gap: 2, personal: true },
  { id: 'en-cannot-get-up', category: 'vital', words: 'fell|fallen|floor|ground not|unable get|stand up', gap: 6 },
  // Confusion (a low sugar, a stroke, the cold, the heat): "il dit n'importe quoi", "des choses sans
  // suite", "elle ne sait plus où elle est", "il ne me reconnaît plus".
  { id: 'dit-n-importe-quoi', category: 'vital', words: 'dit|dis|disait|raconte|racontait|dire n importe quoi', gap: 0, personal: true, unless: 'reforme|politique|ministre|gouvernement|journal|media|medias|internet|article|presse|rumeur|rumeurs|sisa|statuts|contrat|reunion|reunions|projet|aci|ars|cpam|mairie|federation' },
  { id: 'sans-suite', category: 'vital', words: 'dit|disait|raconte|racontait|parle|parlait|dire choses|mots|phrases sans suite|queue', gap: 3, personal: true },
  // Contiguous: "je ne sais plus où est le formulaire", "où j'en suis" are no confusion.
  { id: 'sait-plus-ou', category: 'vital', words: 'sait|savait plus|pas ou il|elle est|etait', gap: 0, personal: true, unless: LOST_IN_WORK },
  { id: 'sais-plus-ou-je-suis', category: 'vital', words: 'sais|savais plus|pas ou je|j suis|etais', gap: 0, unless: LOST_IN_WORK },
  { id: 'reconnait-plus', category: 'vital', words: 'reconnait|reconnaissait plus|pas personne|rien|moi|me', gap: 2, personal: true },
  // "elle me reconnaît plus depuis 1h"; not a password or a card the software no longer knows.
  { id: 'me-reconnait-plus', category: 'vital', words: 'me|m|nous reconnait|reconnaissait plus|pas', gap: 0, personal: true, unless: 'alzheimer|demence|logiciel|site|appli|application|compte|identifiant*|carte|ordinateur|telephone|portable|badge|empreinte|visage' },
  // "elle ouvre pas les yeux quand je la secoue".
  { id: 'ouvre-pas-les-yeux', category: 'vital', words: 'ouvre!|ouvrent!|ouvrait! pas|plus yeux', gap: 2, personal: true },
  { id: 'coup-de-chaleur', category: 'vital', words: 'coup chaleur', gap: 1, topic: true },
  // A heat stroke told by its signs: someone confused in the heat, no more sweat. Not a team's sheet
  // (HEAT_PROJECT), nor an apology ("je suis confuse, avec la chaleur j'ai oublié").
  { id: 'chaleur-confus', category: 'vital', words: 'canicule|chaleur|soleil|chaud|degres confus|confuse|desoriente|desorientee', gap: 6, personal: true, unless: HEAT_PROJECT },
  { id: 'confus-chaleur', category: 'vital', words: 'confus|confuse|desoriente|desorientee canicule|chaleur|soleil|chaud|degres', gap: 6, personal: true, unless: HEAT_PROJECT, notAfter: 'suis|sommes' },
  { id: 'transpire-plus', category: 'vital', words: 'transpire!|transpirait!|sue!|suait! plus du tout', gap: 0 },
  // "mamie ne transpire plus malgré la chaleur"; not "il ne transpire plus que moi".
  { id: 'ne-transpire-plus', category: 'vital', words: 'ne|n transpire!|transpirait! plus', gap: 0, endsOr: ['malgre', 'alors', 'avec', 'depuis', 'par'] },
  { id: 'hypothermie', category: 'vital', words: 'hypotherm*|hypertherm*', topic: true },
  { id: 'en-stopped-sweating', category: 'vital', words: 'stopped sweating', gap: 0 },
  { id: 'nuit-dehors-froid', category: 'vital', words: 'nuit dehors|froid|gel|neige', gap: 4, personal: true },
  { id: 'froid-toute-la-nuit', category: 'vital', words: 'dehors|froid toute|nuit nuit|froid|glace|glacee|glaces', gap: 5, personal: true },
  // A fall or a knock, then vomiting, drowsiness or confusion: a head injury.
  {
    id: 'chute-puis-signes',
    category: 'vital',
    words: 'chute|tombe|tombee|cogne*|choc vomi*|somnolent*|somnolence|endormi*|confus*|convuls*|reveille',
    gap: 8,
    unless: 'malade|malades|panne',
  },
  { id: 'malaise', category: 'vital', words: 'fait|fais|faire|faisait|eu|fit malaise|malaises', gap: 1 },
  // "mon père a un malaise"; not "il y a un malaise dans notre équipe" (a team's unease).
  { id: 'a-un-malaise', category: 'vital', words: 'a|ai|as malaise|malaises', gap: 1, unless: 'equipe|equipes|ambiance|relationnel|relationnelle|tension|tensions|conflit*|climat|management|gouvernance|associes' },
  { id: 'dans-les-pommes', category: 'vital', words: 'dans pommes|vapes|vap', gap: 1 },
  { id: 'effondre', category: 'vital', words: 'effondre*|ecroule*', personal: true },
  { id: 'en-train-de-mourir', category: 'vital', words: 'train mourir|crever!', gap: 1 },
  { id: 'en-dying', category: 'vital', words: 'am|is|be dying', gap: 0 },
  { id: 'convulsions', category: 'vital', words: 'convuls*|convulsion*|seizure*|epilep*', topic: true },
  // A seizure told by its signs: "il fait une crise, il tremble de partout, les yeux révulsés, il bave".
  { id: 'yeux-revulses', category: 'vital', words: 'yeux|oeil|eyes revulse*|rolled|rolling', gap: 1 },
  { id: 'crise-tremble', category: 'vital', words: 'crise tremble*|secoue*|secousse*|bave|spasme*|raidi*', gap: 4, personal: true, unless: 'angoisse|panique|nerfs|rire|larmes|sanitaire|financiere|economique' },
  { id: 'passed-out', category: 'vital', words: 'passed|pass out', gap: 0 },

  // ---- Bleeding ----
  { id: 'saigne', category: 'vital', words: 'saign*|hemorrag*|sang beaucoup|abondam*|abondant*|enormement|fort|partout|arrete|arret*|arreter|flots', gap: 4 },
  // "le sang gicle", "le sang coule et ça ne veut pas s'arrêter", "ça n'arrête pas de saigner":
  // bleeding that spurts or will not stop, the stop said some words after the blood, or before.
  { id: 'sang-gicle', category: 'vital', words: 'sang|saign* gicle|giclait|giclent|gicler|jaillit|jaillissait|pulse', gap: 2 },
  { id: 'sang-ne-s-arrete-pas', category: 'vital', words: 'sang|saign* ne|n arrete|arretent|arreter|stoppe|stopper|cesse|cesser', gap: 4 },
  { id: 'n-arrete-pas-de-saigner', category: 'vital', words: 'arrete|arretent|cesse pas|plus saign*', gap: 2 },
  // "il s'est coupé très profondément le bras": a deep wound, of the writer or someone near.
  { id: 'coupure-profonde', category: 'vital', words: 'coupe|couper|coupee|coupure|entaille* profond*|profondement', gap: 3, personal: true },
  // "ça pisse le sang": heavy bleeding, said plainly.
  { id: 'pisse-le-sang', category: 'vital', words: 'pisse|pissait|pissent sang', gap: 1 },
  // "le torchon est déjà tout rouge", "ça coule sans arrêt", "s'est ouvert le crâne", "une flaque rouge".
  { id: 'linge-rouge', category: 'vital', words: 'torchon|serviette|compresse*|pansement|linge|tshirt|vetement* imbibe*|trempe*|rouge', gap: 4, personal: true },
  { id: 'coule-sans-arret', category: 'vital', words: 'coule|coulent|coulait|saign*|sang sans|non arret|arreter|cesse|stop', gap: 3, personal: true },
  { id: 'ouvert-le-crane', category: 'vital', words: 'se|s ouvert|fendu|fendue|ouvre crane|tete|arcade|front', gap: 2 },
  { id: 'flaque-rouge', category: 'vital', words: 'flaque|mare rouge|sang', gap: 1, personal: true },
  { id: 'perd-sang', category: 'vital', words: 'perd|perdu|perte|crache|crachat|vomit|vomi|vomis|plein|flaque sang', gap: 3 },
  { id: 'hemorragie', category: 'vital', words: 'hemorragie|hemoragie|haemorrhage|hemorrhage', topic: true },
  { id: 'en-bleeding', category: 'vital', words: 'bleeding|bleed|bleeds|blood! heavily|lot|stop|badly|everywhere|much|pumping!|spurting!|gushing!|pouring!', gap: 3 },
  { id: 'en-wont-stop-bleeding', category: 'vital', words: 'won|wont|doesn|isn|can|not stop|stopping bleeding', gap: 1 },
  { id: 'en-heavy-bleeding', category: 'vital', words: 'heavy!|severe!|serious!|massive! bleeding', gap: 1 },
  // Not blood tests nor a blood donation.
  { id: 'en-losing-blood', category: 'vital', words: 'losing!|lost|lot|lots blood!', gap: 2, unless: 'test|tests|donation|donor|donors|pressure|sugar|bank' },

  // ---- Overdose, poisoning ----
  { id: 'overdose', category: 'vital', words: 'overdose*|surdose*|overdosed|od', topic: true },
  { id: 'trop-medicaments', category: 'vital', words: 'trop|tout|toute|boite|plaquette medicament*|medocs!|comprime*!|cachet*|pilule*|gelule*|pills!|tablets|doliprane|paracetamol|dafalgan|efferalgan|xanax|lexomil|tramadol|somnifere*|insuline|anxiolytique*|antidepresseur*', gap: 3 },
  // "j'ai pris 20 dolipranes", "il a pris tous ses médicaments", "toute la plaquette".
  { id: 'pris-tous', category: 'vital', words: `pris|pri|prise!|avale*|gobe*|ingere*|bu|took|taken|swallowed tous|toutes|tout|toute|all|${COUNT} ${PILLS}`, gap: 2 },
  { id: 'en-a-pris-20', category: 'vital', words: `${PILLS} pris|pri|avale*|gobe* ${COUNT}`, gap: 3 },
  // "I took too many pills", "too much insulin" (the French "trop" is in trop-medicaments).
  { id: 'en-too-many-pills', category: 'vital', words: 'too many|much pills!|tablets|meds|medication*|medicine*|painkillers!|paracetamol|tylenol|sleeping!|insulin!', gap: 1, unless: 'patients|programme|program|deprescribing|deprescription|polypharmacy|review|reviews|audit|project|workshop|training|elderly|residents|prescribe|prescribing|prescribed' },
  { id: 'en-whole-bottle', category: 'vital', words: 'took|taken!|swallowed! whole!|entire! bottle!|box|packet!|pack', gap: 2 },
  // Not "bu": "j'ai bu un café et pris mon doliprane".
  { id: 'alcool-et-cachets', category: 'vital', words: `alcool|alcoolise*|ivre|saoul|soul|bourre|whisky|vodka pris|pri|avale*|gobe* ${PILLS}`, gap: 3 },
  // Past tense only: "peut-on avaler un comprimé avec de l'alcool ?" is a medical question.
  { id: 'cachets-et-alcool', category: 'vital', words: `pris|prise|avale!|avalee!|avales!|gobe!|took|taken!|swallowed! ${PILLS} alcool|whisky|vodka|vin|biere|alcohol|drinking!|drunk|beer|wine`, gap: 3 },
  {
    id: 'avale-produit',
    category: 'vital',
    words:
      'avale*|ingere*|bu|boit|swallowed|drank javel|produit*|detergent*|poison*|toxique*|pile|piles|bleach|medicament*|medocs!|cachet*|comprime*!|pilule*|gelule*|pills!|tablets|destop|deboucheur*|acide|soude|ammoniaque|essence|essentielle*|spirit|antigel|lessive|insecticide*|raticide|pesticide*|champignon*',
    gap: 4,
  },
  // Smoke or gas breathed in, a fire.
  { id: 'fumee', category: 'vital', words: 'respire*|inhale*|avale* fumee|fumees|gaz|monoxyde|vapeurs', gap: 3 },
  // A child who bit, licked or ate a household product or pills ("croqué une capsule de lessive",
  // "léché le déboucheur", "mangé des cachets de sa mamie").
  { id: 'croque-produit', category: 'vital', words: 'croque*|leche*|mange*|mordu|mordille*|suce*|bouche capsule*|lessive|deboucheur*|javel|detergent*|destop|ammoniaque|soude|antigel|insecticide*|raticide|pile|piles', gap: 4 },
  { id: 'mange-cachets', category: 'vital', words: `mange|mangee|manges|croque*|leche*|suce* ${PILLS}`, gap: 2, personal: true },
  // A scald: "renversé la casserole sur lui".
  { id: 'renverse-casserole', category: 'vital', words: 'renverse*|tombe* casserole|bouilloire|friteuse|marmite|bouillant* sur|dessus', gap: 3 },
  // "de l'huile chaude sur le bras": a hot liquid on the body (not "du café chaud sur le dossier").
  { id: 'liquide-chaud-sur', category: 'vital', words: 'huile|eau|soupe|cafe|the|lait|liquide chaud|chaude|brulant*|bouillant* bras|jambe*|visage|main|mains|ventre|torse|cou|pied*|lui|elle|moi', gap: 3 },
  { id: 'incendie', category: 'vital', words: 'incendie|incendies|fire!', topic: true },
  { id: 'intoxication', category: 'vital', words: 'intoxi*|empoisonn*|poisoned|poisoning', topic: true },
  // Wild mushrooms eaten, then sick ("des champignons cueillis en forêt et vomit sans arrêt"; a
  // measure of realistic traffic).
  { id: 'champignons-malade', category: 'vital', words: 'champignon|champignons vomi*|malade|diarrhee|pale|cueilli*|ramasse*|foret', gap: 6, unless: `${PROJECT}|recette|recettes|cuisine|repas|traiteur|pizza|omelette` },
  // A fall or a blow to the head that bleeds or makes one vomit; a fingertip cut off.
  { id: 'saigne-de-la-tete', category: 'vital', words: 'saign*|sang tete|crane', gap: 2 },
  { id: 'tete-vomit', category: 'vital', words: 'tombe|tombee|chute|cogne|cognee|choc tete vomi*', gap: 6 },
  { id: 'doigt-detache', category: 'vital', words: 'doigt|doigts|main|orteil|bout|phalange detache*|sectionne*|arrache*|tranche*', gap: 4, unless: 'logiciel|site|etiquette|etiquettes|papier|feuille|affiche|formulaire|page|coupon' },

  // ---- Allergy, drowning, burns, generic ----
  { id: 'anaphylaxie', category: 'vital', words: 'anaphyla*|oedeme', topic: true },
  // A sting in the mouth or throat can close the airway: "piqûre de guêpe dans la gorge".
  { id: 'piqure-gorge', category: 'vital', words: 'guepe*|abeille*|frelon*|wasp*|hornet*|stung|sting gorge!|bouche|langue|throat|mouth|tongue', gap: 4 },
  // "j'ai la gorge qui se ferme après des cacahuètes".
  { id: 'gorge-se-ferme', category: 'vital', words: 'gorge!|throat ferme!|fermait|referme*|fermee!', gap: 3 },
  { id: 'gorge-gonfle', category: 'vital', words: 'gorge|langue|visage|levres|paupieres|throat|tongue|lips gonfl*|enfl*|volume|swell*!|swollen|closing|tight!|tightening!', gap: 3 },
  { id: 'en-face-swelling', category: 'vital', words: 'face swelling!|swollen!|swells!|puffy!', gap: 2 },
  { id: 'en-sting-dizzy', category: 'vital', words: 'stung|sting|peanut!|peanuts!|allergic! dizzy|wheezing!|swelling!|swollen!|hives|faint!|fainted!|fainting!', gap: 10 },
  { id: 'noyade', category: 'vital', words: 'noyade|noye|noyee|drown*!', topic: true },
  { id: 'electrocution', category: 'vital', words: 'electrocut*|electrise*', topic: true },
  // "il s'est pris un coup de jus électrique", "une décharge électrique", "il s'est pris une
  // décharge", "il a pris du 220", "mis les doigts dans la prise", "touché un fil électrique"
  // (not "un coup de jus" at work, "déchargée courant septembre", a patient's signed "décharge").
  { id: 'decharge-electrique', category: 'vital', words: 'decharge|decharges|jus electrique|electriques', gap: 1, unless: 'statique|moquette|borne|voiture|voitures|gratuit|recharge' },
  { id: 'pris-une-decharge', category: 'vital', words: 'pris|prend|recu|prise une|du|le decharge|courant|220|volts', gap: 1, unless: 'dossier|depot|mairie|signe|signer|signature|responsabilite|document|charge|patient|patiente|refus|soins|classer|edf|factures|facture|scm|rebrousse|poil|equipe|abonnement|contrat|compteur' },
  { id: 'colle-au-courant', category: 'vital', words: 'colle|collee|scotche courant|prise|fil', gap: 2 },
  { id: 'haute-tension', category: 'vital', words: 'ligne|cable|fil|touche haute tension', gap: 1 },
  { id: 'coup-de-jus-tombe', category: 'vital', words: 'jus tombe|terre|bouge|inconscient*|respire|reagit|baignoire', gap: 5 },
  { id: 'doigts-prise', category: 'vital', words: 'doigts|doigt|fourchette|couteau|cle|clef|tournevis|epingle|trombone|clou|ciseaux prise|prises', gap: 3, unless: 'rdv|rendez|sang|charge|main|logiciel' },
  { id: 'fil-electrique', category: 'vital', words: 'touche|touchait|attrape|mordu|mord|mordille fil|cable electrique|denude', gap: 2, unless: 'incident|declarer|declaration' },
  // A road or home accident with someone hurt or trapped ("accident de voiture… un blessé coincé").
  // (Not "travail": "accident de travail, il est coincé sous la machine".)
  { id: 'accident-blesse', category: 'vital', words: 'accident|carambolage blesse|blesses|blessee|blessees|inconscient*|ensanglant*|incarcere*|saigne|saignent|sang|bouge|repond|respire|coince|coincee|coinces|casse|cassee|fracture*', gap: 8, unless: 'declaration|declarer|dossier|formulaire|assurance|cpam|projet|parcours|calendrier|retard|bouchon|bouchons|circulation|rocade|autoroute|reunion|exposition|aes|protocole|sans|rdv|rendez|decale|decaler|secretariat' },
  { id: 'pieton-renverse', category: 'vital', words: 'pieton|pietons|pietonne|cycliste|motard renverse|renversee|fauche|fauchee|percute|percutee', gap: 2, unless: 'cafe|the|eau|verre|dessus' },
  { id: 'voiture-percute', category: 'vital', words: 'voiture|camion|bus|moto|scooter|vehicule percute|renverse|fauche pieton|cycliste|enfant|motard|passant|personne|femme|homme', gap: 2 },
  { id: 'se-fait-renverser', category: 'vital', words: 'fait|faite renverser|faucher|percuter|ecraser', gap: 0, unless: 'tendance|situation|vapeur|budget' },
  // "ma fille s'est fait renverser par une voiture", "un piéton renversé par un bus".
  // (Not "percuté", understood: "j'ai pas percuté car le mail…".)
  { id: 'renverse-voiture', category: 'vital', words: 'renverse|renversee|renverser|fauche|fauchee voiture|scooter|moto|camion|bus|velo|vehicule|auto|car|tram', gap: 3, unless: 'verre|cafe|eau|seau|poubelle|budget|tendance|situation|vapeur' },
  // A burn by a hot liquid, fire, a chemical (not "brûlures d'estomac", nor a small burn to soothe: medical).
  {
    id: 'brulure',
    category: 'vital',
    words: 'brule*|brulure*|ebouillant* eau|huile|bouillant*|feu|flamme*|acide|soude|vapeur|friteuse|four!|barbecue|essence|chimique*|javel',
    gap: 4,
    topic: true,
  },
  { id: 'ebouillante', category: 'vital', words: 'ebouillant*!|immole*!', topic: true },
  { id: 'en-burn', category: 'vital', words: 'burn|burned!|burnt!|scald*|scalded! boiling|fire|oil|water|acid|chemical', gap: 4 },
  { id: 'urgence-vitale', category: 'vital', words: 'urgence vitale', gap: 0 },
  // Not a deadline: "c'est une urgence, je dois déposer le dossier FIR vendredi" (a danger said
  // with it has patterns of its own).
  { id: 'une-urgence', category: 'vital', words: 'une|est urgence', gap: 0, unless: 'dossier|dossiers|fir|ars|aci|cpam|administratif*|administrative*|deposer|depot|delai|delais|candidature|subvention*|facture*|paiement|formulaire|cotisation|newsletter|signature|signer|envoyer|rendre' },
  { id: 'samu', category: 'vital', words: 'samu|ambulance|911', topic: true },
  { id: 'en-emergency', category: 'vital', words: 'an|medical|this emergency', gap: 1 },

  // ---- Warning signs that call for 15 rather than the doctor tomorrow ----
  // A baby with fever (under 3 months it is always urgent; a false alarm above that costs little).
  { id: 'bebe-fievre', category: 'vital', words: 'bebe|bebes|nourrisson*|nouveau|baby|infant|newborn fievre|fievreux|fievreuse|temperature|brulant|brulante|chaud|chaude|fever!|38|39|40|41|42', gap: 4 },
  // "ma fille de 3 semaines a 38", "un enfant de 2 mois fiévreux": an infant by its age.
  {
    id: 'semaines-fievre',
    category: 'vital',
    words: 'de|a 1|2|3|4|5|6|7|8|9|10|11|12|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze semaine|semaines fievre|fievreux|fievreuse|temperature|brulant|brulante|chaud|chaude|38|39|40|41|42',
    gap: 4,
  },
  { id: 'en-infant-age', category: 'vital', words: '1|2|3|4|5|6|7|8|9|10|11|12|one|two|three|four|five|six weeks|week|months|month old fever!|temperature|38|39|40|41', gap: 4 },
  { id: 'mois-fievre', category: 'vital', words: 'de|a 1|2|3|un|deux|trois mois fievre|fievreux|fievreuse|temperature|brulant|brulante|chaud|chaude|38|39|40|41|42', gap: 4 },
  { id: 'fievre-40', category: 'vital', words: '40|41|42 fievre|temperature', gap: 2 },
  { id: '40-degres', category: 'vital', words: '40|41|42 degres|degre', gap: 0, unless: 'canicule|chaleur|dehors|meteo|soleil|ete|exterieur|climatis*' },
  { id: 'fievre-a-40', category: 'vital', words: 'fievre|temperature 40|41|42', gap: 2 },
  // Fever with a stiff neck or purple spots: meningitis, purpura fulminans.
  { id: 'fievre-nuque', category: 'vital', words: 'fievre|fievreux|fievreuse|temperature nuque', gap: 5 },
  { id: 'nuque-fievre', category: 'vital', words: 'nuque fievre|fievreux|fievreuse|temperature', gap: 5 },
  { id: 'fievre-taches', category: 'vital', words: 'fievre|fievreux|fievreuse|temperature tache*|bouton*|plaque* violet*|pourpre*', gap: 4 },
  { id: 'taches-fievre', category: 'vital', words: 'tache*|bouton*|plaque* violet*|pourpre* fievre|fievreux|fievreuse|temperature', gap: 6 },
  { id: 'purpura', category: 'vital', words: 'purpura|purpurique*' },
  // Spots that do not fade under a pressed glass.
  { id: 'taches-ne-s-effacent-pas', category: 'vital', words: 'tache*|bouton*|plaque* effacent|efface|disparaissent|disparait pas|plus', gap: 3 },
  // The worst or a sudden headache: haemorrhage.
  { id: 'pire-mal-de-tete', category: 'vital', words: 'pire|pires! mal|douleur*|migraine* tete|vie', gap: 2 },
  { id: 'mal-de-tete-brutal', category: 'vital', words: 'mal|douleur*|migraine* tete brutal*|soudain*|violent*|explos*|tonnerre', gap: 3 },
  { id: 'mal-de-tete-pire', category: 'vital', words: 'tete|migraine*|headache! pire|worst vie|life', gap: 10 },
  { id: 'en-worst-headache', category: 'vital', words: 'worst headache!', gap: 1 },
  { id: 'en-lost-vision', category: 'vital', words: 'lost|losing|lose vision!|sight!', gap: 2 },
  { id: 'mal-de-tete-atroce', category: 'vital', words: 'mal|douleur*|migraine* tete atroce*|insupportable*|massue', gap: 3 },
  // Sight lost all at once, in one eye or both.
  { id: 'vois-plus-rien', category: 'vital', words: 'vois|voit|voyait|voyais plus|pas rien', gap: 1, personal: true, unless: `${LOST_IN_WORK}|site|page|ecran|lien|menu|bouton|agenda|mail|mails|message|carte|mise|jour|application|appli|msp|msps|plan|pdf|document|fichier|tableau|liste|compte` },
  { id: 'rideau-noir', category: 'vital', words: 'rideau|voile noir|devant oeil|yeux|vue', gap: 3 },
  // A diabetic sweating, shaking or confused: a low sugar.
  { id: 'diabetique-malaise', category: 'vital', words: 'diabet*|insuline|insulin! transpire*|sueur*|tremble*|confus!|confuse!|sweaty!|sweating!|shaky!|shaking!|confused!', gap: 10, personal: true, unless: `${PROJECT}|guidelines|recommandations|guide|formation|webinaire|webinar|reunion|meeting` },
  // Dehydration: no more pee, sunken eyes.
  { id: 'fait-plus-pipi', category: 'vital', words: 'fait|fais plus|pas pipi|urine*', gap: 2 },
  { id: 'yeux-creux', category: 'vital', words: 'yeux creux|enfonces', gap: 1, personal: true },
  // Pregnancy: bleeding, waters broken; the bleeding may come a sentence later ("enceinte de 6 mois,
  // elle a très mal au ventre, elle saigne"): both words are health, a wide gap costs little.
  { id: 'enceinte-saigne', category: 'vital', words: 'enceinte|grossesse|pregnant saign*|hemorrag*|bleeding', gap: 12 },
  { id: 'saigne-enceinte', category: 'vital', words: 'saign*|hemorrag*|bleeding enceinte|grossesse|pregnant', gap: 5 },
  // A birth under way outside a maternity ward.
  { id: 'accouche-maintenant', category: 'vital', words: 'accouche|accouchement|accoucher maintenant|maison|domicile|voiture|route|tete|imminent|arrive', gap: 3, personal: true },
  { id: 'perdu-les-eaux', category: 'vital', words: 'perdu|perte|perd|rompu|rompue|rupture|poche eaux', gap: 2 },
  // Contractions in a pregnancy ("enceinte de 30 semaines, des contractions toutes les 5 minutes").
  { id: 'enceinte-contractions', category: 'vital', words: 'enceinte|grossesse|pregnant contraction*', gap: 8 },
  { id: 'en-water-broke', category: 'vital', words: 'water!|waters! broke|broken|breaking', gap: 1 },

  // ---- Medical advice (refused kindly) ----
  {
    id: 'medicament',
    category: 'medical',
    words:
      'doliprane|dafalgan|efferalgan|paracetamol|acetaminophen|tylenol|ibuprofene|ibuprofen|advil!|nurofen|aspirine|aspirin|kardegic|levothyrox|antibiotique*|antibiotic*|amoxicilline|amoxicillin|augmentin|xanax|lexomil|tramadol|codeine|cortisone|corticoide*|ventoline|insuline|metformine|somnifere*|anxiolytique*|antidepresseur*|antidepressant*|antihistaminique*|spasfon|smecta|gaviscon|lamaline|ixprim|opium|morphine|omeprazole|esomeprazole|pantoprazole|lansoprazole|inexium|mopral|melatonine|melatonin|medicament*|medoc*!|comprime*!|cachet*|gelule*|sirop|pommade*|collyre*|suppositoire*|pilule*|statine*|anticoagulant*|antalgique*|antiinflammatoire*|betabloquant*|diuretique*|laxatif*|medication*|pills!|pill!|antibio|antibios|inhaler|inhalers|inhalateur*|puffs',
    // "Notre MSP voudrait des TROD CRP pour réduire les antibiotiques", the slogan "les antibiotiques,
    // c'est pas automatique", "a bitter pill to swallow". (Not "limiter" nor "usage": a patient's words too.)
    unless: 'trod|trods|antibioresistance|iatrogenie|deprescription|automatique|bitter',
  },
  // Not "I need to pick up my prescription at the front desk" ("picked up", past, stays).
  { id: 'prescription', category: 'medical', words: 'prescription!', unless: 'pick' },
  // "la dose de travail d'une coordinatrice" is no medicine.
  { id: 'dose', category: 'medical', words: 'posologie|dose|doses!|dosage', unless: 'travail|boulot|temps|charge|stress|heures|coordination|humour|patience|courage|motivation' },
  // "MG France", the union of general practitioners, is no milligram.
  { id: 'milligrammes', category: 'medical', words: 'mg|milligramme*', unless: 'france' },
  { id: 'anti-inflammatoire', category: 'medical', words: 'anti inflammatoire*', gap: 0 },
  { id: 'effets-secondaires', category: 'medical', words: 'effet|effets|side secondaire*|indesirable*|effect|effects', gap: 1 },
  // Vaccines by name, for oneself or a relative.
  // Not a team offering them: "je suis pharmacien, je voudrais proposer la vaccination contre le zona".
  { id: 'vaccin-nomme', category: 'medical', words: 'dtp|dtpolio|tetanos|zona|hpv|papillomavirus|ror|pneumocoque|meningocoque|bcg', personal: true, unless: `${PROJECT}|proposer|propose|organiser|pharmacien|pharmaciens|officine|poster*|affiche*|leaflet*` },
  { id: 'suis-diabetique', category: 'medical', words: 'suis|es|est diabetique*|asthmatique*|hypertendu*|epileptique*|cardiaque', gap: 1, personal: true, unless: PROJECT },
  {
    id: 'symptome',
    category: 'medical',
    words:
      'symptome*|symptom*|fievre|fievreux|toux|tousse|tousser|cough*!|demangeaison*|demange!|eruption|rash|vomi*|vomissement*|diarrhee|nausee*|vertige*|migraine*|fever!|headache|palpitation*|tachycard*|constip*|essouffl*|contraction*|contagieu*',
    topic: true,
  },
  {
    id: 'maladie-perso',
    category: 'medical',
    words: AILMENTS,
    personal: true,
    // "Le webinaire sur la maladie de Lyme est-il enregistré ? Je n'ai pas pu y assister."
    unless: 'campagne*|sensibilisation|webinaire*|webinar*|conference*|congres|replay|enregistre*|newsletter|traiteur|buffet|caterer|catering|inscription|assemblee|ag',
  },
  { id: 'mal-a', category: 'medical', words: 'mal|maux|douleur*|douloureu*|pain|ache gorge|tete|ventre|dos|dent|dents|oreille*|genou*|jambe*|pied*|bras|epaule*|estomac|yeux|oeil|nuque|cou|hanche|poignet|cheville|throat|head|stomach|back|tooth|ear', gap: 3, topic: true },
  // "my back pain", "knee ache": the body part first, in English.
  { id: 'en-body-pain', category: 'medical', words: 'back|knee|knees|neck|shoulder|hip|tooth|ear|stomach|joint|joints|muscle pain|pains|ache|aches', gap: 0, personal: true, topic: true, unless: 'workshop*|slides|session*|webinar*|chocolat' },
  // "mon genou me fait souffrir", "le dos me fait mal": the part of the body named first.
  { id: 'partie-fait-mal', category: 'medical', words: 'gorge|tete|ventre|dos|dent|dents|oreille*|genou*|jambe*|pied*|bras|epaule*|estomac|yeux|oeil|nuque|cou|hanche|poignet|cheville fait|font|faisait souffrir|mal', gap: 3, personal: true },
  // "j'ai mal compris", "j'ai du mal à comprendre le projet": read in the next words only, as
  // "je n'ai pas compris : j'ai mal au ventre" is pain.
  { id: 'j-ai-mal', category: 'medical', words: 'ai|j|have mal|douleur*|pain', gap: 1, notThen: NOT_PAIN, thenWithin: 3 },
  // Not "il n'y a pas de mal à manger pendant la réunion".
  { id: 'du-mal-a', category: 'medical', words: 'du|de mal a|pour dormir!|endormir!|avaler!|respirer!|manger!|uriner!|marcher!|cicatriser!|guerir!|plier!', gap: 1, personal: true, notAfter: 'pas' },
  // "ça me fait mal quand j'avale", "when I speak".
  { id: 'fait-mal-quand', category: 'medical', words: 'fait|font|faisait|ai|a|as|avez|ont mal quand|lorsque|lorsqu|qd|si|en parle!|parlant!|avale!|avalant!|respire!|respirant!|marche!|marchant!|mange!|mangeant!|bouge!|bougeant!|tousse!|toussant!|urine!|appuie!|appuyant!|touche!|plie!|pliant!|tourne!|tournant!|mache!|machant!|baisse!|baissant!|cours!|court!|courir!|courant!|leve!|lever!|levant!', gap: 2, notThen: 'de|du|des|apres' },
  // "it hurts when I bend my knee", "painful when swallowing"; not "when we run out of funding".
  { id: 'en-hurts-when', category: 'medical', words: 'hurts|hurt|painful|sore when|if i|he|she|you|my|his|her bend!|bending!|walk!|walking!|pee!|peeing!|swallow!|swallowing!|breathe!|breathing!|move!|moving!|eat!|eating!|cough!|coughing!|touch!|press!|lift!|lifting!|run!|running!|sit!|stand!|climb!|chew!|chewing!|talk!|talking!|urinate!|kneel!', gap: 1 },
  { id: 'en-hurts-when-ing', category: 'medical', words: 'hurts|hurt|painful|sore when|while bending!|walking!|peeing!|swallowing!|breathing!|moving!|eating!|coughing!|lifting!|running!|chewing!|talking!', gap: 0 },
  { id: 'sang-dans', category: 'medical', words: 'sang selles|urine*|crachat*|caca|pipi|sperme|nez|oreille*', gap: 3 },
  // Plural "analyses" only: "l'analyse des besoins du territoire" is a project's.
  { id: 'interpreter-analyses', category: 'medical', words: 'interpret*|comprendre|lire|decoder|expliquer|explique*|signifi* analyses|sanguin*|biologi*|radio|radiographie|irm|scanner|echographie|ecg|electrocardiogramme|mammographie|biopsie|frottis|glycemie', gap: 4, personal: true },
  // "What does a high LDL cholesterol result mean?"
  { id: 'en-result-mean', category: 'medical', words: `${ANALYTES}|ldl|hdl|blood mean|means|meaning`, gap: 3, unless: `${PROJECT}|workshop*|programme|program|campaign*` },
  { id: 'examen-veut-dire', category: 'medical', words: 'analyses|radio|radiographie|irm|scanner|echographie|ecg|electrocardiogramme|mammographie|biopsie|frottis|glycemie|sang veut|veulent|signifi*|montre|indique*|revele* dire|quoi|que|plaquettes|taux|globules|anomalie*', gap: 6, personal: true, unless: PROJECT },
  // Not where to get them: "où récupérer les résultats d'analyses de ma mère ?", "je peux les recevoir
  // par mail ?". Verbs in the infinitive only: "j'ai récupéré mes résultats, …" is about them.
  { id: 'resultats-analyses', category: 'medical', words: 'resultat* analyses|sang|sanguin*|labo|laboratoire|biologi*|radio|irm|scanner|echographie', gap: 4, personal: true, unless: 'recuperer|recevoir|envoyer|acceder|consulter|transmettre|retirer|obtenir|telecharger' },
  // "mon frottis revient ASC-US", "my pap smear came back abnormal".
  { id: 'examen-revient', category: 'medical', words: 'analyses|radio|irm|scanner|echographie|ecg|mammographie|biopsie|frottis|smear|covid|pcr|serologie|resultat*|results revient|revenu|revenue|revenus|came|come|positif|positive|negatif|anormal*|abnormal|douteux|suspect*', gap: 5, personal: true, unless: `${PROJECT}|campaign*|screening|programme|program|enquete|concours|eligibilite` },
  { id: 'changer-traitement', category: 'medical', words: 'arret*|arreter|stopper|changer|modifier|doubler|diminuer|baisser|augmenter|sauter|oublie*|reduire|stop|change|double|skip traitement|dose|doses!|medicament*|pilule|comprime*|treatment|medication|pill', gap: 3 },
  // "depuis que je prends un traitement pour la thyroïde…, je peux le prendre le soir ?": one's own
  // treatment, whatever its name. Not "prise en charge" (no "prise"), nor a team's project.
  { id: 'prendre-traitement', category: 'medical', words: 'prends|prend|prendre|pris|prenne|prennes|take|takes|taking traitement*|treatment*', gap: 2, personal: true, unless: PROJECT },
  // "mon père a une tension à 15/9": a reading, not the tensions of a team.
  { id: 'tension-chiffre', category: 'medical', words: 'tension! #', gap: 3 },
  // "j'ai 15/9 de tension"; not "15 postes en tension" (jobs hard to fill).
  { id: 'chiffre-tension', category: 'medical', words: '# tension!', gap: 1, personal: true, unless: 'metier*|poste*|recrut*|effectif*|emploi*' },
  { id: 'diagnostic', category: 'medical', words: 'diagnostic|diagnostiquer|diagnose|diagnosis', personal: true },
  { id: 'grave', category: 'medical', words: 'est|ce|it|is grave!|graves!|inquietant*|dangereux|dangereuse*|serious|dangerous', gap: 1, personal: true },
  // "je dois m'inquiéter ?", "faut-il s'affoler ?" about oneself or a relative.
  { id: 'inquieter', category: 'medical', words: 'dois|doit|faut|faudrait|devrais m|me|s|se inquieter|alarmer|affoler|paniquer', gap: 2, personal: true, unless: 'paiement|versement|financement|aci|subvention*|candidature|formulaire|budget|audit|ars|inspection|controle' },
  // "ma tension est à 9/6, c'est normal ?"
  { id: 'valeur-normale', category: 'medical', words: 'tension!|cholesterol|glycemie|taux|temperature|resultat*|analyse|analyses normal|normale|normaux|grave!|inquietant*|bas|basse|haut|haute|eleve*', gap: 6, personal: true, unless: PROJECT },
  { id: 'vaccin-voyage', category: 'medical', words: 'vaccin*|vaccination voyage*|partir|voyager|travel*|trip', gap: 4 },
  // Not "je dois faire un rappel à mes adhérents pour la cotisation".
  { id: 'vaccin-perso', category: 'medical', words: 'dois|faut|faire|peux|should|need vacciner|vaccin|vaccine|vaccinated|rappel|jab', gap: 3, personal: true, unless: 'adherents|cotisation*|facture*|paiement*|relance*|newsletter' },
  // Not in vaccin-perso: "booster" is a French verb too ("booster les inscriptions").
  { id: 'need-booster', category: 'medical', words: 'need|get|getting|should|due covid|flu|tetanus|shingles|booster|boosters|jab', gap: 3, unless: 'campaign*|offer*|pharmacist*|nurse*|staff|team|teams|msp|msps|patients|programme|program|project|morale|session' },
  // A vaccine's booster, whoever it is for ("le rappel du tétanos, c'est tous les combien ?"); not
  // a team's reminder of its campaign or training.
  {
    id: 'rappel-vaccin',
    category: 'medical',
    words: 'rappel|rappels|booster|boosters vaccin*|tetanos|dtp|dtpolio|coqueluche|covid|grippe|zona|hpv|ror|pneumocoque|meningocoque|tetanus|flu|vaccine*',
    gap: 3,
    unless: RAPPEL_NOT_FOR_SOMEONE,
  },
  // One's own test results by what they measure: "ma glycémie à jeun est à 1,15", "my ferritin came
  // back at 12".
  {
    id: 'valeur-analyse',
    category: 'medical',
    words: ANALYTES,
    personal: true,
    unless: `${PROJECT}|screening|campaign*|workshop*|program*|project*|trod|trods|patients|msp|msps|team|equipe|expose|share|coter|cotation`,
  },
  // A figure, with no one named: "ferritine à 12, c'est grave ?", "is an hba1c of 6.1 prediabetes".
  { id: 'analyse-chiffre', category: 'medical', words: `${ANALYTES}|inr #|0|1|2|3|4`, gap: 2, unless: `${PROJECT}|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|webinaire*|conference*|kit|kits|trod|trods|msp|msps` },
  // A level said in words: "ferritine basse", "taux de PSA élevé", "is 150/95 blood pressure high".
  { id: 'analyse-niveau', category: 'medical', words: `${ANALYTES}|inr eleve*|bas|basse|haut|haute|high|low|trop|positif|positifs|positive`, gap: 3, unless: `${PROJECT}|webinaire*|conference*|trod|trods|msp|msps` },
  { id: 'en-pressure-high', category: 'medical', words: 'blood pressure|sugar high|low|normal', gap: 1 },
  // "my blood pressure readings are around 142/88", "my blood test shows…".
  {
    id: 'en-blood',
    category: 'medical',
    words: 'blood pressure|sugar|test|tests|results|count|glucose',
    gap: 0,
    personal: true,
    unless: `${PROJECT}|screening|campaign*|workshop*|program*|project*|protocol*|partnership*|pathway*|organi*|patients|staff|msp|msps|nurse|coordinator|lab`,
  },
  // "should I be worried?", "do I need to worry": about oneself or a relative (the French is `inquieter`).
  {
    id: 'en-worry',
    category: 'medical',
    words: 'should|do|must|need i|we worry|worried|concerned|panic',
    gap: 2,
    personal: true,
    unless: 'funding|deadline|deadlines|application|applications|form|forms|grant|grants|meeting|paperwork|budget|contract|federation|msp|team|project|website|newsletter|subscription|data|privacy|ars|gdpr|rgpd|aci|coordinator|inspection|audit|email|rules',
  },
  // "Is a mole that itches dangerous?"
  { id: 'mole-change', category: 'medical', words: 'mole|moles itch*|bleed*|chang*|bigger|grow*|dangerous', gap: 4 },
  // "un grain de beauté qui change de couleur"; not a team's screening day.
  { id: 'grain-de-beaute', category: 'medical', words: 'grain|grains beaute', gap: 1, unless: `${PROJECT}|organiser|journee*` },
  // Something on one's skin that grows or changes: "une tache brune qui grossit sur le bras".
  // (Not "ma liste de tâches grossit", "tache" being "tâche" unaccented; nor "une MSP qui grandit".)
  { id: 'tache-grossit', category: 'medical', words: 'tache|bouton|boutons|boule|grosseur|kyste|croute|grain grossit|grossi|grandit|grandi|saigne|gratte|demange|guerit|cicatrise|change|etend', gap: 6, unless: 'site|page|ecran|formulaire|menu|lien|logo|affiche|mur|plafond|voiture|vetement|chemise|nappe|liste|travail|boulot|planning|charge|principale|coordination|msp|equipe|rien|inscription|envoyer|clique|cliquer|mobile|inscrire|ag|presenter|presentation|coordinatrice|coordinateur|moquette|radiateur|sol|tapis|fuite|rapport|modele' },
  { id: 'boule-sein', category: 'medical', words: 'boule|boules|grosseur|masse sein|seins|aisselle', gap: 3 },
  { id: 'tache-ongle', category: 'medical', words: 'tache|trait|bande|ligne noire|brune|marron ongle|ongles', gap: 3 },
  // Which contraception for oneself: "le stérilet ou l'implant, c'est quoi le mieux pour moi ?".
  // Not who places one ("la sage-femme pose-t-elle des stérilets ?"), nor a team's evening on it.
  { id: 'contraception-choix', category: 'medical', words: 'sterilet|implant!|contracept* quoi|mieux|choisir|lequel|laquelle|conseill*|recommand*|adapte*|conviendrait|cuivre|hormonal|hormonale', gap: 6, unless: `${PROJECT}|pose|poser|posent|intervenant*|salle|soiree|reunion|contacter|rdv|rendez|formation|former|formations` },
  { id: 'meilleure-contraception', category: 'medical', words: 'meilleur|meilleure|quelle|quel contracept*|sterilet|pilule', gap: 2, unless: `${PROJECT}|pose|poser|posent|intervenant*|salle|soiree|reunion|contacter|rdv|rendez|formation|former|formations` },
  { id: 'contraception-efficace', category: 'medical', words: 'contracept*|vaginal|sterilet|implant! efficace|fiable|marche|risque*|sur|sure', gap: 3, unless: `${PROJECT}|formation|former|formations|intervenant*|salle|soiree|reunion` },
  // "je saigne depuis la pose de mon stérilet", "l'implant me fait grossir".
  { id: 'contraception-effet', category: 'medical', words: 'sterilet|implant! saign*|douleur*|grossir|grossi|enlever|retirer|enleve|retire|mal', gap: 5, unless: PROJECT },
  { id: 'effet-contraception', category: 'medical', words: 'saign*|douleur*|mal sterilet|implant!', gap: 6, unless: PROJECT },
  // Reading a pregnancy test: "mon test de grossesse a un trait très léger".
  // Not where to buy one or whom to see after ("test positif : avec qui prendre rdv pour le suivi ?").
  { id: 'test-grossesse-lire', category: 'medical', words: 'test|tests grossesse trait|traits|barre|barres|positif|positive|negatif|negative|leger|legere|fiable|signifi*', gap: 4, unless: `${PROJECT}|rdv|rendez|suivi|declaration|declarer|vend|vendez|vendent|pharmacie|logiciel|module` },
  { id: 'test-barres', category: 'medical', words: 'test|tests barre|barres|trait|traits', gap: 4, unless: `${PROJECT}|site|page|menu|logiciel|module|ecran|outil|outils|graphique|rdv|rendez|suivi|logo|positionnement` },
  { id: 'test-pale', category: 'medical', words: 'test|tests positif|negatif pale|leger|legere|clair|faible', gap: 3, unless: PROJECT },
  { id: 'test-enceinte', category: 'medical', words: 'test|tests|clearblue|traits|barres enceinte|regles', gap: 9, unless: `${PROJECT}|repartition|aci|reglement|interieur|rdv|rendez|suivi|declaration|declarer|vend|vendez|vendent|pharmacie|logiciel|module|page|questionnaire|femmes|logo` },
  { id: 'en-pregnancy-test', category: 'medical', words: 'pregnancy test line|lines|faint|positive|negative|mean', gap: 3, unless: 'leaflet|leaflets|illustration|poster|posters' },
  { id: 'en-test-pregnant', category: 'medical', words: 'test|tests pregnant', gap: 4, unless: 'website|site|app|women|survey|form' },
  // Both orders ("tique… piqûre", "piqûre de tique"); not a team's campaign on ticks. "tick" alone
  // is a box on a form.
  { id: 'morsure-tique', category: 'medical', words: 'tique|tiques|tick|ticks morsure*|piqure*|bite|bites|bitten|mordu*|pique*', gap: 2, topic: true },
  { id: 'piqure-de-tique', category: 'medical', words: 'morsure*|piqure*|pique*|mordu*|bite|bites|bitten tique|tiques|tick|ticks', gap: 3, topic: true },
  // Supplements for oneself; not "prendre des compléments d'information".
  { id: 'en-supplements', category: 'medical', words: 'prendre|prends|prenne|take|taking complements|supplements|vitamin*|vitamine*|magnesium|zinc|fer|iron', gap: 2, personal: true, unless: `${PROJECT}|information|informations|info|infos|formation|renseignements` },
  // What to take for an ailment, no one named: "Reflux tous les soirs, quoi prendre ?", "que prendre
  // pour un rhume ?", "qu'est-ce qu'on prend pour une otite ?". Not what to choose for a team's
  // day or meeting ("Allergies : que prendre comme traiteur pour l'AG ?", "quoi prendre comme salle
  // pour parler du cholestérol"), nor everyday words (a button, a power cut, the weather, gluten).
  { id: 'que-prendre', category: 'medical', words: `${REMEDIED}|saigne|saignent|hurts quoi|que|qu|koi|what prendre|prend|take`, gap: 5, unless: NOT_A_REMEDY },
  { id: 'prendre-pour', category: 'medical', words: `quoi|que|qu|koi|what|wat|thing prendre|prend|take pour|pr|contre|cas|for ${REMEDIED}|${ALSO_REMEDIED}`, gap: 3, unless: NOT_A_REMEDY },
  // "un truc pour le rhume ?", "c'est quoi le mieux contre les brûlures d'estomac ?", "remède naturel
  // contre l'insomnie", "what's good for a hangover?"
  { id: 'remede-contre', category: 'medical', words: `remede*|remedy|remedies|truc|trucs|mieux|good|best|efficace pour|contre|for|against ${REMEDIED}|${ALSO_REMEDIED}`, gap: 3, unless: `${NOT_A_REMEDY}|mail|email|sms|rappel*|reminder*|jab|jabs` },
  // Whether a condition needs treating, either order: "Prédiabète : faut-il un traitement ?",
  // "Hypothyroïdie fruste : on traite ou pas ?", "is it worth treating borderline hypertension?";
  // not a team's programme on it, nor its caterer ("traiteur" is exact, no typo of "traiter").
  { id: 'faut-il-traiter', category: 'medical', words: `${CONDITIONS} traitement*|traiter!|traite!|medicament*|treatment|treat|treating|medication`, gap: 6, unless: NOT_A_TREATMENT },
  { id: 'traiter-condition', category: 'medical', words: `traitement*|traiter!|traite!|treatment|treat|treating ${CONDITIONS}`, gap: 3, unless: NOT_A_TREATMENT },
  // A supplement taken every day, no one named: "magnésium tous les jours, c'est bon ou pas ?",
  // "vitamine D au quotidien", "zinc daily"; not "des compléments de dossier tous les jours".
  { id: 'complement-chaque-jour', category: 'medical', words: `${SUPPLEMENTS} tous|ts|chaque|every|par|le|au jours|jour|soir|soirs|matin|matins|hiver|day|night|quotidien`, gap: 2, unless: NOT_A_SUPPLEMENT },
  // "prendre du fer tous les jours" ("fer" alone is also "le chemin de fer").
  { id: 'prendre-du-fer', category: 'medical', words: 'prendre|prends|prend|cure du|de fer', gap: 0, unless: NOT_A_SUPPLEMENT },
  { id: 'complement-quotidien', category: 'medical', words: `${SUPPLEMENTS} daily|quotidien*|quotidienne*`, gap: 2, unless: NOT_A_SUPPLEMENT },
  // "faut-il lui donner des compléments alimentaires ?" about a relative.
  { id: 'complements-alimentaires', category: 'medical', words: 'complement*|supplement* alimentaire*', gap: 0, personal: true, unless: PROJECT },
  // A named vaccine, no one named: "Is the HPV vaccine still worth getting at 30?"
  { id: 'en-vaccine-worth', category: 'medical', words: 'hpv|tetanus|flu|covid|shingles|zoster|mmr|pneumococcal|whooping vaccine|vaccines|jab|shot|booster worth|get|getting|need|needed|safe|recommended', gap: 3, unless: 'campaign*|offer*|pharmacist*|nurse*|staff|team|teams|msp|msps|patients|programme|program|project|poster*|leaflet*|flyer*|waiting|figures|data' },
  // The same in French, no one named: "à partir de quel âge le vaccin contre le zona ?", "le vaccin HPV
  // pour les garçons, c'est utile ?"; not a team's campaign, nor where a vaccination is offered.
  // Not a team's communication on a campaign: "tt le monde appelle pr les vaccins grippe, comment vous communiquez ?".
  { id: 'vaccin-maladie', category: 'medical', words: 'vaccin|vaccins|vaccination zona|hpv|papillomavirus|grippe|covid|tetanos|ror|coqueluche|pneumocoque|meningocoque|dtp|bcg', gap: 2, unless: `${RAPPEL_NOT_FOR_SOMEONE}|maison|maisons|centre|centres|pharmacie|pharmacies|rendez|rdv|communiquer|communiquez|communication|affiche|affiches|secretariat` },
  // A child's development: "mon bébé de 14 mois ne marche pas encore, est-ce normal ?"
  { id: 'enfant-normal', category: 'medical', words: 'bebe|enfant|fils|fille|nourrisson|baby|toddler|child|son|daughter|old normal|normale', gap: 10, personal: true, unless: 'interne*|stage*|stagiaire*|paye|payee|salaire|contrat|dossier|msp|federation|job|internship|salary' },
  // "mon fils de 8 ans fait encore pipi au lit, c'est normal à son âge ?"
  { id: 'pipi-au-lit', category: 'medical', words: 'pipi|enuresie lit', gap: 1, unless: `${PROJECT}|session*|parents` },
  // A reaction to a vaccine: "le bras de ma fille est rouge et gonflé depuis son vaccin d'hier".
  { id: 'apres-vaccin', category: 'medical', words: 'rouge|gonfle|gonflee|enfle|enflee|douloureux|douloureuse|chaud|bouton|fievre depuis|apres vaccin*|injection|piqure', gap: 3, personal: true, unless: PROJECT },
  // "est-ce qu'il a un trouble de l'audition ?", "des troubles du sommeil".
  { id: 'trouble-de', category: 'medical', words: 'trouble|troubles audition|vision|visuel*|langage|sommeil|comportement|attention|apprentissage|alimentaire*|erection|memoire|hearing|sleep|speech', gap: 2, personal: true, unless: PROJECT },
  // "est-ce que c'est une dépression ?", "c'est un zona ?", "ça peut être un cancer ?"; not "ce
  // dossier est un cancer administratif".
  { id: 'est-ce-une', category: 'medical', words: `c|ce est un|une ${DIAGNOSES}`, gap: 0, unless: PROJECT },
  // SMS: "c un cancer ?" (a blind probe).
  { id: 'c-un', category: 'medical', words: `c|ce un|une|1 ${DIAGNOSES}`, gap: 0, unless: `${PROJECT}|affiche|affiches|octobre|mars|rose|bleu|cible|ciblons|equipe|secretariat|lol|mdr|administratif|dossier|paperasse|logiciel|aci` },
  { id: 'peut-etre-un', category: 'medical', words: `etre un|une ${DIAGNOSES}`, gap: 0, unless: PROJECT },
  // "est-ce que c'est une crise d'angoisse ?"
  // (Not "elle a fait une crise d'angoisse : la MSP a-t-elle un psychologue ?")
  { id: 'crise-angoisse', category: 'medical', words: 'c|ce est une crise angoisse|panique|tetanie|spasmophilie', gap: 1, unless: PROJECT },
  // "je mets de la glace ou une crème ?", "quelle pommade mettre".
  { id: 'mettre-creme', category: 'medical', words: 'mets|mettre|met|appliquer|applique|put creme|pommade*|cream|ointment', gap: 5, personal: true, unless: `${PROJECT}|buffet|traiteur|dessert|ag|fraiche|solaire|sunscreen|quiche|gateau|cake|kit|stand` },
  // "is it normal for a 2 year old to not talk yet", no one named.
  { id: 'en-normal-age', category: 'medical', words: 'normal year|years|month|months old', gap: 4 },
  // Not "prendre du poids face à l'ARS".
  { id: 'perdre-poids', category: 'medical', words: 'perdre|prendre|lose|losing poids|kilos|weight', gap: 2, unless: `${PROJECT}|face|aupres|association|federation|msp|msps|ars|negociation*|influence` },
  // "mon genou gonfle quand je cours", "mon bébé régurgite beaucoup", "garder un pansement".
  { id: 'membre-gonfle', category: 'medical', words: 'genou|genoux|cheville|chevilles|pied|pieds|jambe|jambes|poignet|coude gonfle|gonflent|enfle|enflent|gonfles|gonflee', gap: 2, personal: true, unless: PROJECT },
  { id: 'regurgite', category: 'medical', words: 'regurgit*|vomit* beaucoup!|souvent!|lait!|biberon*|repas!|chaque!', gap: 3, personal: true, unless: PROJECT },
  // Not "fils" (stitches): "laisser mon fils à la crèche".
  { id: 'garder-pansement', category: 'medical', words: 'garder!|laisser!|changer!|refaire! pansement*|attelle|platre|strip*|points|agrafes|sutures', gap: 2, unless: `${PROJECT}|stock|stocks|commande*|fournisseur*|salle|armoire` },
  { id: 'maigrir', category: 'medical', words: 'maigrir|mincir|amaigrissant*', unless: PROJECT },
  // "Is it safe to drink coffee while pregnant?", "je suis enceinte, je peux boire un verre ?"; not
  // coming to a meeting or joining a team while pregnant.
  { id: 'enceinte-risque', category: 'medical', words: 'safe|risque|risky|dangereux|dangereuse|eviter|avoid|peux|peut|can|allowed enceinte|pregnant|grossesse|pregnancy', gap: 5, unless: PREGNANT_AT_WORK },
  { id: 'enceinte-peux', category: 'medical', words: 'enceinte|pregnant|grossesse|pregnancy peux|peut|risque|dangereux|safe|eviter|fromage|cru|crue|sushi|sushis|alcool|vin|alcohol|wine|raw|cheese', gap: 10, unless: PREGNANT_AT_WORK },
  // "calmer" exactly: "le calme" and "calme" are no one's care.
  { id: 'soigner', category: 'medical', words: 'soigner!|guerir|soulager|calmer!|calmez!|cure', personal: true },
  { id: 'que-faire-maladie', category: 'medical', words: 'diabete|tension!|hypertension|asthme|cholesterol|covid|cancer|depression|anxiete|insomnie|diabetes traitement|soigner!|traiter|que|faire|dois|treatment', gap: 4, personal: true, unless: PROJECT },
];

/** Words that show the message speaks of the writer or a relative. */
export const PERSONAL_WORDS: ReadonlySet<string> = new Set(
  'je j me m moi mon ma mes nous notre nos i my me mine we our'.split(' ').concat(PERSON.split('|'), RELATIVES.split('|'), STRANGER_WORDS.split('|')),
);

/**
 * Team possessives (notre MSP, nos patients): they count as personal words only when the message
 * names no team (TEAM_WORDS): "notre fils", not "notre MSP".
 */
export const TEAM_POSSESSIVES: ReadonlySet<string> = new Set('nous notre nos we our us'.split(' '));

/** A health team, its structure or the people it serves ("maison de santé" is checked as a phrase in gate.ts). */
export const TEAM_WORDS: ReadonlySet<string> = new Set(
  ('msp msps equipe equipes cpts pole poles centre centres cabinet cabinets structure structures federation femas ' +
    'territoire territoires territorial territoriale ars urps cls association reseau reseaux professionnels soignants ' +
    'patients patientele usagers population habitants jeunes adolescents ados seniors aines ' +
    // The team's professions, in the plural: "un protocole avec les pharmaciens" (not "mon médecin").
    'pharmaciens medecins infirmiers infirmieres kinesitherapeutes kines sagesfemmes public agriculteurs fede pluripro pluriprofessionnel pluriprofessionnelle pluriprofessionnels pluriprofessionnelles').split(' '),
);

/**
 * Something happening now: the words of a team's project then hide no topic ("atelier de prévention
 * à la MSP : il s'est effondré, arrêt cardiaque"). Not everyday words ("la journée tombe un
 * samedi", "formation aux premiers secours", "urgent : des affiches"). Someone there is a personal
 * word (STRANGERS).
 */
export const HAPPENING_WORDS: ReadonlySet<string> = new Set(
  'effondre effondree effondres effondrees ecroule ecroulee ecroules ecroulees inconscient inconsciente inconscients inconscientes collapsed unconscious'.split(' '),
);

/** A project of a health team or of public health: with a team word and no one named, topic patterns do not count. */
export const PROJECT_WORDS: ReadonlySet<string> = new Set(
  ('prevention prevenir projet projets programme programmes action actions depistage depistages campagne campagnes ' +
    'atelier ateliers sensibilisation sensibiliser etp education formation formations former protocole protocoles ' +
    'thematique thematiques theme themes reperage reperer webinaire webinaires conference conferences journee journees ' +
    'plan promotion parcours affiche affiches poster posters flyer flyers brochure brochures preventing awareness').split(' '),
);

/**
 * Real words one letter away from a pattern word: read as themselves, never as its typo ("notre" is
 * not "noire", "maire" not "marre", "sante" not "saute", "Seine" not "veine"). A trailing `*` covers
 * every word that begins so ("sign*": signe, signer, signature are not "saigne"). The French
 * dictionary's words are in real-words.ts (generated); this list, kept by hand, has what the
 * dictionary lacks: places, English words, and words first found in the project's pages.
 */
export const NOT_TYPOS: readonly string[] = (
  'aide aides entre centre centres maison maisons sante haute hautes mais lille ville ferme seine eure meuse nievre loire marne ' +
  'maire mairie marie notre mettre lettre* elles celles seules prise porte portes route routes coute couple lieux vieux parce ' +
  'tete texte* heure heures metres sommes proche* copie college livre* vois voit poles files tables tiles cest doing ' +
  'cache* podologie sign* soign* saint* interet* interess* conge* connect* connex* corner valenc* valeur* avaient ' +
  'erreur* serv* secret* serieu* couleur* pasteur* article* masque* laquelle paques traverse* publi* sourd* sevres cours cout ' +
  'charge charges charger chance appel appels ratio urgente urgentes plait plais plaise ' +
  // English words, which real-words.ts (French) does not hold: those of the 40,000 commonest
  // (SCOWL 35) read as typos, that are no form of the pattern word ("strike" is not "stroke").
  'cooking cooked constitu* dedicat* engine engines sacrific* endors* strike strikes heroes painted tainted feinted ' +
  'rhyme blurred blurring spurred spurring chowing coking collared gangling gripe gripes gripped grosser machete machetes ' +
  'plaice scarfing stoke strode strove tousle vertices inflection aspiring augmenting ' +
  // Real words that became pattern words in the review of long messages ("mare", "terre", "rentre",
  // "grise"): real-words.ts leaves out what a pattern matches exactly, but they must stay no typo
  // of another ("mare" of "marre", "rentre" of "ventre", "grise" of "crise").
  'agrippe barre rappel rappels coulais coulait coule couler coules crie cries grise grises leve levee levees levera leves levez mare mordu mordue ' +
  'passe passer passes passez rentre rouge serait soupe souper soupes suceur suceurs terminee terre terrer terres terrez transpirez ' +
  // The same, for the patterns of the corpus typed on a phone and their reviews ("Seine" is no
  // "veine", "lâcher" no "lécher", "monter" no "montre", "hommes" no "pommes").
  'aidiez baignoires bouler boules boulez brunes courait criant enlevera enleves enlevez hommes hurlant lacher laches lachez molles ' +
  'mont monta monter montes monts passait prenant secoure secoures seine seines tabassai tabassais tabassant tapes trainer ' +
  'adresse baignoire brune claques cliquer corps croute echecs election enleve enlever entend envoie etend exposition faite ' +
  'fauche fiable file fouet fuite grimpe lache lachent laisser leger masse mettent oeuvre ongle parole pend points prete prises ' +
  'radiateur recharge rendu rouste soins verre colle collee colles pousse poussee pousses ' +
  'casse cassee chantier cible couche factures ligne module rose vendent brandit'
).split(' ');

/**
 * Words of the dictionary that are forms of a pattern word, though their stem differs ("piqué" of
 * "piqûre", "grippé" of "grippe", "noyer" of "noyée", "sachet" of "cachet"): left out of
 * real-words.ts, so that they still match as before. A trailing `*` covers every word that begins so.
 */
export const PATTERN_WORD_FORMS: readonly string[] = (
  'catheter* diagnostiqu* effondr* grippee grippees incendi* injection injections noyer noyes noyez piqu* sachet* ' +
  'soulagee soulagees suffoc* tousseur tousseuse ' +
  // Named exactly elsewhere, yet typos to keep: "il a pendu connaissance", "il creche du sang".
  'pendu pendue creche paralytique paralytiques'
).split(' ');

/** Two words where a health word means something else: "ma carte grise" is no grey skin. */
export const NOT_HEALTH_PHRASES: ReadonlySet<string> = new Set(['carte grise', 'matiere grise', 'sang froid']);

/**
 * Words of the body, of symptoms and of accidents (normalised, a trailing `*` for a prefix): with a
 * personal word, a message that the pages cannot answer is someone's health, not an off-topic
 * question (see `speaksOfHealth` in gate.ts). Not "mal": "j'ai mal compris".
 */
export const HEALTH_WORDS: readonly string[] = (
  'tete ventre dos poitrine gorge bras jambe* pied* main mains coeur dent* oeil yeux oreille* peau nuque cou genou* epaule* machoire visage levre* langue ' +
  'douleur* souffr* malade* fievre* fievreu* tousse* toux vomi* nausee* respir* essouffl* mou molle transpir* sueur* pale gris grise froid* frisson* ' +
  'vertige* malaise* fatigue* somnol* confus* delire* convuls* tremble* saign* sang gonfl* enfl* urticaire demange* brul* bless* fractur* entorse* ' +
  'plaie* coupure* piqu* mordu* morsure* tombe tombee tombes chute* evanoui* allergi* infect* contagi* virus grippe gastro covid angine rhume ' +
  'diabet* hypo hyper tension enceinte contraction* accouch* hurt* pain* sick fever* bleed* breath* dizzy faint* vomit* swollen'
).split(' ');
