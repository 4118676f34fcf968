import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../packages/widgets/src/site/msp-site.js';
import { siteContext } from '../../packages/widgets/src/shared/site-context.js';
import { captureWarnings, settled, type ProbeWidget } from './fixtures/probe-widget.js';
import './fixtures/probe-widget.js';
import type { MspSite } from '../../packages/widgets/src/site/msp-site.js';

async function siteWithProbe(template: ReturnType<typeof html>) {
  const site = await fixture<MspSite>(template);
  const probe = site.querySelector('probe-widget')!;
  await settled(site, probe);
  return { site, probe };
}

describe('<msp-site> context', () => {
  it('gives its attribute settings to a widget inside it', async () => {
    const { probe } = await siteWithProbe(html`<msp-site name="MSP des Dunes" time-zone="Europe/Paris" on-call-number="116 117">
      <div><probe-widget></probe-widget></div>
    </msp-site>`);
    expect(probe.shown).to.deep.equal({
      name: 'MSP des Dunes',
      lang: 'fr',
      timeZone: 'Europe/Paris',
      region: 'metropole',
      onCall: '116 117',
    });
  });

  it('reaches widgets inside another component’s shadow root', async () => {
    const site = await fixture<MspSite>(html`<msp-site name="MSP Ombre"><div id="host"></div></msp-site>`);
    const host = site.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<probe-widget></probe-widget>';
    const probe = root.querySelector('probe-widget')!;
    await settled(probe);
    expect(probe.shown.name).to.equal('MSP Ombre');
  });

  it('updates widgets when a setting changes', async () => {
    const { site, probe } = await siteWithProbe(html`<msp-site name="Avant"><probe-widget></probe-widget></msp-site>`);
    site.setAttribute('name', 'Après');
    site.setAttribute('region', 'martinique');
    await settled(site, probe);
    expect(probe.shown.name).to.equal('Après');
    expect(probe.shown.region).to.equal('martinique');
    expect(probe.shown.timeZone).to.equal('America/Martinique');
  });

  it('takes settings set as properties (as React and Vue do)', async () => {
    const { site, probe } = await siteWithProbe(html`<msp-site><probe-widget></probe-widget></msp-site>`);
    site.name = 'Par propriété';
    site.region = 'reunion';
    await settled(site, probe);
    expect(probe.shown.name).to.equal('Par propriété');
    expect(probe.shown.timeZone).to.equal('Indian/Reunion');
  });

  it('hides itself and its content with `hidden`', async () => {
    const { site } = await siteWithProbe(html`<msp-site hidden show-contact name="Cachée"><probe-widget></probe-widget></msp-site>`);
    expect(getComputedStyle(site).display).to.equal('none');
  });

  it('reads settings from a JSON child, attributes winning', async () => {
    const { probe } = await siteWithProbe(html`<msp-site region="guyane">
      <script type="application/json">
        { "name": "MSP du Fleuve", "region": "reunion", "onCallNumber": "15" }
      </script>
      <probe-widget></probe-widget>
    </msp-site>`);
    expect(probe.shown.name).to.equal('MSP du Fleuve');
    expect(probe.shown.region).to.equal('guyane');
    expect(probe.shown.timeZone).to.equal('America/Cayenne');
  });

  it('picks up a JSON block added after it connected (as while the page is parsed)', async () => {
    const { site, probe } = await siteWithProbe(html`<msp-site><probe-widget></probe-widget></msp-site>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    site.prepend(script);
    script.textContent = '{"name": "MSP tardive"}';
    await new Promise((resolve) => setTimeout(resolve));
    await settled(site, probe);
    expect(probe.shown.name).to.equal('MSP tardive');
  });

  it('reaches a widget that connected before the provider existed', async () => {
    const host = await fixture<HTMLElement>(html`<late-site-provider><probe-widget></probe-widget></late-site-provider>`);
    const probe = host.querySelector('probe-widget')!;
    await settled(probe);
    expect(probe.shown.name).to.equal('-');
    customElements.define(
      'late-site-provider',
      class extends HTMLElement {
        provider = new ContextProvider(this, {
          context: siteContext,
          initialValue: { name: 'MSP tardive', region: 'metropole', timeZone: 'Europe/Paris', onCallNumber: '15' },
        });
        // A plain element has no controllers: announce the provider as a Lit host would on connect.
        connectedCallback() {
          this.provider.hostConnected();
        }
      },
    );
    await settled(probe);
    expect(probe.shown.name).to.equal('MSP tardive');
  });
});

describe('<msp-site> settings validation', () => {
  it('warns about an invalid attribute, naming it, and falls back to the default', async () => {
    let probe!: ProbeWidget;
    const warnings = await captureWarnings(async () => {
      ({ probe } = await siteWithProbe(html`<msp-site name="MSP" time-zone="Mars/Olympus" region="bretagne" phone="appelez-nous">
        <probe-widget></probe-widget>
      </msp-site>`));
    });
    expect(probe.shown.name).to.equal('MSP');
    expect(probe.shown.timeZone).to.equal('Europe/Paris');
    expect(probe.shown.region).to.equal('metropole');
    expect(warnings.some((w) => w.includes('[msp-site]') && w.includes('time-zone') && w.includes('Mars/Olympus'))).to.be.true;
    expect(warnings.some((w) => w.includes('region') && w.includes('bretagne'))).to.be.true;
    expect(warnings.some((w) => w.includes('phone') && w.includes('appelez-nous'))).to.be.true;
  });

  it('warns once, not on every render', async () => {
    const warnings = await captureWarnings(async () => {
      const { site } = await siteWithProbe(html`<msp-site time-zone="Nowhere"><probe-widget></probe-widget></msp-site>`);
      site.setAttribute('name', 'Autre');
      await site.updateComplete;
      site.setAttribute('name', 'Encore');
      await site.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('Nowhere'))).to.have.length(1);
  });

  it('ignores a JSON block that is not valid JSON, with a warning', async () => {
    let probe!: ProbeWidget;
    const warnings = await captureWarnings(async () => {
      ({ probe } = await siteWithProbe(html`<msp-site name="Gardé">
        <script type="application/json">{ name: 'sans guillemets' }</script>
        <probe-widget></probe-widget>
      </msp-site>`));
    });
    expect(probe.shown.name).to.equal('Gardé');
    expect(warnings.some((w) => w.includes('JSON settings ignored'))).to.be.true;
  });

  it('waits for the page to be read before judging a JSON block the parser is still writing', async () => {
    const json = '{ "name": "MSP du Parc", "region": "reunion" }';
    // The page is loading, as when the element is defined before the parser reaches the block's end.
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      let site!: MspSite;
      let probe!: ProbeWidget;
      const warnings = await captureWarnings(async () => {
        ({ site, probe } = await siteWithProbe(html`<msp-site>
          <script type="application/json">${json.slice(0, 20)}</script>
          <probe-widget></probe-widget>
        </msp-site>`));
        // The rest of the text arrives.
        site.querySelector('script')!.textContent = json;
        await new Promise((resolve) => setTimeout(resolve));
        await settled(site, probe);
      });
      expect(warnings.filter((w) => w.includes('JSON settings'))).to.deep.equal([]);
      expect(probe.shown.name).to.equal('MSP du Parc');
      expect(probe.shown.timeZone).to.equal('Indian/Reunion');
      // Text that stays broken once the page is read is said, and its settings dropped.
      const broken = await captureWarnings(async () => {
        site.querySelector('script')!.textContent = '{ "name": "MSP du';
        await new Promise((resolve) => setTimeout(resolve));
        delete (document as { readyState?: unknown }).readyState;
        document.dispatchEvent(new Event('DOMContentLoaded'));
        await settled(site, probe);
      });
      expect(broken.join('\n')).to.contain('[msp-site] JSON settings ignored');
      expect(probe.shown.name).to.equal('-');
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
  });

  it('warns about an unknown JSON key (a typo) and keeps the others', async () => {
    let probe!: ProbeWidget;
    const warnings = await captureWarnings(async () => {
      ({ probe } = await siteWithProbe(html`<msp-site>
        <script type="application/json">{ "name": "MSP", "timezone": "Europe/Paris" }</script>
        <probe-widget></probe-widget>
      </msp-site>`));
    });
    expect(probe.shown.name).to.equal('MSP');
    expect(warnings.some((w) => w.includes('"timezone"'))).to.be.true;
  });

  it('reads a JSON key named like an Object method as unknown, with a warning ("toString" once broke the element)', async () => {
    let probe!: ProbeWidget;
    const warnings = await captureWarnings(async () => {
      ({ probe } = await siteWithProbe(html`<msp-site>
        <script type="application/json">{ "name": "MSP", "toString": "x", "__proto__": "y" }</script>
        <probe-widget></probe-widget>
      </msp-site>`));
    });
    expect(probe.shown.name).to.equal('MSP');
    expect(warnings.some((w) => w.includes('"toString"'))).to.be.true;
    expect(warnings.some((w) => w.includes('"__proto__"'))).to.be.true;
  });
});

describe('a widget without <msp-site>', () => {
  it('uses the defaults', async () => {
    const probe = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    await settled(probe);
    expect(probe.shown).to.deep.equal({ name: '-', lang: 'fr', timeZone: 'Europe/Paris', region: 'metropole', onCall: '15' });
  });

  it('uses its own region and time-zone attributes', async () => {
    const probe = await fixture<ProbeWidget>(html`<probe-widget region="reunion"></probe-widget>`);
    await settled(probe);
    expect(probe.shown.timeZone).to.equal('Indian/Reunion');
    probe.setAttribute('time-zone', 'Europe/Paris');
    await settled(probe);
    expect(probe.shown.timeZone).to.equal('Europe/Paris');
    expect(probe.shown.region).to.equal('reunion');
  });

  it('overrides the site’s time zone with its own, and warns about an invalid one', async () => {
    let probe!: ProbeWidget;
    const warnings = await captureWarnings(async () => {
      ({ probe } = await siteWithProbe(html`<msp-site region="guadeloupe"><probe-widget time-zone="Pas/Une-Zone"></probe-widget></msp-site>`));
    });
    expect(probe.shown.timeZone).to.equal('America/Guadeloupe');
    expect(warnings.some((w) => w.includes('[probe-widget]') && w.includes('Pas/Une-Zone'))).to.be.true;
  });
});

describe('<msp-site show-contact>', () => {
  it('renders nothing of its own without show-contact', async () => {
    const site = await fixture<MspSite>(html`<msp-site name="MSP"><p>Contenu</p></msp-site>`);
    expect(site.shadowRoot!.querySelector('[part=contact]')).to.equal(null);
    // A block all the same, so that a WordPress theme's column reaches it (wordpress.test.ts).
    expect(getComputedStyle(site).display).to.equal('block');
    expect(site.shadowRoot!.textContent.trim()).to.equal('');
  });

  it('leaves a flex layout to its items when the page gives it display: contents, as the README says', async () => {
    const page = await fixture<HTMLElement>(html`<div style="display: flex; width: 600px">
      <style>
        msp-site { display: contents; }
      </style>
      <msp-site><p style="flex: 1; margin: 0">Un</p><p style="flex: 1; margin: 0">Deux</p></msp-site>
    </div>`);
    const [one, two] = [...page.querySelectorAll('p')].map((p) => p.getBoundingClientRect());
    // Side by side, half the width each: the page's rule wins over the element's own block.
    expect(Math.round(one!.width)).to.equal(300);
    expect(Math.round(two!.left - one!.left)).to.equal(300);
  });

  it('renders the contact card with a tel: link and helplines', async () => {
    const site = await fixture<MspSite>(html`<msp-site
      show-contact
      name="Maison de santé des Dunes"
      address="12 rue des Oyats, 59140 Dunkerque"
      phone="03 53 73 00 10"
      on-call-number="116 117"
    ></msp-site>`);
    const card = site.shadowRoot!.querySelector('[part=contact]')!;
    expect(card.getAttribute('aria-label')).to.equal('Maison de santé des Dunes');
    expect(card.querySelector('[part=address]')!.textContent).to.equal('12 rue des Oyats\n59140 Dunkerque');
    const phone = card.querySelector<HTMLAnchorElement>('[part=phone]')!;
    expect(phone.getAttribute('href')).to.equal('tel:0353730010');
    const links = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('tel:116117');
    // The emergency numbers are links too, as the opening hours' are: one tap on a phone.
    expect(card.textContent.replace(/\s+/g, ' ')).to.contain('Urgence vitale : 15 ou 112');
    expect(links).to.include.members(['tel:15', 'tel:112']);
    await expect(site).to.be.accessible();
  });

  it('writes its card left to right on a right-to-left page, and leaves the page’s content in the page’s direction', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl">
      <msp-site show-contact name="MSP" address="12 rue des Oyats, 59140 Dunkerque"><p>محتوى</p></msp-site>
    </div>`);
    const site = page.querySelector<MspSite>('msp-site')!;
    await site.updateComplete;
    expect(getComputedStyle(site.shadowRoot!.querySelector('[part=address]')!).direction).to.equal('ltr');
    expect(getComputedStyle(site.querySelector('p')!).direction).to.equal('rtl');
  });

  it('takes lang="en-GB" as English without a warning, as the widgets do', async () => {
    let site!: MspSite;
    const warnings = await captureWarnings(async () => {
      site = await fixture<MspSite>(html`<msp-site show-contact lang="en-GB" phone="03 53 73 00 10"></msp-site>`);
    });
    expect(warnings).to.deep.equal([]);
    expect(site.shadowRoot!.querySelector('[part=contact]')!.getAttribute('aria-label')).to.equal('Contact details');
  });

  it('speaks English with lang="en"', async () => {
    const site = await fixture<MspSite>(html`<msp-site show-contact lang="en" phone="03 53 73 00 10"></msp-site>`);
    const card = site.shadowRoot!.querySelector('[part=contact]')!;
    expect(card.getAttribute('aria-label')).to.equal('Contact details');
    expect(card.textContent).to.contain('Phone:');
    expect(card.textContent).to.contain('Life-threatening emergency');
    await expect(site).to.be.accessible();
  });
});
