/**
 * Configuration from environment variables (documented in the root README.md, "The assistant
 * (`@msp-kit/assistant`)" › "Configuration (environment variables)"):
 *
 * - `MSP_ASSISTANT_MODEL` with `OPENAI_API_KEY` and/or `OPENAI_BASE_URL`: model answers (any
 *   OpenAI-compatible chat-completions API). Without them, answers are quoted offline.
 * - `MSP_ASSISTANT_MODEL_TIMEOUT_MS` (silence before falling back, default 10,000),
 *   `MSP_ASSISTANT_MODEL_MAX_MS` (longest answer, default 45,000), `MSP_ASSISTANT_MODEL_TEMPERATURE`
 *   (default 0.2), `MSP_ASSISTANT_MODEL_MAX_TOKENS` (default 600).
 * - `MSP_ASSISTANT_EMBEDDINGS_MODEL` (+ optional `MSP_ASSISTANT_EMBEDDINGS_BASE_URL`, else
 *   `OPENAI_BASE_URL`): hybrid retrieval.
 * - `MSP_ASSISTANT_ON_CALL_NUMBER`: the region's on-call line in the medical refusal (default 15).
 * - `MSP_ASSISTANT_SITE_URL`: the federation website's address; site-relative page URLs
 *   (`/federation/msp.html`) are sent resolved against it. Without it they are sent as they are, and
 *   the chat element resolves them against the page it is on.
 * - `ALLOWED_ORIGINS`: comma-separated origins allowed to call the API from a browser.
 * - `MSP_ASSISTANT_RATE_LIMIT`: chat requests per client, "30/60" (default) or "off".
 * - `MSP_ASSISTANT_TRUST_PROXY`: number of reverse proxies whose X-Forwarded-For is trusted (default 0).
 * - `MSP_ASSISTANT_LOG_MESSAGES=1`: log questions (off by default: they may contain health data).
 */
import type { ModelConfig } from './rag/model.js';
import type { EmbeddingsConfig } from './rag/retriever.js';
import { parseRateLimit, type RateLimit } from './server/rate-limit.js';

export interface AssistantEnvConfig {
  model?: ModelConfig;
  embeddings?: EmbeddingsConfig;
  onCallNumber: string;
  /** The federation website's address, for site-relative page URLs (MSP_ASSISTANT_SITE_URL). */
  siteUrl?: string;
  allowedOrigins: string[];
  rateLimit: RateLimit | false;
  trustProxy: number;
  logMessages: boolean;
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name}="${raw}" must be a whole number of at least ${min}`);
  return n;
}

function number(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name}="${raw}" must be a number from ${min} to ${max}`);
  return n;
}

/**
 * An API's base URL (`OPENAI_BASE_URL`, …): absolute, http(s). `localhost:11434/v1` is a URL to
 * `new URL` (of the scheme "localhost:"), and would fail at every question rather than at start.
 */
export function apiBaseUrl(env: Env, name: string, example: string): string | undefined {
  const value = env[name]?.trim() || undefined;
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new Error(`${name}="${value}" is not an http(s) URL (e.g. ${example})`);
  }
  return value;
}

/** Checks an origin ("https://www.msp-exemple.fr", no path); returns it normalised. */
export function parseOrigin(value: string): string {
  const v = value.trim();
  if (v === '*') return v;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new Error(`"${v}" is not an origin: write it as https://www.example.fr (scheme and host, no path)`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new Error(`"${v}" is not an origin: write it as https://www.example.fr (scheme and host, no path)`);
  }
  return url.origin;
}

/** Checks the federation website's address (an absolute http(s) URL); returns it normalised. */
export function parseSiteUrl(value: string): string {
  const v = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(v);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`"${v}" is not the address of a website: write it as https://www.ma-federation.fr`);
  }
  return url.href;
}

export function parseOrigins(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  return value
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map(parseOrigin);
}

/** Reads the configuration; throws an Error whose message names the variable at fault. `notes` explain the mode chosen. */
const TRACING_VARIABLES = ['LANGSMITH_TRACING', 'LANGSMITH_TRACING_V2', 'LANGCHAIN_TRACING', 'LANGCHAIN_TRACING_V2'] as const;

export function configFromEnv(env: Env = process.env): { config: AssistantEnvConfig; notes: string[] } {
  const notes: string[] = [];
  const apiKey = env.OPENAI_API_KEY?.trim() ?? '';
  const baseURL = apiBaseUrl(env, 'OPENAI_BASE_URL', 'https://api.mistral.ai/v1');
  const modelName = env.MSP_ASSISTANT_MODEL?.trim();
  let model: ModelConfig | undefined;
  if (modelName && (apiKey || baseURL)) {
    model = {
      model: modelName,
      apiKey,
      ...(baseURL ? { baseURL } : {}),
      idleTimeoutMs: integer(env, 'MSP_ASSISTANT_MODEL_TIMEOUT_MS', 10_000, 100),
      totalTimeoutMs: integer(env, 'MSP_ASSISTANT_MODEL_MAX_MS', 45_000, 100),
      // The range of OpenAI's API, which the compatible ones keep.
      temperature: number(env, 'MSP_ASSISTANT_MODEL_TEMPERATURE', 0.2, 0, 2),
      maxTokens: integer(env, 'MSP_ASSISTANT_MODEL_MAX_TOKENS', 600, 16),
    };
    notes.push(`model answers: ${modelName}${baseURL ? ` at ${baseURL}` : ''}`);
  } else if (modelName) {
    notes.push('MSP_ASSISTANT_MODEL is set but neither OPENAI_API_KEY nor OPENAI_BASE_URL: offline answers');
  } else {
    notes.push('offline answers (set MSP_ASSISTANT_MODEL and OPENAI_API_KEY or OPENAI_BASE_URL to use a model)');
  }
  const embeddingsModel = env.MSP_ASSISTANT_EMBEDDINGS_MODEL?.trim();
  const embeddingsBase = apiBaseUrl(env, 'MSP_ASSISTANT_EMBEDDINGS_BASE_URL', 'http://localhost:11434/v1') ?? baseURL;
  let embeddings: EmbeddingsConfig | undefined;
  if (embeddingsModel && (apiKey || embeddingsBase)) {
    embeddings = { model: embeddingsModel, apiKey, ...(embeddingsBase ? { baseURL: embeddingsBase } : {}) };
    notes.push(`hybrid retrieval with embeddings ${embeddingsModel}`);
  } else if (embeddingsModel) {
    // Said as for the model: a setting ignored in silence looks like one that works.
    notes.push('MSP_ASSISTANT_EMBEDDINGS_MODEL is set but neither OPENAI_API_KEY nor a base URL (MSP_ASSISTANT_EMBEDDINGS_BASE_URL or OPENAI_BASE_URL): lexical search only');
  }
  const onCallNumber = env.MSP_ASSISTANT_ON_CALL_NUMBER?.trim() || '15';
  if (!/^\d[\d ]{1,14}$/.test(onCallNumber)) throw new Error(`MSP_ASSISTANT_ON_CALL_NUMBER="${onCallNumber}" must be a phone number (digits)`);
  // Any of the four variables LangChain reads turns tracing on, with "true" exactly (its own test).
  const tracing = TRACING_VARIABLES.filter((name) => env[name] === 'true');
  if (tracing.length) {
    notes.push(`warning: LangSmith tracing is on (${tracing.join(', ')}); prompts (users’ questions) are sent to LangSmith`);
  }
  let siteUrl: string | undefined;
  const site = env.MSP_ASSISTANT_SITE_URL?.trim();
  if (site) {
    try {
      siteUrl = parseSiteUrl(site);
    } catch (error) {
      throw new Error(`MSP_ASSISTANT_SITE_URL: ${(error as Error).message}`, { cause: error });
    }
  }
  // The parsers' messages name the value, not where it came from (`--origins` uses them too).
  const named = <T>(name: string, parse: () => T): T => {
    try {
      return parse();
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`, { cause: error });
    }
  };
  const allowedOrigins = named('ALLOWED_ORIGINS', () => parseOrigins(env.ALLOWED_ORIGINS));
  const rateLimit = named('MSP_ASSISTANT_RATE_LIMIT', () => parseRateLimit(env.MSP_ASSISTANT_RATE_LIMIT ?? '30/60'));
  return {
    config: {
      ...(model ? { model } : {}),
      ...(embeddings ? { embeddings } : {}),
      onCallNumber: onCallNumber.replace(/\s+/g, ''),
      ...(siteUrl ? { siteUrl } : {}),
      allowedOrigins,
      rateLimit,
      trustProxy: integer(env, 'MSP_ASSISTANT_TRUST_PROXY', 0),
      logMessages: /^(1|true|yes)$/i.test(env.MSP_ASSISTANT_LOG_MESSAGES ?? ''),
    },
    notes,
  };
}
