/**
 * The contract of the campaign calendar, in zod, checked in the Node tests so that a broken edit
 * of campaigns.ts fails before it ships. Not imported by the element (the data is checked once,
 * not in every visitor's browser). The local events' schema lives in events.ts.
 */
import * as z from 'zod/mini';
import { REGIONS, type Region } from '../shared/regions.js';
import { THEMES, isIsoDate, isMonthDay, type Campaign } from './calendar.js';

const text = (max: number) =>
  z.string().check(z.refine((v) => /\S/.test(v) && v.length <= max, `expected a non-empty text of at most ${max} characters`));
const isoDate = z.string().check(z.refine(isIsoDate, 'expected a date YYYY-MM-DD'));
const monthDay = z.string().check(z.refine(isMonthDay, 'expected a day MM-DD that exists every year'));
const https = z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/, 'expected an https URL'));
const int = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const phase = z.optional(z.string().check(z.regex(/^[a-z][a-z-]*$/, 'expected a lower-case phase name')));

const rule = z.union([
  z.strictObject({ month: int(1, 12), phase }),
  z.strictObject({ from: monthDay, to: monthDay, phase }),
  z.strictObject({ day: monthDay, lead: z.optional(int(0, 31)), phase }),
  z.strictObject({
    nth: int(-5, 5).check(z.refine((n) => n !== 0, 'expected 1…5 or −1…−5 (−1: last)')),
    weekday: int(0, 6),
    month: int(1, 12),
    days: int(1, 62),
    phase,
  }),
]);

export const textsSchema = z.strictObject({ title: text(90), message: text(240), cta: text(120), tel: z.optional(text(80)) });
/** What a phase changes: its own title and message, the rest if it differs. */
const phaseSchema = z.strictObject({ title: text(90), message: text(240), cta: z.optional(text(120)), tel: z.optional(text(80)) });
type TextsData = z.infer<typeof phaseSchema>;

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/**
 * The banner's background: `share` of `colour` over `surface` (white by default), as CSS
 * `color-mix(in srgb, …)` computes it.
 */
export function tint(colour: string, share = 0.08, surface = '#ffffff'): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) => Math.round(channel(colour, i) * share + channel(surface, i) * (1 - share)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** A helpline link is shown with `phone` only (a phase may keep the campaign's), and shows its number. */
function checkTel(phone: string | undefined, t: TextsData, report: (message: string) => void, phase = false): void {
  if (t.tel ? !phone : phone && !phase) report(phone ? 'required with phone' : 'only with phone');
  if (phone && t.tel && !t.tel.includes(phone)) report(`should show the number ${phone}`);
}

export const campaignSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id')),
    theme: z.enum(THEMES),
    evergreen: z.optional(z.literal(true)),
    periods: z.array(rule),
    overrides: z.optional(z.array(z.strictObject({ from: isoDate, to: isoDate, phase }))),
    since: z.optional(isoDate),
    until: z.optional(isoDate),
    regions: z.optional(z.array(z.enum(REGIONS as readonly [Region, ...Region[]])).check(z.minLength(1))),
    audience: z.optional(z.strictObject({ min: int(0, 120), max: z.optional(int(0, 120)) })),
    colour: z.string().check(z.regex(/^#[0-9a-f]{6}$/, 'expected a colour #rrggbb (lower case)')),
    url: https,
    urlLang: z.optional(z.enum(['en'])),
    phone: z.optional(z.string().check(z.regex(/^[0-9][0-9\u00a0 ]{1,14}$/, 'expected a phone number such as "39 89"'))),
    source: https,
    reviewed: isoDate,
    fr: textsSchema,
    phases: z.optional(z.record(z.string(), phaseSchema)),
  })
  .check(
    z.superRefine((c, ctx) => {
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', message, input: c, path });
      if (c.evergreen && (c.periods.length || c.overrides)) issue(['periods'], 'an evergreen message has no periods nor overrides');
      if (!c.evergreen && !c.periods.length) issue(['periods'], 'a campaign needs at least one period');
      const used = new Set(c.periods.map((p) => p.phase));
      c.periods.forEach((p, i) => {
        if (p.phase && !c.phases?.[p.phase]) issue(['periods', i, 'phase'], `no texts in phases.${p.phase}`);
      });
      for (const name of Object.keys(c.phases ?? {})) {
        if (!used.has(name)) issue(['phases', name], 'no period has this phase');
      }
      c.overrides?.forEach((o, i) => {
        if (o.from > o.to) issue(['overrides', i, 'to'], 'ends before it starts');
        if (!used.has(o.phase)) issue(['overrides', i, 'phase'], 'no period has this phase');
      });
      if (c.since && c.until && c.since > c.until) issue(['until'], 'comes before since');
      if (c.audience?.max !== undefined && c.audience.max < c.audience.min) issue(['audience', 'max'], 'below min');
      checkTel(c.phone, c.fr, (message) => issue(['fr', 'tel'], message));
      for (const [name, t] of Object.entries(c.phases ?? {})) checkTel(c.phone, t, (message) => issue(['phases', name, 'tel'], message), true);
      // White text on the accent (call to action), accent text and pictogram on the tinted background.
      if (/^#[0-9a-f]{6}$/.test(c.colour)) {
        const min = Math.min(contrast(c.colour, '#ffffff'), contrast(c.colour, tint(c.colour)));
        if (min < 4.5) issue(['colour'], `contrast ${min.toFixed(2)}:1, below the 4.5:1 of WCAG AA`);
      }
    }),
  );

export const campaignsSchema = z.array(campaignSchema).check(
  z.superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${c.id}"`, input: c.id, path: [i, 'id'] });
      seen.add(c.id);
    });
    for (const theme of THEMES) {
      const count = list.filter((c) => c.evergreen && c.theme === theme).length;
      if (count !== 1) ctx.addIssue({ code: 'custom', message: `${count} evergreen messages for "${theme}", expected 1`, input: list, path: [] });
    }
  }),
);

/**
 * Validates the campaigns and their English texts (`CAMPAIGNS_EN`: the texts of every campaign,
 * keyed by id, and what each phase changes, keyed `id/phase`). Each issue reads `path: message`
 * (`3.periods.0.month: …`, `en.mars-bleu.title: …`).
 */
export function validateCampaigns(data: unknown, english: unknown): { ok: boolean; issues: string[] } {
  const issues: string[] = [];
  const report = (prefix: string, result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
    if (result.error) issues.push(...result.error.issues.map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(list)'}: ${i.message}`));
  };
  const campaigns = z.safeParse(campaignsSchema, data);
  const en = z.safeParse(z.record(z.string(), z.unknown()), english);
  report('', campaigns);
  report('en', en);
  if (!campaigns.success || !en.success) return { ok: false, issues };
  const expected = new Set<string>();
  for (const c of campaigns.data) {
    const keys = [c.id, ...Object.keys(c.phases ?? {}).map((phase) => `${c.id}/${phase}`)];
    keys.forEach((key, i) => {
      expected.add(key);
      if (en.data[key] === undefined) return void issues.push(`en.${key}: missing`);
      const texts = z.safeParse(i ? phaseSchema : textsSchema, en.data[key]);
      report(`en.${key}`, texts);
      if (texts.success) checkTel(c.phone, texts.data, (message) => issues.push(`en.${key}.tel: ${message}`), i > 0);
    });
  }
  for (const key of Object.keys(en.data)) if (!expected.has(key)) issues.push(`en.${key}: no such campaign or phase`);
  return { ok: issues.length === 0, issues };
}

// The schemas describe exactly the types the calendar and the element work with.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesTypes: Same<z.infer<typeof campaignSchema>, Campaign> = true;
