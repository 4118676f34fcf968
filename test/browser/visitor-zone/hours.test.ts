// Runs with the visitor in New York and in Auckland (see web-test-runner.config.mjs): the hours are
// always those of the health centre's own time zone.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/widgets/src/hours/msp-opening-hours.js';
import type { MspOpeningHours } from '../../../packages/widgets/src/hours/msp-opening-hours.js';
import { installClock, type FakeClock } from '../fixtures/fake-clock.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<msp-opening-hours> seen from another time zone', () => {
  let clock: FakeClock | undefined;
  afterEach(() => clock?.uninstall());

  it('runs in a visitor zone far from Paris', () => {
    expect(['America/New_York', 'Pacific/Auckland']).to.include(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('computes the status and today in Paris time', async () => {
    // 01:30 on Thursday in Paris: Wednesday evening in New York, Thursday midday in Auckland.
    clock = installClock(new Date('2026-06-11T01:30:00+02:00'));
    const el = await fixture<MspOpeningHours>(html`<msp-opening-hours value="Mo-Fr 08:00-12:00"></msp-opening-hours>`);
    expect(text(el.shadowRoot!.querySelector('[part=status]'))).to.equal('Fermé, ouvre à 08:00');
    expect(text(el.shadowRoot!.querySelector('tr[aria-current=date] th'))).to.equal('jeudi (aujourd’hui)');
  });

  it('computes a Réunion health centre in its own zone', async () => {
    // 10:00 in Réunion (UTC+4).
    clock = installClock(new Date('2026-06-10T06:00:00Z'));
    const el = await fixture<MspOpeningHours>(html`<msp-opening-hours region="reunion" value="Mo-Fr 08:00-12:00"></msp-opening-hours>`);
    expect(text(el.shadowRoot!.querySelector('[part=status]'))).to.equal('Ouvert, ferme à 12:00');
  });
});
