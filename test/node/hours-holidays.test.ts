// French public holidays per region, 2024–2035, and the Easter computus behind the movable ones.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { frenchPublicHolidays, type Region } from '../../packages/widgets/src/hours/index.js';
import { easterSunday } from '../../packages/widgets/src/hours/holidays.js';
import { holidayEn } from '../../packages/widgets/src/hours/holidays-en.js';
import { OpeningHours } from '../../packages/widgets/src/hours/opening-hours.js';
import { REGIONS } from '../../packages/widgets/src/shared/regions.js';

const YEARS = Array.from({ length: 12 }, (_, i) => 2024 + i);
const DAY = 86_400_000;
/** Days from `a` to `b` (`YYYY-MM-DD`). */
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / DAY;
const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const named = (year: number, region: Region, name: string): string | undefined =>
  frenchPublicHolidays(year, region).find((h) => h.name === name)?.date;

describe('easterSunday (Meeus/Gauss)', () => {
  test('known dates 2024–2035', () => {
    const known = {
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2031: '2031-04-13',
      2032: '2032-03-28',
      2033: '2033-04-17',
      2034: '2034-04-09',
      2035: '2035-03-25',
    };
    for (const [year, date] of Object.entries(known)) assert.equal(easterSunday(Number(year)), date, year);
  });

  test('always a Sunday between 22 March and 25 April (1900–2200)', () => {
    for (let year = 1900; year <= 2200; year++) {
      const date = easterSunday(year);
      assert.equal(weekday(date), 0, date);
      assert.ok(date >= `${year}-03-22` && date <= `${year}-04-25`, date);
    }
  });
});

describe('frenchPublicHolidays', () => {
  test('2026 in metropolitan France: the 11 days of L3133-1, named in French', () => {
    assert.deepEqual(frenchPublicHolidays(2026), [
      { date: '2026-01-01', name: "Jour de l'an" },
      { date: '2026-04-06', name: 'Lundi de Pâques' },
      { date: '2026-05-01', name: 'Fête du Travail' },
      { date: '2026-05-08', name: 'Victoire 1945' },
      { date: '2026-05-14', name: 'Ascension' },
      { date: '2026-05-25', name: 'Lundi de Pentecôte' },
      { date: '2026-07-14', name: 'Fête nationale' },
      { date: '2026-08-15', name: 'Assomption' },
      { date: '2026-11-01', name: 'Toussaint' },
      { date: '2026-11-11', name: 'Armistice 1918' },
      { date: '2026-12-25', name: 'Noël' },
    ]);
    assert.deepEqual(frenchPublicHolidays(2026, 'metropole'), frenchPublicHolidays(2026));
  });

  test('movable days of 2025–2028 (Lundi de Pâques, Ascension, Pentecôte)', () => {
    const expected = [
      [2025, '2025-04-21', '2025-05-29', '2025-06-09'],
      [2026, '2026-04-06', '2026-05-14', '2026-05-25'],
      [2027, '2027-03-29', '2027-05-06', '2027-05-17'],
      [2028, '2028-04-17', '2028-05-25', '2028-06-05'],
    ] as const;
    for (const [year, monday, ascension, whitMonday] of expected) {
      assert.equal(named(year, 'metropole', 'Lundi de Pâques'), monday);
      assert.equal(named(year, 'metropole', 'Ascension'), ascension);
      assert.equal(named(year, 'metropole', 'Lundi de Pentecôte'), whitMonday);
    }
  });

  test('movable days follow Easter every year 2024–2035, on the right weekdays', () => {
    for (const year of YEARS) {
      const easter = easterSunday(year);
      const monday = named(year, 'metropole', 'Lundi de Pâques') ?? '';
      const ascension = named(year, 'metropole', 'Ascension') ?? '';
      const whitMonday = named(year, 'metropole', 'Lundi de Pentecôte') ?? '';
      assert.equal(daysBetween(easter, monday), 1);
      assert.equal(daysBetween(easter, ascension), 39);
      assert.equal(daysBetween(easter, whitMonday), 50);
      assert.deepEqual([weekday(monday), weekday(ascension), weekday(whitMonday)], [1, 4, 1]);
    }
  });

  test('Alsace-Moselle adds Vendredi saint (Easter − 2) and Saint-Étienne (26 December)', () => {
    assert.equal(named(2026, 'alsace-moselle', 'Vendredi saint'), '2026-04-03');
    assert.equal(named(2025, 'alsace-moselle', 'Vendredi saint'), '2025-04-18');
    assert.equal(named(2027, 'alsace-moselle', 'Vendredi saint'), '2027-03-26');
    assert.equal(named(2028, 'alsace-moselle', 'Vendredi saint'), '2028-04-14');
    for (const year of YEARS) {
      assert.equal(daysBetween(named(year, 'alsace-moselle', 'Vendredi saint') ?? '', easterSunday(year)), 2);
      assert.equal(named(year, 'alsace-moselle', 'Saint-Étienne'), `${year}-12-26`);
    }
  });

  test('Good Friday and 26 December only in Alsace-Moselle', () => {
    for (const region of REGIONS.filter((r) => r !== 'alsace-moselle')) {
      for (const year of YEARS) {
        const dates = frenchPublicHolidays(year, region).map((h) => h.date);
        assert.ok(!dates.includes(`${year}-12-26`), `${region} ${year}`);
        assert.equal(named(year, region, 'Vendredi saint'), undefined);
      }
    }
  });

  test('abolition of slavery and Fête Victor Schœlcher overseas', () => {
    const named = (year: number, region: Region, name: string): string | undefined =>
      frenchPublicHolidays(year, region).find((h) => h.name.split(', ').includes(name))?.date;
    const abolition: [Region, string][] = [
      ['mayotte', '04-27'],
      ['martinique', '05-22'],
      ['guadeloupe', '05-27'],
      ['guyane', '06-10'],
      ['reunion', '12-20'],
    ];
    for (const year of YEARS) {
      for (const [region, day] of abolition) assert.equal(named(year, region, "Abolition de l'esclavage"), `${year}-${day}`);
      for (const region of ['guadeloupe', 'martinique'] as const) assert.equal(named(year, region, 'Fête Victor Schœlcher'), `${year}-07-21`);
      for (const region of ['metropole', 'alsace-moselle', 'guyane', 'reunion', 'mayotte'] as const) {
        assert.equal(named(year, region, 'Fête Victor Schœlcher'), undefined);
      }
      assert.equal(named(year, 'metropole', "Abolition de l'esclavage"), undefined);
    }
  });

  test('two holidays on one date share an entry', () => {
    assert.equal(named(2031, 'martinique', "Ascension, Abolition de l'esclavage"), '2031-05-22');
    assert.equal(named(2030, 'guyane', "Lundi de Pentecôte, Abolition de l'esclavage"), '2030-06-10');
    assert.equal(frenchPublicHolidays(2031, 'martinique').length, 12);
  });

  test('counts per region every year 2024–2035, sorted, no duplicate date', () => {
    const counts: Record<Region, number> = {
      metropole: 11,
      'alsace-moselle': 13,
      guadeloupe: 13,
      martinique: 13,
      guyane: 12,
      reunion: 12,
      mayotte: 12,
    };
    for (const region of REGIONS) {
      for (const year of YEARS) {
        const holidays = frenchPublicHolidays(year, region);
        const dates = holidays.map((h) => h.date);
        assert.equal(holidays.flatMap((h) => h.name.split(', ')).length, counts[region], `${region} ${year}`);
        assert.deepEqual(dates, [...dates].sort(), `${region} ${year} sorted`);
        assert.equal(new Set(dates).size, dates.length, `${region} ${year} unique`);
        assert.ok(dates.every((d) => d.startsWith(`${year}-`)));
      }
    }
  });

  test('every region has the 11 national days', () => {
    const national = frenchPublicHolidays(2031).map((h) => h.date);
    for (const region of REGIONS) {
      const dates = frenchPublicHolidays(2031, region).map((h) => h.date);
      assert.ok(national.every((d) => dates.includes(d)), region);
    }
  });
});

describe('English names (holidays-en.ts, for English pages)', () => {
  test('every holiday of every region, 2000–2100, has one, two on a day included', () => {
    const seen = new Set<string>();
    for (const region of REGIONS) {
      for (let year = 2000; year <= 2100; year++) {
        for (const { name } of frenchPublicHolidays(year, region)) {
          const english = holidayEn(name).split(', ');
          name.split(', ').forEach((french, i) => {
            seen.add(french);
            assert.ok(english[i] && english[i] !== french, `${french} (${region} ${year}) has no English name`);
          });
        }
      }
    }
    // The 11 national days, the 2 of Alsace-Moselle, and the overseas abolition and Schœlcher days.
    assert.equal(seen.size, 15);
    assert.equal(holidayEn('Fête du Travail, Ascension'), 'Labour Day, Ascension Day'); // 1 May 2008
    assert.equal(holidayEn('Noël'), 'Christmas Day');
    assert.equal(holidayEn('Lundi de Pentecôte'), 'Whit Monday');
  });

  test('also of a date of extraHolidays; other text left as it is', () => {
    const hours = new OpeningHours('Mo-Fr 08:00-19:00; PH off', { extraHolidays: ['2026-06-10'] });
    const name = hours.week(new Date('2026-06-10T12:00:00+02:00'))[2]!.holiday!;
    assert.equal(holidayEn(name), 'Public holiday');
    assert.equal(holidayEn('sur rendez-vous, le matin'), 'sur rendez-vous, le matin');
    assert.equal(holidayEn('toString'), 'toString');
  });
});
