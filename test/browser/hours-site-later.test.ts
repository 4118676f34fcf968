// A page whose <msp-site> script comes after <msp-opening-hours>'s (two CDN files): msp-site is not
// defined in this file's page until the test imports it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/hours/msp-opening-hours.js';
import type { MspOpeningHours } from '../../packages/widgets/src/hours/msp-opening-hours.js';
import { captureWarnings } from './fixtures/probe-widget.js';

const WEEK = 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off';
const jsonLd = (el: Element) => el.querySelector('script[type="application/ld+json"]');

describe('<msp-opening-hours structured-data> before its <msp-site> is defined', () => {
  it('waits for the site’s settings before saying any is missing, then writes them', async () => {
    expect(customElements.get('msp-site')).to.equal(undefined);
    let inSite!: MspOpeningHours;
    let alone!: MspOpeningHours;
    const warnings = await captureWarnings(async () => {
      const site = await fixture(html`<msp-site name="MSP des Dunes" address="12 rue des Oyats, 59140 Dunkerque">
        <msp-opening-hours structured-data value=${WEEK}></msp-opening-hours>
      </msp-site>`);
      inSite = site.querySelector('msp-opening-hours')!;
      // The same page's other hours, outside any <msp-site>: these do lack the settings.
      alone = await fixture<MspOpeningHours>(html`<msp-opening-hours structured-data value=${WEEK}></msp-opening-hours>`);
      await waitUntil(() => jsonLd(inSite) && jsonLd(alone), 'JSON-LD written');
      expect(JSON.parse(jsonLd(inSite)!.textContent).name).to.equal(undefined);

      await import('../../packages/widgets/src/site/msp-site.js');
      await waitUntil(() => JSON.parse(jsonLd(inSite)!.textContent).name === 'MSP des Dunes', 'the site’s name written once <msp-site> is defined');
    });
    expect(JSON.parse(jsonLd(inSite)!.textContent).address).to.equal('12 rue des Oyats, 59140 Dunkerque');
    expect(warnings).to.deep.equal([
      `[msp-opening-hours] structured-data: search engines need the clinic's name and address: set name="…" address="…" on <msp-site>`,
    ]);
  });
});
