import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/assistant/src/client/msp-assistant.js';
import type { MspAssistant } from '../../packages/assistant/src/client/msp-assistant.js';
import { answered, ask, focusedIn, lastAnswer, openPanel, parts, serverStats, shownText, startServer, text } from './fixtures/assistant-chat.js';

/** A new conversation on an English page (`<msp-assistant lang="en">`): the element and its answer to `question`. */
async function askOnEnglishPage(endpoint: string, question: string): Promise<{ el: MspAssistant; answer: HTMLElement }> {
  sessionStorage.clear();
  const el = await fixture<MspAssistant>(html`<msp-assistant lang="en" endpoint=${endpoint}></msp-assistant>`);
  await openPanel(el);
  await ask(el, question);
  return { el, answer: await answered(el) };
}

/** Every text the status (live) region held, in order. */
function recordStatus(el: MspAssistant): string[] {
  const status = parts(el).status!;
  const seen: string[] = [];
  const note = () => {
    const value = text(status);
    if (value && value !== seen.at(-1)) seen.push(value);
  };
  new MutationObserver(note).observe(status, { childList: true, subtree: true, characterData: true });
  return seen;
}

describe('<msp-assistant> asking the real assistant', () => {
  beforeEach(() => sessionStorage.clear());

  it('streams a suggested question’s answer in place, busy while it is written, announced once when done', async () => {
    const { endpoint } = await startServer({ tokenDelayMs: 200 });
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    const p = await openPanel(el);
    const announced = recordStatus(el);
    p.suggestions[0]!.click();
    await el.updateComplete;
    // The suggestions go away with the first question; focus stays in the panel, in the field.
    expect(focusedIn(el)).to.equal(p.input);
    await waitUntil(() => lastAnswer(el)?.querySelector('.text p'), 'no text streamed', { timeout: 3000 });
    expect(parts(el).log!.getAttribute('aria-busy')).to.equal('true');
    expect(parts(el).suggestions.length).to.equal(0);
    expect(text(parts(el).messages[0])).to.equal('Vous : Qu’est-ce qu’une maison de santé pluriprofessionnelle ?');
    expect(text(parts(el).messages[0]!.querySelector('.sr-only'))).to.equal('Vous :');
    expect(text(lastAnswer(el)!.querySelector('.sr-only'))).to.equal('Assistant :');
    expect(text(parts(el).send)).to.equal('Arrêter');
    const paragraph = lastAnswer(el)!.querySelector('.text p')!;
    const first = text(paragraph).length;
    await waitUntil(() => text(paragraph).length > first, 'the answer did not grow', { timeout: 3000 });
    // Still the same node: text is appended, nothing re-created.
    expect(lastAnswer(el)!.querySelector('.text p')).to.equal(paragraph);
    expect(announced.some((a) => a.startsWith('Réponse de l’assistant'))).to.equal(false);
    const answer = await answered(el);
    expect(answer.querySelector('.text p')).to.equal(paragraph);
    expect(parts(el).log!.getAttribute('aria-busy')).to.equal('false');
    expect(text(paragraph)).to.match(/^Une maison de santé pluriprofessionnelle \(MSP\) est une équipe .* plusieurs sites\. Source 1 : Qu’est-ce qu’une maison de santé pluriprofessionnelle \?$/);
    expect(shownText(paragraph)).to.match(/plusieurs sites\. 1$/);
    // Shown with French typography (the pages keep the straight apostrophe their search reads).
    expect(paragraph.textContent).to.contain('L’équipe partage').and.not.contain("'");
    expect(text(parts(el).send)).to.equal('Envoyer');
    await waitUntil(() => announced.length === 2);
    expect(announced[0]).to.equal('L’assistant rédige sa réponse.');
    expect(announced[1]).to.match(/^Réponse de l’assistant : Une maison de santé pluriprofessionnelle \(MSP\) est .* plusieurs sites\.$/);
    await expect(el).to.be.accessible();
  });

  it('answers a typed question without touching the earlier messages', async () => {
    const { endpoint } = await startServer({ tokenDelayMs: 100 });
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    await openPanel(el);
    // Enter sends: a phone's keyboard labels its key so ("Envoyer"), not as a new line. (The
    // attribute: WebKit on Linux, with no on-screen keyboard, has no enterKeyHint property.)
    expect(parts(el).input!.getAttribute('enterkeyhint')).to.equal('send');
    await sendKeys({ type: 'Comment créer une MSP ?' });
    await sendKeys({ press: 'Enter' });
    await answered(el);
    const earlier = parts(el).messages;
    expect(earlier.length).to.equal(2);
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    for (const message of earlier) observer.observe(message, { subtree: true, childList: true, characterData: true, attributes: true });
    const announced = recordStatus(el);

    await sendKeys({ type: 'Comment adhérer à la fédération ?' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el).log!.getAttribute('aria-busy') === 'true');
    const answer = await answered(el);
    observer.disconnect();
    expect(mutations.length, 'earlier messages were re-rendered').to.equal(0);
    expect(parts(el).messages.length).to.equal(4);
    expect(text(answer)).to.contain('Pour adhérer, une MSP contacte la FEMAS Hauts-de-France');
    expect(announced.filter((a) => a.startsWith('Réponse de l’assistant')).length).to.equal(1);
  });

  it('links numbered citations and lists the sources, pages of the federation’s site, not of the assistant’s host', async () => {
    const { endpoint, url, pages } = await startServer();
    // The assistant runs on its own host (127.0.0.1:port), the page elsewhere (web-test-runner's server).
    expect(new URL(url).origin).to.not.equal(location.origin);
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    const p = await openPanel(el);
    p.suggestions[2]!.click();
    const answer = await answered(el);
    const cite = answer.querySelector<HTMLAnchorElement>('a.cite')!;
    // The server sends "/federation/adherer.html", a page of the site: resolved against the page the chat is on.
    expect(cite.getAttribute('href')).to.equal(new URL('/federation/adherer.html', document.baseURI).href);
    expect(pages).to.include(new URL(cite.href).pathname);
    // The badge shows the number; its name, said from its content, names the source.
    expect(shownText(cite)).to.equal('1');
    expect(cite.getBoundingClientRect().width).to.be.below(30);
    expect(cite.textContent).to.equal('Source 1\u00a0: Adhérer à la FEMAS Hauts-de-France');
    const sources = answer.querySelector('[part=sources]')!;
    const list = sources.querySelector('ol')!;
    expect(text(sources.querySelector(`#${list.getAttribute('aria-labelledby')!}`))).to.equal('Sources :');
    const items = [...list.querySelectorAll('li')];
    expect(items.length).to.equal(1);
    expect(items[0]!.value).to.equal(1);
    const link = items[0]!.querySelector('a')!;
    expect(link.href).to.equal(cite.href);
    expect(text(link)).to.equal('Adhérer à la FEMAS Hauts-de-France');
    await expect(el).to.be.accessible();
  });

  it('marks the language of each part of an answer (WCAG 3.1.2): an English lead, the pages\' French quotes and titles', async () => {
    const { endpoint } = await startServer();
    const lead = 'The federation’s pages are in French; here is what they say:';
    // A French page: the English lead is marked, the quotes and sources are the page's language.
    const fr = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    await openPanel(fr);
    const announcedFr = recordStatus(fr);
    await ask(fr, 'How do I join the federation?');
    let answer = await answered(fr);
    const english = answer.querySelectorAll('.text > [lang]');
    expect([...english].map((e) => e.getAttribute('lang'))).to.deep.equal(['en']);
    expect(text(english[0])).to.equal(lead);
    expect(english[0]!.querySelector('p')).to.not.equal(null);
    const quote = answer.querySelector('.text > p')!;
    expect(text(quote)).to.contain('Pour adhérer');
    expect(quote.closest('[lang]')?.getAttribute('lang')).to.equal('fr');
    expect(answer.querySelector('[part=sources] a')!.hasAttribute('lang')).to.equal(false);
    // The visitor's own question, English on a French page, is marked too.
    const question = parts(fr).messages[0]!.querySelector('span[lang]');
    expect(question?.getAttribute('lang')).to.equal('en');
    expect(text(question)).to.equal('How do I join the federation?');
    // The status region says each part in its language too.
    await waitUntil(() => announcedFr.some((a) => a.startsWith('Réponse')));
    const said = parts(fr).status!.querySelector('[lang=en]');
    expect(text(said).replace("'", '’')).to.equal(lead);
    expect(text(parts(fr).status)).to.match(/^Réponse de l’assistant : The federation.s pages .*: Pour adhérer/);
    await expect(fr).to.be.accessible();

    // An English page: the lead is the page's language, the quotes and the sources' titles are marked French.
    const { el: en, answer: enAnswer } = await askOnEnglishPage(endpoint, 'How do I join the federation?');
    answer = enAnswer;
    const french = [...answer.querySelectorAll('.text > [lang]')];
    expect(french.map((e) => e.getAttribute('lang'))).to.deep.equal(['fr']);
    expect(text(french[0])).to.contain('Pour adhérer');
    expect(text(answer.querySelector('.text > p'))).to.equal(lead);
    const source = answer.querySelector('[part=sources] a')!;
    expect(source.getAttribute('lang')).to.equal('fr');
    expect(text(source)).to.equal('Adhérer à la FEMAS Hauts-de-France');
    expect(parts(en).messages[0]!.querySelector('[lang]')).to.equal(null);
    // A French question on the English page: the question is marked French.
    await ask(en, 'Comment adhérer à la fédération ?');
    await answered(en);
    expect(parts(en).messages[2]!.querySelector('span[lang]')?.getAttribute('lang')).to.equal('fr');
    await expect(en).to.be.accessible();

    // Kept with the conversation: another page of the site shows the parts marked the same.
    const next = await fixture<MspAssistant>(html`<msp-assistant lang="en" endpoint=${endpoint}></msp-assistant>`);
    await openPanel(next);
    const restored = parts(next).messages[1]!;
    expect([...restored.querySelectorAll('.text > [lang]')].map((e) => e.getAttribute('lang'))).to.deep.equal(['fr']);
    expect(restored.querySelector('[part=sources] a')!.getAttribute('lang')).to.equal('fr');
    expect(parts(next).messages[2]!.querySelector('span[lang]')?.getAttribute('lang')).to.equal('fr');
  });

  it('says a citation’s name in the panel’s language and its source’s title in the page’s, whatever the sentence it ends (WCAG 3.1.2)', async () => {
    const { endpoint } = await startServer();
    /** The language an element is read in (the panel marks its own root). */
    const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang');
    // A French page, an English question the pages do not answer: "I don't know … [1]" is English,
    // the [1]'s label ("Source 1 : Contacter la fédération") is French, as its source.
    const fr = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    await openPanel(fr);
    await ask(fr, 'What is the SIRET number of the federation?');
    let answer = await answered(fr);
    let cite = answer.querySelector('a.cite')!;
    expect(langOf(cite.closest('p')!)).to.equal('en');
    expect(cite.textContent).to.equal('Source 1\u00a0: Contacter la fédération');
    expect(langOf(cite)).to.equal('fr');
    expect([...cite.querySelectorAll('[lang]')]).to.deep.equal([]);
    await expect(fr).to.be.accessible();

    // An English page quoting the French pages.
    answer = (await askOnEnglishPage(endpoint, 'How do I join the federation?')).answer;
    cite = answer.querySelector('a.cite')!;
    // "Source 1: " in the panel's English, the title in French.
    expect(cite.textContent).to.equal('Source 1: Adhérer à la FEMAS Hauts-de-France');
    expect(langOf(cite)).to.equal('en');
    expect(langOf(cite.querySelector('.sr-only span')!)).to.equal('fr');
    expect(text(cite.querySelector('.sr-only span'))).to.equal('Adhérer à la FEMAS Hauts-de-France');
    expect(shownText(cite)).to.equal('1');
  });

  it('spaces the sources of an answer 24 px apart at least (WCAG 2.5.8, target size)', async () => {
    const { endpoint } = await startServer();
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    await openPanel(el);
    // Two sources of one line each: links 15 px high whose centres were 21 px apart.
    await ask(el, 'Qu’est-ce que l’ACI ?');
    const answer = await answered(el);
    const centres = [...answer.querySelectorAll('[part=sources] li a')].map((a) => {
      const box = a.getBoundingClientRect();
      expect(box.height).to.be.below(24);
      return box.top + box.height / 2;
    });
    expect(centres.length).to.equal(2);
    expect(centres[1]! - centres[0]!).to.be.at.least(24);
  });

  it('links the citations to the federation’s website when the server knows its address', async () => {
    const { endpoint } = await startServer({ siteUrl: 'https://www.ma-federation.example' });
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    const p = await openPanel(el);
    p.suggestions[2]!.click();
    const answer = await answered(el);
    expect(answer.querySelector('a.cite')!.getAttribute('href')).to.equal('https://www.ma-federation.example/federation/adherer.html');
    expect(answer.querySelector('[part=sources] a')!.getAttribute('href')).to.equal('https://www.ma-federation.example/federation/adherer.html');
  });

  it('stops an answer midway, keeping what was written', async () => {
    const { endpoint } = await startServer({ tokenDelayMs: 2500 });
    const before = (await serverStats()).aborted;
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    await openPanel(el);
    await ask(el, 'Comment créer une MSP ?');
    await waitUntil(() => text(lastAnswer(el)?.querySelector('.text')), 'no text streamed', { timeout: 4000 });
    const { send, log } = parts(el);
    expect(log!.getAttribute('aria-busy')).to.equal('true');
    expect(send!.type).to.equal('button');
    expect(text(send)).to.equal('Arrêter');
    // The state while an answer is being written.
    await expect(el).to.be.accessible();
    send!.click();
    const answer = await answered(el);
    expect(text(answer.querySelector('.text'))).to.equal('Créer une MSP commence par réunir une équipe :');
    // No line starts with the colon: a no-break space before it.
    expect(answer.querySelector('.text')!.textContent).to.contain('équipe\u00a0:');
    expect(text(answer.querySelector('.note'))).to.equal('Réponse interrompue.');
    expect(answer.querySelector('[part=feedback]')).to.equal(null);
    expect(text(parts(el).status)).to.equal('Réponse interrompue.');
    expect(text(parts(el).alert)).to.equal('');
    expect(text(parts(el).send)).to.equal('Envoyer');
    // The server saw the client go away and stopped working on it.
    await waitUntil(async () => (await serverStats()).aborted > before, 'the server did not see the abort', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('keeps the languages of an answer stopped in its second language, on this page and the next', async () => {
    const { endpoint } = await startServer({ tokenDelayMs: 700 });
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    await openPanel(el);
    await ask(el, 'How do I join the federation?');
    // The English line, then the first French piece: stop there.
    await waitUntil(() => text(lastAnswer(el)?.querySelector('.text > p')), 'no French text streamed', { timeout: 6000 });
    parts(el).send!.click();
    const shape = (answer: HTMLElement) =>
      [...answer.querySelector('.text')!.children].map((child) => `${child.getAttribute('lang') ?? '-'}: ${shownText(child).replace(/\s+/g, ' ').trim()}`);
    const stopped = shape(await answered(el));
    expect(stopped.length).to.equal(2);
    expect(stopped[0]).to.equal('en: The federation’s pages are in French; here is what they say:');
    expect(stopped[1]).to.match(/^-: Pour adhérer/);
    expect(text(lastAnswer(el)!.querySelector('.note'))).to.equal('Réponse interrompue.');
    const next = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    await openPanel(next);
    expect(shape(lastAnswer(next)!)).to.deep.equal(stopped);
  });

  it('answers, and stops midway, in browsers without AbortSignal.any (Safari before 17.4, Firefox before 124)', async () => {
    const { endpoint } = await startServer({ tokenDelayMs: 2500 });
    const before = (await serverStats()).aborted;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as it was
    const any = AbortSignal.any;
    Reflect.deleteProperty(AbortSignal, 'any');
    try {
      const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
      await openPanel(el);
      await ask(el, 'Comment créer une MSP ?');
      await waitUntil(() => text(lastAnswer(el)?.querySelector('.text')), 'no text streamed', { timeout: 4000 });
      expect(text(parts(el).alert)).to.equal('');
      parts(el).send!.click();
      const answer = await answered(el);
      expect(text(answer.querySelector('.text'))).to.equal('Créer une MSP commence par réunir une équipe :');
      expect(text(answer.querySelector('.note'))).to.equal('Réponse interrompue.');
      await waitUntil(async () => (await serverStats()).aborted > before, 'the server did not see the abort', { timeout: 3000 });
    } finally {
      AbortSignal.any = any;
    }
  });

  it('makes an emergency answer stand out, not by colour alone, with call links', async () => {
    const { endpoint } = await startServer();
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    await openPanel(el);
    await ask(el, "j'ai une douleur dans la poitrine");
    const answer = await answered(el);
    expect(answer.getAttribute('part')).to.contain('emergency');
    const label = answer.querySelector('.urgent')!;
    expect(text(label)).to.equal('Urgence');
    expect(label.querySelector('strong')).to.not.equal(null);
    expect(label.querySelector('svg')).to.not.equal(null);
    expect(parseFloat(getComputedStyle(answer).borderTopWidth)).to.be.at.least(3);
    expect(text(answer.querySelector('.text'))).to.contain('appelez tout de suite le 15');
    expect(answer.querySelector('[part=emergency-calls]')!.getAttribute('role')).to.equal('list');
    const calls = [...answer.querySelectorAll<HTMLAnchorElement>('[part=emergency-calls] a')];
    expect(calls.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:15', 'tel:112', 'sms:114']);
    expect(text(calls[0])).to.equal('Appeler le 15 (Samu)');
    // The call buttons take the bubble's width, not indented as a list of the answer's text.
    expect(getComputedStyle(answer.querySelector('[part=emergency-calls]')!).paddingInlineStart).to.equal('0px');
    expect(answer.querySelector('[part=feedback]')).to.equal(null);
    // Said at once (an assertive alert, interrupting), not queued in the polite status region.
    const urgent = parts(el).urgent!;
    expect(urgent.getAttribute('role')).to.equal('alert');
    expect(urgent.classList.contains('sr-only')).to.equal(true);
    expect(text(urgent)).to.match(/^Urgence\. S'il s'agit d'une urgence, appelez tout de suite le 15/);
    expect(text(parts(el).status)).to.equal('');
    expect(text(parts(el).alert), 'the error region stays for errors').to.equal('');
    await expect(el).to.be.accessible();

    await ask(el, "j'ai des idées suicidaires");
    const second = await answered(el);
    const hrefs = [...second.querySelectorAll('[part=emergency-calls] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:3114', 'tel:15', 'tel:112', 'sms:114']);
    expect(text(second.querySelector('[part=emergency-calls] a'))).to.equal('Appeler le 3114 (prévention du suicide)');
    expect(text(parts(el).urgent)).to.match(/^Urgence\. .*3114/);

    // Violence: the lines for victims are offered as calls too, as the text gives them.
    await ask(el, 'mon mari me frappe');
    const third = await answered(el);
    const lines = [...third.querySelectorAll('[part=emergency-calls] a')].map((a) => a.getAttribute('href'));
    expect(lines).to.deep.equal(['tel:3919', 'tel:119', 'tel:17', 'tel:15', 'tel:112', 'sms:114']);
    expect(text(third.querySelector('[part=emergency-calls] a'))).to.equal('Appeler le 3919 (violences faites aux femmes)');
    await expect(el).to.be.accessible();

    // An ordinary answer afterwards is announced politely, and the alert is gone.
    await ask(el, 'Comment créer une MSP ?');
    await answered(el);
    expect(text(parts(el).urgent)).to.equal('');
    expect(text(parts(el).status)).to.match(/^Réponse de l’assistant : /);
    await expect(el).to.be.accessible();
  });

  it('marks the French names of its English messages French (WCAG 3.1.2): services, not acronyms spelt out', async () => {
    const { endpoint } = await startServer();
    const frenchIn = (node: Element | null) => [...(node?.querySelectorAll('[lang=fr]') ?? [])].map(text);
    const { el, answer } = await askOnEnglishPage(endpoint, 'my husband hits me');
    expect(text(answer.querySelector('.text'))).to.match(/^If you are a victim or a witness of violence: call 3919 \(Violences Femmes Info/);
    expect(frenchIn(answer.querySelector('.text'))).to.deep.equal(['Violences Femmes Info', 'SAMU']);
    const call15 = answer.querySelector('[part=emergency-calls] a[href="tel:15"]')!;
    expect(text(call15)).to.equal('Call 15 (SAMU, medical emergencies)');
    expect(frenchIn(call15)).to.deep.equal(['SAMU']);
    // Said at once by the alert, with the same voices.
    expect(frenchIn(parts(el).urgent)).to.deep.equal(['Violences Femmes Info', 'SAMU']);
    await expect(el).to.be.accessible();

    await ask(el, 'what dose of paracetamol should I take for my fever');
    const medical = await answered(el);
    expect(text(medical.querySelector('.text'))).to.contain('your doctor, your pharmacist or your health centre');
    expect(frenchIn(medical.querySelector('.text'))).to.deep.equal(['permanence des soins']);
    await ask(el, 'what is the weather tomorrow');
    const outOfScope = await answered(el);
    expect(text(outOfScope.querySelector('.text'))).to.contain('multi-professional health centres (MSP)');
    expect(frenchIn(outOfScope)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('sends useful / not useful to /api/feedback and thanks politely', async () => {
    const { endpoint } = await startServer();
    const el = await fixture<MspAssistant>(html`<msp-assistant endpoint=${endpoint}></msp-assistant>`);
    await openPanel(el);
    await ask(el, 'Comment créer une MSP ?');
    const answer = await answered(el);
    const group = answer.querySelector<HTMLElement>('[part=feedback]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(text(answer.querySelector(`#${group.getAttribute('aria-labelledby')!}`))).to.equal(
      'Cette réponse vous a-t-elle été utile ?',
    );
    const [yes, no] = [...group.querySelectorAll('button')];
    expect([text(yes), text(no)]).to.deep.equal(['Oui', 'Non']);
    expect([yes!.getAttribute('aria-pressed'), no!.getAttribute('aria-pressed')]).to.deep.equal(['false', 'false']);
    const before = (await serverStats()).feedback;
    yes!.click();
    await waitUntil(() => text(group.querySelector('.thanks')) === 'Merci pour votre avis.', 'no thanks');
    expect(yes!.getAttribute('aria-pressed')).to.equal('true');
    expect(no!.getAttribute('aria-pressed')).to.equal('false');
    expect((await serverStats()).feedback.useful).to.equal(before.useful + 1);
    expect(text(parts(el).status)).to.equal('Merci pour votre avis.');
    await expect(el).to.be.accessible();
    // The same thanks again is said again: the live region's text changes (a screen reader says
    // nothing of a region whose text stays the same).
    const said = parts(el).status!.textContent;
    no!.click();
    await waitUntil(async () => (await serverStats()).feedback.notUseful === before.notUseful + 1);
    expect(yes!.getAttribute('aria-pressed')).to.equal('false');
    expect(no!.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => parts(el).status!.textContent !== said, 'the second thanks was not said');
    expect(text(parts(el).status)).to.equal('Merci pour votre avis.');
  });
});
