// Drop-in embedding with a reader's own text spacing (WCAG 2.2 1.4.12, RGAA 10.12): line height 1.5,
// letters 0.12em apart, words 0.16em, 2em after each paragraph, as people with dyslexia or low vision
// set them. No widget may lose content to it: nothing cut off by a box that does not grow, no text
// running out of its box, no page scrolling sideways, on a 320 px phone (WCAG's reflow width) and
// on a desktop, at rest and in the states that bring longer texts (errors, no result, the filters,
// an answer and an emergency answer of the assistant). The spacing is put in every shadow root too,
// which a reader's style sheet cannot do: the strictest case.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { openPage, settle } from './fixtures/embedding/browser.js';
import { TAGS, allElementsMarkup, askTheAssistant, htmlPage } from './fixtures/embedding/elements.js';
import { startStage, type Stage } from './fixtures/embedding/linked-page.js';

/** The spacing of WCAG 1.4.12, as the usual bookmarklet writes it. */
const SPACING =
  '*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';

/**
 * What the widgets lose of their content, one line each: a box that cuts its content, text that runs
 * out of its box, and the page's sideways scrolling. Text hidden on purpose (for screen readers only,
 * the newsletter's trap for robots) is left out.
 */
function losses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: ShadowRoot, host: string) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot, el.localName);
        if (!el.getClientRects().length || el.closest('.sr-only, .honeypot')) continue;
        const style = getComputedStyle(el);
        if (style.clipPath !== 'none' || style.display === 'inline') continue;
        const name = `<${host}> ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
        const cuts = (overflow: string) => /hidden|clip/.test(overflow);
        if (cuts(style.overflowX) && el.scrollWidth > el.clientWidth + 1) found.push(`${name} cuts ${el.scrollWidth - el.clientWidth} px across`);
        if (cuts(style.overflowY) && el.scrollHeight > el.clientHeight + 1) found.push(`${name} cuts ${el.scrollHeight - el.clientHeight} px down`);
        if (style.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) found.push(`${name} runs ${el.scrollWidth - el.clientWidth} px out`);
      }
    };
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot, el.localName);
    if (document.documentElement.scrollWidth > innerWidth) found.push(`the page scrolls ${document.documentElement.scrollWidth - innerWidth} px sideways`);
    return found;
  });
}

/** Puts the spacing in the page and in every shadow root, and takes it away again. */
function spaceText(page: Page, on: boolean): Promise<void> {
  return page.evaluate(
    (css, on) => {
      const sheet = ((globalThis as unknown as { __spacing?: CSSStyleSheet }).__spacing ??= new CSSStyleSheet());
      sheet.replaceSync(css);
      const apply = (root: Document | ShadowRoot) => {
        root.adoptedStyleSheets = on ? [...root.adoptedStyleSheets.filter((s) => s !== sheet), sheet] : root.adoptedStyleSheets.filter((s) => s !== sheet);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) apply(el.shadowRoot);
      };
      apply(document);
      document.body.getBoundingClientRect();
    },
    SPACING,
    on,
  );
}

describe('drop-in embedding with a reader’s text spacing (WCAG 1.4.12)', { timeout: 120_000 }, () => {
  let stage: Stage;

  before(async () => {
    stage = await startStage({
      '/spacing.html': (api) =>
        htmlPage({
          head: `<script type="module" src="/cdn/msp-widgets.js"></script>`,
          body: `<main>${allElementsMarkup()}\n<msp-assistant id="inline" mode="inline" endpoint="${api}/api/chat"></msp-assistant></main>`,
        }),
    });
  });

  after(() => stage?.close());

  for (const width of [320, 1000]) {
    it(`loses no content at ${width} px wide, in every state`, async () => {
      const { page, log } = await openPage(stage.browser, `${stage.server.origin}/spacing.html`);
      try {
        await page.setViewport({ width, height: 900 });
        assert.deepEqual(await settle(page, TAGS), []);
        const problems: string[] = [];
        const check = async (state: string) => {
          const before = new Set(await losses(page));
          await spaceText(page, true);
          problems.push(...(await losses(page)).filter((loss) => !before.has(loss)).map((loss) => `${state}: ${loss}`));
          await spaceText(page, false);
        };
        await check('at rest');

        await (await page.waitForSelector('msp-newsletter >>> button[type=submit]'))!.click();
        await page.waitForSelector('msp-newsletter >>> p.error:not([hidden])');
        const filters = (await page.waitForSelector('msp-directory >>> [part=filters]'))!;
        if (!(await filters.evaluate((d) => (d as HTMLDetailsElement).open))) await (await filters.$('summary'))!.click();
        await (await page.waitForSelector('msp-directory >>> input[type=search]'))!.type('zzz');
        await page.waitForFunction(() => /Aucune/.test(document.querySelector('msp-directory')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? ''), {
          timeout: 5000,
        });
        await askTheAssistant(page, 'msp-assistant#inline', 'Comment rejoindre la fédération ?');
        await askTheAssistant(page, 'msp-assistant#inline', 'J’ai une douleur dans la poitrine');
        assert.ok(await page.$('msp-assistant#inline >>> msp-assistant-panel >>> [part~=emergency]'), 'no emergency answer');
        await check('errors, filters, no result, answers');

        assert.deepEqual(problems, []);
        assert.deepEqual(log.errors, []);
      } finally {
        await page.close();
      }
    });
  }
});
