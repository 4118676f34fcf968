import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventDay, eventWhen, readEvents, upcomingEvents, type LocalEvent } from '../../packages/widgets/src/prevention/events.js';
import { DISMISSED_KEY, addDismissed, parseDismissed } from '../../packages/widgets/src/prevention/dismissals.js';

const atelier: LocalEvent = { theme: 'tabac', title: 'Atelier sevrage tabagique', date: '2026-11-19T18:00', place: 'Salle 2' };

describe('readEvents', () => {
  it('keeps valid events, with optional place and url', () => {
    const raw = [
      atelier,
      { theme: 'vaccination', title: 'Séance de vaccination', date: '2026-11-20' },
      { theme: 'cancers', title: 'Stand Octobre rose', date: '2026-10-10T09:30:00+02:00', url: 'https://msp.example/octobre-rose' },
      { theme: 'neurosensoriel', title: 'Dépistage visuel', date: '2026-12-02T14:00Z', url: '/depistage' },
      { theme: 'tabac', title: 'Consultation tabacologue', date: '2026-12-03', url: 'tel:03 53 73 00 10' },
    ];
    assert.deepEqual(readEvents(raw), { events: raw, issues: [] });
  });

  it('skips a bad entry with an issue naming its index and field, and keeps the others', () => {
    const { events, issues } = readEvents([
      { theme: 'alcool', title: 'Hors thème', date: '2026-11-19' },
      { theme: 'tabac', title: '   ', date: '2026-11-19' },
      { theme: 'tabac', title: 'Date impossible', date: '2026-02-30' },
      { theme: 'tabac', title: 'Heure impossible', date: '2026-11-19T24:00' },
      { theme: 'tabac', title: 'Date en clair', date: 'jeudi 19 novembre' },
      { theme: 'tabac', title: 'Lien dangereux', date: '2026-11-19', url: 'javascript:alert(1)' },
      { theme: 'tabac', title: 'Lien d’un autre site sans protocole', date: '2026-11-19', url: '//ailleurs.example' },
      { theme: 'tabac', date: '2026-11-19' },
      'pas un objet',
      atelier,
    ]);
    assert.deepEqual(events, [atelier]);
    assert.equal(issues.length, 9);
    const fields = issues.map((issue) => issue.slice(0, issue.indexOf(':')));
    assert.deepEqual(fields, [
      'events[0].theme',
      'events[1].title',
      'events[2].date',
      'events[3].date',
      'events[4].date',
      'events[5].url',
      'events[6].url',
      'events[7].title',
      'events[8]',
    ]);
    assert.ok(issues.every((issue) => issue.endsWith('; entry skipped')));
    assert.match(issues[2]!, /YYYY-MM-DD or YYYY-MM-DDTHH:MM/);
  });

  it('drops unknown keys', () => {
    assert.deepEqual(readEvents([{ ...atelier, couleur: 'rouge' }]).events, [atelier]);
  });

  it('accepts nothing as no events, and reports anything but an array', () => {
    assert.deepEqual(readEvents(undefined), { events: [], issues: [] });
    assert.deepEqual(readEvents(null), { events: [], issues: [] });
    const { events, issues } = readEvents({ theme: 'tabac' });
    assert.deepEqual(events, []);
    assert.match(issues[0] ?? '', /^events: expected an array/);
  });
});

describe('upcoming events', () => {
  const events: LocalEvent[] = [
    { theme: 'tabac', title: 'Passé', date: '2026-11-18' },
    { theme: 'tabac', title: 'Ce soir', date: '2026-11-19T20:00' },
    { theme: 'tabac', title: 'Ce matin', date: '2026-11-19T08:00' },
    { theme: 'tabac', title: 'Plus tard', date: '2026-12-01' },
    { theme: 'vaccination', title: 'Autre thème', date: '2026-11-25' },
  ];

  it('hides past days, keeps today’s events until the day is over, soonest first, per theme', () => {
    assert.deepEqual(
      upcomingEvents(events, 'tabac', '2026-11-19', 'Europe/Paris').map((e) => e.title),
      ['Ce matin', 'Ce soir', 'Plus tard'],
    );
    assert.deepEqual(upcomingEvents(events, 'tabac', '2026-11-20', 'Europe/Paris').map((e) => e.title), ['Plus tard']);
    assert.deepEqual(upcomingEvents(events, 'vaccination', '2026-11-26', 'Europe/Paris'), []);
  });

  it('says when, as each language writes dates and times', () => {
    assert.equal(eventWhen({ ...atelier, date: '2026-12-01T18:00' }, 'fr', 'Europe/Paris', '2026-11-19'), 'mardi 1er décembre, 18\u00a0h');
    assert.equal(eventWhen({ ...atelier, date: '2027-01-11T09:30' }, 'fr', 'Europe/Paris', '2026-11-19'), 'lundi 11 janvier 2027, 9\u00a0h\u00a030');
    assert.equal(eventWhen({ ...atelier, date: '2026-12-01T18:00' }, 'en', 'Europe/Paris', '2026-11-19'), 'Tuesday 1 December, 18:00');
  });

  it('reads a date without offset as the site’s wall-clock day, one with an offset in the site’s zone', () => {
    assert.equal(eventDay({ ...atelier, date: '2026-11-19T23:30' }, 'Europe/Paris'), '2026-11-19');
    // 23:30 UTC is already the next day in Paris, still the same day in Martinique.
    assert.equal(eventDay({ ...atelier, date: '2026-11-19T23:30:00Z' }, 'Europe/Paris'), '2026-11-20');
    assert.equal(eventDay({ ...atelier, date: '2026-11-19T23:30:00Z' }, 'America/Martinique'), '2026-11-19');
    const late = [{ ...atelier, date: '2026-11-19T23:30:00Z' }];
    assert.equal(upcomingEvents(late, 'tabac', '2026-11-20', 'Europe/Paris').length, 1);
    assert.equal(upcomingEvents(late, 'tabac', '2026-11-20', 'America/Martinique').length, 0);
  });
});

describe('remembered dismissals', () => {
  it('uses one namespaced localStorage key', () => {
    assert.equal(DISMISSED_KEY, 'msp-kit:prevention:dismissed');
  });

  it('reads only editions from what is stored, whatever is there', () => {
    assert.deepEqual(parseDismissed(null), []);
    assert.deepEqual(parseDismissed('not json'), []);
    assert.deepEqual(parseDismissed('{"a":1}'), []);
    assert.deepEqual(parseDismissed('["mars-bleu@2026-03-01", 3, "junk", null]'), ['mars-bleu@2026-03-01']);
  });

  it('adds an edition once, forgets editions over two years old, keeps at most 40', () => {
    const stored = ['octobre-rose@2024-10-01', 'mars-bleu@2026-03-01', 'mois-sans-tabac@2026-11-01'];
    assert.deepEqual(addDismissed(stored, 'mois-sans-tabac@2026-11-01', '2026-09-30'), [
      'octobre-rose@2024-10-01',
      'mars-bleu@2026-03-01',
      'mois-sans-tabac@2026-11-01',
    ]);
    assert.deepEqual(addDismissed(stored, 'grippe-covid@2026-10-15', '2026-09-30').at(-1), 'grippe-covid@2026-10-15');
    assert.ok(!addDismissed(stored, 'grippe-covid@2026-10-15', '2026-12-01').includes('octobre-rose@2024-10-01'));
    const many = Array.from({ length: 60 }, (_, i) => `c${i}@2026-01-01`);
    const kept = addDismissed(many, 'last@2026-11-01', '2026-11-22');
    assert.equal(kept.length, 40);
    assert.equal(kept.at(-1), 'last@2026-11-01');
  });
});
