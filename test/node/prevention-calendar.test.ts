import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CAMPAIGNS } from '../../packages/widgets/src/prevention/campaigns.js';
import { CAMPAIGNS_EN } from '../../packages/widgets/src/prevention/campaigns-en.js';
import {
  THEMES,
  activeCampaigns,
  dayInZone,
  evergreenFor,
  fromDay,
  occurrenceFor,
  occurrenceOn,
  ruleOccurrence,
  textsOf,
  type Campaign,
  type Rule,
} from '../../packages/widgets/src/prevention/calendar.js';

const byId = (id: string): Campaign => {
  const campaign = CAMPAIGNS.find((c) => c.id === id);
  assert.ok(campaign, `no campaign ${id}`);
  return campaign;
};
/** `id` or `id#phase` of what runs on `date`, in display order. */
const active = (date: string | Date, options: Partial<Parameters<typeof activeCampaigns>[1]> = {}) =>
  activeCampaigns(date, { campaigns: CAMPAIGNS, ...options }).map((a) => (a.phase ? `${a.campaign.id}#${a.phase}` : a.campaign.id));

const MST = 'mois-sans-tabac';
const ROSE = 'octobre-rose';
const BLEU = 'mars-bleu';
const SEV = 'semaine-europeenne-vaccination';
const FLU = 'grippe-covid';
const COL = 'vaccination-college';
const AUT = 'vaccination-college#autorisation';
const HEAR = 'journee-mondiale-audition';

/**
 * What runs on the 1st and the 15th of every month of 2026 and 2027 (worked out by hand from the
 * official calendar in domain.md, not from the code), most time-bound first.
 */
const EXPECTED: Record<string, string[]> = {
  '2026-01-01': [FLU, COL], // 2025-26 flu season, extended to 28 February 2026
  '2026-01-15': [FLU, COL],
  '2026-02-01': [FLU, COL],
  '2026-02-15': [FLU, COL],
  '2026-03-01': [HEAR, BLEU, COL], // World Hearing Day shows from 25 February
  '2026-03-15': [BLEU, COL],
  '2026-04-01': [COL],
  '2026-04-15': [COL],
  '2026-05-01': [SEV, COL], // 26 April – 2 May 2026
  '2026-05-15': [COL],
  '2026-06-01': [COL],
  '2026-06-15': [COL],
  '2026-07-01': [],
  '2026-07-15': [],
  '2026-08-01': [],
  '2026-08-15': [],
  '2026-09-01': [AUT],
  '2026-09-15': [AUT],
  '2026-10-01': [`${MST}#inscription`, ROSE, AUT],
  '2026-10-15': [`${MST}#inscription`, ROSE, FLU, AUT], // default flu rule: from 15 October
  '2026-11-01': [MST, FLU, AUT],
  '2026-11-15': [MST, FLU, AUT],
  '2026-12-01': [FLU, AUT],
  '2026-12-15': [FLU, AUT],
  '2027-01-01': [FLU, COL],
  '2027-01-15': [FLU, COL],
  '2027-02-01': [COL], // default rule ends on 31 January
  '2027-02-15': [COL],
  '2027-03-01': [HEAR, BLEU, COL],
  '2027-03-15': [BLEU, COL],
  '2027-04-01': [COL],
  '2027-04-15': [COL],
  '2027-05-01': [SEV, COL], // 25 April – 1 May 2027
  '2027-05-15': [COL],
  '2027-06-01': [COL],
  '2027-06-15': [COL],
  '2027-07-01': [],
  '2027-07-15': [],
  '2027-08-01': [],
  '2027-08-15': [],
  '2027-09-01': [AUT],
  '2027-09-15': [AUT],
  '2027-10-01': [`${MST}#inscription`, ROSE, AUT],
  '2027-10-15': [`${MST}#inscription`, ROSE, FLU, AUT],
  '2027-11-01': [MST, FLU, AUT],
  '2027-11-15': [MST, FLU, AUT],
  '2027-12-01': [FLU, AUT],
  '2027-12-15': [FLU, AUT],
};

describe('activeCampaigns over 2026 and 2027', () => {
  it('covers the 1st and the 15th of all 24 months', () => {
    assert.equal(Object.keys(EXPECTED).length, 48);
  });

  for (const [date, expected] of Object.entries(EXPECTED)) {
    it(`${date}: ${expected.join(', ') || 'no campaign'}`, () => {
      assert.deepEqual(active(date), expected);
    });
  }

  it('gives each theme only its own campaigns, on every one of those days', () => {
    for (const [date, expected] of Object.entries(EXPECTED)) {
      for (const theme of THEMES) {
        const own = expected.filter((key) => byId(key.split('#')[0]!).theme === theme);
        assert.deepEqual(active(date, { themes: [theme] }), own, `${date}, ${theme}`);
      }
    }
  });

  it('shows the single days around them: World No Tobacco Day from 25 to 31 May', () => {
    assert.deepEqual(active('2026-05-24', { themes: ['tabac'] }), []);
    assert.deepEqual(active('2026-05-25', { themes: ['tabac'] }), ['journee-mondiale-sans-tabac']);
    assert.deepEqual(active('2026-05-31', { themes: ['tabac'] }), ['journee-mondiale-sans-tabac']);
    assert.deepEqual(active('2026-06-01', { themes: ['tabac'] }), []);
    assert.deepEqual(active('2027-03-03', { themes: ['neurosensoriel'] }), [HEAR]);
    assert.deepEqual(active('2027-03-04', { themes: ['neurosensoriel'] }), []);
  });

  it('never returns an evergreen message as a campaign', () => {
    for (let day = 0; day < 730; day++) {
      const date = fromDay(20_454 + day); // 2026-01-01 onwards
      for (const a of activeCampaigns(date, { campaigns: CAMPAIGNS })) assert.ok(!a.campaign.evergreen, date);
    }
  });
});

describe('period rules', () => {
  const days = (rule: Rule, year: number) => ruleOccurrence(rule, year).map(fromDay);

  it('whole months, including February of a leap year', () => {
    assert.deepEqual(days({ month: 11 }, 2026), ['2026-11-01', '2026-11-30']);
    assert.deepEqual(days({ month: 2 }, 2028), ['2028-02-01', '2028-02-29']);
    assert.deepEqual(days({ month: 12 }, 2027), ['2027-12-01', '2027-12-31']);
  });

  it('date ranges, crossing New Year when they end before they start', () => {
    assert.deepEqual(days({ from: '10-15', to: '01-31' }, 2026), ['2026-10-15', '2027-01-31']);
    assert.deepEqual(days({ from: '09-01', to: '12-31' }, 2027), ['2027-09-01', '2027-12-31']);
  });

  it('fixed days, shown from `lead` days before, even across New Year', () => {
    assert.deepEqual(days({ day: '05-31' }, 2026), ['2026-05-31', '2026-05-31']);
    assert.deepEqual(days({ day: '03-03', lead: 6 }, 2028), ['2028-02-26', '2028-03-03']);
    const newYear: Campaign = { ...byId('journee-mondiale-sans-tabac'), periods: [{ day: '01-02', lead: 5 }] };
    assert.equal(occurrenceOn(newYear, '2026-12-29')?.start, '2026-12-28');
    assert.equal(occurrenceOn(newYear, '2027-01-02')?.end, '2027-01-02');
    assert.equal(occurrenceOn(newYear, '2027-01-03'), undefined);
  });

  it('"the last week of April": seven days from the last Sunday of April (2025: 27 April – 3 May)', () => {
    const week: Rule = { nth: -1, weekday: 0, month: 4, days: 7 };
    assert.deepEqual(days(week, 2025), ['2025-04-27', '2025-05-03']);
    assert.deepEqual(days(week, 2026), ['2026-04-26', '2026-05-02']);
    assert.deepEqual(days(week, 2027), ['2027-04-25', '2027-05-01']);
    assert.deepEqual(days(week, 2028), ['2028-04-30', '2028-05-06']); // 30 April is itself a Sunday
  });

  it('the nth weekday of a month: 2nd Thursday of March (9 March 2023, 10 March 2022)', () => {
    const rule: Rule = { nth: 2, weekday: 4, month: 3, days: 1 };
    assert.deepEqual(days(rule, 2023), ['2023-03-09', '2023-03-09']);
    assert.deepEqual(days(rule, 2022), ['2022-03-10', '2022-03-10']);
    assert.deepEqual(days({ nth: -2, weekday: 1, month: 5, days: 1 }, 2026), ['2026-05-18', '2026-05-18']);
  });

  it('registration windows: Mois sans tabac’s October phase, then November', () => {
    const mst = byId(MST);
    assert.deepEqual(occurrenceOn(mst, '2026-09-30'), undefined);
    assert.equal(occurrenceOn(mst, '2026-10-31')?.phase, 'inscription');
    assert.equal(occurrenceOn(mst, '2026-11-01')?.phase, undefined);
    assert.equal(occurrenceOn(mst, '2026-11-30')?.edition, 'mois-sans-tabac@2026-11-01');
    assert.equal(occurrenceOn(mst, '2026-12-01'), undefined);
  });
});

describe('overrides and validity', () => {
  it('2025-26 flu and Covid campaign: 14 October 2025 to 28 February 2026 (extended), replacing the default', () => {
    const flu = byId(FLU);
    assert.equal(occurrenceOn(flu, '2025-10-13'), undefined);
    assert.equal(occurrenceOn(flu, '2025-10-14')?.edition, 'grippe-covid@2025-10-14');
    assert.equal(occurrenceOn(flu, '2025-11-20')?.end, '2026-02-28');
    assert.equal(occurrenceOn(flu, '2026-02-28')?.start, '2025-10-14');
    assert.equal(occurrenceOn(flu, '2026-03-01'), undefined);
  });

  it('later seasons follow the default rule until their official dates are added', () => {
    const flu = byId(FLU);
    assert.equal(occurrenceOn(flu, '2026-10-14'), undefined);
    assert.deepEqual([occurrenceOn(flu, '2026-10-15')?.start, occurrenceOn(flu, '2026-10-15')?.end], ['2026-10-15', '2027-01-31']);
    const announced: Campaign = { ...flu, overrides: [...(flu.overrides ?? []), { from: '2026-10-13', to: '2027-01-31' }] };
    assert.equal(occurrenceOn(announced, '2026-10-13')?.edition, 'grippe-covid@2026-10-13');
    assert.equal(occurrenceOn(announced, '2027-01-10')?.edition, 'grippe-covid@2026-10-13');
  });

  it('an override replaces only the period of its own phase', () => {
    const mst: Campaign = { ...byId(MST), overrides: [{ from: '2026-10-05', to: '2026-10-25', phase: 'inscription' }] };
    assert.equal(occurrenceOn(mst, '2026-10-02'), undefined);
    assert.equal(occurrenceOn(mst, '2026-10-10')?.edition, 'mois-sans-tabac@2026-10-05');
    assert.equal(occurrenceOn(mst, '2026-11-10')?.edition, 'mois-sans-tabac@2026-11-01');
  });

  it('European Immunization Week 2025 keeps its documented dates', () => {
    assert.equal(occurrenceOn(byId(SEV), '2025-05-03')?.edition, 'semaine-europeenne-vaccination@2025-04-27');
    assert.equal(occurrenceOn(byId(SEV), '2025-05-04'), undefined);
  });

  it('a campaign does not run before `since` (ACWY at collège from the 2025-26 school year)', () => {
    assert.deepEqual(active('2025-03-01', { themes: ['vaccination'] }), []);
    assert.deepEqual(active('2025-09-01', { themes: ['vaccination'] }), [AUT]);
    const retired: Campaign = { ...byId(COL), until: '2026-06-30' };
    assert.equal(occurrenceOn(retired, '2026-06-30')?.edition, 'vaccination-college@2026-01-01');
    assert.equal(occurrenceOn(retired, '2026-09-10'), undefined);
    // `since` within a month-long campaign: shown from that day to the campaign's end.
    const late: Campaign = { ...byId(MST), since: '2026-11-15' };
    assert.equal(occurrenceOn(late, '2026-11-10'), undefined);
    assert.equal(occurrenceOn(late, '2026-11-20')?.edition, 'mois-sans-tabac@2026-11-01');
  });

  it('of two periods that overlap, shows the one that started last (a phase within a longer period)', () => {
    const campaign: Campaign = { ...byId(MST), overrides: [], periods: [{ from: '10-01', to: '11-30' }, { month: 11, phase: 'inscription' }] };
    assert.equal(occurrenceOn(campaign, '2026-10-20')?.phase, undefined);
    assert.equal(occurrenceOn(campaign, '2026-11-20')?.phase, 'inscription');
  });

  it('leaves the flu campaign out where its dates differ (Mayotte, La Réunion)', () => {
    assert.ok(active('2026-11-15', { region: 'metropole' }).includes(FLU));
    assert.ok(active('2026-11-15', { region: 'guyane' }).includes(FLU));
    assert.ok(!active('2026-11-15', { region: 'reunion' }).includes(FLU));
    assert.ok(!active('2026-11-15', { region: 'mayotte' }).includes(FLU));
    assert.ok(active('2026-11-15', { region: 'reunion' }).includes(MST));
  });
});

describe('editions', () => {
  it('differ from one year to the next, so that a dismissal does not hide next year’s campaign', () => {
    const [a2026] = activeCampaigns('2026-11-15', { campaigns: CAMPAIGNS, themes: ['tabac'] });
    const [a2027] = activeCampaigns('2027-11-02', { campaigns: CAMPAIGNS, themes: ['tabac'] });
    assert.equal(a2026?.edition, 'mois-sans-tabac@2026-11-01');
    assert.equal(a2027?.edition, 'mois-sans-tabac@2027-11-01');
  });

  it('evergreen messages have one edition per calendar year', () => {
    assert.equal(evergreenFor('vaccination', '2026-07-10', CAMPAIGNS)?.edition, 'vaccination-a-jour@2026-01-01');
    assert.equal(evergreenFor('neurosensoriel', '2027-12-31', CAMPAIGNS)?.edition, 'audition-vue-enfants@2027-01-01');
    for (const theme of THEMES) assert.ok(evergreenFor(theme, '2026-01-01', CAMPAIGNS), theme);
  });

  it('a forced campaign out of its dates shows its next main edition (not a registration phase)', () => {
    assert.deepEqual(
      [occurrenceFor(byId(MST), '2026-06-15').edition, occurrenceFor(byId(MST), '2026-06-15').phase],
      ['mois-sans-tabac@2026-11-01', undefined],
    );
    assert.equal(occurrenceFor(byId(MST), '2026-10-10').phase, 'inscription');
    assert.equal(occurrenceFor(byId(BLEU), '2026-12-01').edition, 'mars-bleu@2027-03-01');
  });
});

describe('days in the site’s time zone', () => {
  // 23:30 UTC on 28 February 2026 is already 1 March in Paris, still 28 February in Martinique.
  const instant = new Date('2026-02-28T23:30:00Z');

  it('reads an instant as a day in the given zone, never the machine’s', () => {
    assert.equal(dayInZone(instant, 'Europe/Paris'), '2026-03-01');
    assert.equal(dayInZone(instant, 'America/Martinique'), '2026-02-28');
    assert.equal(dayInZone(instant, 'Indian/Reunion'), '2026-03-01');
  });

  it('writes the same day as the calendar fields of Intl, for any instant and zone', () => {
    // dayInZone reads the date back from its American spelling: checked against the fields themselves.
    const zones = ['Europe/Paris', 'America/Martinique', 'America/Cayenne', 'Indian/Reunion', 'Indian/Mayotte', 'Pacific/Noumea', 'Pacific/Kiritimati', 'Etc/GMT+12'];
    const from = Date.UTC(2020, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    for (let i = 0; i < 2000; i++) {
      const at = from + Math.floor(Math.random() * (to - from));
      const timeZone = zones[i % zones.length]!;
      const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
      const field = (type: string) => parts.find((p) => p.type === type)!.value;
      assert.equal(dayInZone(at, timeZone), `${field('year')}-${field('month')}-${field('day')}`, `${new Date(at).toISOString()} in ${timeZone}`);
    }
  });

  it('picks the campaigns of that day', () => {
    assert.deepEqual(active(instant, { timeZone: 'Europe/Paris', themes: ['cancers', 'vaccination'] }), [BLEU, COL]);
    assert.deepEqual(active(instant, { timeZone: 'America/Martinique', themes: ['cancers', 'vaccination'] }), [FLU, COL]);
  });
});

describe('texts', () => {
  it('a phase changes what it says and keeps the rest', () => {
    const inscription = occurrenceOn(byId(MST), '2026-10-10')!;
    const fr = textsOf(inscription);
    assert.match(fr.title, /inscriptions ouvertes/);
    assert.equal(fr.tel, byId(MST).fr.tel);
    const en = textsOf(inscription, CAMPAIGNS_EN);
    assert.equal(en.title, 'Mois sans tabac: registration is open');
    assert.match(en.tel ?? '', /free call/);
  });

  it('falls back to French for what a translation lacks', () => {
    const rose = occurrenceOn(byId(ROSE), '2026-10-10')!;
    assert.deepEqual(textsOf(rose, {}), byId(ROSE).fr);
    assert.equal(textsOf(rose, { 'octobre-rose': { title: 'Pink' } }).message, byId(ROSE).fr.message);
  });
});

describe('the @msp-kit/widgets/prevention entry', () => {
  it('gives the calendar, the data in both languages and the checks, without a DOM', async () => {
    const entry = await import('../../packages/widgets/src/prevention/index.js');
    const [first] = entry.activeCampaigns('2026-11-22', { campaigns: entry.CAMPAIGNS, themes: ['tabac'] });
    assert.ok(first);
    assert.equal(entry.textsOf(first).title, 'Mois sans tabac');
    assert.equal(entry.textsOf(first, entry.CAMPAIGNS_EN).title, 'Mois sans tabac (tobacco-free month)');
    assert.equal(entry.validateCampaigns(entry.CAMPAIGNS, entry.CAMPAIGNS_EN).ok, true);
  });
});
