// Runs with the visitor in New York and in Auckland (see web-test-runner.config.mjs): campaigns and
// local events follow the health centre's day, never the visitor's.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/widgets/src/prevention/msp-prevention-banner.js';
import type { MspPreventionBanner } from '../../../packages/widgets/src/prevention/msp-prevention-banner.js';
import type { LocalEvent } from '../../../packages/widgets/src/prevention/events.js';
import { installClock, type FakeClock } from '../fixtures/fake-clock.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const title = (el: MspPreventionBanner) => text(el.shadowRoot!.querySelector('[part=title]'));
const items = (el: MspPreventionBanner) => [...el.shadowRoot!.querySelectorAll('[part=local] li')].map(text);

describe('<msp-prevention-banner> seen from another time zone', () => {
  let clock: FakeClock | undefined;
  afterEach(() => clock?.uninstall());

  it('runs in a visitor zone far from Paris', () => {
    expect(['America/New_York', 'Pacific/Auckland']).to.include(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('picks the campaigns of the day in Paris', async () => {
    // 00:30 on 1 March in Paris: 28 February evening in New York, 1 March midday in Auckland.
    clock = installClock(new Date('2026-02-28T23:30:00Z'));
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner themes="cancers vaccination" persist="none"></msp-prevention-banner>`);
    expect(title(el)).to.equal('Mars bleu');
    // And 18:30 on 28 February in Martinique, where the 2025-26 flu season still ran.
    const martinique = await fixture<MspPreventionBanner>(
      html`<msp-prevention-banner region="martinique" themes="cancers vaccination" persist="none"></msp-prevention-banner>`,
    );
    expect(title(martinique)).to.equal('Vaccination contre la grippe et le Covid-19');
  });

  it('hides local events whose day is over in Paris, and shows their times in Paris time', async () => {
    // 00:30 on 20 November in Paris.
    clock = installClock(new Date('2026-11-19T23:30:00Z'));
    const events: LocalEvent[] = [
      { theme: 'tabac', title: 'Hier', date: '2026-11-19' },
      { theme: 'tabac', title: 'Aujourd’hui', date: '2026-11-20' },
      { theme: 'tabac', title: 'Atelier', date: '2026-11-26T17:00:00Z' },
    ];
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner themes="tabac" persist="none" .events=${events}></msp-prevention-banner>`);
    expect(title(el)).to.equal('Mois sans tabac');
    expect(items(el)).to.deep.equal(['Aujourd’hui, vendredi 20 novembre', 'Atelier, jeudi 26 novembre, 18 h']);
  });
});
