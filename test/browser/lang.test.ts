import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/site/msp-site.js';
import '../../packages/widgets/src/directory/msp-directory.js';
import '../../packages/widgets/src/directory/msp-team.js';
import { directory, structure, text } from './fixtures/directory-data.js';
import { settled, type ProbeWidget } from './fixtures/probe-widget.js';
import './fixtures/probe-widget.js';

const htmlElement = document.documentElement;

describe('language resolution', () => {
  let pageLang: string | null;
  beforeEach(() => {
    pageLang = htmlElement.getAttribute('lang');
  });
  afterEach(() => {
    if (pageLang === null) htmlElement.removeAttribute('lang');
    else htmlElement.setAttribute('lang', pageLang);
  });

  async function probeIn(template: ReturnType<typeof html>): Promise<ProbeWidget> {
    const root = await fixture<HTMLElement>(template);
    const probe = root.localName === 'probe-widget' ? (root as ProbeWidget) : root.querySelector('probe-widget')!;
    await settled(root, probe);
    return probe;
  }

  it('defaults to French when nothing says otherwise', async () => {
    htmlElement.removeAttribute('lang');
    expect((await probeIn(html`<probe-widget></probe-widget>`)).shown.lang).to.equal('fr');
  });

  it('follows <html lang>', async () => {
    htmlElement.setAttribute('lang', 'en-GB');
    expect((await probeIn(html`<probe-widget></probe-widget>`)).shown.lang).to.equal('en');
  });

  it('prefers <msp-site> settings over <html lang>', async () => {
    htmlElement.setAttribute('lang', 'en');
    const probe = await probeIn(html`<msp-site>
      <script type="application/json">{ "lang": "fr" }</script>
      <probe-widget></probe-widget>
    </msp-site>`);
    expect(probe.shown.lang).to.equal('fr');
  });

  it('prefers the closest [lang] ancestor over <msp-site>', async () => {
    const probe = await probeIn(html`<msp-site lang="fr"><section lang="en"><probe-widget></probe-widget></section></msp-site>`);
    expect(probe.shown.lang).to.equal('en');
  });

  it('finds the ancestor through a shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"><span></span></div>`);
    const root = host.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<probe-widget></probe-widget>';
    const probe = root.querySelector('probe-widget')!;
    await settled(probe);
    expect(probe.shown.lang).to.equal('en');
  });

  it('prefers its own lang attribute over everything', async () => {
    const probe = await probeIn(html`<div lang="en"><probe-widget lang="fr-FR"></probe-widget></div>`);
    expect(probe.shown.lang).to.equal('fr');
  });

  it('skips languages it does not speak', async () => {
    htmlElement.setAttribute('lang', 'en');
    const probe = await probeIn(html`<div lang="de"><probe-widget></probe-widget></div>`);
    expect(probe.shown.lang).to.equal('en');
  });

  describe('marks what it says with the language it says it in', () => {
    const marked = (probe: ProbeWidget) => probe.shadowRoot!.querySelector('p')!;

    it('in English inside a French page when <msp-site> says so, and back', async () => {
      htmlElement.setAttribute('lang', 'fr');
      const site = await fixture<HTMLElement>(html`<msp-site>
        <script type="application/json">{ "lang": "en" }</script>
        <probe-widget></probe-widget>
      </msp-site>`);
      const probe = site.querySelector('probe-widget')!;
      await settled(site, probe);
      expect(probe.shown.lang).to.equal('en');
      expect(marked(probe).matches(':lang(en)')).to.equal(true);
      probe.setAttribute('lang', 'fr');
      await settled(probe);
      expect(marked(probe).matches(':lang(fr)')).to.equal(true);
    });

    it('in French on a page in a language it does not speak, slotted content left in the page’s', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="de"><probe-widget><span>Hallo</span></probe-widget></div>`);
      const probe = host.querySelector('probe-widget')!;
      await settled(probe);
      expect(probe.shown.lang).to.equal('fr');
      expect(marked(probe).matches(':lang(fr)')).to.equal(true);
      expect(probe.querySelector('span')!.matches(':lang(de)')).to.equal(true);
    });
  });

  it('re-renders when its lang attribute or the page language changes', async () => {
    htmlElement.setAttribute('lang', 'fr');
    const probe = await probeIn(html`<probe-widget></probe-widget>`);
    expect(probe.shown.lang).to.equal('fr');
    htmlElement.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await settled(probe);
    expect(probe.shown.lang).to.equal('en');
    probe.setAttribute('lang', 'fr');
    await settled(probe);
    expect(probe.shown.lang).to.equal('fr');
  });
});

describe('French text from the directory data (French-first: it declares no language)', () => {
  const team = structure(1, {
    team: [{ name: 'Dr Camille Lefebvre', profession: 'medecin-generaliste', note: 'Consultations sans rendez-vous le samedi matin' }],
    accessibility: { wheelchair: true, note: 'Entrée de plain-pied par la rue des Tests' },
  });

  it('is marked French in an English <msp-team>: a professional’s note, not their name', async () => {
    const el = await fixture(html`<msp-team lang="en" .data=${team}></msp-team>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=member]'), 'the team never showed');
    const member = el.shadowRoot!.querySelector('[part=member]')!;
    const note = [...member.querySelectorAll('p')].find((p) => text(p) === 'Consultations sans rendez-vous le samedi matin')!;
    expect(note.matches(':lang(fr)')).to.equal(true);
    expect(member.querySelector('.name')!.matches(':lang(en)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is marked French in an English <msp-directory>: the accessibility note, not its English label nor the names', async () => {
    const el = await fixture(html`<msp-directory lang="en" .data=${directory([team])}></msp-directory>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=card]'), 'the directory never showed');
    const card = el.shadowRoot!.querySelector('[part=card]')!;
    const paragraph = [...card.querySelectorAll('p')].find((p) => text(p).startsWith('Accessibility:'))!;
    expect(paragraph.matches(':lang(en)')).to.equal(true);
    const note = [...paragraph.querySelectorAll('*')].find((e) => text(e) === 'Entrée de plain-pied par la rue des Tests');
    expect(note, 'the note in an element of its own').to.not.equal(undefined);
    expect(note!.matches(':lang(fr)')).to.equal(true);
    expect(card.querySelector('[part=name]')!.matches(':lang(en)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('leaves out the French mark when the accessibility has a link but no note', async () => {
    const linked = structure(1, { accessibility: { url: 'https://msp.example/accessibilite' } });
    const el = await fixture(html`<msp-directory lang="en" .data=${directory([linked])}></msp-directory>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=card]'), 'the directory never showed');
    const paragraph = [...el.shadowRoot!.querySelectorAll('[part=card] p')].find((p) => text(p).startsWith('Accessibility:'))!;
    expect(text(paragraph)).to.equal('Accessibility: Accessibility details — ' + linked.name);
    expect(paragraph.querySelector('[lang]'), 'no empty element marked French').to.equal(null);
  });
});
