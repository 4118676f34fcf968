import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CAMPAIGNS } from '../../packages/widgets/src/prevention/campaigns.js';
import { CAMPAIGNS_EN } from '../../packages/widgets/src/prevention/campaigns-en.js';
import { THEMES, fromDay, ruleOccurrence, textsOf, type Campaign, type Texts } from '../../packages/widgets/src/prevention/calendar.js';
import { contrast, tint, validateCampaigns } from '../../packages/widgets/src/prevention/schema.js';
import { darkPalette } from '../../stories/support/dark-palette.js';

/** A deep copy of the shipped data, changed by `edit`, with its issues. */
function broken(edit: (campaigns: Record<string, unknown>[], en: Record<string, Record<string, unknown>>) => void): string[] {
  const campaigns = structuredClone(CAMPAIGNS) as unknown as Record<string, unknown>[];
  const en = structuredClone(CAMPAIGNS_EN) as Record<string, Record<string, unknown>>;
  edit(campaigns, en);
  const result = validateCampaigns(campaigns, en);
  assert.equal(result.ok, false);
  return result.issues;
}
const at = (campaigns: Record<string, unknown>[], id: string) => campaigns.find((c) => c.id === id)!;
const index = (id: string) => CAMPAIGNS.findIndex((c) => c.id === id);

describe('the shipped campaign data', () => {
  it('passes the schema, with an English text for every campaign and phase', () => {
    assert.deepEqual(validateCampaigns(CAMPAIGNS, CAMPAIGNS_EN), { ok: true, issues: [] });
  });

  it('has the campaigns the issue asks for, and one evergreen message per theme', () => {
    const ids = CAMPAIGNS.map((c) => c.id);
    for (const id of [
      'mois-sans-tabac',
      'journee-mondiale-sans-tabac',
      'octobre-rose',
      'mars-bleu',
      'semaine-europeenne-vaccination',
      'grippe-covid',
      'vaccination-college',
      'journee-mondiale-audition',
    ]) {
      assert.ok(ids.includes(id), id);
    }
    assert.deepEqual(
      CAMPAIGNS.filter((c) => c.evergreen).map((c) => c.theme).sort(),
      [...THEMES].sort(),
    );
  });

  it('was reviewed on 2026-11-22 against official sources (https)', () => {
    for (const c of CAMPAIGNS) {
      assert.equal(c.reviewed, '2026-11-22', c.id);
      assert.match(c.source, /^https:\/\/(www\.)?([a-z0-9-]+\.)*(gouv\.fr|ameli\.fr|who\.int|santepubliquefrance\.fr|sante\.fr|service-public\.fr|e-cancer\.fr|tabac-info-service\.fr|vaccination-info-service\.fr|depistage-colorectal\.fr)\//, c.id);
    }
  });

  it('gives the Tabac info service helpline, 39 89, with its tobacco campaigns', () => {
    for (const c of CAMPAIGNS.filter((c) => c.theme === 'tabac')) {
      assert.equal(c.phone, '39\u00a089', c.id);
      assert.match(c.fr.tel ?? '', /39\u00a089 \(appel gratuit\)/);
    }
  });

  it('has accents colours with AA contrast: white on them, them and the text on their tint', () => {
    for (const c of CAMPAIGNS) {
      const background = tint(c.colour);
      assert.ok(contrast(c.colour, '#ffffff') >= 4.5, `${c.id}: white on ${c.colour}`);
      assert.ok(contrast(c.colour, background) >= 4.5, `${c.id}: ${c.colour} on ${background}`);
      assert.ok(contrast('#1c2321', background) >= 4.5, `${c.id}: text on ${background}`);
    }
  });

  it('keeps the label (60 % of the campaign colour, 40 % of the text’s) and the text at AA on the banner, with the default colours and with the dark palette', () => {
    for (const { text, surface } of [
      { text: '#1c2321', surface: '#ffffff' },
      { text: darkPalette['--msp-color-text']!, surface: darkPalette['--msp-color-surface']! },
    ]) {
      for (const c of CAMPAIGNS) {
        const background = tint(c.colour, 0.08, surface);
        const label = tint(c.colour, 0.6, text);
        assert.ok(contrast(label, background) >= 4.5, `${c.id}: label ${label} on ${background}`);
        assert.ok(contrast(text, background) >= 4.5, `${c.id}: text ${text} on ${background}`);
      }
    }
  });

  it('follows French typography: a non-breaking space before : ; ! ? and inside « », typographic apostrophes', () => {
    const french: [string, Texts | Partial<Texts>][] = CAMPAIGNS.flatMap((c: Campaign) => [
      [c.id, c.fr] as [string, Texts],
      ...Object.entries(c.phases ?? {}).map(([phase, t]): [string, Partial<Texts>] => [`${c.id}/${phase}`, t]),
    ]);
    for (const [key, texts] of french) {
      for (const value of Object.values(texts) as string[]) {
        assert.doesNotMatch(value, /[^\u00a0][:;!?](\s|$)/, `${key}: ${value}`);
        assert.doesNotMatch(value, /'/, `${key}: ${value}`);
        assert.doesNotMatch(value, /«[^\u00a0]|[^\u00a0]»/, `${key}: ${value}`);
      }
    }
  });

  it('keeps English texts free of French typography and marks French-only resources', () => {
    for (const c of CAMPAIGNS) {
      const en = textsOf({ campaign: c, start: '', end: '', edition: '' }, CAMPAIGNS_EN);
      for (const value of Object.values(en) as string[]) assert.doesNotMatch(value, /\u00a0[:;!?]/, `${c.id}: ${value}`);
      if (!c.urlLang) assert.match(en.cta, /\(in French\)$/, c.id);
    }
  });

  it('says nothing in a campaign’s main texts that holds only while it runs, since campaign="…" shows them on any day', () => {
    // "La campagne est en cours" showed in June on a page forcing the flu campaign.
    for (const c of CAMPAIGNS) {
      const en = textsOf({ campaign: c, start: '', end: '', edition: '' }, CAMPAIGNS_EN);
      assert.doesNotMatch(`${c.fr.title} ${c.fr.message}`, /en cours|actuellement|en ce moment/i, c.id);
      assert.doesNotMatch(`${en.title} ${en.message}`, /under way|currently|right now|ongoing/i, c.id);
    }
  });

  it('gives no phase a deadline ("avant décembre") that comes before the phase’s last day', () => {
    // The collège consent phase runs to 31 December but said "avant décembre".
    const months = (names: string) => names.split(' ').map((name, i) => [name, i] as const);
    const deadlines = [
      ...months('janvier février mars avril mai juin juillet août septembre octobre novembre décembre').map(([name, i]) => [`avant ${name}`, i] as const),
      ...months('January February March April May June July August September October November December').map(([name, i]) => [`before ${name}`, i] as const),
    ];
    for (const c of CAMPAIGNS) {
      for (const period of c.periods.filter((p) => p.phase)) {
        const key = `${c.id}/${period.phase}`;
        const words = [c.phases?.[period.phase ?? ''], CAMPAIGNS_EN[key]].map((t) => `${t?.title} ${t?.message}`).join(' ');
        const [start, end] = ruleOccurrence(period, 2026).map(fromDay) as [string, string];
        for (const [deadline, month] of deadlines.filter(([deadline]) => words.includes(deadline))) {
          // The first day of that month after the phase starts.
          const year = +start.slice(0, 4) + (month < +start.slice(5, 7) - 1 ? 1 : 0);
          const first = `${year}-${String(month + 1).padStart(2, '0')}-01`;
          assert.ok(end < first, `${key} says "${deadline}" but runs to ${end}`);
        }
      }
    }
  });

  it('fits a banner: titles up to 90 characters, messages up to 240', () => {
    const all = [...CAMPAIGNS.map((c) => c.fr), ...Object.values(CAMPAIGNS_EN)];
    assert.ok(all.every((t) => (t.title?.length ?? 0) <= 90 && (t.message?.length ?? 0) <= 240));
  });
});

describe('validateCampaigns reports broken data with its path', () => {
  it('a month out of range', () => {
    const issues = broken((c) => ((at(c, 'mars-bleu').periods as Record<string, unknown>[])[0]!.month = 13));
    assert.ok(issues.some((i) => i.startsWith(`${index('mars-bleu')}.periods.0`)), issues.join('\n'));
  });

  it('a mistyped rule (unknown key)', () => {
    const issues = broken((c) => (at(c, 'octobre-rose').periods = [{ monht: 10 }]));
    assert.ok(issues.some((i) => i.startsWith(`${index('octobre-rose')}.periods.0`)), issues.join('\n'));
  });

  it('29 February as a yearly day, and an impossible override date', () => {
    const issues = broken((c) => {
      at(c, 'journee-mondiale-audition').periods = [{ day: '02-29' }];
      at(c, 'grippe-covid').overrides = [{ from: '2025-10-14', to: '2026-02-30' }];
    });
    assert.ok(issues.some((i) => i.startsWith(`${index('journee-mondiale-audition')}.periods.0`)), issues.join('\n'));
    assert.ok(issues.includes(`${index('grippe-covid')}.overrides.0.to: expected a date YYYY-MM-DD`), issues.join('\n'));
  });

  it('an override ending before it starts, or for a phase no period has', () => {
    const issues = broken((c) => {
      at(c, 'grippe-covid').overrides = [{ from: '2026-10-14', to: '2026-02-28' }];
      at(c, 'mois-sans-tabac').overrides = [{ from: '2026-10-01', to: '2026-10-31', phase: 'inscriptions' }];
    });
    assert.ok(issues.includes(`${index('grippe-covid')}.overrides.0.to: ends before it starts`), issues.join('\n'));
    assert.ok(issues.includes(`${index('mois-sans-tabac')}.overrides.0.phase: no period has this phase`), issues.join('\n'));
  });

  it('a phase without texts, and texts for no phase', () => {
    const issues = broken((c) => {
      (at(c, 'vaccination-college').periods as Record<string, unknown>[])[0]!.phase = 'consentement';
    });
    assert.ok(issues.includes(`${index('vaccination-college')}.periods.0.phase: no texts in phases.consentement`), issues.join('\n'));
    assert.ok(issues.includes(`${index('vaccination-college')}.phases.autorisation: no period has this phase`), issues.join('\n'));
  });

  it('a colour below AA, a plain-http source, a bad review date', () => {
    const issues = broken((c) => {
      Object.assign(at(c, 'octobre-rose'), { colour: '#ff8ec6', source: 'http://www.ameli.fr/', reviewed: '22/11/2026' });
    });
    const i = index('octobre-rose');
    assert.ok(issues.some((m) => m.startsWith(`${i}.colour: contrast 1.`)), issues.join('\n'));
    assert.ok(issues.includes(`${i}.source: expected an https URL`), issues.join('\n'));
    assert.ok(issues.includes(`${i}.reviewed: expected a date YYYY-MM-DD`), issues.join('\n'));
  });

  it('a helpline without its link text, or a link text without the number', () => {
    const fr = broken((c) => void delete (at(c, 'arret-du-tabac').fr as Record<string, unknown>).tel);
    assert.deepEqual(fr, [`${index('arret-du-tabac')}.fr.tel: required with phone`]);
    const en = broken((_c, en) => void (en['journee-mondiale-sans-tabac']!.tel = 'Tabac info service'));
    assert.deepEqual(en, ['en.journee-mondiale-sans-tabac.tel: should show the number 39\u00a089']);
    const extra = broken((_c, en) => void (en['octobre-rose']!.tel = 'Ligne 36\u00a046'));
    assert.deepEqual(extra, ['en.octobre-rose.tel: only with phone']);
  });

  it('an empty title, a message too long for a banner', () => {
    const issues = broken((c) => {
      at(c, 'mars-bleu').fr = { ...(at(c, 'mars-bleu').fr as object), title: '  ', message: 'x'.repeat(241) };
    });
    assert.ok(issues.includes(`${index('mars-bleu')}.fr.title: expected a non-empty text of at most 90 characters`), issues.join('\n'));
    assert.ok(issues.includes(`${index('mars-bleu')}.fr.message: expected a non-empty text of at most 240 characters`), issues.join('\n'));
  });

  it('duplicate ids, a missing or extra evergreen message', () => {
    const issues = broken((c) => {
      c.push({ ...at(c, 'mars-bleu') });
      at(c, 'arret-du-tabac').evergreen = undefined;
    });
    assert.ok(issues.includes(`${CAMPAIGNS.length}.id: duplicate id "mars-bleu"`), issues.join('\n'));
    assert.ok(issues.includes('(list): 0 evergreen messages for "tabac", expected 1'), issues.join('\n'));
  });

  it('English texts missing, left over, or invalid', () => {
    const issues = broken((_c, en) => {
      delete en['mars-bleu'];
      delete en['mois-sans-tabac/inscription'];
      en['mars-rouge'] = { title: 'Red March', message: 'No such campaign.', cta: 'Nowhere' };
      en['octobre-rose']!.cta = '';
    });
    assert.ok(issues.includes('en.mars-bleu: missing'), issues.join('\n'));
    assert.ok(issues.includes('en.mois-sans-tabac/inscription: missing'), issues.join('\n'));
    assert.ok(issues.includes('en.mars-rouge: no such campaign or phase'), issues.join('\n'));
    assert.ok(issues.includes('en.octobre-rose.cta: expected a non-empty text of at most 120 characters'), issues.join('\n'));
  });
});

describe('contrast helpers', () => {
  it('match known WCAG ratios', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
    assert.equal(tint('#000000', 0.5), '#808080');
    assert.equal(tint('#0e6b50'), '#ecf3f1');
  });
});
