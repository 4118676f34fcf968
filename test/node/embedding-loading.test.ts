// Drop-in embedding, part 3: however a CMS loads msp-kit — the classic IIFE script in <head> before the
// body is parsed, the ES bundle twice, the IIFE and the ES bundle together, every per-element entry
// with the full bundle, a `?ver=` query string, two versions — the elements work, with no error and no
// warning but the documented version one. A widget added after load and removed again, hundreds of
// times, leaves nothing behind: no timer, no document listener, no instance, no heap growth. Text
// written inside an element is the fallback when the script cannot run, hidden once it does. And
// the element list of the tests covers every element the CDN builds.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { VERSION } from '../../packages/widgets/src/shared/version.js';
import {
  closeChromium,
  definedElements,
  globalListeners,
  heapAfterGc,
  launchChromium,
  liveInstances,
  openPage,
  pendingTimers,
  settle,
  type OpenedPage,
} from './fixtures/embedding/browser.js';
import { EMBEDDED_ELEMENTS, TAGS, allElementsMarkup, htmlPage, inspectElement, workEveryElement } from './fixtures/embedding/elements.js';
import { cdnDist, repoRoot, startServer, type StaticServer } from './fixtures/embedding/server.js';

/** Add/remove cycles per element: half alone in the page, half inside `<msp-site>` (containers: all alone). */
const CYCLES = 200;
/** JS heap growth allowed over all the cycles, after garbage collection (JIT code and caches grow a little). */
const HEAP_GROWTH_LIMIT = 512 * 1024;
/** WeakRefs that may outlive the cycles of one element (fewer than one per ten cycles). */
const WEAKREF_SLACK = 10;

const OLD_VERSION = '0.0.1-embedding-test';
const VERSION_WARNING = new RegExp(
  `^\\[msp-kit\\] ${VERSION.replaceAll('.', '\\.')} ignored: ${OLD_VERSION.replaceAll('.', '\\.')} already defines <msp-[a-z-]+>\\. Load msp-kit once per page\\.`,
);

/** Ways a CMS ends up loading msp-kit, each with what the page's <head> holds. */
const LOADINGS = [
  {
    name: 'the ES bundle twice (two script tags, two query strings)',
    head: '<script type="module" src="/cdn/msp-widgets.js?copy=1"></script>\n<script type="module" src="/cdn/msp-widgets.js?copy=2"></script>',
    fetched: ['/cdn/msp-widgets.js?copy=1', '/cdn/msp-widgets.js?copy=2'],
  },
  {
    name: 'the IIFE bundle and the ES bundle',
    head: '<script src="/cdn/msp-widgets.iife.js" defer></script>\n<script type="module" src="/cdn/msp-widgets.js"></script>',
    fetched: ['/cdn/msp-widgets.iife.js', '/cdn/msp-widgets.js'],
  },
  {
    name: 'the IIFE bundle twice',
    head: '<script src="/cdn/msp-widgets.iife.js?copy=1"></script>\n<script src="/cdn/msp-widgets.iife.js?copy=2"></script>',
    fetched: ['/cdn/msp-widgets.iife.js?copy=1', '/cdn/msp-widgets.iife.js?copy=2'],
  },
  {
    name: 'every per-element entry, then the full ES bundle',
    head: [...EMBEDDED_ELEMENTS.map((e) => `<script type="module" src="${e.entry}"></script>`), '<script type="module" src="/cdn/msp-widgets.js"></script>'].join('\n'),
    fetched: [...EMBEDDED_ELEMENTS.map((e) => e.entry), '/cdn/msp-widgets.js'],
  },
];

describe('drop-in embedding: loading', { timeout: 120_000 }, () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });

  after(async () => {
    await closeChromium(browser);
    await server?.close();
  });

  it('tests every element the CDN builds: the list in fixtures/embedding/elements.ts matches rollup.config.mjs', () => {
    const config = readFileSync(join(repoRoot, 'rollup.config.mjs'), 'utf8');
    const entries = /export const elementEntries = \{([\s\S]*?)\};/.exec(config)?.[1];
    assert.ok(entries, 'elementEntries not found in rollup.config.mjs');
    const built = [...entries.matchAll(/'([a-z-]+)':/g)].map((match) => match[1]);
    assert.deepEqual([...TAGS].sort(), built.sort(), 'add the missing elements to EMBEDDED_ELEMENTS in test/node/fixtures/embedding/elements.ts');
    for (const { entry } of EMBEDDED_ELEMENTS) {
      const file = join(cdnDist, entry.slice(5));
      assert.ok(existsSync(file), `${file} missing: run npm run build:cdn`);
    }
  });

  it('tests every element the full bundle defines (msp-widgets.js, then the IIFE)', async () => {
    const known = new Set(EMBEDDED_ELEMENTS.flatMap((element) => [element.tag, ...(element.children ?? [])]));
    for (const bundle of ['<script type="module" src="/cdn/msp-widgets.js"></script>', '<script src="/cdn/msp-widgets.iife.js"></script>']) {
      const url = server.put('/loading/defined.html', htmlPage({ head: bundle, body: '' }));
      const { page } = await openPage(browser, url);
      try {
        await page.waitForFunction(() => customElements.get('msp-site'), { timeout: 5000, polling: 50 });
        const defined = await definedElements(page);
        assert.deepEqual(defined.filter((tag) => !known.has(tag)), [], `defined by ${bundle} but not in EMBEDDED_ELEMENTS`);
        // Children may be defined later, with the code that needs them.
        assert.deepEqual(TAGS.filter((tag) => !defined.includes(tag)), [], `in EMBEDDED_ELEMENTS but not defined by ${bundle}`);
      } finally {
        await page.close();
      }
    }
  });

  describe('the IIFE bundle as a classic script in <head>, before the body is parsed', () => {
    let opened: OpenedPage;
    let settled: string[];

    before(async () => {
      const url = server.put(
        '/loading/iife-in-head.html',
        htmlPage({
          head: '<script src="/cdn/msp-widgets.iife.js"></script>',
          // Inline, to see what the parser met: the elements must be defined before it reads them.
          body: `<script>window.definedBeforeBody = ${JSON.stringify(TAGS)}.every((tag) => customElements.get(tag));</script>\n${allElementsMarkup()}`,
        }),
      );
      opened = await openPage(browser, url);
      settled = await settle(opened.page, TAGS);
    });

    after(() => opened?.page.close());

    it('defines every element before the body is parsed (so each is upgraded as the parser creates it)', async () => {
      assert.equal(await opened.page.evaluate(() => (window as unknown as { definedBeforeBody: boolean }).definedBeforeBody), true);
      assert.deepEqual(settled, []);
    });

    for (const element of EMBEDDED_ELEMENTS) {
      it(`<${element.tag}> renders its content and layout`, async () => {
        assert.deepEqual(await inspectElement(opened.page, element), []);
      });
    }

    it('<msp-site> reads its JSON settings child, parsed after <msp-site> itself, and passes them on', async () => {
      const seen = await opened.page.evaluate(() => ({
        contact: document.querySelector('msp-site')?.shadowRoot?.querySelector('[part=name]')?.textContent,
        jsonLd: document.querySelector('msp-opening-hours > script[type="application/ld+json"]')?.textContent ?? '',
        consent: document.querySelector('msp-newsletter')?.shadowRoot?.querySelector('label[for=consent]')?.textContent,
      }));
      const name = 'Maison de santé des Dunes (fictive)';
      assert.equal(seen.contact, name);
      assert.equal((JSON.parse(seen.jsonLd) as { name?: string }).name, name);
      assert.match(seen.consent ?? '', new RegExp(`lettre d’information de ${name.replace(/[()]/g, '\\$&')}`));
    });

    it('logs no error, no warning, and every request succeeds', () => {
      assert.deepEqual(opened.log.errors, []);
      assert.deepEqual(opened.log.warnings, []);
      assert.deepEqual(opened.log.failedRequests, []);
    });
  });

  it('a map on a page whose elements come from the classic script says so in the widget, and the console says to keep only msp-widgets.js', async () => {
    const directory = EMBEDDED_ELEMENTS.find((element) => element.tag === 'msp-directory')!;
    const url = server.put(
      '/loading/iife-map.html',
      htmlPage({
        // Both bundles, as a CMS may add: the classic script, first, defines the elements.
        head: '<script src="/cdn/msp-widgets.iife.js"></script>\n<script type="module" src="/cdn/msp-widgets.js"></script>',
        body: directory.markup('', false).replace('<msp-directory ', '<msp-directory map '),
      }),
    );
    const { page, log } = await openPage(browser, url);
    try {
      await page.waitForFunction(() => document.querySelector('msp-directory')?.shadowRoot?.querySelector('[role=alert].help, .help[role=alert]'), { timeout: 5000 });
      const said = await page.evaluate(() => document.querySelector('msp-directory')!.shadowRoot!.querySelector('.help[role=alert]')!.textContent);
      assert.equal(said, 'La carte n’a pas pu être chargée.');
      assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
      assert.match(log.warnings[0]!, /^\[msp-directory\] map: The map needs msp-widgets\.js .*\(the classic script\).*keep only msp-widgets\.js\./);
    } finally {
      await page.close();
    }
  });

  for (const loading of LOADINGS) {
    it(`${loading.name}: every element works, with no error and no warning`, async () => {
      const slug = loading.name.replace(/\W+/g, '-');
      const url = server.put(`/loading/${slug}.html`, htmlPage({ head: loading.head, body: allElementsMarkup() }));
      const before = server.requests.length;
      const { page, log } = await openPage(browser, url);
      try {
        assert.deepEqual(await settle(page, TAGS), []);
        const fetched = new Set(server.requests.slice(before).map((r) => r.url));
        assert.deepEqual(loading.fetched.filter((url) => !fetched.has(url)), [], 'the browser did not load every copy');
        for (const element of EMBEDDED_ELEMENTS) assert.deepEqual(await inspectElement(page, element), [], element.tag);
        await workEveryElement(page, (path) => server.requestsTo(path, 'POST').length);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.warnings, []);
        assert.deepEqual(log.failedRequests, []);
      } finally {
        await page.close();
      }
    });
  }

  it('what a webmaster writes inside an element shows when the script cannot run, and is hidden once it does', async () => {
    // Every element but the container (whose children are the page's own content), with a line of
    // text inside, as the README suggests: the hours, a link to a list, an address.
    const body = EMBEDDED_ELEMENTS.filter((element) => !element.container)
      .map((element) => element.markup('', false).replace(/^<[a-z-]+[^>]*>/, (tag) => `${tag}<p data-fallback="${element.tag}">Texte de secours</p>`))
      .join('\n');
    const fallbacks = (page: OpenedPage['page']) =>
      page.$$eval('[data-fallback]', (found) => found.map((p) => `${p.getAttribute('data-fallback')}: ${p.getClientRects().length ? 'shown' : 'hidden'}`));
    const expect = (state: string) => EMBEDDED_ELEMENTS.filter((element) => !element.container).map((element) => `${element.tag}: ${state}`);

    // The CDN blocked or down (a 404 here), and a browser too old for the bundle, alike: no element defined.
    const blocked = await openPage(browser, server.put('/loading/fallback-blocked.html', htmlPage({ head: '<script type="module" src="/cdn/absent.js"></script>', body })));
    try {
      assert.deepEqual(await fallbacks(blocked.page), expect('shown'));
    } finally {
      await blocked.page.close();
    }
    const loaded = await openPage(browser, server.put('/loading/fallback.html', htmlPage({ head: '<script type="module" src="/cdn/msp-widgets.js"></script>', body })));
    try {
      assert.deepEqual(await settle(loaded.page, TAGS.filter((tag) => tag !== 'msp-site')), []);
      assert.deepEqual(await fallbacks(loaded.page), expect('hidden'));
      assert.deepEqual(loaded.log.errors, []);
    } finally {
      await loaded.page.close();
    }
  });

  it("a query string on the script's URL (WordPress adds ?ver=…) does not make the lazy parts load the bundle again", async () => {
    // Every element on the page, the assistant opened and the newsletter sent: the lazy chunks they
    // need are loaded. Each must reach the code it shares with the entry at the URL the page used.
    const entries = ['/cdn/msp-widgets.js', ...EMBEDDED_ELEMENTS.map((e) => e.entry)];
    const problems: string[] = [];
    for (const [name, scripts] of [
      ['the ES bundle', ['/cdn/msp-widgets.js']],
      ['the per-element entries', EMBEDDED_ELEMENTS.map((e) => e.entry)],
    ] as const) {
      const url = server.put(
        '/loading/query-string.html',
        htmlPage({ head: scripts.map((src) => `<script type="module" src="${src}?ver=6.8.1"></script>`).join('\n'), body: allElementsMarkup() }),
      );
      const before = server.requests.length;
      const { page, log } = await openPage(browser, url);
      try {
        assert.deepEqual(await settle(page, TAGS), []);
        await workEveryElement(page, (path) => server.requestsTo(path, 'POST').length);
        const requested = server.requests.slice(before).map((r) => r.url);
        const chunks = requested.filter((path) => path.includes('/lazy/') || path.includes('/shared/'));
        for (const again of requested.filter((path) => entries.includes(path))) {
          problems.push(`${name}: ${again} loaded a second time (without ?ver=), after ${chunks.join(', ')}`);
        }
        assert.deepEqual(log.errors, []);
      } finally {
        await page.close();
      }
    }
    assert.deepEqual(problems, []);
  });

  it('two versions on one page: the first wins, every element works, and one warning names both versions', async () => {
    // An older release beside the current one: a copy of the whole CDN folder with another version.
    const older = join(server.root, 'cdn-older');
    cpSync(join(server.root, 'cdn'), older, { recursive: true });
    const literal = JSON.stringify(VERSION);
    let replaced = 0;
    for (const file of readdirSync(older, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(join(older, file), 'utf8');
      if (!code.includes(literal)) continue;
      replaced += code.split(literal).length - 1;
      writeFileSync(join(older, file), code.replaceAll(literal, JSON.stringify(OLD_VERSION)));
    }
    assert.ok(replaced > 0, `the version literal ${literal} is not in the bundle`);
    const url = server.put(
      '/loading/two-versions.html',
      htmlPage({
        head: '<script type="module" src="/cdn-older/msp-widgets.js"></script>\n<script type="module" src="/cdn/msp-widgets.js"></script>',
        body: allElementsMarkup(),
      }),
    );
    const { page, log } = await openPage(browser, url);
    try {
      assert.deepEqual(await settle(page, TAGS), []);
      for (const element of EMBEDDED_ELEMENTS) assert.deepEqual(await inspectElement(page, element), [], element.tag);
      assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
      assert.match(log.warnings[0]!, VERSION_WARNING);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  describe(`each element added after load and removed again, ${CYCLES} times`, () => {
    let opened: OpenedPage;

    /**
     * Adds the element (from its markup) to `parentId`, waits until it has rendered, removes it; `times`
     * times, as a script or a framework would. Returns how many times it rendered some text.
     */
    const cycle = (markup: string, parentId: string, times: number) =>
      opened.page.evaluate(
        async (markup, parentId, times) => {
          let rendered = 0;
          for (let i = 0; i < times; i++) {
            const template = document.createElement('template');
            template.innerHTML = markup;
            const element = template.content.firstElementChild as HTMLElement & { updateComplete?: Promise<boolean> };
            document.getElementById(parentId)!.append(element);
            while (!((await element.updateComplete) ?? true));
            if (element.shadowRoot?.textContent?.trim()) rendered++;
            element.remove();
          }
          return rendered;
        },
        markup,
        parentId,
        times,
      );

    /** Half the cycles alone in the page, half inside `<msp-site>` (a container: all alone). */
    const cycles = async (element: (typeof EMBEDDED_ELEMENTS)[number], times: number) => {
      const alone = element.container ? times : times / 2;
      return (await cycle(element.markup('', false), 'page', alone)) + (await cycle(element.markup('', true), 'in-site', times - alone));
    };

    const state = async () => ({
      timers: await pendingTimers(opened.page),
      listeners: (await globalListeners(opened.cdp)).filter((listener) => !listener.startsWith('document probe-event')),
      nodes: await opened.page.evaluate(() => document.getElementsByTagName('*').length),
      // Registries that hold elements weakly still keep one WeakRef per entry: they must not grow either.
      weakRefs: await liveInstances(opened.page, opened.cdp, 'WeakRef.prototype', Number.POSITIVE_INFINITY),
    });

    before(async () => {
      const url = server.put(
        '/loading/cycles.html',
        htmlPage({
          head: '<script type="module" src="/cdn/msp-widgets.js"></script>',
          body: '<main id="page"></main>\n<msp-site id="site" name="Maison de santé des Dunes (fictive)" address="12 rue des Oyats, 59140 Dunkerque"><div id="in-site"></div></msp-site>',
        }),
      );
      opened = await openPage(browser, url);
      assert.deepEqual(await settle(opened.page, TAGS), []);
    });

    after(() => opened?.page.close());

    it('the probes see what a page adds (control): a pending timer and a document listener', async () => {
      const before = await state();
      await opened.page.evaluate(() => {
        (window as unknown as { probeTimer: number }).probeTimer = window.setTimeout(() => undefined, 60_000);
        document.addEventListener('probe-event', () => undefined);
      });
      assert.equal((await pendingTimers(opened.page)).length, before.timers.length + 1);
      assert.ok((await globalListeners(opened.cdp)).includes('document probe-event ×1'));
      await opened.page.evaluate(() => clearTimeout((window as unknown as { probeTimer: number }).probeTimer));
    });

    for (const element of EMBEDDED_ELEMENTS) {
      it(`<${element.tag}>: renders every time, then leaves no timer, listener, node or instance behind`, async () => {
        const before = await state();
        assert.equal(await cycles(element, CYCLES), CYCLES, 'renders every time it is added');
        const after = await state();
        assert.deepEqual(after.timers, before.timers, 'pending timers (where they were set)');
        assert.deepEqual(after.listeners, before.listeners, 'listeners on document, <html> and window');
        assert.equal(after.nodes, before.nodes, 'elements in the document');
        // A few may stay (the last request a registry has not pruned yet); one per cycle is a leak.
        assert.ok(after.weakRefs - before.weakRefs < WEAKREF_SLACK, `${after.weakRefs - before.weakRefs} more WeakRefs alive after ${CYCLES} cycles`);
        const onPage = await opened.page.evaluate((tag) => document.querySelectorAll(tag).length, element.tag);
        assert.equal(await liveInstances(opened.page, opened.cdp, `customElements.get('${element.tag}').prototype`, onPage), onPage, 'live instances after garbage collection');
      });
    }

    it('the JS heap stays flat over more cycles of every element', async (t) => {
      // Measured after the cycles above: code is compiled and template caches are full.
      const heap = await heapAfterGc(opened.cdp);
      for (const element of EMBEDDED_ELEMENTS) await cycles(element, CYCLES / 2);
      const growth = (await heapAfterGc(opened.cdp)) - heap;
      t.diagnostic(`JS heap growth after garbage collection: ${growth} bytes`);
      assert.ok(growth < HEAP_GROWTH_LIMIT, `the JS heap grew by ${growth} bytes over ${(CYCLES / 2) * EMBEDDED_ELEMENTS.length} add/remove cycles`);
    });

    it('logs no error and no warning', () => {
      assert.deepEqual(opened.log.errors, []);
      assert.deepEqual(opened.log.warnings, []);
      assert.deepEqual(opened.log.failedRequests, []);
    });
  });
});
