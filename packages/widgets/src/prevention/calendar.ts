/**
 * The prevention calendar: which national campaigns run on a given day. Campaign dates are
 * yearly rules (a whole month, a fixed day, a range of days, "the week starting on the last
 * Sunday of April"…), corrected for a given season by explicit overrides taken from the official
 * announcement. Pure module, no DOM: days are ISO dates (`YYYY-MM-DD`), computed in the site's
 * time zone, never the visitor's.
 */
import type { Region } from '../shared/regions.js';

export const THEMES = ['vaccination', 'tabac', 'cancers', 'neurosensoriel'] as const;
export type Theme = (typeof THEMES)[number];

/** `MM-DD`, a day of any year (29 February is refused: it does not come back every year). */
export type MonthDay = string;
/** `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * A yearly rule, one of:
 * - `{ month }`: the whole month (1–12);
 * - `{ from, to }`: from one day to another, both included, crossing New Year if `to` comes first;
 * - `{ day, lead }`: one day, shown from `lead` days before;
 * - `{ nth, weekday, month, days }`: `days` days from the nth (−1: last) `weekday` (0: Sunday) of `month`.
 */
export type Rule =
  | { month: number }
  | { from: MonthDay; to: MonthDay }
  | { day: MonthDay; lead?: number }
  | { nth: number; weekday: number; month: number; days: number };

/** A yearly period; a `phase` (registration, authorisation…) has texts of its own. */
export type Period = Rule & { phase?: string };

/** Official dates for one season; they replace the period of the same phase they overlap. */
export interface Override {
  from: IsoDate;
  to: IsoDate;
  phase?: string;
}

/** What a banner says, in one language (French in campaigns.ts, English in campaigns-en.ts). */
export interface Texts {
  title: string;
  message: string;
  /** Text of the link to the official resource. */
  cta: string;
  /** Text of the helpline link, with its number (required with `phone`). */
  tel?: string;
}

export interface Campaign {
  /** Stable identifier, used by `campaign="…"` and in remembered dismissals. */
  id: string;
  theme: Theme;
  /** The theme's message for any time of year, shown when no campaign runs. */
  evergreen?: true;
  /** Yearly periods (none for an evergreen message). */
  periods: Period[];
  /** Official dates of given seasons. */
  overrides?: Override[];
  /** First and last days the texts are valid (a campaign that started or ended in a given year). */
  since?: IsoDate;
  until?: IsoDate;
  /** Regions the dates apply to (all when absent). */
  regions?: Region[];
  /** Ages the campaign addresses, in years. */
  audience?: { min: number; max?: number };
  /** Accent colour, `#rrggbb`, AA on white and on its own tint. */
  colour: string;
  /** The official resource the call to action links to. */
  url: string;
  /** Language of that resource, when it is not French. */
  urlLang?: 'en';
  /** Helpline number, as written (`39 89`). */
  phone?: string;
  /** Official page confirming the facts and dates. */
  source: string;
  /** Day the texts and dates were last checked against the source. */
  reviewed: IsoDate;
  /** French texts (English ones: `CAMPAIGNS_EN[id]`). */
  fr: Texts;
  /** What each phase named in `periods` says instead, in French (English: `CAMPAIGNS_EN['id/phase']`). */
  phases?: Record<string, PhaseTexts>;
}

/** What a phase says instead: its own title and message, and the rest where it differs. */
export type PhaseTexts = Pick<Texts, 'title' | 'message'> & Partial<Texts>;

/** Texts in another language, keyed by campaign id, and `id/phase` for what a phase changes. */
export type Translations = Readonly<Record<string, Partial<Texts>>>;

/** One campaign on one day: the occurrence that covers it. */
export interface ActiveCampaign {
  campaign: Campaign;
  start: IsoDate;
  end: IsoDate;
  phase?: string;
  /** `id@start`: what a dismissal remembers, so that next year's edition shows again. */
  edition: string;
}

const DAY = 86_400_000;
const utc = (year: number, monthIndex: number, day: number) => Date.UTC(year, monthIndex, day) / DAY;

/** Day number (days since 1970-01-01) of an ISO date. */
export const toDay = (iso: IsoDate): number => utc(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

/** ISO date of a day number. */
export const fromDay = (day: number): IsoDate => new Date(day * DAY).toISOString().slice(0, 10);

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export const isIsoDate = (value: unknown): boolean =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && fromDay(toDay(value)) === value;

/** Whether `value` is a `MM-DD` day that exists every year. */
export const isMonthDay = (value: unknown): boolean =>
  typeof value === 'string' && value !== '02-29' && isIsoDate(`2001-${value}`);

const monthDay = (year: number, md: MonthDay) => utc(year, +md.slice(0, 2) - 1, +md.slice(3, 5));

/** The first and last day numbers of a rule's occurrence in `year` (it may end the next year). */
export function ruleOccurrence(rule: Rule, year: number): [number, number] {
  if ('nth' in rule) {
    const { nth, weekday, month, days } = rule;
    // The first `weekday` on or after the 1st of the month (nth > 0) or of the next month, minus a
    // week (nth < 0: the last one of the month), then whole weeks on. Day 0, 1970-01-01, was a Thursday.
    const later = +(nth > 0);
    const edge = utc(year, month - later, 1);
    const start = edge + ((((weekday - edge - 4) % 7) + 7) % 7) + 7 * (nth - later);
    return [start, start + days - 1];
  }
  if ('month' in rule) return [utc(year, rule.month - 1, 1), utc(year, rule.month, 0)];
  if ('day' in rule) {
    const end = monthDay(year, rule.day);
    return [end - (rule.lead ?? 0), end];
  }
  const start = monthDay(year, rule.from);
  const end = monthDay(year, rule.to);
  return [start, end < start ? monthDay(year + 1, rule.to) : end];
}

interface Occurrence {
  start: number;
  end: number;
  phase?: string;
}

/**
 * Every occurrence of a campaign whose rule year is in `[from, to]`, plus its overrides. A rule
 * occurrence that overlaps an override of the same phase gives way to it. An evergreen message
 * has one occurrence per calendar year.
 */
export function occurrences(campaign: Campaign, from: number, to: number): Occurrence[] {
  const list: Occurrence[] = [];
  const overrides = (campaign.overrides ?? []).map((o) => ({ start: toDay(o.from), end: toDay(o.to), phase: o.phase }));
  for (let year = from; year <= to; year++) {
    if (campaign.evergreen) list.push({ start: utc(year, 0, 1), end: utc(year, 11, 31) });
    for (const period of campaign.periods) {
      const [start, end] = ruleOccurrence(period, year);
      const replaced = overrides.some((o) => o.phase === period.phase && o.start <= end && start <= o.end);
      if (!replaced) list.push({ start, end, phase: period.phase });
    }
  }
  const since = campaign.since ? toDay(campaign.since) : -Infinity;
  const until = campaign.until ? toDay(campaign.until) : Infinity;
  return [...list, ...overrides].filter((o) => o.end >= since && o.start <= until);
}

const active = (campaign: Campaign, o: Occurrence): ActiveCampaign => {
  const start = fromDay(o.start);
  return { campaign, start, end: fromDay(o.end), phase: o.phase, edition: `${campaign.id}@${start}` };
};

/** Whether a campaign's dates apply in `region` (all regions when either is absent). */
export const inRegion = (campaign: Campaign, region?: Region): boolean => !region || !campaign.regions || campaign.regions.includes(region);

/** The occurrence of `campaign` covering `date`, if any (the latest started when several do). */
export function occurrenceOn(campaign: Campaign, date: IsoDate): ActiveCampaign | undefined {
  const day = toDay(date);
  const year = +date.slice(0, 4);
  if ((campaign.since && date < campaign.since) || (campaign.until && date > campaign.until)) return undefined;
  const found = occurrences(campaign, year - 1, year + 1)
    .filter((o) => o.start <= day && day <= o.end)
    .sort((a, b) => b.start - a.start)[0];
  return found && active(campaign, found);
}

/**
 * The occurrence to show when a campaign is forced on a day outside its dates: the current one,
 * else the next one without a phase (its main texts), else the last one.
 */
export function occurrenceFor(campaign: Campaign, date: IsoDate): ActiveCampaign {
  const current = occurrenceOn(campaign, date);
  if (current) return current;
  const day = toDay(date);
  const year = +date.slice(0, 4);
  const all = occurrences(campaign, year - 2, year + 2).sort((a, b) => a.start - b.start);
  const next = all.find((o) => o.start > day && !o.phase) ?? all.at(-1) ?? { start: day, end: day };
  return active(campaign, next);
}

/** The day `instant` falls on in `timeZone` (an IANA name such as `Europe/Paris`). */
export function dayInZone(instant: Date | number, timeZone: string): IsoDate {
  // American English is the one locale every runtime has: MM/DD/YYYY, read back in ISO order.
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return format.format(instant).replace(/(\d+)\/(\d+)\/(\d+)/, '$3-$1-$2');
}

export interface CalendarOptions {
  /** Themes to consider (all four by default). */
  themes?: readonly Theme[];
  /** Time zone in which an instant is read as a day (`Europe/Paris` by default). */
  timeZone?: string;
  /** The site's region: campaigns whose dates differ there are left out. */
  region?: Region;
  /** The campaigns to choose from. */
  campaigns: readonly Campaign[];
}

/** The day a date stands for: an ISO date as is, an instant read in `timeZone`. */
export const toIsoDate = (date: Date | IsoDate, timeZone = 'Europe/Paris'): IsoDate =>
  typeof date === 'string' ? date : dayInZone(date, timeZone);

/**
 * The campaigns (not the evergreen messages) running on `date` for the given themes and region,
 * the most time-bound first (a single day before a month, a month before a season), then in the
 * order of the data.
 */
export function activeCampaigns(date: Date | IsoDate, { themes = THEMES, timeZone, region, campaigns }: CalendarOptions): ActiveCampaign[] {
  const day = toIsoDate(date, timeZone);
  const length = (a: ActiveCampaign) => toDay(a.end) - toDay(a.start);
  return campaigns
    .filter((c) => !c.evergreen && themes.includes(c.theme) && inRegion(c, region))
    .map((c) => occurrenceOn(c, day))
    .filter((a) => a !== undefined)
    .sort((a, b) => length(a) - length(b));
}

/** The evergreen message of `theme` for the year of `date`. */
export function evergreenFor(theme: Theme, date: IsoDate, campaigns: readonly Campaign[]): ActiveCampaign | undefined {
  const campaign = campaigns.find((c) => c.evergreen && c.theme === theme);
  return campaign && occurrenceOn(campaign, date);
}

/**
 * A campaign's texts for an occurrence, with what its phase changes: from `translations` when
 * given (French for anything they lack), else French.
 */
export function textsOf({ campaign: { id, fr, phases }, phase }: ActiveCampaign, translations?: Translations): Texts {
  const key = `${id}/${phase}`;
  return translations ? { ...fr, ...translations[id], ...translations[key] } : { ...fr, ...phases?.[phase ?? ''] };
}
