// Loading msp-kit twice (two script tags, two versions) must never break the page.
import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../packages/widgets/src/shared/define.js';
import { captureWarnings } from './fixtures/probe-widget.js';

const cdn = '/packages/widgets/dist/cdn';

/** Loads a classic script and resolves once it ran, collecting uncaught errors meanwhile. */
function loadClassicScript(src: string, errors: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => {
      window.removeEventListener('error', onError);
      resolve();
    };
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('double loading', () => {
  it('loads the ES bundle twice without an error or a warning', async () => {
    const warnings = await captureWarnings(async () => {
      await import(/* @vite-ignore */ `${cdn}/msp-widgets.js?copy=1`);
      await import(/* @vite-ignore */ `${cdn}/msp-widgets.js?copy=2`);
    });
    expect(warnings.filter((w) => w.includes('msp-kit'))).to.deep.equal([]);
    const site = await fixture(html`<msp-site show-contact name="MSP chargée deux fois"></msp-site>`);
    await (site as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(site.shadowRoot!.textContent).to.contain('MSP chargée deux fois');
  });

  it('loads the IIFE bundle twice as classic scripts without an error', async () => {
    const errors: string[] = [];
    await loadClassicScript(`${cdn}/msp-widgets.iife.js?copy=1`, errors);
    await loadClassicScript(`${cdn}/msp-widgets.iife.js?copy=2`, errors);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('msp-site')).to.not.equal(undefined);
  });

  it('warns once, naming both versions, when another version is loaded', async () => {
    class Older extends HTMLElement {
      static readonly version = '0.0.1';
    }
    class Newer extends HTMLElement {
      static readonly version = '9.9.9';
    }
    class Newest extends HTMLElement {
      static readonly version = '10.0.0';
    }
    const warnings = await captureWarnings(() => {
      defineElement('versioned-probe', Older);
      defineElement('versioned-probe', Newer);
      defineElement('versioned-probe', Newest);
    });
    expect(customElements.get('versioned-probe')).to.equal(Older);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain('9.9.9');
  });
});
