// Subresource Integrity: the build lists the sha384 hash of every CDN file in dist/cdn/integrity.json,
// and a page that loads the classic script from another origin with that hash in `integrity` (as a
// site would from jsDelivr) gets every widget. One byte added to the file, or a server that does not
// send Access-Control-Allow-Origin, and the browser refuses to run it: the control that proves the
// check is really made.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { closeChromium, definedElements, launchChromium, openPage, settle } from './fixtures/embedding/browser.js';
import { EMBEDDED_ELEMENTS, TAGS, allElementsMarkup, htmlPage, inspectElement } from './fixtures/embedding/elements.js';
import { cdnDist, startServer, type StaticServer } from './fixtures/embedding/server.js';

const sha384 = (content: Buffer): string => `sha384-${createHash('sha384').update(content).digest('base64')}`;
const integrity = (): Record<string, string> => JSON.parse(readFileSync(join(cdnDist, 'integrity.json'), 'utf8')) as Record<string, string>;
const IIFE = 'msp-widgets.iife.js';

describe('drop-in embedding: Subresource Integrity', { timeout: 60_000 }, () => {
  let server: StaticServer;
  let browser: Browser;
  /** The script's origin: the same server under another name, so the page loads it cross-origin. */
  let cdnOrigin: string;

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    cdnOrigin = server.origin.replace('127.0.0.1', 'localhost');
  });

  after(async () => {
    await closeChromium(browser);
    await server?.close();
  });

  /** A page of every element that loads `path` from the CDN origin with the list's hash of the IIFE. */
  const pageLoading = (name: string, path: string) =>
    server.put(
      `/sri/${name}.html`,
      htmlPage({
        head: `<script src="${cdnOrigin}${path}" integrity="${integrity()[IIFE]}" crossorigin="anonymous" defer></script>`,
        body: allElementsMarkup(),
      }),
    );

  it('integrity.json holds the hash of every JavaScript file of the CDN build, and of nothing else', () => {
    const files = readdirSync(cdnDist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .sort();
    const list = integrity();
    assert.deepEqual(Object.keys(list).sort(), files);
    for (const file of files) assert.equal(list[file], sha384(readFileSync(join(cdnDist, file))), file);
  });

  it('the classic script from another origin, with its hash and crossorigin, defines every element and renders it', async () => {
    const original = readFileSync(join(cdnDist, IIFE));
    server.put(`/cdn/${IIFE}`, original, { 'access-control-allow-origin': '*' });
    const { page, log } = await openPage(browser, pageLoading('valid', `/cdn/${IIFE}`));
    try {
      assert.deepEqual(await settle(page, TAGS), []);
      for (const element of EMBEDDED_ELEMENTS) assert.deepEqual(await inspectElement(page, element), [], element.tag);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.failedRequests, []);
    } finally {
      await page.close();
    }
  });

  const controls: { name: string; file: (original: Buffer) => Buffer; headers: Record<string, string>; error: RegExp }[] = [
    {
      name: 'one byte added to the file',
      file: (original: Buffer) => Buffer.concat([original, Buffer.from(' ')]),
      headers: { 'access-control-allow-origin': '*' },
      error: /Failed to find a valid digest in the .integrity. attribute/,
    },
    {
      name: 'a server that does not send Access-Control-Allow-Origin',
      file: (original: Buffer) => original,
      headers: {},
      error: /Access-Control-Allow-Origin/,
    },
  ];
  for (const control of controls) {
    it(`the browser refuses the script, and no element is defined, with ${control.name}`, async () => {
      const path = `/cdn/refused/${control.name.replace(/\W+/g, '-')}/${IIFE}`;
      server.put(path, control.file(readFileSync(join(cdnDist, IIFE))), control.headers);
      const { page, log } = await openPage(browser, pageLoading(control.name.replace(/\W+/g, '-'), path));
      try {
        assert.equal(server.requestsTo(path).length, 1, 'the script was not even requested');
        assert.deepEqual(await definedElements(page), []);
        assert.ok(log.errors.some((error) => control.error.test(error)), log.errors.join('\n'));
      } finally {
        await page.close();
      }
    });
  }
});
