import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/assistant/src/client/msp-assistant.js';
import type { MspAssistant } from '../../packages/assistant/src/client/msp-assistant.js';
import { answered, ask, focusedIn, lastAnswer, openPanel, parts, shownText, startServer, text, type Server } from './fixtures/assistant-chat.js';

const stored = (endpoint: string) => sessionStorage.getItem(`msp-assistant:${endpoint}`);

describe('<msp-assistant> conversation storage and rendering', () => {
  let server: Server;

  before(async () => {
    server = await startServer();
  });

  beforeEach(() => sessionStorage.clear());

  it('stores nothing before the first opening, then keeps the conversation in this tab', async () => {
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    await el.updateComplete;
    expect(sessionStorage.length).to.equal(0);
    await openPanel(el);
    expect(sessionStorage.length).to.equal(0);
    await ask(el, 'Comment adhérer à la fédération ?');
    await answered(el);
    const value = JSON.parse(stored(server.endpoint)!) as { v: number; turns: { role: string; text: string; citations?: unknown[] }[] };
    expect(value.v).to.equal(1);
    expect(value.turns.map((t) => t.role)).to.deep.equal(['user', 'assistant']);
    expect(value.turns[0]!.text).to.equal('Comment adhérer à la fédération ?');
    expect(value.turns[1]!.citations!.length).to.equal(1);
    expect(sessionStorage.length).to.equal(1);
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);

    // Another page of the site: the conversation is back when the panel opens, not before.
    const next = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    expect(parts(next).panel).to.equal(null);
    const p = await openPanel(next);
    expect(p.messages.length).to.equal(2);
    expect(text(p.messages[0])).to.equal('Vous : Comment adhérer à la fédération ?');
    expect(lastAnswer(next)!.querySelector('a.cite')!.getAttribute('href')).to.equal(new URL('/federation/adherer.html', document.baseURI).href);
    expect(p.suggestions.length).to.equal(0);
    expect(p.clear!.disabled).to.equal(false);
    await expect(next).to.be.accessible();

    // "Effacer la conversation" erases it, here and in storage.
    p.clear!.click();
    await p.panel!.updateComplete;
    expect(stored(server.endpoint)).to.equal(null);
    expect(parts(next).messages.length).to.equal(0);
    expect(parts(next).suggestions.length).to.equal(3);
    expect(text(parts(next).status)).to.equal('Conversation effacée.');
    expect(focusedIn(next)).to.equal(parts(next).input);
    await expect(next).to.be.accessible();
  });

  for (const attributes of ['no-persist', 'persist="none"']) {
    it(`stores nothing at all with ${attributes}`, async () => {
      const el = await fixture<MspAssistant>(
        attributes === 'no-persist'
          ? html`<msp-assistant endpoint=${server.endpoint} no-persist></msp-assistant>`
          : html`<msp-assistant endpoint=${server.endpoint} persist="none"></msp-assistant>`,
      );
      await openPanel(el);
      await ask(el, 'Comment créer une MSP ?');
      await answered(el);
      expect(parts(el).messages.length).to.equal(2);
      expect(sessionStorage.length).to.equal(0);
    });
  }

  it('renders only the safe Markdown subset: no HTML, no script links, citations only to web pages', async () => {
    const answer = [
      '**Gras** et *italique*, un [lien](https://exemple.fr/page) et un [piège](javascript:alert(1)).',
      '<img src=x onerror="window.pwned=1"> reste du texte.',
      '',
      '- premier point',
      '- second point [2]',
      '',
      'Sources douteuses [1] et numéro inconnu [9]. Écrire à [la fédération](mailto:contact@exemple.fr).',
    ].join('\n');
    sessionStorage.setItem(
      `msp-assistant:${server.endpoint}`,
      JSON.stringify({
        v: 1,
        turns: [
          { role: 'user', text: '<b>Bonjour</b>' },
          {
            role: 'assistant',
            text: answer,
            id: 'a1b2c3d4-0000',
            kind: 'answer',
            state: 'done',
            citations: [
              { n: 1, title: 'Piège', url: 'javascript:alert(2)' },
              { n: 2, title: 'Qu’est-ce qu’une MSP ?', url: '/federation/msp.html' },
            ],
          },
        ],
      }),
    );
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${server.endpoint}></msp-assistant>`);
    const p = await openPanel(el);
    expect(text(p.messages[0])).to.equal('Vous : <b>Bonjour</b>');
    expect(p.messages[0]!.querySelector('b')).to.equal(null);
    const message = lastAnswer(el)!;
    const body = message.querySelector('.text')!;
    expect(body.querySelector('img')).to.equal(null);
    expect(text(body)).to.contain('<img src=x onerror="window.pwned=1"> reste du texte.');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect(text(body.querySelector('strong'))).to.equal('Gras');
    expect(text(body.querySelector('em'))).to.equal('italique');
    expect([...body.querySelectorAll('li')].map((li) => shownText(li).replace(/\s+/g, ' ').trim())).to.deep.equal(['premier point', 'second point 2']);
    const hrefs = [...message.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => !/^(https?|mailto):/.test(h ?? ''))).to.equal(false);
    expect(hrefs).to.include('https://exemple.fr/page');
    expect(hrefs).to.include('mailto:contact@exemple.fr');
    expect(text(body)).to.contain('un piège.');
    // [1] points to a script: shown as text; [2] links to the page; [9] is unknown.
    expect(text(body)).to.contain('Sources douteuses [1] et numéro inconnu [9].');
    expect(body.querySelector('li a.cite')!.getAttribute('href')).to.equal(new URL('/federation/msp.html', document.baseURI).href);
    expect([...message.querySelectorAll('[part=sources] a')].map((a) => text(a))).to.deep.equal(['Qu’est-ce qu’une MSP ?']);
    await expect(el).to.be.accessible();
  });

  it('follows the answer only when the reader is at the bottom of the conversation', async () => {
    const long = 'Une phrase assez longue pour occuper de la place dans la conversation. '.repeat(6);
    const turns = Array.from({ length: 10 }, (_, i) => [
      { role: 'user', text: `Question ${i + 1}` },
      { role: 'assistant', text: long, state: 'done' },
    ]).flat();
    sessionStorage.setItem(`msp-assistant:${server.endpoint}`, JSON.stringify({ v: 1, turns }));
    const paced = await startServer({ tokenDelayMs: 400 });
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${paced.endpoint}></msp-assistant>`);
    sessionStorage.setItem(`msp-assistant:${paced.endpoint}`, JSON.stringify({ v: 1, turns }));
    const p = await openPanel(el);
    const log = p.log!;
    const atBottom = () => log.scrollHeight - log.scrollTop - log.clientHeight < 2;
    expect(p.messages.length).to.equal(20);
    expect(log.scrollHeight).to.be.above(log.clientHeight * 2);
    // Opened at the end of the restored conversation.
    expect(atBottom()).to.equal(true);

    // Asking goes to the end; scrolling up while it is written keeps the reader where they are.
    await ask(el, 'Comment créer une MSP ?');
    await waitUntil(() => text(lastAnswer(el)?.querySelector('.text')), 'no text', { timeout: 3000 });
    expect(atBottom()).to.equal(true);
    log.scrollTop = 0;
    const length = text(lastAnswer(el)!.querySelector('.text')).length;
    await waitUntil(() => text(lastAnswer(el)!.querySelector('.text')).length > length, 'no more text', { timeout: 3000 });
    await parts(el).panel!.updateComplete;
    expect(log.scrollTop).to.equal(0);
    await answered(el);
    expect(log.scrollTop).to.equal(0);

    // At the bottom, the log follows the text as it grows.
    log.scrollTop = log.scrollHeight;
    await ask(el, 'Comment adhérer à la fédération ?');
    await answered(el);
    expect(atBottom()).to.equal(true);
    await startServer();
  });
});
