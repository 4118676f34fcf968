// A web-test-runner plugin that runs the REAL assistant server for the <msp-assistant> tests: the
// msp-kit app (packages/assistant/src/server/app.ts: the chat API with its origin allow-list, rate
// limit and SSE, and the demo federation's content pages the citations link to) with the offline
// assistant built from the package's content, listening on 127.0.0.1. It runs in this process,
// the TypeScript loaded through tsx's scoped `register()`, so the index is built once and a restart
// takes milliseconds (the port is kept, so an element's endpoint stays valid across restarts).
//
// Commands, from a test: `await executeServerCommand('assistant-start', { … })` (@web/test-runner-commands)
//   assistant-start  { rateLimit?: { limit, windowMs } | false (default false), tokenDelayMs?: number,
//                      origins?: string[] (default: the test page's origin),
//                      siteUrl?: string (the federation website's address; default none) }
//                    → { url, pages }: the server's URL and the URLs of its content pages.
//                    Restarts the server when the options differ from the running one's.
//   assistant-stop   closes the server and every open connection (the "server went down" case) → true
//   assistant-stats  → the API's counters { chats, aborted, rateLimited, feedback: { useful, notUseful } }
//   assistant-emulate-media  [{ name, value }] → emulates CSS media features in the test's page, such as
//                    forced-colors (which @web/test-runner-commands' emulateMedia does not pass to Puppeteer)
//   assistant-block-urls  [pattern…] → the test's page fails every request matching one of them, as
//                    when the network drops (DevTools' Network.setBlockedURLs; `[]` lets them through again)
//   assistant-delay-urls  { urls: [pattern…], ms } → the test's page gets its requests matching one of
//                    them that much later, as from a slow network, its HTTP cache off meanwhile (DevTools'
//                    Fetch domain; `urls: []` for none)
//
// `tokenDelayMs` waits that long before each `token` event: offline answers are written at once, and
// the tests need to see an answer grow, or stop it midway, as they would with a model.
import { setTimeout as sleep } from 'node:timers/promises';
import { cdpSessionOf } from './cdp-session.mjs';

/** @type {WeakMap<import('puppeteer-core').CDPSession, number>} How long assistant-delay-urls holds a page's requests. */
const delays = new WeakMap();

const appModule = new URL('../../../packages/assistant/src/server/app.ts', import.meta.url).href;
const loadModule = new URL('../../../packages/assistant/src/load.ts', import.meta.url).href;
const assistantModule = new URL('../../../packages/assistant/src/rag/assistant.ts', import.meta.url).href;

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function assistantServer() {
  /** Origins of the test pages (web-test-runner's own server). */
  let pageOrigins = [];
  let tsx;
  let assistantPromise;
  let server;
  let app;
  let port = 0;
  let running;

  const assistant = () => {
    assistantPromise ??= (async () => {
      const { register } = await import('tsx/esm/api');
      tsx = register({ namespace: 'msp-assistant-wtr' });
      const { createAssistant } = await tsx.import(loadModule, import.meta.url);
      // No model option: offline answers, whatever the environment says.
      return createAssistant({});
    })();
    return assistantPromise;
  };

  /** The assistant, its `stream` slowed down to `delay` ms before each token. */
  const paced = (base, delay) => {
    if (!delay) return base;
    const slow = Object.create(base);
    slow.stream = async function* (request, options = {}) {
      for await (const event of base.stream(request, options)) {
        if (event.type === 'token') await sleep(delay, undefined, { signal: options.signal });
        yield event;
      }
    };
    return slow;
  };

  const stop = async () => {
    const current = server;
    server = undefined;
    running = undefined;
    if (!current) return;
    await new Promise((resolve) => {
      current.close(() => resolve());
      current.closeAllConnections?.();
    });
  };

  const start = async (payload = {}) => {
    const options = {
      rateLimit: payload.rateLimit ?? false,
      tokenDelayMs: payload.tokenDelayMs ?? 0,
      origins: payload.origins ?? pageOrigins,
      siteUrl: payload.siteUrl,
    };
    const key = JSON.stringify(options);
    if (server && running === key) return;
    await stop();
    let base = await assistant();
    if (options.siteUrl) {
      // The same index, answered by an assistant that knows the federation website's address.
      const { Assistant } = await tsx.import(assistantModule, import.meta.url);
      base = new Assistant({ index: base.index, siteUrl: options.siteUrl });
    }
    const { createApp } = await tsx.import(appModule, import.meta.url);
    const { serve } = await import('@hono/node-server');
    app = createApp({
      assistant: paced(base, options.tokenDelayMs),
      serveDemo: false,
      api: { allowedOrigins: options.origins, rateLimit: options.rateLimit },
    });
    const listen = (wanted) =>
      new Promise((resolve, reject) => {
        const s = serve({ fetch: app.fetch, port: wanted, hostname: '127.0.0.1' });
        s.once('listening', () => resolve(s));
        s.once('error', reject);
      });
    try {
      server = await listen(port);
    } catch (error) {
      if (port === 0) throw error;
      server = await listen(0);
    }
    port = server.address().port;
    running = key;
  };

  return {
    name: 'msp-assistant-server',

    serverStart({ config }) {
      const protocol = config.http2 ? 'https' : 'http';
      const hosts = new Set([config.hostname ?? 'localhost', 'localhost', '127.0.0.1']);
      pageOrigins = [...hosts].map((host) => `${protocol}://${host}:${config.port}`);
    },

    async serverStop() {
      await stop();
      await tsx?.unregister();
    },

    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'assistant-start': {
          await start(payload ?? {});
          const base = await assistant();
          return { url: `http://127.0.0.1:${port}`, pages: base.index.pages.map((page) => page.url) };
        }
        case 'assistant-stop':
          await stop();
          return true;
        case 'assistant-stats':
          return app?.assistantStats ?? null;
        case 'assistant-emulate-media': {
          if (session.browser.type !== 'puppeteer') throw new Error('assistant-emulate-media needs the Puppeteer (Chrome) launcher');
          await session.browser.getPage(session.id).emulateMediaFeatures(payload ?? []);
          return true;
        }
        case 'assistant-block-urls': {
          if (session.browser.type !== 'puppeteer') throw new Error('assistant-block-urls needs the Puppeteer (Chrome) launcher');
          const cdp = await cdpSessionOf(session.browser.getPage(session.id));
          await cdp.send('Network.enable');
          await cdp.send('Network.setBlockedURLs', { urls: payload ?? [] });
          return true;
        }
        case 'assistant-delay-urls': {
          if (session.browser.type !== 'puppeteer') throw new Error('assistant-delay-urls needs the Puppeteer (Chrome) launcher');
          const cdp = await cdpSessionOf(session.browser.getPage(session.id));
          const { urls = [], ms = 0 } = payload ?? {};
          const listening = delays.has(cdp);
          delays.set(cdp, ms);
          if (!listening) {
            cdp.on('Fetch.requestPaused', async ({ requestId }) => {
              await sleep(delays.get(cdp) ?? 0);
              // Gone with its page (the test ended): nothing to let through.
              await cdp.send('Fetch.continueRequest', { requestId }).catch(() => undefined);
            });
          }
          // Without the HTTP cache: a file another test file loaded would come from it, never held.
          await cdp.send('Network.enable');
          await cdp.send('Network.setCacheDisabled', { cacheDisabled: urls.length > 0 });
          if (urls.length) await cdp.send('Fetch.enable', { patterns: urls.map((urlPattern) => ({ urlPattern, requestStage: 'Request' })) });
          else await cdp.send('Fetch.disable');
          return true;
        }
        default:
          return undefined;
      }
    },
  };
}
