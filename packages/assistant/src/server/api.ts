/**
 * The chat API on Hono: POST /api/chat (Server-Sent Events, or JSON with `Accept: application/json`)
 * and POST /api/feedback. Origin allow-list with CORS, rate limit per client, body size limit,
 * timeouts, work stopped when the client goes away, a 4xx with a clear JSON reason for every bad
 * input, and no message contents in the logs unless asked.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { getConnInfo } from '@hono/node-server/conninfo';
import { chatRequestSchema, feedbackRequestSchema, type ErrorBody } from '../protocol.js';
import type { Assistant, AnswerKind } from '../rag/assistant.js';
import { MemoryRateLimitStore, type RateLimit, type RateLimitStore } from './rate-limit.js';

export interface ApiOptions {
  /** The assistant, or its promise while the index is being built. */
  assistant: Assistant | Promise<Assistant>;
  /** Origins allowed to call from a browser besides the server's own ("*" for any). */
  allowedOrigins?: readonly string[];
  /** Chat requests per client (default 30 per minute); `false` to disable. */
  rateLimit?: RateLimit | false;
  /** Feedback requests per client (default 60 per minute); `false` to disable. */
  feedbackRateLimit?: RateLimit | false;
  /** Shared store for several instances (default: in memory). */
  rateLimitStore?: RateLimitStore;
  /** Reverse proxies whose X-Forwarded-For (and -Host, -Proto) are trusted (default 0). */
  trustProxy?: number;
  /** Largest request body in bytes (default 128 KiB: 20 messages of 2,000 characters fit). */
  bodyLimitBytes?: number;
  /** Longest request, in ms (default 60,000). */
  requestTimeoutMs?: number;
  /** One line per request (method, path, status, duration, kind); never the question unless `logMessages`. */
  log?: (line: string) => void;
  /** Also log the question (may contain health data: off by default). */
  logMessages?: boolean;
}

export interface ApiStats {
  chats: number;
  aborted: number;
  rateLimited: number;
  feedback: { useful: number; notUseful: number };
}

type Env = { Variables: { kind?: AnswerKind; question?: string; started?: number } };

function error(c: Context, status: 400 | 403 | 404 | 405 | 413 | 415 | 429 | 503 | 504, code: string, message: string, issues?: ErrorBody['issues']) {
  const body: ErrorBody = { error: code, message, ...(issues ? { issues } : {}) };
  return c.json(body, status);
}

/** The client's address: the socket's, or the one the trusted proxies saw. */
export function clientAddress(c: Context, trustProxy: number): string {
  let address = 'unknown';
  try {
    address = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not on the Node adapter (tests with app.request): one shared bucket.
  }
  if (trustProxy > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const candidate = chain[chain.length - trustProxy];
    if (candidate) address = candidate;
  }
  return address;
}

export function createApi(options: ApiOptions): { app: Hono<Env>; stats: ApiStats } {
  const app = new Hono<Env>();
  const stats: ApiStats = { chats: 0, aborted: 0, rateLimited: 0, feedback: { useful: 0, notUseful: 0 } };
  const allowed = new Set(options.allowedOrigins ?? []);
  const anyOrigin = allowed.has('*');
  const trustProxy = options.trustProxy ?? 0;
  const store = options.rateLimitStore ?? new MemoryRateLimitStore();
  const requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
  let assistant: Assistant | undefined;
  let assistantError: Error | undefined;
  const assistantPromise = Promise.resolve(options.assistant).then(
    (a) => (assistant = a),
    (e: unknown) => {
      assistantError = e instanceof Error ? e : new Error(String(e));
      return undefined;
    },
  );

  const selfHost = (c: Context): string | undefined => {
    const forwarded = trustProxy > 0 ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
    return forwarded ?? c.req.header('host');
  };

  /** Whether the browser origin may call the API: same host, or in the allow-list. */
  const originAllowed = (c: Context, origin: string): boolean => {
    if (anyOrigin || allowed.has(origin)) return true;
    try {
      return new URL(origin).host === selfHost(c);
    } catch {
      return false;
    }
  };

  const logLine = (c: Context<Env>, status: number, started: number, suffix = '') => {
    if (!options.log) return;
    const kind = c.get('kind');
    const question = options.logMessages ? c.get('question') : undefined;
    options.log(
      `${c.req.method} ${c.req.path} ${status} ${Math.round(performance.now() - started)}ms` +
        (kind ? ` kind=${kind}` : '') +
        suffix +
        (question !== undefined ? ` question=${JSON.stringify(question.slice(0, 300))}` : ''),
    );
  };
  const logger: MiddlewareHandler<Env> = async (c, next) => {
    const started = performance.now();
    c.set('started', started);
    await next();
    // A stream is logged when it ends (its kind is known then).
    if (!c.res.headers.get('content-type')?.startsWith('text/event-stream')) logLine(c, c.res.status, started);
  };
  app.use('/api/*', logger);

  // Origin allow-list and CORS.
  const originGuard: MiddlewareHandler<Env> = async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined) {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { allow: 'POST, OPTIONS' });
      return next();
    }
    if (!originAllowed(c, origin)) {
      return error(
        c,
        403,
        'origin_not_allowed',
        `Requests from ${origin} are not allowed: add this origin to ALLOWED_ORIGINS (or --origins) on the assistant server.`,
      );
    }
    const cors = {
      'access-control-allow-origin': origin,
      vary: 'Origin',
    };
    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        ...cors,
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'content-type, accept',
        'access-control-max-age': '600',
      });
    }
    await next();
    c.res.headers.set('access-control-allow-origin', origin);
    c.res.headers.append('vary', 'Origin');
    c.res.headers.set('access-control-expose-headers', 'retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset');
  };
  app.use('/api/*', originGuard);

  const limiter = (limit: RateLimit | false | undefined, fallback: RateLimit, bucket: string): MiddlewareHandler<Env> => {
    const rule = limit === undefined ? fallback : limit;
    return async (c, next) => {
      if (!rule) return next();
      const { count, resetAt } = await store.hit(`${bucket}:${clientAddress(c, trustProxy)}`, rule.windowMs);
      const reset = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
      c.header('ratelimit-limit', String(rule.limit));
      c.header('ratelimit-remaining', String(Math.max(0, rule.limit - count)));
      c.header('ratelimit-reset', String(reset));
      if (count > rule.limit) {
        stats.rateLimited++;
        c.header('retry-after', String(reset));
        return error(
          c,
          429,
          'rate_limited',
          `Too many requests: at most ${rule.limit} every ${rule.windowMs / 1000} seconds. Try again in ${reset} seconds.`,
        );
      }
      return next();
    };
  };

  const limitBody = bodyLimit({
    maxSize: options.bodyLimitBytes ?? 128 * 1024,
    onError: (c) => {
      // The unread body stays on the socket: the connection cannot be reused.
      c.header('connection', 'close');
      return error(c, 413, 'payload_too_large', `The request body is larger than ${Math.round((options.bodyLimitBytes ?? 128 * 1024) / 1024)} KiB.`);
    },
  });

  /** Reads and validates a JSON body; returns a Response for bad input. */
  async function readJson(c: Context): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\b/i.test(type)) {
      return { ok: false, response: error(c, 415, 'unsupported_media_type', 'Send the body as JSON with "Content-Type: application/json".') };
    }
    const text = await c.req.text();
    if (!text.trim()) return { ok: false, response: error(c, 400, 'invalid_json', 'The request body is empty; send a JSON object.') };
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (e) {
      return { ok: false, response: error(c, 400, 'invalid_json', `The request body is not valid JSON: ${(e as Error).message}`) };
    }
  }

  function invalid(c: Context, issues: readonly { path: PropertyKey[]; message: string }[]) {
    const list = issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
    const first = list[0];
    return error(c, 400, 'invalid_request', first ? `${first.path}: ${first.message}` : 'Invalid request.', list);
  }

  async function ready(c: Context): Promise<Assistant | Response> {
    await assistantPromise;
    if (assistant) return assistant;
    return error(c, 503, 'unavailable', `The assistant is not available: ${assistantError?.message ?? 'index not built'}.`);
  }

  app.post('/api/chat', limiter(options.rateLimit, { limit: 30, windowMs: 60_000 }, 'chat'), limitBody, async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = chatRequestSchema.safeParse(body.value);
    if (!parsed.success) return invalid(c, parsed.error.issues);
    const request = parsed.data;
    const a = await ready(c);
    if (a instanceof Response) return a;
    stats.chats++;
    c.set('question', request.messages.at(-1)!.content);

    const controller = new AbortController();
    const clientSignal = c.req.raw.signal;
    const onClientAbort = () => controller.abort(new DOMException('client gone', 'AbortError'));
    if (clientSignal.aborted) onClientAbort();
    clientSignal.addEventListener('abort', onClientAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('request timeout', 'TimeoutError'));
    }, requestTimeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      clientSignal.removeEventListener('abort', onClientAbort);
    };

    const accept = c.req.header('accept') ?? '';
    if (/application\/json/i.test(accept) && !/text\/event-stream/i.test(accept)) {
      try {
        const result = await a.answer(request, { signal: controller.signal });
        c.set('kind', result.kind);
        return c.json(result);
      } catch (e) {
        if (timedOut) return error(c, 504, 'timeout', `No answer within ${requestTimeoutMs / 1000} seconds.`);
        if (controller.signal.aborted) {
          stats.aborted++;
          return c.body(null, 499 as 400);
        }
        throw e;
      } finally {
        cleanup();
      }
    }

    return streamSSE(c, async (stream) => {
      stream.onAbort(onClientAbort);
      try {
        for await (const event of a.stream(request, { signal: controller.signal })) {
          if (controller.signal.aborted) break;
          if (event.type === 'meta') {
            c.set('kind', event.kind);
            await stream.writeSSE({ event: 'meta', data: JSON.stringify({ id: event.id, kind: event.kind, citations: event.citations }) });
          } else if (event.type === 'token') {
            await stream.writeSSE({ event: 'token', data: JSON.stringify({ text: event.text }) });
          } else {
            await stream.writeSSE({
              event: 'done',
              data: JSON.stringify({ id: event.id, citations: event.citations, ...(event.fallback ? { fallback: true } : {}) }),
            });
          }
        }
      } catch (e) {
        if (timedOut) {
          await stream.writeSSE({ event: 'error', data: JSON.stringify({ error: 'timeout', message: `No answer within ${requestTimeoutMs / 1000} seconds.` }) });
        } else if (!controller.signal.aborted) {
          options.log?.(`chat error: ${(e as Error).name}: ${(e as Error).message}`);
          await stream.writeSSE({ event: 'error', data: JSON.stringify({ error: 'internal_error', message: 'The assistant failed to answer. Please try again.' }) });
        }
      } finally {
        const aborted = controller.signal.aborted && !timedOut;
        if (aborted) stats.aborted++;
        cleanup();
        logLine(c, 200, c.get('started') ?? performance.now(), aborted ? ' aborted' : timedOut ? ' timeout' : '');
      }
    });
  });

  app.post('/api/feedback', limiter(options.feedbackRateLimit, { limit: 60, windowMs: 60_000 }, 'feedback'), limitBody, async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = feedbackRequestSchema.safeParse(body.value);
    if (!parsed.success) return invalid(c, parsed.error.issues);
    if (parsed.data.useful) stats.feedback.useful++;
    else stats.feedback.notUseful++;
    return c.json({ recorded: true as const });
  });

  for (const path of ['/api/chat', '/api/feedback']) {
    app.all(path, (c) => {
      c.header('allow', 'POST, OPTIONS');
      return error(c, 405, 'method_not_allowed', `${c.req.method} is not allowed on ${path}: use POST.`);
    });
  }
  app.all('/api/*', (c) => error(c, 404, 'not_found', `No API at ${c.req.path}: the assistant answers POST /api/chat and POST /api/feedback.`));

  return { app, stats };
}
