import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../packages/assistant/src/server/app.js';

const mainScript = new URL('../../packages/assistant/src/server/main.ts', import.meta.url).pathname;

describe('demo server', () => {
  let server: ServerType;
  let base = '';
  const cdn = mkdtempSync(join(tmpdir(), 'msp-cdn-'));
  writeFileSync(join(cdn, 'msp-widgets.js'), 'export const fixture = true;\n');
  const bigBundle = `export const words = ${JSON.stringify('Maison de santé pluriprofessionnelle. '.repeat(500))};\n`;
  writeFileSync(join(cdn, 'msp-directory.js'), bigBundle);

  before(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: createApp({ widgetsCdnDir: cdn }).fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the demo MSP page, which loads the bundle by a script tag', async () => {
    const response = await fetch(`${base}/`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    const page = await response.text();
    assert.match(page, /<script type="module" src="\/cdn\/widgets\/msp-widgets\.js"><\/script>/);
    assert.match(page, /<msp-site show-contact>/);
  });

  it('serves the widgets bundle as JavaScript', async () => {
    const response = await fetch(`${base}/cdn/widgets/msp-widgets.js`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /javascript/);
    assert.equal(await response.text(), 'export const fixture = true;\n');
  });

  it('sends bundles and pages gzipped to browsers that accept it, and the API\'s answers as they are', async () => {
    // fetch() decompresses silently: a raw request shows what travels.
    const raw = (path: string, headers: Record<string, string>, body?: string) =>
      new Promise<{ encoding?: string; vary?: string; bytes: number }>((resolve, reject) => {
        const req = httpRequest(`${base}${path}`, { method: body ? 'POST' : 'GET', headers }, (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, bytes }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const gzipped = await raw('/cdn/widgets/msp-directory.js', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(gzipped.encoding, 'gzip');
    assert.ok(gzipped.bytes < bigBundle.length / 10, `${gzipped.bytes} B sent for ${bigBundle.length} B`);
    assert.match(gzipped.vary ?? '', /accept-encoding/i);
    const plain = await raw('/cdn/widgets/msp-directory.js', {});
    assert.equal(plain.encoding, undefined);
    assert.equal(plain.bytes, Buffer.byteLength(bigBundle));
    const page = await raw('/', { 'accept-encoding': 'gzip' });
    assert.equal(page.encoding, 'gzip');
    const events = await raw(
      '/api/chat',
      { 'accept-encoding': 'gzip', 'content-type': 'application/json', accept: 'text/event-stream' },
      JSON.stringify({ messages: [{ role: 'user', content: 'Comment adhérer à la fédération ?' }] }),
    );
    assert.equal(events.encoding, undefined, 'a compressor would hold the events back');
    assert.ok(events.bytes > 0);
    const json = await raw(
      '/api/chat',
      { 'accept-encoding': 'gzip', 'content-type': 'application/json', accept: 'application/json' },
      JSON.stringify({ messages: [{ role: 'user', content: 'Comment adhérer à la fédération ?' }] }),
    );
    // Sent without a Content-Length, an answer of any size would be gzipped by the compressor.
    assert.equal(json.encoding, undefined, 'a JSON answer is sent as it is (gzip cost a third of the throughput)');
  });

  it('sends the usual protective headers, with what embedding needs, and no-store on the API', async () => {
    const page = await fetch(`${base}/`);
    await page.arrayBuffer();
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(page.headers.get('x-frame-options'), 'SAMEORIGIN');
    // Map tiles (OpenStreetMap's policy) need the page's origin as referrer.
    assert.equal(page.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
    assert.equal(page.headers.get('strict-transport-security'), null, 'HSTS is for the HTTPS front');
    const script = await fetch(`${base}/cdn/widgets/msp-widgets.js`);
    await script.arrayBuffer();
    assert.equal(script.headers.get('cross-origin-resource-policy'), 'cross-origin', 'other sites load the widgets');
    const chat = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'Comment adhérer à la fédération ?' }] }),
    });
    await chat.arrayBuffer();
    assert.equal(chat.status, 200);
    assert.equal(chat.headers.get('cache-control'), 'no-store');
    assert.equal(chat.headers.get('x-content-type-options'), 'nosniff');
  });

  it('lets other sites load the widgets’ files as modules (CORS), and caches only those that never change', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(cdn, 'lazy'), { recursive: true });
    writeFileSync(join(cdn, 'lazy', 'map-BPDczgNL.js'), 'export const map = 1;\n');
    const entry = await fetch(`${base}/cdn/widgets/msp-widgets.js`, { headers: { origin: 'https://www.msp-exemple.fr' } });
    await entry.arrayBuffer();
    assert.equal(entry.headers.get('access-control-allow-origin'), '*');
    assert.equal(entry.headers.get('cache-control'), 'no-cache', 'a new build replaces an entry under the same name');
    const chunk = await fetch(`${base}/cdn/widgets/lazy/map-BPDczgNL.js`);
    assert.equal(await chunk.text(), 'export const map = 1;\n');
    assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const missing = await fetch(`${base}/cdn/widgets/lazy/nothing-12345678.js`);
    await missing.arrayBuffer();
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('cache-control'), null, 'a 404 is not kept a year');
    const health = await fetch(`${base}/healthz`);
    await health.arrayBuffer();
    assert.equal(health.headers.get('cache-control'), 'no-store');
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${base}/healthz`);
    const body = (await response.json()) as { status: string; assistant?: { status: string } };
    assert.equal(body.status, 'ok');
    assert.ok(body.assistant && ['starting', 'ready'].includes(body.assistant.status), 'the assistant is mounted by default');
  });

  it('answers 405 naming GET to another method on /healthz', async () => {
    const response = await fetch(`${base}/healthz`, { method: 'POST' });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, HEAD');
    assert.deepEqual(await response.json(), { error: 'method_not_allowed', message: 'POST is not allowed on /healthz: use GET.' });
    assert.equal((await fetch(`${base}/healthz`, { method: 'HEAD' })).status, 200);
  });

  // fetch() may answer from its own cache: a raw request shows what the server sends.
  const raw = (path: string, headers: Record<string, string>) =>
    new Promise<{ status?: number; headers: Record<string, string | string[] | undefined>; bytes: number }>((resolve, reject) => {
      const req = httpRequest(`${base}${path}`, { headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, bytes }));
      });
      req.on('error', reject);
      req.end();
    });

  it('answers 304, without the file, to a browser whose copy of a page or bundle is still current', async () => {
    const first = await fetch(`${base}/cdn/widgets/msp-widgets.js`);
    await first.arrayBuffer();
    const modified = first.headers.get('last-modified');
    assert.ok(modified, 'the file says when it changed');
    const current = await raw('/cdn/widgets/msp-widgets.js', { 'if-modified-since': modified, 'accept-encoding': 'gzip' });
    assert.equal(current.status, 304);
    assert.equal(current.bytes, 0);
    assert.equal(current.headers['content-length'], undefined);
    // What the 200 would have said about caching and sharing, the 304 says too.
    assert.equal(current.headers['cache-control'], 'no-cache');
    assert.equal(current.headers['access-control-allow-origin'], '*');
    assert.equal(current.headers['last-modified'], modified);
    const page = await raw('/', { 'if-modified-since': new Date(Date.now() + 60_000).toUTCString() });
    assert.equal(page.status, 304);
    // An older copy, a date that cannot be read, or an If-None-Match: the whole file.
    const older = new Date(Date.parse(modified) - 1000).toUTCString();
    // The obsolete forms of an HTTP date are read too (asctime is in GMT).
    const later = new Date(Date.parse(modified) + 1000);
    const [day, date, month, year, time] = later.toUTCString().split(/,? /);
    for (const form of [`${day}day, ${date}-${month}-${year!.slice(2)} ${time} GMT`, `${day} ${month} ${date!.replace(/^0/, ' ')} ${time} ${year}`]) {
      assert.equal((await raw('/cdn/widgets/msp-widgets.js', { 'if-modified-since': form })).status, 304, form);
    }
    // ("Sunday" is "Sunday" whatever the day: the server does not check the name.)
    const wholeFile: Record<string, string>[] = [
      { 'if-modified-since': older },
      { 'if-modified-since': 'hier' },
      // A year alone is no HTTP date, though Date.parse reads it.
      { 'if-modified-since': '2100' },
      { 'if-modified-since': modified, 'if-none-match': '"x"' },
    ];
    for (const headers of wholeFile) {
      const whole = await raw('/cdn/widgets/msp-widgets.js', headers);
      assert.equal(whole.status, 200, JSON.stringify(headers));
      assert.equal(whole.bytes, 'export const fixture = true;\n'.length);
    }
    // Each 304 closes the file it did not send: 200 of them leave no descriptor open.
    // (A file larger than a stream's first read, 64 KB, whose stream waits with its file open.)
    const { readdirSync } = await import('node:fs');
    writeFileSync(join(cdn, 'msp-widgets.js.map'), JSON.stringify({ mappings: 'AAAA;'.repeat(40_000) }));
    const mapModified = (await raw('/cdn/widgets/msp-widgets.js.map', {})).headers['last-modified'] as string;
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 200; i++) assert.equal((await raw('/cdn/widgets/msp-widgets.js.map', { 'if-modified-since': mapModified })).status, 304);
    assert.ok(open() - before < 20, `${open() - before} more descriptors open after 200 answers 304`);
    // Nothing else is answered 304: a missing file, the API, the probe.
    assert.equal((await raw('/nope.html', { 'if-modified-since': modified })).status, 404);
    assert.equal((await raw('/healthz', { 'if-modified-since': modified })).status, 200);
  });

  it('reads If-Modified-Since before Range: a current copy gets 304, an older one the part asked for', async () => {
    const modified = (await raw('/cdn/widgets/msp-directory.js', {})).headers['last-modified'] as string;
    const current = await raw('/cdn/widgets/msp-directory.js', { range: 'bytes=0-9', 'if-modified-since': modified });
    assert.equal(current.status, 304);
    assert.equal(current.bytes, 0);
    assert.equal(current.headers['content-range'], undefined);
    // A range past the end (416) of a current copy: 304 too.
    const beyond = await raw('/cdn/widgets/msp-directory.js', { range: 'bytes=999999-', 'if-modified-since': modified });
    assert.equal(beyond.status, 304);
    assert.equal(beyond.headers['content-range'], undefined);
    assert.equal((await raw('/cdn/widgets/msp-directory.js', { range: 'bytes=999999-' })).status, 416);
    const older = new Date(Date.parse(modified) - 1000).toUTCString();
    const part = await raw('/cdn/widgets/msp-directory.js', { range: 'bytes=0-9', 'if-modified-since': older });
    assert.equal(part.status, 206);
    assert.equal(part.bytes, 10);
  });

  it('tags the federation\'s pages (ETag) and answers 304 to a browser whose copy is current', async () => {
    for (const path of ['/federation/adherer.html', '/federation/']) {
      const first = await raw(path, { 'accept-encoding': 'gzip' });
      assert.equal(first.status, 200, path);
      const tag = first.headers.etag as string;
      // Weak: the same page, gzipped or not, not the same bytes. HEAD says the same.
      assert.match(tag, /^W\/"[\w-]+"$/, path);
      const head = await new Promise<string | undefined>((resolve, reject) =>
        httpRequest(`${base}${path}`, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } }, (res) => resolve(res.headers.etag)).on('error', reject).end(),
      );
      assert.equal(head, tag, path);
      assert.equal(first.headers['cache-control'], 'no-cache', path);
      const current = await raw(path, { 'if-none-match': tag, 'accept-encoding': 'gzip' });
      assert.equal(current.status, 304, path);
      assert.equal(current.bytes, 0, path);
      assert.equal(current.headers.etag, tag, path);
      assert.equal(current.headers.vary, 'Accept-Encoding', path);
      // Its strong form, one tag among others, or * match too (weak comparison).
      for (const asked of [tag.slice(2), `"old", ${tag.slice(2)}`, '*']) assert.equal((await raw(path, { 'if-none-match': asked })).status, 304, asked);
      // Another page's tag, or none: the page.
      const other = await raw(path, { 'if-none-match': '"old"' });
      assert.equal(other.status, 200, path);
      assert.ok(other.bytes > 1000, path);
    }
    // If-Match compares strongly, which a weak tag never passes: only * does.
    const page = '/federation/adherer.html';
    const { etag } = (await raw(page, {})).headers;
    assert.equal((await raw(page, { 'if-match': etag as string })).status, 412);
    assert.equal((await raw(page, { 'if-match': '*' })).status, 200);
    const adherer = (await raw('/federation/adherer.html', {})).headers.etag;
    const index = (await raw('/federation/', {})).headers.etag;
    assert.notEqual(adherer, index);
  });

  it('sends its pages with a strict Content-Security-Policy (no inline script or style)', async () => {
    for (const path of ['/', '/annuaire.html', '/federation/adherer.html']) {
      const response = await fetch(`${base}${path}`);
      await response.arrayBuffer();
      const policy = response.headers.get('content-security-policy') ?? '';
      assert.match(policy, /script-src 'self'(;|$)/, path);
      assert.match(policy, /style-src 'self'(;|$)/, path);
      assert.match(policy, /img-src 'self' data: https:\/\/tile\.openstreetmap\.org(;|$)/, `${path}: the map's tiles`);
      assert.match(policy, /object-src 'none'/, path);
      assert.match(policy, /frame-ancestors 'self'/, path);
    }
  });

  it('answers /healthz with { status: "ok" } alone when the assistant is turned off', async () => {
    const response = await createApp({ widgetsCdnDir: cdn, assistant: false }).request('/healthz');
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  it('serves the assistant in offline mode on /api/chat', async () => {
    const response = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'Comment adhérer à la fédération ?' }] }),
    });
    assert.equal(response.status, 200);
    const answer = (await response.json()) as { kind: string; citations: { url: string }[] };
    assert.equal(answer.kind, 'answer');
    assert.equal(answer.citations[0]?.url, '/federation/adherer.html');
  });

  it('serves the federation content pages at their front-matter url, which the citations link to', async () => {
    const response = await fetch(`${base}/federation/adherer.html`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    const page = await response.text();
    assert.match(page, /<html lang="fr">/);
    assert.match(page, /<title>Adhérer à la FEMAS Hauts-de-France · /);
    assert.match(page, /<h1>Adhérer à la FEMAS Hauts-de-France<\/h1>/);
    // The question mark kept on the line of its question (a no-break space, French typography).
    assert.match(page, /<h2 id="comment-une-msp-adhere-t-elle">Comment une MSP adhère-t-elle\u00a0\?<\/h2>/, 'heading ids match the chunk anchors');
    // The typographic apostrophe in the text (the Markdown keeps the straight one its search reads).
    assert.match(page, /l’adhésion|d’adhésion/);
    assert.equal((page.match(/\p{L}(?:'|&#39;)\p{L}/gu) ?? []).length, 0, 'no straight apostrophe between letters');
    assert.match(page, /Contenu de démonstration/);
    assert.match(page, /<a href="\/federation\/">/, 'a link back to the list');
    assert.match(page, /Sources&nbsp;: FEMAS Hauts-de-France\./);
    // What a search engine shows under the title: the first paragraph, as text.
    assert.match(page, /<meta name="description" content="Les maisons de santé pluriprofessionnelles \(MSP\) des Hauts-de-France peuvent adhérer [^"]*" \/>/);
    const list = await (await fetch(`${base}/federation/`)).text();
    assert.equal((list.match(/<li><a href="\/federation\/[a-z-]+\.html">/g) ?? []).length, 16);
    const redirect = await fetch(`${base}/federation`, { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), '/federation/');
  });

  it('serves every page, file and link the demo pages point to on its own origin', async () => {
    const seen = new Set<string>();
    const pages = ['/', '/annuaire.html', '/confidentialite.html'];
    for (const page of pages) {
      const html = await (await fetch(`${base}${page}`)).text();
      // Links, scripts, styles, the widgets' data files and the newsletter's privacy page.
      for (const [, path] of html.matchAll(/\s(?:href|src|privacy-url)="(\/[^"]*)"/g)) seen.add(path!);
    }
    assert.ok(seen.has('/confidentialite.html') && seen.has('/data/directory.json') && seen.has('/federation/'), [...seen].join(' '));
    assert.ok(seen.has('/favicon.svg'), 'an icon of its own: no /favicon.ico 404 in the console');
    for (const path of seen) assert.equal((await fetch(`${base}${path}`)).status, 200, path);
  });

  it('serves the content pages with their stylesheet and icon without the demo (serve --pages)', async () => {
    const pagesOnly = serve({ fetch: createApp({ widgetsCdnDir: cdn, serveDemo: false }).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => pagesOnly.once('listening', () => resolve()));
    try {
      const at = `http://127.0.0.1:${(pagesOnly.address() as AddressInfo).port}`;
      const page = await (await fetch(`${at}/federation/adherer.html`)).text();
      for (const [, path] of page.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) assert.equal((await fetch(`${at}${path}`)).status, 200, path);
      assert.match((await fetch(`${at}/demo.css`)).headers.get('content-type') ?? '', /text\/css/);
      // The demo's pages and bundles are not served.
      for (const path of ['/', '/index.html', '/annuaire.html', '/cdn/widgets/msp-widgets.js']) assert.equal((await fetch(`${at}${path}`)).status, 404, path);
    } finally {
      await new Promise<void>((resolve) => pagesOnly.close(() => resolve()));
    }
  });

  it('answers 404 for unknown paths and never serves files outside its folders', async () => {
    assert.equal((await fetch(`${base}/nope.html`)).status, 404);
    assert.equal((await fetch(`${base}/cdn/widgets/..%2f..%2fpackage.json`)).status, 404);
  });
});

describe('npm start (main.ts)', () => {
  function start(args: string[], env: Record<string, string> = {}) {
    const child = spawn(process.execPath, ['--import', 'tsx', mainScript, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    return { child, exited, output: () => output };
  }

  async function freePort(): Promise<number> {
    const probe: Server = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
  }

  it('says where it listens, then serves', async () => {
    const port = await freePort();
    const run = start(['--port', String(port)]);
    try {
      const deadline = Date.now() + 15_000;
      while (!run.output().includes('msp-kit demo:') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.match(run.output(), new RegExp(`msp-kit demo: http://localhost:${port}/`));
      assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });

  it('explains a busy port and exits with an error', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const run = start([], { PORT: String(port) });
      assert.equal(await run.exited, 1);
      assert.match(run.output(), new RegExp(`port ${port} is already in use`));
    } finally {
      busy.close();
    }
  });

  it('rejects a port that is not a number, an empty PORT and an unknown option, in one line that names the setting', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['--port', 'huit-mille'], {}, /^msp-kit: --port: "huit-mille" is not a port number \(0 to 65535\)/],
      // A blank line of an environment file: not port 0 (a random one nobody would find).
      [[], { PORT: '' }, /^msp-kit: PORT: "" is not a port number/],
      [[], { PORT: '0x1F90' }, /^msp-kit: PORT: "0x1F90" is not a port number/],
      [['--prot', '8080'], {}, /^msp-kit: Unknown option '--prot'.*Usage: npm start \[-- --port <n>\]/],
    ];
    for (const [args, env, expected] of cases) {
      const run = start(args, env);
      assert.equal(await run.exited, 1, args.join(' '));
      assert.match(run.output(), expected);
      assert.doesNotMatch(run.output(), /\n\s+at /, 'no stack trace');
    }
  });

  it('names HOST when it cannot listen there', async () => {
    const run = start(['--port', '0'], { HOST: 'no-such-host.invalid' });
    assert.equal(await run.exited, 1);
    assert.match(run.output(), /^msp-kit: the server could not start on no-such-host\.invalid \(HOST\), port 0: /);
  });
});
