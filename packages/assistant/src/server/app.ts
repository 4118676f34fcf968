/**
 * The msp-kit server: a small Hono app. It serves the demo sites, the widgets' CDN bundles, the demo
 * federation's content pages (the pages the assistant cites) and the assistant's chat API.
 */
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import type { Assistant } from '../rag/assistant.js';
import { DEFAULT_CONTENT_DIR } from '../rag/ingest.js';
import { createAssistant } from '../load.js';
import { createApi, type ApiOptions, type ApiStats } from './api.js';
import { methodNotAllowed } from './guards.js';
import { federationPages } from './pages.js';
import { newsletterRelay, type NewsletterRelayOptions } from './newsletter.js';

// For entries of one's own (README, "Several instances"): the relay's settings from BREVO_*, and
// the limits on slow clients that the built-in servers apply.
export { newsletterConfigFromEnv, type BrevoConfig, type NewsletterRelayOptions } from './newsletter.js';
export { applyServerTimeouts } from './timeouts.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export interface ServerOptions {
  /** Folder of the demo sites (default: the repository's `demo/`). */
  demoDir?: string;
  /** Folder of the widgets' CDN bundles, served under `/cdn/widgets/` (default: `packages/widgets/dist/cdn`). */
  widgetsCdnDir?: string;
  /** Serve the demo sites and the widgets' bundles (default true; `msp-assistant serve` turns it off). */
  serveDemo?: boolean;
  /**
   * The assistant behind `/api/chat` (or its promise). Default: built at start from the package's
   * content, offline. `false`: no API.
   */
  assistant?: Assistant | Promise<Assistant> | false;
  /** Origins, rate limits, logging… of the API. */
  api?: Omit<ApiOptions, 'assistant'>;
  /** The newsletter relay (`POST /api/newsletter` to Brevo); absent or `false`: not mounted. */
  newsletter?: NewsletterRelayOptions | false;
  /** Content folder whose Markdown pages are served at their front-matter `url` (default: the package's content). `false`: none. */
  contentPagesDir?: string | false;
}

export interface ServerApp extends Hono {
  /** Counters of the chat API (absent without assistant). */
  assistantStats?: ApiStats;
}

/**
 * An HTTP date's time (RFC 9110: the IMF-fixdate, or the obsolete RFC 850 and asctime forms, which
 * is in GMT though it does not say so), or NaN: Date.parse alone would read "2100" as one.
 */
function httpDate(value = ''): number {
  if (/^\w{3}, \d{2} \w{3} \d{4} [\d:]{8} GMT$|^\w{6,9}, \d{2}-\w{3}-\d{2} [\d:]{8} GMT$/.test(value)) return Date.parse(value);
  return /^\w{3} \w{3} [ \d]\d [\d:]{8} \d{4}$/.test(value) ? Date.parse(`${value} GMT`) : NaN;
}

export function createApp(options: ServerOptions = {}): ServerApp {
  const demoDir = options.demoDir ?? `${repoRoot}demo`;
  const widgetsCdnDir = options.widgetsCdnDir ?? `${repoRoot}packages/widgets/dist/cdn`;
  const app: ServerApp = new Hono();
  // The usual protections, with what embedding needs: other sites load the widgets' files and call
  // the API (cross-origin resources), map tiles need the page's origin as referrer (OpenStreetMap's
  // policy). HSTS is the HTTPS front's business (this server may run on plain HTTP behind it).
  // The pages served here get the strict policy the README proposes to sites (no inline script or
  // style), with OpenStreetMap's tiles for the directory's map.
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https://tile.openstreetmap.org'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
      crossOriginResourcePolicy: 'cross-origin',
      referrerPolicy: 'strict-origin-when-cross-origin',
      strictTransportSecurity: false,
      xDnsPrefetchControl: false,
    }),
  );
  // Pages and bundles over 1 KB are sent gzipped to browsers that accept it (the widgets' bundle
  // is a third of its size so). The API is not: server-sent events must not wait, and a JSON answer
  // (about 600 B, sent without a length, so the threshold did not apply) cost a third of the
  // server's throughput to save a few hundred bytes.
  const gzip = compress();
  app.use((c, next) => (c.req.path.startsWith('/api/') ? next() : gzip(c, next)));
  // serveStatic says when a file changed (Last-Modified) but always sends it whole: a browser that
  // checks its copy of a page or of an entry (no-cache) downloaded it again at every visit.
  app.use(async (c, next) => {
    await next();
    const since = httpDate(c.req.header('if-modified-since'));
    const modified = Date.parse(c.res.headers.get('last-modified') ?? '');
    // If-None-Match takes precedence (RFC 9110; the federation's pages answer it themselves). A
    // Range is read after this condition: a current copy gets 304, not a part of the file (nor 416).
    if (![200, 206, 416].includes(c.res.status) || c.req.header('if-none-match') !== undefined || !(modified <= since)) return;
    // The file's stream is open: left unread, each 304 would hold a file descriptor.
    await c.res.body?.cancel();
    c.res = new Response(null, { status: 304, headers: c.res.headers });
    c.res.headers.delete('content-length');
    c.res.headers.delete('content-range');
  });
  // Answers are for one visitor: no cache, shared or not, keeps them.
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  // Before the chat API, whose catch-all answers every other /api/ path.
  if (options.newsletter) app.route('/', newsletterRelay(options.newsletter));

  let assistant: Assistant | undefined;
  let assistantFailed = false;
  const source = options.assistant === undefined ? createAssistant() : options.assistant;
  if (source !== false) {
    // A failed build is reported by the API (503); keep the process alive for the demo pages.
    const promise = Promise.resolve(source).then(
      (a) => (assistant = a),
      (e: unknown) => {
        assistantFailed = true;
        throw e;
      },
    );
    promise.catch(() => undefined);
    const api = createApi({ ...options.api, assistant: promise });
    app.assistantStats = api.stats;
    app.route('/', api.app);
  }

  app.get('/healthz', (c) => {
    // Probes want the state now, not a proxy's copy.
    c.header('Cache-Control', 'no-store');
    if (source === false) return c.json({ status: 'ok' });
    if (!assistant) return c.json({ status: 'ok', assistant: { status: assistantFailed ? 'failed' : 'starting' } });
    return c.json({
      status: 'ok',
      assistant: {
        status: 'ready',
        mode: assistant.mode,
        retrieval: assistant.retrieval,
        pages: assistant.index.pages.length,
        chunks: assistant.index.chunks.length,
        faq: assistant.index.faq.length,
        feedback: app.assistantStats?.feedback,
      },
    });
  });
  app.all('/healthz', (c) => methodNotAllowed(c, '/healthz', 'GET, HEAD'));

  const contentPagesDir = options.contentPagesDir === undefined ? DEFAULT_CONTENT_DIR : options.contentPagesDir;
  if (contentPagesDir) {
    app.route('/', federationPages(contentPagesDir));
    // The pages' stylesheet and icon, also when the demo is not served (`serve --pages`).
    if (options.serveDemo === false) for (const file of ['/demo.css', '/favicon.svg']) app.get(file, serveStatic({ root: demoDir }));
  }

  if (options.serveDemo !== false) {
    // Pages of other sites load these scripts as modules, which the browser fetches with CORS: any
    // origin may (public files, no cookie). A chunk (lazy/, shared/, the core) has its content's hash
    // in its name and never changes; an entry (msp-widgets.js, integrity.json) is checked again each
    // time, as a new build replaces it.
    app.use('/cdn/widgets/*', async (c, next) => {
      await next();
      if (!c.res.ok) return;
      c.res.headers.set('Access-Control-Allow-Origin', '*');
      const hashed = /^\/cdn\/widgets\/(lazy\/|shared\/|msp-widgets-core-)/.test(c.req.path);
      c.res.headers.set('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    });
    app.use(
      '/cdn/widgets/*',
      serveStatic({ root: widgetsCdnDir, rewriteRequestPath: (path) => path.replace(/^\/cdn\/widgets/, '') }),
    );
    app.use('/*', serveStatic({ root: demoDir }));
  }

  app.notFound((c) => c.text('Not found', 404));
  return app;
}
