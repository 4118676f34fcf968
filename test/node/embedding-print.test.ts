// Drop-in embedding, printed: a patient prints the MSP's hours or team for the fridge, a coordinator
// prints the directory for the waiting room, someone prints an answer of the assistant. In real
// Chromium with print media: no control is left to press, links print where they lead, nothing
// prints white on the white of paper (browsers leave backgrounds out), a card or a week of hours is
// not cut by a page break, and the inline assistant prints its whole conversation, not the part its
// box showed. The page goes back to what it was on screen afterwards.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { openPage, settle } from './fixtures/embedding/browser.js';
import { askTheAssistant } from './fixtures/embedding/elements.js';
import { LINKED_PAGE_TAGS, linkedPage, startStage, type Stage } from './fixtures/embedding/linked-page.js';

/** What the page shows of the widgets, read from every shadow root: one line per thing found. */
function inspect(page: Page): Promise<{
  controls: string[];
  links: { href: string; after: string; inMap: boolean; citation: boolean }[];
  pale: string[];
  unbroken: Record<string, string[]>;
}> {
  return page.evaluate(() => {
    const roots = (root: Document | ShadowRoot): ShadowRoot[] =>
      [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot, ...roots(el.shadowRoot)] : []));
    const shadowRoots = roots(document);
    const all = (selector: string) => shadowRoots.flatMap((root) => [...root.querySelectorAll(selector)]);
    const seen = (el: Element) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
    const describe = (el: Element) =>
      `<${(el.getRootNode() as ShadowRoot).host.localName}> ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;

    // WCAG's relative luminance and contrast, against the white of paper.
    const luminance = (color: string) => {
      const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    /** The colour behind `el`: its own or an ancestor's background, printed only where print-color-adjust is exact. */
    const paper = (el: Element): string => {
      for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
        const style = getComputedStyle(node);
        if (!/rgba\(0, 0, 0, 0\)|transparent/.test(style.backgroundColor)) return style.printColorAdjust === 'exact' ? style.backgroundColor : 'rgb(255, 255, 255)';
      }
      return 'rgb(255, 255, 255)';
    };

    const controls = all('button, input, select, textarea, summary, [part~=position], [role=button]:not(.msp-marker)').filter(seen).map(describe);
    const links = (all('a[href]') as HTMLAnchorElement[]).filter(seen).map((a) => ({
      href: a.href,
      after: getComputedStyle(a, '::after').content,
      inMap: !!a.closest('.leaflet-container'),
      citation: a.classList.contains('cite'),
    }));
    // Every piece of text seen: its colour against what is behind it on paper (4.5:1, WCAG 1.4.3).
    const pale = all('*')
      .filter((el) => seen(el) && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .filter((el) => contrast(getComputedStyle(el).color, paper(el)) < 4.5)
      .map((el) => `${describe(el)}: ${getComputedStyle(el).color} on ${paper(el)}`);
    const unbroken: Record<string, string[]> = {};
    for (const selector of ['[part~=card]', '[part~=member]', 'table[part~=week]', 'h2, h3, h4, h5, h6, [role=heading]']) {
      const property = selector.startsWith('h2') ? 'breakAfter' : 'breakInside';
      unbroken[selector] = all(selector).map((el) => getComputedStyle(el)[property]);
    }
    return { controls, links, pale, unbroken };
  });
}

describe('drop-in embedding, printed', { timeout: 120_000 }, () => {
  let stage: Stage;

  before(async () => {
    stage = await startStage({ '/print.html': linkedPage });
  });

  after(() => stage?.close());

  it('prints the widgets without their controls, with readable links and addresses, and the whole conversation', async () => {
    const { page: tab, log } = await openPage(stage.browser, `${stage.server.origin}/print.html`);
    try {
      await tab.setViewport({ width: 1000, height: 900 });
      assert.deepEqual(await settle(tab, LINKED_PAGE_TAGS), []);
      // The conversation, three answers long, outgrows its 22em box on screen.
      const panel = 'msp-assistant#inline >>> msp-assistant-panel';
      for (const question of ['Comment rejoindre la fédération ?', 'Qu’est-ce qu’une maison de santé ?', 'Comment créer une maison de santé ?']) {
        await askTheAssistant(tab, 'msp-assistant#inline', question);
      }
      await tab.waitForSelector('msp-directory >>> .msp-marker');
      const log$ = (await tab.waitForSelector(`${panel} >>> [part=log]`))!;
      const clipped = () => log$.evaluate((el) => el.scrollHeight - el.clientHeight);
      assert.ok((await clipped()) > 100, 'the conversation should outgrow its box on screen');
      const onScreen = await inspect(tab);
      assert.ok(onScreen.controls.length > 10, `controls on screen: ${onScreen.controls.join('; ')}`);

      await tab.emulateMediaType('print');
      const printed = await inspect(tab);

      assert.deepEqual(printed.controls, [], 'nothing to press or type in on paper');
      assert.equal(await tab.$eval('msp-newsletter', (el) => el.getBoundingClientRect().height), 0, 'a sign-up form is of no use on paper');
      assert.equal(await tab.$eval('msp-assistant#floating', (el) => el.getClientRects().length), 0, 'the floating assistant is not printed');

      // Each web link prints its address, once: not the map's attribution, not an answer's citation
      // (the sources under the answer have it).
      const web = printed.links.filter((l) => /^https?:/.test(l.href) && !l.inMap && !l.citation);
      for (const href of ['https://msp-des-dunes.example/', 'https://rdv.example/msp-des-dunes', 'https://rdv.example/msp-des-dunes/martin']) {
        assert.ok(web.some((l) => l.href === href), `no link to ${href}`);
      }
      assert.ok(web.some((l) => /mois-sans-tabac/.test(l.href)), 'the banner’s link');
      assert.ok(web.filter((l) => l.href.startsWith(stage.server.origin)).length >= 3, 'the answers’ sources');
      for (const link of web) assert.equal(link.after, `" (${link.href})"`);
      for (const link of printed.links.filter((l) => l.inMap || l.citation)) assert.equal(link.after, 'none', link.href);
      assert.ok(printed.links.some((l) => l.inMap) && printed.links.some((l) => l.citation));

      assert.deepEqual(printed.pale, [], 'text as pale as white on paper');

      for (const [selector, values] of Object.entries(printed.unbroken)) {
        assert.ok(values.length, `nothing matches ${selector}`);
        assert.ok(values.every((v) => v === 'avoid'), `${selector}: ${values.join(', ')}`);
      }

      assert.ok(Math.abs(await clipped()) <= 1, 'the whole conversation is printed');
      // The map keeps its markers, filled.
      assert.equal(await tab.$eval('msp-directory >>> .msp-marker', (el) => getComputedStyle(el).printColorAdjust), 'exact');

      const pdf = await tab.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10_000, 'a PDF is printed');

      // Back on screen, everything is as it was.
      await tab.emulateMediaType('screen');
      assert.deepEqual((await inspect(tab)).controls, onScreen.controls);
      assert.ok((await clipped()) > 100);
      // The map's tiles are not served here: their 404s are the only errors expected.
      assert.deepEqual(log.errors.filter((e) => !/404 .*\/tiles\//.test(e)), []);
    } finally {
      await tab.close();
    }
  });
});
