/**
 * `npm start`: serves the demo sites, the widgets, the demo federation's pages and the assistant on
 * http://localhost:8080. Port: `--port N` or `PORT`; host: `HOST` (default 127.0.0.1). The assistant
 * answers offline unless a model is configured (see src/config.ts).
 */
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { configFromEnv } from '../config.js';
import { createAssistant } from '../load.js';
import { createApp } from './app.js';
import { newsletterConfigFromEnv, type BrevoConfig } from './newsletter.js';
import { httpAddress, parsePort } from './address.js';
import { applyServerTimeouts } from './timeouts.js';

let port: number;
try {
  const { values } = parseArgs({ options: { port: { type: 'string' } } });
  port = parsePort([['--port', values.port], ['PORT', process.env.PORT]], 8080);
} catch (error) {
  // parseArgs's own errors ("Unknown option '--prot'") as one line, not a stack trace.
  console.error(`msp-kit: ${(error as Error).message}. Usage: npm start [-- --port <n>]`);
  process.exit(1);
}
const hostname = process.env.HOST ?? '127.0.0.1';

let env: ReturnType<typeof configFromEnv>;
let brevo: BrevoConfig | undefined;
try {
  env = configFromEnv();
  brevo = newsletterConfigFromEnv();
} catch (error) {
  console.error(`msp-kit: ${(error as Error).message}`);
  process.exit(1);
}
const { config, notes } = env;
const assistant = createAssistant({
  ...(config.model ? { model: config.model } : {}),
  ...(config.embeddings ? { embeddings: config.embeddings } : {}),
  onCallNumber: config.onCallNumber,
  ...(config.siteUrl ? { siteUrl: config.siteUrl } : {}),
  warn: (line) => console.warn(`msp-assistant: ${line}`),
});

const app = createApp({
  assistant,
  // Without BREVO_*, the demo's forms still answer: sign-ups are checked, then dropped.
  newsletter: {
    brevo: brevo ?? 'demo',
    allowedOrigins: config.allowedOrigins,
    trustProxy: config.trustProxy,
    log: (line) => console.log(line),
  },
  api: {
    allowedOrigins: config.allowedOrigins,
    rateLimit: config.rateLimit,
    trustProxy: config.trustProxy,
    logMessages: config.logMessages,
    log: (line) => console.log(line),
  },
});

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  const shown = hostname === '127.0.0.1' || hostname === '::1' ? 'localhost' : hostname;
  console.log(`msp-kit demo: ${httpAddress(shown, info.port)}/  (Ctrl+C to stop)`);
  for (const note of notes) console.log(`msp-assistant: ${note}`);
  console.log(
    brevo
      ? 'msp-kit: newsletter relay on POST /api/newsletter (Brevo)'
      : 'msp-kit: newsletter relay in demo mode: sign-ups are checked, then dropped (set BREVO_* to send them to Brevo)',
  );
});
applyServerTimeouts(server);

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`msp-kit: port ${port} is already in use. Try another one: PORT=${port + 1} npm start`);
  } else {
    console.error(`msp-kit: the server could not start on ${hostname} (HOST), port ${port}: ${error.message}`);
  }
  process.exit(1);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
