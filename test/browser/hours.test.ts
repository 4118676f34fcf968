import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/widgets/src/site/msp-site.js';
import '../../packages/widgets/src/hours/msp-opening-hours.js';
import type { MspHoursService, MspOpeningHours } from '../../packages/widgets/src/hours/msp-opening-hours.js';
import { parseOpeningHours } from '../../packages/widgets/src/hours/index.js';
import { OpeningHours } from '../../packages/widgets/src/hours/opening-hours.js';
import { installClock, type FakeClock } from './fixtures/fake-clock.js';
import { captureWarnings } from './fixtures/probe-widget.js';
import { emulateMediaFeatures } from './fixtures/assistant-chat.js';

const WEEK = 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: MspOpeningHours, index = 0) => text(el.shadowRoot!.querySelectorAll('[part=status]')[index]);

describe('<msp-opening-hours>', () => {
  let clock: FakeClock | undefined;
  const at = (iso: string) => {
    clock = installClock(new Date(iso));
  };
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
  });
  /** axe schedules its own timers: give it the real clock back first. */
  const accessible = async (el: Element) => {
    clock?.uninstall();
    clock = undefined;
    await expect(el).to.be.accessible();
  };

  /** Waits for `done` frame by frame (the fake clock holds back the timers `waitUntil` polls with). */
  async function inFrames(done: () => unknown) {
    for (let frame = 0; !done(); frame++) {
      if (frame === 300) throw new Error(`still waiting for ${done.toString()}`);
      await new Promise(requestAnimationFrame);
    }
  }

  async function hoursAt(iso: string, template = html`<msp-opening-hours value=${WEEK}></msp-opening-hours>`) {
    at(iso);
    const el = await fixture<MspOpeningHours>(template);
    await el.updateComplete;
    return el;
  }

  describe('status line', () => {
    it('says when it closes', async () => {
      const el = await hoursAt('2026-06-10T10:00:00+02:00');
      expect(status(el)).to.equal('Ouvert, ferme à 12:00');
      expect(el.shadowRoot!.querySelector('[part=badge]')!.getAttribute('data-state')).to.equal('open');
      await accessible(el);
    });

    it('counts down the last hour before closing', async () => {
      const el = await hoursAt('2026-06-10T11:40:00+02:00');
      expect(status(el)).to.equal('Ouvert, ferme dans 20 min');
    });

    it('gives no closing time before an open end, which is not a closing', async () => {
      const el = await hoursAt(
        '2026-06-10T11:40:00+02:00',
        html`<msp-opening-hours value="Mo-Fr 08:00-12:00, Mo-Fr 12:00+"></msp-opening-hours>`,
      );
      expect(status(el)).to.equal('Ouvert');
    });

    it('counts down the last hour before opening', async () => {
      const el = await hoursAt('2026-06-10T13:40:00+02:00');
      expect(status(el)).to.equal('Ouvre dans 20 min');
      await accessible(el);
    });

    it('names the day it opens again, and gives out-of-hours help', async () => {
      at('2026-06-13T13:00:00+02:00');
      const site = await fixture(html`<msp-site on-call-number="116 117">
        <msp-opening-hours value=${WEEK}></msp-opening-hours>
      </msp-site>`);
      const el = site.querySelector('msp-opening-hours')!;
      await el.updateComplete;
      expect(status(el)).to.equal('Fermé, ouvre lundi à 08:00');
      const help = el.shadowRoot!.querySelector('[part=help]')!;
      expect([...help.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:15',
        'tel:112',
        'tel:116117',
        'tel:3237',
      ]);
      await accessible(el);
    });

    it('says tomorrow, and nothing of the help while open', async () => {
      const el = await hoursAt('2026-06-10T20:00:00+02:00');
      expect(status(el)).to.equal('Fermé, ouvre demain à 08:00');
      await clock!.tickTo(new Date('2026-06-11T09:00:00+02:00'));
      expect(status(el)).to.equal('Ouvert, ferme à 12:00');
      expect(el.shadowRoot!.querySelector('[part=help]')).to.equal(null);
    });

    it('names the public holiday it is closed for', async () => {
      const el = await hoursAt('2026-04-06T10:00:00+02:00');
      expect(status(el)).to.equal('Fermé aujourd’hui (Lundi de Pâques), ouvre demain à 08:00');
      const today = el.shadowRoot!.querySelector('tr[aria-current=date]')!;
      expect(text(today)).to.equal('lundi (aujourd’hui) Fermé (Lundi de Pâques)');
      await accessible(el);
    });

    it('names public holidays in English on an English page (the engine’s names are French)', async () => {
      const el = await hoursAt(
        '2026-12-25T10:00:00+01:00',
        html`<msp-opening-hours lang="en" region="alsace-moselle" value="Mo-Sa 08:00-12:00; PH off"></msp-opening-hours>`,
      );
      expect(status(el)).to.equal('Closed today (Christmas Day), opens Monday at 08:00');
      const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map(text);
      expect(rows.slice(4)).to.deep.equal(['Friday (today) Closed (Christmas Day)', 'Saturday Closed (St Stephen’s Day)', 'Sunday Closed']);
      expect([...el.shadowRoot!.querySelectorAll('[part=exceptions] li')].map(text)).to.deep.equal([
        'Closed on December 25 (Christmas Day)',
        'Closed on December 26 (St Stephen’s Day)',
        'Closed on January 1 (New Year’s Day)',
      ]);
      await accessible(el);
    });

    it('in English, names the holiday a PH rule’s hours are commented with (as opening_hours.js) in English too', async () => {
      const el = await hoursAt('2026-12-24T10:00:00+01:00', html`<msp-opening-hours lang="en" value="Mo-Fr 08:00-12:00; PH 09:00-11:00"></msp-opening-hours>`);
      expect(text(el.shadowRoot!.querySelectorAll('tbody tr')[4])).to.equal('Friday 09:00–11:00 (Christmas Day)');
      expect(text(el.shadowRoot!.querySelector('[part=exceptions] li'))).to.equal('On December 25 (Christmas Day): 09:00–11:00');
      expect(el.shadowRoot!.textContent).not.to.match(/Noël|Jour de l/);
    });

    it('names the holiday of a PH rule’s hours once, after the hours (its name is also their comment)', async () => {
      const el = await hoursAt(
        '2026-12-24T10:00:00+01:00',
        html`<msp-opening-hours value='Mo-Fr 08:00-12:00,14:00-18:00; PH 09:00-11:00,15:00-16:00; Dec 31 08:00-12:00 open "permanence"'></msp-opening-hours>`,
      );
      expect(text(el.shadowRoot!.querySelectorAll('tbody tr')[4])).to.equal('vendredi 09:00–11:00, 15:00–16:00 (Noël)');
      // Before: "Le 25 décembre (Noël) : 09:00–11:00 (Noël), 15:00–16:00 (Noël)". A comment of its own is still said.
      expect([...el.shadowRoot!.querySelectorAll('[part=exceptions] li')].map(text)).to.deep.equal([
        'Le 25 décembre (Noël) : 09:00–11:00, 15:00–16:00',
        'Le 31 décembre : 08:00–12:00 (permanence)',
        "Le 1er janvier (Jour de l'an) : 09:00–11:00, 15:00–16:00",
      ]);
      await accessible(el);
    });

    it('shows the rule’s comment', async () => {
      const el = await hoursAt(
        '2026-06-10T10:00:00+02:00',
        html`<msp-opening-hours value='Mo-Fr 08:00-19:00 open "sur rendez-vous"'></msp-opening-hours>`,
      );
      expect(status(el)).to.equal('Ouvert, ferme à 19:00 — sur rendez-vous');
    });

    it('speaks English', async () => {
      const el = await hoursAt('2026-06-13T13:00:00+02:00', html`<msp-opening-hours lang="en" value=${WEEK}></msp-opening-hours>`);
      expect(status(el)).to.equal('Closed, opens Monday at 08:00');
      expect(text(el.shadowRoot!.querySelector('caption'))).to.equal('Opening hours this week');
      await accessible(el);
    });

    it('keeps the badge’s border, solid or dashed, in forced colours (drawn in the text’s colour)', async () => {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        for (const [iso, style] of [['2026-06-10T10:00:00+02:00', 'solid'], ['2026-06-13T13:00:00+02:00', 'dashed']] as const) {
          // A preview instant (`at`), not the fake clock: the emulation's commands need real timers.
          const el = await fixture<MspOpeningHours>(html`<msp-opening-hours value=${WEEK} at=${iso}></msp-opening-hours>`);
          const badge = getComputedStyle(el.shadowRoot!.querySelector('[part=badge]')!);
          expect(badge.borderTopStyle).to.equal(style);
          expect(parseFloat(badge.borderTopWidth)).to.equal(2);
          expect(badge.borderTopColor).to.equal(badge.color);
        }
      } finally {
        await emulateMediaFeatures([]);
      }
    });
  });

  describe('week', () => {
    it('is a real table with a caption, header cells and today marked', async () => {
      const el = await hoursAt('2026-06-10T10:00:00+02:00');
      const table = el.shadowRoot!.querySelector('table')!;
      expect(text(table.querySelector('caption'))).to.equal('Horaires de la semaine');
      expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(7);
      expect(rows.map((row) => row.querySelector('th')!.getAttribute('scope'))).to.deep.equal(Array(7).fill('row'));
      expect(text(rows[0])).to.equal('lundi 08:00–12:00, 14:00–19:00');
      expect(text(rows[6])).to.equal('dimanche Fermé');
      expect(rows.filter((row) => row.getAttribute('aria-current') === 'date').map((row) => text(row.querySelector('th')))).to.deep.equal([
        'mercredi (aujourd’hui)',
      ]);
    });

    it('keeps its times in their order on a right-to-left page (French text stays left to right)', async () => {
      const el = await hoursAt('2026-06-10T10:00:00+02:00', html`<div dir="rtl"><msp-opening-hours value=${WEEK}></msp-opening-hours></div>`);
      const hours = el.querySelector('msp-opening-hours')!;
      const cell = hours.shadowRoot!.querySelector('tbody tr td')!;
      const line = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, (node) =>
        node.textContent!.includes('08:00–12:00') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
      ).nextNode()!;
      const left = (time: string) => {
        const range = document.createRange();
        const start = line.textContent!.indexOf(time);
        range.setStart(line, start);
        range.setEnd(line, start + time.length);
        return range.getBoundingClientRect().left;
      };
      // Under the page's direction, the bidirectional algorithm showed "12:00–08:00".
      expect(left('08:00')).to.be.lessThan(left('12:00'));
      expect(getComputedStyle(cell).direction).to.equal('ltr');
    });

    it('fits on one line in compact mode', async () => {
      const el = await hoursAt('2026-06-10T10:00:00+02:00', html`<msp-opening-hours compact value=${WEEK}></msp-opening-hours>`);
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      expect(text(el.shadowRoot!.querySelector('[part=compact]'))).to.equal('lun.–ven. 08:00–12:00, 14:00–19:00 ; sam. 08:00–12:00');
      await accessible(el);
    });
  });

  describe('coming exceptions', () => {
    it('announces holidays and special days of the next 14 days', async () => {
      const el = await hoursAt(
        '2026-12-20T10:00:00+01:00',
        html`<msp-opening-hours value="Mo-Fr 08:00-19:00; PH off; Dec 24 08:00-12:00"></msp-opening-hours>`,
      );
      const items = [...el.shadowRoot!.querySelectorAll('[part=exceptions] li')].map(text);
      expect(items).to.deep.equal([
        'Le 24 décembre : 08:00–12:00',
        'Fermé le 25 décembre (Noël)',
        "Fermé le 1er janvier (Jour de l'an)",
      ]);
    });

    it('joins a closure across a weekend', async () => {
      const el = await hoursAt(
        '2026-07-30T10:00:00+02:00',
        html`<msp-opening-hours value="Mo-Fr 08:00-19:00; Aug 03-Aug 10 off"></msp-opening-hours>`,
      );
      const items = [...el.shadowRoot!.querySelectorAll('[part=exceptions] li')].map(text);
      expect(items).to.deep.equal(['Fermeture du 3 au 10 août']);
    });

    it('writes the first of the month as French does', async () => {
      const el = await hoursAt(
        '2026-08-25T10:00:00+02:00',
        html`<msp-opening-hours value="Mo-Fr 08:00-19:00; Sep 01-Sep 07 off"></msp-opening-hours>`,
      );
      const items = [...el.shadowRoot!.querySelectorAll('[part=exceptions] li')].map(text);
      expect(items).to.deep.equal(['Fermeture du 1er au 7 septembre']);
    });

    it('gives both dates of a closure in English', async () => {
      // "from 3 to August 10" dropped the month of the first date, which comes first in English.
      const el = await hoursAt(
        '2026-07-30T10:00:00+02:00',
        html`<msp-opening-hours lang="en" value="Mo-Fr 08:00-19:00; Aug 03-Aug 10 off; Aug 11-Aug 12 08:00-12:00"></msp-opening-hours>`,
      );
      const items = [...el.shadowRoot!.querySelectorAll('[part=exceptions] li')].map(text);
      expect(items).to.deep.equal(['Closed from August 3 to August 10', 'From August 11 to August 12: 08:00–12:00']);
    });

    it('does not take alternating Saturdays for exceptions', async () => {
      const el = await hoursAt(
        '2026-06-10T10:00:00+02:00',
        html`<msp-opening-hours value="Mo-Fr 08:00-19:00; week 01-53/2 Sa 09:00-12:00"></msp-opening-hours>`,
      );
      expect(el.shadowRoot!.querySelector('[part=exceptions]')).to.equal(null);
    });
  });

  describe('work done once', () => {
    /**
     * Counts the days the engine looks up. Computing a day's hours looks up that day and the one
     * before; later, the hours it computed are kept with the value it read.
     */
    async function countingDays(during: (counted: () => number) => Promise<void>) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its `this` below.
      const info = OpeningHours.prototype.info;
      let days = 0;
      OpeningHours.prototype.info = function (this: OpeningHours, n: number) {
        days++;
        return info.call(this, n);
      };
      try {
        await during(() => days);
      } finally {
        OpeningHours.prototype.info = info;
      }
    }

    it('keeps the hours it read, and the days it computed, while its values and settings stay', async () => {
      at('2026-06-10T10:00:00+02:00');
      await countingDays(async (days) => {
        const el = await fixture<MspOpeningHours>(html`<msp-opening-hours value=${WEEK}>
          <msp-hours-service label="Prélèvements" value="Mo-Fr 07:30-09:30"></msp-hours-service>
        </msp-opening-hours>`);
        await el.updateComplete;
        const first = days();
        expect(first, 'a year of days for each schedule, and the day before each').to.be.above(2 * 2 * 365);
        el.requestUpdate();
        await el.updateComplete;
        const again = days() - first;
        expect(again, 'the days are looked at, not computed').to.be.below(first / 2);
        // A new value is read anew.
        el.value = 'Mo-Sa 09:00-12:00';
        await el.updateComplete;
        expect(days() - first - again).to.be.above(again + 365);
      });
    });

    it('is not updated again by the JSON-LD script it adds to the page', async () => {
      at('2026-06-10T10:00:00+02:00');
      const el = document.createElement('msp-opening-hours');
      el.setAttribute('value', WEEK);
      el.setAttribute('structured-data', '');
      const render = el.render.bind(el);
      let renders = 0;
      el.render = () => (renders++, render());
      const host = await fixture(html`<div></div>`);
      host.append(el);
      await inFrames(() => el.querySelector('script[type="application/ld+json"]'));
      for (let frame = 0; frame < 5; frame++) await new Promise(requestAnimationFrame);
      // The first render, then the one after the JSON-LD writer came.
      expect(renders).to.equal(2);
    });
  });

  describe('live updates', () => {
    it('switches at the exact instant of the change, through one timer for all instances', async () => {
      at('2026-06-10T18:58:30+02:00');
      const [first, second] = await fixture<HTMLElement>(html`<div>
        <msp-opening-hours value=${WEEK}></msp-opening-hours>
        <msp-opening-hours value="Mo-Su 08:00-22:00"></msp-opening-hours>
      </div>`).then((div) => [...div.querySelectorAll('msp-opening-hours')]);
      await first!.updateComplete;
      await second!.updateComplete;
      expect(status(first!)).to.equal('Ouvert, ferme dans 2 min');
      expect(clock!.pending()).to.have.length(1);

      await clock!.tickTo(new Date('2026-06-10T18:59:00+02:00'));
      expect(status(first!)).to.equal('Ouvert, ferme dans 1 min');
      await clock!.tickTo(new Date('2026-06-10T18:59:59.999+02:00'));
      expect(status(first!)).to.equal('Ouvert, ferme dans 1 min');
      await clock!.tickTo(new Date('2026-06-10T19:00:00+02:00'));
      expect(status(first!)).to.equal('Fermé, ouvre demain à 08:00');
      expect(status(second!)).to.equal('Ouvert, ferme à 22:00');
      expect(clock!.pending()).to.have.length(1);
    });

    it('is woken even when its next instant passes while it renders', async () => {
      at('2026-06-10T18:58:30+02:00');
      const hours = parseOpeningHours(WEEK);
      const week = hours.week.bind(hours);
      let slowRenders = 1;
      // The first render takes long: the clock passes 18:59, the instant that render asks to be woken at.
      hours.week = (day: Date) => {
        if (slowRenders-- > 0) clock!.jump(61_000);
        return week(day);
      };
      const el = await fixture<MspOpeningHours>(html`<msp-opening-hours .hours=${hours}></msp-opening-hours>`);
      expect(status(el)).to.equal('Ouvert, ferme dans 2 min');
      expect(clock!.pending()).to.have.length(1);
      await clock!.tick(0);
      await el.updateComplete;
      expect(status(el)).to.equal('Ouvert, ferme dans 1 min');
      expect(clock!.pending()).to.have.length(1);
    });

    it('catches up when the tab becomes visible again', async () => {
      const el = await hoursAt('2026-06-10T10:00:00+02:00');
      clock!.jump(12 * 3_600_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(status(el)).to.equal('Fermé, ouvre demain à 08:00');
    });
  });

  it('marks the coming closures and the out-of-hours help as headings, under the service’s name (RGAA 9.1)', async () => {
    const outline = (el: MspOpeningHours) =>
      [...el.shadowRoot!.querySelectorAll('[role=heading]')].map((h) => `${h.getAttribute('aria-level')} ${text(h)}`);
    const value = 'Mo-Fr 08:00-19:00; PH off';
    let el = await hoursAt('2026-12-24T20:00:00+01:00', html`<msp-opening-hours label="Secrétariat" value=${value}></msp-opening-hours>`);
    // The closures belong to the service; the help to the whole block.
    expect(outline(el)).to.deep.equal(['3 Secrétariat', '4 Prochainement', '3 En dehors des horaires']);
    // Drawn as before: bold lines, the service's name without space above it.
    const [label, upcoming] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=heading]')];
    expect(getComputedStyle(upcoming!).fontWeight).to.equal('700');
    expect(getComputedStyle(label!).marginTop).to.equal('0px');
    expect(getComputedStyle(upcoming!).marginTop).to.equal(getComputedStyle(upcoming!).fontSize);
    await accessible(el);
    el = await hoursAt('2026-12-24T20:00:00+01:00', html`<msp-opening-hours value=${value}></msp-opening-hours>`);
    expect(outline(el)).to.deep.equal(['3 Prochainement', '3 En dehors des horaires']);
    clock?.uninstall();
    el = await hoursAt(
      '2026-12-24T20:00:00+01:00',
      html`<msp-opening-hours label="Secrétariat" heading-level="6" value=${value}></msp-opening-hours>`,
    );
    expect(outline(el)).to.deep.equal(['6 Secrétariat', '6 Prochainement', '6 En dehors des horaires']);
  });

  it('shows several services, each with its name and status', async () => {
    const el = await hoursAt(
      '2026-06-10T08:30:00+02:00',
      html`<msp-opening-hours>
        <msp-hours-service label="Secrétariat" value="Mo-Fr 08:00-19:00"></msp-hours-service>
        <msp-hours-service label="Prélèvements" value='Mo-Fr 07:30-09:30 open "sans rendez-vous"'></msp-hours-service>
      </msp-opening-hours>`,
    );
    const headings = [...el.shadowRoot!.querySelectorAll('[role=heading]')];
    expect(headings.map(text)).to.deep.equal(['Secrétariat', 'Prélèvements']);
    expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3']);
    expect(status(el, 0)).to.equal('Ouvert, ferme à 19:00');
    expect(status(el, 1)).to.equal('Ouvert, ferme dans 60 min — sans rendez-vous');
    const service = el.querySelector('msp-hours-service')!;
    service.setAttribute('value', 'Mo-Fr 09:00-19:00');
    await el.updateComplete;
    expect(status(el, 0)).to.equal('Ouvre dans 30 min');
    await accessible(el);
  });

  it('follows services added, removed and moved, two of them with the same hours', async () => {
    const el = await hoursAt('2026-06-10T08:30:00+02:00', html`<msp-opening-hours value=${WEEK}></msp-opening-hours>`);
    const labels = () => [...el.shadowRoot!.querySelectorAll('[role=heading]')].map(text);
    const [reception, desk] = ['Accueil', 'Secrétariat'].map((label) => {
      const added = document.createElement('msp-hours-service');
      added.setAttribute('label', label);
      added.setAttribute('value', 'Mo-Fr 08:00-19:00');
      return added;
    }) as [MspHoursService, MspHoursService];
    el.append(reception, desk);
    await el.updateComplete;
    expect(labels()).to.deep.equal(['Accueil', 'Secrétariat']);
    reception.remove();
    await el.updateComplete;
    expect(labels()).to.deep.equal(['Secrétariat']);
    const other = await fixture<MspOpeningHours>(html`<msp-opening-hours></msp-opening-hours>`);
    other.append(desk);
    await el.updateComplete;
    await other.updateComplete;
    expect(labels()).to.deep.equal([]);
    expect(text(other.shadowRoot!.querySelector('[role=heading]'))).to.equal('Secrétariat');
  });

  it('previews any instant with `at`, without a timer', async () => {
    const el = await hoursAt('2026-06-10T10:00:00+02:00', html`<msp-opening-hours at="2026-12-25T10:00:00+01:00" value=${WEEK}></msp-opening-hours>`);
    expect(status(el)).to.equal('Fermé aujourd’hui (Noël), ouvre demain à 08:00');
    expect(clock!.pending()).to.have.length(0);
  });

  it('accepts already parsed hours', async () => {
    at('2026-06-10T10:00:00+02:00');
    const el = await fixture<MspOpeningHours>(html`<msp-opening-hours .hours=${parseOpeningHours('Mo-Fr 09:00-17:00')}></msp-opening-hours>`);
    expect(status(el)).to.equal('Ouvert, ferme à 17:00');
  });

  it('shows a polite message and warns with the position (in the console only) when the value cannot be read', async () => {
    let el!: MspOpeningHours;
    const warnings = await captureWarnings(async () => {
      el = await hoursAt('2026-06-10T10:00:00+02:00', html`<msp-opening-hours value="Mo-Fr 08:00-12:00 oops"></msp-opening-hours>`);
    });
    const error = el.shadowRoot!.querySelector('[part=error]')!;
    expect(error.getAttribute('role')).to.equal('status');
    expect(text(error)).to.equal('Les horaires n’ont pas pu être affichés (erreur de saisie). Contactez la structure pour les connaître.');
    expect(warnings.some((w) => w.includes('[msp-opening-hours] value:') && /character \d+/.test(w))).to.be.true;
    await accessible(el);
  });

  it('writes schema.org JSON-LD with the site’s name into the page, and removes it', async () => {
    at('2026-06-10T10:00:00+02:00');
    let el!: MspOpeningHours;
    const warnings = await captureWarnings(async () => {
      const site = await fixture(html`<msp-site name="MSP des Dunes" address="12 rue des Oyats, 59140 Dunkerque" phone="03 53 73 00 10">
        <msp-opening-hours structured-data value=${WEEK}></msp-opening-hours>
      </msp-site>`);
      el = site.querySelector('msp-opening-hours')!;
      await inFrames(() => el.querySelector('script[type="application/ld+json"]'));
    });
    expect(warnings).to.deep.equal([]);
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent) as { '@type': string; name: string; address: string; telephone: string; openingHoursSpecification: unknown[] };
    expect(data['@type']).to.equal('MedicalClinic');
    expect(data.name).to.equal('MSP des Dunes');
    expect(data.address).to.equal('12 rue des Oyats, 59140 Dunkerque');
    expect(data.telephone).to.equal('03 53 73 00 10');
    const day = (name: string) => `https://schema.org/${name}`;
    expect(data.openingHoursSpecification).to.deep.include({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map(day),
      opens: '08:00',
      closes: '12:00',
    });
    expect(data.openingHoursSpecification).to.deep.include({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: [day('PublicHolidays')],
      opens: '00:00',
      closes: '00:00',
    });
    el.structuredData = false;
    await el.updateComplete;
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('says in the console which site settings its JSON-LD lacks for search engines', async () => {
    at('2026-06-10T10:00:00+02:00');
    let alone!: MspOpeningHours;
    let named!: MspOpeningHours;
    const warnings = await captureWarnings(async () => {
      alone = await fixture<MspOpeningHours>(html`<msp-opening-hours structured-data value=${WEEK}></msp-opening-hours>`);
      const site = await fixture(html`<msp-site name="MSP des Dunes"><msp-opening-hours structured-data value=${WEEK}></msp-opening-hours></msp-site>`);
      named = site.querySelector('msp-opening-hours')!;
      await inFrames(() => alone.querySelector('script') && named.querySelector('script'));
    });
    expect(warnings).to.deep.equal([
      `[msp-opening-hours] structured-data: search engines need the clinic's name and address: set name="…" address="…" on <msp-site>`,
      `[msp-opening-hours] structured-data: search engines need the clinic's address: set address="…" on <msp-site>`,
    ]);
    // Written all the same: the hours are right, and the settings may come later.
    expect(JSON.parse(alone.querySelector('script')!.textContent).openingHoursSpecification.length).to.be.above(0);
  });

  it('says in its JSON-LD how holidays are kept when none falls within the 90 days it writes', async () => {
    // From 5 January 2026, the next public holiday is Easter Monday, 6 April: 91 days on.
    const el = await hoursAt('2026-01-05T10:00:00+01:00', html`<msp-opening-hours structured-data value=${WEEK}></msp-opening-hours>`);
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent) as { openingHoursSpecification: unknown[] };
    expect(data.openingHoursSpecification).to.deep.include({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['https://schema.org/PublicHolidays'],
      opens: '00:00',
      closes: '00:00',
    });
  });

  // The browser's default font (Times), and Arial, as wide as Helvetica: most sites' sans-serif.
  for (const font of ['serif', 'Arial']) {
    it(`fits a 360 px phone at 200 % text, today’s name wrapping (WCAG 1.4.4), in ${font}`, async () => {
      // A Wednesday: "Mercredi (aujourd'hui)" is the widest day name.
      const column = await fixture<HTMLElement>(html`<div style="width: 360px; font: 32px ${font}">
        <msp-opening-hours value=${WEEK} at="2026-06-10T10:00:00+02:00"></msp-opening-hours>
      </div>`);
      const el = column.querySelector('msp-opening-hours')!;
      await el.updateComplete;
      const table = el.shadowRoot!.querySelector('table')!;
      expect(text(table.querySelector('[aria-current=date] th'))).to.match(/^mercredi \(aujourd.hui\)$/);
      expect(table.scrollWidth).to.be.at.most(360);
      for (const cell of table.querySelectorAll('th, td')) expect(cell.scrollWidth, text(cell)).to.be.at.most(cell.clientWidth);
    });
  }

  it('lets keyboard users reach every help link in order', async () => {
    const el = await hoursAt('2026-06-13T13:00:00+02:00');
    const before = await fixture<HTMLButtonElement>(html`<button>avant</button>`);
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? 'none');
    }
    expect(reached).to.deep.equal(['tel:15', 'tel:112', 'tel:15', 'tel:3237']);
  });
});
