// Drop-in embedding, part 2: under a strict Content-Security-Policy (no 'unsafe-inline', no
// 'unsafe-eval', scripts and styles from the page's own origin only), every element renders and
// works, and the browser reports no violation — with the ES bundle, the per-element entries and the
// classic IIFE script.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { closeChromium, cspViolations, launchChromium, openPage, settle, type OpenedPage } from './fixtures/embedding/browser.js';
import { EMBEDDED_ELEMENTS, TAGS, allElementsMarkup, htmlPage, inspectElement } from './fixtures/embedding/elements.js';
import { startServer, type StaticServer } from './fixtures/embedding/server.js';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../packages/assistant/src/server/app.js';

/** The policy of the issue, as a security-minded host sends it. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * The same, requiring Trusted Types for every DOM sink. Allowed policies: Lit's (`lit-html`) and
 * `msp-kit`, the name proposed for the policy msp-kit needs to write its JSON-LD `<script>` blocks.
 */
const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html msp-kit`;

const LOADINGS = [
  { name: 'the ES bundle', csp: STRICT_CSP, head: '<script type="module" src="/cdn/msp-widgets.js"></script>' },
  {
    name: 'the per-element entries (shared chunks)',
    csp: STRICT_CSP,
    head: EMBEDDED_ELEMENTS.map((element) => `<script type="module" src="${element.entry}"></script>`).join('\n'),
  },
  { name: 'the IIFE bundle (classic script)', csp: STRICT_CSP, head: '<script src="/cdn/msp-widgets.iife.js" defer></script>' },
  { name: 'the ES bundle, with Trusted Types required', csp: TRUSTED_TYPES_CSP, head: '<script type="module" src="/cdn/msp-widgets.js"></script>' },
];

describe('drop-in embedding: strict Content-Security-Policy', { timeout: 60_000 }, () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });

  after(async () => {
    await closeChromium(browser);
    await server?.close();
  });

  it('the policy is in force and a violation is seen (control: an inline script and an inline style)', async () => {
    const url = server.put(
      '/csp/control.html',
      htmlPage({ body: '<p style="color: red">inline style</p><script>window.inlineScriptRan = true;</script>' }),
      { 'content-security-policy': STRICT_CSP },
    );
    const { page } = await openPage(browser, url);
    try {
      assert.equal(await page.evaluate(() => 'inlineScriptRan' in window), false, 'the inline script ran: no CSP in force');
      const violations = await cspViolations(page);
      assert.ok(violations.some((v) => v.startsWith('script-src-elem')), violations.join('\n'));
      assert.ok(violations.some((v) => v.startsWith('style-src-attr')), violations.join('\n'));
    } finally {
      await page.close();
    }
  });

  for (const loading of LOADINGS) {
    describe(`loaded as ${loading.name}`, () => {
      let opened: OpenedPage;
      let settled: string[];

      before(async () => {
        const slug = loading.name.replace(/\W+/g, '-');
        const url = server.put(`/csp/${slug}.html`, htmlPage({ head: loading.head, body: allElementsMarkup() }), {
          'content-security-policy': loading.csp,
        });
        opened = await openPage(browser, url);
        settled = await settle(opened.page, TAGS);
      });

      after(() => opened?.page.close());

      it('every element is defined and updates without throwing', () => {
        assert.deepEqual(settled, []);
      });

      for (const element of EMBEDDED_ELEMENTS) {
        it(`<${element.tag}> renders its content and layout`, async () => {
          assert.deepEqual(await inspectElement(opened.page, element), []);
        });
      }

      for (const element of EMBEDDED_ELEMENTS.filter((e) => e.work)) {
        it(`<${element.tag}> works (its code paths run under the policy)`, async () => {
          const host = await opened.page.$(element.tag);
          assert.ok(host, `<${element.tag}> is not on the page`);
          try {
            await element.work!({ page: opened.page, host, posts: (path) => server.requestsTo(path, 'POST').length });
          } finally {
            await host.dispose();
          }
        });
      }

      it('no securitypolicyviolation event, console error or warning, or failed request', async () => {
        assert.deepEqual(await cspViolations(opened.page), []);
        assert.deepEqual(opened.log.errors, []);
        assert.deepEqual(opened.log.warnings, []);
        assert.deepEqual(opened.log.failedRequests, []);
      });
    });
  }
  it("Trusted Types required without allowing msp-kit's policy: every element works, and only the JSON-LD is left out, with a warning saying what to allow", async () => {
    const url = server.put('/csp/trusted-types-without-msp-kit.html', htmlPage({ head: '<script type="module" src="/cdn/msp-widgets.js"></script>', body: allElementsMarkup() }), {
      'content-security-policy': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`,
    });
    const { page, log } = await openPage(browser, url);
    try {
      assert.deepEqual(await settle(page, TAGS), []);
      for (const element of EMBEDDED_ELEMENTS) assert.deepEqual(await inspectElement(page, element), [], element.tag);
      assert.equal(await page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length), 0);
      // The only violations: the refused policy, and the JSON-LD writes it would have allowed.
      const violations = await cspViolations(page);
      assert.ok(violations.some((v) => v.startsWith('trusted-types blocked trusted-types-policy') && v.includes('«msp-kit»')), violations.join('\n'));
      assert.deepEqual(
        violations.filter((v) => !v.includes('«msp-kit»') && !v.includes('«HTMLScriptElement textContent|{"@context":"https://schema.org"')),
        [],
      );
      assert.ok(log.warnings.length > 0 && log.warnings.every((w) => /structured-data: .*trusted-types/.test(w)), log.warnings.join('\n'));
      // Chromium reports each violation in the console too; nothing else may be there.
      assert.deepEqual(log.errors.filter((e) => !/TrustedTypePolicy named 'msp-kit'|requires 'TrustedScript' assignment/.test(e)), []);
    } finally {
      await page.close();
    }
  });
});

describe("the demo server's pages, under the policy it sends", { timeout: 90_000 }, () => {
  let server: ServerType;
  let base = '';
  let browser: Browser;

  before(async () => {
    // The demo as `npm start` serves it: its pages, the built bundles and the offline assistant.
    const listening = new Promise<void>((resolve) => {
      server = serve({ fetch: createApp().fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
    [browser] = await Promise.all([launchChromium(), listening]);
  });

  after(async () => {
    await closeChromium(browser);
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  for (const path of ['/', '/annuaire.html', '/federation/adherer.html']) {
    it(`${path}: its widgets render, the assistant answers, and the browser reports no violation`, async () => {
      const { page, log } = await openPage(browser, `${base}${path}`);
      try {
        const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('msp-')))]);
        // The content pages have no widget: their stylesheet and icon are what the policy must let through.
        if (path === '/federation/adherer.html') assert.equal(await page.evaluate(() => getComputedStyle(document.body).fontFamily === 'Times New Roman'), false, 'demo.css applies');
        else {
          assert.ok(tags.length >= 3, tags.join(', '));
          assert.deepEqual(await settle(page, tags, 10_000), []);
        }
        if (path === '/annuaire.html') {
          // The map is on: Leaflet, its styles and the markers, all under the policy.
          await page.waitForSelector('msp-directory >>> .leaflet-marker-icon', { timeout: 10_000 });
        }
        if (tags.includes('msp-assistant')) {
          await (await page.waitForSelector('msp-assistant >>> button'))!.click();
          const input = await page.waitForSelector('msp-assistant >>> textarea', { timeout: 10_000 });
          await input!.type('Comment adhérer à la fédération ?');
          await page.keyboard.press('Enter');
          await page.waitForFunction(
            // The answer cites the federation's page on joining.
            () => !!document.querySelector('msp-assistant')?.shadowRoot?.querySelector('msp-assistant-panel')?.shadowRoot?.querySelector('a[href$="/federation/adherer.html"]'),
            { timeout: 10_000 },
          );
        }
        assert.deepEqual(await cspViolations(page), []);
        // The map's tiles come from OpenStreetMap, which this machine may not reach. About one
        // answer in six is logged by Chromium as "canceled" once its whole body has arrived and been
        // shown, with no abort or cancel from the page's code (seen before this policy existed too).
        const chatLogged = `${base}/api/chat: net::ERR_ABORTED`;
        assert.deepEqual(log.failedRequests.filter((r) => !r.startsWith('https://tile.openstreetmap.org/') && r !== chatLogged), []);
        assert.deepEqual(log.errors.filter((e) => !/tile\.openstreetmap\.org|ERR_|Failed to load resource/.test(e)), []);
      } finally {
        await page.close();
      }
    });
  }
});
