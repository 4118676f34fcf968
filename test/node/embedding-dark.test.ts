// Drop-in embedding on a dark page: the README's palette for a dark background (pasted as it is
// written there) makes every widget, in the states a visitor meets, pass axe's colour-contrast rule
// (WCAG 1.4.3) on a #121212 page, in real Chromium; without it, the same page fails.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { darkPalette } from '../../stories/support/dark-palette.js';
import { closeChromium, launchChromium, openPage, settle } from './fixtures/embedding/browser.js';
import { TAGS, allElementsMarkup, htmlPage } from './fixtures/embedding/elements.js';
import { repoRoot, startServer, type StaticServer } from './fixtures/embedding/server.js';

/** The README's `<style>` block for a dark background, as a webmaster copies it. */
function readmeStyle(): string {
  const readme = readFileSync(`${repoRoot}README.md`, 'utf8');
  const block = /```html\n(<style>\n {2}\.msp-fond-sombre \{[^`]*?<\/style>)\n/.exec(readme)?.[1];
  assert.ok(block, 'README: no <style> block with .msp-fond-sombre');
  return block;
}

const AXE = readFileSync(`${repoRoot}node_modules/axe-core/axe.min.js`, 'utf8');

/** axe's colour-contrast failures on the page, one line each. */
async function contrastFailures(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    type Result = { violations: { nodes: { target: string[][] | string[]; any: { message: string }[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: ['color-contrast'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.flat().join(' ')}: ${n.any.map((a) => a.message).join(' ')}`));
  });
}

describe('drop-in embedding on a dark page', { timeout: 90_000 }, () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await startServer();
    const dark = 'html { background: #121212; color: #e8e8e8 }';
    for (const [name, style, markup] of [
      ['palette', readmeStyle(), allElementsMarkup().replace('<msp-site ', '<msp-site class="msp-fond-sombre" ')],
      ['no-palette', '', allElementsMarkup()],
    ]) {
      server.put(`/${name}.html`, htmlPage({ head: `<script type="module" src="/cdn/msp-widgets.js"></script><style>${dark}</style>`, body: `${style}\n<main>${markup}</main>` }));
    }
    browser = await launchChromium();
  });

  after(async () => {
    await closeChromium(browser);
    await server?.close();
  });

  it('the README gives the palette Storybook shows (stories/support/dark-palette.ts)', () => {
    const declared = Object.fromEntries([...readmeStyle().matchAll(/(--msp-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
    assert.deepEqual(declared, darkPalette);
  });

  it('with the palette, every widget reads at 4.5:1 (3:1 for large text): at rest, with errors, without results, and the assistant open', async () => {
    const { page, log } = await openPage(browser, `${server.origin}/palette.html`);
    try {
      await page.setViewport({ width: 1200, height: 2400 });
      assert.deepEqual(await settle(page, TAGS), []);
      const failures: string[] = [];
      const check = async (state: string) => failures.push(...(await contrastFailures(page)).map((f) => `${state}: ${f}`));
      await check('at rest');

      // The newsletter sent empty: its errors, in the danger colour.
      await (await page.waitForSelector('msp-newsletter >>> button[type=submit]'))!.click();
      await page.waitForSelector('msp-newsletter >>> p.error:not([hidden])');
      // The directory searched for what it does not hold: its "no result" message.
      await (await page.waitForSelector('msp-directory >>> input[type=search]'))!.type('zzz');
      await page.waitForFunction(() => /Aucune/.test(document.querySelector('msp-directory')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? ''), {
        timeout: 5000,
      });
      await check('errors and no result');

      await (await page.waitForSelector('msp-assistant >>> [part=launcher]'))!.click();
      await page.waitForSelector('msp-assistant >>> msp-assistant-panel >>> [part=notice]', { visible: true });
      await check('assistant open');

      assert.deepEqual(failures, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  it('without the palette, the same dark page fails (dark text on the page’s background)', async () => {
    const { page } = await openPage(browser, `${server.origin}/no-palette.html`);
    try {
      assert.deepEqual(await settle(page, TAGS), []);
      const failures = await contrastFailures(page);
      assert.ok(failures.length > 10, failures.join('\n'));
      assert.ok(failures.some((f) => f.includes('msp-opening-hours')), failures.join('\n'));
    } finally {
      await page.close();
    }
  });
});
