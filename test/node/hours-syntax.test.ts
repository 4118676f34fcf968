// Syntax of OpenStreetMap `opening_hours` values: every supported element, tolerated deviations
// (warnings) and errors with their positions. Instants carry explicit UTC offsets (Paris time).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type OpeningHours, OpeningHoursSyntaxError, parseOpeningHours } from '../../packages/widgets/src/hours/index.js';

/** Paris wall time `YYYY-MM-DDTHH:MM` of a date in summer time (UTC+2), as an instant. */
const summer = (local: string): Date => new Date(`${local}:00+02:00`);
/** Same in winter time (UTC+1). */
const winter = (local: string): Date => new Date(`${local}:00+01:00`);

/** The spans of local date `date` as text: `08:00-12:00 14:00-19:00`, `?` unknown, `+` open end. */
function on(hours: OpeningHours, date: string): string {
  const day = hours.week(new Date(`${date}T12:00:00Z`)).find((d) => d.date === date);
  assert.ok(day, date);
  return day.spans.map((s) => `${s.start}-${s.end}${s.unknown ? '?' : ''}${s.openEnd ? '+' : ''}`).join(' ');
}

/** Spans of the seven days from Monday 2026-05-11 (Thursday 14 May is Ascension, a holiday). */
function week(value: string): string[] {
  return parseOpeningHours(value)
    .week(summer('2026-05-13T12:00'))
    .map((d) => d.spans.map((s) => `${s.start}-${s.end}${s.unknown ? '?' : ''}`).join(' '));
}

/** Asserts that `value` fails at `position` with a message matching `en`. */
function fails(value: string, position: number, en: RegExp): OpeningHoursSyntaxError {
  try {
    parseOpeningHours(value);
  } catch (error) {
    assert.ok(error instanceof OpeningHoursSyntaxError, String(error));
    assert.equal(error.position, position, `${value}: ${error.messageEn}`);
    assert.match(error.messageEn, en);
    return error;
  }
  assert.fail(`no error for ${value}`);
}

describe('weekdays and times', () => {
  test('weekday range with two spans', () => {
    assert.deepEqual(week('Mo-Fr 08:00-12:00,14:00-19:00'), [
      '08:00-12:00 14:00-19:00',
      '08:00-12:00 14:00-19:00',
      '08:00-12:00 14:00-19:00',
      '08:00-12:00 14:00-19:00',
      '08:00-12:00 14:00-19:00',
      '',
      '',
    ]);
  });

  test('weekday list and wrapping range', () => {
    assert.deepEqual(week('Sa,Su 10:00-12:00'), ['', '', '', '', '', '10:00-12:00', '10:00-12:00']);
    assert.deepEqual(week('Fr-Mo 10:00-12:00'), ['10:00-12:00', '', '', '', '10:00-12:00', '10:00-12:00', '10:00-12:00']);
    assert.deepEqual(week('Mo,We-Th,Sa 10:00-11:00'), ['10:00-11:00', '', '10:00-11:00', '10:00-11:00', '', '10:00-11:00', '']);
  });

  test('a rule without weekdays applies every day; without times, all day', () => {
    assert.deepEqual(week('10:00-11:00'), Array(7).fill('10:00-11:00'));
    assert.deepEqual(week('Tu'), ['', '00:00-24:00', '', '', '', '', '']);
  });

  test('span past midnight: the part after midnight belongs to the next morning', () => {
    assert.deepEqual(week('Fr 20:00-02:00'), ['', '', '', '', '20:00-24:00', '00:00-02:00', '']);
    assert.deepEqual(week('Fr 20:00-26:00'), week('Fr 20:00-02:00'));
    assert.deepEqual(week('Su 22:00-01:00'), ['00:00-01:00', '', '', '', '', '', '22:00-24:00']);
    const hours = parseOpeningHours('Fr 20:00-02:00');
    assert.deepEqual(
      hours.intervals(summer('2026-05-15T00:00'), summer('2026-05-17T00:00')).map((i) => [i.start.toISOString(), i.end.toISOString()]),
      [['2026-05-15T18:00:00.000Z', '2026-05-16T00:00:00.000Z']],
    );
    assert.equal(hours.isOpen(summer('2026-05-16T01:59')), true);
    assert.equal(hours.isOpen(summer('2026-05-16T02:00')), false);
  });

  test('equal start and end is a full turn of the clock', () => {
    assert.deepEqual(week('Fr 10:00-10:00'), ['', '', '', '', '10:00-24:00', '00:00-10:00', '']);
  });

  test('24/7', () => {
    const always = parseOpeningHours('24/7');
    assert.deepEqual(week('24/7'), Array(7).fill('00:00-24:00'));
    assert.equal(always.nextChange(summer('2026-05-13T12:00')), null);
    assert.equal(always.state(winter('2031-01-01T00:00')), 'open');
  });

  test('off and closed', () => {
    assert.deepEqual(week('Mo-Sa 08:00-19:00; We off'), ['08:00-19:00', '08:00-19:00', '', '08:00-19:00', '08:00-19:00', '08:00-19:00', '']);
    assert.deepEqual(week('Mo-Sa 08:00-19:00; We closed'), week('Mo-Sa 08:00-19:00; We off'));
    // `off` with times closes those times only (it "does not overwrite", specification).
    assert.equal(week('Mo-Fr 08:00-19:00; We 12:00-14:00 off')[2], '08:00-12:00 14:00-19:00');
    assert.deepEqual(week('off'), Array(7).fill(''));
  });
});

describe('holidays, nth weekdays, weeks', () => {
  test('PH off, PH with hours, Sa,PH and PH Mo-Fr (2026-05-14 is Ascension)', () => {
    assert.equal(week('Mo-Fr 08:00-19:00; PH off')[3], '');
    assert.equal(week('Mo-Fr 08:00-19:00; PH 09:00-12:00')[3], '09:00-12:00');
    assert.equal(week('Mo-Fr 08:00-19:00; PH 09:00-12:00')[2], '08:00-19:00');
    assert.deepEqual(week('Sa,PH 09:00-12:00'), ['', '', '', '09:00-12:00', '', '09:00-12:00', '']);
    assert.deepEqual(week('PH,Sa 09:00-12:00'), week('Sa,PH 09:00-12:00'));
    assert.deepEqual(week('PH Mo-We 09:00-12:00'), Array(7).fill(''));
    assert.deepEqual(week('PH Th 09:00-12:00'), ['', '', '', '09:00-12:00', '', '', '']);
    assert.deepEqual(week('PH'), ['', '', '', '00:00-24:00', '', '', '']);
  });

  test('PH offsets are reported as unsupported', () => {
    const error = fails('Sa,PH -1 day 09:00-12:00', 6, /^Unsupported "-1 day"$/);
    assert.equal(error.messageFr, 'Non pris en charge « -1 day »');
    fails('PH +1 day off', 3, /Unsupported "\+1 day"/);
    fails('Sa[-1] +1 day 10:00-12:00', 7, /Unsupported "\+1 day"/);
  });

  test('nth weekday of the month: Sa[1,3], Mo[-1], Th[2-3]', () => {
    const saturdays = parseOpeningHours('Sa[1,3] 09:00-12:00');
    // May 2026: Saturdays 2, 9, 16, 23, 30.
    assert.deepEqual(['02', '09', '16', '23', '30'].map((d) => on(saturdays, `2026-05-${d}`)), ['09:00-12:00', '', '09:00-12:00', '', '']);
    const lastMonday = parseOpeningHours('Mo[-1] 14:00-16:00');
    assert.deepEqual(['04', '18', '25'].map((d) => on(lastMonday, `2026-05-${d}`)), ['', '', '14:00-16:00']);
    const thursdays = parseOpeningHours('Th[2-3] 08:00-09:00');
    assert.deepEqual(['07', '14', '21', '28'].map((d) => on(thursdays, `2026-05-${d}`)), ['', '08:00-09:00', '08:00-09:00', '']);
    const secondToLast = parseOpeningHours('Fr[-2] 08:00-09:00');
    assert.deepEqual(['22', '29'].map((d) => on(secondToLast, `2026-05-${d}`)), ['08:00-09:00', '']);
  });

  test('ISO weeks: week 02-52/2 (alternate weeks), week 53', () => {
    const even = parseOpeningHours('week 02-52/2 Mo 08:00-12:00');
    // 2026-01-05 is in ISO week 2, 2026-01-12 in week 3, 2026-12-28 in week 53 of 2026.
    assert.equal(on(even, '2026-01-05'), '08:00-12:00');
    assert.equal(on(even, '2026-01-12'), '');
    assert.equal(on(even, '2026-01-19'), '08:00-12:00');
    assert.equal(on(even, '2026-12-21'), '08:00-12:00');
    assert.equal(on(even, '2026-12-28'), '');
    assert.equal(on(parseOpeningHours('week 53 Mo 08:00-12:00'), '2026-12-28'), '08:00-12:00');
    // 2027-01-01 (Friday) still belongs to week 53 of 2026.
    assert.equal(on(parseOpeningHours('week 53 Fr 08:00-12:00'), '2027-01-01'), '08:00-12:00');
    assert.equal(on(parseOpeningHours('week 01,03 Mo 08:00-12:00'), '2026-01-12'), '08:00-12:00');
  });
});

describe('months, dates and years', () => {
  test('months and wrapping month ranges', () => {
    const seasons = parseOpeningHours('Jan-Mar 08:00-12:00; Apr-Dec 09:00-12:00');
    assert.equal(on(seasons, '2026-03-31'), '08:00-12:00');
    assert.equal(on(seasons, '2026-04-01'), '09:00-12:00');
    const winterMonths = parseOpeningHours('Dec-Feb 10:00-11:00');
    assert.deepEqual(['2026-12-01', '2027-01-15', '2027-02-28', '2027-03-01', '2026-11-30'].map((d) => on(winterMonths, d)), [
      '10:00-11:00',
      '10:00-11:00',
      '10:00-11:00',
      '',
      '',
    ]);
    assert.equal(on(parseOpeningHours('Aug 10:00-11:00'), '2026-08-31'), '10:00-11:00');
  });

  test('dates and date ranges, with and without years', () => {
    const base = 'Mo-Sa 08:00-19:00; ';
    assert.equal(on(parseOpeningHours(`${base}Dec 24 off`), '2026-12-24'), '');
    assert.equal(on(parseOpeningHours(`${base}Dec 24 off`), '2027-12-24'), '');
    assert.equal(on(parseOpeningHours(`${base}Dec 24 off`), '2026-12-23'), '08:00-19:00');
    for (const value of [`${base}Aug 01-Aug 15 off`, `${base}Aug 01-15 off`]) {
      const hours = parseOpeningHours(value);
      assert.deepEqual(['2026-07-31', '2026-08-01', '2026-08-15', '2026-08-17'].map((d) => on(hours, d)), ['08:00-19:00', '', '', '08:00-19:00']);
    }
    const christmas = parseOpeningHours(`${base}2026 Dec 24-2027 Jan 02 off`);
    assert.deepEqual(['2026-12-23', '2026-12-24', '2027-01-02', '2027-01-04', '2027-12-24'].map((d) => on(christmas, d)), [
      '08:00-19:00',
      '',
      '',
      '08:00-19:00',
      '08:00-19:00',
    ]);
    const yearly = parseOpeningHours(`${base}Dec 24-Jan 02 off`);
    assert.deepEqual(['2027-12-24', '2028-01-01', '2028-01-03'].map((d) => on(yearly, d)), ['', '', '08:00-19:00']);
    const list = parseOpeningHours(`${base}Dec 24,Dec 31 off`);
    assert.deepEqual(['2026-12-24', '2026-12-28', '2026-12-31'].map((d) => on(list, d)), ['', '08:00-19:00', '']);
    assert.equal(on(parseOpeningHours('2026 May 25 08:00-12:00'), '2026-05-25'), '08:00-12:00');
    assert.equal(on(parseOpeningHours('2026 May 25 08:00-12:00'), '2027-05-25'), '');
    assert.equal(on(parseOpeningHours('Jan 10-Feb 10: 07:30-12:00'), '2026-02-01'), '07:30-12:00');
  });

  test('year selectors: single, range, period, open-ended', () => {
    const value = (years: string): OpeningHours => parseOpeningHours(`${years} Mo 08:00-12:00`);
    assert.equal(on(value('2026'), '2026-05-11'), '08:00-12:00');
    assert.equal(on(value('2026'), '2027-05-10'), '');
    assert.equal(on(value('2027+'), '2026-05-11'), '');
    assert.equal(on(value('2027+'), '2040-05-14'), '08:00-12:00');
    assert.equal(on(value('2026-2030/2'), '2028-05-15'), '08:00-12:00');
    assert.equal(on(value('2026-2030/2'), '2027-05-10'), '');
    assert.equal(on(value('2026,2028'), '2028-05-15'), '08:00-12:00');
  });
});

describe('modifiers, comments, open end', () => {
  test('open end: unknown after the start, closing guessed as opening_hours.js does', () => {
    const evening = parseOpeningHours('Fr 18:00+');
    assert.equal(evening.state(summer('2026-05-15T17:59')), 'closed');
    assert.equal(evening.state(summer('2026-05-15T18:00')), 'unknown');
    assert.equal(evening.isOpen(summer('2026-05-15T20:00')), false);
    assert.equal(on(evening, '2026-05-15'), '18:00-24:00?+');
    assert.equal(on(evening, '2026-05-16'), '00:00-04:00?+');
    assert.equal(on(parseOpeningHours('Fr 10:00+'), '2026-05-15'), '10:00-24:00?+');
    assert.equal(on(parseOpeningHours('Fr 22:00+'), '2026-05-16'), '00:00-06:00?+');
    assert.equal(on(parseOpeningHours('Fr 14:00-17:00+'), '2026-05-15'), '14:00-17:00 17:00-24:00?+');
    assert.equal(on(parseOpeningHours('Fr 14:00-17:00+'), '2026-05-16'), '00:00-03:00?+');
    // After a span past midnight, the open end starts the next morning (8 hours, as after 22:00).
    assert.equal(on(parseOpeningHours('Fr 22:00-02:00+'), '2026-05-15'), '22:00-24:00');
    assert.equal(on(parseOpeningHours('Fr 22:00-02:00+'), '2026-05-16'), '00:00-02:00 02:00-10:00?+');
  });

  test('comments, unknown and bare comments', () => {
    const appointments = parseOpeningHours('Mo-Fr 08:00-12:00 open "urgences", Mo-Fr 14:00-18:00 "sur rendez-vous"');
    assert.equal(appointments.state(summer('2026-05-11T09:00')), 'open');
    assert.equal(appointments.comment(summer('2026-05-11T09:00')), 'urgences');
    // A comment without `open` means unknown (specification).
    assert.equal(appointments.state(summer('2026-05-11T15:00')), 'unknown');
    assert.equal(appointments.comment(summer('2026-05-11T15:00')), 'sur rendez-vous');
    assert.equal(appointments.comment(summer('2026-05-11T13:00')), undefined);
    const bare = parseOpeningHours('"sur rendez-vous"');
    assert.equal(bare.state(winter('2027-01-04T03:00')), 'unknown');
    assert.equal(bare.comment(winter('2027-01-04T03:00')), 'sur rendez-vous');
    assert.equal(bare.nextChange(winter('2027-01-04T03:00')), null);
    const unknown = parseOpeningHours('Mo-Fr 08:00-12:00; We unknown "téléphoner"');
    assert.equal(unknown.state(summer('2026-05-13T16:00')), 'unknown');
    assert.equal(unknown.state(summer('2026-05-12T16:00')), 'closed');
    assert.equal(parseOpeningHours('Mo 10:00-12:00 closed "travaux"').comment(summer('2026-05-11T11:00')), 'travaux');
  });
});

describe('rule separators', () => {
  test('`;` a later rule overrides earlier ones for the days it selects, in order', () => {
    assert.equal(week('Mo-Fr 08:00-19:00; We 08:00-12:00')[2], '08:00-12:00');
    assert.equal(week('Mo-Fr 08:00-19:00; We 08:00-12:00')[1], '08:00-19:00');
    assert.equal(week('We 08:00-12:00; Mo-Fr 08:00-19:00')[2], '08:00-19:00');
    // Also the part past midnight of the day before.
    assert.deepEqual(week('Fr 20:00-02:00; Sa 10:00-12:00').slice(4, 6), ['20:00-24:00', '10:00-12:00']);
    // A rule without day selector selects every day (disagreement 1 in hours-differential).
    assert.deepEqual(week('Mo 10:00-12:00; 14:00-16:00'), Array(7).fill('14:00-16:00'));
  });

  test('`,` an additional rule adds without overriding', () => {
    assert.equal(week('Mo-Fr 08:00-12:00, We 14:00-18:00')[2], '08:00-12:00 14:00-18:00');
    assert.equal(week('Mo-Fr 08:00-12:00, We 14:00-18:00')[1], '08:00-12:00');
    assert.deepEqual(week('Fr 20:00-02:00, Sa 10:00-12:00').slice(4, 6), ['20:00-24:00', '00:00-02:00 10:00-12:00']);
  });

  test('`||` a fallback rule fills what the previous rules leave closed', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-12:00; PH off || "sur rendez-vous"');
    assert.equal(hours.state(summer('2026-05-11T10:00')), 'open');
    assert.equal(hours.state(summer('2026-05-11T14:00')), 'unknown');
    assert.equal(hours.comment(summer('2026-05-11T14:00')), 'sur rendez-vous');
    assert.equal(hours.state(summer('2026-05-16T10:00')), 'unknown');
    // As opening_hours.js: a day closed by `PH off` is closed, so the fallback applies too.
    assert.equal(hours.state(summer('2026-05-14T10:00')), 'unknown');
    const only = parseOpeningHours('Mo-Fr 08:00-12:00 || Sa 10:00-11:00 open');
    assert.equal(only.state(summer('2026-05-16T10:30')), 'open');
    assert.equal(only.state(summer('2026-05-16T11:30')), 'closed');
    // Rules after `;` following a fallback are normal rules again.
    assert.equal(parseOpeningHours('Mo 08:00-12:00 || "appeler"; Tu off').state(summer('2026-05-12T10:00')), 'closed');
  });
});

describe('tolerated deviations', () => {
  test('one-digit hours, h and . separators, lower case, dashes: warnings with positions', () => {
    const loose = parseOpeningHours('mo-fr 8:00-12h00; sa 09.00–12:00;');
    assert.deepEqual(
      loose.warnings.map((w) => [w.position, w.messageEn]),
      [
        [0, '"mo": write "Mo"'],
        [3, '"fr": write "Fr"'],
        [6, '"8:00": write "08:00"'],
        [11, '"12h00": write "12:00"'],
        [18, '"sa": write "Sa"'],
        [21, '"09.00": write "09:00"'],
        [26, '"–": write "-"'],
        [32, 'Trailing semicolon ignored'],
      ],
    );
    assert.ok(loose.warnings.every((w) => w.messageFr.length > 0));
    assert.equal(loose.warnings.find((w) => w.position === 6)?.messageFr, '« 8:00 » : écrire « 08:00 »');
    assert.deepEqual(week(loose.value), week('Mo-Fr 08:00-12:00; Sa 09:00-12:00'));
  });

  test('`8h-12h`', () => {
    const hours = parseOpeningHours('Mo 8h-12h,14:00-18:00');
    assert.deepEqual(on(hours, '2026-05-11'), '08:00-12:00 14:00-18:00');
    assert.deepEqual(
      hours.warnings.map((w) => [w.position, w.messageFr]),
      [
        [3, '« 8h » : écrire « 08:00 »'],
        [6, '« 12h » : écrire « 12:00 »'],
      ],
    );
  });

  test('canonical values have no warning', () => {
    assert.deepEqual(parseOpeningHours('Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off || "sur rendez-vous"').warnings, []);
  });
});

describe('syntax errors', () => {
  test('carry the position and a message in French and English', () => {
    const error = fails('Mo-Fx 08:00-12:00', 3, /^Unknown word "Fx"$/);
    assert.equal(error.messageFr, 'Mot inconnu « Fx »');
    assert.equal(error.message, error.messageEn);
    assert.equal(error.name, 'OpeningHoursSyntaxError');
    assert.ok(error instanceof SyntaxError);
  });

  test('each kind of error', () => {
    fails('', 0, /^Unexpected end$/);
    fails('   ', 3, /^Unexpected end$/);
    fails('Mo 25:00-26:00', 3, /^Invalid value "25:00"$/);
    fails('Mo 08:60-09:00', 3, /Invalid value "08:60"/);
    fails('Mo 08:00-49:00', 9, /Invalid value "49:00"/);
    fails('Mo 08:00-12:00 Tu', 15, /^Unexpected "Tu"$/);
    fails('Mo 08:00-', 9, /^Unexpected end$/);
    fails('Mo "sur rendez-vous', 3, /Unterminated comment/);
    fails('Mo 08:00-12:00 & Tu', 15, /^Unexpected "&"$/);
    fails('Mo 08:00', 3, /^Missing end time after "08:00"$/);
    fails('Mo 08:00-12:00/01:00', 14, /Unexpected "\/"/);
    fails('sunrise-sunset', 0, /^Unsupported "sunrise"$/);
    fails('Mo 10:00-sunset', 9, /Unsupported "sunset"/);
    fails('Mo (sunrise+01:00)-12:00', 3, /Unsupported "\("/);
    fails('SH off', 0, /Unsupported "SH"/);
    fails('easter off', 0, /Unsupported "easter"/);
    fails('Feb 30 off', 0, /^Invalid value "Feb 30"$/);
    fails('Jan 32 off', 4, /Invalid value "32"/);
    fails('2026 Feb 29 off', 0, /Invalid value "2026 Feb 29"/);
    fails('Jan 10-Feb 30 off', 0, /Invalid value "Jan 10-Feb 30"/);
    fails('2027-2026 off', 0, /Reversed range/);
    fails('2026 Dec 24-2025 Jan 02 off', 0, /Reversed range/);
    fails('Mo[6] 10:00-12:00', 3, /Invalid value "6"/);
    fails('Sa[3-1] 10:00-12:00', 5, /^Invalid value "1"$/);
    fails('week 54 off', 5, /Invalid value "54"/);
    fails('1899 off', 0, /Invalid value "1899"/);
    fails('Mo; ; Tu', 4, /Unexpected ";"/);
    fails('|| "appeler"', 0, /Unexpected "\|\|"/);
    fails('Mo, 10:00-12:00', 2, /Unexpected ","/);
  });

  test('any string: a value, or an OpeningHoursSyntaxError within it; a value then answers every question', () => {
    const words = ['Mo', 'Su', 'Mo-Fr', 'PH', 'off', 'open', 'unknown', '"x"', '08:00', '8h', '24:00', '25:00', '-', '–', ',', ';', '||', '+', '/', '[', ']', '1', '-1', '53', 'week', 'Jan', 'Feb', '29', '2026', '1900', '9999', '99999999999999999999', '24/7', '"', '(', ':', ' ', '\u00a0', '\u0000', '\ud800', '😀'];
    const value = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...words), maxLength: 14 }));
    const at = fc.date({ min: new Date('1971-01-01'), max: new Date('2199-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(value, at, (text, when) => {
        let hours: OpeningHours;
        try {
          hours = parseOpeningHours(text);
        } catch (error) {
          assert.ok(error instanceof OpeningHoursSyntaxError, String(error));
          assert.ok(error.position >= 0 && error.position <= text.length, `${error.position} in "${text}"`);
          return;
        }
        for (const warning of hours.warnings) assert.ok(warning.position >= 0 && warning.position <= text.length);
        assert.equal(typeof hours.isOpen(when), 'boolean');
        assert.equal(hours.week(when).length, 7);
        hours.nextChange(when);
        hours.intervals(when, new Date(when.getTime() + 7 * 86_400_000));
      }),
      { numRuns: 1500 },
    );
  });

  test('leap day is valid in leap years and in yearly dates', () => {
    assert.equal(on(parseOpeningHours('2028 Feb 29 10:00-12:00'), '2028-02-29'), '10:00-12:00');
    assert.equal(on(parseOpeningHours('Feb 29 10:00-12:00'), '2028-02-29'), '10:00-12:00');
  });
});
