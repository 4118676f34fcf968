/**
 * What every public route of the msp-kit server checks before doing any work: the browser origin
 * (allow-list and CORS), a rate limit per client, the body size, and a JSON body. Every refusal is a
 * 4xx with `{ error, message }` that says what to change. Shared by the chat API and the
 * newsletter relay.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { ErrorBody } from '../protocol.js';
import { MemoryRateLimitStore, type RateLimit, type RateLimitStore } from './rate-limit.js';

export type ErrorStatus = 400 | 403 | 404 | 405 | 413 | 415 | 429 | 502 | 503 | 504;

/**
 * Status of a request whose client went away before it could be answered (nginx's "499 Client Closed
 * Request"): nobody reads the response; the status is for the log line.
 */
export const CLIENT_CLOSED_REQUEST = 499;

export function clientClosedRequest(): Response {
  return new Response(null, { status: CLIENT_CLOSED_REQUEST });
}

export function error(c: Context, status: ErrorStatus, code: string, message: string, issues?: ErrorBody['issues']) {
  const body: ErrorBody = { error: code, message, ...(issues ? { issues } : {}) };
  return c.json(body, status);
}

/** 405 for a method `path` does not take, with the methods it does (`Allow`, the first one to use). */
export function methodNotAllowed(c: Context, path: string, allow: string) {
  c.header('Allow', allow);
  return error(c, 405, 'method_not_allowed', `${c.req.method} is not allowed on ${path}: use ${allow.split(',')[0]}.`);
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

/**
 * The key a client is counted under: its address, or for IPv6 its /64 network, since one line or
 * one server gets a whole /64 and may change its address within it at will.
 */
export function clientNetwork(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

export interface GuardOptions {
  /** Origins allowed to call from a browser besides the server's own ("*" for any). */
  allowedOrigins?: readonly string[];
  /** Reverse proxies whose X-Forwarded-For (and -Host) are trusted (default 0). */
  trustProxy?: number;
  /** Shared store for several instances (default: in memory). */
  rateLimitStore?: RateLimitStore;
  /** Largest request body in bytes (default 128 KiB). */
  bodyLimitBytes?: number;
  /** Told of each request refused by the rate limit. */
  onRateLimited?: () => void;
}

export interface Guards {
  /** Refuses browsers from origins not allowed (403) and answers CORS preflights for the others. */
  originGuard: MiddlewareHandler;
  /** At most `rule.limit` requests per client per window (429 with Retry-After); `false` disables. */
  limiter: (limit: RateLimit | false | undefined, fallback: RateLimit, bucket: string) => MiddlewareHandler;
  /** 413 for a body over the limit. */
  limitBody: MiddlewareHandler;
  /** Reads a JSON body; a Response (415 or 400) for anything else, 499 when the body cannot be read (client gone). */
  readJson: (c: Context) => Promise<{ ok: true; value: unknown } | { ok: false; response: Response }>;
  /** 400 listing a schema's issues. */
  invalid: (c: Context, issues: readonly { path: PropertyKey[]; message: string }[]) => Response;
  /** The rate limits' store (the given one, or one in memory), for counts of a route's own. */
  store: RateLimitStore;
}

export function createGuards(options: GuardOptions = {}): Guards {
  const allowed = new Set(options.allowedOrigins ?? []);
  const anyOrigin = allowed.has('*');
  const trustProxy = options.trustProxy ?? 0;
  const store = options.rateLimitStore ?? new MemoryRateLimitStore();
  const maxBody = options.bodyLimitBytes ?? 128 * 1024;

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

  // Origin allow-list and CORS.
  const originGuard: MiddlewareHandler = async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined) {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { allow: 'POST, OPTIONS' });
      return next();
    }
    // Readable by a refused page too, so that its widget can say why instead of "network error".
    c.header('access-control-allow-origin', origin);
    c.header('vary', 'Origin');
    // A browser asks first (preflight) for a JSON POST, and shows the page nothing of a refused
    // preflight but a network error: every origin may ask, and the request itself is refused below.
    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'content-type, accept',
        'access-control-max-age': '600',
      });
    }
    if (!originAllowed(c, origin)) {
      return error(
        c,
        403,
        'origin_not_allowed',
        `Requests from ${origin} are not allowed: add this origin to ALLOWED_ORIGINS (or --origins) on the msp-kit server.`,
      );
    }
    await next();
    c.res.headers.set('access-control-allow-origin', origin);
    // Once: the header set above may be in the response already.
    if (!/(^|,)\s*origin\s*(,|$)/i.test(c.res.headers.get('vary') ?? '')) c.res.headers.append('vary', 'Origin');
    c.res.headers.set('access-control-expose-headers', 'retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset');
  };
  const limiter = (limit: RateLimit | false | undefined, fallback: RateLimit, bucket: string): MiddlewareHandler => {
    const rule = limit === undefined ? fallback : limit;
    return async (c, next) => {
      if (!rule) return next();
      const { count, resetAt } = await store.hit(`${bucket}:${clientNetwork(clientAddress(c, trustProxy))}`, rule.windowMs);
      const reset = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
      c.header('ratelimit-limit', String(rule.limit));
      c.header('ratelimit-remaining', String(Math.max(0, rule.limit - count)));
      c.header('ratelimit-reset', String(reset));
      if (count > rule.limit) {
        options.onRateLimited?.();
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

  const checkBodySize = bodyLimit({
    maxSize: maxBody,
    onError: (c) => {
      // The unread body stays on the socket: the connection cannot be reused.
      c.header('connection', 'close');
      return error(c, 413, 'payload_too_large', `The request body is larger than ${Math.round(maxBody / 1024)} KiB.`);
    },
  });
  // Without Content-Length (chunked), bodyLimit reads the body itself: a client that goes away
  // mid-upload, or a broken chunked encoding, fails that read. Errors of the routes after it are theirs.
  const limitBody: MiddlewareHandler = async (c, next) => {
    let bodyRead = false;
    try {
      return await checkBodySize(c, async () => {
        bodyRead = true;
        await next();
      });
    } catch (e) {
      if (bodyRead) throw e;
      return clientClosedRequest();
    }
  };

  /** Reads and validates a JSON body; returns a Response for bad input. */
  async function readJson(c: Context): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
    // Exactly application/json, parameters allowed ("; charset=utf-8"): not application/json-patch+json.
    const [type = '', ...parameters] = (c.req.header('content-type') ?? '').split(';');
    if (type.trim().toLowerCase() !== 'application/json') {
      return { ok: false, response: error(c, 415, 'unsupported_media_type', 'Send the body as JSON with "Content-Type: application/json".') };
    }
    // JSON is UTF-8 (RFC 8259): a body declared in another charset would be read wrong, its accents
    // garbled, rather than refused.
    const charset = parameters.map((p) => p.split('=')).find(([name]) => name?.trim().toLowerCase() === 'charset')?.[1];
    // (US-ASCII is UTF-8 too.)
    if (charset !== undefined && !/^\s*"?(utf-?8|us-ascii)"?\s*$/i.test(charset)) {
      return { ok: false, response: error(c, 415, 'unsupported_media_type', `Send the body in UTF-8, not charset=${charset.trim().slice(0, 40) || '(empty)'}.`) };
    }
    let text: string;
    try {
      text = await c.req.text();
    } catch {
      // The client closed the connection mid-upload, or Node's parser refused the body (bad chunked
      // encoding) and closed it: no one is left to answer, and it is not a server failure.
      return { ok: false, response: clientClosedRequest() };
    }
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

  return { originGuard, limiter, limitBody, readJson, invalid, store };
}
