// The facts <msp-opening-hours> puts into words (status, compact week, coming exceptions, refresh).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseOpeningHours } from '../../packages/widgets/src/hours/index.js';
import { groupWeek, hoursStatus, nextRefresh, upcomingExceptions } from '../../packages/widgets/src/hours/summary.js';

const WEEK = 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off';
const paris = (local: string) => new Date(`${local}+02:00`);

describe('hoursStatus', () => {
  it('gives the next change in the health centre’s calendar', () => {
    const status = hoursStatus(parseOpeningHours(WEEK), paris('2026-06-12T18:30:00'));
    assert.equal(status.state, 'open');
    assert.deepEqual(
      { ...status.change, at: status.change?.at.toISOString() },
      { date: '2026-06-12', time: '19:00', weekday: 5, daysAhead: 0, minutesAhead: 30, at: '2026-06-12T17:00:00.000Z', state: 'closed' },
    );
  });

  it('counts days ahead over a weekend and names today’s holiday', () => {
    const status = hoursStatus(parseOpeningHours(WEEK), new Date('2026-04-06T10:00:00+02:00'));
    assert.equal(status.state, 'closed');
    assert.equal(status.holiday, 'Lundi de Pâques');
    assert.equal(status.closedToday, true);
    assert.equal(status.change?.daysAhead, 1);
    assert.equal(status.change?.weekday, 2);
  });

  it('keeps the rule’s comment', () => {
    const status = hoursStatus(parseOpeningHours('Mo-Su 08:00-20:00 open "sur rendez-vous"'), paris('2026-06-10T10:00:00'));
    assert.equal(status.comment, 'sur rendez-vous');
  });

  it('has no change when nothing changes within a year', () => {
    const status = hoursStatus(parseOpeningHours('24/7'), paris('2026-06-10T10:00:00'));
    assert.equal(status.state, 'open');
    assert.equal(status.change, undefined);
  });

  it('works in the health centre’s zone, not the machine’s', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-12:00', { region: 'reunion' });
    assert.equal(hoursStatus(hours, new Date('2026-06-10T06:00:00Z')).change?.time, '12:00');
  });
});

describe('groupWeek', () => {
  it('groups consecutive days with the same hours', () => {
    const runs = groupWeek(parseOpeningHours(WEEK).week(paris('2026-06-10T10:00:00')));
    assert.deepEqual(
      runs.map((r) => [r.from, r.to, r.spans.map((s) => `${s.start}-${s.end}`).join(',')]),
      [
        [1, 5, '08:00-12:00,14:00-19:00'],
        [6, 6, '08:00-12:00'],
        [7, 7, ''],
      ],
    );
  });
});

describe('upcomingExceptions', () => {
  it('lists holidays and special days, not the usual ones', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-19:00; PH off; Dec 24 08:00-12:00');
    const list = upcomingExceptions(hours, new Date('2026-12-20T10:00:00+01:00'));
    assert.deepEqual(
      list.map((e) => [e.from, e.to, e.spans.length, e.holiday]),
      [
        ['2026-12-24', '2026-12-24', 1, undefined],
        ['2026-12-25', '2026-12-25', 0, 'Noël'],
        ['2027-01-01', '2027-01-01', 0, "Jour de l'an"],
      ],
    );
  });

  it('joins a closure over a usual weekend', () => {
    const list = upcomingExceptions(parseOpeningHours('Mo-Fr 08:00-19:00; Aug 03-Aug 14 off'), paris('2026-07-30T10:00:00'));
    assert.deepEqual(list.map((e) => [e.from, e.to]), [['2026-08-03', '2026-08-14']]);
  });

  it('announces a closure of several weeks, with its real end', () => {
    // Three weeks out of ten closed once made the usual hours of every weekday unknown, so
    // nothing was announced; and a public holiday inside a closure cut it short.
    const summer = parseOpeningHours('Mo-Fr 08:00-19:00; Aug 03-Aug 21 off');
    assert.deepEqual(upcomingExceptions(summer, paris('2026-07-25T10:00:00')).map((e) => [e.from, e.to]), [['2026-08-03', '2026-08-21']]);
    const month = parseOpeningHours('Mo-Fr 08:00-19:00; Sa 08:00-12:00; Aug off');
    assert.deepEqual(upcomingExceptions(month, paris('2026-08-05T10:00:00')).map((e) => [e.from, e.to]), [['2026-08-05', '2026-08-31']]);
  });

  it('keeps a closed public holiday inside a closure', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-19:00; PH off; Aug 10-Aug 21 off');
    assert.deepEqual(upcomingExceptions(hours, paris('2026-08-05T10:00:00')).map((e) => [e.from, e.to]), [['2026-08-10', '2026-08-21']]);
  });

  it('announces closures when the hours change with the season', () => {
    // With two months of summer hours, no weekday had the same hours on 85 % of its days: every
    // day was taken for a usual one, and no closure was announced.
    const summer = 'Mo-Fr 08:00-12:00,14:00-19:00; Jul-Aug Mo-Fr 08:00-12:00; PH off';
    const closures = (value: string, now: string) => upcomingExceptions(parseOpeningHours(value), new Date(now)).map((e) => [e.from, e.to, e.spans.length]);
    assert.deepEqual(closures(`${summer}; 2026 Dec 21-2026 Dec 31 off`, '2026-12-15T10:00:00+01:00'), [['2026-12-21', '2027-01-01', 0]]);
    assert.deepEqual(closures(`${summer}; 2026 Oct 19-2026 Oct 23 off`, '2026-10-12T10:00:00+02:00'), [['2026-10-19', '2026-10-23', 0]]);
    assert.deepEqual(closures(`${summer}; 2027 Apr 12-2027 Apr 16 off`, '2027-04-05T10:00:00+02:00'), [['2027-04-12', '2027-04-16', 0]]);
    assert.deepEqual(closures(`${summer}; 2026 Aug 10-2026 Aug 21 off`, '2026-08-05T10:00:00+02:00'), [['2026-08-10', '2026-08-21', 0]]);
    // The summer hours themselves are not closures.
    assert.deepEqual(closures(summer, '2026-06-20T10:00:00+02:00'), []);
  });

  it('misses no week on the Sunday evening before the spring clock change', () => {
    // Weeks were reached 7 × 24 hours apart: from 23:00 on, the next one landed on the Monday after.
    const alsace = parseOpeningHours('Mo-Fr 08:00-19:00; PH off', { region: 'alsace-moselle' });
    for (const now of ['2027-03-21T22:59:00+01:00', '2027-03-21T23:30:00+01:00']) {
      assert.deepEqual(
        upcomingExceptions(alsace, new Date(now)).map((e) => [e.from, e.holiday]),
        [
          ['2027-03-26', 'Vendredi saint'],
          ['2027-03-29', 'Lundi de Pâques'],
        ],
        now,
      );
    }
    const closure = parseOpeningHours('Mo-Fr 08:00-19:00; PH off; 2026 Mar 23-2026 Mar 27 off');
    assert.deepEqual(upcomingExceptions(closure, new Date('2026-03-22T23:30:00+01:00')).map((e) => [e.from, e.to]), [['2026-03-23', '2026-03-27']]);
  });

  it('lists a public holiday on a weekend after a closure that has ended', () => {
    // 1 November 2026 is a Sunday: it was taken for one more day of the closure of the week before.
    const hours = parseOpeningHours('Mo-Fr 08:00-19:00; PH off; 2026 Oct 19-2026 Oct 23 off');
    assert.deepEqual(
      upcomingExceptions(hours, paris('2026-10-20T10:00:00')).map((e) => [e.from, e.to, e.holiday]),
      [
        ['2026-10-20', '2026-10-23', undefined],
        ['2026-11-01', '2026-11-01', 'Toussaint'],
      ],
    );
  });

  it('takes no first Saturday for an exception, whatever the date', () => {
    // 1 August 2026 is the first Saturday of its month.
    assert.deepEqual(upcomingExceptions(parseOpeningHours('Mo-Fr 08:00-19:00; Sa[1] 09:00-12:00'), paris('2026-07-22T10:00:00')), []);
  });

  it('takes neither alternating weeks nor first Saturdays for exceptions', () => {
    const now = paris('2026-06-10T10:00:00');
    assert.deepEqual(upcomingExceptions(parseOpeningHours('Mo-Fr 08:00-19:00; week 01-53/2 Sa 09:00-12:00'), now), []);
    assert.deepEqual(upcomingExceptions(parseOpeningHours('Mo-Fr 08:00-19:00; Sa[1] 09:00-12:00'), now), []);
  });
});

describe('nextRefresh', () => {
  const hours = parseOpeningHours(WEEK);
  const at = (now: Date) => nextRefresh(hoursStatus(hours, now), now, 60, 'Europe/Paris').toISOString();

  it('wakes when the countdown starts', () => {
    assert.equal(at(paris('2026-06-10T09:00:00')), paris('2026-06-10T11:00:00').toISOString());
  });

  it('wakes every minute during the countdown, and exactly at the change', () => {
    assert.equal(at(paris('2026-06-10T11:58:30')), paris('2026-06-10T11:59:00').toISOString());
    assert.equal(at(paris('2026-06-10T11:59:59.500')), paris('2026-06-10T12:00:00').toISOString());
  });

  it('wakes at local midnight when that comes first', () => {
    assert.equal(at(paris('2026-06-13T20:00:00')), paris('2026-06-14T00:00:00').toISOString());
  });
});
