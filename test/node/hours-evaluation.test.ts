// Evaluation API of the hours engine: state, nextChange, intervals, week, toSchemaOrg, time
// zones and daylight-saving days. Instants are written with explicit UTC offsets.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { parseOpeningHours } from '../../packages/widgets/src/hours/index.js';
import { toSchemaOrgSoon } from '../../packages/widgets/src/hours/schema-org.js';

const MSP = 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off';
const HOUR = 3_600_000;
const iso = (date: Date | null | undefined): string | undefined => date?.toISOString();

describe('state, comment and nextChange', () => {
  const hours = parseOpeningHours(MSP);

  test('isOpen and state at the edges of spans (Wednesday 13 May 2026, UTC+2)', () => {
    assert.equal(hours.isOpen(new Date('2026-05-13T05:59:59.999Z')), false);
    assert.equal(hours.isOpen(new Date('2026-05-13T06:00:00Z')), true);
    assert.equal(hours.isOpen(new Date('2026-05-13T09:59:59.999Z')), true);
    assert.equal(hours.state(new Date('2026-05-13T10:00:00Z')), 'closed');
    assert.equal(hours.state(new Date('2026-05-13T12:30:00Z')), 'open');
    // Ascension, a public holiday: closed, with the holiday's name as comment.
    assert.equal(hours.state(new Date('2026-05-14T08:00:00Z')), 'closed');
    assert.equal(hours.comment(new Date('2026-05-14T08:00:00Z')), 'Ascension');
    assert.equal(hours.comment(new Date('2026-05-13T08:00:00Z')), undefined);
  });

  test('nextChange: same day, over the lunch break, the holiday and the weekend', () => {
    assert.equal(iso(hours.nextChange(new Date('2026-05-13T08:00:00Z'))), '2026-05-13T10:00:00.000Z');
    assert.equal(iso(hours.nextChange(new Date('2026-05-13T10:00:00Z'))), '2026-05-13T12:00:00.000Z');
    assert.equal(iso(hours.nextChange(new Date('2026-05-13T17:00:00Z'))), '2026-05-15T06:00:00.000Z');
    assert.equal(iso(hours.nextChange(new Date('2026-05-16T10:00:00Z'))), '2026-05-18T06:00:00.000Z');
    // Changes are strictly after the given instant.
    assert.equal(iso(hours.nextChange(new Date('2026-05-13T06:00:00Z'))), '2026-05-13T10:00:00.000Z');
  });

  test('nextChange is null when nothing changes within 366 days', () => {
    assert.equal(parseOpeningHours('24/7').nextChange(new Date('2026-05-13T08:00:00Z')), null);
    assert.equal(parseOpeningHours('off').nextChange(new Date('2026-05-13T08:00:00Z')), null);
    const later = parseOpeningHours('2028 Jan 03 10:00-12:00');
    assert.equal(later.nextChange(new Date('2026-05-13T08:00:00Z')), null);
    assert.equal(iso(later.nextChange(new Date('2027-05-13T08:00:00Z'))), '2028-01-03T09:00:00.000Z');
  });

  test('a comment-only change is not a change of state', () => {
    const comments = parseOpeningHours('Mo 08:00-12:00 open "matin", Mo 12:00-14:00 open "midi"');
    assert.equal(iso(comments.nextChange(new Date('2026-05-11T07:00:00Z'))), '2026-05-11T12:00:00.000Z');
  });

  test('a later span without a comment leaves none: the earlier rule\'s comment does not carry over', () => {
    const hours = parseOpeningHours('Mo 08:00-12:00 open "sur rendez-vous", Mo 10:00-14:00');
    assert.equal(hours.comment(new Date('2026-05-11T07:00:00Z')), 'sur rendez-vous');
    assert.equal(hours.comment(new Date('2026-05-11T09:00:00Z')), undefined);
    assert.equal(hours.state(new Date('2026-05-11T09:00:00Z')), 'open');
  });

  test('invalid dates are rejected', () => {
    assert.throws(() => hours.isOpen(new Date(Number.NaN)), RangeError);
  });
});

describe('intervals', () => {
  test('open intervals clipped to [from, to), merged over midnight, with comments and unknown', () => {
    const hours = parseOpeningHours('Fr 20:00-02:00; Sa 14:00-16:00 "sur rendez-vous"; Su 10:00+');
    const list = hours.intervals(new Date('2026-05-15T19:00:00Z'), new Date('2026-05-17T12:00:00Z'));
    assert.deepEqual(
      list.map((i) => ({ ...i, start: iso(i.start), end: iso(i.end) })),
      [
        { start: '2026-05-15T19:00:00.000Z', end: '2026-05-15T22:00:00.000Z' },
        { start: '2026-05-16T12:00:00.000Z', end: '2026-05-16T14:00:00.000Z', comment: 'sur rendez-vous', unknown: true },
        { start: '2026-05-17T08:00:00.000Z', end: '2026-05-17T12:00:00.000Z', unknown: true, openEnd: true },
      ],
    );
    // `Sa 14:00-16:00` overrides Saturday: the 00:00-02:00 part of Friday's span is gone.
    assert.equal(hours.isOpen(new Date('2026-05-15T23:00:00Z')), false);
    assert.deepEqual(hours.intervals(new Date('2026-05-16T00:00:00Z'), new Date('2026-05-16T00:00:00Z')), []);
  });

  test('open stretches that follow one another with different comments stay apart', () => {
    const hours = parseOpeningHours('Mo 08:00-12:00 open "matin", Mo 12:00-14:00 open "midi"');
    const list = hours.intervals(new Date('2026-05-11T00:00:00Z'), new Date('2026-05-12T00:00:00Z'));
    assert.deepEqual(
      list.map((i) => ({ ...i, start: iso(i.start), end: iso(i.end) })),
      [
        { start: '2026-05-11T06:00:00.000Z', end: '2026-05-11T10:00:00.000Z', comment: 'matin' },
        { start: '2026-05-11T10:00:00.000Z', end: '2026-05-11T12:00:00.000Z', comment: 'midi' },
      ],
    );
  });

  test('a week of a typical value', () => {
    const list = parseOpeningHours(MSP).intervals(new Date('2026-05-11T00:00:00+02:00'), new Date('2026-05-18T00:00:00+02:00'));
    assert.equal(list.length, 9);
    const hoursOpen = list.reduce((sum, i) => sum + (i.end.getTime() - i.start.getTime()), 0) / HOUR;
    assert.equal(hoursOpen, 4 * 9 + 4);
  });
});

describe('week', () => {
  test('seven days Monday to Sunday with dates, weekdays, spans and holiday names', () => {
    const days = parseOpeningHours(`${MSP}; 2026 May 16 off "Formation"`).week(new Date('2026-05-17T21:59:00Z'));
    assert.deepEqual(
      days.map((d) => d.date),
      ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15', '2026-05-16', '2026-05-17'],
    );
    assert.deepEqual(
      days.map((d) => d.weekday),
      [1, 2, 3, 4, 5, 6, 7],
    );
    assert.deepEqual(days[0], {
      date: '2026-05-11',
      weekday: 1,
      spans: [
        { start: '08:00', end: '12:00' },
        { start: '14:00', end: '19:00' },
      ],
    });
    assert.deepEqual(days[3], { date: '2026-05-14', weekday: 4, spans: [], holiday: 'Ascension', comment: 'Ascension' });
    assert.deepEqual(days[5], { date: '2026-05-16', weekday: 6, spans: [], comment: 'Formation' });
    assert.deepEqual(days[6], { date: '2026-05-17', weekday: 7, spans: [] });
  });

  test('the week is that of the local date (Sunday 23:30 in Paris is Sunday, 21:30 UTC)', () => {
    const days = parseOpeningHours(MSP).week(new Date('2026-05-17T21:30:00Z'));
    assert.equal(days[0]?.date, '2026-05-11');
    const next = parseOpeningHours(MSP).week(new Date('2026-05-17T22:30:00Z'));
    assert.equal(next[0]?.date, '2026-05-18');
  });

  test('spans past midnight, open ends and unknown spans', () => {
    const days = parseOpeningHours('Fr 20:00-02:00, Sa 18:00+, Su 10:00-12:00 "sur rendez-vous"').week(new Date('2026-05-13T12:00:00Z'));
    assert.deepEqual(days[4]?.spans, [{ start: '20:00', end: '24:00' }]);
    assert.deepEqual(days[5]?.spans, [
      { start: '00:00', end: '02:00' },
      { start: '18:00', end: '24:00', unknown: true, openEnd: true },
    ]);
    assert.deepEqual(days[6]?.spans, [
      { start: '00:00', end: '04:00', unknown: true, openEnd: true },
      { start: '10:00', end: '12:00', comment: 'sur rendez-vous', unknown: true },
    ]);
    // The day's own comment is that of a closed part only; an open span's comment stays on the span.
    assert.equal(days[6]?.comment, undefined);
    // An open end from midnight on belongs to the next morning: no empty 24:00-24:00 span tonight.
    const lateOpenEnd = parseOpeningHours('Mo 20:00-24:00+').week(new Date('2026-05-13T12:00:00Z'));
    assert.deepEqual(lateOpenEnd[0]?.spans, [{ start: '20:00', end: '24:00' }]);
    assert.deepEqual(lateOpenEnd[1]?.spans, [{ start: '00:00', end: '08:00', unknown: true, openEnd: true }]);
  });
});

describe('daylight saving time in Paris', () => {
  test('29 March 2026: 01:00-04:00 lasts 2 real hours', () => {
    const [span] = parseOpeningHours('Su 01:00-04:00').intervals(new Date('2026-03-28T00:00:00Z'), new Date('2026-03-30T00:00:00Z'));
    assert.equal(iso(span?.start), '2026-03-29T00:00:00.000Z');
    assert.equal(iso(span?.end), '2026-03-29T02:00:00.000Z');
  });

  test('25 October 2026: the day has 25 hours and 01:00-04:00 lasts 4', () => {
    const [day] = parseOpeningHours('Su').intervals(new Date('2026-10-24T00:00:00Z'), new Date('2026-10-27T00:00:00Z'));
    assert.equal(iso(day?.start), '2026-10-24T22:00:00.000Z');
    assert.equal(iso(day?.end), '2026-10-25T23:00:00.000Z');
    const [night] = parseOpeningHours('Su 01:00-04:00').intervals(new Date('2026-10-24T00:00:00Z'), new Date('2026-10-27T00:00:00Z'));
    assert.equal((night?.end.getTime() ?? 0) - (night?.start.getTime() ?? 0), 4 * HOUR);
  });

  test('the repeated hour: wall-clock 02:30 is open twice, the change comes after the second', () => {
    const hours = parseOpeningHours('Su 02:00-03:00');
    assert.equal(hours.isOpen(new Date('2026-10-25T00:30:00Z')), true); // 02:30 summer time
    assert.equal(hours.isOpen(new Date('2026-10-25T01:30:00Z')), true); // 02:30 winter time
    assert.equal(hours.isOpen(new Date('2026-10-25T02:30:00Z')), false); // 03:30
    assert.equal(iso(hours.nextChange(new Date('2026-10-24T12:00:00Z'))), '2026-10-25T00:00:00.000Z');
    assert.equal(iso(hours.nextChange(new Date('2026-10-25T01:30:00Z'))), '2026-10-25T02:00:00.000Z');
  });

  test('a time in the skipped hour maps to the next valid instant', () => {
    const hours = parseOpeningHours('Su 02:30-04:00');
    assert.equal(iso(hours.nextChange(new Date('2026-03-28T12:00:00Z'))), '2026-03-29T01:00:00.000Z');
    assert.equal(hours.isOpen(new Date('2026-03-29T01:00:00Z')), true); // 03:00 summer time
    assert.equal(hours.isOpen(new Date('2026-03-29T00:59:00Z')), false); // 01:59 winter time
  });

  // Spring, Sunday 29 March 2026: 02:00 CET (01:00Z) is followed by 03:00 CEST, 02:00–03:00 never shows.
  test('a span wholly in the skipped hour never happens: no change at 03:00, no interval', () => {
    for (const [value, next] of [
      ['Su 02:00-03:00', '2026-04-05T00:00:00.000Z'],
      ['Su 02:15-02:45', '2026-04-05T00:15:00.000Z'],
    ] as const) {
      const hours = parseOpeningHours(value);
      assert.equal(iso(hours.nextChange(new Date('2026-03-28T12:00:00Z'))), next, value);
      assert.equal(hours.state(new Date('2026-03-29T00:59:00Z')), 'closed', value); // 01:59 winter time
      assert.equal(hours.state(new Date('2026-03-29T01:00:00Z')), 'closed', value); // 03:00 summer time
      assert.deepEqual(hours.intervals(new Date('2026-03-28T00:00:00Z'), new Date('2026-03-30T00:00:00Z')), [], value);
    }
  });

  test('a span ending in the skipped hour ends at 03:00, one starting in it starts at 03:00', () => {
    const before = parseOpeningHours('Su 01:00-02:30');
    assert.equal(iso(before.nextChange(new Date('2026-03-28T12:00:00Z'))), '2026-03-29T00:00:00.000Z');
    assert.equal(iso(before.nextChange(new Date('2026-03-29T00:00:00Z'))), '2026-03-29T01:00:00.000Z');
    assert.equal(before.state(new Date('2026-03-29T00:59:00Z')), 'open');
    assert.equal(before.state(new Date('2026-03-29T01:00:00Z')), 'closed');
    const after = parseOpeningHours('Su 02:30-05:00');
    assert.equal(iso(after.nextChange(new Date('2026-03-28T12:00:00Z'))), '2026-03-29T01:00:00.000Z');
    assert.equal(iso(after.nextChange(new Date('2026-03-29T01:00:00Z'))), '2026-03-29T03:00:00.000Z');
    assert.deepEqual(
      after.intervals(new Date('2026-03-28T00:00:00Z'), new Date('2026-03-30T00:00:00Z')).map((i) => [iso(i.start), iso(i.end)]),
      [['2026-03-29T01:00:00.000Z', '2026-03-29T03:00:00.000Z']],
    );
  });

  test('spans either side of a closure inside the skipped hour are one stretch', () => {
    const hours = parseOpeningHours('Su 01:00-02:15,02:45-05:00');
    assert.equal(iso(hours.nextChange(new Date('2026-03-29T00:00:00Z'))), '2026-03-29T03:00:00.000Z');
    assert.deepEqual(
      hours.intervals(new Date('2026-03-28T00:00:00Z'), new Date('2026-03-30T00:00:00Z')).map((i) => [iso(i.start), iso(i.end)]),
      [['2026-03-29T00:00:00.000Z', '2026-03-29T03:00:00.000Z']],
    );
  });

  // Autumn, Sunday 25 October 2026: 02:00–03:00 shows twice, in summer time (00:00Z–01:00Z) then
  // in winter time (01:00Z–02:00Z). A span runs from the first time its start shows to the first
  // time its end shows.
  test('a span wholly in the repeated hour is open the first time round only', () => {
    const hours = parseOpeningHours('Su 02:30-02:45');
    assert.equal(hours.isOpen(new Date('2026-10-25T00:30:00Z')), true); // 02:30 summer time
    assert.equal(hours.isOpen(new Date('2026-10-25T01:30:00Z')), false); // 02:30 winter time
    assert.equal(iso(hours.nextChange(new Date('2026-10-25T00:30:00Z'))), '2026-10-25T00:45:00.000Z');
    assert.equal(iso(hours.nextChange(new Date('2026-10-25T00:45:00Z'))), '2026-11-01T01:30:00.000Z');
    assert.deepEqual(
      hours.intervals(new Date('2026-10-24T00:00:00Z'), new Date('2026-10-27T00:00:00Z')).map((i) => [iso(i.start), iso(i.end)]),
      [['2026-10-25T00:30:00.000Z', '2026-10-25T00:45:00.000Z']],
    );
  });

  test('a span starting in the repeated hour stays open through the second pass', () => {
    const hours = parseOpeningHours('Su 02:30-04:00');
    for (const at of ['2026-10-25T00:30:00Z', '2026-10-25T01:00:00Z', '2026-10-25T01:15:00Z', '2026-10-25T02:59:00Z']) {
      assert.equal(hours.state(new Date(at)), 'open', at);
    }
    assert.equal(iso(hours.nextChange(new Date('2026-10-25T00:30:00Z'))), '2026-10-25T03:00:00.000Z');
    assert.equal(iso(hours.nextChange(new Date('2026-10-25T01:15:00Z'))), '2026-10-25T03:00:00.000Z');
  });

  test('a span ending in the repeated hour ends the first time round', () => {
    const hours = parseOpeningHours('Su 01:00-02:30');
    assert.equal(hours.isOpen(new Date('2026-10-25T00:29:00Z')), true); // 02:29 summer time
    assert.equal(hours.isOpen(new Date('2026-10-25T00:30:00Z')), false); // 02:30 summer time
    assert.equal(hours.isOpen(new Date('2026-10-25T01:15:00Z')), false); // 02:15 winter time
    assert.equal(iso(hours.nextChange(new Date('2026-10-25T00:30:00Z'))), '2026-11-01T00:00:00.000Z');
  });

  test('daylight-saving days: nextChange, state and intervals tell the same story', () => {
    const values = [
      'Su 02:00-03:00',
      'Su 02:15-02:45',
      'Su 02:30-02:45',
      'Su 01:00-02:30',
      'Su 02:30-05:00',
      'Su 01:00-02:15,02:45-05:00',
      'Su 01:00-02:15,02:45-05:00 unknown',
      'Su 02:45-02:15',
      'Sa 22:00-02:30',
      'Sa 23:00-26:00; Su 02:30-03:15 off',
      'Su 00:00-02:30 "nuit", Su 02:30-04:00 "matin"',
      'Su 02:00-04:00 || Su 03:00-05:00 unknown',
      'Su 01:15-03:00+',
    ];
    // The Saturdays before the changes, in Paris, New York (at 02:00 too) and Lord Howe Island (by 30 minutes).
    const days: [string, string][] = [
      ['Europe/Paris', '2026-03-28'],
      ['Europe/Paris', '2026-10-24'],
      ['America/New_York', '2026-03-07'],
      ['America/New_York', '2026-10-31'],
      ['Australia/Lord_Howe', '2026-04-04'],
      ['Australia/Lord_Howe', '2026-10-03'],
    ];
    for (const value of values) {
      for (const [timeZone, saturday] of days) {
        const hours = parseOpeningHours(value, { timeZone });
        const from = new Date(`${saturday}T00:00:00Z`).getTime() - 12 * HOUR;
        const to = from + 3 * 24 * HOUR;
        const where = (t: number): string => `${value} in ${timeZone} at ${new Date(t).toISOString()}`;
        // The changes: each one really changes the state.
        const changes: number[] = [];
        for (let at = hours.nextChange(new Date(from)); at && at.getTime() < to; at = hours.nextChange(at)) {
          const t = at.getTime();
          assert.notEqual(hours.state(new Date(t - 1)), hours.state(at), `no change: ${where(t)}`);
          changes.push(t);
        }
        const intervals = hours.intervals(new Date(from), new Date(to));
        let previousEnd = -Infinity;
        for (const { start, end } of intervals) {
          assert.ok(previousEnd <= start.getTime() && start < end, `interval: ${where(start.getTime())}`);
          previousEnd = end.getTime();
        }
        // Minute by minute: the state changes exactly at those changes, and is not closed exactly in the intervals.
        let state = hours.state(new Date(from));
        for (let t = from; t < to; t += 60_000) {
          if (changes.includes(t)) state = hours.state(new Date(t));
          assert.equal(hours.state(new Date(t)), state, `missed change: ${where(t)}`);
          const inside = intervals.some((i) => i.start.getTime() <= t && t < i.end.getTime());
          assert.equal(inside, state !== 'closed', `intervals: ${where(t)}`);
        }
      }
    }
  });

  test('nextChange over the weekend of the change uses the new offset', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-12:00');
    assert.equal(iso(hours.nextChange(new Date('2026-03-27T11:00:00Z'))), '2026-03-30T06:00:00.000Z');
    assert.equal(iso(hours.nextChange(new Date('2026-10-23T10:00:00Z'))), '2026-10-26T07:00:00.000Z');
  });
});

describe('time zones and regions', () => {
  test('the default time zone is Europe/Paris, or that of the region', () => {
    assert.equal(parseOpeningHours(MSP).timeZone, 'Europe/Paris');
    assert.equal(parseOpeningHours(MSP, { region: 'reunion' }).timeZone, 'Indian/Reunion');
    assert.equal(parseOpeningHours(MSP, { region: 'martinique', timeZone: 'Europe/Paris' }).timeZone, 'Europe/Paris');
  });

  test('evaluation happens in the place’s time zone', () => {
    const at = new Date('2026-05-11T05:00:00Z'); // 07:00 Paris, 09:00 Réunion, 01:00 Martinique
    assert.equal(parseOpeningHours('Mo 08:00-12:00').isOpen(at), false);
    assert.equal(parseOpeningHours('Mo 08:00-12:00', { region: 'reunion' }).isOpen(at), true);
    assert.equal(parseOpeningHours('Mo 08:00-12:00', { timeZone: 'Indian/Reunion' }).isOpen(at), true);
    const martinique = parseOpeningHours('Mo 08:00-12:00', { region: 'martinique' });
    assert.equal(iso(martinique.nextChange(at)), '2026-05-11T12:00:00.000Z');
  });

  test('offsets with seconds (local mean time, New York before 1883: UTC−04:56:02)', () => {
    const hours = parseOpeningHours('12:00-13:00', { timeZone: 'America/New_York' });
    assert.equal(iso(hours.nextChange(new Date('1880-01-05T12:00:00Z'))), '1880-01-05T16:56:02.000Z');
  });

  test('PH follows the region’s holidays; extra holidays count as PH', () => {
    const at = new Date('2026-05-27T08:00:00Z'); // a Wednesday, 10:00 in Paris
    const paris = { timeZone: 'Europe/Paris' };
    assert.equal(parseOpeningHours(MSP).isOpen(at), true);
    assert.equal(parseOpeningHours(MSP, { ...paris, region: 'guadeloupe' }).isOpen(at), false);
    assert.equal(parseOpeningHours(MSP, { ...paris, region: 'guadeloupe' }).comment(at), "Abolition de l'esclavage");
    // In Guadeloupe's own time zone (UTC−4), 10:00 on 27 May.
    assert.equal(parseOpeningHours(MSP, { region: 'guadeloupe' }).state(new Date('2026-05-27T14:00:00Z')), 'closed');
    assert.equal(parseOpeningHours(MSP, { region: 'guadeloupe' }).state(new Date('2026-05-28T14:00:00Z')), 'open');
    const goodFriday = new Date('2026-04-03T08:00:00Z');
    assert.equal(parseOpeningHours(MSP).isOpen(goodFriday), true);
    assert.equal(parseOpeningHours(MSP, { region: 'alsace-moselle' }).isOpen(goodFriday), false);
    const local = parseOpeningHours(MSP, { extraHolidays: ['2026-06-19'] });
    assert.equal(local.isOpen(new Date('2026-06-19T08:00:00Z')), false);
    assert.equal(local.week(new Date('2026-06-19T08:00:00Z'))[4]?.holiday, 'Jour férié');
  });

  test('bad options throw RangeError', () => {
    assert.throws(() => parseOpeningHours(MSP, { timeZone: 'Europe/Lutece' }), RangeError);
    assert.throws(() => parseOpeningHours(MSP, { extraHolidays: ['2026-02-30'] }), RangeError);
    assert.throws(() => parseOpeningHours(MSP, { extraHolidays: ['19/06/2026'] }), RangeError);
  });

  test('answers do not depend on the machine’s time zone (process.env.TZ)', () => {
    const script = `
      import { parseOpeningHours } from './packages/widgets/src/hours/index.ts';
      const hours = parseOpeningHours(${JSON.stringify(`${MSP}; Fr 20:00-02:00; Su 02:30-04:00`)});
      const out = [];
      for (let t = Date.UTC(2026, 2, 27); t < Date.UTC(2026, 2, 31); t += 1_800_000) {
        const at = new Date(t);
        out.push(hours.state(at), hours.nextChange(at)?.toISOString());
      }
      for (let t = Date.UTC(2026, 9, 24); t < Date.UTC(2026, 9, 27); t += 1_800_000) out.push(hours.state(new Date(t)));
      out.push(hours.week(new Date(Date.UTC(2026, 9, 25, 23, 30))), hours.intervals(new Date(Date.UTC(2026, 9, 23)), new Date(Date.UTC(2026, 9, 27))));
      out.push(new Date().getTimezoneOffset() === 0 ? 'utc' : 'other');
      console.log(JSON.stringify(out));`;
    const results = ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Kolkata'].map((TZ) => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ },
        encoding: 'utf8',
      });
      assert.equal(child.status, 0, child.stderr);
      return JSON.parse(child.stdout) as unknown[];
    });
    // The children really ran in different zones…
    assert.deepEqual(results.map((r) => r[r.length - 1]), ['utc', 'other', 'other', 'other']);
    // …and gave the same answers.
    for (const result of results.slice(1)) assert.deepEqual(result.slice(0, -1), results[0]?.slice(0, -1));
  });
});

describe('toSchemaOrg', () => {
  const from = new Date('2026-05-11T10:00:00Z');
  const week = (names: string[]): string[] => names.map((name) => `https://schema.org/${name}`);

  test('weekly hours by dayOfWeek and PH off as PublicHolidays closed', () => {
    assert.deepEqual(parseOpeningHours(MSP).toSchemaOrg({ from }), [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: week(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']),
        opens: '08:00',
        closes: '12:00',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: week(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']), opens: '14:00', closes: '19:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: week(['PublicHolidays']), opens: '00:00', closes: '00:00' },
    ]);
  });

  test('PH hours, dated closures and exceptional openings as special hours', () => {
    const value = `${MSP.replace('PH off', 'PH 09:00-12:00')}; 2026 Aug 10-2026 Aug 22 off "Fermeture estivale"; 2026 Jul 14 10:00-11:00; Dec 24 08:00-12:00`;
    const specs = parseOpeningHours(value).toSchemaOrg({ from });
    assert.deepEqual(specs.slice(2), [
      { '@type': 'OpeningHoursSpecification', dayOfWeek: week(['PublicHolidays']), opens: '09:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-07-14', validThrough: '2026-07-14', opens: '10:00', closes: '11:00' },
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-08-10', validThrough: '2026-08-22', opens: '00:00', closes: '00:00' },
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-24', validThrough: '2026-12-24', opens: '08:00', closes: '12:00' },
    ]);
  });

  test('spans past midnight, 24/7 and the horizon', () => {
    assert.deepEqual(parseOpeningHours('Fr 20:00-02:00').toSchemaOrg({ from }), [
      { '@type': 'OpeningHoursSpecification', dayOfWeek: week(['Friday']), opens: '20:00', closes: '02:00' },
    ]);
    // Sunday night goes on into Monday morning too, which is not a span of Monday's own.
    const nights = [{ '@type': 'OpeningHoursSpecification', dayOfWeek: week(['Sunday']), opens: '20:00', closes: '02:00' }];
    assert.deepEqual(parseOpeningHours('Su 20:00-02:00').toSchemaOrg({ from }), nights);
    assert.deepEqual(parseOpeningHours('Mo-Su 20:00-02:00').toSchemaOrg({ from }), [
      { ...nights[0], dayOfWeek: week(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) },
    ]);
    assert.deepEqual(parseOpeningHours('24/7').toSchemaOrg({ from }), [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: week(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']),
        opens: '00:00',
        closes: '23:59',
      },
    ]);
    // Without PH in the value, holidays are not special days.
    assert.equal(parseOpeningHours('Mo-Fr 08:00-12:00').toSchemaOrg({ from }).length, 1);
    const closure = parseOpeningHours(`${MSP}; 2027 Dec 24 off`);
    assert.equal(closure.toSchemaOrg({ from }).length, 3);
    assert.equal(closure.toSchemaOrg({ from, days: 800 }).length, 4);
    // A night ending at midnight before a day open around the clock is not carried into it.
    assert.deepEqual(parseOpeningHours('Fr 20:00-24:00; Sa 00:00-24:00').toSchemaOrg({ from }), [
      { '@type': 'OpeningHoursSpecification', dayOfWeek: week(['Friday']), opens: '20:00', closes: '23:59' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: week(['Saturday']), opens: '00:00', closes: '23:59' },
    ]);
  });

  test('a closure still running on the last day of the horizon is written, up to that day', () => {
    const specs = parseOpeningHours(`${MSP}; 2026 Jul 01-2026 Jul 31 off`).toSchemaOrg({ from, days: 60 });
    assert.deepEqual(specs.at(-1), { '@type': 'OpeningHoursSpecification', validFrom: '2026-07-01', validThrough: '2026-07-09', opens: '00:00', closes: '00:00' });
  });

  describe('toSchemaOrgSoon, the elements’ short horizon', () => {
    // Four weeks from Monday 5 January 2026: the next holiday is Easter Monday, 6 April.
    const winter = new Date('2026-01-05T07:30:00+01:00');
    const holidays = (specs: { dayOfWeek?: string[] }[]) => specs.filter((spec) => spec.dayOfWeek?.includes(week(['PublicHolidays'])[0] as string));

    test('a horizon without a holiday still says how holidays are kept, from the next one', () => {
      assert.deepEqual(holidays(parseOpeningHours(MSP).toSchemaOrg({ from: winter, days: 28 })), []);
      const closed = toSchemaOrgSoon(parseOpeningHours(MSP), 28, winter);
      assert.deepEqual(closed, parseOpeningHours(MSP).toSchemaOrg({ from }));
      const open = toSchemaOrgSoon(parseOpeningHours(MSP.replace('PH off', 'PH 09:00-12:00')), 28, winter);
      assert.deepEqual(holidays(open), [{ '@type': 'OpeningHoursSpecification', dayOfWeek: week(['PublicHolidays']), opens: '09:00', closes: '12:00' }]);
    });

    test('the holidays’ entry comes after the week’s, before the dated ones, whatever the time zone', () => {
      const value = `${MSP}; 2026 Jan 12 off`;
      for (const [region, at] of [['metropole', winter], ['guadeloupe', new Date('2026-01-05T23:30:00-04:00')], ['reunion', new Date('2026-01-05T00:10:00+04:00')]] as const) {
        const specs = toSchemaOrgSoon(parseOpeningHours(value, { region }), 28, at);
        assert.deepEqual(
          specs.map((spec) => spec.validFrom ?? spec.dayOfWeek?.at(-1)?.replace('https://schema.org/', '')),
          ['Saturday', 'Friday', 'PublicHolidays', '2026-01-12'],
          region,
        );
      }
    });

    test('holidays within the horizon, or hours that do not mention them: as toSchemaOrg', () => {
      const may = toSchemaOrgSoon(parseOpeningHours(MSP), 28, from);
      assert.deepEqual(may, parseOpeningHours(MSP).toSchemaOrg({ from, days: 28 }));
      assert.deepEqual(holidays(toSchemaOrgSoon(parseOpeningHours('Mo-Fr 08:00-12:00'), 28, winter)), []);
    });
  });
});
