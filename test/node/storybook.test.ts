// Every story of the built Storybook (`npm run build-storybook`), served on 127.0.0.1 and visited in
// Chromium: no console error, no page error, no axe violation.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { shiftClock } from '../clock-shift.mjs';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const axeSource = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

describe('Storybook: every story', () => {
  let server: Server;
  let base = '';
  let browser: Browser;
  const stories = existsSync(root)
    ? Object.values((JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> }).entries).filter(
        (entry) => entry.type === 'story',
      )
    : [];

  before(async () => {
    if (!existsSync(root)) throw new Error('storybook-static/ is missing: run `npm run build-storybook` first (npm test does)');
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(root, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      // Storybook has no favicon; the browser asks for one on the first page.
      if (path.endsWith('/favicon.ico')) {
        res.writeHead(204).end();
        return;
      }
      if (!file.startsWith(root) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('has stories for every widget, and for every state of <msp-team> and the assistant', () => {
    const titles = new Set(stories.map((s) => s.title));
    for (const title of [
      'Réglages du site/msp-site',
      'Widgets/Horaires',
      'Widgets/Lettre d’information',
      'Widgets/Prévention',
      'Widgets/Annuaire',
      'Widgets/Assistant',
      'Intégration/Générateur de code',
    ]) {
      assert.ok(titles.has(title), `no stories titled "${title}"`);
    }
    const names = (title: string) => stories.filter((s) => s.title === title).map((s) => s.name);
    for (const name of ['Équipe d’une MSP', 'Équipe : chargement', 'Équipe : erreur de chargement', 'Équipe non listée', 'Équipe en anglais']) {
      assert.ok(names('Widgets/Annuaire').includes(name), `no "${name}" story under Widgets/Annuaire`);
    }
    for (const name of ['Fermé (bouton seul)', 'Réponse avec sources', 'Urgence', 'Erreur du serveur', 'En anglais']) {
      assert.ok(names('Widgets/Assistant').includes(name), `no "${name}" story under Widgets/Assistant`);
    }
  });

  it('renders every story without a console error or an axe violation', async () => {
    assert.ok(stories.length > 0, 'the built Storybook has no story');
    const problems: string[] = [];
    const page = await browser.newPage();
    await shiftClock(page);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    // Offline by design: anything outside the served Storybook (map tiles…) gets an empty answer.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith(base) || request.url().startsWith('data:')) void request.continue();
      else void request.respond({ status: 204, body: '' });
    });
    for (const story of stories) {
      errors.length = 0;
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
        { timeout: 15_000 },
      );
      // Let play functions and widgets settle.
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
        problems.push(`${story.id}: Storybook shows an error: ${await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '')}`);
      }
      await page.addScriptTag({ path: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        // Storybook's a11y addon runs axe after each render too, later on a loaded machine: ours
        // waits for it to finish (axe refuses two runs at once).
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await axe.run({ include: [['#storybook-root']] });
            return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
          } catch (error) {
            if (attempt > 50 || !/already running/i.test(String(error))) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
      for (const violation of violations) problems.push(`${story.id}: axe ${violation}`);
      for (const error of errors) problems.push(`${story.id}: console error: ${error}`);
    }
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('the "Aucun résultat" story shows a search that finds nothing (its play function types one)', async () => {
    const story = stories.find((s) => s.title === 'Widgets/Annuaire' && s.name === 'Aucun résultat');
    assert.ok(story, 'no "Aucun résultat" story under Widgets/Annuaire');
    const page = await browser.newPage();
    await shiftClock(page);
    try {
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => document.querySelector('msp-directory')?.shadowRoot?.querySelector('[part=status]')?.textContent?.includes('Aucune structure ne correspond à votre recherche'),
        { timeout: 15_000 },
      );
    } finally {
      await page.close();
    }
  });

  it('the language toolbar sets the language of every widget, unless the story sets its own', async () => {
    const cases = [
      { title: 'Widgets/Horaires', name: 'Ouvert', tag: 'msp-opening-hours', fr: 'Ouvert', en: 'Open' },
      { title: 'Widgets/Assistant', name: 'Fermé (bouton seul)', tag: 'msp-assistant', fr: 'Une question', en: 'A question?' },
      { title: 'Widgets/Annuaire', name: 'Annuaire d’une fédération', tag: 'msp-directory', fr: 'Nom, commune, code postal', en: 'Name, town, postcode' },
      { title: 'Widgets/Lettre d’information', name: 'Formulaire', tag: 'msp-newsletter', fr: 'Adresse e-mail', en: 'E-mail address' },
    ];
    const page = await browser.newPage();
    await shiftClock(page);
    const shown = (tag: string) => page.evaluate((t) => document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', tag);
    try {
      for (const { title, name, tag, fr, en } of cases) {
        const story = stories.find((s) => s.title === title && s.name === name);
        assert.ok(story, `no "${name}" story under ${title}`);
        for (const [locale, expected, other] of [['fr', fr, en], ['en', en, fr]] as const) {
          await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=locale:${locale}`, { waitUntil: 'load' });
          await page.waitForFunction((t, text) => document.querySelector(t)?.shadowRoot?.textContent?.includes(text), { timeout: 15_000 }, tag, expected).catch(() => undefined);
          const text = await shown(tag);
          assert.ok(text.includes(expected) && !text.includes(other), `${title} / ${name} with the toolbar in ${locale}: ${text.slice(0, 120)}`);
        }
      }
      // A story that sets its own language keeps it, whatever the toolbar.
      const english = stories.find((s) => s.title === 'Widgets/Horaires' && s.name === 'En anglais');
      assert.ok(english, 'no "En anglais" story under Widgets/Horaires');
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(english.id)}&viewMode=story&globals=locale:fr`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('msp-opening-hours')?.shadowRoot?.textContent?.includes('Open'), { timeout: 15_000 });
    } finally {
      await page.close();
    }
  });

  it("the visitor time zone toolbar moves the page's clock, and the hours stay the MSP's", async () => {
    const story = stories.find((s) => s.title === 'Widgets/Horaires' && s.name === 'Ouvert');
    assert.ok(story, 'no "Open" story under Widgets/Horaires');
    const page = await browser.newPage();
    await shiftClock(page);
    const seen: Record<string, { zone: string; hour: number; offset: number; shown: string }> = {};
    try {
      for (const visitor of ['browser', 'new-york', 'auckland']) {
        await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=visitorZone:${visitor}`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('msp-opening-hours')?.shadowRoot?.textContent?.includes('Ouvert'), { timeout: 15_000 });
        seen[visitor] = await page.evaluate(() => {
          const instant = new Date('2026-06-10T14:00:00Z');
          return {
            zone: new Intl.DateTimeFormat().resolvedOptions().timeZone,
            hour: instant.getHours(),
            offset: instant.getTimezoneOffset(),
            shown: (document.querySelector('msp-opening-hours')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
          };
        });
      }
    } finally {
      await page.close();
    }
    assert.deepEqual([seen['new-york']?.zone, seen['new-york']?.hour, seen['new-york']?.offset], ['America/New_York', 10, 240]);
    assert.deepEqual([seen.auckland?.zone, seen.auckland?.hour, seen.auckland?.offset], ['Pacific/Auckland', 2, -720]);
    assert.match(seen.browser?.shown ?? '', /Ouvert, ferme à 12:00/);
    assert.equal(seen['new-york']?.shown, seen.browser?.shown);
    assert.equal(seen.auckland?.shown, seen.browser?.shown);
  });

  it('the code generator says in a status, once a control changed, how many mistakes there are', async () => {
    const story = stories.find((s) => s.title === 'Intégration/Générateur de code' && s.name === 'Lettre d’information');
    assert.ok(story, 'no "Lettre d’information" story under Intégration/Générateur de code');
    const page = await browser.newPage();
    const status = () =>
      page.evaluate(() => document.querySelector('msp-embed-code')?.shadowRoot?.querySelector('#mistakes-status')?.textContent?.trim() ?? null);
    // What the Controls panel sends when a control changes.
    const change = (args: Record<string, unknown>) =>
      page.evaluate(
        (storyId, updatedArgs) =>
          (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit: (event: string, data: unknown) => void } }).__STORYBOOK_ADDONS_CHANNEL__.emit(
            'updateStoryArgs',
            { storyId, updatedArgs },
          ),
        story.id,
        args,
      );
    try {
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('msp-embed-code')?.shadowRoot?.querySelector('#mistakes-status'), { timeout: 15_000 });
      assert.equal(await status(), '');
      await change({ provider: 'mailchimp' });
      await page.waitForFunction(() => document.querySelector('msp-embed-code')?.shadowRoot?.querySelector('#mistakes-status')?.textContent?.trim(), { timeout: 5000 });
      assert.equal(await status(), 'Une valeur à corriger avant de copier le code (liste au-dessus du code).');
      await change({ provider: 'json' });
      await page.waitForFunction(() => document.querySelector('msp-embed-code')?.shadowRoot?.querySelector('#mistakes-status')?.textContent?.includes('Plus rien'), {
        timeout: 5000,
      });
      assert.equal(await status(), 'Plus rien à corriger\u00a0: le code peut être copié.');
    } finally {
      await page.close();
    }
  });

  it('describes every row of the widget stories’ controls in French, and gives a control only to what the story shows', async () => {
    const widgetStories = stories.filter((s) => s.title.startsWith('Widgets/') || s.title.startsWith('Réglages du site/'));
    assert.ok(widgetStories.length > 20, `only ${widgetStories.length} widget stories`);
    // The JSDoc's English, which Storybook would show (it stays in custom-elements.json).
    const manifest = JSON.parse(readFileSync(new URL('../../packages/widgets/custom-elements.json', import.meta.url), 'utf8')) as {
      modules: { declarations?: Record<string, unknown>[] }[];
    };
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    const english = new Set(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .flatMap((declaration) =>
          ['members', 'attributes', 'events', 'slots', 'cssProperties', 'cssParts'].flatMap((kind) => (declaration[kind] as { description?: string }[] | undefined) ?? []),
        )
        .map((item) => words(item.description ?? ''))
        .filter(Boolean),
    );
    const page = await browser.newPage();
    const problems: string[] = [];
    let rowCount = 0;
    try {
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(widgetStories[0]!.id)}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.body.classList.contains('sb-show-main'), { timeout: 15_000 });
      for (const story of widgetStories) {
        // What the Controls panel and the Docs table show: the story's argTypes, as Storybook's
        // preview prepares them (its internal API, the same in the panel and the Docs tab).
        const { args, rows } = await page.evaluate(async (id) => {
          type Prepared = {
            initialArgs: Record<string, unknown>;
            argTypes: Record<
              string,
              { name?: string; description?: string; control?: false | string | { type?: string; disable?: boolean }; table?: { category?: string; disable?: boolean } }
            >;
          };
          const preview = (window as unknown as { __STORYBOOK_PREVIEW__: { storyStoreValue: { loadStory: (o: { storyId: string }) => Promise<Prepared> } } }).__STORYBOOK_PREVIEW__;
          const prepared = await preview.storyStoreValue.loadStory({ storyId: id });
          return {
            args: Object.fromEntries(Object.entries(prepared.initialArgs).map(([key, value]) => [key, typeof value])),
            rows: Object.entries(prepared.argTypes)
              .filter(([, argType]) => !argType.table?.disable)
              .map(([key, argType]) => ({
                key,
                name: argType.name ?? key,
                description: argType.description ?? '',
                category: argType.table?.category ?? '',
                // (`control: false` comes as `{ disable: true }`.)
                control: !argType.control || (typeof argType.control === 'object' && argType.control.disable) ? null : typeof argType.control === 'string' ? argType.control : (argType.control.type ?? 'unknown'),
              })),
          };
        }, story.id);
        for (const row of rows) {
          rowCount++;
          const where = `${story.id}: ${row.name}`;
          // Code (`json`, `preventDefault()`) is written as it is, in any language.
          const prose = row.description.replace(/`[^`]*`/g, '');
          if (!row.description.trim()) problems.push(`${where}: no description`);
          else if (english.has(words(row.description))) problems.push(`${where}: the JSDoc's English`);
          else if (/\b(the|and|of|to|is|are|with|for|when|from|by|its|this|shows?|default|empty)\b/i.test(prose)) problems.push(`${where}: English? "${row.description}"`);
          if (/^(attributes|properties|events|slots|css custom properties|css shadow parts)$/.test(row.category)) problems.push(`${where}: category "${row.category}"`);
          // A control the story does not render would change nothing.
          if (row.control && !(row.key in args)) problems.push(`${where}: a control, but no argument`);
          if (args[row.key] === 'boolean' && row.control !== 'boolean') problems.push(`${where}: a yes/no argument with a ${row.control} control`);
          if (args[row.key] === 'string' && row.control === 'object') problems.push(`${where}: a text argument with a JSON editor`);
        }
      }
    } finally {
      await page.close();
    }
    assert.ok(rowCount > 200, `only ${rowCount} rows`);
    assert.deepEqual(problems, []);
  });

  it('describes each widget and each widget story in French on its Docs page', async () => {
    const widgetStories = stories.filter((s) => s.title.startsWith('Widgets/') || s.title.startsWith('Réglages du site/'));
    const page = await browser.newPage();
    const problems: string[] = [];
    try {
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(widgetStories[0]!.id)}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.body.classList.contains('sb-show-main'), { timeout: 15_000 });
      for (const story of widgetStories) {
        const { component, own } = await page.evaluate(async (id) => {
          type Prepared = { parameters: { docs?: { description?: { component?: string; story?: string } } } };
          const preview = (window as unknown as { __STORYBOOK_PREVIEW__: { storyStoreValue: { loadStory: (o: { storyId: string }) => Promise<Prepared> } } }).__STORYBOOK_PREVIEW__;
          const { description } = (await preview.storyStoreValue.loadStory({ storyId: id })).parameters.docs ?? {};
          return { component: description?.component ?? '', own: description?.story ?? '' };
        }, story.id);
        // (The story's own description comes from its JSDoc, through Storybook's CSF plugin.)
        for (const [what, text] of [['widget', component], ['story', own]] as const) {
          const prose = text.replace(/`[^`]*`/g, '');
          if (!text.trim()) problems.push(`${story.id}: no ${what} description`);
          else if (/\b(the|and|of|to|is|are|with|for|when|from|by|its|this|shows?|in|one)\b/i.test(prose)) problems.push(`${story.id}: English ${what} description? "${text}"`);
        }
      }
    } finally {
      await page.close();
    }
    assert.deepEqual(problems, []);
  });

  it('the Docs tab lists the public API: the attributes, not the internal state or private members', async () => {
    const docs = Object.values((JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> }).entries).find(
      (entry) => entry.type === 'docs' && entry.title === 'Widgets/Annuaire',
    );
    assert.ok(docs, 'no Docs page for Widgets/Annuaire');
    const page = await browser.newPage();
    let rows: string[];
    try {
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(docs.id)}&viewMode=docs`, { waitUntil: 'load' });
      await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 15_000 });
      // The first argument table is the component's; each row starts with its name.
      rows = await page.$eval('.docblock-argstable', (table) => [...table.querySelectorAll('tbody tr > td:first-child')].map((cell) => cell.textContent.trim()));
    } finally {
      await page.close();
    }
    for (const name of ['src', 'url-state', 'structured-data', 'heading-level', 'page-size', 'tile-url', 'time-zone', 'lang', 'urlState', 'data']) {
      assert.ok(rows.includes(name), `no row for ${name} (rows: ${rows.join(', ')})`);
    }
    // (`filters` and `status` are also CSS part names, which have rows of their own.)
    for (const name of ['shown', 'geo', 'announced', 'mapFailed', 'loadState', 'failure', 'site', '#entries', 'words', 'onDemand']) {
      assert.ok(!rows.includes(name), `a row for ${name}`);
    }
  });
});
