/**
 * The offline answer: 2 to 4 sentences quoted verbatim from the best chunks, chosen by query
 * coverage with maximal marginal relevance (MMR), each run of sentences followed by its [n]
 * citation. Quoting whole sentences means the offline answer cannot say anything the federation's
 * pages do not say.
 */
import type { Hit, KnowledgeIndex, PreparedSentence, SearchResult, StepOutline } from './knowledge-index.js';
import { FIGURE, coversConcept } from './knowledge-index.js';
import type { PageInfo } from './types.js';
import { queryConcepts, stem } from './french.js';
import { NUMBER_WORDS, asksShape, holdsShape } from './shapes.js';

export interface Citation {
  n: number;
  title: string;
  url: string;
  /** The page's language (the assistant sends it; see CONTENT_LOCALE). */
  lang?: 'fr' | 'en';
}

export interface ExtractiveOptions {
  /** Minimum share of the question's IDF-weighted concepts that one of the 5 best chunks must contain (default 0.5); see {@link isConfident}. */
  minCoverage?: number;
  /** Most sentences quoted (default 4). */
  maxSentences?: number;
  /** Fewest sentences quoted when enough relevant ones exist (default 2). */
  minSentences?: number;
  /** Longest answer in characters, citations excluded (default 700). */
  maxChars?: number;
  /** Most steps a list of a page's steps may have (default 8); a page with more is quoted as sentences. */
  maxSteps?: number;
  /** MMR trade-off between relevance and novelty (default 0.7). */
  lambda?: number;
  /**
   * Citation numbers by page slug (the sources list shown before a model answer); without it, pages
   * are numbered by order of appearance.
   */
  numbering?: ReadonlyMap<string, number>;
}

export interface ExtractiveAnswer {
  text: string;
  citations: Citation[];
  /** The quoted sentences with their page, in answer order. */
  quotes: { text: string; page: PageInfo }[];
}

/**
 * Share of the question's weight one quoted sentence must hold when a word of the question is in no
 * page (see `buildExtractiveAnswer`).
 */
const UNSEEN_WORD_COVERAGE = 0.45;

/** A number in words, as a page may give a count ("au minimum deux médecins", "quelques dizaines"). */
const NUMBER_WORD = new RegExp(`(?<!\\p{L})(?:${NUMBER_WORDS}|cents|mille|dizaines?|centaines?|milliers?|millions?)(?!\\p{L})`, 'iu');

/** Credit a spelling correction earns when found: a guess, since the word meant may be another one. */
const CORRECTION_CREDIT = 0.5;

/**
 * Whether the search found something that answers the question well enough to quote it: one of the
 * 5 best chunks (or the ones among them of one page, together) holds at least `minCoverage` of the
 * question's IDF-weighted concepts, or 60 % of its
 * concepts with at least 0.7 × `minCoverage` of the weight (a filler word absent from the pages, such
 * as "minimum", weighs as much as a real unknown, such as "Netflix"). Spelling corrections found count
 * at half their weight, and the chunk must hold at least one concept typed as such that is not an
 * everyday word: sharing "plus", "temps" or a corrected "grave" (→ "grace") with a page is no answer.
 */
export function isConfident(result: SearchResult, minCoverage = 0.5): boolean {
  const { concepts, weights } = result;
  if (concepts.length === 0 || result.hits.length === 0) return false;
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const credit = (i: number) => (weights[i] ?? 0) * (concepts[i]?.corrected ? CORRECTION_CREDIT : 1);
  const isEvidence = (i: number) => !concepts[i]?.corrected && !concepts[i]?.everyday;
  const top = result.hits.slice(0, 5);
  // A message that asks two things ("quels objectifs… et comment l'adapter au territoire") may be
  // answered by two sections of one page: the page's best chunks count together.
  const byPage = new Map<string, Set<number>>();
  for (const h of top) {
    const covered = byPage.get(h.page.slug) ?? new Set<number>();
    for (const i of h.covered) covered.add(i);
    byPage.set(h.page.slug, covered);
  }
  // Concepts are counted as much as they are asked (see `KnowledgeIndex.salience`): in a long
  // message, the many words of its context would otherwise make up the 60 %.
  // A phrase whose words have senses of their own ("adhérer à la FEMAS": joining, the federation)
  // counts as its words: merged into one concept, it would weigh as one word against "à Amiens".
  const count = (i: number) => (result.salience[i] ?? 1) * (concepts[i]?.words?.length ?? 1);
  const concepts60 = 0.6 * concepts.reduce((a, _, i) => a + count(i), 0);
  return [...top.map((h) => h.covered), ...[...byPage.values()].map((c) => [...c])].some((covered) => {
    if (!covered.some(isEvidence)) return false;
    const coverage = covered.reduce((a, i) => a + credit(i), 0) / total;
    return coverage >= minCoverage || (covered.reduce((a, i) => a + count(i), 0) >= concepts60 && coverage >= 0.7 * minCoverage);
  });
}

/**
 * Share of the question's subject (the words that ask for steps left out) a sentence that tells what
 * to do must say to complete the answer as a weaker sentence may: "Pour s'abonner, il suffit de…"
 * says "newsletter" but not "désabonner".
 */
const STEP_SUBJECT = 0.3;

/** Share of the question a sentence that gives a year must say to answer "en quelle année…" (see `buildExtractiveAnswer`). */
const YEAR_SUBJECT = 0.5;

/** What a sentence that tells what to do (see STEP_SUBJECT) adds to its relevance when the sentences are picked, not when they are kept. */
const STEP_PRIORITY = 0.1;

/** Score (share of the best chunk's) a section of the best page that tells what to do is quoted with, at least (see `buildExtractiveAnswer`). */
const STEPS_SECTION_SCORE = 0.2;

/**
 * Share of the question's weight a page's title must say (the words that ask for steps, and where,
 * counted as said) for the answer to quote the page's steps: "Comment créer une MSP ?" asks about
 * what the page "Comment créer une maison de santé… ?" tells as a whole; "comment monter une MSP en
 * zone rurale ?", "comment rencontrer l'ARS pour créer une MSP ?" ask about one part of it.
 */
const STEPS_TITLE_SHARE = 0.6;

interface Candidate {
  hit: Hit;
  rank: number;
  sentence: PreparedSentence;
  /** Relevance: chunk prior, weighted coverage of the sentence and of its headings. */
  rel: number;
  /** Weighted share of the question found in the sentence itself, everyday words left out. */
  own: number;
  /** The same, the words that ask for steps left out too ("démarches"). */
  subject: number;
}

/** The site's region (synonyms.ts, `siteSynonymGroups`) and the word "région". */
const SITE_REGION = '_siteregion';
const REGION = stem('region');

/** "Pour s'abonner, …", "Pour adhérer, …": the verb of the purpose a sentence starts with. */
const PURPOSE = /^pour (?:s['’]|se |vous |nous )?(\p{L}+)/iu;

/** The concept of "nombre", "chiffres" (synonyms.ts). */
const NUMBER_CONCEPT = '_chiffres';

/** Relevance a sentence holding a figure earns when the question asks how many. */
const FIGURE_BONUS = 0.1;

/** Sentences that lean on the previous one ("Ce travail…", "Elle…") read badly out of context. */
const LEANS_BACK = /^(ce|cet|cette|ces|cela|ça|il|elle|ils|elles|celui|celle|ceux|celles|leur|leurs|this|these|it|they)\b/i;

/**
 * Sentences that begin so but lean on nothing: "Ce qui fait une maison de santé, c'est…" announces
 * what follows (often a definition), and "Il faut compter…", "Il y a…", "Il est utile de…" are
 * impersonal.
 */
const STANDS_ALONE = /^(?:ce\s+(?:qui|que|qu['’]|dont)|il\s+(?:faut|fallait|faudra|y\s+a|existe|suffit|est\s+(?:\p{L}+\s+)?(?:de|d['’])))/iu;

/** A personal pronoun as the subject: "Il permet…", "Elles sont…", "Celle-ci…". */
const PERSONAL_SUBJECT = /^(?:il|elle|ils|elles|(?:celui|celle|ceux|celles)-ci|it|they)\b/i;

function leansBack(text: string): boolean {
  return LEANS_BACK.test(text) && !STANDS_ALONE.test(text);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Builds the quoted answer, or undefined when confidence is low or no sentence mentions the question. */
export function buildExtractiveAnswer(
  index: KnowledgeIndex,
  result: SearchResult,
  options: ExtractiveOptions = {},
): ExtractiveAnswer | undefined {
  const { concepts, hits, weights } = result;
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  if (!isConfident(result, options.minCoverage ?? 0.5)) return undefined;
  const maxSentences = options.maxSentences ?? 4;
  const minSentences = options.minSentences ?? 2;
  const maxChars = options.maxChars ?? 700;
  const lambda = options.lambda ?? 0.7;
  const top = hits[0]!.score || 1;
  // "adhérer à la FEMAS": a sentence that names the federation only says part of it.
  const conceptParts = index.conceptParts(concepts, weights).flat();

  const candidates: Candidate[] = [];
  const pool = hits.slice(0, 5).flatMap((hit, rank) => (hit.score < 0.4 * top ? [] : [{ hit, rank }]));
  if (result.shape === 'steps') {
    // A question that asks how to do something is also answered by the best page's sections that
    // tell what to do ("Les démarches": "Remplissez le bulletin…, puis réglez…"), which rank lower
    // than the page's introduction when the question's words are in its title, or not at all in a
    // long message; and by the other chunks found on that page that tell it.
    const best = hits[0]!;
    for (const chunk of index.pageChunks(best.chunk.page)) {
      if (pool.some((p) => p.hit.chunk.id === chunk.id)) continue;
      const rank = hits.findIndex((h) => h.chunk.id === chunk.id);
      const tells = index.tellsSteps(chunk.id);
      if (rank >= 0 ? tells.heading || tells.text : tells.heading) {
        const score = Math.max(rank >= 0 ? hits[rank]!.score : 0, STEPS_SECTION_SCORE * top);
        pool.push({ hit: { chunk, page: best.page, score, coverage: 0, covered: [] }, rank: rank >= 0 ? rank : hits.length });
      }
    }
  }
  pool.forEach(({ hit, rank }) => {
    const context = index.contextTerms(hit.chunk.id);
    const sentences = index.sentences(hit.chunk.id);
    for (const sentence of sentences) {
      if (sentence.text.length < 20) continue;
      // "L'accord…, appelé ACI, a été signé en 2017… Il permet à une maison de santé de recevoir…":
      // a sentence whose subject is a pronoun speaks of what the sentence before it spoke of.
      // Not "Ce…", "Ces chiffres…", which name their subject anew.
      const antecedent = sentence.index > 0 && PERSONAL_SUBJECT.test(sentence.text) && leansBack(sentence.text) ? sentences[sentence.index - 1] : undefined;
      let inSentence = 0;
      let inContext = 0;
      // Everyday words ("plus", "aller") help rank a sentence but are not what it says of the question:
      // "Pour aller plus loin, consultez les pages…" does not answer "est-ce plus cher d'aller en MSP ?".
      let topical = 0;
      // What it says of the question's subject, not of the words that ask for steps ("démarches").
      let subject = 0;
      const figure = result.count === true && FIGURE.test(sentence.text);
      // "combien de temps…": a duration is the time asked; "quel numéro de téléphone…": a number is.
      const shaped = result.shape !== undefined && holdsShape(result.shape, sentence.text);
      for (const { concept: c, weight: w } of conceptParts) {
        // "le nombre de MSP en France": a figure is the number asked.
        const says = coversConcept(sentence.terms, c) || (antecedent !== undefined && coversConcept(antecedent.terms, c));
        if (says || (figure && c.terms.includes(NUMBER_CONCEPT)) || (shaped && asksShape(result.shape!, c.terms))) {
          inSentence += w;
          inContext += w;
          if (!c.everyday) topical += w;
          if (says && !c.everyday && !(result.shape === 'steps' && asksShape('steps', c.terms))) subject += w;
        } else if (coversConcept(context, c)) inContext += w;
      }
      if (inSentence === 0) continue;
      const rel = 0.35 * (hit.score / top) + 0.5 * (inSentence / total) + 0.15 * (inContext / total) + (figure || shaped ? FIGURE_BONUS : 0);
      candidates.push({ hit, rank, sentence, rel, own: topical / total, subject: subject / total });
    }
  });
  if (candidates.length === 0) return undefined;

  // For a question that asks how, a sentence of the best page that tells what to do and says enough
  // of the question's subject (STEP_SUBJECT): it comes before the sentences that describe. When a
  // sentence tells it for the question's own purpose ("Pour vous désabonner, …" to "comment me
  // désabonner ?"), not one that tells it for another ("Pour s'abonner, …"). (Otherwise the verbs
  // may differ: "Pour adhérer, …" answers "comment rejoindre la fédération ?".)
  // Whether each sentence that starts with a purpose tells another than the question's, its verb
  // read as a question's word is (with its synonyms: "désinscrire" is "désabonner"). Worked out once,
  // not at each turn of the selection below.
  const otherPurpose = new Map<Candidate, boolean>();
  if (result.shape === 'steps') {
    const asked = new Set(concepts.flatMap((c) => c.terms));
    for (const c of candidates) {
      const verb = PURPOSE.exec(c.sentence.text)?.[1];
      if (verb) otherPurpose.set(c, !queryConcepts(verb).some((k) => k.terms.some((t) => asked.has(t))));
    }
  }
  const ownPurpose = [...otherPurpose.values()].includes(false);
  const tellsWhatToDo = (c: Candidate) =>
    result.shape === 'steps' &&
    c.hit.page.slug === hits[0]!.page.slug &&
    c.subject >= STEP_SUBJECT &&
    holdsShape('steps', c.sentence.text) &&
    !(ownPurpose && otherPurpose.get(c));
  const selected: Candidate[] = [];
  let chars = 0;
  const remaining = new Set(candidates);
  const adjacent = (c: Candidate) =>
    selected.some((s) => s.hit.chunk.id === c.hit.chunk.id && Math.abs(s.sentence.index - c.sentence.index) === 1);
  while (selected.length < maxSentences && remaining.size > 0) {
    let best: Candidate | undefined;
    let bestValue = -Infinity;
    for (const c of remaining) {
      const redundancy = selected.length ? Math.max(...selected.map((s) => jaccard(s.sentence.terms, c.sentence.terms))) : 0;
      // A sentence next to a quoted one reads as its continuation; one that leans on an unquoted
      // previous sentence reads badly.
      const follows = selected.some((s) => s.hit.chunk.id === c.hit.chunk.id && s.sentence.index === c.sentence.index - 1);
      const context = adjacent(c) ? 0.1 : leansBack(c.sentence.text) && !follows ? -0.2 : 0;
      const value = lambda * (c.rel + context + (tellsWhatToDo(c) ? STEP_PRIORITY : 0)) - (1 - lambda) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    }
    if (!best) break;
    remaining.delete(best);
    const first = selected[0];
    if (first) {
      // Up to the minimum, a weaker sentence may complete the first; beyond it, only sentences that
      // themselves speak of the question.
      const enough = selected.length >= minSentences;
      // What to do, for a question that asks how, completes the answer as a weaker sentence
      // completes the first ("Six CPTS adhèrent à notre fédération." then "Remplissez le bulletin
      // d'adhésion…, puis réglez…"), when the best page tells it; the sentences that do not tell it
      // are passed over.
      if (best.rel < (enough && !tellsWhatToDo(best) ? 0.7 : 0.45) * first.rel) {
        if (result.shape === 'steps') continue;
        break;
      }
      if (enough && best.own < 0.3) continue;
      if (selected.some((s) => jaccard(s.sentence.gist, best.sentence.gist) > 0.7)) continue;
      if (chars + best.sentence.text.length > maxChars) continue;
    }
    selected.push(best);
    chars += best.sentence.text.length;
  }

  // A word of the question that no page uses ("SIRET", "adresse postale"), typed as such and not
  // an everyday one nor a place ("à Lille"), is what the question is about more often than not:
  // sentences that share only its other words ("numéro", "fédération") do not answer it, unless
  // one holds most of the rest.
  const unknownWeight = index.idf('\u0000');
  const unseen = concepts.some((c, i) => weights[i] === unknownWeight && !c.corrected && !c.everyday && !c.place);
  if (unseen && Math.max(...selected.map((s) => s.own)) < UNSEEN_WORD_COVERAGE) return undefined;
  // Someone else's newsletter or site ("la newsletter de Decathlon"): the pages speak of their own.
  if (concepts.some((c, i) => c.owner && weights[i] === unknownWeight && !c.corrected)) return undefined;

  // A question that asks how long ("combien de temps faut-il pour créer une MSP ?") is not answered
  // by sentences that give no duration: they only share its other words ("créer", "MSP"). (A
  // question for a phone number or an address is: the contact page says where to find them.)
  if (result.shape === 'duration' && !selected.some((s) => holdsShape('duration', s.sentence.text))) return undefined;
  // Nor one that asks in what year by sentences that give none, or give one of something else ("la
  // FEMAS a-t-elle été créée ?" got the ARS's "Projet régional de santé 2018-2022").
  if (result.shape === 'year' && !selected.some((s) => holdsShape('year', s.sentence.text) && s.own >= YEAR_SUBJECT)) return undefined;
  // Nor one that asks how many by sentences that give no number ("combien de patients sont suivis
  // en MSP ?" got "une MSP aide les patients à être suivis…").
  if (result.count === true && result.shape !== 'steps' && !selected.some((s) => FIGURE.test(s.sentence.text) || NUMBER_WORD.test(s.sentence.text))) return undefined;

  // "Comment créer une MSP ?", "quelles sont les étapes… ?": the page's steps, in its order.
  const steps = result.shape === 'steps' ? stepsAnswer(index, result, conceptParts, total, candidates, { maxChars, maxSteps: options.maxSteps ?? 8, numbering: options.numbering }) : undefined;
  if (steps) return steps;

  // A quoted sentence that leans on the previous one ("Ce travail…") brings that sentence along.
  for (const c of [...selected]) {
    if (!leansBack(c.sentence.text) || c.sentence.index === 0 || selected.length >= maxSentences) continue;
    if (selected.some((s) => s.hit.chunk.id === c.hit.chunk.id && s.sentence.index === c.sentence.index - 1)) continue;
    const previous = index.sentences(c.hit.chunk.id)[c.sentence.index - 1];
    if (!previous || chars + previous.text.length > maxChars) continue;
    selected.push({ hit: c.hit, rank: c.rank, sentence: previous, rel: c.rel, own: 0, subject: 0 });
    chars += previous.text.length;
  }

  selected.sort((a, b) => a.rank - b.rank || a.sentence.index - b.sentence.index);
  // Keep sentences of the same page together, pages in order of their best chunk; what to do is
  // told in the page's order ("Remplissez le bulletin…, puis réglez…", then "Le réseau envoie…").
  const pageOrder: string[] = [];
  for (const s of selected) if (!pageOrder.includes(s.hit.page.slug)) pageOrder.push(s.hit.page.slug);
  // Within the best page, what to do comes first, with the sentence that follows each: "Comment
  // adhérer ?" does not start with "La fédération compte aussi…".
  const told = (c: Candidate) =>
    tellsWhatToDo(c) || selected.some((s) => s.hit.chunk.id === c.hit.chunk.id && s.sentence.index === c.sentence.index - 1 && tellsWhatToDo(s));
  const inPage = (a: Candidate, b: Candidate) =>
    result.shape === 'steps' ? Number(told(b)) - Number(told(a)) || a.hit.chunk.id - b.hit.chunk.id || a.sentence.index - b.sentence.index : 0;
  selected.sort((a, b) => pageOrder.indexOf(a.hit.page.slug) - pageOrder.indexOf(b.hit.page.slug) || inPage(a, b));

  const numbers = new Map<string, number>();
  const citations: Citation[] = [];
  const parts: string[] = [];
  selected.forEach((s, i) => {
    const slug = s.hit.page.slug;
    let n = numbers.get(slug);
    if (n === undefined) {
      n = options.numbering?.get(slug) ?? numbers.size + 1;
      numbers.set(slug, n);
      citations.push({ n, title: s.hit.page.title, url: s.hit.page.url });
    }
    const next = selected[i + 1];
    parts.push(next && next.hit.page.slug === slug ? s.sentence.text : `${s.sentence.text} [${n}]`);
  });
  return {
    text: parts.join(' '),
    citations: citations.sort((a, b) => a.n - b.n),
    quotes: selected.map((s) => ({ text: s.sentence.text, page: s.hit.page })),
  };
}

/**
 * The answer to a question that asks how to do something, when the best page lists steps (see
 * `KnowledgeIndex.stepOutline`) and the question asks about what the page tells as a whole: the
 * page's best sentence outside its steps (what the steps lead to, the time they take), then the steps'
 * headings as a list, in the page's order, quoted as the page writes them. Undefined otherwise, or
 * when the steps are more than `maxSteps` or do not fit in `maxChars`.
 */
function stepsAnswer(
  index: KnowledgeIndex,
  result: SearchResult,
  conceptParts: readonly { concept: SearchResult['concepts'][number]; weight: number }[],
  total: number,
  candidates: readonly Candidate[],
  limits: { maxChars: number; maxSteps: number; numbering: ReadonlyMap<string, number> | undefined },
): ExtractiveAnswer | undefined {
  const best = result.hits[0]!;
  const outline: StepOutline | undefined = index.stepOutline(best.chunk.page);
  if (!outline) return undefined;
  const title = index.titleTerms(best.chunk.page);
  let said = 0;
  // A place the pages do not name ("dans un bourg de l'Oise") or the region ("dans la région") says
  // where, not which part: the steps are the same. Not "en zone rurale", which a part may be about.
  const unseen = index.idf('\u0000');
  const where = (c: SearchResult['concepts'][number]) =>
    c.place && (c.terms.every((t) => index.idf(t) === unseen) || c.terms.some((t) => t === SITE_REGION || t === REGION));
  for (const { concept, weight } of conceptParts) if (coversConcept(title, concept) || asksShape('steps', concept.terms) || where(concept)) said += weight;
  if (said / total < STEPS_TITLE_SHARE) return undefined;
  if (outline.steps.length > limits.maxSteps) return undefined;
  // The list as it is shown, one step a line, counts in the answer's length.
  const list = outline.steps.map((s) => `- ${s}`).join('\n');
  if (list.length > limits.maxChars) return undefined;
  let lead: Candidate | undefined;
  for (const c of candidates) {
    // Alone before the list, a sentence that leans on the one before it ("Ce délai varie…") reads badly.
    if (c.hit.page.slug !== best.page.slug || outline.chunks.has(c.hit.chunk.id) || leansBack(c.sentence.text)) continue;
    if (!lead || c.rel > lead.rel) lead = c;
  }
  if (lead && lead.sentence.text.length + 1 + list.length > limits.maxChars) lead = undefined;
  const n = limits.numbering?.get(best.page.slug) ?? 1;
  return {
    text: `${lead ? `${lead.sentence.text}\n` : ''}${list} [${n}]`,
    citations: [{ n, title: best.page.title, url: best.page.url }],
    quotes: [...(lead ? [lead.sentence.text] : []), ...outline.steps].map((text) => ({ text, page: best.page })),
  };
}
