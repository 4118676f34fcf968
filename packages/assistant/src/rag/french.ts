/**
 * The French text pipeline shared by the index, the FAQ matcher and the answer builder:
 * elision (l' d' qu' j' c' n' s' m' t' jusqu' lorsqu' puisqu' quoiqu', straight or typographic
 * apostrophe), accent folding, stopwords (Snowball's French list plus question words), Snowball
 * French stemming (memoised) and a synonym table that adds a shared `_concept` term wherever one
 * of its phrases appears, on both the indexed text and the query.
 */
import { stemmer } from '@orama/stemmers/french';
import { stopwords as snowballStopwords } from '@orama/stopwords/french';
import { SYNONYM_GROUPS, type SynonymGroup } from './synonyms.js';

/** Version of the analysis below; stored in index files so that an old index is re-analysed. */
export const ANALYZER_VERSION = 'fr-12';

/** Lowercase, fold accents and ligatures, unify apostrophes. Keeps letters, digits, spaces and hyphens as they are. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œ]/g, 'oe')
    .replace(/[æ]/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ`´']/g, "'");
}

const ELISION = /\b(?:l|d|j|c|n|s|m|t|qu|jusqu|lorsqu|puisqu|quoiqu)'/g;

/**
 * Words folded and split: elisions removed, hyphens and punctuation as separators, a letter typed
 * three times or more kept twice ("villlage" is "village"; no French word has three in a row).
 */
export function words(text: string): string[] {
  return fold(text)
    .replace(ELISION, ' ')
    .replace(/([a-z])\1{2,}/g, '$1$1')
    // Thousands separators: "2 758" and "4 000" are one number, as typed "4000".
    .replace(/(\d)[ \u00a0\u202f.](?=\d{3}\b)/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

const QUESTION_WORDS = [
  'comment', 'combien', 'pourquoi', 'quoi', 'koi', 'quand', 'ou', 'quel', 'quels', 'quelle', 'quelles',
  'lequel', 'laquelle', 'lesquels', 'lesquelles', 'est', 'ce', 'ca', 'cela', 'ceci', 'c', 'qu', 'que', 'qui',
  // "c'est", "qu'est-ce" typed without the apostrophe.
  'cest', 'quest',
  'a', 'y', 'il', 'ils', 'elle', 'elles', 'on', 't', 'peut', 'peuvent', 'peux', 'pouvez', 'pourrait', 'puis',
  'faut', 'fait', 'dois', 'doit', 'doivent', 'devez', 'veux', 'veut', 'voudrais', 'souhaite', 'sais', 'sait', 'savoir',
  'svp', 'stp', 'merci', 'bonjour', 'salut', 'alors', 'donc', 'aussi', 'tres', 'bien', 'etre', 'avoir', 'ai',
  // Politeness and linking words of a message typed as one speaks: "merci. sinon, c'est quoi une MSP ?",
  // "je voudrais savoir si la maison de santé…".
  'si', 'sinon', 'bonsoir', 'coucou', 'hello', 'madame', 'monsieur', 'voila', 'please', 'thanks', 'thank', 'hi',
  'vos', 'votre', 'nos', 'notre', 'mon', 'ma', 'mes', 'moi', 'me', 'm', 'tu', 'toi', 'te', 'ton', 'ta', 'tes',
  'entre', 'quoi', 'dire', 'veut', 'existe', 'il', 'the', 'what', 'is', 'how', 'an', 'of', 'to', 'and', 'do',
  'does', 'can', 'i', 'my', 'for', 'in', 'on', 'are', 'la', 'le', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux',
  // The courtesy and hedges of a long message ("excusez-moi de vous déranger", "pourriez-vous m'éclairer",
  // "je voulais simplement savoir", "merci d'avance"), and the wishes' conjugated forms: said
  // around a question, never what it asks.
  'excuse', 'excusez', 'excuser', 'deranger', 'derange', 'eclairer', 'avance', 'cordialement', 'desole', 'desolee',
  'simplement', 'exactement', 'concretement', 'justement', 'voulais', 'voulait', 'voulions', 'voudrions', 'voudriez',
  'aimerais', 'aimerait', 'aimerions', 'souhaiterais', 'souhaiterions', 'souhaitons', 'souhaitais', 'pourrais',
  'pourriez', 'pourrions', 'pouvons', 'savez', 'sauriez', 'hesite', 'hesitons',
  // "s'il vous plaît", "près de chez moi": courtesy and prepositions.
  'plait', 'pres', 'chez', 'car',
];

/** Words of the Snowball list that carry meaning here ("sans rendez-vous"). */
const KEPT = new Set(['sans']);

/** Folded stopwords: Snowball's French list plus question words and a few English ones. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [...snowballStopwords.filter((w) => !KEPT.has(w)), ...QUESTION_WORDS].map((w) => fold(w)).filter((w) => w.length > 0),
);

/**
 * Everyday French words that are not stopwords (a question may need them: "plus tard", "combien de
 * temps") but say nothing of the topic: a page that shares only such words with a question does not
 * answer it ("je veux plus", "quel temps fait-il demain", "comment vivre mieux"). Words of the
 * federation's subjects (santé, soins, projet, équipe, aide financière…) must not be listed here.
 */
const EVERYDAY_WORDS = [
  // Verbs
  'faire', 'fais', 'font', 'aller', 'vais', 'va', 'vont', 'venir', 'viens', 'voir', 'vois', 'savoir', 'pouvoir', 'vouloir',
  'veulent', 'devoir', 'donner', 'donne', 'prendre', 'prends', 'mettre', 'passer', 'passe', 'rester', 'partir', 'trouver',
  // "avoir" said otherwise: "les MSP disposent-elles d'un personnel formé ?".
  'disposer', 'posseder',
  'penser', 'pense', 'croire', 'crois', 'comprendre', 'comprends', 'aimer', 'aime', 'aider', 'aide', 'aidez', 'vivre',
  'marcher', 'marche', 'parler', 'parle', 'demander', 'attendre', 'sembler', 'laisser', 'arriver', 'devenir', 'tenir',
  'connaitre', 'chercher', 'sortir', 'manger', 'dormir', 'jouer', 'gagner', 'perdre', 'acheter', 'essayer', 'expliquer',
  'explique', 'raconter', 'raconte', 'montrer', 'changer', 'commencer', 'finir', 'ennuyer', 'ennuie', 'marre', 'appeler',
  // "j'ai envoyé mon adhésion il y a 3 mois": what was sent is the topic, not the sending.
  'envoyer', 'envoie', 'envoye',
  // Adverbs and time
  'plus', 'moins', 'mieux', 'beaucoup', 'peu', 'trop', 'assez', 'encore', 'toujours', 'jamais', 'souvent', 'deja',
  'vite', 'vraiment', 'maintenant', 'aujourd', 'hui', 'demain', 'hier', 'apres', 'avant', 'bientot', 'partout', 'oui',
  'non', 'ok', 'accord', 'temps', 'jour', 'jours', 'soir', 'matin', 'nuit', 'heure', 'heures', 'minute', 'semaine',
  'week', 'end', 'an', 'ans', 'annee', 'fois', 'moment', 'minimum', 'maximum', 'prochain', 'prochaine', 'dernier',
  'derniere', 'quotidien', 'quitter', 'depuis', 'ensemble',
  // "quand a lieu Octobre rose ?", "au lieu de".
  'lieu',
  // Nouns
  'chose', 'choses', 'truc', 'vie', 'monde', 'gens', 'personne', 'question', 'reponse', 'idee', 'conseil', 'besoin',
  'probleme', 'facon', 'maniere', 'nom', 'blague', 'histoire', 'sens', 'argent',
  // What kind of answer is asked, whatever the subject: "les grandes étapes", "des pistes",
  // "une explication", "comment procéder".
  'etape', 'piste', 'explication', 'interet', 'terme', 'rapport', 'proceder', 'habiter', 'terminer', 'prennent', 'prenons',
  'presenter',
  // What is offered, whatever it is: "quelles formations la fédération propose-t-elle ?" asks about
  // trainings, not about "un dépistage est proposé".
  'proposer', 'propose', 'offrir',
  // "la newsletter paraît à quelle fréquence ?"
  'paraitre', 'parait', 'paraissent',
  // What introduces an example or a kind, and the small words of a message typed as one speaks:
  // "quelque chose de ce genre", "ce type de projet", "par exemple", "au passage", "chacun dans son
  // propre cabinet", "parfois", "pas trop loin", "par votre intermédiaire", "merci de votre retour".
  'quelque', 'genre', 'type', 'sorte', 'exemple', 'passage', 'chacun', 'chacune', 'propre', 'parfois', 'quelquefois',
  'loin', 'intermediaire', 'retour',
  // "quel rôle peut-elle jouer là-dedans ?", "qu'en pensez-vous, là-dessus ?".
  'dedans', 'dessus', 'dessous',
  // Adjectives
  'bon', 'bonne', 'mauvais', 'grand', 'petit', 'beau', 'belle', 'nouveau', 'vrai', 'faux', 'possible', 'simple',
  'facile', 'difficile', 'important', 'grave', 'normal', 'pareil', 'meilleur', 'heureux', 'content', 'nul', 'cool',
  // "possible" said otherwise: "est-ce envisageable ?", "est-ce faisable ?".
  'envisageable', 'faisable', 'realisable', 'concevable', 'imaginable',
  'super', 'genial', 'tout', 'tous', 'toute', 'toutes', 'autre', 'autres', 'meme', 'complique', 'compliquee', 'futur',
  // Where the writer lives, as a long message tells it ("un petit village", "la maison de santé du bourg").
  'ville', 'village', 'bourg', 'quartier',
  // Who with: "avec des collègues médecins" (how many, in digits, see isEveryday).
  'collegue', 'collegues',
];

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

/** Snowball French stem of a folded word (memoised: stemming dominates index build time otherwise). */
export function stem(word: string): string {
  let cached = stemCache.get(word);
  if (cached === undefined) {
    cached = /^\d+$/.test(word) ? word : stemmer(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, cached);
  }
  return cached;
}

/** Stems of {@link EVERYDAY_WORDS}. */
export const EVERYDAY_STEMS: ReadonlySet<string> = new Set(
  EVERYDAY_WORDS.flatMap((w) => words(w).filter((x) => !STOPWORDS.has(x)).map(stem)),
);

/**
 * Linking words of French that no stopword list holds, compared as written (folded), not by stem:
 * "seulement" is everyday, "seul" ("un seul site") is not. Prepositions, conjunctions and adverbs
 * are a closed class: they say how a message links its words, never what it asks about ("comme un
 * petit hôpital", "ni combien", "autour de nos patients", "notamment pour concilier…").
 */
const LINKING_WORDS: ReadonlySet<string> = new Set([
  'comme', 'ni', 'autour', 'parmi', 'malgre', 'pendant', 'durant', 'afin', 'lors', 'selon', 'environ', 'presque',
  'notamment', 'surtout', 'juste', 'seulement', 'plutot', 'ainsi', 'pourtant', 'cependant', 'neanmoins', 'enfin',
  'tellement', 'quasiment', 'franchement', 'ensuite', 'ailleurs',
  // "à travers des démarches qualité", "puisque les anciens partent", "aucune maison de santé".
  'travers', 'puisque', 'lorsque', 'quoique', 'tandis', 'aucun', 'aucune',
]);

/**
 * An adverb of manner in -ment, by the endings only adverbs have ("habituellement", "généralement",
 * "effectivement", "uniquement", "probablement", "heureusement", "particulièrement", "notamment",
 * "récemment", "directement", "concrètement"). Not every -ment: "traitement", "équipement",
 * "département", "élément", "document" are nouns, and none of them ends so.
 */
const MANNER_ADVERB = /(?:amment|emment|llement|alement|ivement|iquement|ablement|iblement|eusement|(?<!r)erement|ctement|etement|ilement|idement)$/;

/**
 * A participle in -u (and its agreement) brought back to the verbs it may come from, to be looked up
 * as them: "devenus" → devenir, "rendue" → rendre, "voulu" → vouloir. Not -é or -i: "données",
 * "sortie", "partie" are nouns more often than participles of "donner", "sortir", "partir".
 */
function verbsOfParticiple(word: string): string[] {
  const base = /^(\p{L}{3,}?)ue?s?$/u.exec(word)?.[1];
  return base === undefined ? [] : [`${base}ir`, `${base}re`, `${base}oir`];
}

/**
 * Whether a folded word is an everyday word, conjugated forms included: the stemmer keeps the
 * endings -ons and -ent ("demandons", "cherchent"), which are then looked up as their -er verb, and
 * participles in -u ("devenus"), looked up as their verb. Linking words and adverbs of manner are
 * everyday too ({@link LINKING_WORDS}, {@link MANNER_ADVERB}).
 */
export function isEveryday(word: string): boolean {
  // A number of one or two digits, a count or a duration: "avec 2 collègues", "depuis 15 jours".
  // ("deux" is not: "lequel des deux chiffres ?" is answered by "les deux séries"; nor a figure
  // or a year: "l'ARS parle de 142 maisons de santé".)
  if (/^\d{1,2}$/.test(word)) return true;
  if (EVERYDAY_STEMS.has(stem(word))) return true;
  if (LINKING_WORDS.has(word) || MANNER_ADVERB.test(word)) return true;
  if (verbsOfParticiple(word).some((verb) => EVERYDAY_STEMS.has(stem(verb)))) return true;
  // An adjective's feminine or plural ("petite", "petits"), which the stemmer may not bring back to its stem.
  const masculine = /^(\p{L}{3,}?)(?:es|e|s)$/u.exec(word);
  if (masculine && EVERYDAY_STEMS.has(stem(masculine[1]!))) return true;
  const verb = /^(\p{L}{3,}?)(?:ons|ent)$/u.exec(word);
  return verb !== null && EVERYDAY_STEMS.has(stem(`${verb[1]}er`));
}

/**
 * The -er infinitive of a verb said with "nous", "vous" or "ils" ("utilisons", "participent") or of
 * its feminine participle ("placées" → "placer"; not "-é", which ends nouns too), or undefined. The
 * speller uses it only for a word the pages lack, and only when they have that verb: "président"
 * stays unknown, no page saying "présider".
 */
function infinitiveOf(word: string): string | undefined {
  const base = /^(\p{L}{3,}?)(?:ons|ent|ez|ees|ee)$/u.exec(word)?.[1];
  return base === undefined ? undefined : `${base}er`;
}

/** Corrects a folded word to a known one (see {@link Speller}); identity when absent. */
export type Corrector = (word: string) => string;

/** A content word of a text: its stem, and whether spelling correction replaced the word typed. */
interface ContentWord {
  stem: string;
  corrected: boolean;
  /** An everyday word (see {@link isEveryday}). */
  everyday: boolean;
}

/**
 * The content words of a text, in order (stopwords and one-letter words removed). Whether each is
 * an everyday word is found for a query only (`everyday`, or a `correct`or given): indexed text
 * does not need it.
 */
function contentWords(text: string, correct?: Corrector, everydayWords = false): ContentWord[] {
  const out: ContentWord[] = [];
  for (const raw of words(text)) {
    if (raw.length < 2 && !/^\d$/.test(raw)) continue;
    if (STOPWORDS.has(raw)) continue;
    // An everyday word is a known French word, not a typo of a page's word ("ville" is not "veille").
    const everyday = (everydayWords || correct !== undefined) && isEveryday(raw);
    const w = correct && !everyday ? correct(raw) : raw;
    // A mistyped stopword ("coment"): no subject of the question (see `Speller`).
    if (STOPWORDS.has(w)) continue;
    // A verb brought back to its infinitive is the word typed, not a guess.
    out.push({ stem: stem(w), corrected: w !== raw && w !== infinitiveOf(raw), everyday: everyday || (w !== raw && isEveryday(w)) });
  }
  return out;
}

/** Stems of the content words of a text, in order (stopwords and one-letter words removed). */
export function contentStems(text: string, correct?: Corrector): string[] {
  return contentWords(text, correct).map((w) => w.stem);
}

/** Stopwords the speller may take a typo for (it corrects words of 5 letters or more). */
const LONG_STOPWORDS = [...STOPWORDS].filter((w) => w.length >= 5);

/**
 * Query-time spelling correction against the words of the indexed text: an unknown word of 5 letters
 * or more becomes the most frequent known word within one edit (two from 12 letters), transpositions
 * included ("fédératoin" → "federation", "misions" → "missions"). Stemming alone cannot do this: a typo
 * usually hides the suffix the stemmer would remove. A typo of a question word ("coment") becomes
 * that word, which the search then leaves out.
 */
export class Speller {
  private readonly counts = new Map<string, number>();
  /** Stems of the indexed words: an inflection of one of them needs no correction. */
  private readonly stems = new Set<string>();
  private byLength: string[][] = [];
  private readonly cache = new Map<string, string>();

  constructor(texts: Iterable<string> = []) {
    for (const text of texts) this.add(text);
  }

  add(text: string): void {
    for (const w of words(text)) {
      if (w.length < 2 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
      const count = this.counts.get(w);
      if (count === undefined) {
        (this.byLength[w.length] ??= []).push(w);
        this.counts.set(w, 1);
        this.stems.add(stem(w));
      } else this.counts.set(w, count + 1);
    }
    this.cache.clear();
  }

  get size(): number {
    return this.counts.size;
  }

  readonly correct: Corrector = (word) => {
    if (word.length < 5 || this.counts.has(word) || /\d/.test(word)) return word;
    // Another form of an indexed word ("centre" where the pages say "centres"): stemming finds it.
    // Corrected, it could become a question word one letter away ("entre") and be dropped.
    if (this.stems.has(stem(word))) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    // A verb with "nous", "vous" or "ils" ("utilisons", "participent") or a feminine participle
    // ("placées"): the stemmer keeps the ending, the pages write the verb in another form
    // ("utilisent", "participer", "mettre en place"). Its infinitive, when the pages have that verb.
    const infinitive = infinitiveOf(word);
    if (infinitive !== undefined && this.stems.has(stem(infinitive))) {
      this.cache.set(word, infinitive);
      return infinitive;
    }
    // A question word mistyped ("coment", "pourqoi") is that word, not a subject the pages lack
    // nor one of their words that happens to be one letter away ("moment").
    const best = LONG_STOPWORDS.find((s) => editDistance(word, s, 1) <= 1) ?? this.closestKnown(word);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(word, best);
    return best;
  };

  /** The most frequent indexed word within one edit of `word` (two from 12 letters), or `word`. */
  private closestKnown(word: string): string {
    const max = word.length >= 12 ? 2 : 1;
    let best = word;
    let bestDistance = max + 1;
    let bestCount = 0;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.byLength[len] ?? []) {
        const d = editDistance(word, candidate, Math.min(max, bestDistance));
        if (d > max) continue;
        const count = this.counts.get(candidate) ?? 0;
        if (d < bestDistance || (d === bestDistance && count > bestCount)) {
          best = candidate;
          bestDistance = d;
          bestCount = count;
        }
      }
    }
    return best;
  }
}

/** Prefix of the synthetic terms added by the synonym table; such terms are never fuzzy- or prefix-matched. */
export const CONCEPT_PREFIX = '_';

interface CompiledGroup {
  concept: string;
  phrases: string[][];
}

/** Synonym phrases compiled for lookup: by the stem they start with, longest phrases first. */
export interface CompiledSynonyms {
  byFirst: Map<string, { concept: string; phrase: string[] }[]>;
}

/** Compiles synonym groups (the built-in table, or a content's own names: see `siteSynonymGroups`). */
export function compileSynonyms(source: readonly SynonymGroup[]): CompiledSynonyms {
  const byFirst = new Map<string, { concept: string; phrase: string[] }[]>();
  const groups: CompiledGroup[] = source.map((g) => ({
    concept: CONCEPT_PREFIX + g.concept,
    phrases: g.phrases.map((p) => contentStems(p)).filter((p) => p.length > 0),
  }));
  for (const group of groups) {
    for (const phrase of group.phrases) {
      const first = phrase[0]!;
      const list = byFirst.get(first) ?? [];
      // Longest phrases first, so that "maison de santé pluriprofessionnelle" is tried before "maison".
      list.push({ concept: group.concept, phrase });
      list.sort((a, b) => b.phrase.length - a.phrase.length);
      byFirst.set(first, list);
    }
  }
  return { byFirst };
}

const SYNONYMS = compileSynonyms(SYNONYM_GROUPS);

/** `_kine` → `_professionnel`: the broader concept of each kind (see `SynonymGroup.broader`). */
const BROADER: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.filter((g) => g.broader).map((g) => [CONCEPT_PREFIX + g.concept, CONCEPT_PREFIX + g.broader!]),
);

/**
 * One position of an analysed text: its stem and the synonym concepts whose phrase covers it.
 * A query "concept" is one of these positions.
 */
export interface AnalysedToken {
  stem: string;
  concepts: string[];
  /** Spelling correction replaced the word typed at this position. */
  corrected: boolean;
  /** An everyday word (see {@link isEveryday}). */
  everyday: boolean;
}

/**
 * Stems plus the synonym concepts covering each position (`everyday`: see {@link contentWords});
 * `own`: the content's own synonyms (its federation's names, its region), besides the built-in table.
 */
export function analyseTokens(text: string, correct?: Corrector, everyday = false, own?: CompiledSynonyms): AnalysedToken[] {
  const content = contentWords(text, correct, everyday);
  const stems = content.map((w) => w.stem);
  const tokens: AnalysedToken[] = content.map((w) => ({ stem: w.stem, concepts: [], corrected: w.corrected, everyday: w.everyday }));
  for (let i = 0; i < stems.length; i++) {
    const builtIn = SYNONYMS.byFirst.get(stems[i]!);
    const extra = own?.byFirst.get(stems[i]!);
    const candidates = extra ? [...(builtIn ?? []), ...extra] : builtIn;
    if (!candidates) continue;
    for (const { concept, phrase } of candidates) {
      if (i + phrase.length > stems.length) continue;
      let ok = true;
      for (let j = 1; j < phrase.length; j++) {
        if (stems[i + j] !== phrase[j]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      for (let j = 0; j < phrase.length; j++) {
        const t = tokens[i + j]!;
        if (!t.concepts.includes(concept)) t.concepts.push(concept);
      }
    }
  }
  return tokens;
}

/** The terms MiniSearch indexes and searches: every stem, plus one concept term per synonym phrase found. */
export function analyse(text: string, correct?: Corrector, own?: CompiledSynonyms): string[] {
  const out: string[] = [];
  for (const token of analyseTokens(text, correct, false, own)) {
    out.push(token.stem);
    for (const c of token.concepts) out.push(c);
  }
  return out;
}

/**
 * The query's concepts: one per content position, merged when several positions belong to the same
 * synonym phrase ("maison de santé pluriprofessionnelle" is one concept, not three).
 */
export interface QueryConcept {
  /** Terms any of which satisfies the concept: the stem(s) and the synonym concept terms. */
  terms: string[];
  /**
   * Every word of the concept is a spelling correction: finding it is weaker evidence, since the
   * correction may be another word than the one meant ("grave" → "grace").
   */
  corrected: boolean;
  /** Every word of the concept is an everyday word ({@link EVERYDAY_STEMS}): it says nothing of the topic. */
  everyday: boolean;
  /** Every word of the concept names a place, as far as the question shows ({@link placeStems}). */
  place: boolean;
  /** The concept names who publishes something asked of: "la newsletter de Decathlon". */
  owner?: true;
  /**
   * The synonym concepts of the whole phrase, when its words also have senses of their own:
   * "rejoindre la fédération" is joining it (`_adhesion`), though "rejoindre" alone is also joining
   * a team and "fédération" alone names the federation. Absent otherwise.
   */
  phrase?: string[];
  /**
   * With `phrase`, each word of the phrase as the terms of its own senses ("adhérer à la FEMAS":
   * [adher], [fem, _federation]); absent otherwise.
   */
  words?: string[][];
}

/**
 * What someone publishes: a capitalised word after "la newsletter de", "le site d'" names its
 * owner, not a place ("la newsletter de Decathlon" is not the federation's).
 */
const PUBLISHED = /^(?:newsletters?|lettres?|bulletins?|sites?|magazines?|journal|journaux|pages?|applications?|appli|blogs?|cha[iî]nes?)$/;

/** Words after which a question names a place: "à Lille", "en Picardie", "dans le Nord". */
const PLACE_PREPOSITIONS = new Set(['a', 'au', 'aux', 'en', 'dans', 'vers', 'sur', 'pres', 'autour']);
const ARTICLES = new Set(['le', 'la', 'les', 'de', 'du', 'des']);

/**
 * Stems of the words a question names a place with ("à Amiens", "dans le Pas-de-Calais", or a
 * capitalised word after the first: "une MSP de Roubaix"; not a word in capitals, "SIRET"): a town
 * the pages do not name does not make a question about joining or creating an MSP unanswerable.
 */
export function placeStems(text: string): Set<string> {
  return namedStems(text).places;
}

/** Places ({@link placeStems}) and owners of what is published ("la newsletter de Decathlon"). */
function namedStems(text: string): { places: Set<string>; owners: Set<string> } {
  const raw = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const places = new Set<string>();
  const owners = new Set<string>();
  raw.forEach((word, i) => {
    const before = fold(raw[i - 1] ?? '');
    const afterPreposition = PLACE_PREPOSITIONS.has(before) || (ARTICLES.has(before) && PLACE_PREPOSITIONS.has(fold(raw[i - 2] ?? '')));
    // "à rencontrer", "à monter": an infinitive after "à" is no place.
    const infinitive = before === 'a' && /(?:er|ir|re)$/.test(fold(word));
    // "un bourg de l'Oise", "une MSP d'Amiens": the elided article is not the name.
    const name = word.replace(/^[ld]['’](?=\p{Lu})/u, '');
    // The noun before "de", "du", "de la" or "d'": "la newsletter de Decathlon" names an owner.
    const back = /^d['’]/.test(word) ? 1 : before === 'de' || before === 'du' ? 2 : ARTICLES.has(before) && fold(raw[i - 2] ?? '') === 'de' ? 3 : 0;
    const owner = back > 0 && PUBLISHED.test(fold(raw[i - back] ?? ''));
    if ((i > 0 && /^\p{Lu}\p{Ll}/u.test(name)) || (afterPreposition && !infinitive)) for (const stem of contentStems(word)) (owner ? owners : places).add(stem);
  });
  return { places, owners };
}

/**
 * `broader` (default true): a kind also stands for its broader concept ("dentiste" is satisfied by
 * "professionnel de santé"). Off for a text the question is compared with (a page title, an FAQ
 * variant): "un professionnel de santé" there is satisfied by a question about a dentist, but
 * "un kiné" there is not.
 */
export function queryConcepts(text: string, correct?: Corrector, options: { broader?: boolean; own?: CompiledSynonyms } = {}): QueryConcept[] {
  const broader = options.broader ?? true;
  const tokens = analyseTokens(text, correct, true, options.own);
  const { places, owners } = namedStems(text);
  const out: QueryConcept[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const terms = new Set<string>([token.stem, ...token.concepts]);
    let corrected = token.corrected;
    let everyday = token.everyday;
    let place = places.has(token.stem);
    let j = i + 1;
    // Merge the following positions that share a concept with this one (the rest of the phrase).
    while (j < tokens.length && token.concepts.length > 0 && tokens[j]!.concepts.some((c) => token.concepts.includes(c))) {
      for (const c of tokens[j]!.concepts) terms.add(c);
      terms.add(tokens[j]!.stem);
      corrected &&= tokens[j]!.corrected;
      everyday &&= tokens[j]!.everyday;
      place &&= places.has(tokens[j]!.stem);
      j++;
    }
    if (broader) for (const t of [...terms]) if (BROADER.has(t)) terms.add(BROADER.get(t)!);
    const span = tokens.slice(i, j);
    const whole = span.length > 1 ? token.concepts.filter((c) => span.every((t) => t.concepts.includes(c))) : [];
    const phrase = whole.length > 0 && span.some((t) => t.concepts.some((c) => !whole.includes(c))) ? whole : undefined;
    const key = [...terms].sort().join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      const owner = j === i + 1 && owners.has(token.stem) ? ({ owner: true } as const) : {};
      out.push({ terms: [...terms], corrected, everyday, place, ...owner, ...(phrase ? { phrase, words: span.map((t) => [t.stem, ...t.concepts.filter((c) => !phrase.includes(c))]) } : {}) });
    }
    i = j;
  }
  return out;
}

/** Bounded Damerau–Levenshtein distance (optimal string alignment); returns max + 1 when above max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[m]!;
}

/** Whether a document term satisfies a query term the way the search does: equal, prefix (≥ 4 letters) or fuzzy (≥ 5 letters, 1 edit). */
export function termMatches(queryTerm: string, docTerm: string): boolean {
  if (queryTerm === docTerm) return true;
  if (queryTerm.startsWith(CONCEPT_PREFIX) || docTerm.startsWith(CONCEPT_PREFIX)) return false;
  if (queryTerm.length >= 4 && docTerm.startsWith(queryTerm)) return true;
  if (queryTerm.length >= 5 && editDistance(queryTerm, docTerm, 1) <= 1) return true;
  return false;
}

/**
 * `termMatches` without its fuzzy match: the page's term is the query's, a longer form of it, or a
 * stem one letter shorter ("publier" and "publie" stem differently); not a word one letter away
 * ("recette" is not "récent").
 */
export function termSays(queryTerm: string, docTerm: string): boolean {
  if (queryTerm === docTerm) return true;
  if (queryTerm.startsWith(CONCEPT_PREFIX) || docTerm.startsWith(CONCEPT_PREFIX)) return false;
  return (
    (queryTerm.length >= 4 && docTerm.startsWith(queryTerm)) ||
    (docTerm.length >= 4 && docTerm.length === queryTerm.length - 1 && queryTerm.startsWith(docTerm))
  );
}

/** Search options shared by every MiniSearch index of the assistant. */
export const prefixOption = (term: string): boolean => term.length >= 4 && !term.startsWith(CONCEPT_PREFIX);
export const fuzzyOption = (term: string): number | false =>
  term.length >= 5 && !term.startsWith(CONCEPT_PREFIX) && !/^\d+$/.test(term) ? 1 : false;

/** Normalised text for fact checks and comparisons: folded, apostrophes and spaces unified. */
export function comparable(text: string): string {
  return fold(text).replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
