// The Storybook stories of <msp-assistant>, rendered as Storybook would (args, then play), against
// their in-browser preview of the API: each must reach its state and pass axe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import * as stories from '../../stories/assistant.stories.js';
import type { MspAssistant } from '../../packages/assistant/src/client/msp-assistant.js';
import { lastAnswer, parts, text } from './fixtures/assistant-chat.js';

type Story = { args?: Record<string, unknown>; render?: (args: never, context: never) => unknown; play?: (context: never) => Promise<void> | void };
const meta = stories.default as unknown as Required<Pick<Story, 'render'>> & { args: Record<string, unknown> };

async function show(name: keyof typeof stories): Promise<MspAssistant> {
  const story = stories[name] as Story;
  const canvas = await fixture<HTMLDivElement>(html`<div></div>`);
  const args = { ...meta.args, ...story.args } as never;
  render((story.render ?? meta.render)(args, {} as never), canvas);
  const el = canvas.querySelector('msp-assistant')!;
  await el.updateComplete;
  await story.play?.({ canvasElement: canvas } as never);
  return el;
}

const loaded = (el: MspAssistant) => waitUntil(() => parts(el).input, 'the panel did not load', { timeout: 5000 });

describe('<msp-assistant> stories', () => {
  beforeEach(() => sessionStorage.clear());

  it('Closed', async () => {
    const el = await show('Closed');
    expect(parts(el).launcher!.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('OpenWithWelcome', async () => {
    const el = await show('OpenWithWelcome');
    await loaded(el);
    expect(parts(el).suggestions.length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('Streaming', async () => {
    const el = await show('Streaming');
    await waitUntil(() => text(lastAnswer(el)?.querySelector('.text')), 'nothing streamed', { timeout: 4000 });
    expect(parts(el).log!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    parts(el).send!.click();
    await waitUntil(() => parts(el).log!.getAttribute('aria-busy') === 'false');
  });

  it('AnswerWithCitations', async () => {
    const el = await show('AnswerWithCitations');
    await waitUntil(() => lastAnswer(el)?.querySelector('[part=sources]'), 'no sources', { timeout: 5000 });
    expect(lastAnswer(el)!.querySelector('a.cite')!.getAttribute('href')).to.equal(new URL('/federation/adherer.html', document.baseURI).href);
    await expect(el).to.be.accessible();
  });

  it('Emergency', async () => {
    const el = await show('Emergency');
    await waitUntil(() => parts(el).log?.getAttribute('aria-busy') === 'false' && lastAnswer(el)?.querySelector('.urgent'), 'no emergency', {
      timeout: 5000,
    });
    expect(lastAnswer(el)!.querySelector('a[href="tel:15"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('Error', async () => {
    const el = await show('Error');
    await waitUntil(() => text(parts(el).alert), 'no error', { timeout: 4000 });
    expect(parts(el).input!.value).to.equal('Comment créer une MSP ?');
    await expect(el).to.be.accessible();
  });

  it('Inline', async () => {
    const el = await show('Inline');
    await loaded(el);
    expect(parts(el).launcher).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('English', async () => {
    const el = await show('English');
    await waitUntil(() => parts(el).log?.getAttribute('aria-busy') === 'false' && lastAnswer(el), 'no answer', { timeout: 5000 });
    expect(text(parts(el).clear)).to.equal('Clear the conversation');
    // As the real assistant answers it: an English line, then the pages' French words, marked French.
    const answer = lastAnswer(el)!;
    expect(text(answer.querySelector('.text > p'))).to.match(/^The federation.s pages are in French/);
    expect(text(answer.querySelector('.text > [lang=fr]'))).to.match(/^Une maison de santé pluriprofessionnelle/);
    expect(answer.querySelector('[part=sources] a')!.getAttribute('lang')).to.equal('fr');
    await expect(el).to.be.accessible();
  });

  it('AboveACookieBanner', async () => {
    const el = await show('AboveACookieBanner');
    const banner = el.closest('div')!.querySelector('[aria-label=Cookies]')!;
    expect(parts(el).launcher!.getBoundingClientRect().bottom).to.be.below(banner.getBoundingClientRect().top);
    expect(parts(el).launcher!.getBoundingClientRect().left).to.be.below(40);
    await expect(el.closest('div')!).to.be.accessible();
  });
});
