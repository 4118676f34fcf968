import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/widgets/src/directory/msp-directory.js';
import type { MspDirectory } from '../../packages/widgets/src/directory/msp-directory.js';
import { captureWarnings } from './fixtures/probe-widget.js';
import { api, demoData, directory, loaded, parts, structure, text, typeInto } from './fixtures/directory-data.js';

const TILES = '/test-api/directory/tiles/{z}/{x}/{y}.png';
const leafletLoaded = () => performance.getEntriesByType('resource').some((e) => /leaflet/i.test(e.name));
const markers = (el: MspDirectory) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.msp-marker')];
const inMap = (el: MspDirectory) => !!el.shadowRoot!.activeElement?.closest('.map');

async function mapDirectory(attributes = html``) {
  const data = await demoData();
  const el = await fixture<MspDirectory>(html`<msp-directory map tile-url=${TILES} .data=${data}>${attributes}</msp-directory>`);
  await loaded(el);
  await waitUntil(() => markers(el).length > 0, 'no marker', { timeout: 5000 });
  return el;
}

describe('<msp-directory map>', () => {
  before(async () => {
    await fetch(api('reset'), { method: 'POST' });
  });

  it('does not load Leaflet without the map attribute', async () => {
    const el = await fixture<MspDirectory>(html`<msp-directory .data=${await demoData()}></msp-directory>`);
    await loaded(el);
    expect(parts(el).root.querySelector('[part=map]')).to.equal(null);
    expect(leafletLoaded()).to.equal(false);
  });

  it('loads Leaflet lazily and shows a numbered marker for each result shown, tiles from the configured server', async () => {
    const el = await mapDirectory();
    expect(leafletLoaded()).to.equal(true);
    const map = parts(el).root.querySelector<HTMLElement>('[part=map]')!;
    expect(map.classList.contains('leaflet-container')).to.equal(true);
    expect(map.getAttribute('role')).to.equal('region');
    expect(map.getAttribute('aria-label')).to.equal('Carte des structures affichées');
    expect(text(parts(el).root.getElementById(map.getAttribute('aria-describedby')!))).to.match(/^Carte : flèches du clavier ou boutons fléchés pour la déplacer/);
    expect(markers(el)).to.have.length(20);
    const names = parts(el).names;
    expect(markers(el).map((m) => m.getAttribute('aria-label'))).to.have.members(names.map((name, i) => `${i + 1}. ${name.replace(/^\d+/, '')}`));
    expect(names[0]).to.match(/^1/);
    await waitUntil(async () => ((await (await fetch(api('stats'))).json()) as { tiles: number }).tiles > 0, 'no tile requested');
    const external = performance.getEntriesByType('resource').filter((e) => !e.name.startsWith(location.origin));
    expect(external.map((e) => e.name)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('credits OpenStreetMap by default, and shows a custom attribution as text', async () => {
    const el = await mapDirectory();
    const attribution = parts(el).root.querySelector('.leaflet-control-attribution')!;
    expect(text(attribution)).to.contain('© OpenStreetMap');
    expect(attribution.querySelector('a[href="https://www.openstreetmap.org/copyright"]')).to.not.equal(null);
    const data = await demoData();
    const custom = await fixture<MspDirectory>(html`<msp-directory map tile-url=${TILES} .tileAttribution=${'<b>IGN</b> & co'} .data=${data}></msp-directory>`);
    await loaded(custom);
    await waitUntil(() => custom.shadowRoot!.querySelector('.leaflet-control-attribution'));
    const customAttribution = custom.shadowRoot!.querySelector('.leaflet-control-attribution')!;
    expect(text(customAttribution)).to.contain('<b>IGN</b> & co');
    expect(customAttribution.querySelector('b')).to.equal(null);
  });

  it('keeps each marker’s number inside it, centred on its point, also with text twice as large', async () => {
    const page = document.documentElement;
    for (const size of ['', '200%']) {
      page.style.fontSize = size;
      try {
        const el = await mapDirectory();
        for (const marker of markers(el).slice(0, 3)) {
          const box = marker.getBoundingClientRect();
          const number = marker.querySelector('span')!.getBoundingClientRect();
          expect(box.width, size).to.be.closeTo(size ? 56 : 28, 1);
          expect(number.top >= box.top && number.bottom <= box.bottom && number.left >= box.left && number.right <= box.right, `${size}: the number within its marker`).to.equal(true);
          const style = getComputedStyle(marker);
          expect(parseFloat(style.marginLeft), size).to.be.closeTo(-box.width / 2, 0.5);
          expect(parseFloat(style.marginTop), size).to.be.closeTo(-box.height / 2, 0.5);
        }
      } finally {
        page.style.fontSize = '';
      }
    }
  });

  it('moves with buttons, for those who cannot drag it (and on touch screens, where dragging is off)', async () => {
    const el = await mapDirectory();
    const buttons = [...parts(el).root.querySelectorAll<HTMLButtonElement>('.msp-pan button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Déplacer la carte vers le nord',
      'Déplacer la carte vers l’ouest',
      'Déplacer la carte vers l’est',
      'Déplacer la carte vers le sud',
    ]);
    for (const button of buttons) {
      const { width, height } = button.getBoundingClientRect();
      expect(Math.min(width, height), 'a target of 24 px at least').to.be.at.least(24);
    }
    const map = parts(el).root.querySelector<HTMLElement>('[part=map]')!;
    // Where the first marker is in the map (the page may scroll meanwhile).
    const where = () => {
      const [marker, box] = [markers(el)[0]!.getBoundingClientRect(), map.getBoundingClientRect()];
      return { left: marker.left - box.left, top: marker.top - box.top };
    };
    const before = where();
    buttons[2]!.click(); // east: what is on the map moves west
    await waitUntil(() => Math.abs(where().left - (before.left - map.clientWidth / 3)) < 2, 'moved east by a third', { timeout: 3000 });
    expect(where().top).to.be.closeTo(before.top, 1);
    buttons[0]!.focus();
    await sendKeys({ press: 'Enter' }); // north: what is on the map moves south
    await waitUntil(() => Math.abs(where().top - (before.top + map.clientHeight / 3)) < 2, 'moved north by a third', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('keeps the markers in sync with the list', async () => {
    const el = await mapDirectory();
    await typeInto(parts(el).input, 'somme', el);
    await waitUntil(() => markers(el).length === 5);
    expect(markers(el).map((m) => m.textContent).sort()).to.deep.equal(['1', '2', '3', '4', '5']);
    await typeInto(parts(el).input, '', el);
    await waitUntil(() => markers(el).length === 20);
    parts(el).more!.click();
    await waitUntil(() => markers(el).length === 28);
  });

  it('stays where it is when a search finds nothing, rather than showing mainland France to an overseas directory', async () => {
    const reunion = (i: number, city: string, lat: number, lon: number) =>
      structure(i, { address: { line1: `${i} rue de Paris`, postalCode: '97400', city, department: '974' }, geo: { lat, lon } });
    const data = directory([reunion(1, 'Saint-Denis', -20.88, 55.45), reunion(2, 'Saint-Pierre', -21.34, 55.48)]);
    const el = await fixture<MspDirectory>(html`<msp-directory map tile-url=${TILES} .data=${data}></msp-directory>`);
    await loaded(el);
    await waitUntil(() => markers(el).length === 2, 'no marker');
    // The zoom of the tiles shown: those of the level Leaflet puts on top.
    const zoom = () => {
      const levels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.leaflet-tile-container')];
      const top = levels.sort((a, b) => Number(b.style.zIndex) - Number(a.style.zIndex))[0];
      return Number(/\/tiles\/(\d+)\//.exec(top?.querySelector('img')?.getAttribute('src') ?? '')?.[1]);
    };
    await waitUntil(() => zoom() > 0, 'no tile');
    const shown = zoom();
    expect(shown).to.be.greaterThan(8);
    await typeInto(parts(el).input, 'ajaccio', el);
    await waitUntil(() => markers(el).length === 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(zoom()).to.equal(shown);
  });

  it('a marker, with Enter or a click, takes the focus to its result', async () => {
    const el = await mapDirectory();
    const third = markers(el).find((m) => m.textContent === '3')!;
    third.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el).root.activeElement?.getAttribute('part') === 'name');
    expect(parts(el).root.activeElement).to.equal(parts(el).root.querySelectorAll('[part=name]')[2]);
    markers(el).find((m) => m.textContent === '7')!.click();
    await waitUntil(() => parts(el).root.activeElement === parts(el).root.querySelectorAll('[part=name]')[6]);
    markers(el).find((m) => m.textContent === '5')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => parts(el).root.activeElement === parts(el).root.querySelectorAll('[part=name]')[4]);
  });

  it('is usable with the keyboard and never traps the focus', async () => {
    const el = await mapDirectory();
    // A control after the widget, so that Tab leaves the widget, not the page: past the page's last
    // control the focus goes to the browser's own toolbar, where Firefox keeps it for the files run
    // after this one (document.hasFocus() false, no focus events: their keyboard tests fail).
    const after = document.createElement('button');
    after.textContent = 'Après la carte';
    el.after(after);
    const map = parts(el).root.querySelector<HTMLElement>('[part=map]')!;
    map.focus();
    expect(inMap(el)).to.equal(true);
    // Arrow keys pan the map (Leaflet's keyboard handler) without moving the focus.
    await sendKeys({ press: 'ArrowRight' });
    expect(parts(el).root.activeElement).to.equal(map);
    // Tab goes through the zoom buttons, the markers and the attribution links, then out.
    let steps = 0;
    while (inMap(el) && steps < 40) {
      await sendKeys({ press: 'Tab' });
      steps++;
    }
    expect(inMap(el)).to.equal(false);
    expect(steps).to.be.greaterThan(20);
    // Out of the widget, on the next control: "show more" came before the map, right under the list.
    expect(parts(el).root.activeElement).to.equal(null);
    expect(document.activeElement).to.equal(after);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(inMap(el)).to.equal(true);
    parts(el).more!.focus();
    await sendKeys({ press: 'Tab' });
    expect(inMap(el)).to.equal(true);
  });

  it('comes back with new data that was checked first (the results are taken down meanwhile)', async () => {
    const el = await mapDirectory();
    const list = parts(el).list!;
    // Every removal is recorded, however briefly the results are away (the schema may be cached).
    const removed: Node[] = [];
    const removals = new MutationObserver((records) => records.forEach((record) => removed.push(...record.removedNodes)));
    removals.observe(el.shadowRoot!, { childList: true, subtree: true });
    const warnings = await captureWarnings(async () => {
      // A bad phone number: the schema is loaded to check the data, and the results wait for it.
      el.data = directory([structure(1), structure(2), structure(3, { phone: 'n/a' })]);
      await el.updateComplete;
      await waitUntil(() => removed.some((node) => node.contains(list)), 'the results were never taken down');
      await loaded(el);
    });
    removals.disconnect();
    expect(warnings.join()).to.contain('structures[2].phone');
    const map = parts(el).root.querySelector<HTMLElement>('[part=map]')!;
    await waitUntil(() => map.classList.contains('leaflet-container') && markers(el).length === 3, 'the map did not come back', { timeout: 5000 });
    expect(parts(el).root.querySelectorAll('.leaflet-container')).to.have.length(1);
    expect(parts(el).root.querySelectorAll('#map-help')).to.have.length(1);
  });

  it('reads as English in English', async () => {
    const data = await demoData();
    const el = await fixture<MspDirectory>(html`<msp-directory lang="en" map tile-url=${TILES} .data=${data}></msp-directory>`);
    await loaded(el);
    await waitUntil(() => markers(el).length > 0);
    const map = parts(el).root.querySelector<HTMLElement>('[part=map]')!;
    expect(map.getAttribute('aria-label')).to.equal('Map of the health centres shown');
    expect(parts(el).root.querySelector('.leaflet-control-zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    await expect(el).to.be.accessible();
  });
});
