/**
 * @msp-kit/assistant: grounded French answers over a federation's content. Offline by default;
 * any OpenAI-compatible model when configured. The HTTP server is in `./server`, the wire format
 * (shared with the browser chat element) in `./protocol`.
 */
export { Assistant, type AnswerKind, type AssistantEvent, type AssistantOptions, type AssistantRequest, type AssistantResult, type ChatTurn } from './rag/assistant.js';
export { createAssistant, loadIndex, readIndexFile, type LoadOptions } from './load.js';
export { configFromEnv, parseOrigins, type AssistantEnvConfig } from './config.js';
export { KnowledgeIndex, type Hit, type IndexFile, type SearchResult } from './rag/knowledge-index.js';
export { ingest, buildIndex, DEFAULT_CONTENT_DIR, type IngestOptions, type IngestResult } from './rag/ingest.js';
export { chunkPages, type ChunkMetadata } from './rag/chunker.js';
export { FrenchLexicalRetriever, HybridRetriever, EmbeddingsStore, reciprocalRankFusion, type EmbeddingsConfig } from './rag/retriever.js';
export type { ModelConfig } from './rag/model.js';
export type { Citation } from './rag/extractive.js';
export type { FaqEntry, IngestedPage, PageInfo, Section } from './rag/types.js';
export { checkSafety, emergencyMessage, medicalMessage, stripInjection, type SafetyVerdict } from './safety/index.js';
export { MemoryRateLimitStore, type RateLimit, type RateLimitStore } from './server/rate-limit.js';
