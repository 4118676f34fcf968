// Drop-in embedding on phones, in Chromium made to behave as one where it can.
// - Text fields on a page with small text: Safari on iPhone zooms the whole page in when a field whose
//   text is under 16 px gets focus, and does not zoom back out. Many site themes set their text at 14
//   or 15 px, so every field the widgets draw (the directory's search and département list, the team's
//   profession list, the newsletter's fields, the assistant's question box) is at 16 px at least, and
//   follows the page's text above that.
// - The screen's safe area: on a phone with a notch, rounded corners and a home bar, a page with
//   `viewport-fit=cover` runs under them, and tells how far through env(safe-area-inset-*) (which
//   Chromium's DevTools protocol can set). The assistant's button, the only thing msp-kit fixes to the
//   screen, and its panel keep clear of them.
// - Long words at 200 % text on a page that leaves them whole: URLs, e-mail addresses and long French
//   words break inside the widgets rather than running out of them.
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

/**
 * Waits until the assistant's panel (a lazy chunk) shows `selector`: the first <msp-assistant> of the
 * page, or the one `host` names.
 */
function panelShows(page: Page, selector: string, host = 'msp-assistant'): Promise<unknown> {
  return page.waitForFunction(
    (host, selector) => !!document.querySelector(host)?.shadowRoot?.querySelector('msp-assistant-panel')?.shadowRoot?.querySelector(selector)?.getClientRects().length,
    { timeout: 5000, polling: 50 },
    host,
    selector,
  );
}

// One server and one Chromium for the whole file (2 shared cores).
let server: StaticServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});

after(async () => {
  await closeChromium(browser);
  await server?.close();
});

/** `url` in a new page of `width` × `height`, with the screen's safe-area insets set (none: `undefined`). */
async function openSized(url: string, width: number, height: number, insets?: Record<'top' | 'bottom' | 'left' | 'right', number>) {
  const opened = await openPage(browser);
  await opened.page.setViewport({ width, height });
  if (insets) await opened.cdp.send('Emulation.setSafeAreaInsetsOverride', { insets });
  await opened.page.goto(url, { waitUntil: 'load' });
  return opened;
}

describe('drop-in embedding: text fields on a page with small text', { timeout: 60_000 }, () => {
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
      await panelShows(page, 'textarea', 'msp-assistant[mode=inline]');
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

/** Insets like an iPhone's held upright (notch, home bar) or sideways (notch on the right). */
const UPRIGHT = { top: 47, bottom: 34, left: 0, right: 0 };
const SIDEWAYS = { top: 0, bottom: 21, left: 0, right: 47 };

/** A page that covers the whole screen (viewport-fit=cover), with the assistant's button. */
const coverPage = (position = '') => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>msp-kit safe area test</title>
<script type="module" src="/cdn/msp-widgets.js"></script>
</head>
<body>
<p>Une page qui passe sous l'encoche.</p>
<msp-assistant endpoint="/api/chat"${position}></msp-assistant>
</body>
</html>
`;

/** The box of what `selector` finds in the launcher's shadow root, or in its panel's (`panel`), relative to the window. */
function boxOf(page: Page, selector: string, panel = false) {
  return page.evaluate(
    (selector, panel) => {
      const root = document.querySelector('msp-assistant')!.shadowRoot!;
      const el = (panel ? root.querySelector('msp-assistant-panel')!.shadowRoot! : root).querySelector(selector);
      if (!el) throw new Error(`${selector} not found`);
      const { top, left, bottom, right } = el.getBoundingClientRect();
      return { top, left, bottom, right, width: innerWidth, height: innerHeight };
    },
    selector,
    panel,
  );
}

describe('drop-in embedding: the assistant keeps clear of the screen\'s safe area', { timeout: 60_000 }, () => {
  /** The cover page on a window of `width` × `height`, with the screen's safe-area insets set (none: `undefined`). */
  const open = async (name: string, width: number, height: number, insets?: typeof UPRIGHT, position = '') => {
    const opened = await openSized(server.put(`/safe-area/${name}.html`, coverPage(position)), width, height, insets);
    assert.deepEqual(await settle(opened.page, ['msp-assistant']), []);
    return opened;
  };

  /** Opens the panel with the button, and waits for its question box. */
  const openPanel = async (page: Page) => {
    await page.evaluate(() => (document.querySelector('msp-assistant')!.shadowRoot!.querySelector('[part=launcher]') as HTMLElement).click());
    await panelShows(page, 'textarea');
    // Where it ends, not where its opening transition is.
    await page.evaluate(() =>
      Promise.all(
        document.querySelector('msp-assistant')!.shadowRoot!.querySelector('msp-assistant-panel')!.shadowRoot!.getAnimations().map((animation) => animation.finished),
      ),
    );
  };

  it('without insets (control), the button sits 1em from the corner', async () => {
    const { page } = await open('none', 1024, 768);
    try {
      const box = await boxOf(page, '[part=launcher]');
      assert.equal(box.width - box.right, 16);
      assert.equal(box.height - box.bottom, 16);
    } finally {
      await page.close();
    }
  });

  it('the button, and the panel above it, clear a home bar and a notch on the right', async () => {
    const { page, log } = await open('sideways', 1024, 768, SIDEWAYS);
    try {
      const button = await boxOf(page, '[part=launcher]');
      assert.equal(button.width - button.right, 16 + SIDEWAYS.right);
      assert.equal(button.height - button.bottom, 16 + SIDEWAYS.bottom);
      await openPanel(page);
      const panel = await boxOf(page, '[part=panel]', true);
      assert.ok(panel.right <= panel.width - SIDEWAYS.right - 16, `panel's right edge ${panel.right} of ${panel.width}`);
      assert.ok(panel.bottom <= button.top, `panel's bottom ${panel.bottom}, button's top ${button.top}`);
      assert.ok(panel.top >= 0, `panel's top ${panel.top}`);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  it('on the left, the button clears a notch on the left', async () => {
    const insets = { ...SIDEWAYS, left: 47, right: 0 };
    const { page } = await open('left', 1024, 768, insets, ' position="bottom-left"');
    try {
      const button = await boxOf(page, '[part=launcher]');
      assert.equal(button.left, 16 + insets.left);
    } finally {
      await page.close();
    }
  });

  it('on a phone held sideways, the full-screen panel keeps its content clear of the notch on either side and of the home bar', async () => {
    const insets = { top: 0, bottom: 21, left: 47, right: 47 };
    const { page, log } = await open('sideways-phone', 844, 390, insets);
    try {
      await openPanel(page);
      const panel = await boxOf(page, '[part=panel]', true);
      assert.deepEqual([panel.top, panel.left, panel.right, panel.bottom], [0, 0, 844, 390], 'the panel fills the screen');
      const close = await boxOf(page, '[part=close]', true);
      const field = await boxOf(page, 'textarea', true);
      assert.ok(close.right <= 844 - insets.right, `close button's right ${close.right}`);
      assert.ok(field.left >= insets.left, `question box's left ${field.left}`);
      assert.ok(field.bottom <= 390 - insets.bottom, `question box's bottom ${field.bottom}`);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  it('on a phone, the panel fills the screen with its title bar below the notch and its question box above the home bar', async () => {
    const { page, log } = await open('upright', 390, 844, UPRIGHT);
    try {
      await openPanel(page);
      const close = await boxOf(page, '[part=close]', true);
      const field = await boxOf(page, 'textarea', true);
      const send = await boxOf(page, '[part=send]', true);
      const panel = await boxOf(page, '[part=panel]', true);
      assert.deepEqual([panel.top, panel.left, panel.right, panel.bottom], [0, 0, 390, 844], 'the panel fills the screen');
      assert.ok(close.top >= UPRIGHT.top, `close button's top ${close.top}`);
      for (const [name, box] of [['question box', field], ['send button', send]] as const) {
        assert.ok(box.bottom <= 844 - UPRIGHT.bottom, `${name}'s bottom ${box.bottom}`);
      }
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });
});

/** A directory whose words are long at 200 % text: a URL as the source, a team note with an address. */
const LONG_WORDS_DIRECTORY = {
  version: 1,
  updated: '2026-11-02',
  source: 'https://www.data.gouv.fr/fr/datasets/finess-extraction-du-fichier-des-etablissements/',
  structures: [
    {
      id: 'msp-longue',
      name: 'Maison de santé pluriprofessionnelle des Dunes (fictive)',
      kind: 'msp',
      member: true,
      address: { line1: '12 rue des Oyats', postalCode: '59140', city: 'Dunkerque', department: '59' },
      email: 'secretariat.maisondesante.desdunes@exemple.fr',
      professions: [
        { code: 'medecin-generaliste', count: 3 },
        { code: 'psychomotricien', count: 1 },
      ],
      team: [{ name: 'Dr Léa Martin', profession: 'medecin-generaliste', note: 'Téléconsultation : https://www.exemple.fr/teleconsultation-maisondesante' }],
    },
  ],
};

describe('drop-in embedding: long words at 200 % text on a phone, on a page that does not break them', { timeout: 60_000 }, () => {
  it('nothing runs out of its widget: URLs, e-mail addresses and long French words break (<msp-site>\'s card too)', async () => {
    const data = JSON.stringify(LONG_WORDS_DIRECTORY);
    const url = server.put(
      '/long-words/page.html',
      htmlPage({
        // 200 % text, and a page that leaves long words whole (the browser's default).
        head: `<style>html { font-size: 32px; overflow-wrap: normal } body { margin: 0 12px }</style>\n<script type="module" src="/cdn/msp-widgets.js"></script>`,
        body: [
          `<msp-site show-contact name="Maison de santé pluriprofessionnelle des Dunes (fictive)" address="12 rue des Oyats, 59140 Dunkerque"></msp-site>`,
          `<msp-directory><script type="application/json">${data}</script></msp-directory>`,
          `<msp-team structure-id="msp-longue"><script type="application/json">${data}</script></msp-team>`,
          `<msp-assistant mode="inline" endpoint="/api/chat" suggestions="Qu’est-ce qu’une maison de santé pluriprofessionnelle ?"></msp-assistant>`,
        ].join('\n'),
      }),
    );
    const opened = await openSized(url, 360, 740);
    try {
      assert.deepEqual(await settle(opened.page, ['msp-site', 'msp-directory', 'msp-team', 'msp-assistant', 'msp-assistant-panel']), []);
      await panelShows(opened.page, '[part=suggestion]');
      // Unfold the directory's filters, folded on a phone, so that their labels are drawn.
      await opened.page.evaluate(() => {
        document.querySelector('msp-directory')!.shadowRoot!.querySelector('details')!.open = true;
      });
      const overflows = await opened.page.evaluate(() => {
        const found: string[] = [];
        const visit = (root: ShadowRoot, host: Element, right: number) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) visit(el.shadowRoot, el, right);
            const box = el.getBoundingClientRect();
            if (box.width && box.right > right + 1) found.push(`<${host.localName}> ${el.localName}.${el.className}: ${Math.round(box.right)} > ${Math.round(right)} px`);
            // Text runs out of a box that keeps its width: measure the text itself.
            // (Not text for screen readers only, clipped to 1 px.)
            for (const node of el.closest('.sr-only') ? [] : el.childNodes) {
              if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              const text = range.getBoundingClientRect();
              if (text.width && text.right > right + 1) found.push(`<${host.localName}> "${node.textContent.trim().slice(0, 30)}": ${Math.round(text.right)} > ${Math.round(right)} px`);
            }
          }
        };
        // The column's right edge: the screen's, less the page's margin (a widget grown wider is caught too).
        const column = document.documentElement.clientWidth - 12;
        for (const host of document.querySelectorAll('msp-site, msp-directory, msp-team, msp-assistant')) {
          if (host.getBoundingClientRect().right > column + 1) found.push(`<${host.localName}> wider than the column`);
          visit(host.shadowRoot!, host, column);
        }
        return found;
      });
      assert.deepEqual(overflows, []);
      assert.equal(await opened.page.evaluate(() => document.documentElement.scrollWidth), 360, 'the page scrolls sideways');
      assert.deepEqual(opened.log.errors, []);
    } finally {
      await opened.page.close();
    }
  });
});
