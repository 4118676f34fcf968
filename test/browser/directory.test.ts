import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../packages/widgets/src/site/msp-site.js';
import '../../packages/widgets/src/directory/msp-directory.js';
import type { DirectoryFilters } from '../../packages/widgets/src/directory/filters.js';
import type { MspDirectory } from '../../packages/widgets/src/directory/msp-directory.js';
import { installClock, type FakeClock } from './fixtures/fake-clock.js';
import { captureWarnings } from './fixtures/probe-widget.js';
import { announced, api, change, demoData, directory, loaded, parts, structure, text, typeInto } from './fixtures/directory-data.js';

async function demoDirectory(template = (data: unknown) => html`<msp-directory .data=${data}></msp-directory>`) {
  const el = await fixture<MspDirectory>(template(await demoData()));
  await loaded(el);
  return el;
}

describe('<msp-directory>', () => {
  beforeEach(async () => {
    await fetch(api('reset'), { method: 'POST' });
  });

  // First in this file: no test before has loaded the schema or the English texts.
  describe('what it downloads', () => {
    const fetched = (name: RegExp) => performance.getEntriesByType('resource').some((e) => name.test(e.name));

    it('reads valid data without zod and French without the English texts; the schema comes for data with problems only', async () => {
      await demoDirectory();
      expect(fetched(/\/zod\//)).to.equal(false);
      expect(fetched(/directory\/schema\.ts/)).to.equal(false);
      expect(fetched(/messages-en\.ts/)).to.equal(false);
      await captureWarnings(async () => {
        const el = await fixture<MspDirectory>(html`<msp-directory .data=${directory([structure(1), structure(2, { phone: 'n/a' })])}></msp-directory>`);
        await loaded(el);
        expect(parts(el).cards).to.have.length(2);
      });
      expect(fetched(/directory\/schema\.ts/)).to.equal(true);
      expect(fetched(/\/zod\//)).to.equal(true);
    });
  });

  describe('results', () => {
    it('lists the structures by name: a labelled search field, a status, a list with a heading per card', async () => {
      const el = await demoDirectory();
      const p = parts(el);
      expect(p.search.getAttribute('aria-label')).to.equal('Rechercher une structure');
      expect(p.input.type).to.equal('search');
      expect(text(p.root.querySelector('label[for=q]'))).to.equal('Nom, commune, code postal ou département');
      expect(p.status.getAttribute('role')).to.equal('status');
      expect(text(p.status)).to.equal('28 structures trouvées, 20 affichées');
      expect(p.list!.tagName).to.equal('UL');
      // Bullets off: Safari would drop the list role without the attribute.
      expect(p.list!.getAttribute('role')).to.equal('list');
      expect(p.cards).to.have.length(20);
      expect(p.cards.every((card) => card.querySelector('h3[part=name]'))).to.equal(true);
      const sorted = [...p.names].sort((a, b) => a.localeCompare(b, 'fr'));
      expect(p.names).to.deep.equal(sorted);
      await expect(el).to.be.accessible();
    });

    it('shows a card’s address, phone, links with explicit text, professions, badges and today’s hours', async () => {
      const clock = installClock(new Date('2026-06-10T10:00:00+02:00'));
      try {
        const data = await demoData();
        const el = await fixture<MspDirectory>(html`<msp-directory .data=${directory(data.structures.filter((s) => s.id === 'msp-des-dunes'))}></msp-directory>`);
        await loaded(el);
        const card = parts(el).cards[0]!;
        expect(text(card.querySelector('h3'))).to.equal('Maison de santé des Dunes');
        expect(text(card)).to.contain('Maison de santé pluriprofessionnelle');
        expect(text(card)).to.contain('12 rue des Oyats, 59140 Dunkerque');
        const tel = card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
        expect(tel.getAttribute('href')).to.equal('tel:0353730010');
        // Named after its structure too, for those who Tab from link to link (helper-88's Orca run).
        expect(text(tel)).to.equal('03 53 73 00 10 — Maison de santé des Dunes');
        const booking = card.querySelector<HTMLAnchorElement>('a[href^="https://rdv.example"]')!;
        expect(text(booking)).to.equal('Prendre rendez-vous — Maison de santé des Dunes');
        expect(text(booking.querySelector('.sr-only'))).to.equal('— Maison de santé des Dunes');
        expect(text(card.querySelector('a[href="https://msp-des-dunes.example/"]'))).to.equal('Site internet — Maison de santé des Dunes');
        const mail = card.querySelector('a[href="mailto:contact@msp-des-dunes.example"]')!;
        expect(mail.parentElement!.tagName).to.equal('P');
        expect(mail.parentElement!.contains(tel), 'the e-mail on its own line, not run on from the phone').to.equal(false);
        expect(text(card.querySelector('a[href="https://msp-des-dunes.example/accessibilite"]'))).to.equal('Détails sur l’accessibilité — Maison de santé des Dunes');
        expect(text(card)).to.contain('Professionnels : Médecin généraliste (3), Infirmier ou infirmière (4), Kinésithérapeute (2), Sage-femme (1), Coordinateur ou coordinatrice (1)');
        expect(card.querySelector('[part=badges]')!.getAttribute('role')).to.equal('list');
        const badges = [...card.querySelectorAll('[part=badges] li')].map(text);
        expect(badges).to.deep.equal([
          'Accepte de nouveaux patients (déclaration du 5 octobre 2026)',
          'Soins non programmés (déclaration du 5 octobre 2026)',
          'Membre de la fédération',
          'Accessible en fauteuil roulant',
          'Stationnement réservé aux personnes handicapées',
        ]);
        const hours = card.querySelector('[part=hours]')!;
        expect(text(hours)).to.equal('Ouvert, aujourd’hui : 08:00–12:00, 14:00–19:00');
        expect(hours.querySelector('[data-state=open]')).to.not.equal(null);
      } finally {
        clock.uninstall();
      }
    });

    it('reads hours in the structure’s own region: closed on a public holiday, said in words', async () => {
      const clock = installClock(new Date('2026-05-14T10:00:00+02:00')); // Ascension
      try {
        const el = await fixture<MspDirectory>(html`<msp-directory .data=${directory([structure(1, { openingHours: 'Mo-Fr 08:00-19:00; PH off' })])}></msp-directory>`);
        await loaded(el);
        const hours = parts(el).cards[0]!.querySelector('[part=hours]')!;
        expect(text(hours)).to.equal('Fermé, aujourd’hui : fermé (Ascension)');
        expect(hours.querySelector('.state')!.getAttribute('data-state')).to.equal('closed');
      } finally {
        clock.uninstall();
      }
    });

    it('names the public holiday in English on an English page (the engine’s names are French)', async () => {
      const clock = installClock(new Date('2026-05-14T10:00:00+02:00')); // Ascension
      try {
        const el = await fixture<MspDirectory>(html`<msp-directory lang="en" .data=${directory([structure(1, { openingHours: 'Mo-Fr 08:00-19:00; PH off' })])}></msp-directory>`);
        await loaded(el);
        expect(text(parts(el).cards[0]!.querySelector('[part=hours]'))).to.equal('Closed, today: closed (Ascension Day)');
      } finally {
        clock.uninstall();
      }
    });

    it('keeps a mainland structure on Paris’s clock and national holidays, whatever the site’s region', async () => {
      const hoursText = (el: MspDirectory) => parts(el).cards.map((card) => text(card.querySelector('[part=hours]')));
      const week = 'Mo-Fr 08:00-19:00; PH off';
      const reims = structure(1, { address: { line1: '1 rue de Vesle', postalCode: '51100', city: 'Reims', department: '51' }, openingHours: week });
      const strasbourg = structure(2, { address: { line1: '2 quai des Bateliers', postalCode: '67000', city: 'Strasbourg', department: '67' }, openingHours: week });
      // A Grand Est federation whose own site follows Alsace-Moselle's holidays, on Good Friday.
      let clock = installClock(new Date('2026-04-03T10:00:00+02:00'));
      try {
        const site = await fixture(html`<msp-site region="alsace-moselle"><msp-directory .data=${directory([reims, strasbourg])}></msp-directory></msp-site>`);
        const el = site.querySelector<MspDirectory>('msp-directory')!;
        await loaded(el);
        expect(hoursText(el)).to.deep.equal(['Ouvert, aujourd’hui : 08:00–19:00', 'Fermé, aujourd’hui : fermé (Vendredi saint)']);
      } finally {
        clock.uninstall();
      }
      // A site in La Réunion at 07:30 in Paris (09:30 there): the Reims MSP has not opened yet.
      clock = installClock(new Date('2026-06-10T07:30:00+02:00'));
      try {
        const site = await fixture(html`<msp-site region="reunion"><msp-directory .data=${directory([reims])}></msp-directory></msp-site>`);
        const el = site.querySelector<MspDirectory>('msp-directory')!;
        await loaded(el);
        expect(hoursText(el)).to.deep.equal(['Fermé, aujourd’hui : 08:00–19:00']);
      } finally {
        clock.uninstall();
      }
    });

    it('finds today’s hours whatever a locale’s date format (en-CA writes 6/10/2026 with ICU 72, as in WebKitGTK)', async () => {
      const Real = Intl.DateTimeFormat;
      Intl.DateTimeFormat = new Proxy(Real, {
        construct: (target, [locales, options]: [string | undefined, Intl.DateTimeFormatOptions | undefined]) => new target(locales === 'en-CA' ? 'en-US' : locales, options),
      });
      // Saint-Pierre-et-Miquelon: a time zone no other test reads hours in.
      const clock = installClock(new Date('2026-06-10T12:00:00-02:00'));
      try {
        const miquelon = structure(1, { address: { line1: '1 rue du Port', postalCode: '97500', city: 'Saint-Pierre', department: '975' }, openingHours: 'Mo-Fr 08:00-19:00' });
        const el = await fixture<MspDirectory>(html`<msp-directory .data=${directory([miquelon])}></msp-directory>`);
        await loaded(el);
        expect(text(parts(el).cards[0]!.querySelector('[part=hours]'))).to.equal('Ouvert, aujourd’hui : 08:00–19:00');
      } finally {
        clock.uninstall();
        Intl.DateTimeFormat = Real;
      }
    });

    it('leaves out a declared date the calendar does not have (30 February) and says so, rather than naming 2 March', async () => {
      let el!: MspDirectory;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MspDirectory>(html`<msp-directory .data=${directory([structure(1, { acceptsNewPatients: { value: true, declared: '2026-02-30' } })])}></msp-directory>`);
        await loaded(el);
      });
      expect(parts(el).cards).to.have.length(1);
      expect(parts(el).cards[0]!.querySelector('[part=badges]')).to.equal(null);
      expect(warnings.join('\n')).to.contain('structures[0].acceptsNewPatients.declared: expected a real date as YYYY-MM-DD; acceptsNewPatients left out');
      const first = await fixture<MspDirectory>(html`<msp-directory .data=${directory([structure(1, { acceptsNewPatients: { value: true, declared: '2026-03-01' } })])}></msp-directory>`);
      await loaded(first);
      expect(text(parts(first).cards[0]!.querySelector('[part=badges]'))).to.equal('Accepte de nouveaux patients (déclaration du 1er mars 2026)');
    });

    it('uses the heading level it is given', async () => {
      const el = await demoDirectory((data) => html`<msp-directory heading-level="2" .data=${data}></msp-directory>`);
      expect(parts(el).root.querySelectorAll('h2[part=name]')).to.have.length(20);
      expect(parts(el).root.querySelector('h3')).to.equal(null);
    });
  });

  it('fits a 320 px wide screen, a long e-mail address included', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<MspDirectory>(
        html`<msp-directory .data=${directory([structure(1, { email: 'secretariat.maisondesantepluriprofessionnelle@orange.fr' })])}></msp-directory>`,
      );
      await loaded(el);
      const card = parts(el).cards[0]!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('search', () => {
    it('filters as you type, ignoring case, accents and hyphens, and announces the count once typing pauses', async () => {
      const el = await demoDirectory();
      await typeInto(parts(el).input, 'saint etienne', el);
      expect(parts(el).names).to.deep.equal(['MSP du Mont']);
      // The list follows every key; the live region waits for a pause, so it is read once.
      expect(text(parts(el).status)).to.equal('28 structures trouvées, 20 affichées');
      await announced(el, '1 structure trouvée');
      await typeInto(parts(el).input, 'SAINT-ÉTIENNE-AU-MONT', el);
      expect(parts(el).names).to.deep.equal(['MSP du Mont']);
      await typeInto(parts(el).input, 'somme', el);
      expect(parts(el).names).to.have.length(5);
      await announced(el, '5 structures trouvées');
      await expect(el).to.be.accessible();
    });

    it('"l\'ile" finds L’Île-Saint-Denis, and a postcode finds its town', async () => {
      const el = await fixture<MspDirectory>(html`<msp-directory
        .data=${directory([
          structure(1, { name: 'MSP de l’Île', address: { line1: '1 quai', postalCode: '93450', city: 'L’Île-Saint-Denis', department: '93' } }),
          structure(2, { address: { line1: '2 rue', postalCode: '62300', city: 'Lens', department: '62' } }),
        ])}
      ></msp-directory>`);
      await loaded(el);
      await typeInto(parts(el).input, "l'ile", el);
      expect(parts(el).names).to.deep.equal(['MSP de l’Île']);
      await typeInto(parts(el).input, '62300', el);
      expect(parts(el).names).to.deep.equal(['Maison de santé 002']);
    });

    it('says when nothing matches, suggests what to do, and offers to clear', async () => {
      const el = await demoDirectory();
      await typeInto(parts(el).input, 'zzzz', el);
      expect(parts(el).cards).to.have.length(0);
      await announced(el, 'Aucune structure ne correspond à votre recherche.');
      expect(text(parts(el).root.querySelector('.none'))).to.equal('Essayez un autre mot ou retirez des filtres.');
      expect(text(parts(el).clear)).to.equal('Effacer la recherche et les filtres');
      await expect(el).to.be.accessible();
    });

    it('says when the directory itself is empty, without filters or a hint to search otherwise', async () => {
      const el = await fixture<MspDirectory>(html`<msp-directory .data=${directory([])}></msp-directory>`);
      await loaded(el);
      const p = parts(el);
      expect(text(p.status)).to.equal('Aucune structure à afficher.');
      expect(p.root.querySelector('.none')).to.equal(null);
      expect(p.root.querySelector('[part=filters]')).to.equal(null);
      expect(p.cards).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows data whose update date is not a real date, without naming one', async () => {
      let el!: MspDirectory;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MspDirectory>(html`<msp-directory .data=${directory([structure(1)], { updated: '2026-02-30' })}></msp-directory>`);
        await loaded(el);
      });
      expect(warnings.join('\n')).to.contain('updated');
      expect(parts(el).cards).to.have.length(1);
      expect(text(parts(el).root.querySelector('[part=source]'))).to.equal('Source : Tests.');
    });

    it('credits the data’s source and says when it was updated, under the results', async () => {
      const el = await fixture<MspDirectory>(
        html`<msp-directory .data=${directory([structure(1)], { source: 'FINESS (data.gouv.fr, Licence Ouverte) et fédération.', updated: '2026-10-01' })}></msp-directory>`,
      );
      await loaded(el);
      const source = parts(el).root.querySelector('[part=source]')!;
      expect(text(source)).to.equal('Source : FINESS (data.gouv.fr, Licence Ouverte) et fédération. Mise à jour : 1er octobre 2026.');
      expect(source.compareDocumentPosition(parts(el).list!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
      const unsourced = await fixture<MspDirectory>(html`<msp-directory lang="en" .data=${directory([structure(1)], { source: undefined })}></msp-directory>`);
      await loaded(unsourced);
      expect(text(parts(unsourced).root.querySelector('[part=source]'))).to.equal('Updated: 2 November 2026.');
    });
  });

  describe('filters', () => {
    it('are native checkboxes and a select in fieldsets with legends', async () => {
      const el = await demoDirectory();
      const legends = [...parts(el).root.querySelectorAll('fieldset > legend')].map(text);
      expect(legends).to.deep.equal(['Professions présentes (toutes celles cochées)', 'Critères']);
      expect(parts(el).root.querySelectorAll('fieldset input[type=checkbox]').length).to.be.greaterThan(10);
      expect(text(parts(el).root.querySelector('label[for=dep]'))).to.equal('Département');
      expect([...parts(el).select!.options].map((o) => o.text)).to.deep.equal(['Tous les départements', 'Aisne (02)', 'Nord (59)', 'Oise (60)', 'Pas-de-Calais (62)', 'Somme (80)']);
    });

    it('are folded on a narrow screen, where the results then follow the search field; the title counts the filters set', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const el = await demoDirectory();
        const details = parts(el).root.querySelector<HTMLDetailsElement>('details[part=filters]')!;
        const summary = details.querySelector('summary')!;
        expect(details.open).to.equal(false);
        expect(text(summary)).to.equal('Filtres');
        // Folded, the result count is within the first screen, below the search field.
        expect(parts(el).status.getBoundingClientRect().bottom).to.be.lessThan(740);
        await expect(el).to.be.accessible();
        summary.focus();
        await sendKeys({ press: 'Enter' });
        expect(details.open).to.equal(true);
        await change(parts(el).checkbox('Sage-femme')!, true, el);
        await change(parts(el).select!, '62', el);
        expect(text(summary)).to.equal('Filtres (2)');
        expect(details.open, 'unfolded by the visitor, it stays so when the filters change').to.equal(true);
        summary.focus();
        await sendKeys({ press: 'Space' });
        expect(details.open).to.equal(false);
        await el.updateComplete;
        expect(details.open).to.equal(false);
        // "Effacer" stays within reach with the filters folded.
        expect(parts(el).clear!.checkVisibility()).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('are folded on a phone held sideways too, and unfolded on a wide window', async () => {
      try {
        for (const [width, height, open] of [
          [844, 390, false],
          [640, 360, false],
          [1280, 720, true],
        ] as const) {
          await setViewport({ width, height });
          const el = await demoDirectory();
          expect(parts(el).root.querySelector<HTMLDetailsElement>('details[part=filters]')!.open, `${width}×${height}`).to.equal(open);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('stay as the visitor folded or unfolded them when new data comes', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const el = await demoDirectory();
        const details = () => parts(el).root.querySelector<HTMLDetailsElement>('details[part=filters]')!;
        details().querySelector('summary')!.click();
        await el.updateComplete;
        expect(details().open).to.equal(true);
        await captureWarnings(async () => {
          el.data = directory([structure(1), structure(2, { phone: 'n/a', address: { line1: '1 rue', postalCode: '62000', city: 'Arras', department: '62' } })]);
          await el.updateComplete;
          expect(details(), 'taken down while the new data is checked').to.equal(null);
          await loaded(el);
        });
        expect(details().open).to.equal(true);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('fit a 375 px phone at 200 % text, every checkbox whole beside its label', async () => {
      const el = await demoDirectory();
      el.style.cssText = 'display: block; width: 343px; font-size: 32px';
      const details = parts(el).root.querySelector<HTMLDetailsElement>('details[part=filters]')!;
      details.open = true;
      await el.updateComplete;
      const { right } = el.getBoundingClientRect();
      const boxes = [...details.querySelectorAll('input[type=checkbox]')].map((box) => box.getBoundingClientRect());
      expect(boxes.length).to.be.greaterThan(10);
      for (const box of boxes) {
        expect(box.right, 'within the widget').to.be.at.most(right + 0.5);
        // None squeezed by a label on two lines (1.25em of the controls' own font size).
        expect(Math.round(box.width)).to.equal(Math.round(boxes[0]!.width));
        expect(box.width).to.be.at.least(16);
      }
    });

    it('are unfolded on a wider screen', async () => {
      const el = await demoDirectory();
      expect(parts(el).root.querySelector<HTMLDetailsElement>('details[part=filters]')!.open).to.equal(true);
    });

    it('professions: all those ticked must be present', async () => {
      const el = await demoDirectory();
      await change(parts(el).checkbox('Sage-femme')!, true, el);
      expect(parts(el).cards).to.have.length(10);
      await change(parts(el).checkbox('Diététicien ou diététicienne')!, true, el);
      expect(parts(el).names).to.deep.equal(['Pôle de santé du Cambrésis']);
      await announced(el, '1 structure trouvée');
    });

    it('département', async () => {
      const el = await demoDirectory();
      await change(parts(el).select!, '80', el);
      expect(parts(el).names.sort()).to.deep.equal(['Maison de santé de la Haute-Somme', 'Maison de santé Saint-Leu', 'MSP de la Baie', 'MSP de l’Ancre', 'Pôle de santé du Santerre'].sort());
      await announced(el, '5 structures trouvées');
    });

    it('accepts new patients, unscheduled care, federation member', async () => {
      const el = await demoDirectory();
      await change(parts(el).checkbox('Accepte de nouveaux patients')!, true, el);
      await announced(el, '15 structures trouvées');
      await change(parts(el).checkbox('Accepte de nouveaux patients')!, false, el);
      await change(parts(el).checkbox('Propose des soins non programmés')!, true, el);
      await announced(el, '13 structures trouvées');
      await change(parts(el).checkbox('Propose des soins non programmés')!, false, el);
      await change(parts(el).checkbox('Membre de la fédération')!, true, el);
      await announced(el, '21 structures trouvées, 20 affichées');
      expect(parts(el).cards.every((card) => text(card).includes('Membre de la fédération'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('open now, with the opening-hours engine, at the structure’s clock', async () => {
      const clock: FakeClock = installClock(new Date('2026-06-10T13:00:00+02:00'));
      try {
        const el = await demoDirectory();
        await change(parts(el).checkbox('Ouvert en ce moment')!, true, el);
        expect(parts(el).names).to.have.length(14);
        expect(parts(el).names).to.include('MSP du Vieux-Lille');
        expect(parts(el).names).to.not.include('Maison de santé des Dunes');
        expect(parts(el).cards.every((card) => card.querySelector('[data-state=open]'))).to.equal(true);
        // The coloured dot is not read out before "Ouvert".
        expect(getComputedStyle(parts(el).cards[0]!.querySelector('[data-state]')!, '::before').content).to.equal('"● " / ""');
      } finally {
        clock.uninstall();
      }
    });

    it('as time passes: each card says its new state at the instant it opens or closes, and "open now" follows', async () => {
      const clock: FakeClock = installClock(new Date('2026-06-10T18:59:00+02:00'));
      try {
        const el = await fixture<MspDirectory>(
          html`<msp-directory
            .data=${directory([structure(1, { openingHours: 'Mo-Fr 08:00-19:00' }), structure(2, { openingHours: 'Mo-Fr 08:00-20:00' }), structure(3)])}
          ></msp-directory>`,
        );
        await loaded(el);
        const states = () => parts(el).cards.map((card) => card.querySelector('[data-state]')?.getAttribute('data-state') ?? '');
        expect(states()).to.deep.equal(['open', 'open', '']);
        await clock.tick(0); // (widgets of earlier tests, gone from the page, leave the shared timer)
        expect(clock.pending()).to.deep.equal([Date.parse('2026-06-10T19:00:00+02:00')]);
        await clock.tickTo(new Date('2026-06-10T19:00:00+02:00'));
        await el.updateComplete;
        expect(states()).to.deep.equal(['closed', 'open', '']);
        await change(parts(el).checkbox('Ouvert en ce moment')!, true, el);
        expect(parts(el).names).to.deep.equal(['Maison de santé 002']);
        await clock.tickTo(new Date('2026-06-10T20:00:00+02:00'));
        await el.updateComplete;
        expect(parts(el).names).to.deep.equal([]);
        await announced(el, 'Aucune structure ne correspond à votre recherche.');
        // The next morning, the list fills again by itself.
        await clock.tickTo(new Date('2026-06-11T08:00:00+02:00'));
        await el.updateComplete;
        expect(parts(el).names).to.deep.equal(['Maison de santé 001', 'Maison de santé 002']);
      } finally {
        clock.uninstall();
      }
    });

    it('a card that goes with the focus in it (the clock closed it under "open now") leaves the focus on the count', async () => {
      const clock: FakeClock = installClock(new Date('2026-06-10T18:59:00+02:00'));
      try {
        const data = directory([
          structure(1, { openingHours: 'Mo-Fr 08:00-19:00', website: 'https://a.example/' }),
          structure(2, { openingHours: 'Mo-Fr 08:00-20:00', website: 'https://b.example/' }),
        ]);
        const el = await fixture<MspDirectory>(html`<msp-directory .data=${data}></msp-directory>`);
        await loaded(el);
        await change(parts(el).checkbox('Ouvert en ce moment')!, true, el);
        parts(el).cards[0]!.querySelector<HTMLAnchorElement>('a[href="https://a.example/"]')!.focus();
        await clock.tickTo(new Date('2026-06-10T19:00:00+02:00'));
        await el.updateComplete;
        expect(parts(el).names).to.deep.equal(['Maison de santé 002']);
        expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'the focus').to.equal('status');
      } finally {
        clock.uninstall();
      }
    });

    it('says the count again when a change of filter leaves it the same: the list under it changed', async () => {
      const at = (i: number, department: string, postalCode: string) =>
        structure(i, { address: { line1: `${i} rue`, postalCode, city: 'Ville', department } });
      const el = await fixture<MspDirectory>(html`<msp-directory .data=${directory([at(1, '59', '59000'), at(2, '59', '59100'), at(3, '62', '62000'), at(4, '62', '62100')])}></msp-directory>`);
      await loaded(el);
      await change(parts(el).select!, '59', el);
      await announced(el, '2 structures trouvées');
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(parts(el).status.textContent ?? ''));
      observer.observe(parts(el).status, { subtree: true, characterData: true, childList: true });
      await change(parts(el).select!, '62', el);
      expect(parts(el).names).to.deep.equal(['Maison de santé 003', 'Maison de santé 004']);
      await waitUntil(() => said.length > 0, 'the count said again');
      observer.disconnect();
      expect(text(parts(el).status)).to.equal('2 structures trouvées');
    });

    it('as time passes with "open now": the pages shown stay; a directory taken off the page leaves the clock, and asks again when back', async () => {
      const clock: FakeClock = installClock(new Date('2026-06-10T11:59:00+02:00'));
      try {
        const data = directory(Array.from({ length: 45 }, (_, i) => structure(i + 1, { openingHours: i === 44 ? 'Mo-Fr 08:00-12:00' : 'Mo-Fr 08:00-19:00' })));
        const el = await fixture<MspDirectory>(html`<msp-directory .data=${data}></msp-directory>`);
        await loaded(el);
        await change(parts(el).checkbox('Ouvert en ce moment')!, true, el);
        parts(el).more!.click();
        await el.updateComplete;
        expect(parts(el).cards).to.have.length(40);
        await clock.tickTo(new Date('2026-06-10T12:00:00+02:00'));
        await el.updateComplete;
        expect(parts(el).names).to.not.include('Maison de santé 045');
        expect(parts(el).cards, 'the second page is still shown').to.have.length(40);
        await announced(el, '44 structures trouvées, 40 affichées');
        const parent = el.parentElement!;
        el.remove();
        await clock.tick(0);
        // (`announced` waits with a 3 s time-out, on the fake clock too: left aside.)
        const clockTimers = () => clock.pending().filter((t) => t > Date.parse('2026-06-10T12:00:03+02:00'));
        expect(clockTimers(), 'no timer for a directory off the page').to.deep.equal([]);
        parent.append(el);
        await el.updateComplete;
        expect(clockTimers(), 'the clock asked again (for 19:00, in waits of an hour at most)').to.deep.equal([Date.parse('2026-06-10T13:00:00+02:00')]);
        await clock.tickTo(new Date('2026-06-10T19:00:00+02:00'));
        await el.updateComplete;
        await announced(el, 'Aucune structure ne correspond à votre recherche.');
      } finally {
        clock.uninstall();
      }
    });

    it('clear-all resets the search and every filter, and puts the focus back in the search field', async () => {
      const el = await demoDirectory();
      await typeInto(parts(el).input, 'maison', el);
      await change(parts(el).select!, '59', el);
      await change(parts(el).checkbox('Membre de la fédération')!, true, el);
      expect(parts(el).cards.length).to.be.lessThan(20);
      parts(el).clear!.click();
      await el.updateComplete;
      await el.updateComplete;
      const p = parts(el);
      expect(p.input.value).to.equal('');
      expect(p.select!.value).to.equal('');
      expect(p.checkbox('Membre de la fédération')!.checked).to.equal(false);
      expect(p.clear).to.equal(null);
      expect(p.cards).to.have.length(20);
      expect(p.root.activeElement).to.equal(p.input);
      await announced(el, '28 structures trouvées, 20 affichées');
    });

    it('shows the département it filters by once the visitor has chosen "Tous" in between', async () => {
      // Each option the visitor picks stops following its `selected` attribute (Firefox: every
      // option the choice changes): the rendered state must be set as the options' property.
      const el = await demoDirectory();
      for (const value of ['59', '', '59']) await change(parts(el).select!, value, el);
      parts(el).clear!.click();
      await el.updateComplete;
      expect(parts(el).select!.value).to.equal('');
      expect(parts(el).cards).to.have.length(20);
    });

    it('fires msp-directory-change with the filters and the count', async () => {
      const el = await demoDirectory();
      const events: CustomEvent<{ count: number; filters: { department: string } }>[] = [];
      el.addEventListener('msp-directory-change', (e) => events.push(e));
      await change(parts(el).select!, '62', el);
      await waitUntil(() => events.length === 1);
      expect(events[0]!.detail.count).to.equal(7);
      expect(events[0]!.detail.filters.department).to.equal('62');
    });
    it('lets go of a filter that new data cannot offer (its control is gone)', async () => {
      const el = await demoDirectory();
      await change(parts(el).checkbox('Membre de la fédération')!, true, el);
      await change(parts(el).select!, '80', el);
      await announced(el, '4 structures trouvées');
      el.data = directory([structure(1), structure(2, { member: false, address: { line1: '2 rue', postalCode: '62300', city: 'Lens', department: '62' } })]);
      await loaded(el);
      await el.updateComplete;
      const p = parts(el);
      expect(p.checkbox('Membre de la fédération')).to.equal(null);
      expect(p.select!.value).to.equal('');
      expect(p.cards).to.have.length(2);
      expect(p.clear).to.equal(null);
      await announced(el, '2 structures trouvées');
    });
  });

  describe('pagination', () => {
    it('"Afficher plus" adds a page and moves the focus to the first new result, without scrolling the page', async () => {
      const el = await fixture<MspDirectory>(html`<msp-directory .data=${directory(Array.from({ length: 45 }, (_, i) => structure(i + 1)))}></msp-directory>`);
      await loaded(el);
      expect(parts(el).cards).to.have.length(20);
      const more = parts(el).more!;
      expect(text(more)).to.equal('Afficher 20 structures de plus');
      more.scrollIntoView({ block: 'center' });
      const scroll = window.scrollY;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      const p = parts(el);
      expect(p.cards).to.have.length(40);
      expect(p.root.activeElement).to.equal(p.root.querySelectorAll('[part=name]')[20]);
      expect(text(p.root.activeElement)).to.equal('Maison de santé 021');
      expect(Math.abs(window.scrollY - scroll)).to.be.lessThan(2);
      await announced(el, '45 structures trouvées, 40 affichées');
      expect(text(p.more)).to.equal('Afficher 5 structures de plus');
      await expect(el).to.be.accessible();
      p.more!.click();
      await el.updateComplete;
      expect(parts(el).more).to.equal(null);
      expect(parts(el).root.activeElement).to.equal(parts(el).root.querySelectorAll('[part=name]')[40]);
    });

    it('takes its page size from page-size, and starts again at one page when the results change', async () => {
      const el = await fixture<MspDirectory>(html`<msp-directory page-size="5" .data=${directory(Array.from({ length: 12 }, (_, i) => structure(i + 1)))}></msp-directory>`);
      await loaded(el);
      expect(parts(el).cards).to.have.length(5);
      parts(el).more!.click();
      await el.updateComplete;
      expect(parts(el).cards).to.have.length(10);
      await typeInto(parts(el).input, 'maison', el);
      await typeInto(parts(el).input, 'maison de', el);
      expect(parts(el).cards).to.have.length(10);
      await typeInto(parts(el).input, '005', el);
      expect(parts(el).names).to.deep.equal(['Maison de santé 005']);
      await typeInto(parts(el).input, '', el);
      expect(parts(el).cards).to.have.length(5);
    });

    it('says in the console which page-size it cannot use, and shows 20 results a page', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<MspDirectory>(html`<msp-directory page-size="vingt" .data=${directory(Array.from({ length: 25 }, (_, i) => structure(i + 1)))}></msp-directory>`);
        await loaded(el);
        expect(parts(el).cards).to.have.length(20);
        el.setAttribute('page-size', '0');
        await el.updateComplete;
      });
      expect(warnings.filter((w) => w.includes('page-size'))).to.deep.equal([
        '[msp-directory] page-size: "vingt" is not a number from 1; 20 results a page are shown',
        '[msp-directory] page-size: "0" is not a number from 1; 20 results a page are shown',
      ]);
    });
  });

  describe('data sources, loading and failures', () => {
    it('shows a loading state, then the results from src', async () => {
      const el = await fixture<MspDirectory>(html`<msp-directory src=${api('slow')}></msp-directory>`);
      expect(text(parts(el).status)).to.equal('Chargement de l’annuaire…');
      expect(parts(el).list).to.equal(null);
      await expect(el).to.be.accessible();
      await loaded(el);
      expect(text(parts(el).status)).to.equal('28 structures trouvées, 20 affichées');
    });

    it('keeps a screen’s height while its data comes, so that what follows on the page does not jump when the results show', async () => {
      // A page as a webmaster writes it, with no room kept for the directory in its own styles.
      const page = await fixture<HTMLElement>(html`<div>
        <msp-directory src=${api('slow')}></msp-directory>
        <p id="after">Lettre d’information</p>
      </div>`);
      const el = page.querySelector<MspDirectory>('msp-directory')!;
      const after = page.querySelector('#after')!;
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
          if (entry.sources.some((s) => s.node === after)) shifts.push(entry.value);
        }
      });
      observer.observe({ type: 'layout-shift' });
      try {
        await el.updateComplete;
        expect(text(parts(el).status)).to.equal('Chargement de l’annuaire…');
        // What follows is below the screen while loading: the results push it there unseen.
        expect(after.getBoundingClientRect().top).to.be.at.least(window.innerHeight);
        await expect(el).to.be.accessible();
        await loaded(el);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        expect(parts(el).cards).to.have.length(20);
        expect(shifts).to.deep.equal([]);
      } finally {
        observer.disconnect();
      }
    });

    it('keeps no room once the results show, however short, nor after a failure', async () => {
      const el = await fixture<MspDirectory>(html`<msp-directory .data=${directory([structure(1)])}></msp-directory>`);
      await loaded(el);
      // (A screen's height kept would make it taller than the screen, its search field included.)
      expect(el.getBoundingClientRect().height).to.be.lessThan(window.innerHeight);
      const failed = await fixture<MspDirectory>(html`<msp-directory src=${api('flaky')}></msp-directory>`);
      await waitUntil(() => parts(failed).alert.querySelector('button'), 'no retry button');
      expect(failed.getBoundingClientRect().height).to.be.lessThan(window.innerHeight);
    });

    it('loads again when moved while its data was coming (the first request was cut off)', async () => {
      const el = await fixture<MspDirectory>(html`<msp-directory src=${api('slow')}></msp-directory>`);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await loaded(el);
      expect(text(parts(el).status)).to.equal('28 structures trouvées, 20 affichées');
    });

    it('reads an inline JSON child', async () => {
      const json = JSON.stringify(directory([structure(1), structure(2)]));
      const el = await fixture<MspDirectory>(html`<msp-directory><script type="application/json">${json}</script></msp-directory>`);
      await loaded(el);
      expect(parts(el).cards).to.have.length(2);
    });

    it('waits for the page to be read before judging an inline JSON child the parser is still writing', async () => {
      const json = JSON.stringify(directory([structure(1), structure(2)]));
      // The page is loading, as when the element is defined before the parser reaches its data's end.
      Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
      let el!: MspDirectory;
      try {
        const warnings = await captureWarnings(async () => {
          el = await fixture<MspDirectory>(html`<msp-directory><script type="application/json">${json.slice(0, 40)}</script></msp-directory>`);
          await el.updateComplete;
          // The rest of the text arrives.
          el.querySelector('script')!.textContent = json;
          await loaded(el);
        });
        expect(warnings.filter((w) => w.includes('inline JSON'))).to.deep.equal([]);
        expect(parts(el).cards).to.have.length(2);
        // Text that stays broken once the page is read is said, in the console and in the widget.
        const broken = await captureWarnings(async () => {
          el.querySelector('script')!.textContent = '{"version": 1,';
          await el.updateComplete;
          expect(parts(el).cards).to.have.length(2);
          delete (document as { readyState?: unknown }).readyState;
          document.dispatchEvent(new Event('DOMContentLoaded'));
          await el.updateComplete;
        });
        expect(broken.join('\n')).to.contain('[msp-directory] inline JSON ignored');
        expect(parts(el).cards).to.have.length(0);
      } finally {
        delete (document as { readyState?: unknown }).readyState;
      }
    });

    it('on a failed fetch, says so with a retry button, and retries', async () => {
      let el!: MspDirectory;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MspDirectory>(html`<msp-directory src=${api('flaky')}></msp-directory>`);
        await waitUntil(() => parts(el).alert.querySelector('button'));
      });
      expect(warnings.join('\n')).to.match(/\[msp-directory\] src: .*flaky could not be loaded \(HTTP 503\)/);
      const p = parts(el);
      expect(text(p.alert.querySelector('p'))).to.equal('L’annuaire n’a pas pu être chargé (connexion ou serveur indisponible).');
      expect(text(p.alert.querySelector('button'))).to.equal('Réessayer');
      expect(p.alert.getBoundingClientRect().height).to.be.greaterThan(40);
      await expect(el).to.be.accessible();
      // Tried again while the server is still down: the focus goes to the new button, not to an
      // empty status (the pressed one went while loading).
      const first = p.alert.querySelector('button')!;
      first.focus();
      await captureWarnings(async () => {
        first.click();
        await waitUntil(() => parts(el).alert.querySelector('button') && parts(el).alert.querySelector('button') !== first, 'no second failure');
        await el.updateComplete;
      });
      expect(parts(el).root.activeElement).to.equal(parts(el).alert.querySelector('button'));
      await fetch(api('flaky/up'), { method: 'POST' });
      p.alert.querySelector('button')!.click();
      await loaded(el);
      expect(parts(el).cards).to.have.length(20);
      expect(text(parts(el).alert)).to.equal('');
      // The empty region takes no room and draws no border (its template's spaces stay in the
      // sources the tests load, as in the npm package and Storybook).
      expect(parts(el).alert.getBoundingClientRect().height).to.equal(0);
      expect(getComputedStyle(parts(el).alert).borderLeftStyle).to.equal('none');
      expect(parts(el).root.activeElement).to.equal(parts(el).status);
    });

    it('tried again, a file now gone: the focus goes from the pressed button to the message, not to an empty status', async () => {
      let el!: MspDirectory;
      await captureWarnings(async () => {
        el = await fixture<MspDirectory>(html`<msp-directory src=${api('flaky')}></msp-directory>`);
        await waitUntil(() => parts(el).alert.querySelector('button'));
      });
      await fetch(api('flaky/gone'), { method: 'POST' });
      const button = parts(el).alert.querySelector('button')!;
      button.focus();
      const warnings = await captureWarnings(async () => {
        button.click();
        await waitUntil(() => /introuvables/.test(text(parts(el).alert)), 'no message for the 404');
        await el.updateComplete;
      });
      expect(warnings.join('\n')).to.match(/flaky answered HTTP 404/);
      expect(parts(el).alert.querySelector('button')).to.equal(null);
      // (A boolean: a failed comparison of two elements stalls the test runner's report.)
      expect(parts(el).root.activeElement === parts(el).alert, `focus on ${parts(el).root.activeElement?.outerHTML.slice(0, 60)}`).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('gives up on a server that does not answer, with the retry button, after 30 seconds', async () => {
      const clock = installClock(new Date('2026-06-10T10:00:00+02:00'));
      try {
        let el!: MspDirectory;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MspDirectory>(html`<msp-directory src=${api('stalled')}></msp-directory>`);
          await clock.tick(29_000);
          expect(text(parts(el).status)).to.equal('Chargement de l’annuaire…');
          expect(parts(el).alert.querySelector('button')).to.equal(null);
          await clock.tick(1_000);
          // WebKit rejects an aborted fetch a task later than Chromium. Frame by frame: the fake
          // clock holds back the timers `waitUntil` polls with.
          for (let frame = 0; !parts(el).alert.querySelector('button'); frame++) {
            if (frame === 300) throw new Error('no retry button');
            await new Promise(requestAnimationFrame);
          }
        });
        expect(warnings.join('\n')).to.match(/\[msp-directory\] src: .*stalled could not be loaded \(no answer in 30 s\)/);
        expect(text(parts(el).alert.querySelector('p'))).to.equal('L’annuaire n’a pas pu être chargé (connexion ou serveur indisponible).');
        expect(text(parts(el).alert.querySelector('button'))).to.equal('Réessayer');
      } finally {
        clock.uninstall();
      }
    });

    it('says that a missing or forbidden file cannot be shown, without a useless retry, and retries a busy server', async () => {
      for (const [route, status] of [['missing', 404], ['forbidden', 403]] as const) {
        let el!: MspDirectory;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MspDirectory>(html`<msp-directory src=${api(route)}></msp-directory>`);
          await waitUntil(() => text(parts(el).alert), `no message for ${status}`);
        });
        expect(text(parts(el).alert)).to.equal('L’annuaire ne peut pas être affiché : ses données sont introuvables ou illisibles.');
        expect(parts(el).alert.querySelector('button')).to.equal(null);
        expect(warnings.join('\n')).to.match(new RegExp(`\\[msp-directory\\] src: .*${route} answered HTTP ${status}`));
        await expect(el).to.be.accessible();
      }
      // Too many requests at once: later, it may work.
      let busy!: MspDirectory;
      const warnings = await captureWarnings(async () => {
        busy = await fixture<MspDirectory>(html`<msp-directory src=${api('busy')}></msp-directory>`);
        await waitUntil(() => parts(busy).alert.querySelector('button'), 'no retry button for 429');
      });
      expect(text(parts(busy).alert.querySelector('p'))).to.equal('L’annuaire n’a pas pu être chargé (connexion ou serveur indisponible).');
      expect(warnings.join('\n')).to.contain('could not be loaded (HTTP 429)');
    });

    it('says that data which is not a directory cannot be shown, without a useless retry', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<MspDirectory>(html`<msp-directory src=${api('not-json')}></msp-directory>`);
        await waitUntil(() => text(parts(el).alert));
        expect(text(parts(el).alert)).to.equal('L’annuaire ne peut pas être affiché : ses données sont introuvables ou illisibles.');
        expect(parts(el).alert.querySelector('button')).to.equal(null);
        await expect(el).to.be.accessible();
      });
      expect(warnings.join('\n')).to.contain('is not JSON');
    });

    it('says so in the widget too when src is not an http(s) address (javascript:), and fetches nothing', async () => {
      const fetchesBefore = performance.getEntriesByType('resource').length;
      let el!: MspDirectory;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MspDirectory>(html`<msp-directory src="javascript:alert(1)"></msp-directory>`);
        await waitUntil(() => text(parts(el).alert));
      });
      expect(text(parts(el).alert)).to.equal('L’annuaire ne peut pas être affiché : ses données sont introuvables ou illisibles.');
      expect(parts(el).alert.querySelector('button')).to.equal(null);
      expect(warnings).to.include('[msp-directory] src: "javascript:alert(1)" is not an http(s) URL');
      expect(performance.getEntriesByType('resource').length).to.equal(fetchesBefore);
      await expect(el).to.be.accessible();
      // A valid address given afterwards is read as usual.
      el.src = api('demo');
      await loaded(el);
      expect(parts(el).cards.length).to.be.greaterThan(0);
    });

    it('leaves out invalid entries with a console warning naming the path, and shows the rest', async () => {
      let el!: MspDirectory;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MspDirectory>(html`<msp-directory
          .data=${directory([
            structure(1),
            structure(2, { address: { line1: 'x', postalCode: '5900', city: 'Lille', department: '59' } }),
            structure(3, { kind: 'hopital' }),
            structure(4, { website: 'javascript:alert(1)' }),
          ])}
        ></msp-directory>`);
        await loaded(el);
      });
      expect(parts(el).names).to.deep.equal(['Maison de santé 001', 'Maison de santé 004']);
      expect(warnings).to.include('[msp-directory] structures[1].address.postalCode: expected a postcode of 5 digits; structure "Maison de santé 002" not shown');
      expect(warnings.some((w) => w.startsWith('[msp-directory] structures[2].kind: expected a kind among'))).to.equal(true);
      expect(warnings).to.include('[msp-directory] structures[3].website: expected an http(s) URL; website left out');
      expect(text(parts(el).root.querySelector('[part=note]'))).to.equal('2 fiches incomplètes non affichées.');
      expect(parts(el).cards[1]!.querySelector('a[href^="javascript"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('renders every string as text: markup in the data stays inert', async () => {
      const xss = '<img src=x onerror="window.__xss = 1">';
      const el = await fixture<MspDirectory>(html`<msp-directory
        .data=${directory([
          structure(1, {
            name: `MSP ${xss}`,
            address: { line1: `<script>window.__xss = 2</script>`, postalCode: '59000', city: `Lille ${xss}`, department: '59' },
            accessibility: { note: xss },
            openingHours: `Mo-Fr 08:00-12:00 "${'<b onmouseover=alert(1)>x</b>'}"`,
          }),
        ])}
      ></msp-directory>`);
      await loaded(el);
      await aTimeout(50);
      const p = parts(el);
      expect(p.root.querySelector('img, script, b')).to.equal(null);
      expect(p.names[0]).to.equal(`MSP ${xss}`);
      expect(text(p.cards[0])).to.contain('<script>window.__xss = 2</script>');
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });

    it('re-renders when given new data', async () => {
      const el = await fixture<MspDirectory>(html`<msp-directory .data=${directory([structure(1)])}></msp-directory>`);
      await loaded(el);
      el.data = directory([structure(5), structure(6), structure(7)]);
      await el.updateComplete;
      await el.updateComplete;
      expect(parts(el).cards).to.have.length(3);
    });
  });

  describe('"Autour de moi"', () => {
    // Chromium's own geolocation, put in each state by a test-runner command (puppeteer and the
    // DevTools protocol): the widget calls the browser's navigator.geolocation. A spy counts the
    // calls and passes them on.
    const geolocation = (state: { permission: 'granted' | 'denied' | 'prompt'; position?: { latitude: number; longitude: number } | null }) =>
      executeServerCommand('geolocation', state);
    const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    let asked = 0;
    beforeEach(() => {
      asked = 0;
      navigator.geolocation.getCurrentPosition = (...args) => {
        asked++;
        original(...args);
      };
    });
    afterEach(async () => {
      navigator.geolocation.getCurrentPosition = original;
      await geolocation({ permission: 'prompt' });
    });

    it('asks only on click, then sorts by distance and shows it', async () => {
      await geolocation({ permission: 'granted', position: { latitude: 50.43, longitude: 2.83 } });
      const el = await demoDirectory();
      expect(asked).to.equal(0);
      const p = parts(el);
      expect(p.near.getAttribute('aria-pressed')).to.equal('false');
      const unpressed = getComputedStyle(p.near).backgroundColor;
      p.near.click();
      await waitUntil(() => parts(el).near.getAttribute('aria-pressed') === 'true', 'the position', { timeout: 5000 });
      await el.updateComplete;
      expect(asked).to.equal(1);
      // Pressed is filled, not pressed is outlined: the state shows by more than a word read aloud;
      // and by a mark, which forced colours (that take the fill away) keep.
      expect(getComputedStyle(parts(el).near).backgroundColor).to.not.equal(unpressed);
      expect(getComputedStyle(parts(el).near, '::before').content).to.match(/^"✓ "/);
      const cards = parts(el).cards;
      expect(parts(el).names.slice(0, 2)).to.deep.equal(['MSP des Corons', 'Pôle de santé des Boves']);
      expect(text(cards[0]!.querySelector('.distance'))).to.match(/^À 0,\d km$/);
      expect(text(cards[1]!.querySelector('.distance'))).to.match(/^À 1\d km$/);
      expect(text(parts(el).geoMessage)).to.equal('Classement de la plus proche à la plus éloignée. Votre position reste sur votre appareil.');
      // Said once, by its live region: the button is not described by it too (Orca said it twice).
      expect(parts(el).geoMessage.getAttribute('aria-live')).to.equal('polite');
      expect(parts(el).near.hasAttribute('aria-describedby')).to.equal(false);
      await expect(el).to.be.accessible();
      parts(el).near.click();
      await el.updateComplete;
      expect(parts(el).near.getAttribute('aria-pressed')).to.equal('false');
      expect(getComputedStyle(parts(el).near, '::before').content).to.equal('none');
      expect(parts(el).root.querySelector('.distance')).to.equal(null);
    });

    it('explains a refusal and keeps working', async () => {
      await geolocation({ permission: 'denied' });
      const el = await demoDirectory();
      parts(el).near.click();
      // Past "Recherche de votre position…": the browser answers in its own time.
      await waitUntil(() => text(parts(el).geoMessage) && !text(parts(el).geoMessage).startsWith('Recherche'), 'the answer', { timeout: 5000 });
      expect(text(parts(el).geoMessage)).to.equal(
        'Vous n’avez pas autorisé la localisation : les structures restent classées par nom. Cherchez plutôt par commune ou code postal.',
      );
      expect(parts(el).near.getAttribute('aria-pressed')).to.equal('false');
      expect(parts(el).cards).to.have.length(20);
      await typeInto(parts(el).input, 'lens', el);
      expect(parts(el).names).to.deep.equal(['MSP des Corons']);
      await expect(el).to.be.accessible();
    });

    it('explains when the position cannot be found', async () => {
      await geolocation({ permission: 'granted', position: null });
      const el = await demoDirectory();
      parts(el).near.click();
      // Past "Recherche de votre position…": the browser answers in its own time.
      await waitUntil(() => text(parts(el).geoMessage) && !text(parts(el).geoMessage).startsWith('Recherche'), 'the answer', { timeout: 5000 });
      expect(text(parts(el).geoMessage)).to.match(/^Votre position n’a pas pu être déterminée/);
    });
  });

  describe('url-state', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('starts from the filters in the address, and keeps them there (replaceState, no new history entry)', async () => {
      history.replaceState(null, '', `${location.pathname}?page=annuaire&departement=62&recherche=maison&adherent=1`);
      const length = history.length;
      const el = await demoDirectory((data) => html`<msp-directory url-state .data=${data}></msp-directory>`);
      const p = parts(el);
      expect(p.input.value).to.equal('maison');
      expect(p.select!.value).to.equal('62');
      expect(p.checkbox('Membre de la fédération')!.checked).to.equal(true);
      expect(p.names.sort()).to.deep.equal(['Maison de santé de la Liane', 'Maison de santé du Beffroi']);
      await change(p.checkbox('Sage-femme')!, true, el);
      expect(new URLSearchParams(location.search).toString()).to.equal('page=annuaire&recherche=maison&profession=sage-femme&departement=62&adherent=1');
      parts(el).clear!.click();
      await el.updateComplete;
      // The address follows within WRITE_INTERVAL (300 ms) of the last change.
      await waitUntil(() => location.search === '?page=annuaire', 'the address follows the cleared filters');
      expect(history.length).to.equal(length);
    });

    it('rewrites the address a few times a second at most while the visitor types, and ends on what was typed', async () => {
      // Browsers limit how often a page rewrites its address (Safari throws past 100 times in 10 s).
      const el = await demoDirectory((data) => html`<msp-directory url-state .data=${data}></msp-directory>`);
      const replaceState = history.replaceState.bind(history);
      let writes = 0;
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        writes++;
        replaceState(...args);
      };
      try {
        await typeInto(parts(el).input, 'maison de santé du beffroi', el);
        await waitUntil(() => new URLSearchParams(location.search).get('recherche') === 'maison de santé du beffroi', 'the address ends on the whole query');
        expect(writes).to.be.within(1, 3);
        expect(parts(el).names).to.deep.equal(['Maison de santé du Beffroi']);
      } finally {
        history.replaceState = replaceState;
      }
    });

    it('ignores a département code in the address that is no département', async () => {
      history.replaceState(null, '', `${location.pathname}?departement=99`);
      const el = await demoDirectory((data) => html`<msp-directory url-state .data=${data}></msp-directory>`);
      expect(parts(el).select!.value).to.equal('');
      expect(parts(el).names.length).to.be.greaterThan(1);
    });

    // A link made for other data (or before the data changed): its filters that this data cannot
    // offer have no control here, so they are not applied, nor written back.
    const noHoursNoMembers = () =>
      directory([
        structure(1, { member: false, professions: [{ code: 'infirmier' }], acceptsNewPatients: { value: true, declared: '2026-10-05' } }),
        structure(2, { member: false, professions: [{ code: 'infirmier' }], acceptsNewPatients: { value: true, declared: '2026-10-05' }, address: { line1: '2 rue', postalCode: '62300', city: 'Lens', department: '62' } }),
        structure(3, { member: false }),
      ]);

    it('ignores "open now" and "federation member" in the address when no structure has hours or is a member', async () => {
      history.replaceState(null, '', `${location.pathname}?page=annuaire&ouvert=1&adherent=1`);
      const el = await fixture<MspDirectory>(html`<msp-directory url-state .data=${noHoursNoMembers()}></msp-directory>`);
      await loaded(el);
      const p = parts(el);
      expect(p.checkbox('Ouvert en ce moment')).to.equal(null);
      expect(p.checkbox('Membre de la fédération')).to.equal(null);
      expect(p.cards).to.have.length(3);
      await announced(el, '3 structures trouvées');
      // Nothing visible is set: no "clear" button for filters one cannot see.
      expect(p.clear).to.equal(null);
      await change(p.checkbox('Accepte de nouveaux patients')!, true, el);
      await waitUntil(() => location.search === '?page=annuaire&nouveaux-patients=1', 'the address is written without them');
      await announced(el, '2 structures trouvées');
      await expect(el).to.be.accessible();
    });

    it('ignores a profession or a département in the address that the data does not have, and keeps the others', async () => {
      history.replaceState(null, '', `${location.pathname}?profession=sage-femme&profession=infirmier&departement=80&nouveaux-patients=1`);
      const el = await fixture<MspDirectory>(html`<msp-directory url-state .data=${noHoursNoMembers()}></msp-directory>`);
      await loaded(el);
      const p = parts(el);
      expect(p.checkbox('Sage-femme')).to.equal(null);
      expect(p.checkbox('Infirmier ou infirmière')!.checked).to.equal(true);
      expect(p.checkbox('Accepte de nouveaux patients')!.checked).to.equal(true);
      expect(p.select!.value).to.equal('');
      expect([...p.select!.options].map((o) => o.value)).to.deep.equal(['', '59', '62']);
      expect(p.names).to.deep.equal(['Maison de santé 001', 'Maison de santé 002']);
      await announced(el, '2 structures trouvées');
      const events: CustomEvent<{ filters: DirectoryFilters }>[] = [];
      el.addEventListener('msp-directory-change', (e) => events.push(e));
      await change(p.select!, '62', el);
      await waitUntil(() => events.length === 1);
      expect(events[0]!.detail.filters).to.deep.include({ professions: ['infirmier'], department: '62', newPatients: true });
      await waitUntil(() => location.search === '?profession=infirmier&departement=62&nouveaux-patients=1', 'the address is written without them');
      await announced(el, '1 structure trouvée');
    });

    it('lets go of them too when the data comes after the address is read (src)', async () => {
      // The demo data has no social worker and nothing in Paris.
      history.replaceState(null, '', `${location.pathname}?profession=assistant-social&profession=sage-femme&departement=75`);
      const el = await fixture<MspDirectory>(html`<msp-directory url-state src=${api('demo')}></msp-directory>`);
      await loaded(el);
      const p = parts(el);
      expect(p.checkbox('Sage-femme')!.checked).to.equal(true);
      expect(p.select!.value).to.equal('');
      expect(p.cards).to.have.length(10);
      await announced(el, '10 structures trouvées');
    });

    it('leaves the address alone without url-state', async () => {
      const el = await demoDirectory();
      await change(parts(el).select!, '62', el);
      expect(location.href).to.equal(start);
    });
  });

  describe('structured data', () => {
    it('writes schema.org MedicalClinic JSON-LD into the light DOM', async () => {
      const el = await demoDirectory((data) => html`<msp-directory structured-data .data=${data}></msp-directory>`);
      const script = await waitUntil(() => el.querySelector('script[type="application/ld+json"]')).then(() => el.querySelector('script[type="application/ld+json"]')!);
      await waitUntil(() => script.textContent);
      const json: { '@context': string; '@graph': Record<string, unknown>[] } = JSON.parse(script.textContent);
      expect(json['@context']).to.equal('https://schema.org');
      expect(json['@graph']).to.have.length(28);
      const dunes = json['@graph'].find((c) => c.name === 'Maison de santé des Dunes')!;
      expect(dunes['@type']).to.equal('MedicalClinic');
      expect(dunes.telephone).to.equal('03 53 73 00 10');
      expect(dunes.isAcceptingNewPatients).to.equal(true);
      expect(dunes.address).to.deep.include({ '@type': 'PostalAddress', postalCode: '59140', addressLocality: 'Dunkerque', addressCountry: 'FR' });
      expect(dunes.geo).to.deep.equal({ '@type': 'GeoCoordinates', latitude: 51.0343, longitude: 2.3768 });
      expect((dunes.openingHoursSpecification as unknown[]).length).to.be.greaterThan(0);
      // "PH off", whether or not a holiday falls within the four weeks written.
      expect(dunes.openingHoursSpecification).to.deep.include({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/PublicHolidays'],
        opens: '00:00',
        closes: '00:00',
      });
      el.structuredData = false;
      await el.updateComplete;
      await waitUntil(() => !el.querySelector('script[type="application/ld+json"]'));
    });

    it('writes a large directory’s JSON-LD a slice at a time, so that the page keeps running meanwhile', async () => {
      const many = Array.from({ length: 1000 }, (_, i) => structure(i, { openingHours: 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off' }));
      const el = await fixture<MspDirectory>(html`<msp-directory structured-data .data=${directory(many)}></msp-directory>`);
      await loaded(el);
      // A task queued now runs between slices; without slicing, the script was written before any.
      let turns = 0;
      const turn = () => {
        turns++;
        if (!el.querySelector('script[type="application/ld+json"]')) setTimeout(turn);
      };
      setTimeout(turn);
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]')?.textContent, 'the JSON-LD', { timeout: 20_000 });
      expect(turns).to.be.greaterThan(2);
      const json: { '@graph': unknown[] } = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent);
      expect(json['@graph']).to.have.length(1000);
    });

    it('leaves one script when structured-data is switched off and on while the JSON-LD is being made, and none once off', async () => {
      const many = Array.from({ length: 1000 }, (_, i) => structure(i, { openingHours: 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off' }));
      const el = await fixture<MspDirectory>(html`<msp-directory structured-data .data=${directory(many)}></msp-directory>`);
      await loaded(el);
      el.structuredData = false;
      await el.updateComplete;
      el.structuredData = true;
      await el.updateComplete;
      const scripts = () => el.querySelectorAll('script[type="application/ld+json"]').length;
      await waitUntil(() => scripts() > 0, 'the JSON-LD', { timeout: 20_000 });
      // Time for a first job that was not dropped to write its own.
      await aTimeout(1500);
      expect(scripts()).to.equal(1);
      el.structuredData = false;
      await el.updateComplete;
      await aTimeout(500);
      expect(scripts()).to.equal(0);
    });

    it('cannot be closed early by a name: no "<" in the script', async () => {
      const el = await fixture<MspDirectory>(html`<msp-directory structured-data .data=${directory([structure(1, { name: 'MSP </script><img src=x onerror=alert(1)>' })])}></msp-directory>`);
      await loaded(el);
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]')?.textContent);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).to.not.contain('<');
      const json: { '@graph': { name: string }[] } = JSON.parse(script.textContent);
      expect(json['@graph'][0]!.name).to.equal('MSP </script><img src=x onerror=alert(1)>');
    });
  });

  describe('keyboard and language', () => {
    it('can be used with the keyboard alone: type, tick a filter, show more', async () => {
      const el = await fixture<MspDirectory>(html`<div>
          <button id="before">avant</button>
          <msp-directory .data=${directory(Array.from({ length: 30 }, (_, i) => structure(i + 1, { professions: [{ code: i % 2 ? 'infirmier' : 'sage-femme' }] })))}></msp-directory>
        </div>`).then((div) => div.querySelector('msp-directory')!);
      await loaded(el);
      el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(parts(el).root.activeElement).to.equal(parts(el).input);
      await sendKeys({ type: 'maison' });
      await el.updateComplete;
      expect(parts(el).input.value).to.equal('maison');
      await sendKeys({ press: 'Tab' }); // "Autour de moi"
      expect(parts(el).root.activeElement).to.equal(parts(el).near);
      await sendKeys({ press: 'Tab' }); // the filters' title, which folds and unfolds them
      expect(text(parts(el).root.activeElement)).to.equal('Filtres');
      await sendKeys({ press: 'Tab' }); // first profession
      expect(text(parts(el).root.activeElement!.closest('label'))).to.equal('Infirmier ou infirmière');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(parts(el).cards).to.have.length(15);
      await sendKeys({ press: 'Space' }); // untick: 30 results again, 20 shown
      await el.updateComplete;
      // On through the other filters to "show more" (these cards have no links).
      for (let i = 0; i < 8 && parts(el).root.activeElement !== parts(el).more; i++) await sendKeys({ press: 'Tab' });
      expect(parts(el).root.activeElement).to.equal(parts(el).more);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(parts(el).cards).to.have.length(30);
      expect(text(parts(el).root.activeElement)).to.equal('Maison de santé 021');
    });

    // Before any other English test: the English words are not loaded yet.
    it('follows a change of language without taking its results down', async () => {
      const el = await demoDirectory();
      const list = parts(el).list;
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      // (Booleans: chai would spend minutes describing a list element in a failure message.)
      expect(parts(el).list === list, 'the same list, while the English words load').to.equal(true);
      await announced(el, '28 health centres found, 20 shown');
      expect(parts(el).list === list, 'the same list, in English').to.equal(true);
      expect(text(parts(el).near)).to.equal('Near me');
    });

    it('speaks English', async () => {
      const el = await demoDirectory((data) => html`<msp-directory lang="en" .data=${data}></msp-directory>`);
      const p = parts(el);
      expect(p.search.getAttribute('aria-label')).to.equal('Search for a health centre');
      expect(text(p.root.querySelector('label[for=q]'))).to.equal('Name, town, postcode or department');
      expect(text(p.root.querySelector('label[for=dep]'))).to.equal('Department');
      // A French term kept in an English sentence says its language, for screen readers (RGAA 8.7).
      const french = [...p.root.querySelectorAll('.kind [lang=fr]')].map((span) => text(span));
      expect(french).to.include('centre de santé');
      expect(text(p.root)).to.contain('Health centre (centre de santé)');
      expect(text(p.near)).to.equal('Near me');
      expect(text(p.status)).to.equal('28 health centres found, 20 shown');
      expect(p.checkbox('Accepting new patients')).to.not.equal(null);
      expect(p.checkbox('Midwife')).to.not.equal(null);
      expect(text(p.more)).to.equal('Show 8 more health centres');
      expect(text(p.root)).to.contain('Book an appointment — ');
      expect(text(p.root)).to.contain('Multi-professional health centre (MSP)');
      expect(text(p.root)).to.match(/Accepting new patients \(as of 5 October 2026\)/);
      await expect(el).to.be.accessible();
    });

    it('follows the language of <msp-site>', async () => {
      const data = await demoData();
      const site = await fixture(html`<msp-site lang="en"><msp-directory .data=${data}></msp-directory></msp-site>`);
      const el = site.querySelector('msp-directory')!;
      await loaded(el);
      await announced(el, '28 health centres found, 20 shown');
    });
  });
});
