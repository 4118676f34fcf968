/**
 * The msp-kit server: a small Hono app. Today it serves the demo sites and the widgets' CDN
 * bundles; the assistant's chat API is mounted on the same app.
 */
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export interface ServerOptions {
  /** Folder of the demo sites (default: the repository's `demo/`). */
  demoDir?: string;
  /** Folder of the widgets' CDN bundles, served under `/cdn/widgets/` (default: `packages/widgets/dist/cdn`). */
  widgetsCdnDir?: string;
}

export function createApp(options: ServerOptions = {}): Hono {
  const demoDir = options.demoDir ?? `${repoRoot}demo`;
  const widgetsCdnDir = options.widgetsCdnDir ?? `${repoRoot}packages/widgets/dist/cdn`;
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.use(
    '/cdn/widgets/*',
    serveStatic({ root: widgetsCdnDir, rewriteRequestPath: (path) => path.replace(/^\/cdn\/widgets/, '') }),
  );
  app.use('/*', serveStatic({ root: demoDir }));

  app.notFound((c) => c.text('Not found', 404));
  return app;
}
