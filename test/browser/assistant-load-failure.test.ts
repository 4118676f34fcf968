import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../packages/assistant/src/client/msp-assistant.js';
import type { MspAssistant } from '../../packages/assistant/src/client/msp-assistant.js';
import { parts, setDefaultFontSize, startServer, text, type Server } from './fixtures/assistant-chat.js';

// A file of its own: the panel's module must not have been loaded in this page before.
describe('<msp-assistant> when its panel cannot be downloaded', () => {
  let server: Server;

  before(async () => {
    server = await startServer();
  });

  after(async () => {
    // The page is given to the next test file.
    try {
      await executeServerCommand('assistant-block-urls', []);
    } finally {
      await executeServerCommand('assistant-delay-urls', { urls: [] });
    }
  });

  // First: once the panel has come, a page does not download it again.
  it('gives an inline assistant a button to try again, which keeps the focus when it fails again', async () => {
    await executeServerCommand('assistant-block-urls', ['*/client/panel.*']);
    const el = await fixture<MspAssistant>(html`<msp-assistant mode="inline" endpoint=${server.endpoint}></msp-assistant>`);
    const alert = () => el.shadowRoot!.querySelector('.status [role=alert]');
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('.status button');
    await waitUntil(() => retry(), 'no way to try again', { timeout: 3000 });
    expect(text(alert())).to.equal('L’assistant n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.');
    expect(text(retry())).to.equal('Réessayer');
    await expect(el).to.be.accessible();
    // Failing again, the focus is on the new button (the pressed one went while loading).
    const first = retry()!;
    first.focus();
    first.click();
    await waitUntil(() => retry() && retry() !== first, 'no second failure', { timeout: 3000 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(retry());
    expect(alert()).to.not.equal(null);
  });

  it('says so once, without trying again by itself, and loads it when asked again', async () => {
    await executeServerCommand('assistant-block-urls', ['*/client/panel.*']);
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    let updates = 0;
    const update = el['update'].bind(el);
    el['update'] = (changed) => {
      updates++;
      update(changed);
    };
    parts(el).launcher!.click();
    await el.updateComplete;
    // The alert region is there before its text comes: one put in the page with its text in it is
    // not said by every screen reader.
    const alertRegion = el.shadowRoot!.querySelector('[role=alert]');
    expect(alertRegion).to.not.equal(null);
    const status = () => el.shadowRoot!.querySelector('.status');
    const alert = () => el.shadowRoot!.querySelector('.status [role=alert]');
    await waitUntil(() => alert(), 'the failure was never said', { timeout: 3000 });
    expect(alert()).to.equal(alertRegion);
    expect(text(alert())).to.equal('L’assistant n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.');
    await expect(el).to.be.accessible();
    // On a phone held sideways with 200 % text, the message above the button stays on the screen.
    await setViewport({ width: 640, height: 360 });
    await setDefaultFontSize(32);
    try {
      expect(status()!.getBoundingClientRect().top).to.be.at.least(0);
      expect(['auto', 'scroll']).to.include(getComputedStyle(status()!).overflowY);
      // Also with the button moved up by the page.
      el.style.setProperty('--msp-assistant-offset-y', '3em');
      expect(status()!.getBoundingClientRect().top).to.be.at.least(0);
    } finally {
      el.style.removeProperty('--msp-assistant-offset-y');
      await setDefaultFontSize(16);
      await setViewport({ width: 800, height: 600 });
    }
    // It stays said: each failure used to start another download at the next update, in a loop
    // (thousands of updates a second, "Chargement…" shown for ever).
    await aTimeout(500);
    expect(updates).to.be.below(5);
    expect(alert()).to.not.equal(null);

    // The connection is back, but slow: the failure's button loads the panel (as closing and opening
    // again would: both open it), and the question field gets the focus.
    await executeServerCommand('assistant-block-urls', []);
    await executeServerCommand('assistant-delay-urls', { urls: ['*/client/panel.*'], ms: 2500 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.status button')!.click();
    // "Chargement…" comes after half a second (a panel that comes at once is not said to be
    // loading once it is there), in a live region that was in the page before its text: one
    // inserted with its text is said late, or not at all.
    const region = () => el.shadowRoot!.querySelector('[role=status]');
    await el.updateComplete;
    expect(region(), 'no live region while loading').to.not.equal(null);
    expect(text(region())).to.equal('');
    // Closed and opened again while it loads, the region is new: the wait starts again, or its
    // text would be in it from the start.
    parts(el).launcher!.click();
    await el.updateComplete;
    expect(region()).to.equal(null);
    await aTimeout(600);
    parts(el).launcher!.click();
    await el.updateComplete;
    const shown = region();
    expect(text(shown)).to.equal('');
    await waitUntil(() => text(shown) === 'Chargement de l’assistant…', '"Chargement…" was not said', { timeout: 3000 });
    expect(region()).to.equal(shown);
    await expect(el).to.be.accessible();
    await waitUntil(() => parts(el).dialog, 'the panel did not load', { timeout: 5000 });
    expect(status()).to.equal(null);
    expect(parts(el).launcher!.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => parts(el).input && parts(el).input === el.shadowRoot!.querySelector('msp-assistant-panel')!.shadowRoot!.activeElement, 'the field did not get the focus');
  });
});
