import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/assistant/src/client/msp-assistant.js';
import type { MspAssistant } from '../../packages/assistant/src/client/msp-assistant.js';
import { answered, ask, focusedIn, lastAnswer, openPanel, parts, serverStats, startServer, stopServer, text } from './fixtures/assistant-chat.js';

describe('<msp-assistant> when things go wrong', () => {
  beforeEach(() => sessionStorage.clear());

  after(async () => {
    // Leave the server as the other files expect it.
    await startServer();
  });

  it('keeps the question after the server went down, and answers it on retry once it is back', async () => {
    const server = await startServer();
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    await openPanel(el);
    await stopServer();
    await ask(el, 'Comment créer une MSP ?');
    await waitUntil(() => text(parts(el).alert), 'no error shown', { timeout: 4000 });
    const p = parts(el);
    expect(text(p.alert!.querySelector('p'))).to.equal(
      'La question n’a pas pu être envoyée : le serveur de l’assistant ne répond pas. Votre question est gardée ; réessayez dans un instant.',
    );
    expect(p.alert!.getAttribute('role')).to.equal('alert');
    expect(p.input!.value).to.equal('Comment créer une MSP ?');
    // Nothing half-done in the transcript, and nothing busy.
    expect(p.messages.length).to.equal(0);
    expect(p.log!.getAttribute('aria-busy')).to.equal('false');
    expect(text(p.retry)).to.equal('Réessayer');
    await expect(el).to.be.accessible();

    const again = await startServer();
    expect(again.url).to.equal(server.url);
    p.retry!.click();
    const answer = await answered(el);
    expect(text(answer)).to.contain('Créer une MSP commence par réunir une équipe');
    expect(text(parts(el).alert)).to.equal('');
    expect(parts(el).input!.value).to.equal('');
    expect(parts(el).messages.length).to.equal(2);
    expect(focusedIn(el)).to.equal(parts(el).input);
  });

  it('keeps a partial answer marked as cut when the server goes away midway', async () => {
    const server = await startServer({ tokenDelayMs: 1200 });
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    await openPanel(el);
    await ask(el, 'Comment créer une MSP ?');
    await waitUntil(() => text(lastAnswer(el)?.querySelector('.text')), 'no text streamed', { timeout: 4000 });
    await stopServer();
    await waitUntil(() => text(parts(el).alert), 'no error shown', { timeout: 4000 });
    const answer = lastAnswer(el)!;
    expect(text(answer.querySelector('.text'))).to.equal('Créer une MSP commence par réunir une équipe :');
    expect(text(answer.querySelector('.note'))).to.equal('Réponse interrompue.');
    expect(parts(el).input!.value).to.equal('Comment créer une MSP ?');
    await expect(el).to.be.accessible();

    await startServer();
    parts(el).retry!.click();
    await waitUntil(() => parts(el).messages.length === 4 && parts(el).log!.getAttribute('aria-busy') === 'false', 'no retry', {
      timeout: 4000,
    });
    expect(text(lastAnswer(el))).to.contain('Les locaux, les démarches et les aides dépendent du lieu');
  });

  it('says when too many questions were asked, with the wait the server gave', async () => {
    const { endpoint } = await startServer({ rateLimit: { limit: 1, windowMs: 60_000 } });
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    await openPanel(el);
    await ask(el, 'Comment créer une MSP ?');
    await answered(el);
    await ask(el, 'Comment adhérer à la fédération ?');
    await waitUntil(() => text(parts(el).alert), 'no error shown', { timeout: 4000 });
    expect(text(parts(el).alert)).to.match(
      /^Trop de questions en peu de temps\. Votre question est gardée ; réessayez dans (59|60) secondes\. Réessayer$/,
    );
    expect(parts(el).input!.value).to.equal('Comment adhérer à la fédération ?');
    expect(parts(el).messages.length).to.equal(2);
    expect((await serverStats()).rateLimited).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('says so when the browser is offline, without sending anything', async () => {
    const { endpoint } = await startServer();
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    await openPanel(el);
    const before = (await serverStats()).chats;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await ask(el, 'Comment créer une MSP ?');
      await waitUntil(() => text(parts(el).alert), 'no error shown');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(text(parts(el).alert)).to.equal(
      'Vous semblez hors connexion. Votre question est gardée ; réessayez une fois la connexion revenue. Réessayer',
    );
    expect(parts(el).input!.value).to.equal('Comment créer une MSP ?');
    expect((await serverStats()).chats).to.equal(before);
    await expect(el).to.be.accessible();
    parts(el).retry!.click();
    await answered(el);
    expect(text(parts(el).alert)).to.equal('');
  });
});
