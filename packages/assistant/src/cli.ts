/**
 * msp-assistant: build an index, serve the chat API, ask a question.
 *
 *   msp-assistant ingest <folder|file|url>... --out index.json
 *   msp-assistant serve [--port 8787] [--host 127.0.0.1] [--index index.json] [--origins https://a.fr,https://b.fr] [--site-url https://www.ma-federation.fr]
 *   msp-assistant ask "question" [--json] [--index index.json] [--locale fr|en]
 *
 * Run from the repository: node --import tsx packages/assistant/src/cli.ts <command> …
 */
import { realpathSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { configFromEnv, parseOrigins, parseSiteUrl, type AssistantEnvConfig } from './config.js';
import { createAssistant } from './load.js';
import { ingest } from './rag/ingest.js';
import { KnowledgeIndex } from './rag/knowledge-index.js';
import { httpAddress, parsePort } from './server/address.js';
import { createApp } from './server/app.js';
import { newsletterConfigFromEnv, type BrevoConfig } from './server/newsletter.js';
import { applyServerTimeouts } from './server/timeouts.js';

const USAGE = `msp-assistant — the msp-kit assistant: grounded French answers over a federation's pages.

Usage:
  msp-assistant ingest <folder|file|url>... --out <index.json> [options]
      Reads Markdown and HTML folders or files, web pages, or whole sites from their sitemap.xml
      (same origin only, robots.txt respected), and writes an index file.
      --out <file>          index file to write (required)
      --faq <file>          curated FAQ (default: faq.json at the root of an input folder)
      --no-faq              no FAQ
      --federation <file>   the federation's names, region and contact page (default: federation.json
                            at the root of an input folder, see packages/assistant/content/README.md)
      --base-url <url>      URL prefix of local pages without a "url" in their front matter
      --max-pages <n>       most pages read from one sitemap (default 1000)
      --concurrency <n>     simultaneous requests to a site (default 2)

  msp-assistant serve [options]
      Serves POST /api/chat, POST /api/feedback and GET /healthz; with BREVO_* set, also the
      newsletter relay, POST /api/newsletter.
      --port <n>            port (default PORT or 8787)
      --host <address>      address to listen on (default HOST or 127.0.0.1)
      --index <file>        index file (default: built at start from the package's content)
      --content <folder>    content folder to index at start instead (repeatable)
      --origins <list>      origins allowed to call the API from a browser, comma-separated
                            (default ALLOWED_ORIGINS)
      --site-url <url>      the federation website's address: page urls such as /federation/msp.html
                            are sent as https://…/federation/msp.html (default MSP_ASSISTANT_SITE_URL;
                            without it, the chat element resolves them against the page it is on)
      --pages <folder>      also show this folder's Markdown pages at their front-matter url, as the
                            demo does (a trial; with --site-url set to this server's address)

  msp-assistant ask "<question>" [options]
      Answers one question.
      --json                print { kind, lang, text, parts, citations } as JSON
      --index <file>        index file (default: the package's content)
      --locale <fr|en>      language of the assistant's own messages (default fr)
      --site-url <url>      the federation website's address, for the sources' urls

Offline unless a model is configured: MSP_ASSISTANT_MODEL with OPENAI_API_KEY and/or OPENAI_BASE_URL.
Every setting: README.md at the root of msp-kit, section "The assistant (@msp-kit/assistant)".`;

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function envConfig(): { config: AssistantEnvConfig; notes: string[] } {
  try {
    return configFromEnv();
  } catch (error) {
    return fail((error as Error).message);
  }
}

/** The configuration with `--site-url`, when given, in place of MSP_ASSISTANT_SITE_URL. */
function withSiteUrl(config: AssistantEnvConfig, value: string | undefined): AssistantEnvConfig {
  if (value === undefined) return config;
  try {
    return { ...config, siteUrl: parseSiteUrl(value) };
  } catch (error) {
    return fail(`--site-url: ${(error as Error).message}`);
  }
}

/** The assistant of `serve` and `ask`: from `--index` or `--content`, with the model from the environment. */
async function loadAssistant(
  values: { index?: string; content?: string[] },
  config: AssistantEnvConfig,
  warn: (line: string) => void,
): Promise<Awaited<ReturnType<typeof createAssistant>> | undefined> {
  try {
    return await createAssistant({
      ...(values.index ? { indexFile: values.index } : {}),
      ...(values.content?.length ? { inputs: values.content } : {}),
      ...(config.model ? { model: config.model } : {}),
      ...(config.embeddings ? { embeddings: config.embeddings } : {}),
      onCallNumber: config.onCallNumber,
      ...(config.siteUrl ? { siteUrl: config.siteUrl } : {}),
      warn,
    });
  } catch (error) {
    console.error(`msp-assistant: ${(error as Error).message}`);
    return undefined;
  }
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a whole number of at least 1 (got "${value}")`);
  return n;
}

async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      faq: { type: 'string' },
      'no-faq': { type: 'boolean' },
      federation: { type: 'string' },
      'base-url': { type: 'string' },
      'max-pages': { type: 'string' },
      concurrency: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (positionals.length === 0) fail('ingest needs at least one folder, file or URL');
  if (!values.out) fail('ingest needs --out <index.json>');
  const maxPages = positiveInt(values['max-pages'], 'max-pages');
  const concurrency = positiveInt(values.concurrency, 'concurrency');
  const started = performance.now();
  const result = await ingest(positionals, {
    ...(values['no-faq'] ? { faq: false as const } : values.faq ? { faq: values.faq } : {}),
    ...(values.federation ? { site: values.federation } : {}),
    ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
    ...(maxPages ? { maxPages } : {}),
    ...(concurrency ? { concurrency } : {}),
    onProgress: values.quiet ? undefined : (line) => console.error(line),
  });
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  if (result.pages.length === 0) {
    console.error(`msp-assistant: no page could be read (${result.skipped.length} skipped); nothing written.`);
    return 1;
  }
  const index = await KnowledgeIndex.build(result.pages, { faq: result.faq, inputs: positionals, site: result.site });
  await writeFile(values.out, JSON.stringify(index.toJSON()));
  console.log(
    `indexed ${index.pages.length} pages, ${index.chunks.length} chunks, ${index.faq.length} FAQ entries → ${values.out}` +
      ` (${Math.round(performance.now() - started)} ms; ${result.skipped.length} skipped)`,
  );
  if (result.skipped.length) {
    console.log('skipped:');
    for (const s of result.skipped) console.log(`  ${s.source}: ${s.reason}`);
  }
  return 0;
}

async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      index: { type: 'string' },
      content: { type: 'string', multiple: true },
      origins: { type: 'string' },
      'site-url': { type: 'string' },
      pages: { type: 'string' },
    },
  });
  let port = 8787;
  try {
    port = parsePort([['--port', values.port], ['PORT', process.env.PORT]], 8787);
  } catch (error) {
    fail((error as Error).message);
  }
  const hostname = values.host ?? process.env.HOST ?? '127.0.0.1';
  if (values.pages !== undefined && !statSync(values.pages, { throwIfNoEntry: false })?.isDirectory()) {
    fail(`--pages: "${values.pages}" is not a folder`);
  }
  const env = envConfig();
  const config = withSiteUrl(env.config, values['site-url']);
  const notes = env.notes;
  let origins = config.allowedOrigins;
  if (values.origins !== undefined) {
    try {
      origins = parseOrigins(values.origins);
    } catch (error) {
      fail(`--origins: ${(error as Error).message}`);
    }
  }
  let brevo: BrevoConfig | undefined;
  try {
    brevo = newsletterConfigFromEnv();
  } catch (error) {
    fail((error as Error).message);
  }
  const assistant = await loadAssistant(values, config, (line) => console.warn(`msp-assistant: ${line}`));
  if (!assistant) return 1;
  const app = createApp({
    assistant,
    serveDemo: false,
    contentPagesDir: values.pages ?? false,
    // Only when configured: a site's form then says it is not set up, rather than a demo dropping sign-ups.
    newsletter: brevo ? { brevo, allowedOrigins: origins, trustProxy: config.trustProxy, log: (line) => console.log(line) } : false,
    api: {
      allowedOrigins: origins,
      rateLimit: config.rateLimit,
      trustProxy: config.trustProxy,
      logMessages: config.logMessages,
      log: (line) => console.log(line),
    },
  });
  return new Promise<number>((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      console.log(`msp-assistant: ${httpAddress(hostname, info.port)}/api/chat (Ctrl+C to stop)`);
      console.log(
        `msp-assistant: ${assistant.index.pages.length} pages, ${assistant.index.chunks.length} chunks, ${assistant.index.faq.length} FAQ entries; ` +
          `origins: ${origins.length ? origins.join(', ') : 'same origin only'}`,
      );
      for (const note of notes) console.log(`msp-assistant: ${note}`);
      if (config.siteUrl) console.log(`msp-assistant: sources' page paths sent as addresses on ${config.siteUrl}`);
      if (brevo) console.log(`msp-assistant: newsletter relay on ${httpAddress(hostname, info.port)}/api/newsletter (Brevo list ${brevo.listId})`);
    });
    applyServerTimeouts(server);
    server.on('error', (error: NodeJS.ErrnoException) => {
      console.error(
        error.code === 'EADDRINUSE' ? `msp-assistant: port ${port} is already in use (try --port ${port + 1})` : `msp-assistant: the server could not start on ${hostname} (--host or HOST), port ${port}: ${error.message}`,
      );
      resolve(1);
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => resolve(0)));
  });
}

async function askCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      index: { type: 'string' },
      content: { type: 'string', multiple: true },
      locale: { type: 'string' },
      'site-url': { type: 'string' },
    },
  });
  const question = positionals.join(' ').trim();
  if (!question) fail('ask needs a question, e.g. msp-assistant ask "Comment créer une MSP ?"');
  if ([...question].length > 2000) fail('the question is longer than 2,000 characters');
  if (values.locale !== undefined && values.locale !== 'fr' && values.locale !== 'en') fail('--locale must be fr or en');
  const locale: 'fr' | 'en' = values.locale === 'en' ? 'en' : 'fr';
  const config = withSiteUrl(envConfig().config, values['site-url']);
  // Notes go to stderr: stdout holds the answer (JSON with --json).
  const assistant = await loadAssistant(values, config, (line) => console.error(`msp-assistant: ${line}`));
  if (!assistant) return 1;
  const request = { messages: [{ role: 'user' as const, content: question }], locale };
  if (values.json) {
    const { kind, lang, text, parts, citations } = await assistant.answer(request);
    console.log(JSON.stringify({ kind, lang, text, parts, citations }, null, 2));
    return 0;
  }
  let citations: { n: number; title: string; url: string; lang?: string }[] = [];
  for await (const event of assistant.stream(request)) {
    if (event.type === 'token') process.stdout.write(event.text);
    else if (event.type === 'done') citations = event.citations;
  }
  process.stdout.write('\n');
  if (citations.length) {
    console.log('\nSources :');
    for (const c of citations) console.log(`  [${c.n}] ${c.title} — ${c.url}`);
  }
  return 0;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'ingest':
        return await ingestCommand(rest);
      case 'serve':
        return await serveCommand(rest);
      case 'ask':
        return await askCommand(rest);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        console.log(USAGE);
        return command === undefined ? 1 : 0;
      default:
        fail(`unknown command "${command}" (ingest, serve or ask)`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`msp-assistant: ${(error as Error).message}\nRun "msp-assistant --help" for usage.`);
      return 2;
    }
    console.error(`msp-assistant: ${(error as Error).message}`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) process.exitCode = await main(process.argv.slice(2));
