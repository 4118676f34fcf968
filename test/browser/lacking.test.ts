// A widget given nothing to show (a misspelt attribute, a script that never sets its data) says
// which attribute is missing in the console, once, a few seconds after it starts: not at once,
// since a page's script may give it the data a moment later.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/directory/msp-directory.js';
import '../../packages/widgets/src/directory/msp-team.js';
import '../../packages/widgets/src/hours/msp-opening-hours.js';
import '../../packages/widgets/src/newsletter/msp-newsletter.js';
import type { MspNewsletter } from '../../packages/widgets/src/newsletter/msp-newsletter.js';
import type { MspDirectory } from '../../packages/widgets/src/directory/msp-directory.js';
import type { MspTeam } from '../../packages/widgets/src/directory/msp-team.js';
import { installClock, type FakeClock } from './fixtures/fake-clock.js';
import { captureWarnings } from './fixtures/probe-widget.js';
import { api, directory, loaded, parts, structure, text } from './fixtures/directory-data.js';

const DIRECTORY_MISSING = '[msp-directory] src: missing (nor the data property, nor a <script type="application/json"> child)';
const TEAM_MISSING = '[msp-team] src: missing (nor the data property, nor a <script type="application/json"> child)';
const HOURS_MISSING = '[msp-opening-hours] value: missing (or <msp-hours-service> children)';

describe('a widget with nothing to show', () => {
  let clock: FakeClock | undefined;
  beforeEach(() => {
    clock = installClock(new Date('2026-06-10T10:00:00+02:00'));
  });
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
  });

  it('says which attribute is missing, once, five seconds after it starts, not before', async () => {
    let early: string[] = [];
    const warnings = await captureWarnings(async () => {
      // `scr` for `src`, `valeur` for `value`: what a hurried copy may do.
      await fixture(html`<div>
        <msp-directory scr="/annuaire.json"></msp-directory>
        <msp-team scr="/annuaire.json" structure-id="msp-des-dunes"></msp-team>
        <msp-opening-hours valeur="Mo-Fr 08:00-19:00"></msp-opening-hours>
      </div>`);
      early = await captureWarnings(() => clock!.tick(4_900));
      await clock!.tick(100);
      await clock!.tick(60_000);
    });
    expect(early).to.deep.equal([]);
    expect(warnings).to.deep.equal([DIRECTORY_MISSING, TEAM_MISSING, HOURS_MISSING]);
  });

  it('says nothing when a script gives the data within those seconds', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture(html`<div>
        <msp-directory></msp-directory>
        <msp-team structure-id="s1"></msp-team>
        <msp-opening-hours></msp-opening-hours>
      </div>`);
      await clock!.tick(2_000);
      const data = directory([structure(1)]);
      const [list, team, hours] = [...wrapper.children] as [MspDirectory, MspTeam, HTMLElement & { value: string }];
      list.data = data;
      team.data = data;
      hours.value = 'Mo-Fr 08:00-19:00';
      await loaded(list);
      await clock!.tick(10_000);
      expect(parts(list).names).to.deep.equal(['Maison de santé 001']);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('starts no timer when its data is there', async () => {
    await fixture(html`<div>
      <msp-directory .data=${directory([structure(1)])}></msp-directory>
      <msp-opening-hours value="Mo-Fr 08:00-19:00"></msp-opening-hours>
    </div>`);
    // The hours' own wake-up (an hour later) only.
    expect(clock!.pending().map((due) => due - Date.now())).to.deep.equal([3_600_000]);
  });

  it('says nothing of a widget taken off the page', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture(html`<msp-directory></msp-directory>`);
      el.remove();
      await clock!.tick(10_000);
    });
    expect(warnings).to.deep.equal([]);
  });
});

// What a webmaster writes inside an element (the README's fallback: the hours in a sentence, a link
// to the list) shows while the script cannot run, is hidden once it runs, and shows again after the
// widget's own message when the widget has nothing to show.
describe('what is written inside a widget', () => {
  /** Whether the element's fallback paragraph is drawn (slotted into a shown slot). */
  const shown = (el: Element) => el.querySelector('p.fallback')!.getClientRects().length > 0;

  it('stays hidden while the widget shows what it should', async () => {
    const wrapper = await fixture(html`<div>
      <msp-directory .data=${directory([structure(1)])}><p class="fallback">Voir la liste des MSP</p></msp-directory>
      <msp-opening-hours value="Mo-Fr 08:00-19:00"><p class="fallback">Du lundi au vendredi de 8 h à 19 h.</p></msp-opening-hours>
    </div>`);
    const [list, hours] = [...wrapper.children] as [MspDirectory, HTMLElement];
    await loaded(list);
    expect(shown(list)).to.equal(false);
    expect(shown(hours)).to.equal(false);
  });

  it('shows after a misspelt attribute (nothing to show), and goes when the widget gets its data', async () => {
    await captureWarnings(async () => {
      const wrapper = await fixture(html`<div>
        <msp-directory scr="/annuaire.json"><p class="fallback">Voir la liste des MSP</p></msp-directory>
        <msp-opening-hours valeur="Mo-Fr 08:00-19:00"><p class="fallback">Du lundi au vendredi de 8 h à 19 h.</p></msp-opening-hours>
      </div>`);
      const [list, hours] = [...wrapper.children] as [MspDirectory, HTMLElement & { value: string; updateComplete: Promise<boolean> }];
      await list.updateComplete;
      expect(shown(list)).to.equal(true);
      expect(shown(hours)).to.equal(true);
      // After the widget's own content, never before it.
      const slot = hours.shadowRoot!.querySelector('slot:not([name])')!;
      expect(slot).to.equal(hours.shadowRoot!.lastElementChild);
      list.data = directory([structure(1)]);
      hours.value = 'Mo-Fr 08:00-19:00';
      await loaded(list);
      await hours.updateComplete;
      expect(shown(list)).to.equal(false);
      expect(shown(hours)).to.equal(false);
    });
  });

  it('shows under the message when the hours cannot be read, and goes once they can', async () => {
    await captureWarnings(async () => {
      const wrapper = await fixture(html`<div>
        <msp-opening-hours value="Lu-Ve 08:00-19:00"><p class="fallback">Du lundi au vendredi de 8 h à 19 h.</p></msp-opening-hours>
        <msp-opening-hours value="Mo-Fr 08:00-19:00">
          <msp-hours-service label="Prises de sang" value="Mo-Fr 07:30-09:00 sauf"></msp-hours-service>
          <p class="fallback">Prises de sang du lundi au vendredi de 7 h 30 à 9 h.</p>
        </msp-opening-hours>
      </div>`);
      const [hours, services] = [...wrapper.children] as (HTMLElement & { value: string; updateComplete: Promise<boolean> })[];
      await Promise.all([hours!.updateComplete, services!.updateComplete]);
      expect(hours!.shadowRoot!.querySelector('[part=error]'), 'no message').to.not.equal(null);
      expect(shown(hours!)).to.equal(true);
      // One service that cannot be read: what the webmaster wrote shows too.
      expect(services!.shadowRoot!.querySelectorAll('[part=error]')).to.have.length(1);
      expect(shown(services!), 'a service').to.equal(true);
      await expect(hours).to.be.accessible();
      hours!.value = 'Mo-Fr 08:00-19:00';
      await hours!.updateComplete;
      expect(shown(hours!)).to.equal(false);
    });
  });

  it('shows under the message when the data cannot be loaded or read, and for a team not in the data', async () => {
    await captureWarnings(async () => {
      const wrapper = await fixture(html`<div>
        <msp-directory src=${api('missing')}><p class="fallback">Voir la <a href="/liste">liste des MSP</a></p></msp-directory>
        <msp-directory .data=${{ version: 1 }}><p class="fallback">Voir la liste des MSP</p></msp-directory>
        <msp-team structure-id="msp-inconnue" .data=${directory([structure(1)])}><p class="fallback">Notre équipe : 3 médecins.</p></msp-team>
      </div>`);
      const [failed, unreadable, team] = [...wrapper.children] as [MspDirectory, MspDirectory, MspTeam];
      await waitUntil(() => failed.shadowRoot!.querySelector('[role=alert] p'), 'no failure shown', { timeout: 4000 });
      expect(shown(failed), 'failed').to.equal(true);
      await waitUntil(() => unreadable.shadowRoot!.querySelector('[role=alert] p'), 'no message for unreadable data', { timeout: 4000 });
      expect(shown(unreadable), 'unreadable').to.equal(true);
      await team.updateComplete;
      expect(shown(team), 'team').to.equal(true);
      await expect(failed).to.be.accessible();
    });
  });

  it('keeps the page’s language: it is not marked with the widget’s, as the widget’s own content is', async () => {
    await captureWarnings(async () => {
      const list = await fixture<MspDirectory>(html`<msp-directory lang="en" scr="/annuaire.json"><p class="fallback">Liste der Gesundheitszentren</p></msp-directory>`);
      await list.updateComplete;
      expect(shown(list)).to.equal(true);
      const root = list.shadowRoot!;
      expect([...root.children].filter((child) => child.getAttribute('lang') === 'en').length).to.be.above(0);
      expect(root.querySelector('slot:not([name])')!.hasAttribute('lang')).to.equal(false);
    });
  });

  it('shows when a newsletter form is not set up (no action), not when it is', async () => {
    await captureWarnings(async () => {
      const wrapper = await fixture(html`<div>
        <msp-newsletter organisation="MSP des Dunes"><p class="fallback">Écrivez-nous pour recevoir la lettre.</p></msp-newsletter>
        <msp-newsletter organisation="MSP des Dunes" action="/api/newsletter"><p class="fallback">Écrivez-nous pour recevoir la lettre.</p></msp-newsletter>
      </div>`);
      const [unset, set] = [...wrapper.children] as [MspNewsletter, MspNewsletter];
      await unset.updateComplete;
      await set.updateComplete;
      expect(shown(unset)).to.equal(true);
      expect(text(unset.shadowRoot!.querySelector('[role=note]'))).to.equal('Ce formulaire n’est pas encore configuré.');
      expect(shown(set)).to.equal(false);
      await expect(unset).to.be.accessible();
    });
  });
});

describe('a heading level a widget cannot use', () => {
  it('is said in the console, naming heading-level, and mended', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture(html`<div>
        <msp-opening-hours value="Mo-Fr 08:00-19:00" heading-level="deux"></msp-opening-hours>
        <msp-newsletter organisation="MSP des Dunes" action="/api/newsletter" heading-level="9"></msp-newsletter>
        <msp-newsletter organisation="MSP des Dunes" action="/api/newsletter" heading-level="4"></msp-newsletter>
      </div>`);
      const [hours, wrong, right] = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
      await Promise.all([hours!.updateComplete, wrong!.updateComplete, right!.updateComplete]);
      expect(wrong!.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('6');
      expect(right!.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('4');
    });
    expect(warnings).to.deep.equal([
      '[msp-opening-hours] heading-level: "deux" is not a whole number from 1 to 6; the nearest level, or the widget’s own, is used',
      '[msp-newsletter] heading-level: "9" is not a whole number from 1 to 6; the nearest level, or the widget’s own, is used',
    ]);
  });
});
