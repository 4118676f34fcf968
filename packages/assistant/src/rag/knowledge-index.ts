/**
 * The knowledge index: pages, chunks, the curated FAQ and a MiniSearch (BM25+) index over the
 * chunks with the French pipeline. Serialisable to one JSON file (`msp-assistant ingest --out`),
 * which `serve --index` loads.
 */
import MiniSearch from 'minisearch';
import * as z from 'zod';
import { Document } from '@langchain/core/documents';
import {
  ANALYZER_VERSION,
  CONCEPT_PREFIX,
  Speller,
  analyse,
  analyseTokens,
  compileSynonyms,
  contentStems,
  fold,
  fuzzyOption,
  prefixOption,
  queryConcepts,
  termMatches,
  termSays,
  type CompiledSynonyms,
  type QueryConcept,
} from './french.js';
import { searchText } from './english.js';
import { clauseRoles } from './focus.js';
import { spellOut } from './shorthand.js';
import { answerShape, asksShape, holdsShape, isActionHeading, isNumberedStep, isStepsHeading, isStepsTitle, type AnswerShape } from './shapes.js';
import { SYNONYM_GROUPS, siteSynonymGroups, type SiteProfile } from './synonyms.js';
import { chunkPages, type ChunkMetadata, type ChunkOptions } from './chunker.js';
import type { ChunkRecord, FaqEntry, IngestedPage, PageInfo } from './types.js';

export const INDEX_FORMAT = 'msp-assistant-index';
export const INDEX_VERSION = 1;

const pageSchema = z.object({
  slug: z.string().min(1),
  title: z.string().min(1),
  url: z.string().min(1),
  updated: z.string().optional(),
  sources: z.array(z.string()).optional(),
});

const faqEntrySchema = z.object({
  id: z.string().min(1),
  questions: z.array(z.string().min(1)).min(1),
  answer: z.string().min(1),
  source: z.string().min(1),
});

/** The curated FAQ file (content/faq.json). */
export const faqFileSchema = z.object({ version: z.number().int(), entries: z.array(faqEntrySchema) });

/** What a content folder says of its federation (content/federation.json, see `SiteProfile`). */
export const siteProfileSchema = z.object({
  names: z.array(z.string().trim().min(1)).min(1),
  regions: z.array(z.string().trim().min(1)).optional(),
  contact: z.string().min(1).optional(),
});
export const siteFileSchema = siteProfileSchema.extend({ version: z.number().int() });

export const indexFileSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  version: z.literal(INDEX_VERSION),
  createdAt: z.string(),
  inputs: z.array(z.string()),
  pages: z.array(pageSchema),
  chunks: z.array(
    z.object({
      id: z.number().int().nonnegative(),
      page: z.number().int().nonnegative(),
      heading: z.string(),
      context: z.string(),
      anchor: z.string(),
      text: z.string(),
    }),
  ),
  faq: z.array(faqEntrySchema),
  site: siteProfileSchema.optional(),
  search: z
    .object({ analyzer: z.string(), minisearch: z.unknown(), df: z.record(z.string(), z.number().int().nonnegative()) })
    .optional(),
});

export type IndexFile = z.infer<typeof indexFileSchema>;

/** A sentence of a chunk with its analysed terms, for quoting. */
export interface PreparedSentence {
  text: string;
  terms: ReadonlySet<string>;
  /**
   * Its words with synonyms merged into their concept ("FEMAS Hauts-de-France" and "la fédération"
   * alike): two wordings of one fact have nearly the same gist.
   */
  gist: ReadonlySet<string>;
  /** Position in the chunk. */
  index: number;
}

/** A chunk found for a query. */
export interface Hit {
  chunk: ChunkRecord;
  page: PageInfo;
  /** BM25+ score (or fused score for hybrid retrieval). */
  score: number;
  /** Share of the query's concepts found in the chunk, its heading or its page title (0–1). */
  coverage: number;
  /** The query concepts found in this chunk (indices into the query's concepts). */
  covered: number[];
}

export interface SearchResult {
  concepts: QueryConcept[];
  hits: Hit[];
  /** IDF weight of each concept (see {@link KnowledgeIndex.weights}), times its salience. */
  weights: number[];
  /** How much each concept counts in the message (see {@link KnowledgeIndex.salience}). */
  salience: number[];
  /** The message asks how many ("combien", "le nombre de", "how many"): see `buildExtractiveAnswer`. */
  count?: boolean;
  /** The kind of value the message asks for, when its words say one (a duration, a phone number…: see shapes.ts). */
  shape?: AnswerShape;
}

/**
 * "Combien" is a stopword, "nombre" and "chiffres" a concept: either asks for a figure, unless the
 * question is about a cost ("combien ça coûte"), which the pages give in no figure.
 */
function asksHowMany(query: string, concepts: readonly QueryConcept[]): boolean {
  if (concepts.some((c) => c.terms.includes(`${CONCEPT_PREFIX}cout`))) return false;
  return /(?<![a-z])combien(?![a-z])/.test(fold(spellOut(query))) || concepts.some((c) => c.terms.includes(`${CONCEPT_PREFIX}chiffres`));
}

/**
 * A figure, not a year ("71 MSP", "2 758", "80 %"; not "2018-2022"): a chunk or a sentence that
 * can answer "combien…".
 */
export const FIGURE = /(?<![\p{L}\p{N}-])(?!(?:19|20)\d\d(?!\p{N}))\p{N}[\p{N}\s\u00a0\u202f]*(?![\p{L}\p{N}-])/u;

/** Score factor of a chunk holding a figure, for a question that asks how many (0.3 sent the ARS figures before the federation's for "combien de MSP dans les Hauts-de-France ?"). */
const FIGURE_BOOST = 0.15;

/**
 * Score factor of a chunk whose heading tells what to do ("Les démarches", "Comment une MSP
 * adhère-t-elle ?", "Étape 2 : …"), for a question that asks how to do something.
 */
const STEPS_BOOST = 0.3;

/** The steps a page lists, in its order (see {@link KnowledgeIndex.stepOutline}). */
export interface StepOutline {
  /** The steps' headings, as the page writes them. */
  steps: string[];
  /** The chunks under those headings. */
  chunks: ReadonlySet<number>;
}

/** The site's federation, as a concept of the synonym table (`siteSynonymGroups`). */
const FEDERATION_CONCEPT = '_federation';

/** Share of a phrase's weight its own meaning gets in BM25 (see `search`, `phraseParts`). */
const PHRASE_SHARE = 0.7;

/**
 * The concepts a phrase means when it names the federation but means something else ("rejoindre la
 * fédération", "adhérer à la FEMAS": joining); undefined for any other concept.
 */
function federationPhrase(c: QueryConcept): string[] | undefined {
  return c.phrase && c.terms.includes(FEDERATION_CONCEPT) && !c.phrase.includes(FEDERATION_CONCEPT) ? c.phrase : undefined;
}

/**
 * Another phrase one of whose words has a sense of its own ("monter une MSP": creating, and an MSP;
 * "médecin traitant": a GP, and a doctor): its words as its two parts (see `phraseParts`).
 */
function namingPhrase(c: QueryConcept): string[] | undefined {
  const words = c.words ?? [];
  return c.phrase && words.some((w) => w.length > 1) && words.some((w) => w.length === 1) ? c.phrase : undefined;
}

/** Share of the total weight carried by the covered concepts. */
export function weightedShare(covered: readonly number[], weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  return covered.reduce((a, i) => a + (weights[i] ?? 0), 0) / total;
}

interface IndexedDoc {
  id: number;
  title: string;
  heading: string;
  text: string;
}

const ABBREVIATIONS = new Set(['m', 'mme', 'mlle', 'dr', 'pr', 'art', 'st', 'ste', 'cf', 'ex', 'p', 'n°', 'env', 'etc', 'av', 'bd']);

/** Splits plain text into sentences (paragraphs first), keeping abbreviations such as "M." or "art." inside. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n{2,}|\n/)) {
    const p = paragraph.trim();
    if (!p) continue;
    let start = 0;
    const re = /[.!?…]+["»)]?\s+(?=[A-ZÀ-ÖØ-Ý0-9«"(])/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p))) {
      const before = p.slice(start, m.index);
      const lastWord = /([\p{L}°]+)$/u.exec(before)?.[1]?.toLowerCase();
      if (lastWord && ABBREVIATIONS.has(lastWord)) continue;
      out.push(p.slice(start, m.index + m[0].trimEnd().length).trim());
      start = m.index + m[0].length;
    }
    const rest = p.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/** Weight of a word said around the question rather than in it (see {@link KnowledgeIndex.salience}). */
const CONTEXT_SALIENCE = 0.3;

/**
 * The words around a question weigh together at most this share of the question's own: a long
 * message says more around its question (who writes, where, why) than in it, and each of those
 * words, light as it is, adds to what an answer must cover.
 */
const CONTEXT_BUDGET = 0.5;

/**
 * An everyday word weighs at most this share of the question's lightest topical word: a long
 * message has many ("comprendre", "simple", "possible"), which otherwise dilute its subject.
 */
const EVERYDAY_SHARE = 0.5;

/**
 * A clause that names its subject by a pronoun, as the message's earlier clause named it: "quels
 * objectifs doit-il viser", "ce qu'elle a prévu", "comment l'adapter", "combien ça coûte", "ce
 * terme". Not "il" alone, more often impersonal ("il faut", "il y a").
 */
const REFERS_BACK =
  /-(?:il|elle|ils|elles)(?!\p{L})|(?<!\p{L})(?:qu['’])?(?:elle|elles|ils)(?!\p{L})|(?<!\p{L})l['’]\p{L}+(?:er|ir|re)(?!\p{L})|(?<!\p{L})(?:cela|ça)(?!\p{L})|(?<!\p{L})(?:cet|cette|ces|ce\s+(?!que|qui|qu['’]|dont)\p{L}+)(?!\p{L})/iu;

/** Words of the pages a clause must say to ask about something on its own (see `KnowledgeIndex.askingClauses`). */
const OWN_SUBJECT = 2;

const DOMAIN_WORDS = [
  'santé', 'soin', 'soins', 'patient', 'patients', 'professionnel', 'professionnels', 'pôle', 'projet', 'territoire',
  'réseau', 'pharmacien', 'pharmacie', 'cotisation', 'adhérer', 'adhésion', 'avecsanté', 'club', 'exercice',
  'cabinet', 'consultation', 'prévention', 'dépistage', 'vaccination', 'fédération', 'urgence', 'médical', 'paramédical',
  'équipe', 'installation', 'installer', 'libéral', 'premier recours', 'sage-femme', 'dentiste', 'orthophoniste',
  'coordinatrice', 'coordinateur', 'secrétariat', 'dossier patient', 'newsletter', 'assistant',
  // A federation's life: "c'est quand l'AG ?" is a question for the federation, not out of scope.
  'assemblée générale', 'AG', 'adhérent', 'adhérents',
  // The prevention themes it supports: "quel est le numéro de Tabac info service ?"
  'tabac', 'tabagique', 'cancer', 'cancers', 'vaccin', 'vaccins',
];

/** Analyses every chunk once: the documents MiniSearch indexes (terms joined by spaces) and the document frequencies. */
function analyseChunks(chunks: readonly ChunkRecord[], pages: readonly PageInfo[], own: CompiledSynonyms): { docs: IndexedDoc[]; df: Map<string, number> } {
  const titleTerms = new Map<number, string[]>();
  const df = new Map<string, number>();
  const docs = chunks.map((c) => {
    let title = titleTerms.get(c.page);
    if (!title) {
      title = analyse(pages[c.page]!.title, undefined, own);
      titleTerms.set(c.page, title);
    }
    const heading = analyse(c.context, undefined, own);
    const text = analyse(c.text, undefined, own);
    for (const t of new Set([...title, ...heading, ...text])) df.set(t, (df.get(t) ?? 0) + 1);
    return { id: c.id, title: title.join(' '), heading: heading.join(' '), text: text.join(' ') };
  });
  return { docs, df };
}

export class KnowledgeIndex {
  readonly pages: readonly PageInfo[];
  readonly chunks: readonly ChunkRecord[];
  readonly faq: readonly FaqEntry[];
  readonly inputs: readonly string[];
  /** What the content says of its federation (names, region, contact page), when it says it. */
  readonly site?: SiteProfile;
  /** The synonyms of the site's profile, compiled (see `siteSynonymGroups`). */
  readonly siteSynonyms: CompiledSynonyms;
  readonly createdAt: string;
  readonly speller: Speller;
  private readonly mini: MiniSearch<IndexedDoc>;
  private readonly sentenceCache = new Map<number, PreparedSentence[]>();
  private readonly headingTerms = new Map<number, ReadonlySet<string>>();
  private readonly domainTerms: ReadonlySet<string>;
  private readonly pageBySlug: Map<string, number>;
  private readonly df: Map<string, number>;

  private constructor(init: {
    pages: readonly PageInfo[];
    chunks: readonly ChunkRecord[];
    faq: readonly FaqEntry[];
    inputs: readonly string[];
    site?: SiteProfile;
    createdAt: string;
    serialised?: { minisearch: unknown; df: Record<string, number> };
  }) {
    this.pages = init.pages;
    this.chunks = init.chunks;
    this.faq = init.faq;
    this.inputs = init.inputs;
    if (init.site) this.site = init.site;
    const siteGroups = siteSynonymGroups(init.site);
    this.siteSynonyms = compileSynonyms(siteGroups);
    this.createdAt = init.createdAt;
    this.pageBySlug = new Map(this.pages.map((p, i) => [p.slug, i]));
    this.speller = new Speller();
    for (const page of this.pages) this.speller.add(page.title);
    for (const chunk of this.chunks) {
      this.speller.add(chunk.context);
      this.speller.add(chunk.text);
    }
    for (const entry of this.faq) for (const q of entry.questions) this.speller.add(q);
    // The synonym table's words are words, not typos of the pages' ("interne", not "internet").
    for (const group of [...SYNONYM_GROUPS, ...siteGroups]) for (const phrase of group.phrases) this.speller.add(phrase);
    const options = KnowledgeIndex.miniOptions();
    if (init.serialised) {
      this.mini = MiniSearch.loadJS(init.serialised.minisearch as Parameters<typeof MiniSearch.loadJS>[0], options);
      this.df = new Map(Object.entries(init.serialised.df));
    } else {
      const { docs, df } = analyseChunks(this.chunks, this.pages, this.siteSynonyms);
      this.mini = new MiniSearch<IndexedDoc>(options);
      this.mini.addAll(docs);
      this.df = df;
    }
    const domain = new Set<string>();
    // The federation's own names are words of its domain ("qui est le président de la FEMAS ?").
    for (const w of [...DOMAIN_WORDS, ...(init.site?.names ?? [])]) for (const t of contentStems(w)) domain.add(t);
    for (const c of ['_msp', '_adhesion', '_kine', '_ars', '_cpts', '_fir', '_urps', '_hpst', '_etp', '_paps', '_aci', '_sros', '_newsletter', '_federation', '_medecin', '_generaliste', '_infirmier', '_telemedecine', '_deficitaire', '_prevention', '_multisite', '_sansrdv']) {
      domain.add(c);
    }
    this.domainTerms = domain;
  }

  private static miniOptions() {
    return {
      idField: 'id',
      fields: ['title', 'heading', 'text'],
      // Documents arrive analysed (terms joined by spaces), so that each chunk is analysed once.
      tokenize: (text: string) => text.split(' ').filter((t) => t.length > 0),
      processTerm: (term: string) => term,
      searchOptions: {
        tokenize: (query: string) => query.split(' ').filter((t) => t.length > 0),
        processTerm: (term: string) => term,
        boost: { title: 2, heading: 1.5 },
        prefix: prefixOption,
        fuzzy: fuzzyOption,
        weights: { prefix: 0.4, fuzzy: 0.3 },
      },
    };
  }

  /** Builds an index from ingested pages (chunking them) and FAQ entries. */
  static async build(
    pages: readonly IngestedPage[],
    options: { faq?: readonly FaqEntry[]; inputs?: readonly string[]; site?: SiteProfile; chunk?: ChunkOptions } = {},
  ): Promise<KnowledgeIndex> {
    const docs = await chunkPages(pages, options.chunk);
    return KnowledgeIndex.fromDocuments(
      pages.map((p) => p.info),
      docs,
      options,
    );
  }

  /** Builds an index from LangChain documents carrying {@link ChunkMetadata}. */
  static fromDocuments(
    pages: readonly PageInfo[],
    docs: readonly Document<ChunkMetadata>[],
    options: { faq?: readonly FaqEntry[]; inputs?: readonly string[]; site?: SiteProfile } = {},
  ): KnowledgeIndex {
    const pageIndex = new Map(pages.map((p, i) => [p.slug, i]));
    const chunks: ChunkRecord[] = docs.map((d, id) => {
      const page = pageIndex.get(d.metadata.slug);
      if (page === undefined) throw new Error(`chunk of unknown page "${d.metadata.slug}"`);
      return { id, page, heading: d.metadata.heading, context: d.metadata.context, anchor: d.metadata.anchor, text: d.pageContent };
    });
    return new KnowledgeIndex({
      pages,
      chunks,
      faq: options.faq ?? [],
      inputs: options.inputs ?? [],
      ...(options.site ? { site: options.site } : {}),
      createdAt: new Date().toISOString(),
    });
  }

  /** Loads an index file's content; re-analyses the chunks when the file was written by another analyser version. */
  static fromJSON(data: unknown): KnowledgeIndex {
    const parsed = indexFileSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `not an msp-assistant index file (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid'})`,
      );
    }
    const file = parsed.data;
    for (const chunk of file.chunks) {
      if (chunk.page >= file.pages.length) throw new Error(`index file: chunk ${chunk.id} points to a missing page`);
    }
    const serialised = file.search?.analyzer === ANALYZER_VERSION ? file.search : undefined;
    return new KnowledgeIndex({
      pages: file.pages,
      chunks: file.chunks.map((c, id) => ({ ...c, id })),
      faq: file.faq,
      ...(file.site ? { site: file.site } : {}),
      inputs: file.inputs,
      createdAt: file.createdAt,
      serialised,
    });
  }

  toJSON(): IndexFile {
    return {
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      createdAt: this.createdAt,
      inputs: [...this.inputs],
      pages: [...this.pages],
      chunks: [...this.chunks],
      faq: [...this.faq],
      ...(this.site ? { site: this.site } : {}),
      search: { analyzer: ANALYZER_VERSION, minisearch: this.mini.toJSON(), df: Object.fromEntries(this.df) },
    };
  }

  pageBySlugName(slug: string): PageInfo | undefined {
    const i = this.pageBySlug.get(slug);
    return i === undefined ? undefined : this.pages[i];
  }

  /** The query's concepts, with spelling corrected against the indexed words; an English query through the bridge (see english.ts). */
  concepts(query: string): QueryConcept[] {
    return queryConcepts(searchText(spellOut(query)), this.speller.correct, { own: this.siteSynonyms });
  }

  /** Inverse document frequency of a term: ln(1 + N / (df + 0.5)); terms absent from the index weigh the most. */
  idf(term: string): number {
    return Math.log(1 + this.chunks.length / ((this.df.get(term) ?? 0) + 0.5));
  }

  /**
   * Weight of each concept: the IDF of its most common form in the index (a concept met under a
   * frequent synonym is not rare), or the highest weight when no form occurs at all ("Lille", "Netflix").
   */
  weights(concepts: readonly QueryConcept[]): number[] {
    // "adhérer à la FEMAS" weighs as joining and the federation, as its words would apart: as one
    // concept of the federation's common forms it would weigh as little as "FEMAS" alone.
    // (Not the other phrases: their words together are their one sense, which a page says or not.)
    const weights = concepts.map((c) =>
      federationPhrase(c) ? this.phraseParts(c)!.reduce((a, p) => a + this.termsWeight(p.terms), 0) : this.termsWeight(c.terms),
    );
    // An everyday word ("compliqué", "demande", "plus") says nothing of the topic: it weighs less
    // than the question's lightest topical word (EVERYDAY_SHARE), however rare it is in the pages. Otherwise the
    // words around a long question's subject ("est-ce compliqué ?") outweigh it.
    const topical = weights.filter((_, i) => !concepts[i]!.everyday);
    if (topical.length === 0) return weights;
    const lightest = Math.min(...topical);
    return weights.map((w, i) => (concepts[i]!.everyday ? Math.min(w, EVERYDAY_SHARE * lightest) : w));
  }

  /**
   * A federation phrase's two parts, its meaning and the federation ("adhérer à la FEMAS": joining,
   * the FEMAS), or another phrase's, its meaning and the word of its own sense ("monter une MSP":
   * creating, an MSP), with the share of the concept's weight each holds; undefined for any other
   * concept. A sentence, a title or an FAQ question that says one part says that share of the
   * concept (see `buildExtractiveAnswer`, `FaqMatcher`): "Qu'est-ce qu'une MSP ?" does not say
   * "monter une MSP".
   */
  phraseParts(c: QueryConcept): { terms: string[]; share: number }[] | undefined {
    const federation = federationPhrase(c);
    const phrase = federation ?? namingPhrase(c);
    if (!phrase) return undefined;
    // Its meaning is said by the phrase's concept and, in a federation phrase, by a word that means
    // nothing else ("adhérer"), not by a word of other senses ("rejoindre une équipe" is not joining
    // the federation). In another phrase, by its concept only: "sans" alone is not "sans
    // rendez-vous" ("Mois sans tabac"), nor "monter" creating an MSP ("le montant").
    const words = c.words ?? [];
    const named = words.filter((w) => (federation ? w.includes(FEDERATION_CONCEPT) : w.length > 1)).flat();
    const plain = federation ? words.filter((w) => w.length === 1).flat() : [];
    const parts = [[...phrase, ...plain], named];
    const w = parts.map((terms) => this.termsWeight(terms));
    const total = w[0]! + w[1]!;
    return parts.map((terms, i) => ({ terms, share: w[i]! / total }));
  }

  /**
   * Each concept as what a page title or a quoted sentence may say of it, with its share of
   * `weights`: itself for most, its two parts for a federation phrase (`phraseParts`).
   */
  conceptParts(concepts: readonly QueryConcept[], weights: readonly number[]): { concept: QueryConcept; weight: number }[][] {
    return concepts.map((c, i) => {
      const parts = this.phraseParts(c);
      if (!parts) return [{ concept: c, weight: weights[i]! }];
      return parts.map((p) => ({ concept: { ...c, terms: p.terms }, weight: weights[i]! * p.share }));
    });
  }

  /** The IDF of the most common of `terms` in the index, or the highest weight when none occurs. */
  private termsWeight(terms: readonly string[]): number {
    let w = Infinity;
    for (const t of terms) {
      const df = this.df.get(t) ?? this.prefixDf(t);
      if (df > 0) w = Math.min(w, Math.log(1 + this.chunks.length / (df + 0.5)));
    }
    return w === Infinity ? this.idf('\u0000') : w;
  }

  private sortedTerms?: string[];

  /**
   * Document frequency of the most common indexed term that `term` begins, as the search finds them
   * by prefix (4 letters or more): "faciliter" is not a word the pages lack when they say
   * "facilitent". 0 when none.
   */
  private prefixDf(term: string): number {
    if (!prefixOption(term)) return 0;
    this.sortedTerms ??= [...this.df.keys()].sort();
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    let df = 0;
    for (let i = lo; i < terms.length && terms[i]!.startsWith(term); i++) df = Math.max(df, this.df.get(terms[i]!) ?? 0);
    return df;
  }

  /**
   * Whether a chunk says every concept of a question that are not everyday words, each as itself, a
   * longer form of it, or a stem one letter shorter ("publier" and "publie" stem differently), not a
   * word one letter away ("recette" is not "récent"), nor a spelling correction's guess ("Louvre"
   * read as "ouvre"). A question outside the federation's domain is answered only then: "quels sont
   * les horaires de la mairie ?" is not answered by the MSP's opening hours.
   */
  saysEveryConcept(chunkId: number, concepts: readonly QueryConcept[]): boolean {
    const asked = concepts.filter((c) => !c.everyday);
    return !asked.some((c) => c.corrected) && this.coveredConcepts(chunkId, asked, termSays).length === asked.length;
  }

  /** Whether the query mentions anything the federation's content is about (to tell "unknown" from "out of scope"). */
  isInDomain(concepts: readonly QueryConcept[]): boolean {
    return concepts.some((c) => c.terms.some((t) => this.domainTerms.has(t)));
  }

  /**
   * How much each concept of a message counts: 1 for the words of the clauses that ask, less for
   * those of the clauses around them (who is writing, where, why), which would otherwise outweigh
   * the question in a long message: "nous rêvons d'ouvrir une MSP dans notre canton, pourriez-vous
   * m'expliquer les étapes ?" asks about the steps, not about the canton. A clause that asks
   * without naming its subject ("est-ce la même chose ?", "comment dois-je m'y prendre ?") or
   * names it by a pronoun ("quels objectifs doit-il viser ?") asks about the last clause before it
   * that has one (when no other clause asks about something). Every concept counts fully when no clause asks, or every clause does.
   * With `onlyClause`, only that clause of the message (an index into `clauseRoles`) asks; `alone`, about
   * its own words only, not about the clause before it even when it names it by a pronoun.
   */
  salience(query: string, concepts: readonly QueryConcept[], onlyClause?: number, alone = false): number[] {
    // One asking clause taken as the question, the others as its context (see `Assistant.retrieve`).
    const roles = clauseRoles(query).map((c, i) => (onlyClause === undefined ? c : { ...c, asks: c.asks && i === onlyClause }));
    const asking = roles.filter((c) => c.asks).length;
    if (asking === 0 || asking === roles.length) return concepts.map(() => 1);
    const ofClause = roles.map((c) => this.concepts(c.text));
    const topical = (i: number) => ofClause[i]!.some((c) => !c.everyday);
    // Words, not synonym concepts: "interne en médecine" in a presentation shares the concept of
    // internships with "faire un stage" in the question, but is not asked.
    const asked = new Set<string>();
    const ask = (concept: QueryConcept) => {
      for (const t of concept.terms) if (!t.startsWith(CONCEPT_PREFIX)) asked.add(t);
    };
    const unseen = this.idf('\u0000');
    const asksOfSomething = roles.some((c, i) => c.asks && topical(i));
    roles.forEach((clause, i) => {
      if (!clause.asks) return;
      ofClause[i]!.forEach(ask);
      if (alone || (!REFERS_BACK.test(clause.text) && (topical(i) || asksOfSomething))) return;
      for (let j = i - 1; j >= 0; j--) {
        if (!topical(j)) continue;
        // What a pronoun stands for is something the pages speak of: the clause's words that
        // they lack ("je prépare un mémoire sur…") stay context.
        const weights = this.weights(ofClause[j]!);
        ofClause[j]!.forEach((c, k) => {
          if (weights[k]! < unseen) ask(c);
        });
        break;
      }
    });
    const salience = concepts.map((c) => (c.terms.some((t) => asked.has(t)) ? 1 : CONTEXT_SALIENCE));
    // The context's share of the weight is capped (CONTEXT_BUDGET).
    const weights = this.weights(concepts);
    let inQuestion = 0;
    let around = 0;
    salience.forEach((s, i) => {
      if (s === 1) inQuestion += weights[i]!;
      else around += s * weights[i]!;
    });
    if (inQuestion === 0 || around <= CONTEXT_BUDGET * inQuestion) return salience;
    const scale = (CONTEXT_BUDGET * inQuestion) / around;
    return salience.map((s) => (s === 1 ? 1 : s * scale));
  }

  /**
   * The clauses of a message (indices into `clauseRoles`) that ask about something on their own: at
   * least {@link OWN_SUBJECT} words the pages use, not everyday ones. "Et à quel endroit ?" asks about
   * the clause before it, not about every page that says "endroit".
   */
  askingClauses(query: string): number[] {
    const roles = clauseRoles(query);
    // A message of one clause is searched as a whole already.
    if (roles.length < 2) return [];
    const unseen = this.idf('\u0000');
    return roles.flatMap((c, i) => {
      if (!c.asks) return [];
      const concepts = this.concepts(c.text).filter((x) => !x.everyday && !x.corrected);
      const known = this.weights(concepts).filter((w) => w < unseen).length;
      return known >= OWN_SUBJECT ? [i] : [];
    });
  }

  /**
   * BM25+ search with the French pipeline; `k` best chunks with their query coverage. `clause`: only
   * that clause of a long message asks (`alone`: about its own words only, see {@link salience}).
   */
  search(
    query: string,
    k = 8,
    concepts: QueryConcept[] = this.concepts(query),
    options: { clause?: number; alone?: boolean } = {},
  ): SearchResult {
    if (concepts.length === 0) return { concepts, hits: [], weights: [], salience: [] };
    const queryTerms = new Set(concepts.flatMap((c) => c.terms));
    const salience = this.salience(query, concepts, options.clause, options.alone);
    const own = this.weights(concepts);
    const shape = answerShape(query);
    const byShape = concepts.map((c) => shape !== undefined && asksShape(shape, c.terms));
    // "What are the steps to open a health centre?": the word that asks for steps is not what the
    // question is about, however rare it is in the pages ("Se soigner… ne demande aucune démarche
    // particulière"). It weighs at most as much as the question's lightest subject (each as rare
    // as it is, before the clauses' salience), in BM25 too.
    const stepsScale = concepts.map(() => 1);
    if (shape === 'steps') {
      const subjects = own.filter((_, i) => !byShape[i] && !concepts[i]!.everyday);
      const lightest = subjects.length ? Math.min(...subjects) : Infinity;
      own.forEach((w, i) => {
        if (byShape[i] && w > lightest) stepsScale[i] = lightest / w;
      });
    }
    const weights = own.map((w, i) => w * salience[i]! * stepsScale[i]!);
    // In a large index, terms found in most chunks ("maison", "santé" on a federation's site) weigh
    // almost nothing in BM25 but make every chunk a result: they are left out of the query (their
    // concepts' coverage is checked on the best chunks instead). Small indexes search every term.
    const common = Math.max(500, 0.25 * this.chunks.length);
    const searched = concepts.map((c) => c.terms.filter((t) => (this.df.get(t) ?? 0) <= common));
    let termList = [...new Set(searched.flat())];
    if (termList.length === 0) {
      // Only common words: search the rarest concept.
      let rarest = 0;
      weights.forEach((w, i) => {
        if (w > weights[rarest]!) rarest = i;
      });
      termList = [...concepts[rarest]!.terms];
    }
    const unsearched = concepts.map((c, i) => (c.terms.some((t) => termList.includes(t)) ? -1 : i)).filter((i) => i >= 0);
    // Re-rank the best results: a page whose title is the question ("Qu'est-ce qu'un pôle de
    // santé ?" for "c'est quoi un pôle de santé") goes up (factor measured on the evaluation set).
    // Each concept weighs once in BM25, however many terms stand for it: "maison de santé" is the
    // terms maison, santé and _msp, which otherwise outweigh a question's rarer concept ("rejoindre").
    const share = new Map<string, number>();
    // In a phrase that names the federation but means something else ("rejoindre la FRELIS",
    // "adhérer à la FRELIS": joining), the terms that say its meaning (`phraseParts`) get PHRASE_SHARE
    // of the weight: split evenly, the federation's name and concept, found on many pages, outweighed
    // joining. So in "monter une MSP": the page on creating one comes before the one on what an MSP is.
    const parts = this.conceptParts(concepts, weights);
    searched.forEach((terms, i) => {
      const meaning = parts[i]!.length > 1 ? parts[i]![0]!.concept.terms.filter((t) => terms.includes(t)) : [];
      const rest = terms.length - meaning.length;
      for (const t of terms) {
        let s = (salience[i]! * stepsScale[i]!) / terms.length;
        if (meaning.length > 0 && rest > 0) s = salience[i]! * (meaning.includes(t) ? PHRASE_SHARE / meaning.length : (1 - PHRASE_SHARE) / rest);
        share.set(t, Math.max(share.get(t) ?? 0, s));
      }
    });
    // A question that asks how many prefers the chunks that hold a figure (FIGURE_BOOST); one that
    // asks how long, or for a phone number, those that hold one ("combien de temps" is no count), and
    // such a chunk says in effect the words that asked for it ("temps", "téléphone").
    // "Comment adhérer, et combien de MSP adhèrent ?" asks for steps and a figure.
    const count = (shape === undefined || shape === 'steps') && asksHowMany(query, concepts);
    const said = parts.flat();
    const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
    const results = this.mini
      .search(termList.join(' '), { boostTerm: (term) => share.get(term) ?? 1 })
      .slice(0, Math.max(k, 30))
      .map((r) => {
        const chunk = this.chunks[r.id as number]!;
        const match = this.titleMatch(chunk.page, said, totalWeight, queryTerms);
        const holds = shape === 'steps' ? this.tellsSteps(chunk.id).text : shape !== undefined && shape !== 'definition' && holdsShape(shape, chunk.text);
        const figure = (count && FIGURE.test(chunk.text)) || holds ? 1 + FIGURE_BOOST : 1;
        const steps = shape === 'steps' && this.tellsSteps(chunk.id).heading ? 1 + STEPS_BOOST : 1;
        return { ...r, score: r.score * (1 + 0.6 * match) * figure * steps };
      })
      .sort((a, b) => b.score - a.score);
    const hits: Hit[] = [];
    for (const r of results.slice(0, k)) {
      const chunk = this.chunks[r.id as number]!;
      const matched = new Set(r.queryTerms);
      const covered: number[] = [];
      concepts.forEach((c, i) => {
        if (c.terms.some((t) => matched.has(t))) covered.push(i);
      });
      if (unsearched.length) {
        const extra = this.coveredConcepts(chunk.id, unsearched.map((i) => concepts[i]!));
        for (const j of extra) covered.push(unsearched[j]!);
      }
      // A heading that tells what to do says in effect "les étapes", "les démarches".
      const tells = shape === 'steps' ? this.tellsSteps(chunk.id) : undefined;
      if (tells ? tells.text || tells.heading : shape && holdsShape(shape, chunk.text)) {
        byShape.forEach((b, i) => b && !covered.includes(i) && covered.push(i));
      }
      covered.sort((x, y) => x - y);
      hits.push({ chunk, page: this.pages[chunk.page]!, score: r.score, coverage: weightedShare(covered, weights), covered });
    }
    return { concepts, hits, weights, salience, count, ...(shape ? { shape } : {}) };
  }

  private readonly titleConcepts = new Map<number, QueryConcept[]>();
  private readonly titleTermSets = new Map<number, ReadonlySet<string>>();

  /** The terms of a page's title, its concepts included (computed once per page). */
  titleTerms(page: number): ReadonlySet<string> {
    let terms = this.titleTermSets.get(page);
    if (!terms) {
      terms = new Set(analyse(this.pages[page]!.title, undefined, this.siteSynonyms));
      this.titleTermSets.set(page, terms);
    }
    return terms;
  }

  /** How well a page title and the question match each other (0–1): the product of both coverages. */
  private titleMatch(
    page: number,
    parts: readonly { concept: QueryConcept; weight: number }[],
    totalWeight: number,
    queryTerms: ReadonlySet<string>,
  ): number {
    let own = this.titleConcepts.get(page);
    if (!own) {
      own = queryConcepts(this.pages[page]!.title, undefined, { broader: false, own: this.siteSynonyms });
      this.titleConcepts.set(page, own);
    }
    if (own.length === 0) return 0;
    const titleTerms = new Set(own.flatMap((c) => c.terms));
    // A title that only names the federation ("Qui sommes-nous ? La FRELIS") says part of "adhérer à
    // la FRELIS", the lighter part: its meaning is what the question is about.
    let found = 0;
    for (const { concept, weight } of parts) if (coversConcept(titleTerms, concept)) found += weight;
    const q = found / totalWeight;
    if (q === 0) return 0;
    const t = own.filter((c) => coversConcept(queryTerms, c)).length / own.length;
    return q * t;
  }

  private readonly stepsCache = new Map<number, { heading: boolean; text: boolean }>();

  /**
   * Whether a chunk tells what to do: under a heading that says how, steps or a procedure ("Les
   * démarches", "Étape 2 : …"), or in a sentence that says it ("Remplissez…, puis réglez…"; see
   * shapes.ts). Computed once per chunk.
   */
  tellsSteps(chunkId: number): { heading: boolean; text: boolean } {
    let tells = this.stepsCache.get(chunkId);
    if (!tells) {
      const chunk = this.chunks[chunkId]!;
      tells = { heading: isStepsHeading(chunk.heading), text: holdsShape('steps', chunk.text) };
      if (this.stepsCache.size > 20_000) this.stepsCache.clear();
      this.stepsCache.set(chunkId, tells);
    }
    return tells;
  }

  private readonly outlines = new Map<number, StepOutline | null>();
  private byPage?: ChunkRecord[][];

  /** A page's chunks, in its order. */
  pageChunks(page: number): readonly ChunkRecord[] {
    if (!this.byPage) {
      this.byPage = this.pages.map(() => []);
      for (const c of this.chunks) this.byPage[c.page]!.push(c);
    }
    return this.byPage[page] ?? [];
  }

  /**
   * The steps a page lists, in its order: its numbered steps ("Étape 1 : constituer le noyau de
   * l'équipe", at least two), or, on a page whose title says it tells how ("Comment créer une maison
   * de santé… ?"), the headings that say an action ("Réunir une équipe", "Rencontrer l'ARS", at least
   * three). Undefined for any other page. Computed once per page.
   */
  stepOutline(page: number): StepOutline | undefined {
    let outline = this.outlines.get(page);
    if (outline === undefined) {
      const title = this.pages[page]!.title;
      const own = this.pageChunks(page).filter((c) => !(c.anchor === '' && c.heading === title));
      const pick = (test: (heading: string) => boolean) => {
        const steps: string[] = [];
        const chunks = new Set<number>();
        let last: string | undefined;
        for (const c of own) {
          if (!test(c.heading)) continue;
          chunks.add(c.id);
          // A long section is cut into several chunks under one heading.
          if (c.anchor !== last) steps.push(c.heading);
          last = c.anchor;
        }
        return { steps, chunks };
      };
      const numbered = pick(isNumberedStep);
      const actions = isStepsTitle(title) ? pick(isActionHeading) : undefined;
      outline = numbered.steps.length >= 2 ? numbered : actions && actions.steps.length >= 3 ? actions : null;
      this.outlines.set(page, outline);
    }
    return outline ?? undefined;
  }

  /** The chunk's sentences with their terms (computed once per chunk, on first use). */
  sentences(chunkId: number): PreparedSentence[] {
    let cached = this.sentenceCache.get(chunkId);
    if (!cached) {
      const chunk = this.chunks[chunkId]!;
      cached = splitSentences(chunk.text).map((text, index) => ({
        text,
        index,
        terms: new Set(analyse(text, undefined, this.siteSynonyms)),
        gist: new Set(analyseTokens(text, undefined, false, this.siteSynonyms).flatMap((t) => (t.concepts.length ? t.concepts : [t.stem]))),
      }));
      if (this.sentenceCache.size > 20_000) this.sentenceCache.clear();
      this.sentenceCache.set(chunkId, cached);
    }
    return cached;
  }

  /** Terms of the chunk's heading path and page title. */
  contextTerms(chunkId: number): ReadonlySet<string> {
    let cached = this.headingTerms.get(chunkId);
    if (!cached) {
      const chunk = this.chunks[chunkId]!;
      cached = new Set(analyse(`${this.pages[chunk.page]!.title} ${chunk.context}`, undefined, this.siteSynonyms));
      if (this.headingTerms.size > 20_000) this.headingTerms.clear();
      this.headingTerms.set(chunkId, cached);
    }
    return cached;
  }

  /** The concepts (indices) found in a chunk's sentences, heading path or page title (`matches`: see `coversConcept`). */
  coveredConcepts(chunkId: number, concepts: readonly QueryConcept[], matches = termMatches): number[] {
    const context = this.contextTerms(chunkId);
    const sentences = this.sentences(chunkId);
    const out: number[] = [];
    concepts.forEach((c, i) => {
      if (coversConcept(context, c, matches) || sentences.some((s) => coversConcept(s.terms, c, matches))) out.push(i);
    });
    return out;
  }

  /** A chunk as a LangChain document (metadata: slug, title, url, heading, context, anchor, chunkId, score). */
  toDocument(hit: Hit): Document {
    const page = hit.page;
    return new Document({
      pageContent: hit.chunk.text,
      metadata: {
        slug: page.slug,
        title: page.title,
        url: page.url,
        heading: hit.chunk.heading,
        context: hit.chunk.context,
        anchor: hit.chunk.anchor,
        chunkId: hit.chunk.id,
        score: hit.score,
        coverage: hit.coverage,
      },
    });
  }
}

/**
 * Whether a set of terms satisfies a concept: exact term, or a match of its stem by `matches`
 * (prefix or fuzzy by default, see `termMatches`).
 */
export function coversConcept(terms: ReadonlySet<string>, concept: QueryConcept, matches = termMatches): boolean {
  for (const t of concept.terms) if (terms.has(t)) return true;
  for (const t of concept.terms) {
    if (t.startsWith('_') || t.length < 4) continue;
    for (const term of terms) if (matches(t, term)) return true;
  }
  return false;
}
