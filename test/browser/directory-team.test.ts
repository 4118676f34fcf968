import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/widgets/src/directory/msp-team.js';
import type { MspTeam } from '../../packages/widgets/src/directory/msp-team.js';
import { captureWarnings } from './fixtures/probe-widget.js';
import { api, change, demoData, directory, structure, text } from './fixtures/directory-data.js';

const ready = async (el: MspTeam) => {
  await waitUntil(() => el.shadowRoot!.querySelector('[part=status]') && !/Chargement|Loading/.test(text(el.shadowRoot!.querySelector('[part=status]'))) && text(el.shadowRoot!.querySelector('[part=status]')), 'the team never showed', { timeout: 4000 });
  await el.updateComplete;
};
const headings = (el: MspTeam) => [...el.shadowRoot!.querySelectorAll('[part=heading]')].map(text);
const members = (el: MspTeam) => [...el.shadowRoot!.querySelectorAll('[part=member] .name')].map(text);
const status = (el: MspTeam) => text(el.shadowRoot!.querySelector('[part=status]'));

describe('<msp-team>', () => {
  beforeEach(async () => {
    await fetch(api('reset'), { method: 'POST' });
  });

  it('groups one structure’s team by profession, from src and structure-id', async () => {
    const el = await fixture<MspTeam>(html`<msp-team src=${api('demo')} structure-id="msp-des-dunes"></msp-team>`);
    await ready(el);
    expect(headings(el)).to.deep.equal(['Médecin généraliste', 'Infirmier ou infirmière', 'Kinésithérapeute', 'Sage-femme', 'Coordinateur ou coordinatrice']);
    expect(el.shadowRoot!.querySelectorAll('h3[part=heading]')).to.have.length(5);
    expect(status(el)).to.equal('11 professionnels');
    const groups = [...el.shadowRoot!.querySelectorAll('[part=group]')];
    expect(groups[0]!.querySelector('h3[part=heading]')).to.not.equal(null);
    // Headings, not a landmark per profession: the page's landmarks stay few.
    expect(el.shadowRoot!.querySelectorAll('section, [role=region]')).to.have.length(0);
    expect([...groups[0]!.querySelectorAll('.name')].map(text)).to.deep.equal(['Dr Camille Lefebvre', 'Dr Yanis Martin', 'Dr Claire Dubois']);
    await expect(el).to.be.accessible();
  });

  it('shows days on site, "accepts new patients" badges, booking links with explicit text, phones', async () => {
    const el = await fixture<MspTeam>(html`<msp-team src=${api('demo')} structure-id="msp-des-dunes"></msp-team>`);
    await ready(el);
    const martin = [...el.shadowRoot!.querySelectorAll('[part=member]')].find((m) => text(m.querySelector('.name')) === 'Dr Yanis Martin')!;
    expect(text(martin)).to.contain('Jours de présence : lundi, mardi, mercredi, jeudi et vendredi');
    expect(text(martin.querySelector('[part=badge]'))).to.equal('Accepte de nouveaux patients (déclaration du 5 octobre 2026)');
    const booking = martin.querySelector<HTMLAnchorElement>('a')!;
    expect(booking.href).to.equal('https://rdv.example/msp-des-dunes/martin');
    expect(text(booking)).to.equal('Prendre rendez-vous avec Dr Yanis Martin');
    const lefebvre = [...el.shadowRoot!.querySelectorAll('[part=member]')].find((m) => text(m.querySelector('.name')) === 'Dr Camille Lefebvre')!;
    expect(text(lefebvre.querySelector('[part=badge]'))).to.equal('N’accepte pas de nouveaux patients (déclaration du 5 octobre 2026)');
    const coordinator = [...el.shadowRoot!.querySelectorAll('[part=member]')].find((m) => text(m.querySelector('.name')) === 'Nadia Hamdi')!;
    expect(coordinator.querySelector('a')!.getAttribute('href')).to.equal('tel:0353730011');
  });

  it('filters by profession with a labelled select, and announces the count', async () => {
    const el = await fixture<MspTeam>(html`<msp-team src=${api('demo')} structure-id="msp-saint-leu"></msp-team>`);
    await ready(el);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#pro')!;
    expect(text(el.shadowRoot!.querySelector('label[for=pro]'))).to.equal('Profession');
    expect(select.options[0]!.text).to.equal('Toutes les professions');
    await change(select, 'infirmier', el);
    expect(headings(el)).to.deep.equal(['Infirmier ou infirmière']);
    expect(members(el)).to.deep.equal(['Chloé Bertin', 'Karim Benali']);
    expect(el.shadowRoot!.querySelector('.members')!.getAttribute('role')).to.equal('list');
    expect(status(el)).to.equal('Infirmier ou infirmière : 2 professionnels');
    // Another profession with the same count is still announced: the status names the profession.
    await change(select, 'orthophoniste', el);
    expect(status(el)).to.equal('Orthophoniste : 1 professionnel');
    await change(select, 'psychologue', el);
    expect(status(el)).to.equal('Psychologue : 1 professionnel');
    await expect(el).to.be.accessible();
    await change(select, '', el);
    expect(members(el)).to.have.length(12);
    expect(status(el)).to.equal('12 professionnels');
  });

  it('can be used with the keyboard: choose a profession in the select', async () => {
    const el = await fixture<MspTeam>(html`<msp-team src=${api('demo')} structure-id="pole-des-boves"></msp-team>`);
    await ready(el);
    el.shadowRoot!.querySelector<HTMLSelectElement>('#pro')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Médecin généraliste']);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal('https://rdv.example/pole-des-boves/deprez');
  });

  it('takes a single structure as data, or a directory with one structure without structure-id', async () => {
    const team = [
      { name: 'Dr A', profession: 'medecin-generaliste' },
      { name: 'B', profession: 'sage-femme', days: ['Sa', 'Mo'] },
    ];
    const one = await fixture<MspTeam>(html`<msp-team .data=${structure(1, { team })}></msp-team>`);
    await ready(one);
    expect(members(one)).to.deep.equal(['Dr A', 'B']);
    expect(text(one.shadowRoot!.querySelectorAll('[part=member]')[1])).to.contain('Jours de présence : lundi et samedi');
    expect(one.shadowRoot!.querySelector('#pro')).to.not.equal(null);
    const inline = await fixture<MspTeam>(html`<msp-team><script type="application/json">${JSON.stringify(directory([structure(2, { team: [team[0]] })]))}</script></msp-team>`);
    await ready(inline);
    expect(members(inline)).to.deep.equal(['Dr A']);
    expect(inline.shadowRoot!.querySelector('#pro')).to.equal(null);
    // Two structures in the data, one of them refused: the other one's team is not taken for it.
    let two!: MspTeam;
    const warnings = await captureWarnings(async () => {
      two = await fixture<MspTeam>(html`<msp-team .data=${directory([structure(1, { team }), structure(2, { address: 'none' })])}></msp-team>`);
      await ready(two);
    });
    expect(members(two)).to.deep.equal([]);
    expect(status(two)).to.equal('L’équipe ne peut pas être affichée : indiquez sa structure (attribut structure-id).');
    expect(warnings).to.include('[msp-team] structure-id: needed, the data has 2 structures');
  });

  it('says so in the widget too when src is not an http(s) address (javascript:)', async () => {
    let el!: MspTeam;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspTeam>(html`<msp-team src="javascript:alert(1)"></msp-team>`);
      await waitUntil(() => text(el.shadowRoot!.querySelector('[role=alert]')));
    });
    expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.equal('L’équipe ne peut pas être affichée : ses données sont introuvables, incomplètes ou illisibles.');
    expect(warnings).to.include('[msp-team] src: "javascript:alert(1)" is not an http(s) URL');
    await expect(el).to.be.accessible();
  });

  it('says that a single structure given as data is not valid, once, naming the fields in the console', async () => {
    let el!: MspTeam;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspTeam>(html`<msp-team .data=${structure(1, { address: { line1: '1 rue', city: '', postalCode: '8000', department: '80' } })}></msp-team>`);
      await waitUntil(() => text(el.shadowRoot!.querySelector('[role=alert]')));
    });
    expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.equal('L’équipe ne peut pas être affichée : ses données sont introuvables, incomplètes ou illisibles.');
    // One structure: no count of entries left out beside the message.
    expect(el.shadowRoot!.querySelector('[part=note]')).to.equal(null);
    expect(warnings.some((w) => w.startsWith('[msp-team] address.postalCode: expected a postcode'))).to.equal(true);
    expect(warnings.some((w) => w.startsWith('[msp-team] address.city: '))).to.equal(true);
    await expect(el).to.be.accessible();
    // Not an object at all (here a bare list of structures): the console says what was expected.
    const list = await captureWarnings(async () => {
      el = await fixture<MspTeam>(html`<msp-team .data=${[structure(1)]}></msp-team>`);
      await waitUntil(() => text(el.shadowRoot!.querySelector('[role=alert]')));
    });
    expect(list.some((w) => w.startsWith('[msp-team] expected a structure: { "id", "name", "kind", "address", … }'))).to.equal(true);
  });

  it('says when the structure is not in the data, is not named, or has no team yet', async () => {
    let el!: MspTeam;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspTeam>(html`<msp-team src=${api('demo')} structure-id="inconnue"></msp-team>`);
      await ready(el);
    });
    expect(status(el)).to.equal('La structure « inconnue » n’est pas dans l’annuaire.');
    expect(warnings).to.include('[msp-team] structure-id: "inconnue" is not in the data');
    await expect(el).to.be.accessible();
    let unnamed!: MspTeam;
    const more = await captureWarnings(async () => {
      unnamed = await fixture<MspTeam>(html`<msp-team src=${api('demo')}></msp-team>`);
      await ready(unnamed);
    });
    expect(status(unnamed)).to.equal('L’équipe ne peut pas être affichée : indiquez sa structure (attribut structure-id).');
    expect(more).to.include('[msp-team] structure-id: needed, the data has 28 structures');
    const none = await fixture<MspTeam>(html`<msp-team .data=${{ version: 1, updated: '2026-11-02', structures: [] }}></msp-team>`);
    await ready(none);
    expect(status(none)).to.equal('L’équipe n’est pas encore renseignée.');
    const empty = await fixture<MspTeam>(html`<msp-team src=${api('demo')} structure-id="msp-escaut"></msp-team>`);
    await ready(empty);
    expect(status(empty)).to.equal('L’équipe n’est pas encore renseignée.');
  });

  it('leaves out an invalid team member, or only its invalid booking link, with a warning naming the path', async () => {
    let el!: MspTeam;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspTeam>(html`<msp-team
        .data=${structure(1, { team: [{ name: 'Dr A', profession: 'medecin-generaliste' }, { name: 'X', profession: 'mage' }, { name: 'C', profession: 'infirmier', bookingUrl: 'javascript:alert(1)' }] })}
      ></msp-team>`);
      await ready(el);
    });
    expect(members(el)).to.deep.equal(['Dr A', 'C']);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(warnings.some((w) => w.startsWith('[msp-team] team[1].profession: expected a profession code'))).to.equal(true);
    expect(warnings).to.include('[msp-team] team[2].bookingUrl: expected an http(s) URL; team[2].bookingUrl left out');
    // The member left out is counted where the webmaster sees it, not only in the console.
    expect(text(el.shadowRoot!.querySelector('[part=note]'))).to.equal('1 professionnel non affiché : fiche incomplète.');
    expect(status(el)).to.equal('2 professionnels');
    await expect(el).to.be.accessible();
  });

  it('does not say "not listed yet" of a team whose every entry, or the list itself, is refused', async () => {
    for (const team of [[{ name: 'X', profession: 'medecin' }, { name: '', profession: 'infirmier' }], { name: 'Dr A', profession: 'infirmier' }]) {
      let el!: MspTeam;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MspTeam>(html`<msp-team .data=${structure(1, { team })}></msp-team>`);
        await ready(el);
      });
      expect(status(el)).to.equal('L’équipe ne peut pas être affichée : ses données sont introuvables, incomplètes ou illisibles.');
      expect(members(el)).to.deep.equal([]);
      expect(warnings.some((w) => w.startsWith('[msp-team] team'))).to.equal(true);
    }
  });

  it('does not speak, on one structure’s team, of the other structures of the directory left out', async () => {
    const team = [{ name: 'Dr A', profession: 'medecin-generaliste' }];
    const data = directory([structure(1, { team }), structure(2, { address: 'none' })]);
    let el!: MspTeam;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspTeam>(html`<msp-team structure-id="s1" .data=${data}></msp-team>`);
      await ready(el);
    });
    expect(warnings.some((w) => w.startsWith('[msp-team] structures[1].address'))).to.equal(true);
    expect(members(el)).to.deep.equal(['Dr A']);
    expect(el.shadowRoot!.querySelector('[part=note]')).to.equal(null);
    // The structure asked for is the one left out: it is said to be incomplete, not missing.
    let missing!: MspTeam;
    const more = await captureWarnings(async () => {
      missing = await fixture<MspTeam>(html`<msp-team structure-id="s2" .data=${data}></msp-team>`);
      await ready(missing);
    });
    expect(status(missing)).to.equal('La fiche de la structure « s2 » est incomplète : elle ne peut pas être affichée.');
    expect(more).to.include('[msp-team] structure-id: "s2" is in the data, but its entry is not valid (see the warnings above)');
    expect(missing.shadowRoot!.querySelector('[part=note]')).to.equal(null);
    await expect(missing).to.be.accessible();
  });

  it('renders names as text', async () => {
    const xss = '<img src=x onerror="window.__teamXss = 1">';
    const el = await fixture<MspTeam>(html`<msp-team .data=${structure(1, { team: [{ name: xss, profession: 'infirmier', note: xss }] })}></msp-team>`);
    await ready(el);
    expect(members(el)).to.deep.equal([xss]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __teamXss?: number }).__teamXss).to.equal(undefined);
  });

  it('shows a loading state, then a failure with a retry button', async () => {
    const slow = await fixture<MspTeam>(html`<msp-team src=${api('slow')} structure-id="msp-des-dunes"></msp-team>`);
    expect(status(slow)).to.equal('Chargement de l’équipe…');
    await expect(slow).to.be.accessible();
    let el!: MspTeam;
    await captureWarnings(async () => {
      el = await fixture<MspTeam>(html`<msp-team src=${api('flaky')} structure-id="msp-des-dunes"></msp-team>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role=alert] button'));
    });
    expect(text(el.shadowRoot!.querySelector('[role=alert] p'))).to.equal('L’équipe n’a pas pu être chargée (connexion ou serveur indisponible).');
    await expect(el).to.be.accessible();
    await fetch(api('flaky/up'), { method: 'POST' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await ready(el);
    expect(members(el)).to.have.length(11);
    // The empty region takes no room and draws no border.
    const alert = el.shadowRoot!.querySelector<HTMLElement>('[role=alert]')!;
    expect(alert.getBoundingClientRect().height).to.equal(0);
    expect(getComputedStyle(alert).borderLeftStyle).to.equal('none');
  });

  it('tried again, a file now gone: the focus goes from the pressed button to the message', async () => {
    let el!: MspTeam;
    await captureWarnings(async () => {
      el = await fixture<MspTeam>(html`<msp-team src=${api('flaky')} structure-id="msp-des-dunes"></msp-team>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role=alert] button'));
    });
    await fetch(api('flaky/gone'), { method: 'POST' });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!;
    button.focus();
    await captureWarnings(async () => {
      button.click();
      await waitUntil(() => /introuvables/.test(text(el.shadowRoot!.querySelector('[role=alert]'))), 'no message for the 404');
      await el.updateComplete;
    });
    const alert = el.shadowRoot!.querySelector('[role=alert]');
    expect(alert!.querySelector('button')).to.equal(null);
    // (A boolean: a failed comparison of two elements stalls the test runner's report.)
    expect(el.shadowRoot!.activeElement === alert, `focus on ${el.shadowRoot!.activeElement?.outerHTML.slice(0, 60)}`).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await fixture<MspTeam>(html`<msp-team lang="en" heading-level="4" .data=${await demoData()} structure-id="msp-des-dunes"></msp-team>`);
    await ready(el);
    expect(headings(el)[0]).to.equal('General practitioner');
    expect(el.shadowRoot!.querySelectorAll('h4')).to.have.length(5);
    expect(status(el)).to.equal('11 professionals');
    await change(el.shadowRoot!.querySelector<HTMLSelectElement>('#pro')!, 'medecin-generaliste', el);
    expect(status(el)).to.equal('General practitioner: 3 professionals');
    await change(el.shadowRoot!.querySelector<HTMLSelectElement>('#pro')!, '', el);
    expect(text(el.shadowRoot!.querySelector('[part=member]'))).to.contain('Days on site: Monday, Tuesday, Thursday and Friday');
    expect(text(el.shadowRoot!.querySelector('[part=badge]'))).to.equal('Not accepting new patients (as of 5 October 2026)');
    expect(text(el.shadowRoot!.querySelector('[part=member] a'))).to.equal('Book an appointment with Dr Camille Lefebvre');
    await expect(el).to.be.accessible();
  });
});
