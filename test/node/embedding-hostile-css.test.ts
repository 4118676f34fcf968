// Drop-in embedding, part 1: the widgets render and work on pages whose CSS is hostile — a framework's
// global !important rules, aggressive resets, `html { font-size: 10px }` — in real Chromium, loaded
// from the built CDN bundle exactly as a webmaster pastes it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { closeChromium, launchChromium, openPage, settle, type PageLog } from './fixtures/embedding/browser.js';
import {
  EMBEDDED_ELEMENTS,
  TAGS,
  allElementsMarkup,
  hiddenElementsMarkup,
  htmlPage,
  inspectElement,
  lengthsPerEm,
  textSizes,
  visibleHiddenCopies,
} from './fixtures/embedding/elements.js';
import { startServer, type StaticServer } from './fixtures/embedding/server.js';

const css = (name: string) => readFileSync(new URL(`../node/fixtures/embedding/css/${name}.css`, import.meta.url), 'utf8');

/**
 * The pages: no CSS at all (the reference), then each hostile stylesheet, with a fact about the page's
 * own content that holds only when that stylesheet is in force.
 */
const VARIANTS = [
  { name: 'neutral', title: 'no host CSS (reference)', stylesheet: '', inForce: () => getComputedStyle(document.querySelector('header p')!).color === 'rgb(0, 0, 0)' },
  {
    name: 'framework',
    title: "a framework's and a theme's global !important rules",
    stylesheet: css('framework'),
    inForce: () => getComputedStyle(document.querySelector('header p')!).color === 'rgb(255, 0, 0)',
  },
  {
    name: 'reset',
    title: 'aggressive resets (Meyer, `all: unset` on every element)',
    stylesheet: css('reset'),
    inForce: () => getComputedStyle(document.querySelector('h1')!).fontWeight === '400',
  },
  {
    name: 'root-10px',
    title: '`html { font-size: 10px }` (the 62.5 % trick)',
    stylesheet: css('root-10px'),
    inForce: () => getComputedStyle(document.documentElement).fontSize === '10px',
  },
];

/** The smallest text, in CSS px, we call readable. */
const MIN_READABLE_PX = 12;

const body = () => `<header><h1>Maison de santé des Dunes</h1><p>Un site dont le thème ne connaît pas msp-kit.</p></header>
<main>
${allElementsMarkup()}
${hiddenElementsMarkup()}
</main>`;

describe('drop-in embedding: hostile host CSS', { timeout: 60_000 }, () => {
  let server: StaticServer;
  let browser: Browser;
  const pages = new Map<string, { page: Page; log: PageLog }>();
  /** Text sizes on the reference page, by element and path in the shadow tree. */
  const reference = new Map<string, Map<string, number>>();
  /** The widgets' own lengths per em on the reference page, by element, then path and property. */
  const referenceLengths = new Map<string, Map<string, number>>();

  before(
    async () => {
      [server, browser] = await Promise.all([startServer(), launchChromium()]);
      // One page per stylesheet, loaded one after the other (2 shared cores).
      for (const variant of VARIANTS) {
        if (variant.stylesheet) server.put(`/css/${variant.name}.css`, variant.stylesheet);
        const head = `${variant.stylesheet ? `<link rel="stylesheet" href="/css/${variant.name}.css">` : ''}
<script type="module" src="/cdn/msp-widgets.js"></script>`;
        const url = server.put(`/hostile/${variant.name}.html`, htmlPage({ head, body: body() }));
        const { page, log } = await openPage(browser, url);
        assert.deepEqual(await settle(page, TAGS), [], `on the ${variant.name} page`);
        pages.set(variant.name, { page, log });
      }
      for (const { tag } of EMBEDDED_ELEMENTS) {
        const { page } = pages.get('neutral')!;
        const sizes = await textSizes(page, tag);
        reference.set(tag, new Map(sizes.map((size) => [size.path, size.ratio])));
        const lengths = await lengthsPerEm(page, tag);
        referenceLengths.set(tag, new Map(lengths.map((length) => [`${length.path} ${length.property}`, length.perEm])));
      }
    },
    { timeout: 30_000 },
  );

  after(async () => {
    await closeChromium(browser);
    await server?.close();
  });

  for (const variant of VARIANTS) {
    describe(variant.title, () => {
      const get = () => pages.get(variant.name)!;

      it('the page is styled by that CSS (the premise of the tests below)', async () => {
        assert.equal(await get().page.evaluate(variant.inForce), true);
      });

      for (const element of EMBEDDED_ELEMENTS) {
        it(`<${element.tag}> shows its content and keeps its own layout`, async () => {
          assert.deepEqual(await inspectElement(get().page, element), []);
        });
      }

      it('every element given `hidden` stays hidden', async () => {
        assert.deepEqual(await visibleHiddenCopies(get().page), []);
      });

      it(`no widget text is smaller than ${MIN_READABLE_PX}px, and every text keeps its size relative to the page's`, async () => {
        const problems: string[] = [];
        for (const { tag } of EMBEDDED_ELEMENTS) {
          const sizes = await textSizes(get().page, tag);
          assert.ok(sizes.length > 0, `<${tag}> shows no text`);
          const expected = reference.get(tag)!;
          for (const { path, px, ratio } of sizes) {
            if (px < MIN_READABLE_PX) problems.push(`<${tag}> ${path}: ${px}px`);
            const wanted = expected.get(path);
            // Paths found on one page only (a status that changed meanwhile) have nothing to compare to.
            if (wanted !== undefined && Math.abs(ratio - wanted) > 0.01) {
              problems.push(`<${tag}> ${path}: ${ratio.toFixed(3)} × the page's size, ${wanted.toFixed(3)} × without host CSS`);
            }
          }
        }
        assert.deepEqual(problems, []);
      });

      it("the widgets' widths, spacing and heights keep their proportion to the text", async () => {
        const problems: string[] = [];
        for (const { tag } of EMBEDDED_ELEMENTS) {
          const expected = referenceLengths.get(tag)!;
          for (const { path, property, value, perEm } of await lengthsPerEm(get().page, tag)) {
            const wanted = expected.get(`${path} ${property}`);
            if (wanted !== undefined && Math.abs(perEm - wanted) > 0.02 * Math.max(1, wanted)) {
              problems.push(`<${tag}> ${path} ${property}: ${value} = ${perEm.toFixed(3)}em, ${wanted.toFixed(3)}em without host CSS`);
            }
          }
        }
        assert.deepEqual(problems, []);
      });

      for (const element of EMBEDDED_ELEMENTS.filter((e) => e.work)) {
        it(`<${element.tag}> works for a visitor (mouse and keyboard)`, async () => {
          const { page } = get();
          const host = await page.$(`${element.tag}:not([data-hidden-copy])`);
          assert.ok(host, `<${element.tag}> is not on the page`);
          try {
            await element.work!({ page, host, posts: (path) => server.requestsTo(path, 'POST').length });
          } finally {
            await host.dispose();
          }
        });
      }

      it('logs no console error or warning, and every request succeeds', () => {
        const { log } = get();
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.warnings, []);
        assert.deepEqual(log.failedRequests, []);
      });
    });
  }
});
