// Text fields on a page with small text: Safari on iPhone zooms the whole page in when a field whose
// text is under 16 px gets focus, and does not zoom back out. Many site themes set their text at 14 or
// 15 px, so every field the widgets draw (the directory's search and département list, the team's
// profession list, the newsletter's fields, the assistant's question box) is at 16 px at least, and
// follows the page's text above that.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { closeChromium, launchChromium, openPage, settle } from './fixtures/embedding/browser.js';
import { TAGS, allElementsMarkup, htmlPage } from './fixtures/embedding/elements.js';
import { startServer, type StaticServer } from './fixtures/embedding/server.js';

/** Every text field shown in the widgets' shadow roots (nested ones included): where, and its font size in px. */
function textFields(page: Page): Promise<{ field: string; px: number }[]> {
  return page.evaluate(() => {
    const fields: { field: string; px: number }[] = [];
    const visit = (root: Document | ShadowRoot, host: string) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot, el.localName);
        const isText =
          el instanceof HTMLTextAreaElement ||
          el instanceof HTMLSelectElement ||
          (el instanceof HTMLInputElement && !['checkbox', 'radio', 'hidden', 'submit', 'button'].includes(el.type));
        if (isText && root !== document && el.getClientRects().length > 0) {
          fields.push({ field: `<${host}> ${el.localName}${el.id ? `#${el.id}` : ''}[${el.getAttribute('type') ?? ''}]`, px: parseFloat(getComputedStyle(el).fontSize) });
        }
      }
    };
    visit(document, '');
    return fields;
  });
}

describe('drop-in embedding: text fields on a page with small text', { timeout: 60_000 }, () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });

  after(async () => {
    await closeChromium(browser);
    await server?.close();
  });

  /** Every element, and the assistant inline (its question box shows without a click), on a page whose text is `px`. */
  const fieldsAt = async (px: number) => {
    const url = server.put(
      `/small-text/${px}.html`,
      htmlPage({
        head: `<style>body { font-size: ${px}px }</style>\n<script type="module" src="/cdn/msp-widgets.js"></script>`,
        body: `${allElementsMarkup()}\n<msp-assistant mode="inline" endpoint="/api/chat"></msp-assistant>`,
      }),
    );
    const { page, log } = await openPage(browser, url);
    try {
      assert.deepEqual(await settle(page, [...TAGS, 'msp-assistant-panel']), []);
      // The assistant's panel is a lazy chunk: wait for its question box.
      await page.waitForFunction(
        () => !!document.querySelector('msp-assistant[mode=inline]')?.shadowRoot?.querySelector('msp-assistant-panel')?.shadowRoot?.querySelector('textarea'),
        { timeout: 5000, polling: 50 },
      );
      const fields = await textFields(page);
      assert.deepEqual(log.errors, []);
      return fields;
    } finally {
      await page.close();
    }
  };

  it('at 14 px, every field is at 16 px', async () => {
    const fields = await fieldsAt(14);
    // The directory's search and département list, the team's profession list, the newsletter's
    // e-mail and first name, the assistant's question: the check would prove nothing without them.
    for (const expected of ['<msp-directory> input#q', '<msp-directory> select#dep', '<msp-team> select#pro', '<msp-newsletter> input', '<msp-assistant-panel> textarea']) {
      assert.ok(fields.some(({ field }) => field.startsWith(expected)), `${expected} not found in ${fields.map(({ field }) => field).join(', ')}`);
    }
    assert.deepEqual(fields.filter(({ px }) => px < 16), []);
  });

  it('at 20 px, every field follows the page (20 px)', async () => {
    const fields = await fieldsAt(20);
    assert.ok(fields.length >= 5, fields.map(({ field }) => field).join(', '));
    assert.deepEqual(fields.filter(({ px }) => px !== 20), []);
  });
});
