/**
 * Retrieval as LangChain retrievers: the French lexical retriever (MiniSearch BM25+ with the French
 * pipeline), and, when an OpenAI-compatible embeddings endpoint is configured, a hybrid retriever that
 * fuses the lexical and vector rankings by reciprocal-rank fusion (RRF, k = 60).
 */
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { Document } from '@langchain/core/documents';
import { OpenAIEmbeddings } from '@langchain/openai';
import { weightedShare, type Hit, type KnowledgeIndex, type SearchResult } from './knowledge-index.js';

export class FrenchLexicalRetriever extends BaseRetriever {
  lc_namespace = ['msp_kit', 'retrievers', 'french_lexical'];
  private readonly index: KnowledgeIndex;
  private readonly k: number;

  constructor(fields: BaseRetrieverInput & { index: KnowledgeIndex; k?: number }) {
    super(fields);
    this.index = fields.index;
    this.k = fields.k ?? 6;
  }

  override _getRelevantDocuments(query: string): Promise<Document[]> {
    const { hits } = this.index.search(query, this.k);
    return Promise.resolve(hits.map((h) => this.index.toDocument(h)));
  }
}

export interface EmbeddingsConfig {
  /** Embeddings model name (MSP_ASSISTANT_EMBEDDINGS_MODEL), e.g. `text-embedding-3-small`, `mistral-embed`, `embeddings-small`. */
  model: string;
  apiKey: string;
  baseURL?: string;
  /** Longest wait for the query's embedding, in ms (default 3,000); lexical results are used after it. */
  timeoutMs?: number;
  /** Texts per request when embedding the chunks (default 64). */
  batchSize?: number;
}

/** The chunks' vectors, computed once with the configured embeddings endpoint, and cosine search. */
export class EmbeddingsStore {
  private vectors: Float32Array[] = [];
  /**
   * The last queries' vectors: a long message is searched again clause by clause (Assistant), each
   * time with the same text; one embedding request, not one a clause.
   */
  private readonly queries = new Map<string, Float32Array>();
  readonly embeddings: OpenAIEmbeddings;
  private readonly timeoutMs: number;

  constructor(
    private readonly index: KnowledgeIndex,
    config: EmbeddingsConfig,
  ) {
    this.embeddings = new OpenAIEmbeddings({
      model: config.model,
      apiKey: config.apiKey || 'not-needed',
      configuration: config.baseURL ? { baseURL: config.baseURL } : {},
      batchSize: config.batchSize ?? 64,
      maxRetries: 1,
    });
    this.timeoutMs = config.timeoutMs ?? 3000;
  }

  get ready(): boolean {
    return this.vectors.length === this.index.chunks.length && this.vectors.length > 0;
  }

  /** Embeds every chunk (title, heading path and text). */
  async load(): Promise<void> {
    const texts = this.index.chunks.map((c) => `${this.index.pages[c.page]!.title} — ${c.context}\n${c.text}`);
    const vectors = await this.embeddings.embedDocuments(texts);
    if (vectors.length !== texts.length) throw new Error(`the embeddings endpoint returned ${vectors.length} vectors for ${texts.length} texts`);
    this.vectors = vectors.map(normalise);
  }

  /** Chunk ids by decreasing cosine similarity to the query (empty when not ready). */
  async search(query: string, k: number, signal?: AbortSignal): Promise<{ id: number; similarity: number }[]> {
    if (!this.ready) return [];
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let q = this.queries.get(query);
    if (!q) {
      q = normalise(await raceAbort(this.embeddings.embedQuery(query), combined));
      if (this.queries.size >= 16) this.queries.delete(this.queries.keys().next().value!);
      this.queries.set(query, q);
    }
    const scored = this.vectors.map((v, id) => ({ id, similarity: dot(q, v) }));
    scored.sort((a, b) => b.similarity - a.similarity);
    return scored.slice(0, k);
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function normalise(v: number[] | Float32Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]! / norm;
  return out;
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
  return s;
}

/** Reciprocal-rank fusion of ranked id lists: score = Σ 1 / (c + rank), rank from 1. */
export function reciprocalRankFusion(lists: readonly (readonly number[])[], c = 60): { id: number; score: number }[] {
  const scores = new Map<number, number>();
  for (const list of lists) list.forEach((id, i) => scores.set(id, (scores.get(id) ?? 0) + 1 / (c + i + 1)));
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/**
 * Lexical and vector search fused by RRF. Confidence gates still use lexical coverage (computed for
 * chunks found by vectors only), so embeddings improve the ranking, never the decision to answer.
 */
export async function hybridSearch(
  index: KnowledgeIndex,
  store: EmbeddingsStore,
  query: string,
  k: number,
  signal?: AbortSignal,
  options: { clause?: number; alone?: boolean } = {},
): Promise<SearchResult> {
  const lexical = index.search(query, 20, undefined, options);
  if (!store.ready || lexical.concepts.length === 0) return { ...lexical, hits: lexical.hits.slice(0, k) };
  let vector: { id: number }[];
  try {
    vector = await store.search(query, 20, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ...lexical, hits: lexical.hits.slice(0, k) };
  }
  const byId = new Map(lexical.hits.map((h) => [h.chunk.id, h]));
  const fused = reciprocalRankFusion([lexical.hits.map((h) => h.chunk.id), vector.map((v) => v.id)]);
  const hits: Hit[] = fused.slice(0, k).map(({ id, score }) => {
    const known = byId.get(id);
    if (known) return { ...known, score };
    const chunk = index.chunks[id]!;
    const covered = index.coveredConcepts(id, lexical.concepts);
    return { chunk, page: index.pages[chunk.page]!, score, coverage: weightedShare(covered, lexical.weights), covered };
  });
  return { concepts: lexical.concepts, hits, weights: lexical.weights, salience: lexical.salience, count: lexical.count, ...(lexical.shape ? { shape: lexical.shape } : {}) };
}

/** The hybrid search as a LangChain retriever. */
export class HybridRetriever extends BaseRetriever {
  lc_namespace = ['msp_kit', 'retrievers', 'hybrid'];
  private readonly index: KnowledgeIndex;
  private readonly store: EmbeddingsStore;
  private readonly k: number;

  constructor(fields: BaseRetrieverInput & { index: KnowledgeIndex; store: EmbeddingsStore; k?: number }) {
    super(fields);
    this.index = fields.index;
    this.store = fields.store;
    this.k = fields.k ?? 6;
  }

  override async _getRelevantDocuments(query: string): Promise<Document[]> {
    const { hits } = await hybridSearch(this.index, this.store, query, this.k);
    return hits.map((h) => this.index.toDocument(h));
  }
}
