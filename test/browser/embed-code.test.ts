// What federation staff copy from Storybook's code generator works when pasted into a blank page.
import { expect, waitUntil } from '@open-wc/testing';
import { embedCode } from '../../stories/support/embed-code.js';

const cdnBase = `${location.origin}/packages/widgets/dist/cdn/`;

/** Pastes `code` into a blank HTML page (an iframe) and returns its document once loaded. */
async function blankPageWith(code: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page vierge</title></head><body>${code}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const rendered = (doc: Document, tag: string) => () => (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 0;

describe('embed code generator', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('writes the script tag and the element, inside <msp-site> with the site settings', () => {
    const code = embedCode('msp-opening-hours', { value: 'Mo-Fr 08:00-19:00', compact: true, 'structured-data': false }, {
      cdnBase: 'https://cdn.example/dist/cdn',
      site: { name: 'MSP "des Dunes"', region: 'metropole' },
    });
    expect(code).to.equal(
      '<script type="module" src="https://cdn.example/dist/cdn/msp-widgets.js"></script>\n\n' +
        '<msp-site name="MSP &quot;des Dunes&quot;" region="metropole">\n' +
        '  <msp-opening-hours value="Mo-Fr 08:00-19:00" compact></msp-opening-hours>\n' +
        '</msp-site>\n',
    );
  });

  it('opening hours, pasted into a blank page, work', async () => {
    const doc = await blankPageWith(
      embedCode('msp-opening-hours', { value: 'Mo-Fr 08:00-19:00; PH off' }, { cdnBase, site: { name: 'MSP des Dunes' } }),
    );
    await waitUntil(rendered(doc, 'msp-opening-hours'), 'the element should render', { timeout: 5000 });
    expect(doc.querySelector('msp-opening-hours')!.shadowRoot!.querySelector('table')).to.not.equal(null);
  });

  it('the newsletter form, pasted into a blank page, works (classic script variant)', async () => {
    const doc = await blankPageWith(
      embedCode('msp-newsletter', { action: '/api/newsletter' }, { cdnBase, classicScript: true, site: { name: 'Fédération' } }),
    );
    await waitUntil(rendered(doc, 'msp-newsletter'), 'the element should render', { timeout: 5000 });
    expect(doc.querySelector('msp-newsletter')!.shadowRoot!.querySelector('label[for=consent]')!.textContent).to.contain('Fédération');
  });

  it('the directory, the team and the prevention banner, pasted into a blank page, work', async () => {
    const site = { name: 'Fédération' };
    const doc = await blankPageWith(
      embedCode('msp-directory', { src: '/demo/data/directory.json' }, { cdnBase, site }) +
        embedCode('msp-team', { src: '/demo/data/directory.json', 'structure-id': 'msp-des-dunes' }, { cdnBase, site }) +
        embedCode('msp-prevention-banner', { themes: 'tabac', date: '2026-11-10' }, { cdnBase, site }),
    );
    await waitUntil(rendered(doc, 'msp-directory'), 'the directory should render', { timeout: 5000 });
    await waitUntil(() => (doc.querySelector('msp-directory')!.shadowRoot!.querySelectorAll('li h3').length ?? 0) > 0, 'results', { timeout: 5000 });
    await waitUntil(() => doc.querySelector('msp-team')!.shadowRoot!.textContent.includes('Camille Lefebvre'), 'the team should render', { timeout: 5000 });
    await waitUntil(() => doc.querySelector('msp-prevention-banner')!.shadowRoot!.textContent.includes('Mois sans tabac'), 'the banner', { timeout: 5000 });
  });

  it('says, in the code itself, that the map needs the module script when the classic one is chosen', () => {
    const classic = embedCode('msp-directory', { src: '/annuaire.json', map: true }, { cdnBase, classicScript: true });
    expect(classic).to.contain('<!-- La carte (attribut map) ne s’affiche qu’avec msp-widgets.js chargé en module');
    expect(classic).to.contain('<msp-directory src="/annuaire.json" map></msp-directory>');
    expect(embedCode('msp-directory', { src: '/annuaire.json', map: true }, { cdnBase })).to.not.contain('<!--');
    expect(embedCode('msp-directory', { src: '/annuaire.json' }, { cdnBase, classicScript: true })).to.not.contain('<!--');
  });

  it('the assistant’s button, pasted into a blank page, shows', async () => {
    const doc = await blankPageWith(embedCode('msp-assistant', { endpoint: '/api/chat' }, { cdnBase }));
    await waitUntil(() => !!doc.querySelector('msp-assistant')?.shadowRoot?.querySelector('button'), 'the launcher', { timeout: 5000 });
  });

  it('the contact card, pasted into a blank page, works', async () => {
    const doc = await blankPageWith(embedCode('msp-site', { name: 'MSP des Dunes', phone: '03 28 00 00 00', 'show-contact': true }, { cdnBase }));
    await waitUntil(rendered(doc, 'msp-site'), 'the element should render', { timeout: 5000 });
    expect(doc.querySelector('msp-site')!.shadowRoot!.querySelector('a[href="tel:0328000000"]')).to.not.equal(null);
  });
});
