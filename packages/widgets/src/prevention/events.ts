/**
 * The MSP's own prevention events ("Atelier sevrage tabagique, jeudi 18 h, salle 2"), given as
 * JSON and checked with zod/mini entry by entry: a bad entry is skipped with an issue naming its
 * field, the others are kept. Pure module, no DOM. The element loads it only when it is given
 * events (an opt-in), so banners without events do not download it.
 */
import * as z from 'zod/mini';
import { firstOfMonth, type Lang } from '../shared/i18n.js';
import { THEMES, dayInZone, isIsoDate, type IsoDate, type Theme } from './calendar.js';

/** Date, optionally a time (hours and minutes, optional seconds), optionally `Z` or an offset. */
const DATE_TIME = /^(\d{4}-\d\d-\d\d)(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/;
const text = z.string().check(z.regex(/\S/, 'expected a non-empty text'), z.maxLength(200, 'expected at most 200 characters'));

export const localEventSchema = z.object({
  theme: z.enum(THEMES),
  title: text,
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` in the site's time zone, or with `Z` or an offset. */
  date: z.string().check(z.refine((v) => isIsoDate(DATE_TIME.exec(v)?.[1]), 'expected YYYY-MM-DD or YYYY-MM-DDTHH:MM')),
  place: z.optional(text),
  /** An http(s) URL, a path on the site (`/ateliers`) or a `tel:` link. */
  url: z.optional(z.string().check(z.regex(/^(https?:\/\/[^\s/]|\/(?!\/)|tel:\+?[\d .-]+$)\S*$/i, 'expected an http(s) URL, a path or a tel: link'))),
});

export type LocalEvent = z.infer<typeof localEventSchema>;

export interface EventsResult {
  events: LocalEvent[];
  /** One line per skipped entry, naming its field (`events[2].date: …`). */
  issues: string[];
}

/** Keeps the valid entries of `raw` (an array of events); unknown keys are dropped. */
export function readEvents(raw: unknown): EventsResult {
  const result: EventsResult = { events: [], issues: [] };
  if (raw == null) return result;
  if (!Array.isArray(raw)) {
    // A string is JSON from the `events` attribute that could not be read.
    result.issues.push(`events: ${typeof raw === 'string' ? 'not valid JSON; ' : ''}expected an array such as [{"theme": "tabac", "title": "…", "date": "2026-11-19"}]`);
    return result;
  }
  raw.forEach((entry: unknown, index) => {
    const parsed = z.safeParse(localEventSchema, entry);
    if (parsed.success) result.events.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      result.issues.push(`events[${index}]${issue?.path.map((p) => `.${String(p)}`).join('') ?? ''}: ${issue?.message}; entry skipped`);
    }
  });
  return result;
}

/** Whether a date carries its own offset (`Z`, `+01:00`), rather than the site's wall-clock time. */
export const hasOffset = (date: string) => /(Z|[+-]\d\d:\d\d)$/.test(date);

/** The day an event falls on in the site's time zone. */
export const eventDay = (event: LocalEvent, timeZone: string): IsoDate =>
  hasOffset(event.date) ? dayInZone(new Date(event.date), timeZone) : event.date.slice(0, 10);

/** Events of `theme` on or after `today` (an event shows until its day is over), soonest first. */
export function upcomingEvents(events: readonly LocalEvent[], theme: Theme, today: IsoDate, timeZone: string): LocalEvent[] {
  return events
    .map((event) => ({ event, day: eventDay(event, timeZone) }))
    .filter(({ event, day }) => event.theme === theme && day >= today)
    .sort((a, b) => a.day.localeCompare(b.day) || a.event.date.localeCompare(b.event.date))
    .map(({ event }) => event);
}

/**
 * When an event takes place, for its list item: "jeudi 19 novembre, 18 h" / "Thursday 19 November,
 * 18:00" in the site's time zone, with the year when it is not this year's.
 */
export function eventWhen(event: LocalEvent, lang: Lang, timeZone: string, today: IsoDate): string {
  const day = eventDay(event, timeZone);
  const date = firstOfMonth(
    new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: day.slice(0, 4) === today.slice(0, 4) ? undefined : 'numeric',
      timeZone: 'UTC',
    }).format(new Date(day)),
    lang,
  );
  if (event.date.length < 16) return date;
  const clock = hasOffset(event.date)
    ? new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(event.date))
    : event.date.slice(11, 16);
  const [h, m] = clock.split(':') as [string, string];
  // As each language writes the time: 18 h, 9 h 30; 18:00, 09:30.
  return `${date}, ${lang === 'fr' ? `${+h}\u00a0h${m === '00' ? '' : `\u00a0${m}`}` : clock}`;
}
