/**
 * Talking to the assistant's chat API (see ../protocol.ts): a question in, validated events out,
 * and every way it can fail named so the panel can say it plainly. No DOM besides `fetch` and
 * `navigator.onLine`: tested in Node against the real server.
 */
import {
  MAX_MESSAGES,
  MAX_MESSAGE_LENGTH,
  doneEventSchema,
  errorBodySchema,
  metaEventSchema,
  tokenEventSchema,
  type ChatMessage,
  type ChatRequest,
  type DoneEvent,
  type MetaEvent,
} from '../protocol.js';
import { readSse } from './sse.js';

/** Why a question got no (complete) answer. */
export type ChatFailure =
  | { reason: 'aborted' | 'offline' | 'network' | 'unavailable' | 'invalid-response' }
  | { reason: 'rate-limited'; retryAfter?: number }
  | { reason: 'forbidden' | 'rejected' | 'server'; code: string; message: string }
  /** No chat API at the endpoint (a 404, a web page): a setting of the site to correct; `detail` is for the console. */
  | { reason: 'misconfigured'; detail: string };

export interface ChatHandlers {
  meta(event: MetaEvent): void;
  /** `lang`: the language of this piece and of those after it (a BCP 47 tag), when it changes. */
  token(text: string, lang?: string): void;
  done(event: DoneEvent): void;
}

/**
 * A server that has not begun to answer after this long is said not to answer: the question goes
 * back to the field, ready to send again. (Ours starts at once; its answer may then take its time.)
 */
export const STALLED_AFTER = 30_000;

/** Whether the browser says it is offline. */
export const isOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date), at least 1; `undefined` if absent or unreadable. */
export function retryAfterSeconds(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.max(1, Number(text));
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(1, Math.ceil((date - now) / 1000));
}

/** The feedback URL next to the chat endpoint: `…/api/chat` → `…/api/feedback`. */
export const feedbackUrl = (endpoint: string): string => new URL('feedback', endpoint.replace(/\/+$/, '')).href;

/** A turn of the conversation as the API takes it. */
export interface Turn {
  role: 'user' | 'assistant';
  text: string;
}

/**
 * The request for `question`: the conversation so far (non-empty turns, each cut to the API's
 * length limit), the question last, at most the API's number of messages.
 */
export function buildRequest(history: readonly Turn[], question: string, locale: 'fr' | 'en'): ChatRequest {
  const cut = (text: string) => [...text.trim()].slice(0, MAX_MESSAGE_LENGTH).join('');
  const messages: ChatMessage[] = history
    .filter((turn) => turn.text.trim())
    .map((turn) => ({ role: turn.role, content: cut(turn.text) }));
  messages.push({ role: 'user', content: cut(question) });
  let recent = messages.slice(-MAX_MESSAGES);
  // Start the history on a question: an answer without its question only misleads.
  while (recent.length > 1 && recent[0]?.role === 'assistant') recent = recent.slice(1);
  return { messages: recent, locale };
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

async function failureOf(response: Response): Promise<ChatFailure> {
  const parsed = errorBodySchema.safeParse(parseJson(await response.text().catch(() => '')));
  const code = parsed.success ? parsed.data.error : `http_${response.status}`;
  const message = parsed.success ? parsed.data.message : response.statusText;
  if (response.status === 429) {
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
    return retryAfter === undefined ? { reason: 'rate-limited' } : { reason: 'rate-limited', retryAfter };
  }
  if (response.status === 403) return { reason: 'forbidden', code, message };
  // Our server answers a known path; a 404 means the endpoint names another (or no) server.
  if (response.status === 404) return { reason: 'misconfigured', detail: 'answered HTTP 404: no chat API there' };
  if (response.status >= 400 && response.status < 500 && response.status !== 404 && response.status !== 408) {
    return { reason: 'rejected', code, message };
  }
  return { reason: 'unavailable' };
}

/**
 * Asks the question as a stream: calls `handlers` for each validated event and resolves with
 * `undefined` after `done`, or with the failure (including `aborted` when `signal` stopped it).
 * Sends no cookie: the API needs none.
 */
export async function streamChat(
  endpoint: string,
  request: ChatRequest,
  handlers: ChatHandlers,
  signal: AbortSignal,
): Promise<ChatFailure | undefined> {
  const lost = (): ChatFailure => ({ reason: signal.aborted ? 'aborted' : isOffline() ? 'offline' : 'network' });
  if (isOffline()) return { reason: 'offline' };
  let response: Response;
  // The request (and the answer's stream) stops when `signal` does or when the server stalls; not
  // with AbortSignal.any, which Safari before 17.4 and Firefox before 124 do not have.
  const fetching = new AbortController();
  const stop = () => fetching.abort();
  signal.addEventListener('abort', stop, { once: true });
  if (signal.aborted) stop();
  const timer = setTimeout(stop, STALLED_AFTER);
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(request),
      credentials: 'omit',
      cache: 'no-store',
      signal: fetching.signal,
    });
  } catch {
    // Stalled: `signal` is not aborted, so this is said to be the network's failure.
    return lost();
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) return failureOf(response);
  const type = response.headers.get('content-type') ?? '';
  if (!response.body || !/^text\/event-stream/i.test(type)) {
    // A web page (a site's "not found" page sent as 200) or a file: not the chat API.
    return { reason: 'misconfigured', detail: `answered ${type.split(';')[0] || 'without a content type'}, not an event stream: no chat API there` };
  }
  const events = readSse(response.body);
  let draining = false;
  try {
    for (;;) {
      const next = await events.next();
      if (next.done) break;
      const { event, data } = next.value;
      const value = parseJson(data);
      if (event === 'meta') {
        const meta = metaEventSchema.safeParse(value);
        if (!meta.success) return { reason: 'invalid-response' };
        handlers.meta(meta.data);
      } else if (event === 'token') {
        const token = tokenEventSchema.safeParse(value);
        if (!token.success) return { reason: 'invalid-response' };
        handlers.token(token.data.text, token.data.lang);
      } else if (event === 'done') {
        const done = doneEventSchema.safeParse(value);
        if (!done.success) return { reason: 'invalid-response' };
        handlers.done(done.data);
        // The rest is read on the side, to the stream's end, which the server gives at once: a
        // body cancelled here would show the request as failed in the browser's network log. One
        // left open is let go after a second. The answer does not wait for either.
        draining = true;
        const drain = setTimeout(stop, 1000);
        void (async () => {
          try {
            while (!(await events.next()).done);
          } catch {
            // Let go, or cut: the answer was complete.
          } finally {
            clearTimeout(drain);
          }
        })();
        return undefined;
      } else if (event === 'error') {
        const error = errorBodySchema.safeParse(value);
        return error.success
          ? { reason: 'server', code: error.data.error, message: error.data.message }
          : { reason: 'server', code: 'unknown', message: data };
      }
    }
  } catch {
    return lost();
  } finally {
    // A failure or an invalid answer: the rest of the body is not wanted.
    if (!draining) void events.return(undefined);
  }
  // Closed before `done`: the server went away mid-answer.
  return lost();
}

/** Sends a useful / not useful vote; resolves with whether the server recorded it. */
export async function sendFeedback(endpoint: string, id: string, useful: boolean): Promise<boolean> {
  try {
    const response = await fetch(feedbackUrl(endpoint), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, useful }),
      credentials: 'omit',
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Suggested questions from the `suggestions` attribute: a JSON array of strings, or questions
 * separated by `|`. Returns the questions, or `undefined` when the value cannot be read.
 */
export function parseSuggestions(value: string): string[] | undefined {
  const text = value.trim();
  let list: unknown = text ? text.split('|') : [];
  if (text.startsWith('[')) {
    list = parseJson(text);
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) return undefined;
  }
  return (list as string[])
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => [...item].slice(0, MAX_MESSAGE_LENGTH).join(''));
}

/** Whether an emergency answer mentions the suicide prevention line, 3114. */
export const mentions3114 = (text: string): boolean => /(^|\D)3[\s\u00a0.]?114(\D|$)/.test(text);

/** Whether an emergency text gives the lines for victims of violence (3919 with 119 and 17), to offer them as calls too. */
export const mentions3919 = (text: string): boolean => /(^|\D)3[\s\u00a0.]?919(\D|$)/.test(text);
