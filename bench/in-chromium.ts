// What the benches that run in Chromium share: the widget bundled as shipped (esbuild, minified,
// Lit's production build) into files kept in memory, with a page at `/` that runs `/bench.js`; and
// Chromium itself, driven with puppeteer-core (CHROME_PATH, or Debian's chromium).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The bundles of `entryPoints` by URL path (`/msp-directory.js` and its chunks), `/bench.js` (`script`) and `/`. */
export async function benchFiles(entryPoints: Record<string, string>, script: string): Promise<Map<string, Uint8Array>> {
  const bundle = await build({
    entryPoints,
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    outdir: '/bench',
    write: false,
    tsconfig: 'packages/widgets/tsconfig.build.json',
  });
  const files = new Map(bundle.outputFiles.map((f) => [f.path.replace(/^\/bench/, ''), f.contents]));
  const text = new TextEncoder();
  files.set('/bench.js', text.encode(script));
  files.set('/', text.encode('<!doctype html><html lang="fr"><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script><body></body></html>'));
  return files;
}

/**
 * Serves `files` on 127.0.0.1 (their type from the path). `/slow/<path>`: the same file, answered
 * after `slowMs` (a widget's data coming from a server).
 */
export async function serveBenchFiles(files: Map<string, Uint8Array>, slowMs = 0): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const slow = req.url?.startsWith('/slow/');
    const url = slow ? req.url!.slice('/slow'.length) : (req.url ?? '/');
    const body = files.get(url);
    const type = url === '/' || url.endsWith('.html') ? 'text/html' : url.endsWith('.json') ? 'application/json' : 'text/javascript';
    const answer = () => (body ? res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body) : res.writeHead(404).end());
    if (slow) setTimeout(answer, slowMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
