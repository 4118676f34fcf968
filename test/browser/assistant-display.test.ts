import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../packages/assistant/src/client/msp-assistant.js';
import type { MspAssistant } from '../../packages/assistant/src/client/msp-assistant.js';
import {
  answered,
  ask,
  emulateMediaFeatures,
  openPanel,
  parts,
  setDefaultFontSize,
  startServer,
  text,
  type Server,
} from './fixtures/assistant-chat.js';

/** Whether `node` is drawn wholly inside `box`. */
const inBox = (node: Element, box: Element): boolean => {
  const a = node.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
};

// Display preferences, then a strict Content-Security-Policy (last: it stays on this page).
describe('<msp-assistant> display preferences and a strict CSP', () => {
  let server: Server;

  before(async () => {
    server = await startServer();
  });

  beforeEach(() => sessionStorage.clear());

  afterEach(async () => {
    await emulateMediaFeatures([]);
  });

  it('does not animate the panel when the visitor prefers reduced motion', async () => {
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    let p = await openPanel(el);
    expect(getComputedStyle(p.dialog!).animationName).to.equal('rise');
    el.hide();
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    p = await openPanel(el);
    const style = getComputedStyle(p.dialog!);
    expect(style.animationName === 'none' || parseFloat(style.animationDuration) < 0.001).to.equal(true);
  });

  it('keeps every boundary and the emergency’s frame in forced colours', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    await openPanel(el);
    await ask(el, "j'ai une douleur dans la poitrine");
    const answer = await answered(el);
    const style = getComputedStyle(answer);
    expect(style.borderTopStyle).to.equal('double');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(4);
    expect(getComputedStyle(parts(el).messages[0]!).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(answer.querySelector('[part=emergency-calls] a')!).borderTopStyle).to.equal('solid');
    expect(text(answer.querySelector('.urgent'))).to.equal('Urgence');
    await expect(el).to.be.accessible();
  });

  it('keeps the launcher on one line with 200 % text, and round on a phone', async () => {
    await setViewport({ width: 1200, height: 800 });
    await setDefaultFontSize(32);
    try {
      const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
      const { launcher } = parts(el);
      // 3em high (one line of text), the icon 1.25em: both grew with the text.
      expect(Math.round(launcher!.getBoundingClientRect().height)).to.equal(96);
      expect(Math.round(launcher!.querySelector('svg')!.getBoundingClientRect().width)).to.equal(40);
      expect(launcher!.querySelector('.label')!.getBoundingClientRect().width).to.be.above(100);
      await setViewport({ width: 375, height: 800 });
      const box = launcher!.getBoundingClientRect();
      expect(Math.round(box.width)).to.equal(96);
      expect(Math.round(box.height)).to.equal(96);
      expect(text(launcher)).to.equal('Une question ? (assistant automatique)');
    } finally {
      await setDefaultFontSize(16);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps its controls in the panel with 200 % text on a phone, the field wide and the notice short', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    const p = await openPanel(el);
    const title = p.panel!.shadowRoot!.getElementById('title')!;
    // Default text: the title, clear and close buttons on one line.
    expect(p.close!.getBoundingClientRect().top).to.be.below(title.getBoundingClientRect().bottom);
    await setDefaultFontSize(32);
    try {
      const panel = p.dialog!.getBoundingClientRect();
      const inPanel = (node: Element) => inBox(node, p.dialog!);
      // The buttons go under the title rather than out of the panel.
      expect(inPanel(p.clear!)).to.equal(true);
      expect(inPanel(p.close!)).to.equal(true);
      expect(p.close!.getBoundingClientRect().top).to.be.at.least(title.getBoundingClientRect().bottom);
      expect(p.close!.getBoundingClientRect().width).to.be.at.least(44);
      // The field has the panel's width (the send button goes under it).
      expect(p.input!.getBoundingClientRect().width).to.be.above(panel.width * 0.8);
      expect(inPanel(p.send!)).to.equal(true);
      // The notice and its emergency numbers stay, in less room (it took 40 % of the panel).
      expect(p.notice!.getBoundingClientRect().height).to.be.below(panel.height / 4);
      const numbers = [...p.notice!.querySelectorAll('a')];
      expect(numbers.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:15', 'tel:112', 'sms:114']);
      for (const a of numbers) expect(inPanel(a)).to.equal(true);
      expect(p.log!.getBoundingClientRect().height).to.be.above(p.input!.getBoundingClientRect().height);
      await expect(el).to.be.accessible();
    } finally {
      await setDefaultFontSize(16);
      await setViewport({ width: 800, height: 600 });
    }
  });

  for (const [width, height] of [
    [360, 640],
    [640, 360],
  ] as const) {
    it(`lets every control be reached with 200 % text on a short phone screen (${width}×${height}), and leaves room to the conversation`, async () => {
      await setViewport({ width, height });
      const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
      const p = await openPanel(el);
      await setDefaultFontSize(32);
      try {
        const dialog = p.dialog!;
        // The header, the notice and the form are taller than such a screen: the panel scrolls (a
        // visitor can swipe back to the close button), or every control is in it.
        const scrolls = ['auto', 'scroll'].includes(getComputedStyle(dialog).overflowY) && dialog.scrollHeight > dialog.clientHeight;
        for (const control of [p.close!, p.clear!, p.input!, p.send!]) {
          expect(scrolls || inBox(control, dialog), `${control.outerHTML.slice(0, 40)} out of reach`).to.equal(true);
        }
        // The conversation keeps some 5 lines (it had 56 px, less than 2): 5em, to the pixel's rounding.
        expect(p.log!.getBoundingClientRect().height).to.be.at.least(5 * 32 - 0.5);
        // A swipe past the panel's end does not scroll the page behind it.
        expect(getComputedStyle(dialog).overscrollBehaviorY).to.equal('contain');
        await expect(el).to.be.accessible();
      } finally {
        await setDefaultFontSize(16);
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('keeps the close button in view with 200 % text in a browser without container queries (Safari before 16)', async () => {
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    const p = await openPanel(el);
    const root = p.panel!.shadowRoot!;
    // Such a browser has no container: the header's query never matches, as here once the header
    // is no container.
    const noContainer = new CSSStyleSheet();
    noContainer.replaceSync('.header { container-type: normal; }');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, noContainer];
    await setViewport({ width: 375, height: 800 });
    await setDefaultFontSize(32);
    try {
      const title = root.getElementById('title')!;
      expect(inBox(p.clear!, p.dialog!)).to.equal(true);
      expect(inBox(p.close!, p.dialog!)).to.equal(true);
      expect(p.close!.getBoundingClientRect().top).to.be.at.least(title.getBoundingClientRect().bottom);
      await expect(el).to.be.accessible();
    } finally {
      await setDefaultFontSize(16);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is themed from the page by custom properties and ::part', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .themed { --msp-color-primary: rgb(10, 20, 30); --msp-assistant-width: 30rem; }
      .themed::part(header) { border-bottom: 5px solid rgb(200, 0, 0); }
      .themed::part(send) { border-radius: 0px; }
      .themed::part(launcher) { font-style: italic; }
    `;
    document.head.append(style);
    try {
      const el = await fixture<MspAssistant>(html`<msp-assistant class="themed" endpoint=${server.endpoint}></msp-assistant>`);
      const p = await openPanel(el);
      expect(getComputedStyle(p.launcher!).backgroundColor).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(p.launcher!).fontStyle).to.equal('italic');
      const header = p.panel!.shadowRoot!.querySelector('[part=header]')!;
      expect(getComputedStyle(header).backgroundColor).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(header).borderBottomColor).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(p.send!).borderTopLeftRadius).to.equal('0px');
      expect(Math.round(p.panel!.getBoundingClientRect().width)).to.equal(480);
    } finally {
      style.remove();
    }
  });

  it('works under a strict Content-Security-Policy: no inline style or script needed', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'; object-src 'none'; base-uri 'none'";
    document.head.append(meta);
    // The policy is on: a style attribute is refused.
    const probe = document.createElement('p');
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getComputedStyle(probe).color).to.not.equal('rgb(255, 0, 0)');
    expect(violations.length).to.equal(1);
    probe.remove();
    violations.length = 0;

    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint} offset-y="90px"></msp-assistant>`);
    const p = await openPanel(el);
    await ask(el, 'Comment créer une MSP ?');
    const answer = await answered(el);
    expect(text(answer)).to.contain('Créer une MSP');
    // Styled (constructable style sheets), placed (the CSS object model), without a violation.
    expect(getComputedStyle(p.launcher!).backgroundColor).to.equal('rgb(0, 102, 90)');
    expect(getComputedStyle(p.panel!.shadowRoot!.querySelector('[part=header]')!).backgroundColor).to.equal('rgb(0, 102, 90)');
    expect(Math.round(innerHeight - p.launcher!.getBoundingClientRect().bottom)).to.equal(90);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
  });
});
