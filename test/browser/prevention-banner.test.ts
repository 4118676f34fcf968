import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../packages/widgets/src/site/msp-site.js';
import '../../packages/widgets/src/prevention/msp-prevention-banner.js';
import type { MspPreventionBanner, PreventionDismissDetail } from '../../packages/widgets/src/prevention/msp-prevention-banner.js';
import type { LocalEvent } from '../../packages/widgets/src/prevention/events.js';
import { captureWarnings } from './fixtures/probe-widget.js';
import { installClock, type FakeClock } from './fixtures/fake-clock.js';

const KEY = 'msp-kit:prevention:dismissed';
/** Text content with spaces normalised (the French non-breaking spaces too). */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const label = (node: Element | null | undefined) => (node?.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ');
const part = (el: MspPreventionBanner, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const title = (el: MspPreventionBanner) => text(part(el, 'title'));
const position = (el: MspPreventionBanner) => text(part(el, 'position')?.querySelector('[aria-hidden]'));
const status = (el: MspPreventionBanner) => text(el.shadowRoot!.querySelector('[role=status]'));
const issues = (el: MspPreventionBanner) => [...el.shadowRoot!.querySelectorAll('[part=issue]')].map(text);
const focused = (el: MspPreventionBanner) => el.shadowRoot!.activeElement as HTMLElement | null;
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;

/** Runs axe once the fade between messages is over (a half-transparent text would fail contrast). */
async function accessible(el: Element) {
  const root = el.shadowRoot ?? el.querySelector('msp-prevention-banner')?.shadowRoot;
  root?.getAnimations().forEach((animation) => animation.finish());
  await expect(el).to.be.accessible();
}

async function click(el: MspPreventionBanner, name: string) {
  part(el, name)!.click();
  await el.updateComplete;
  await el.updateComplete;
}

type StorageMethod = 'getItem' | 'setItem' | 'removeItem' | 'clear';

/** Replaces Storage methods on this page until `restore()`; the originals are kept as descriptors. */
function replaceStorage(methods: Partial<Record<StorageMethod, (original: PropertyDescriptor) => (...args: never[]) => unknown>>) {
  const saved = new Map<StorageMethod, PropertyDescriptor>();
  for (const [name, make] of Object.entries(methods) as [StorageMethod, (original: PropertyDescriptor) => () => unknown][]) {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, name)!;
    saved.set(name, original);
    Object.defineProperty(Storage.prototype, name, { ...original, value: make(original) });
  }
  return { restore: () => saved.forEach((original, name) => Object.defineProperty(Storage.prototype, name, original)) };
}

/** Counts the writes this page makes to localStorage while `fn` runs. */
async function storageWrites(fn: () => Promise<void>): Promise<number> {
  let writes = 0;
  const counting = (original: PropertyDescriptor) =>
    function (this: Storage, ...args: never[]) {
      writes++;
      return (original.value as (...a: never[]) => unknown).apply(this, args);
    };
  const spy = replaceStorage({ setItem: counting, removeItem: counting, clear: counting });
  try {
    await fn();
  } finally {
    spy.restore();
  }
  return writes;
}

beforeEach(() => localStorage.removeItem(KEY));
afterEach(() => localStorage.removeItem(KEY));

describe('<msp-prevention-banner> selection', () => {
  it('shows the campaigns of a pinned day, the most time-bound first', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
    expect(title(el)).to.equal('Mois sans tabac');
    expect(text(part(el, 'theme'))).to.equal('Arrêt du tabac');
    expect(position(el)).to.equal('1 / 3');
    expect(text(part(el, 'message'))).to.contain('En novembre');
    expect(part(el, 'cta')!.getAttribute('href')).to.equal('https://mois-sans-tabac.tabac-info-service.fr/');
    expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:3989');
    expect(text(part(el, 'phone'))).to.equal('Tabac info service : 39 89 (appel gratuit)');
    await accessible(el);
  });

  it('is a region named by its title, never an alert', async () => {
    const el = await fixture<MspPreventionBanner>(
      html`<msp-prevention-banner date="2026-11-22"><p slot="local-events">Atelier sevrage tabagique le jeudi à 18 h</p></msp-prevention-banner>`,
    );
    const section = el.shadowRoot!.querySelector('section')!;
    const heading = el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)!;
    expect(heading).to.equal(part(el, 'title'));
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(el.shadowRoot!.querySelector('[role=alert], [aria-live=assertive]')).to.equal(null);
    const other = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22" heading-level="3"></msp-prevention-banner>`);
    expect(part(other, 'title')!.getAttribute('aria-level')).to.equal('3');
  });

  it('keeps to the chosen themes, with a registration phase’s own texts', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-10-05" themes="cancers tabac"></msp-prevention-banner>`);
    expect(title(el)).to.equal('Mois sans tabac : inscriptions ouvertes');
    expect(text(part(el, 'cta'))).to.equal('S’inscrire à Mois sans tabac');
    expect(position(el)).to.equal('1 / 2');
    await click(el, 'next');
    expect(title(el)).to.equal('Octobre rose');
    expect(text(part(el, 'audience'))).to.equal('De 50 à 74 ans');
    await accessible(el);
  });

  it('shows the colour of the campaign, and says the theme in words and with a pictogram', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-10-05" themes="cancers"></msp-prevention-banner>`);
    const section = el.shadowRoot!.querySelector('section')!;
    expect(getComputedStyle(section).getPropertyValue('--campaign').trim()).to.equal('#b0185c');
    expect(getComputedStyle(section).borderInlineStartColor).to.equal('rgb(176, 24, 92)');
    expect(text(part(el, 'theme'))).to.equal('Dépistage des cancers');
    expect(part(el, 'pictogram')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('shows the evergreen message of the first theme, or of `evergreen`, when no campaign runs', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-07-10"></msp-prevention-banner>`);
    expect(title(el)).to.equal('Vaccination : faire le point');
    expect(part(el, 'previous')).to.equal(null);
    await accessible(el);
    el.evergreen = 'neurosensoriel';
    await el.updateComplete;
    expect(title(el)).to.equal('Audition et vue des enfants');
    el.evergreen = undefined;
    el.themes = 'cancers';
    await el.updateComplete;
    expect(title(el)).to.equal('Les dépistages organisés des cancers');
    await accessible(el);
  });

  it('shows nothing with only-campaigns when no campaign runs', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-07-10" only-campaigns></msp-prevention-banner>`);
    expect(el.shadowRoot!.querySelector('section')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
    await accessible(el);
  });

  it('forces one campaign whatever the date', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22" campaign="mars-bleu"></msp-prevention-banner>`);
    expect(title(el)).to.equal('Mars bleu');
    expect(part(el, 'next')).to.equal(null);
    await accessible(el);
  });

  it('forced out of its season, says when the campaign starts, not that it is under way', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-06-15" campaign="grippe-covid"></msp-prevention-banner>`);
    expect(title(el)).to.equal('Vaccination contre la grippe et le Covid-19');
    expect(text(part(el, 'message'))).to.not.include('en cours');
    expect(text(part(el, 'message'))).to.include('mi-octobre');
    await accessible(el);
  });

  it('does not force a campaign whose dates are not those of the site’s region, and says why in the console', async () => {
    // La Réunion and Mayotte have flu seasons of their own: the mainland's would be false there.
    let site!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      site = await fixture(html`<msp-site region="reunion">
        <msp-prevention-banner date="2026-11-15" themes="vaccination" campaign="grippe-covid"></msp-prevention-banner>
      </msp-site>`);
      await site.querySelector('msp-prevention-banner')!.updateComplete;
    });
    const el = site.querySelector('msp-prevention-banner')!;
    expect(title(el)).to.not.include('grippe');
    expect(issues(el)).to.deep.equal(['Réglage « campaign » invalide, ignoré.']);
    expect(warnings.some((w) => w.includes('campaign') && w.includes('grippe-covid') && w.includes('reunion'))).to.be.true;
    await accessible(el);
  });

  it('reports invalid settings in the widget and in the console, naming them, and carries on', async () => {
    let el!: MspPreventionBanner;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspPreventionBanner>(
        html`<msp-prevention-banner date="2026-13-01" themes="tabac alcool" campaign="mars-rouge"></msp-prevention-banner>`,
      );
    });
    expect(issues(el)).to.deep.equal([
      'Réglage « date » invalide, ignoré.',
      'Réglage « themes » invalide, ignoré.',
      'Réglage « campaign » invalide, ignoré.',
    ]);
    expect(warnings.some((w) => w.includes('[msp-prevention-banner]') && w.includes('date') && w.includes('2026-13-01'))).to.be.true;
    expect(warnings.some((w) => w.includes('themes') && w.includes('"alcool"'))).to.be.true;
    expect(warnings.some((w) => w.includes('campaign') && w.includes('mars-rouge'))).to.be.true;
    // Today's tobacco message still shows (the evergreen one at worst).
    expect(text(part(el, 'theme'))).to.equal('Arrêt du tabac');
    await accessible(el);
  });
});

describe('<msp-prevention-banner> dates in the site’s time zone', () => {
  let clock: FakeClock | undefined;
  afterEach(() => clock?.uninstall());

  it('computes today in the site’s zone, not the visitor’s', async () => {
    // 23:30 UTC on 28 February 2026: already 1 March in Paris (Mars bleu), still 28 February in
    // Martinique (the 2025-26 flu season ran until then).
    clock = installClock(new Date('2026-02-28T23:30:00Z'));
    const paris = await fixture<MspPreventionBanner>(html`<msp-prevention-banner themes="cancers vaccination"></msp-prevention-banner>`);
    expect(title(paris)).to.equal('Mars bleu');
    const site = await fixture(html`<msp-site region="martinique"><msp-prevention-banner themes="cancers vaccination"></msp-prevention-banner></msp-site>`);
    const martinique = site.querySelector('msp-prevention-banner')!;
    await martinique.updateComplete;
    expect(title(martinique)).to.equal('Vaccination contre la grippe et le Covid-19');
    const own = await fixture<MspPreventionBanner>(html`<msp-prevention-banner time-zone="America/Martinique" themes="cancers"></msp-prevention-banner>`);
    expect(title(own)).to.equal('Les dépistages organisés des cancers');
  });

  it('on a page left open, shows the new day’s message within the hour (a waiting room’s screen)', async () => {
    // 23:30 in Paris on 31 October: Octobre rose; an hour later it is 1 November, and it ended.
    // setInterval is caught here: the fake clock runs timeouts only.
    // Put back as it was, never called unbound.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const realSetInterval = window.setInterval;
    const ticks: { run: () => void; ms: number }[] = [];
    window.setInterval = ((run: () => void, ms: number) => ticks.push({ run, ms })) as typeof window.setInterval;
    try {
      clock = installClock(new Date('2026-10-31T22:30:00Z'));
      const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner themes="cancers"></msp-prevention-banner>`);
      expect(title(el)).to.equal('Octobre rose');
      expect(ticks.length).to.equal(1);
      expect(ticks[0]!.ms).to.be.at.most(3_600_000);
      clock.jump(ticks[0]!.ms);
      ticks[0]!.run();
      await el.updateComplete;
      expect(title(el)).to.equal('Les dépistages organisés des cancers');
    } finally {
      window.setInterval = realSetInterval;
    }
  });

  it('leaves out the flu campaign where its dates differ (La Réunion)', async () => {
    const site = await fixture(html`<msp-site region="reunion"><msp-prevention-banner date="2026-11-22"></msp-prevention-banner></msp-site>`);
    const el = site.querySelector('msp-prevention-banner')!;
    await el.updateComplete;
    expect(position(el)).to.equal('1 / 2');
    await click(el, 'next');
    expect(title(el)).to.equal('Vaccination au collège : l’accord des parents');
  });
});

describe('<msp-prevention-banner> previous and next', () => {
  it('moves between messages, in a loop, announcing the position politely, never by itself', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
    expect(status(el)).to.equal('');
    await click(el, 'next');
    expect(position(el)).to.equal('2 / 3');
    expect(title(el)).to.equal('Vaccination contre la grippe et le Covid-19');
    expect(status(el)).to.equal('Message 2 sur 3 : Vaccination contre la grippe et le Covid-19');
    expect(el.shadowRoot!.querySelector('[role=status]')!.classList.contains('sr-only')).to.be.true;
    await accessible(el);
    await click(el, 'next');
    await click(el, 'next');
    expect(position(el)).to.equal('1 / 3');
    await click(el, 'previous');
    expect(title(el)).to.equal('Vaccination au collège : l’accord des parents');
    expect(text(part(el, 'position')!.querySelector('.sr-only'))).to.equal('Message 3 sur 3');
    await aTimeout(300);
    expect(position(el)).to.equal('3 / 3');
  });

  it('names its buttons', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
    expect(label(part(el, 'previous'))).to.equal('Message de prévention précédent');
    expect(label(part(el, 'next'))).to.equal('Message de prévention suivant');
    expect(part(el, 'dismiss')!.getAttribute('aria-label')).to.equal('Masquer le message «\u00a0Mois sans tabac\u00a0»');
    for (const name of ['previous', 'next', 'dismiss']) {
      const box = part(el, name)!.getBoundingClientRect();
      expect(box.width, name).to.be.at.least(24);
      expect(box.height, name).to.be.at.least(24);
    }
  });
});

describe('<msp-prevention-banner> with the keyboard only', () => {
  it('reaches every control in order and works them with Enter and Space', async () => {
    await resetMouse();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">avant</button>
      <msp-prevention-banner date="2026-11-22"></msp-prevention-banner>
    </div>`);
    const el = wrapper.querySelector('msp-prevention-banner')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(focused(el)?.getAttribute('part') ?? 'outside');
    }
    expect(order).to.deep.equal(['cta', 'phone', 'previous', 'next', 'dismiss']);

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.getAttribute('part')).to.equal('next');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(position(el)).to.equal('2 / 3');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(position(el)).to.equal('3 / 3');
    expect(focused(el)?.getAttribute('part')).to.equal('next');

    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('dismiss');
    await sendKeys({ press: 'Enter' });
    // The last message is hidden: the one before takes its place, and its title gets the focus.
    await waitUntil(() => position(el) === '2 / 2');
    expect(title(el)).to.equal('Vaccination contre la grippe et le Covid-19');
    expect(focused(el)).to.equal(part(el, 'title'));
    expect(stored()).to.deep.equal(['vaccination-college@2026-09-01']);
    await accessible(el);
  });
});

describe('<msp-prevention-banner> with the keyboard only, hiding the last message', () => {
  it('keeps the focus in the widget, on the status that says so, and goes on to what follows', async () => {
    await resetMouse();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">avant</button>
      <msp-prevention-banner date="2026-10-05" themes="cancers"></msp-prevention-banner>
      <button id="after">après</button>
    </div>`);
    const el = wrapper.querySelector('msp-prevention-banner')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('dismiss');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.shadowRoot!.querySelector('section'));
    await el.updateComplete;
    // Focus fell to the page's body once the message, and its title, were gone.
    expect(document.activeElement === el, 'the focus is in the widget').to.be.true;
    expect(focused(el)?.getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('Message masqué.');
    // Shown, with the focus ring: not a 1-pixel box that has the focus out of sight (WCAG 2.4.7).
    const shown = focused(el)!;
    expect(shown.getBoundingClientRect().width).to.be.above(50);
    expect(getComputedStyle(shown).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
    await accessible(el);
  });
});

describe('<msp-prevention-banner> local events', () => {
  const events: LocalEvent[] = [
    { theme: 'tabac', title: 'Atelier sevrage tabagique', date: '2026-11-26T18:00', place: 'Salle 2' },
    { theme: 'tabac', title: 'Café-rencontre passé', date: '2026-11-10' },
    { theme: 'tabac', title: 'Permanence tabacologue', date: '2026-11-22', url: '/tabac' },
    { theme: 'vaccination', title: 'Séance de vaccination', date: '2026-12-03T09:30' },
  ];

  it('shows the upcoming events of the message’s theme, soonest first, and hides past ones', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22" .events=${events}></msp-prevention-banner>`);
    const local = part(el, 'local')!;
    expect(local.hidden).to.be.false;
    expect(text(local.querySelector('[role=heading]'))).to.equal('Près de chez vous');
    expect(local.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
    const items = [...local.querySelectorAll('li')].map(text);
    expect(items).to.deep.equal([
      'Permanence tabacologue, dimanche 22 novembre',
      'Atelier sevrage tabagique, jeudi 26 novembre, 18 h, Salle 2',
    ]);
    expect(local.querySelector('a')!.getAttribute('href')).to.equal('/tabac');
    expect(local.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-22');
    await accessible(el);
    await click(el, 'next');
    expect([...part(el, 'local')!.querySelectorAll('li')].map(text)).to.deep.equal(['Séance de vaccination, jeudi 3 décembre, 9 h 30']);
    await accessible(el);
  });

  it('skips invalid entries with a warning naming the field, and keeps the banner', async () => {
    // What a CMS may hand over: typed nowhere.
    const given: unknown = [{ theme: 'tabac', title: 'Sans date' }, { theme: 'tabac', title: 'Bon', date: '2026-11-30' }];
    let el!: MspPreventionBanner;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22" themes="tabac"></msp-prevention-banner>`);
      el.events = given as LocalEvent[];
      await el.updateComplete;
    });
    expect([...part(el, 'local')!.querySelectorAll('li')].map(text)).to.deep.equal(['Bon, lundi 30 novembre']);
    expect(warnings.some((w) => w.includes('[msp-prevention-banner]') && w.includes('events[0].date'))).to.be.true;
    expect(title(el)).to.equal('Mois sans tabac');
    expect(issues(el)).to.deep.equal([]);
  });

  it('reads events as JSON from the attribute, and reports JSON it cannot read', async () => {
    // As a webmaster writes it in a page (a string, not a Lit template).
    const el = await fixture<MspPreventionBanner>(
      `<msp-prevention-banner date="2026-11-22" themes="tabac" events='[{"theme": "tabac", "title": "Atelier", "date": "2026-11-26"}]'></msp-prevention-banner>`,
    );
    expect(text(part(el, 'local')!.querySelector('li'))).to.equal('Atelier, jeudi 26 novembre');
    const warnings = await captureWarnings(async () => {
      el.setAttribute('events', "[{theme: 'tabac'}]");
      await el.updateComplete;
    });
    expect(issues(el)).to.deep.equal(['Réglage « events » invalide, ignoré.']);
    expect(warnings.some((w) => w.includes('events: not valid JSON'))).to.be.true;
    expect(part(el, 'local')!.hidden).to.be.true;
    await accessible(el);
  });

  it('gives an event a home when no campaign of its theme runs (its evergreen message)', async () => {
    const summer: LocalEvent[] = [{ theme: 'tabac', title: 'Atelier d’été', date: '2026-07-20' }];
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-07-10" .events=${summer}></msp-prevention-banner>`);
    expect(title(el)).to.equal('Arrêter de fumer, avec de l’aide');
    expect(text(part(el, 'local')!.querySelector('li'))).to.equal('Atelier d’été, lundi 20 juillet');
    el.onlyCampaigns = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('shows slotted markup with every message, and a theme’s slot with that theme only', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-10-05" themes="tabac cancers">
      <p slot="local-events">Permanence prévention le mardi</p>
      <p slot="local-events-cancers">Stand Octobre rose samedi 10 octobre</p>
    </msp-prevention-banner>`);
    const assigned = () =>
      [...el.shadowRoot!.querySelectorAll('slot')].flatMap((slot) => slot.assignedElements()).map(text);
    expect(part(el, 'local')!.hidden).to.be.false;
    expect(assigned()).to.deep.equal(['Permanence prévention le mardi']);
    await click(el, 'next');
    expect(title(el)).to.equal('Octobre rose');
    expect(assigned()).to.deep.equal(['Permanence prévention le mardi', 'Stand Octobre rose samedi 10 octobre']);
    await accessible(el);
  });

  it('keeps the compact layout to one line: no message, no events', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22" compact .events=${events}></msp-prevention-banner>`);
    expect(part(el, 'message')).to.equal(null);
    expect(part(el, 'local')).to.equal(null);
    expect(part(el, 'phone')).to.equal(null);
    expect(title(el)).to.equal('Mois sans tabac');
    el.style.width = '60rem';
    await el.updateComplete;
    const section = el.shadowRoot!.querySelector('section')!;
    expect(section.getBoundingClientRect().height).to.be.below(60);
    await accessible(el);
  });
});

describe('<msp-prevention-banner> dismissal', () => {
  it('stores nothing before a click', async () => {
    const before = { ...localStorage };
    const writes = await storageWrites(async () => {
      const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
      await click(el, 'next');
      await click(el, 'previous');
    });
    expect(writes).to.equal(0);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(Object.keys({ ...localStorage })).to.include.members(Object.keys(before));
  });

  it('remembers the edition once clicked, and shows next year’s edition again', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
    const dismissed = oneEvent(el, 'msp-dismiss');
    part(el, 'dismiss')!.click();
    const event = (await dismissed) as CustomEvent<PreventionDismissDetail>;
    expect(event.detail).to.deep.equal({ campaign: 'mois-sans-tabac', edition: 'mois-sans-tabac@2026-11-01' });
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    await waitUntil(() => position(el) === '1 / 2');
    expect(title(el)).to.equal('Vaccination contre la grippe et le Covid-19');
    // Focus reads the next title; the status does not say it a second time.
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Vaccination contre la grippe et le Covid-19');
    expect(status(el)).to.equal('Message masqué.');
    expect(stored()).to.deep.equal(['mois-sans-tabac@2026-11-01']);
    await accessible(el);

    const later = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-29"></msp-prevention-banner>`);
    expect(title(later)).to.equal('Vaccination contre la grippe et le Covid-19');
    const nextYear = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2027-11-10"></msp-prevention-banner>`);
    expect(title(nextYear)).to.equal('Mois sans tabac');
  });

  it('takes a double click or double tap on the × as one: the second click (detail 2) does not hide the next message', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
    // As a mouse or a finger gives them: the same button (redrawn for the next message), counted.
    const click = (detail: number) => part(el, 'dismiss')!.dispatchEvent(new MouseEvent('click', { detail, bubbles: true, composed: true }));
    click(1);
    await waitUntil(() => position(el) === '1 / 2');
    click(2);
    await el.updateComplete;
    await aTimeout(50);
    expect(title(el)).to.equal('Vaccination contre la grippe et le Covid-19');
    expect(stored()).to.deep.equal(['mois-sans-tabac@2026-11-01']);
    // A later single click hides it, as does the keyboard (a click of detail 0).
    click(1);
    await waitUntil(() => position(el) !== '1 / 2');
    expect(stored()).to.have.length(2);
    part(el, 'dismiss')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => (stored() as string[]).length === 3, 'Enter did not hide the message');
  });

  it('says it hid a message at each one closed in a row: the live region changes every time', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22" persist="none"></msp-prevention-banner>`);
    const region = el.shadowRoot!.querySelector('[role=status]')!;
    const said: string[] = [];
    const title = () => el.shadowRoot!.querySelector('.title')?.textContent;
    while (el.shadowRoot!.querySelector('section')) {
      const shown = title();
      await click(el, 'dismiss');
      await waitUntil(() => title() !== shown, 'the next message, or none');
      await el.updateComplete;
      said.push(region.textContent);
    }
    expect(said.length).to.be.at.least(3);
    // The same words, told apart by a no-break space: the same text twice would not be said again.
    expect(said.every((s) => s.trim() === 'Message masqué.')).to.equal(true);
    for (let i = 1; i < said.length; i++) expect(said[i]).to.not.equal(said[i - 1]);
  });

  it('hides the last message without showing another, and says so', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-10-05" themes="cancers"></msp-prevention-banner>`);
    await click(el, 'dismiss');
    await waitUntil(() => !el.shadowRoot!.querySelector('section'));
    expect(status(el)).to.equal('Message masqué.');
    expect(stored()).to.deep.equal(['octobre-rose@2026-10-01']);
    await accessible(el);
  });

  it('keeps the message, and stores nothing, when the page cancels msp-dismiss', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
    el.addEventListener('msp-dismiss', (event) => event.preventDefault());
    await click(el, 'dismiss');
    expect(title(el)).to.equal('Mois sans tabac');
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('with persist="none", hides for this page only and never touches storage', async () => {
    const writes = await storageWrites(async () => {
      const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22" persist="none"></msp-prevention-banner>`);
      await click(el, 'dismiss');
      expect(position(el)).to.equal('1 / 2');
    });
    expect(writes).to.equal(0);
    const again = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22" persist="none"></msp-prevention-banner>`);
    expect(title(again)).to.equal('Mois sans tabac');
  });

  it('does not read earlier dismissals with persist="none"', async () => {
    localStorage.setItem(KEY, JSON.stringify(['mois-sans-tabac@2026-11-01']));
    const local = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
    expect(position(local)).to.equal('1 / 2');
    const none = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22" persist="none"></msp-prevention-banner>`);
    expect(title(none)).to.equal('Mois sans tabac');
  });

  it('works when storage is refused or full (private mode, disabled storage)', async () => {
    const refused = replaceStorage({
      getItem: () => () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
      expect(title(el)).to.equal('Mois sans tabac');
      await click(el, 'dismiss');
      await waitUntil(() => position(el) === '1 / 2');
      await aTimeout(0);
      expect(errors).to.deep.equal([]);
    } finally {
      refused.restore();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('ignores an unreadable stored value', async () => {
    localStorage.setItem(KEY, '{broken');
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
    expect(title(el)).to.equal('Mois sans tabac');
    await click(el, 'dismiss');
    expect(stored()).to.deep.equal(['mois-sans-tabac@2026-11-01']);
  });
});

describe('<msp-prevention-banner> motion and colours', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('fades a message in after previous/next only, and not at all with reduced motion', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
    const body = () => el.shadowRoot!.querySelector('.body')!;
    expect(getComputedStyle(body()).animationName).to.equal('none');
    await click(el, 'next');
    expect(parseFloat(getComputedStyle(body()).animationDuration)).to.equal(0.2);
    await emulateMedia({ reducedMotion: 'reduce' });
    await click(el, 'next');
    expect(parseFloat(getComputedStyle(body()).animationDuration)).to.be.below(0.001);
  });

  it('draws its borders and controls in system colours in forced-colours modes', async () => {
    // Chromium keeps transparent borders transparent there, and headless Chromium cannot emulate the
    // mode for this runner: check the rules that draw them.
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner date="2026-11-22"></msp-prevention-banner>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'));
    const drawn = Object.fromEntries(
      forced.flatMap((media) => [...media.cssRules]).map((rule) => [(rule as CSSStyleRule).selectorText, (rule as CSSStyleRule).style.borderColor]),
    );
    expect(drawn).to.include({ '.banner, .audience': 'canvastext', '.actions .cta': 'linktext', button: 'buttontext' });
    // Their width is there in every mode.
    expect(getComputedStyle(part(el, 'cta')!).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(part(el, 'next')!).borderTopWidth).to.equal('1px');
  });
});

/** Where a box ends on the right, to the pixel. */
const right = (node: Element | DOMRect) => Math.round((node instanceof Element ? node.getBoundingClientRect() : node).right);
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** The boxes of a text's lines (an element's own box takes the whole column). */
function lines(node: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()];
}

describe('<msp-prevention-banner> layout', () => {
  afterEach(async () => {
    await executeServerCommand('text-size', { percent: 100 });
    await setViewport({ width: 800, height: 600 });
  });

  /** The banner in a page's column on a screen `width` px wide, at `percent` % of the browser's text size. */
  async function shown(width: number, percent = 100) {
    await setViewport({ width, height: 800 });
    await executeServerCommand('text-size', { percent });
    // The demo's margins: 343 px left for the banner on a 375 px phone, 311 px at 200 % text.
    const page = await fixture<HTMLElement>(html`<main style="margin: -8px; padding: 0 1em">
      <msp-prevention-banner date="2026-11-22"><p slot="local-events">Atelier sevrage tabagique le jeudi à 18 h</p></msp-prevention-banner>
    </main>`);
    const el = page.querySelector('msp-prevention-banner')!;
    await el.updateComplete;
    const section = el.shadowRoot!.querySelector('section')!;
    const style = getComputedStyle(section);
    const box = section.getBoundingClientRect();
    return {
      el,
      section,
      contentRight: Math.round(box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight)),
      dismiss: part(el, 'dismiss')!.getBoundingClientRect(),
    };
  }

  for (const width of [375, 1280]) {
    it(`gives the message the banner's whole width, the close button over its corner (${width} px)`, async () => {
      const { el, contentRight, dismiss } = await shown(width);
      // The text stopped some 45 px short of the edge when the close button had a column of its own.
      for (const name of ['message', 'local']) expect(right(part(el, name)!), name).to.equal(contentRight);
      for (const name of ['theme', 'title']) {
        expect(lines(part(el, name)!).some((line) => overlap(line, dismiss)), name).to.equal(false);
      }
      // In the top right corner, lined up with the next button.
      expect(right(dismiss)).to.equal(contentRight);
      expect(dismiss.top).to.be.at.most(part(el, 'title')!.getBoundingClientRect().top);
      expect(right(part(el, 'next')!)).to.equal(contentRight);
    });
  }

  it('keeps the close button off the title and nothing overflows at 200 % text on a phone, the pictogram above the title', async () => {
    const { el, section, contentRight, dismiss } = await shown(375, 200);
    expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(32);
    for (const name of ['theme', 'title']) {
      expect(lines(part(el, name)!).some((line) => overlap(line, dismiss)), name).to.equal(false);
    }
    expect(right(part(el, 'message')!)).to.equal(contentRight);
    // The title's column is the banner's whole width (it held one word a line beside the pictogram).
    expect(right(part(el, 'title')!)).to.equal(contentRight);
    expect(part(el, 'title')!.getBoundingClientRect().left).to.equal(part(el, 'message')!.getBoundingClientRect().left);
    expect(part(el, 'pictogram')!.getBoundingClientRect().bottom).to.be.at.most(part(el, 'theme')!.getBoundingClientRect().top);
    expect(section.scrollWidth).to.be.at.most(section.clientWidth);
    for (const name of ['cta', 'phone', 'previous', 'next']) {
      expect(right(part(el, name)!), name).to.be.at.most(contentRight);
    }
    await accessible(el);
  });
});

describe('<msp-prevention-banner> in English', () => {
  it('speaks English, with the campaign texts loaded for English pages only', async () => {
    const el = await fixture<MspPreventionBanner>(html`<msp-prevention-banner
      lang="en"
      date="2026-11-22"
      .events=${[{ theme: 'tabac', title: 'Quit-smoking workshop', date: '2026-11-26T18:00', place: 'Room 2' }] as LocalEvent[]}
    ></msp-prevention-banner>`);
    await waitUntil(() => el.shadowRoot!.querySelector('section'), 'no English banner');
    expect(title(el)).to.equal('Mois sans tabac (tobacco-free month)');
    expect(text(part(el, 'theme'))).to.equal('Quitting smoking');
    expect(text(part(el, 'cta'))).to.equal('Take part in Mois sans tabac (in French)');
    expect(text(part(el, 'phone'))).to.equal('Tabac info service: 39 89 (free call)');
    expect(text(part(el, 'local')!.querySelector('[role=heading]'))).to.equal('Near you');
    expect(text(part(el, 'local')!.querySelector('li'))).to.equal('Quit-smoking workshop, Thursday 26 November, 18:00, Room 2');
    expect(part(el, 'next')!.getAttribute('aria-label')).to.equal('Next prevention message');
    expect(part(el, 'dismiss')!.getAttribute('aria-label')).to.equal('Hide the message “Mois sans tabac (tobacco-free month)”');
    await accessible(el);
    await click(el, 'next');
    expect(title(el)).to.equal('Flu and Covid-19 vaccination');
    expect(status(el)).to.equal('Message 2 of 3: Flu and Covid-19 vaccination');
    await accessible(el);
  });

  it('follows a language switch of the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><msp-prevention-banner date="2026-10-05" themes="cancers"></msp-prevention-banner></div>`);
    const el = wrapper.querySelector('msp-prevention-banner')!;
    await el.updateComplete;
    expect(title(el)).to.equal('Octobre rose');
    el.setAttribute('lang', 'en');
    await waitUntil(() => title(el) === 'Octobre rose (Pink October)');
    expect(text(part(el, 'audience'))).to.equal('Ages 50 to 74');
    expect(part(el, 'cta')!.getAttribute('hreflang')).to.equal('fr');
  });
});
