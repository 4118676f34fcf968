import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../packages/widgets/src/site/msp-site.js';
import '../../packages/assistant/src/client/msp-assistant.js';
import type { MspAssistant } from '../../packages/assistant/src/client/msp-assistant.js';
import { captureWarnings } from './fixtures/probe-widget.js';
import { answered, ask, focusedIn, loaded, openPanel, parts, startServer, text, type Server } from './fixtures/assistant-chat.js';

describe('<msp-assistant> launcher and panel', () => {
  let server: Server;

  before(async () => {
    server = await startServer();
  });

  beforeEach(async () => {
    sessionStorage.clear();
    await setViewport({ width: 1200, height: 800 });
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('is a real, named button that loads nothing and stores nothing before it is opened', async () => {
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    const { launcher, slot, panel } = parts(el);
    expect(launcher!.tagName).to.equal('BUTTON');
    expect(launcher!.type).to.equal('button');
    expect(text(launcher)).to.equal('Une question ? (assistant automatique)');
    expect(launcher!.getAttribute('aria-expanded')).to.equal('false');
    expect(launcher!.getAttribute('aria-controls')).to.equal('panel');
    expect(slot!.id).to.equal('panel');
    expect(slot!.hidden).to.equal(true);
    expect(panel).to.equal(null);
    // (First test of the file: no other test has loaded the panel in this page yet.)
    expect(customElements.get('msp-assistant-panel') === undefined).to.equal(true);
    expect(sessionStorage.length).to.equal(0);
    // Bottom right by default, above the page.
    const box = launcher!.getBoundingClientRect();
    expect(Math.round(innerWidth - box.right)).to.equal(16);
    expect(Math.round(innerHeight - box.bottom)).to.equal(16);
    expect(getComputedStyle(el).zIndex).to.equal('999');
    await expect(el).to.be.accessible();
  });

  it('is a round icon button on a narrow window, still named "Une question ?"', async () => {
    await setViewport({ width: 375, height: 700 });
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    const { launcher } = parts(el);
    const box = launcher!.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(Math.round(box.height));
    expect(box.width).to.be.at.least(44);
    expect(getComputedStyle(launcher!).borderTopLeftRadius).to.equal('50%');
    expect(Math.round(innerWidth - box.right)).to.equal(16);
    // The label is still in the button, visually hidden: the button's name does not change.
    const label = launcher!.querySelector('.label')!;
    expect(label.getBoundingClientRect().width).to.be.at.most(1);
    expect(text(launcher)).to.equal('Une question ? (assistant automatique)');
    type Node = { role: string; name: string; children: Node[] };
    const snapshot = (await a11ySnapshot({})) as unknown as Node;
    const named = (node: Node) => node.role === 'button' && node.name.replace(/\s+/g, ' ') === 'Une question ? (assistant automatique)';
    expect(findAccessibilityNode(snapshot, named)).to.not.equal(null);
    await expect(el).to.be.accessible();
    // Wider, the label shows.
    await setViewport({ width: 1200, height: 800 });
    expect(label.getBoundingClientRect().width).to.be.above(50);
  });

  it('stays hidden and names the missing field in the console when there is no endpoint', async () => {
    let el!: MspAssistant;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspAssistant>(html`<msp-assistant></msp-assistant>`);
      await aTimeout(150);
    });
    expect(parts(el).launcher).to.equal(null);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(warnings.some((w) => w.includes('[msp-assistant] endpoint: missing'))).to.equal(true);
    expect(warnings.filter((w) => w.includes('endpoint')).length).to.equal(1);
  });

  it('refuses an endpoint that is not an http(s) URL', async () => {
    let el!: MspAssistant;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspAssistant>(html`<msp-assistant endpoint="javascript:alert(1)"></msp-assistant>`);
      await aTimeout(150);
    });
    expect(parts(el).launcher).to.equal(null);
    expect(warnings.some((w) => w.includes('endpoint: "javascript:alert(1)" is not an http(s) URL'))).to.equal(true);
  });

  it('takes the endpoint from <msp-site assistant-endpoint>', async () => {
    const site = await fixture(html`<msp-site assistant-endpoint=${server.endpoint}><msp-assistant></msp-assistant></msp-site>`);
    const el = site.querySelector('msp-assistant')!;
    await el.updateComplete;
    expect(parts(el).launcher).to.not.equal(null);
    const { input } = await openPanel(el);
    expect(input).to.not.equal(null);
    await ask(el, 'Comment créer une MSP ?');
    const answer = await answered(el);
    expect(text(answer)).to.contain('Créer une MSP commence par réunir une équipe');
  });

  it('opens a non-modal dialog with the disclosure, the emergency numbers, a welcome and three suggestions', async () => {
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    const p = await openPanel(el);
    expect(p.launcher!.getAttribute('aria-expanded')).to.equal('true');
    expect(p.slot!.hidden).to.equal(false);
    expect(p.dialog!.getAttribute('role')).to.equal('dialog');
    expect(p.dialog!.hasAttribute('aria-modal')).to.equal(false);
    const title = p.panel!.shadowRoot!.getElementById(p.dialog!.getAttribute('aria-labelledby')!);
    expect(text(title)).to.equal('Assistant automatique');
    expect(focusedIn(el)).to.equal(p.input);
    expect(text(p.panel!.shadowRoot!.querySelector(`label[for=${p.input!.id}]`))).to.equal('Votre question');
    const notice = text(p.notice);
    expect(notice).to.contain('Assistant automatique');
    expect(notice).to.contain('pas un avis médical');
    const hrefs = [...p.notice!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:15', 'tel:112', 'sms:114']);
    expect(p.log!.getAttribute('aria-busy')).to.equal('false');
    expect(p.log!.getAttribute('aria-live')).to.equal('off');
    expect(p.status!.getAttribute('role')).to.equal('status');
    expect(text(p.log!.querySelector('[part~=welcome]'))).to.contain('Je ne donne pas d’avis médical');
    expect(p.suggestions[0]!.closest('ul')!.getAttribute('role')).to.equal('list');
    expect(p.suggestions.map(text)).to.deep.equal([
      'Qu’est-ce qu’une maison de santé pluriprofessionnelle ?',
      'Comment créer une MSP ?',
      'Comment adhérer à la fédération ?',
    ]);
    expect(text(p.clear)).to.equal('Effacer la conversation');
    expect(p.clear!.disabled).to.equal(true);
    expect(p.close!.getAttribute('aria-label')).to.equal('Fermer l’assistant');
    // Opening alone stores nothing.
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('is described by its notice, which a screen reader says on opening though focus goes to the field', async () => {
    // The accessible description: the text of what aria-describedby names, in the same shadow root.
    const description = (p: Awaited<ReturnType<typeof openPanel>>) => {
      const ids = p.dialog!.getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids.map((id) => text(p.panel!.shadowRoot!.getElementById(id))).join(' ');
    };
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    // The notice's first words are the default title: not said twice.
    expect(description(await openPanel(el))).to.equal('Il donne de l’information, pas un avis médical. Urgence : 15, 112, SMS 114.');
    el.remove();
    // A title of the site's own: the notice also says what answers.
    const named = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint} heading="Une question sur les MSP ?"></msp-assistant>`);
    expect(description(await openPanel(named))).to.equal('Assistant automatique. Il donne de l’information, pas un avis médical. Urgence : 15, 112, SMS 114.');
    await expect(named).to.be.accessible();
  });

  it('closes with Escape or the close button and gives focus back to the launcher', async () => {
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    let p = await openPanel(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(p.slot!.hidden).to.equal(true);
    expect(p.launcher!.getAttribute('aria-expanded')).to.equal('false');
    expect(focusedIn(el)).to.equal(p.launcher);
    await expect(el).to.be.accessible();

    p = await openPanel(el);
    p.close!.click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(focusedIn(el)).to.equal(p.launcher);

    // The launcher toggles it too.
    p = await openPanel(el);
    p.launcher!.click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('closes with Escape pressed anywhere in the page, leaving the focus and the key’s own use to the page’s control', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <input type="search" value="lens" aria-label="Rechercher" />
      <dialog><input aria-label="Dans la boîte de dialogue" /></dialog>
      <msp-assistant endpoint=${server.endpoint}></msp-assistant>
    </div>`);
    const el = page.querySelector('msp-assistant')!;
    const field = page.querySelector<HTMLInputElement>('input[type=search]')!;
    await openPanel(el);
    field.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(field);
    // The key was not taken from the field: a search field empties.
    expect(field.value).to.equal('');
    // A page's own use of Escape that says it took the key is left alone.
    await openPanel(el);
    field.focus();
    const taken = (event: KeyboardEvent) => event.preventDefault();
    field.addEventListener('keydown', taken);
    await sendKeys({ press: 'Escape' });
    field.removeEventListener('keydown', taken);
    await el.updateComplete;
    expect(el.open).to.equal(true);
    // So is a dialog of the page, open over it: Escape closes that dialog, not the assistant.
    const dialog = page.querySelector('dialog')!;
    dialog.showModal();
    dialog.querySelector('input')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.open).to.equal(true);
    // Removed from the page, it no longer listens.
    el.remove();
    await sendKeys({ press: 'Escape' });
    expect(el.open).to.equal(true);
  });

  it('closes, of two open assistants, the one Escape is pressed in', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <msp-assistant endpoint=${server.endpoint}></msp-assistant>
      <msp-assistant endpoint=${server.endpoint} position="bottom-left"></msp-assistant>
    </div>`);
    const [first, second] = [...page.querySelectorAll('msp-assistant')];
    await openPanel(first!);
    await openPanel(second!);
    expect(focusedIn(second!)).to.equal(parts(second!).input);
    await sendKeys({ press: 'Escape' });
    await second!.updateComplete;
    expect([first!.open, second!.open]).to.deep.equal([true, false]);
    expect(focusedIn(second!)).to.equal(parts(second!).launcher);
  });

  it('is modal over the whole window (a phone, a zoomed page): Tab goes round its controls, not to the page under it', async () => {
    await setViewport({ width: 375, height: 640 });
    const page = await fixture<HTMLDivElement>(html`<div>
      <button type="button">Avant</button>
      <msp-assistant endpoint=${server.endpoint}></msp-assistant>
      <button type="button">Après</button>
    </div>`);
    const el = page.querySelector('msp-assistant')!;
    const p = await openPanel(el);
    expect(p.dialog!.getAttribute('aria-modal')).to.equal('true');
    const inPanel = () => p.panel!.shadowRoot!.activeElement;
    // From the field, Tab reaches the send button, then comes back to the panel's first control.
    expect(focusedIn(el)).to.equal(p.input);
    await sendKeys({ press: 'Tab' });
    expect(inPanel()).to.equal(p.panel!.shadowRoot!.querySelector('[part=send]'));
    await sendKeys({ press: 'Tab' });
    expect(inPanel()).to.equal(p.close);
    // And backwards: from the first control to the last.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(inPanel()).to.equal(p.panel!.shadowRoot!.querySelector('[part=send]'));
    // Every control was reached on the way round (none of the page's).
    const seen = new Set<Element | null>();
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      seen.add(inPanel());
    }
    expect(seen.has(p.input)).to.equal(true);
    expect(seen.has(p.suggestions[0]!)).to.equal(true);
    await expect(el).to.be.accessible();
    // Wider again, it is a floating panel beside the page: not modal, and Tab goes on to the page.
    await setViewport({ width: 1200, height: 800 });
    await waitUntil(() => !p.dialog!.hasAttribute('aria-modal'), 'still modal on a wide window');
    p.input!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(page.querySelector('button:last-of-type'));
  });

  it('can be used with the keyboard alone: Tab, Enter, type, Enter, Escape', async () => {
    const el = await fixture<MspAssistant>(html`<div>
      <msp-assistant endpoint=${server.endpoint}></msp-assistant>
    </div>`).then((div) => div.querySelector('msp-assistant')!);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)).to.equal(parts(el).launcher);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el).input && focusedIn(el) === parts(el).input, 'focus did not move to the question field', { timeout: 5000 });
    await sendKeys({ type: 'Comment créer une MSP ?' });
    await sendKeys({ press: 'Enter' });
    const answer = await answered(el);
    expect(text(answer)).to.contain('Créer une MSP commence par réunir une équipe');
    expect(parts(el).messages.map((m) => text(m.querySelector('p')))[0]).to.equal('Vous : Comment créer une MSP ?');
    expect(parts(el).input!.value).to.equal('');
    // Shift+Enter writes a new line rather than sending.
    await sendKeys({ type: 'Une' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'autre' });
    expect(parts(el).input!.value).to.equal('Une\nautre');
    expect(parts(el).messages.length).to.equal(2);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(focusedIn(el)).to.equal(parts(el).launcher);
    // Tab from the launcher reaches the panel's controls once it is open again.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedIn(el) === parts(el).input);
    expect(parts(el).input!.value).to.equal('Une\nautre');
  });

  it('lets a site move it: bottom left, offsets and z-index, as attributes or custom properties', async () => {
    const el = await fixture<MspAssistant>(html`<msp-assistant
      endpoint=${server.endpoint}
      position="bottom-left"
      offset-x="2rem"
      offset-y="90px"
      z-index="5"
    ></msp-assistant>`);
    const box = parts(el).launcher!.getBoundingClientRect();
    expect(Math.round(box.left)).to.equal(32);
    expect(Math.round(innerHeight - box.bottom)).to.equal(90);
    expect(getComputedStyle(el).zIndex).to.equal('5');
    const p = await openPanel(el);
    const panelBox = p.panel!.getBoundingClientRect();
    expect(Math.round(panelBox.left)).to.equal(32);
    expect(panelBox.bottom).to.be.below(box.top);

    const styled = await fixture<MspAssistant>(html`<msp-assistant
      endpoint=${server.endpoint}
      style="--msp-assistant-offset-y: 120px; --msp-assistant-z-index: 3"
    ></msp-assistant>`);
    expect(Math.round(innerHeight - parts(styled).launcher!.getBoundingClientRect().bottom)).to.equal(120);
    expect(getComputedStyle(styled).zIndex).to.equal('3');

    let bad!: MspAssistant;
    const warnings = await captureWarnings(async () => {
      bad = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint} offset-y="beaucoup" position="top"></msp-assistant>`);
    });
    expect(warnings.some((w) => w.includes('offset-y: "beaucoup" is not a CSS length'))).to.equal(true);
    expect(warnings.some((w) => w.includes('position: "top" is unknown'))).to.equal(true);
    expect(Math.round(innerHeight - parts(bad).launcher!.getBoundingClientRect().bottom)).to.equal(16);
    await expect(el).to.be.accessible();
  });

  it('fills a small screen and follows the visual viewport', async () => {
    await setViewport({ width: 375, height: 640 });
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    const p = await openPanel(el);
    const box = p.panel!.getBoundingClientRect();
    expect(Math.round(box.left)).to.equal(0);
    expect(Math.round(box.top)).to.equal(0);
    expect(Math.round(box.width)).to.equal(innerWidth);
    expect(Math.round(box.height)).to.equal(Math.round(visualViewport!.height));
    expect(p.panel!.style.getPropertyValue('--msp-assistant-vh')).to.equal(`${visualViewport!.height}px`);
    // The field is inside the window.
    expect(p.input!.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
    await expect(el).to.be.accessible();
    // The window gets shorter, as when the on-screen keyboard comes up: the panel follows, and
    // its field stays in view.
    await setViewport({ width: 375, height: 400 });
    await waitUntil(() => p.panel!.style.getPropertyValue('--msp-assistant-vh') === `${visualViewport!.height}px`, 'the panel did not follow the viewport');
    expect(visualViewport!.height).to.equal(400);
    expect(Math.round(p.panel!.getBoundingClientRect().height)).to.equal(400);
    expect(p.input!.getBoundingClientRect().bottom).to.be.at.most(400);
  });

  it('sits in the page flow with mode="inline": no launcher, no dialog, no focus taken', async () => {
    const el = await fixture<MspAssistant>(html`<msp-assistant mode="inline" endpoint=${server.endpoint}></msp-assistant>`);
    await loaded(el);
    const p = parts(el);
    expect(p.launcher).to.equal(null);
    expect(p.close).to.equal(null);
    expect(p.dialog!.getAttribute('role')).to.equal('region');
    expect(getComputedStyle(el).position).to.equal('static');
    expect(getComputedStyle(p.panel!).position).to.equal('static');
    // A swipe past the conversation's end scrolls the page on (the floating panel keeps it: 'contain').
    expect(getComputedStyle(p.log!).overscrollBehaviorY).to.equal('auto');
    expect(focusedIn(el)).to.equal(null);
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
    p.suggestions[1]!.click();
    const answer = await answered(el);
    expect(text(answer)).to.contain('Créer une MSP');
    // Escape does not hide an inline panel.
    parts(el).input!.focus();
    await sendKeys({ press: 'Escape' });
    expect(parts(el).dialog!.checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a note in the page when an inline assistant has no endpoint', async () => {
    let el!: MspAssistant;
    await captureWarnings(async () => {
      el = await fixture<MspAssistant>(html`<msp-assistant mode="inline"></msp-assistant>`);
    });
    expect(text(el.shadowRoot!.querySelector('[role=note]'))).to.equal('L’assistant n’est pas encore configuré sur ce site.');
    await expect(el).to.be.accessible();
  });

  it('shows the site’s own welcome and title when given (welcome, heading), the defaults otherwise', async () => {
    const el = await fixture<MspAssistant>(
      html`<msp-assistant mode="inline" endpoint=${server.endpoint} heading="L’assistant de la MSP des Dunes" welcome="Bonjour ! Posez vos questions sur la maison de santé des Dunes."></msp-assistant>`,
    );
    await loaded(el);
    const p = parts(el);
    expect(text(p.log!.querySelector('[part~=welcome]'))).to.contain('Bonjour ! Posez vos questions sur la maison de santé des Dunes.');
    expect(text(p.log!.querySelector('[part~=welcome]'))).to.not.contain('Je ne donne pas d’avis médical');
    expect(text(p.panel!.shadowRoot!.querySelector('[part=title]'))).to.equal('L’assistant de la MSP des Dunes');
    // The disclosure and the emergency numbers stay, whatever the welcome says.
    expect(text(p.panel!.shadowRoot!.querySelector('[part=notice]'))).to.contain('112');
    await expect(el).to.be.accessible();
  });

  it('takes its suggestions from the attribute (JSON or "|" list) and warns about unreadable ones', async () => {
    const json = await fixture<MspAssistant>(
      html`<msp-assistant mode="inline" endpoint=${server.endpoint} suggestions='["Où trouver une MSP ?", "Qui finance les MSP ?"]'></msp-assistant>`,
    );
    await loaded(json);
    expect(parts(json).suggestions.map(text)).to.deep.equal(['Où trouver une MSP ?', 'Qui finance les MSP ?']);

    const piped = await fixture<MspAssistant>(
      html`<msp-assistant mode="inline" endpoint=${server.endpoint} suggestions="Une MSP, c’est quoi ? | Les horaires ?"></msp-assistant>`,
    );
    await loaded(piped);
    expect(parts(piped).suggestions.map(text)).to.deep.equal(['Une MSP, c’est quoi ?', 'Les horaires ?']);

    const none = await fixture<MspAssistant>(html`<msp-assistant mode="inline" endpoint=${server.endpoint} suggestions=""></msp-assistant>`);
    await loaded(none);
    expect(parts(none).suggestions.length).to.equal(0);
    expect(parts(none).panel!.shadowRoot!.querySelector('[part=suggestions]')).to.equal(null);

    let bad!: MspAssistant;
    const warnings = await captureWarnings(async () => {
      bad = await fixture<MspAssistant>(html`<msp-assistant mode="inline" endpoint=${server.endpoint} suggestions='["oups", 3]'></msp-assistant>`);
      await loaded(bad);
    });
    expect(parts(bad).suggestions.length).to.equal(3);
    expect(warnings.some((w) => w.includes('[msp-assistant] suggestions: not a JSON array of strings'))).to.equal(true);
  });

  it('speaks English', async () => {
    const el = await fixture<MspAssistant>(html`<msp-assistant lang="en" endpoint=${server.endpoint}></msp-assistant>`);
    expect(text(parts(el).launcher)).to.equal('A question? (automated assistant)');
    const p = await openPanel(el);
    expect(text(p.panel!.shadowRoot!.getElementById('title'))).to.equal('Automated assistant');
    expect(text(p.notice)).to.contain('not medical advice');
    expect(text(p.clear)).to.equal('Clear the conversation');
    expect(p.suggestions.map(text)).to.deep.equal(['What is an MSP?', 'How do I set up an MSP?', 'How can an MSP join the federation?']);
    await expect(el).to.be.accessible();
    p.suggestions[0]!.click();
    const answer = await answered(el);
    expect(text(answer.querySelector('.sr-only'))).to.equal('Assistant:');
    expect(text(parts(el).messages[0])).to.equal('You: What is an MSP?');
    expect(text(answer)).to.contain('Une maison de santé pluriprofessionnelle (MSP)');
    expect(text(answer.querySelector('[part=feedback]'))).to.contain('Was this answer useful?');
    // The request said "en": the assistant's own messages come back in English.
    await ask(el, 'I have chest pain');
    const emergency = await answered(el);
    expect(text(emergency)).to.contain('If this is an emergency, call 15');
    expect(text(emergency.querySelector('.urgent'))).to.equal('Emergency');
    expect(text(parts(el).urgent)).to.match(/^Emergency\. If this is an emergency, call 15/);
    await expect(el).to.be.accessible();
  });

  it('follows a language change of the page', async () => {
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    const p = await openPanel(el);
    const previous = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'en';
    try {
      await waitUntil(() => text(parts(el).clear) === 'Clear the conversation');
      expect(text(p.launcher)).to.equal('A question? (automated assistant)');
    } finally {
      if (previous === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = previous;
    }
  });
});
