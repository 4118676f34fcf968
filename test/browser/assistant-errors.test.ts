import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/assistant/src/client/msp-assistant.js';
import type { MspAssistant } from '../../packages/assistant/src/client/msp-assistant.js';
import { answered, ask, focusedIn, lastAnswer, openPanel, parts, serverStats, startServer, stopServer, text } from './fixtures/assistant-chat.js';
import { installClock } from './fixtures/fake-clock.js';
import { captureWarnings } from './fixtures/probe-widget.js';

/** Waits for `done` frame by frame (the fake clock holds back the timers `waitUntil` polls with). */
async function inFrames(done: () => unknown) {
  for (let frame = 0; !done(); frame++) {
    if (frame === 300) throw new Error(`still waiting for ${done.toString()}`);
    await new Promise(requestAnimationFrame);
  }
}

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

  it('gives up on a server that does not begin to answer after 30 seconds, and keeps the question for a retry', async () => {
    const server = await startServer();
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    await openPanel(el);
    // A server (or a proxy before it) that takes the request and never answers.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as it was
    const realFetch = window.fetch;
    window.fetch = (input, init) =>
      (input instanceof Request ? input.url : input.toString()) === server.endpoint
        ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
        : realFetch.call(window, input, init);
    const clock = installClock(new Date('2026-06-10T10:00:00+02:00'));
    try {
      await ask(el, 'Comment créer une MSP ?');
      await clock.tick(29_000);
      expect(parts(el).log!.getAttribute('aria-busy')).to.equal('true');
      expect(text(parts(el).alert)).to.equal('');
      await clock.tick(1_000);
      await inFrames(() => text(parts(el).alert));
    } finally {
      clock.uninstall();
      window.fetch = realFetch;
    }
    const p = parts(el);
    expect(text(p.alert!.querySelector('p'))).to.equal(
      'La question n’a pas pu être envoyée : le serveur de l’assistant ne répond pas. Votre question est gardée ; réessayez dans un instant.',
    );
    expect(p.input!.value).to.equal('Comment créer une MSP ?');
    expect(p.messages.length).to.equal(0);
    p.retry!.click();
    expect(text(await answered(el))).to.contain('Créer une MSP commence par réunir une équipe');
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

  it('tells a site whose endpoint has no chat API (a 404) what to correct, and its visitors that it is not in service', async () => {
    const { url } = await startServer();
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${`${url}/api/chatt`}></msp-assistant>`);
    await openPanel(el);
    const warnings = await captureWarnings(async () => {
      await ask(el, 'Comment créer une MSP ?');
      await waitUntil(() => text(parts(el).alert), 'no error shown', { timeout: 4000 });
    });
    expect(text(parts(el).alert)).to.equal(
      'L’assistant n’est pas encore en service sur ce site (réglage du site). Contactez le responsable du site.',
    );
    expect(warnings).to.deep.equal([`[msp-assistant] endpoint: ${url}/api/chatt answered HTTP 404: no chat API there`]);
    // Trying again cannot help; the question stays in the field all the same.
    expect(parts(el).retry).to.equal(null);
    expect(parts(el).input!.value).to.equal('Comment créer une MSP ?');
    // "Writing the answer" is no longer in the status region beside the error.
    expect(text(parts(el).status)).to.equal('');
    await expect(el).to.be.accessible();
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
