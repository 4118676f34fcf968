/**
 * The chat API on Hono: POST /api/chat (Server-Sent Events, or JSON with `Accept: application/json`)
 * and POST /api/feedback. Origin allow-list with CORS, rate limit per client, body size limit,
 * timeouts, work stopped when the client goes away, a 4xx with a clear JSON reason for every bad
 * input, and no message contents in the logs unless asked.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { chatRequestSchema, feedbackRequestSchema } from '../protocol.js';
import type { Assistant, AnswerKind } from '../rag/assistant.js';
import { CLIENT_CLOSED_REQUEST, clientClosedRequest, createGuards, error, methodNotAllowed } from './guards.js';
import type { RateLimit, RateLimitStore } from './rate-limit.js';


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
  /** Reverse proxies whose X-Forwarded-For (and -Host) are trusted (default 0). */
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

export function createApi(options: ApiOptions): { app: Hono<Env>; stats: ApiStats } {
  const app = new Hono<Env>();
  const stats: ApiStats = { chats: 0, aborted: 0, rateLimited: 0, feedback: { useful: 0, notUseful: 0 } };
  const requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
  let assistant: Assistant | undefined;
  const assistantPromise = Promise.resolve(options.assistant).then(
    (a) => (assistant = a),
    (e: unknown) => {
      // Said here, for the site's owner; visitors get a fixed message (no file path, no detail).
      options.log?.(`assistant unavailable: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    },
  );

  // The path comes decoded: a line break in it (%0a) would write a forged line in the log.
  // Spaces too: a path with " 200 3ms kind=answer" in it would pass for a field of the line; and
  // invisible format characters (a right-to-left override, a zero-width space), which would show the
  // line otherwise than it is.
  const loggable = (path: string) => path.replace(/[\p{Cc}\p{Cf}\p{Z}]/gu, encodeURIComponent);
  const logLine = (c: Context<Env>, status: number, started: number, suffix = '') => {
    if (!options.log) return;
    const kind = c.get('kind');
    const question = options.logMessages ? c.get('question') : undefined;
    options.log(
      `${c.req.method} ${loggable(c.req.path)} ${status} ${Math.round(performance.now() - started)}ms` +
        (kind ? ` kind=${kind}` : '') +
        (status === CLIENT_CLOSED_REQUEST ? ' aborted' : '') +
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

  const { originGuard, limiter, limitBody, readJson, invalid } = createGuards({
    ...options,
    onRateLimited: () => stats.rateLimited++,
  });
  app.use('/api/*', originGuard);

  async function ready(c: Context): Promise<Assistant | Response> {
    await assistantPromise;
    if (assistant) return assistant;
    return error(c, 503, 'unavailable', 'The assistant is not available; the server’s log says why.');
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
          return clientClosedRequest();
        }
        throw e;
      } finally {
        cleanup();
      }
    }

    // A reverse proxy that buffers the response would hold the events and deliver the answer at
    // once (nginx does when it gzips event streams): this header asks nginx to pass each event on.
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      stream.onAbort(onClientAbort);
      try {
        for await (const event of a.stream(request, { signal: controller.signal })) {
          if (controller.signal.aborted) break;
          if (event.type === 'meta') {
            c.set('kind', event.kind);
            await stream.writeSSE({ event: 'meta', data: JSON.stringify({ id: event.id, kind: event.kind, citations: event.citations, lang: event.lang, questionLang: event.questionLang }) });
          } else if (event.type === 'token') {
            await stream.writeSSE({ event: 'token', data: JSON.stringify(event.lang ? { text: event.text, lang: event.lang } : { text: event.text }) });
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
    app.all(path, (c) => methodNotAllowed(c, path, 'POST, OPTIONS'));
  }
  app.all('/api/*', (c) => error(c, 404, 'not_found', `No API at ${c.req.path}: the assistant answers POST /api/chat and POST /api/feedback.`));

  return { app, stats };
}
