/**
 * The assistant: safety gate → curated FAQ → retrieval → offline quoted answer, or a model answer
 * (streamed, citations checked) with the offline answer as fallback. Used by the HTTP API and the CLI.
 */
import { randomUUID } from 'node:crypto';
import type { Runnable } from '@langchain/core/runnables';
import { checkSafety, emergencyMessage, medicalMessage, speaksOfHealth, stripInjection, type Locale } from '../safety/index.js';
import { buildExtractiveAnswer, isConfident, type Citation } from './extractive.js';
import { FaqMatcher, type FaqMatch } from './faq.js';
import type { KnowledgeIndex, SearchResult } from './knowledge-index.js';
import { isEnglish, messageLanguage } from './english.js';
import { questionFocus } from './focus.js';
import { answerShape, holdsShape } from './shapes.js';
import { fallbackSeparator, frenchSourcesIntro, outOfScopeMessage, unknownMessage } from './messages.js';
import {
  CitationFilter,
  createAnswerChain,
  streamModel,
  systemMessage,
  userMessage,
  type ModelConfig,
  type PromptSource,
} from './model.js';
import { EmbeddingsStore, FrenchLexicalRetriever, HybridRetriever, hybridSearch, type EmbeddingsConfig } from './retriever.js';

export type AnswerKind = 'answer' | 'emergency' | 'medical' | 'out_of_scope' | 'unknown';

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface AssistantRequest {
  messages: readonly ChatTurn[];
  locale?: Locale;
}

/** A stretch of an answer's text in one language. */
export interface TextPart {
  lang: Locale;
  text: string;
}

/**
 * `meta.lang`: the language the text begins in; a token's `lang`, when the language changes: the
 * language of that token and of those after it. Citations carry their page's language.
 */
export type AssistantEvent =
  | { type: 'meta'; id: string; kind: AnswerKind; citations: Citation[]; lang: Locale; questionLang?: Locale }
  | { type: 'token'; text: string; lang?: Locale }
  | { type: 'done'; id: string; citations: Citation[]; fallback?: boolean };

export interface AssistantResult {
  id: string;
  kind: AnswerKind;
  /** The language of the text, or of its beginning when `parts` has several. */
  lang: Locale;
  text: string;
  /** The text cut where its language changes; joined, they are `text`. */
  parts: TextPart[];
  citations: Citation[];
  /** The question's language, when its words tell. */
  questionLang?: Locale;
}

/**
 * The language of the federation's pages, hence of what the assistant quotes and of its sources'
 * titles (the search, its stemmer and its synonyms are French too).
 */
export const CONTENT_LOCALE: Locale = 'fr';

export interface AssistantOptions {
  index: KnowledgeIndex;
  /** A model to write answers; without it, answers are quoted offline. */
  model?: ModelConfig;
  /** An embeddings endpoint for hybrid retrieval. */
  embeddings?: EmbeddingsConfig;
  /** The region's on-call line for the medical refusal (default "15"). */
  onCallNumber?: string;
  /**
   * The federation website's address: site-relative page URLs (`/federation/msp.html`) are sent
   * resolved against it. Without it they are sent as they are.
   */
  siteUrl?: string;
  /** Slug of the contact page cited by "je ne sais pas" (default: the content's `federation.json`, else "contact"). */
  contactSlug?: string;
  /** Minimum query coverage to answer (default 0.5). */
  minCoverage?: number;
  /** Use the curated FAQ (default true; the evaluation turns it off to measure retrieval answers alone). */
  faq?: boolean;
  /** Warnings (embeddings unavailable, model failures); never message contents. */
  warn?: (line: string) => void;
}

/** What the pipeline decided before any model call. */
type FixedDecision = { type: 'fixed'; kind: AnswerKind; parts: TextPart[]; citations: Citation[] };
type Decision =
  | FixedDecision
  | { type: 'model'; sources: PromptSource[]; search: SearchResult; question: string; previous: string[]; locale: Locale; pageLocale: Locale; english: boolean };

/** A fixed answer as events: `meta`, its text as `token`s, `done` (`fallback` when it stands in for a model's). */
function* fixedEvents(id: string, decision: FixedDecision, asked: { questionLang?: Locale }, fallback?: boolean): Generator<AssistantEvent> {
  const lang = decision.parts[0]!.lang;
  yield { type: 'meta', id, kind: decision.kind, citations: decision.citations, lang, ...asked };
  yield* tokens(decision.parts, lang);
  yield { type: 'done', id, citations: decision.citations, ...(fallback ? { fallback } : {}) };
}

/** Splits a text into a few streamed pieces (sentences), spaces kept. */
export function pieces(text: string): string[] {
  return text.match(/[^\s].*?(?:[.!?:;»\]]+(?=\s|$)|$)\s*/gs) ?? [text];
}

/**
 * The parts' text as token events, in pieces, continuing text in `lang`; a piece that changes the
 * language says so, and the part before it ends its paragraph (for every reader of the text, not
 * only the chat panel).
 */
function* tokens(parts: readonly TextPart[], lang: Locale): Generator<AssistantEvent> {
  for (const [p, part] of parts.entries()) {
    const all = pieces(part.text);
    const next = parts[p + 1];
    for (const [i, piece] of all.entries()) {
      // The part's leading line breaks (the separator's) are kept with its first piece.
      let text = i ? piece : part.text.slice(0, part.text.indexOf(piece)) + piece;
      if (i === all.length - 1 && next && next.lang !== part.lang) text = `${text.trimEnd()}\n\n`;
      yield part.lang === lang ? { type: 'token', text } : { type: 'token', text, lang: (lang = part.lang) };
    }
  }
}

/** A text in one language. */
const one = (lang: Locale, text: string): TextPart[] => [{ lang, text }];

/** Quotes of the pages, after a line in English that says they are French when the question was English. */
const quotedFor = (english: boolean, quotes: TextPart[]): TextPart[] => (english ? [...one('en', frenchSourcesIntro()), ...quotes] : quotes);

export class Assistant {
  readonly index: KnowledgeIndex;
  readonly faq: FaqMatcher;
  readonly retriever: FrenchLexicalRetriever;
  readonly hybridRetriever?: HybridRetriever;
  private readonly store?: EmbeddingsStore;
  private readonly chain?: Runnable<{ system: string; question: string }, string>;
  private readonly options: AssistantOptions;

  constructor(options: AssistantOptions) {
    this.options = options;
    this.index = options.index;
    this.faq = new FaqMatcher(this.index.faq, { correct: this.index.speller.correct, weights: (c) => this.index.weights(c), parts: (c, w) => this.index.conceptParts(c, w), own: this.index.siteSynonyms });
    this.retriever = new FrenchLexicalRetriever({ index: this.index });
    if (options.embeddings) {
      this.store = new EmbeddingsStore(this.index, options.embeddings);
      this.hybridRetriever = new HybridRetriever({ index: this.index, store: this.store });
    }
    if (options.model) this.chain = createAnswerChain(options.model);
  }

  get mode(): 'offline' | 'model' {
    return this.chain ? 'model' : 'offline';
  }

  get retrieval(): 'lexical' | 'hybrid' {
    return this.store?.ready ? 'hybrid' : 'lexical';
  }

  /** Embeds the chunks when an embeddings endpoint is configured; on failure, retrieval stays lexical. */
  async prepare(): Promise<void> {
    if (!this.store) return;
    try {
      await this.store.load();
    } catch (error) {
      this.options.warn?.(this.secret(`embeddings unavailable, lexical retrieval only: ${(error as Error).message}`));
    }
  }

  /**
   * Lexical or hybrid search for a question. When the whole message finds nothing to quote, its
   * focus (the message without the clauses that present the writer, see focus.ts) is searched too.
   */
  async retrieve(question: string, signal?: AbortSignal): Promise<SearchResult> {
    const search = await this.search(question, signal);
    const minCoverage = this.options.minCoverage ?? 0.5;
    if (isConfident(search, minCoverage)) return search;
    const focus = questionFocus(question);
    if (focus !== question) {
      const focused = await this.search(focus, signal);
      if (isConfident(focused, minCoverage)) return focused;
    }
    return (await this.oneClause(question, minCoverage, signal)) ?? search;
  }

  /**
   * A message that asks several things in several clauses ("nous aimerions monter une action… Est-ce
   * que la fédération accompagne ce genre d'initiative, et y a-t-il une campagne nationale… ?") may
   * have no page that answers all of them at once, and the words of all its questions then outweigh
   * what any page holds; so may a question that names its subject and also points back at the
   * situation told before it ("L'équipe voudrait mieux travailler avec l'hôpital… Est-ce que la
   * fédération peut nous aider à construire ce genre de parcours ?"). Each clause that asks about
   * something on its own (`KnowledgeIndex.askingClauses`) is taken in turn as the question, with its
   * own words, the others as its context: the best answered one is answered (the best chunk's
   * coverage decides), or none.
   */
  private async oneClause(question: string, minCoverage: number, signal?: AbortSignal): Promise<SearchResult | undefined> {
    const clauses = this.index.askingClauses(question);
    // First with what each clause names by a pronoun ("par quelle loi ont-ils été définis" asks
    // about the networks named before), then with its own words only.
    for (const alone of [false, true]) {
      let best: SearchResult | undefined;
      for (const clause of clauses) {
        const search = await this.search(question, signal, { clause, alone });
        if (!isConfident(search, minCoverage)) continue;
        if (!best || (search.hits[0]?.coverage ?? 0) > (best.hits[0]?.coverage ?? 0)) best = search;
      }
      if (best) return best;
    }
    return undefined;
  }

  private async search(question: string, signal?: AbortSignal, options: { clause?: number; alone?: boolean } = {}): Promise<SearchResult> {
    if (this.store?.ready) return hybridSearch(this.index, this.store, question, 8, signal, options);
    return this.index.search(question, 8, undefined, options);
  }

  /** A provider's error may quote the request, key included: never in the log. */
  private secret(line: string): string {
    const keys = [this.options.model?.apiKey, this.options.embeddings?.apiKey].filter((key): key is string => !!key && key.length >= 8);
    return keys.reduce((text, key) => text.replaceAll(key, '[API key]'), line);
  }

  private contact(): Citation | undefined {
    const page = this.index.pageBySlugName(this.options.contactSlug ?? this.index.site?.contact ?? 'contact');
    return page ? { n: 1, title: page.title, url: page.url } : undefined;
  }

  /**
   * A question that names nothing the federation's content is about ("recette de la tarte aux
   * pommes", "résilier mon abonnement téléphonique") is answered only by a passage that says each of
   * its words: half of them, or a word one letter away, made a confident answer from an unrelated page.
   */
  private answersOutsideDomain(search: SearchResult): boolean {
    return this.index.isInDomain(search.concepts) || search.hits.slice(0, 3).some((h) => this.index.saysEveryConcept(h.chunk.id, search.concepts));
  }

  /** `locale`: the language of the assistant's own sentences; `pageLocale`: the page's, which the safety messages keep. */
  private notAnswered(search: SearchResult, locale: Locale, pageLocale: Locale, question: string): FixedDecision {
    // Someone's body or health that no pattern of the gate caught ("mon mari a les mains toutes
    // froides et moites"): the medical refusal and its emergency numbers, not "hors sujet".
    if (speaksOfHealth(question)) {
      return { type: 'fixed', kind: 'medical', parts: one(pageLocale, medicalMessage(pageLocale, this.options.onCallNumber)), citations: [] };
    }
    if (!this.index.isInDomain(search.concepts)) {
      return { type: 'fixed', kind: 'out_of_scope', parts: one(locale, outOfScopeMessage(locale)), citations: [] };
    }
    const contact = this.contact();
    return { type: 'fixed', kind: 'unknown', parts: one(locale, unknownMessage(locale, contact?.n)), citations: contact ? [contact] : [] };
  }

  private async decide(request: AssistantRequest, signal?: AbortSignal): Promise<Decision> {
    const locale = request.locale ?? 'fr';
    const last = request.messages.at(-1);
    if (!last || last.role !== 'user') throw new Error('the last message must be the user’s');
    // Earlier questions go to the model as context only, and pass the same gates as the last one:
    // an emergency or a medical question is not context (it was answered with a fixed message),
    // and a sentence that tries to change the rules is removed there too.
    const previous = request.messages
      .slice(0, -1)
      .filter((m) => m.role === 'user' && checkSafety(m.content).kind === 'ok')
      .map((m) => stripInjection(m.content).text.trim())
      .filter(Boolean)
      .slice(-3);

    const verdict = checkSafety(last.content);
    if (verdict.kind === 'emergency') {
      return { type: 'fixed', kind: 'emergency', parts: one(locale, emergencyMessage(locale, verdict.suicide, verdict.violence)), citations: [] };
    }
    if (verdict.kind === 'medical') {
      return { type: 'fixed', kind: 'medical', parts: one(locale, medicalMessage(locale, this.options.onCallNumber)), citations: [] };
    }

    // Sentences that try to change the rules steer nothing: they are removed before the search.
    const cleaned = stripInjection(last.content);
    const question = cleaned.text.trim();
    if (!question) return { type: 'fixed', kind: 'out_of_scope', parts: one(locale, outOfScopeMessage(locale)), citations: [] };

    // A question in English is searched through the English → French bridge (see english.ts); the
    // assistant's own sentences are then in English, and a quoted answer says that its sources are
    // in French (in a paragraph of its own, so that each can be marked with its language). The
    // gate's messages above keep the page's language.
    const english = isEnglish(question);
    const replyLocale: Locale = english ? 'en' : locale;
    const quoted = (text: string): TextPart[] => quotedFor(english, one(CONTENT_LOCALE, text));

    const faq = this.matchFaq(question);
    if (faq) return { type: 'fixed', kind: 'answer', parts: quoted(faq.text), citations: faq.citations };

    const minCoverage = this.options.minCoverage ?? 0.5;
    // Only the last question is searched: merging it with earlier ones made unrelated words
    // ("et pour la Bretagne ?") borrow the earlier question's answer. The model sees them as context.
    const search = await this.retrieve(question, signal);
    if (!isConfident(search, minCoverage) || !this.answersOutsideDomain(search)) return this.notAnswered(search, replyLocale, locale, question);

    if (!this.chain) {
      const answer = buildExtractiveAnswer(this.index, search, { minCoverage });
      if (!answer) return this.notAnswered(search, replyLocale, locale, question);
      return { type: 'fixed', kind: 'answer', parts: quoted(answer.text), citations: answer.citations };
    }
    return { type: 'model', sources: this.sources(search), search, question, previous, locale: replyLocale, pageLocale: locale, english };
  }

  /** The curated answer to the message, or else to its focus (see focus.ts). */
  private matchFaq(question: string): { text: string; citations: Citation[] } | undefined {
    if (this.options.faq === false) return undefined;
    const focus = questionFocus(question);
    // Outside the federation's domain, an entry must say the whole question, in its own words
    // ("What are the opening hours of the Louvre?" is not the MSPs' opening hours).
    const faqMatch = (text: string) => {
      const concepts = this.index.concepts(text);
      const match = this.faq.match(text, concepts);
      const whole = match && match.questionCoverage >= 0.999 && !concepts.some((c) => c.corrected && !c.everyday);
      // "Combien de temps faut-il pour créer une MSP ?" is not answered by the steps, without a duration.
      const shape = answerShape(text);
      const lacksDuration = match && (shape === 'duration' || shape === 'year') && !holdsShape(shape, match.entry.answer);
      return match && !lacksDuration && (whole || this.index.isInDomain(concepts)) ? match : undefined;
    };
    // The question's focus when its entry fits better: "on est 3 kinés avec 2 médecins, on peut faire
    // une msp ?" asks about creating one, not about seeing the MSP's kiné (which its words also say).
    const whole = faqMatch(question);
    const focused = focus === question ? undefined : faqMatch(focus);
    const fit = (m: FaqMatch | undefined) => (m ? m.questionCoverage + m.variantCoverage : 0);
    const match = fit(focused) > fit(whole) ? focused : whole;
    const page = match && this.index.pageBySlugName(match.entry.source);
    if (!match || !page) return undefined;
    return { text: `${match.entry.answer} [1]`, citations: [{ n: 1, title: page.title, url: page.url }] };
  }

  /** The extracts given to the model: up to 4 pages, numbered, with their best chunks. */
  private sources(search: SearchResult): PromptSource[] {
    const top = search.hits[0]?.score ?? 0;
    const byPage = new Map<string, PromptSource>();
    for (const hit of search.hits.slice(0, 6)) {
      if (hit.score < 0.3 * top) continue;
      let source = byPage.get(hit.page.slug);
      if (!source) {
        if (byPage.size >= 4) continue;
        source = { n: byPage.size + 1, title: hit.page.title, url: hit.page.url, text: '' };
        byPage.set(hit.page.slug, source);
      }
      if (source.text.length > 1800) continue;
      source.text += `${source.text ? '\n\n' : ''}${hit.chunk.context} — ${hit.chunk.text}`;
    }
    return [...byPage.values()];
  }

  /** The quoted answer, or "I don't know" in `locale`; with the language of its text. */
  private fallback(
    search: SearchResult,
    sources: readonly PromptSource[],
    locale: Locale,
  ): { text: string; citations: Citation[]; lang: Locale; quoted: boolean } {
    const numbering = new Map<string, number>();
    for (const hit of search.hits) {
      const n = sources.find((s) => s.url === hit.page.url)?.n;
      if (n !== undefined) numbering.set(hit.page.slug, n);
    }
    const answer = buildExtractiveAnswer(this.index, search, { minCoverage: this.options.minCoverage ?? 0.5, numbering });
    if (answer) return { text: answer.text, citations: answer.citations, lang: CONTENT_LOCALE, quoted: true };
    return { text: unknownMessage(locale, undefined), citations: [], lang: locale, quoted: false };
  }

  /** The citations with their pages' language, and their URLs resolved against the site's address when one is configured. */
  private linked(citations: Citation[]): Citation[] {
    const site = this.options.siteUrl;
    return citations.map((c) => ({ ...c, url: site ? new URL(c.url, site).href : c.url, lang: CONTENT_LOCALE }));
  }

  /** The answer as events: `meta` (kind, citations), `token`s, then `done`. Stops when `signal` aborts. */
  async *stream(request: AssistantRequest, options: { signal?: AbortSignal } = {}): AsyncGenerator<AssistantEvent> {
    for await (const event of this.events(request, options)) {
      yield event.type === 'token' ? event : { ...event, citations: this.linked(event.citations) };
    }
  }

  private async *events(request: AssistantRequest, options: { signal?: AbortSignal }): AsyncGenerator<AssistantEvent> {
    const id = randomUUID();
    // Said with the answer, so that the chat element can mark the visitor's own words too.
    const questionLang = messageLanguage(request.messages.at(-1)?.content ?? '');
    const asked = questionLang ? { questionLang } : {};
    const decision = await this.decide(request, options.signal);
    options.signal?.throwIfAborted();
    if (decision.type === 'fixed') {
      yield* fixedEvents(id, decision, asked);
      return;
    }

    const { sources, search } = decision;
    const all: Citation[] = sources.map((s) => ({ n: s.n, title: s.title, url: s.url }));
    const filter = new CitationFilter(new Set(sources.map((s) => s.n)));
    const model = this.options.model!;
    let started = false;
    let failure: unknown;
    try {
      for await (const chunk of streamModel(
        this.chain!,
        { system: systemMessage(sources, decision.locale), question: userMessage(decision.question, decision.previous, decision.locale) },
        { signal: options.signal, idleTimeoutMs: model.idleTimeoutMs ?? 10_000, totalTimeoutMs: model.totalTimeoutMs ?? 45_000 },
      )) {
        const text = filter.push(chunk);
        if (!started) {
          if (!text.trim()) continue;
          started = true;
          yield { type: 'meta', id, kind: 'answer', citations: all, lang: decision.locale, ...asked };
        }
        if (text) yield { type: 'token', text };
      }
      const rest = filter.flush();
      if (rest && started) yield { type: 'token', text: rest };
    } catch (error) {
      options.signal?.throwIfAborted();
      failure = error;
      this.options.warn?.(this.secret(`model failed, offline answer used: ${(error as Error).name}: ${(error as Error).message}`));
    }

    if (failure === undefined && started) {
      const used = all.filter((c) => filter.used.has(c.n));
      yield { type: 'done', id, citations: used.length ? used : all };
      return;
    }
    // Upstream error, timeout or empty answer: the question still gets the quoted answer.
    const offline = this.fallback(search, sources, decision.locale);
    const quotes = one(offline.lang, offline.text);
    if (!started && !offline.quoted) {
      // Nothing to quote either: the answer the assistant gives offline, with its kind (out of
      // scope, unknown with the federation's contact, or the medical refusal), not an unnamed
      // "je ne sais pas".
      yield* fixedEvents(id, this.notAnswered(search, decision.locale, decision.pageLocale, decision.question), asked, true);
      return;
    }
    if (!started) {
      // The English lead only before quotes, not before "I don't know".
      const parts = quotedFor(decision.english && offline.quoted, quotes);
      yield { type: 'meta', id, kind: 'answer', citations: all, lang: parts[0]!.lang, ...asked };
      yield* tokens(parts, parts[0]!.lang);
    } else {
      yield* tokens([...one(decision.locale, fallbackSeparator(decision.locale, offline.quoted)), ...quotes], decision.locale);
    }
    const used = new Set([...filter.used, ...offline.citations.map((c) => c.n)]);
    yield { type: 'done', id, citations: all.filter((c) => used.has(c.n)), fallback: true };
  }

  /** The whole answer at once (JSON mode, CLI). */
  async answer(request: AssistantRequest, options: { signal?: AbortSignal } = {}): Promise<AssistantResult> {
    let id = '';
    let kind: AnswerKind = 'unknown';
    let questionLang: Locale | undefined;
    const parts: TextPart[] = [];
    let citations: Citation[] = [];
    for await (const event of this.stream(request, options)) {
      if (event.type === 'meta') {
        id = event.id;
        kind = event.kind;
        questionLang = event.questionLang;
        parts.push({ lang: event.lang, text: '' });
      } else if (event.type === 'token') {
        if (event.lang) parts.push({ lang: event.lang, text: event.text });
        else parts.at(-1)!.text += event.text;
      } else citations = event.citations;
    }
    const first = parts[0]!;
    first.text = first.text.trimStart();
    parts.at(-1)!.text = parts.at(-1)!.text.trimEnd();
    return { id, kind, lang: first.lang, text: parts.map((p) => p.text).join(''), parts, citations, ...(questionLang ? { questionLang } : {}) };
  }
}
