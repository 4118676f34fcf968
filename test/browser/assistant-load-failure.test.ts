import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../packages/assistant/src/client/msp-assistant.js';
import type { MspAssistant } from '../../packages/assistant/src/client/msp-assistant.js';
import { openPanel, parts, startServer, text, type Server } from './fixtures/assistant-chat.js';

// A file of its own: the panel's module must not have been loaded in this page before.
describe('<msp-assistant> when its panel cannot be downloaded', () => {
  let server: Server;

  before(async () => {
    server = await startServer();
  });

  after(async () => {
    await executeServerCommand('assistant-block-urls', []);
  });

  it('says so once, without trying again by itself, and loads it when opened again', async () => {
    await executeServerCommand('assistant-block-urls', ['*/client/panel.*']);
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    let updates = 0;
    const update = el['update'].bind(el);
    el['update'] = (changed) => {
      updates++;
      update(changed);
    };
    parts(el).launcher!.click();
    const status = () => el.shadowRoot!.querySelector('.status');
    await waitUntil(() => status()?.getAttribute('role') === 'alert', 'the failure was never said', { timeout: 3000 });
    expect(text(status())).to.equal('L’assistant n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.');
    // It stays said: each failure used to start another download at the next update, in a loop
    // (thousands of updates a second, "Chargement…" shown for ever).
    await aTimeout(500);
    expect(updates).to.be.below(5);
    expect(status()?.getAttribute('role')).to.equal('alert');

    // The connection is back: closing and opening again loads the panel.
    await executeServerCommand('assistant-block-urls', []);
    parts(el).launcher!.click();
    await el.updateComplete;
    expect(parts(el).launcher!.getAttribute('aria-expanded')).to.equal('false');
    const p = await openPanel(el);
    expect(p.dialog).to.not.equal(null);
    expect(status()).to.equal(null);
  });
});
