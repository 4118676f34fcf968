// Drop-in embedding, part 4: inside a React 19 page and a Vue 3 page, with the framework from npm
// (bundled here by esbuild, in development mode so the frameworks' own warnings show; the Vue template
// compiled at build time with `isCustomElement`, as in a Vite project), the elements take PROPERTIES
// (parsed opening hours, booleans, strings) and attributes, their EVENTS reach the framework's
// handlers (a cancelled `msp-subscribe` sends nothing), a re-render updates them in place, and
// unmounting leaves nothing behind. Also: a bundler keeps a bare `import '@msp-kit/widgets'`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';
import { compileTemplate } from 'vue/compiler-sfc';
import type { Browser, Page } from 'puppeteer-core';
import {
  closeChromium,
  globalListeners,
  launchChromium,
  liveInstances,
  openPage,
  pendingTimers,
  settle,
  type OpenedPage,
} from './fixtures/embedding/browser.js';
import { htmlPage } from './fixtures/embedding/elements.js';
import { repoRoot, startServer, type StaticServer } from './fixtures/embedding/server.js';

const TAGS = ['msp-site', 'msp-opening-hours', 'msp-newsletter'];
const APPS = join(repoRoot, 'test/node/fixtures/embedding/apps');

const FRAMEWORKS = [
  {
    name: 'React 19',
    app: 'react-app',
    // The app imports the widgets itself, as an npm user does.
    head: (build: string) => `<script type="module" src="/apps/${build}/react-app.js"></script>`,
    devBuildKeepsUnmountedTrees: false,
  },
  {
    name: 'Vue 3',
    app: 'vue-app',
    // The widgets from the CDN, before the app, as on a CMS page that adds a Vue island.
    head: (build: string) => `<script type="module" src="/cdn/msp-widgets.js"></script>\n<script type="module" src="/apps/${build}/vue-app.js"></script>`,
    // Vue's development build keeps unmounted elements reachable (its production build does not).
    devBuildKeepsUnmountedTrees: true,
  },
];

/**
 * `import { render } from 'msp-test:<file>.html'`: that Vue template compiled at build time, as
 * @vitejs/plugin-vue compiles an SFC's, with the option a Vue project sets for custom elements.
 */
const vueTemplates: Plugin = {
  name: 'vue-templates',
  setup(bundler) {
    bundler.onResolve({ filter: /^msp-test:/ }, (args) => ({ path: join(APPS, args.path.slice('msp-test:'.length)), namespace: 'vue-template' }));
    bundler.onLoad({ filter: /.*/, namespace: 'vue-template' }, (args) => {
      const { code, errors } = compileTemplate({
        source: readFileSync(args.path, 'utf8'),
        filename: args.path,
        id: 'vue-app',
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('msp-') },
      });
      return { contents: code, errors: errors.map((error) => ({ text: String(error) })), resolveDir: repoRoot, loader: 'js' };
    });
  },
};

/** Both apps in both builds: development (the frameworks' warnings show) and production. */
const BUILDS = ['development', 'production'] as const;

interface App {
  init(): void;
  mount(): void;
  update(patch: Record<string, unknown>): unknown;
  unmount(): void;
}
declare const mspApp: App;
declare const mspEvents: { type: string; detail: unknown; cancelable: boolean }[];

/** What the three widgets show, read from their shadow roots. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const root = (tag: string) => document.querySelector(tag)?.shadowRoot;
    const hours = document.querySelector('msp-opening-hours') as (HTMLElement & { hours?: { week?: unknown } }) | null;
    return {
      siteName: root('msp-site')?.querySelector('[part=name]')?.textContent ?? null,
      label: root('msp-opening-hours')?.querySelector('[part=label]')?.textContent ?? null,
      // Today's row says so ("lundi (aujourd’hui)"): the patterns allow it, whatever the day.
      week: [...(root('msp-opening-hours')?.querySelectorAll('[part=week] tbody :is(th, td)') ?? [])].map((cell) => cell.textContent?.trim()).join(' '),
      hoursIsProperty: typeof hours?.hours?.week === 'function' && !hours.hasAttribute('hours'),
      newsletterLevel: root('msp-newsletter')?.querySelector('[part=title]')?.getAttribute('aria-level') ?? null,
      consent: root('msp-newsletter')?.querySelector('label[for=consent]')?.textContent ?? null,
      status: root('msp-newsletter')?.querySelector('[role=status]')?.textContent?.trim() ?? null,
    };
  });

/** Types an address, ticks consent and clicks "S'inscrire", like a visitor. */
async function submitNewsletter(page: Page): Promise<void> {
  await page.bringToFront();
  const email = await page.$('msp-newsletter >>> input[name=email]');
  const consent = await page.$('msp-newsletter >>> input[name=consent]');
  const submit = await page.$('msp-newsletter >>> button[type=submit]');
  try {
    assert.ok(email && consent && submit, 'the newsletter form is incomplete');
    await email.click({ count: 3 });
    await email.type('lea.martin@example.fr');
    if (!(await consent.evaluate((box) => box.checked))) await consent.click();
    await submit.click();
  } finally {
    // A handle keeps its node, and so its whole tree, alive: the leak checks would count it.
    for (const handle of [email, consent, submit]) await handle?.dispose();
  }
}

describe('drop-in embedding: React 19 and Vue 3 pages', { timeout: 60_000 }, () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    await Promise.all(
      BUILDS.map((mode) =>
        build({
          absWorkingDir: repoRoot,
          entryPoints: FRAMEWORKS.map((f) => join(APPS, `${f.app}.mjs`)),
          outdir: join(server.root, 'apps', mode),
          bundle: true,
          format: 'esm',
          target: 'es2022',
          define: {
            'process.env.NODE_ENV': JSON.stringify(mode),
            __VUE_OPTIONS_API__: 'true',
            __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          },
          plugins: [vueTemplates],
          logLevel: 'silent',
        }),
      ),
    );
  });

  /** Opens the app's page, lets the framework set itself up, and returns the page with what it held then. */
  const openApp = async (framework: (typeof FRAMEWORKS)[number], mode: (typeof BUILDS)[number]) => {
    const url = server.put(`/${framework.app}-${mode}.html`, htmlPage({ head: framework.head(mode), body: '<div id="app"></div>' }));
    const opened = await openPage(browser, url);
    await opened.page.waitForFunction(() => 'mspApp' in window && customElements.get('msp-newsletter'), { timeout: 5000, polling: 50 });
    // The framework sets itself up first: what it leaves on the page for good is not the widgets' doing.
    await opened.page.evaluate(() => mspApp.init());
    const held = { timers: await pendingTimers(opened.page), listeners: await globalListeners(opened.cdp) };
    return { opened, held };
  };

  /** Live instances of each tag, as "tag: n" for the non-zero ones. */
  const live = async ({ page, cdp }: OpenedPage) => {
    const counts: string[] = [];
    for (const tag of TAGS) {
      const n = await liveInstances(page, cdp, `customElements.get('${tag}').prototype`);
      if (n) counts.push(`${tag}: ${n}`);
    }
    return counts;
  };

  after(async () => {
    await closeChromium(browser);
    await server?.close();
  });

  it("a bundler keeps a bare `import '@msp-kit/widgets'`, which must define every element", async () => {
    // esbuild honours package.json `sideEffects` as webpack and Rollup do: a module not listed there
    // is dropped when nothing is imported from it.
    const result = await build({
      stdin: { contents: "import './packages/widgets/src/index.js';", resolveDir: repoRoot, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const dropped = result.warnings.filter((warning) => warning.id === 'ignored-bare-import').map((warning) => warning.text);
    assert.deepEqual(dropped, []);
    const bundled = Object.keys(result.metafile.inputs);
    for (const module of ['site/msp-site.ts', 'hours/msp-opening-hours.ts', 'newsletter/msp-newsletter.ts']) {
      assert.ok(bundled.includes(`packages/widgets/src/${module}`), `${module} is not in the bundle`);
    }
  });

  for (const framework of FRAMEWORKS) {
    describe(framework.name, () => {
      let opened: OpenedPage;
      let page: Page;
      let beforeMount: { timers: string[]; listeners: string[] };

      before(async () => {
        ({ opened, held: beforeMount } = await openApp(framework, 'development'));
        page = opened.page;
        await page.evaluate(() => mspApp.mount());
        assert.deepEqual(await settle(page, TAGS), []);
      });

      after(() => opened?.page.close());

      it('renders the widgets with the properties and attributes the app gives them', async () => {
        const { siteName, label, hoursIsProperty, week, newsletterLevel, consent } = await shown(page);
        assert.deepEqual(
          {
            '<msp-site> name (property, shown with showContact)': siteName,
            '<msp-opening-hours> label': label,
            '<msp-opening-hours> got `hours` as a property, not an attribute': hoursIsProperty,
            '<msp-opening-hours> week, from that property': /lundi(?: \([^)]*\))? 08:00–12:00, 14:00–19:00 .*samedi(?: \([^)]*\))? Fermé/i.test(week),
            '<msp-newsletter> heading-level': newsletterLevel,
            '<msp-newsletter> names the site of <msp-site>': /de Maison de santé des Dunes \(fictive\)\./.test(consent ?? ''),
          },
          {
            '<msp-site> name (property, shown with showContact)': 'Maison de santé des Dunes (fictive)',
            '<msp-opening-hours> label': 'Secrétariat',
            '<msp-opening-hours> got `hours` as a property, not an attribute': true,
            '<msp-opening-hours> week, from that property': true,
            '<msp-newsletter> heading-level': '2',
            '<msp-newsletter> names the site of <msp-site>': true,
          },
        );
      });

      it('hears the cancelable msp-subscribe event; cancelling it sends nothing', async () => {
        const posts = server.requestsTo('/api/newsletter', 'POST').length;
        await submitNewsletter(page);
        const events = await page.evaluate(() => mspEvents);
        assert.deepEqual(events, [{ type: 'msp-subscribe', detail: { provider: 'json' }, cancelable: true }]);
        // Long enough for a request to reach the server if one had been sent.
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(server.requestsTo('/api/newsletter', 'POST').length, posts, 'a sign-up was sent although the app cancelled it');
        assert.equal((await shown(page)).status, '', 'no success message');
      });

      it('sends the sign-up once the app lets the event through (control)', async () => {
        const posts = server.requestsTo('/api/newsletter', 'POST').length;
        await page.evaluate(() => mspApp.update({ allowSubscribe: true }));
        await submitNewsletter(page);
        await page.waitForFunction(
          () => document.querySelector('msp-newsletter')?.shadowRoot?.querySelector('[role=status]')?.textContent?.includes('Merci'),
          { timeout: 5000, polling: 50 },
        );
        assert.equal(server.requestsTo('/api/newsletter', 'POST').length, posts + 1);
        assert.equal((await page.evaluate(() => mspEvents)).length, 2);
      });

      it('a re-render with changed props and attributes updates the same elements in place', async () => {
        await page.evaluate((tags) => tags.forEach((tag, i) => ((document.querySelector(tag) as unknown as { mark: number }).mark = i + 1)), TAGS);
        await page.evaluate(() =>
          mspApp.update({ siteName: 'Maison de santé du Port (fictive)', label: 'Accueil', headingLevel: 3, hoursValue: 'Mo-Sa 09:00-18:00' }),
        );
        assert.deepEqual(await settle(page, TAGS), []);
        const marks = await page.evaluate((tags) => tags.map((tag) => (document.querySelector(tag) as unknown as { mark?: number })?.mark), TAGS);
        assert.deepEqual(marks, [1, 2, 3], 'the framework replaced an element instead of updating it');
        const { siteName, label, week, newsletterLevel } = await shown(page);
        assert.deepEqual(
          { siteName, label, week: /lundi(?: \([^)]*\))? 09:00–18:00 .*samedi(?: \([^)]*\))? 09:00–18:00/i.test(week), newsletterLevel },
          { siteName: 'Maison de santé du Port (fictive)', label: 'Accueil', week: true, newsletterLevel: '3' },
        );
      });

      it('unmounts cleanly: no element, timer, document listener or live instance left', async () => {
        await page.evaluate(() => mspApp.unmount());
        assert.equal(await page.evaluate((tags) => document.querySelectorAll(tags.join(',')).length, TAGS), 0);
        assert.deepEqual(await pendingTimers(page), beforeMount.timers);
        assert.deepEqual(await globalListeners(opened.cdp), beforeMount.listeners);
        if (!framework.devBuildKeepsUnmountedTrees) assert.deepEqual(await live(opened), [], 'live instances after unmount');
      });

      if (framework.devBuildKeepsUnmountedTrees) {
        it('unmounting leaves no live instance (production build: the development one keeps unmounted trees)', async () => {
          const { opened: production } = await openApp(framework, 'production');
          try {
            await production.page.evaluate(() => mspApp.mount());
            assert.deepEqual(await settle(production.page, TAGS), []);
            await production.page.evaluate(() => mspApp.update({ label: 'Accueil', hoursValue: 'Mo-Sa 09:00-18:00' }));
            assert.deepEqual(await settle(production.page, TAGS), []);
            await production.page.evaluate(() => mspApp.unmount());
            assert.deepEqual(await live(production), []);
            assert.deepEqual(production.log.errors, []);
          } finally {
            await production.page.close();
          }
        });
      }

      it("logs no error and no warning (the framework's included) and every request succeeds", () => {
        assert.deepEqual(opened.log.errors, []);
        assert.deepEqual(opened.log.warnings, []);
        assert.deepEqual(opened.log.failedRequests, []);
      });
    });
  }
});
