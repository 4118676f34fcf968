import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../shared/define.js';
import { headingLevel } from '../shared/heading.js';
import { firstOfMonth } from '../shared/i18n.js';
import { MspWidget } from '../shared/msp-widget.js';
import { hostStyles } from '../shared/theme.js';
import { telUrl } from '../site/settings.js';
import { hoursFr, type HoursMessages } from './messages.js';
import { cached } from './calendar.js';
import { OpeningHours, type HoursSpan } from './opening-hours.js';
import { groupWeek, hoursStatus, nextRefresh, upcomingExceptions, type HoursException, type HoursStatus } from './summary.js';
import { OpeningHoursSyntaxError, type ParseWarning } from './syntax.js';
import { wakeAt } from './ticker.js';
import styles from './msp-opening-hours.styles.js';

/**
 * Date formatters by language and options, made once: a display writes some thirty weekdays and
 * dates, and `toLocaleDateString` makes a formatter at each call (a first render 6 to 12 % faster
 * on a phone's CPU in two measures, bench/hours-element.bench.ts).
 */
const formats: Record<string, Intl.DateTimeFormat> = {};

/** Minutes before a change from which the status counts down ("ouvre dans 20 min"). */
const COUNTDOWN_MINUTES = 60;
/** Days ahead in which public holidays and unusual days are announced. */
const EXCEPTION_DAYS = 14;

/**
 * One service of a health centre with its own hours (secrétariat, prélèvements…), placed inside
 * `<msp-opening-hours>`. It renders nothing itself.
 *
 * @tagname msp-hours-service
 * @summary The hours of one service, shown by the enclosing `<msp-opening-hours>`.
 */
export class MspHoursService extends HTMLElement {
  static observedAttributes = ['label', 'value'];
  #parent: Element | null = null;

  // The enclosing element is told when a service comes, goes or changes (rather than watching
  // its children: the JSON-LD script it adds there would make it render again).
  connectedCallback(): void {
    this.#parent = this.parentElement;
    this.attributeChangedCallback();
  }

  disconnectedCallback(): void {
    this.attributeChangedCallback();
  }

  attributeChangedCallback(): void {
    (this.#parent as MspOpeningHours | null)?.requestUpdate?.();
  }
}

/** A block to show: its hours, or (exactly when they are absent) why they could not be read. */
interface Schedule {
  label: string;
  hours?: OpeningHours;
  error?: OpeningHoursSyntaxError;
}

/**
 * The opening hours of a health centre, always computed in its own time zone with French public
 * holidays: a live status line ("Ouvert, ferme à 19:00"), the week as a table, the coming
 * closures, and what to do when it is closed. Written in the OpenStreetMap `opening_hours` syntax.
 *
 * @tagname msp-opening-hours
 * @summary Opening hours with a live status, the week, coming closures and out-of-hours guidance.
 * @slot - `<msp-hours-service label="…" value="…">` elements, one per service with its own hours.
 * @slot closed-help - Replaces the out-of-hours guidance (emergency, on-call doctor, pharmacy).
 * @csspart schedule - The block of one schedule (one per service).
 * @csspart label - The name of a service.
 * @csspart status - The status line.
 * @csspart badge - "Ouvert" / "Fermé" in the status line.
 * @csspart week - The table of the week.
 * @csspart compact - The one-line summary shown in `compact` mode.
 * @csspart exceptions - The coming closures and special days.
 * @csspart help - The out-of-hours guidance.
 * @csspart error - The message shown when the hours cannot be read.
 * @cssprop [--msp-color-success=#1e6b34] - The "Ouvert" badge.
 * @cssprop [--msp-color-danger=#b3261e] - The "Fermé" badge.
 * @cssprop [--msp-color-surface-alt=#f3f6f5] - Today's row.
 */
export class MspOpeningHours extends MspWidget {
  static override styles = [hostStyles, styles];

  // Static declarations rather than decorators: smaller in the CDN bundle.
  static override properties: PropertyDeclarations = {
    value: {},
    hours: { attribute: false },
    label: {},
    compact: { type: Boolean, reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    at: {},
  };

  /** The hours in the OpenStreetMap syntax: `Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off`. */
  declare value: string;

  /** Already parsed hours (from `parseOpeningHours`), instead of `value`. */
  declare hours?: OpeningHours;

  /** A name for these hours (e.g. "Secrétariat"), shown as a heading. */
  declare label: string;

  /** One line ("Lun–Ven 08:00–12:00") instead of the week's table. */
  declare compact: boolean;

  /** Writes schema.org JSON-LD (`MedicalClinic` with its opening hours) into the page for search engines. */
  declare structuredData: boolean;

  /** Level of the services' headings (1 to 6), and of "En dehors des horaires"; "Prochainement" is one below a service's. */
  declare headingLevel: number;

  /** Shows the hours as at this instant (ISO 8601, e.g. `2026-12-25T10:00+01:00`) instead of live: for previews. */
  declare at?: string;

  // Its own state and helpers are ES private members (#): truly private, and the minifier may
  // shorten their names, which it cannot do for TypeScript's `private`.
  #schedules: Schedule[] = [];
  /**
   * The schedules read, by settings, label and value (ten at most, see willUpdate): an update that
   * changes none (a service upgraded, the same settings again) reads nothing again, and keeps the
   * engine's memo of each day. (A first render looks at a year of days for each schedule.)
   */
  #read = new Map<string, Schedule>();
  #jsonLd?: HTMLScriptElement;

  constructor() {
    super();
    this.value = '';
    this.label = '';
    this.compact = false;
    this.structuredData = false;
    this.headingLevel = 3;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: render again, which asks the shared timer for the next wake-up.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    wakeAt(this);
    this.#removeJsonLd();
  }

  #parse(label: string, value: string, field: string): Schedule {
    const { timeZone, region } = this.settings;
    return cached(this.#read, `${timeZone} ${region} ${label}\n${value}`, () => {
      // The mistake, or the tolerated deviations, for the site's author.
      const warn = ({ messageEn, position }: ParseWarning) => this.warnOnce(`${field}: ${messageEn} at character ${position + 1} of "${value}"`);
      try {
        const hours = new OpeningHours(value, this.settings);
        hours.warnings.forEach(warn);
        return { label, hours };
      } catch (error) {
        if (!(error instanceof OpeningHoursSyntaxError)) throw error;
        warn(error);
        return { label, error };
      }
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const schedules: Schedule[] = [];
    // Ten at most: values typed one after the other in a preview are not all kept.
    if (this.#read.size > 9) this.#read.clear();
    if (this.hours) schedules.push({ label: this.label, hours: this.hours });
    else if (this.value.trim()) schedules.push(this.#parse(this.label, this.value, 'value'));
    for (const service of this.querySelectorAll(':scope > msp-hours-service')) {
      const label = service.getAttribute('label') ?? '';
      schedules.push(this.#parse(label, service.getAttribute('value') ?? '', `<msp-hours-service label="${label}"> value`));
    }
    this.#schedules = schedules;
    this.lacking(schedules.length ? '' : 'value: missing (or <msp-hours-service> children)');
    // Hours that cannot be read: the webmaster's own text shows under the message.
    this.showFallback(schedules.some((s) => s.error));
  }

  /** Keeps a JSON-LD block in the light DOM, where search engines read it. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const hours = this.structuredData ? this.#schedules.find((s) => s.hours)?.hours : undefined;
    const ld = hours && this.need('structured-data: the JSON-LD writer', () => import('./structured-data.js'));
    if (ld) this.#jsonLd = ld.clinicJsonLd(this, this.#jsonLd, hours, this.settings, (message) => this.warnOnce(message));
    // Without structured data, no JSON-LD (there is none yet while its writer loads, nor when it could not).
    else this.#removeJsonLd();
  }

  #removeJsonLd(): void {
    this.#jsonLd?.remove();
    this.#jsonLd = undefined;
  }

  override render(): TemplateResult | typeof nothing {
    // An English page shows nothing rather than French words for a moment, until the English ones
    // are here (French if they cannot come).
    const en = this.locale === 'en' ? this.need('English texts', () => import('./messages-en.js')) : null;
    const t = en === undefined ? undefined : (en?.hoursEn ?? hoursFr);
    if (!t) return nothing;
    let now = new Date(this.at || NaN);
    const preview = !isNaN(+now);
    if (this.at && !preview) this.warnOnce(`at: "${this.at}" is not an ISO 8601 date and time; showing now`);
    if (!preview) now = new Date();
    const level = headingLevel(this.headingLevel, 3);
    let wake: Date | undefined;
    let showHelp = false;
    const blocks = this.#schedules.map(({ label, hours }, index) => {
      let body;
      if (hours) {
        const status = hoursStatus(hours, now);
        const refresh = nextRefresh(status, now, COUNTDOWN_MINUTES, hours.timeZone);
        if (!wake || refresh < wake) wake = refresh;
        if (!index) showHelp = status.state !== 'open';
        const week = hours.week(now);
        // "lun.", not "lun": "mer" alone is a word (the sea).
        const short = (weekday: number) => this.#weekday(weekday, 'short');
        body = html`${this.#renderStatus(status, t)}
        ${this.compact
          ? html`<p part="compact">
              ${groupWeek(week)
                .filter((run) => run.spans.length)
                .map((run) => `${short(run.from)}${run.to > run.from ? `–${short(run.to)}` : ''} ${spansText(run.spans, t)}`)
                .join(' ; ') || t.closed}
            </p>`
          : html`<table part="week">
              <caption>${label ? `${t.week} — ${label}` : t.week}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.day}</th>
                  <th scope="col">${t.hours}</th>
                </tr>
              </thead>
              <tbody>
                ${week.map((day) => {
                  const today = day.date === status.today;
                  return html`<tr aria-current=${today ? 'date' : 'false'}>
                    <th scope="row">${this.#weekday(day.weekday)}${today ? ` (${t.today})` : ''}</th>
                    <td>${spansText(day.spans, t, day.holiday)}${t.holiday(day.holiday)}</td>
                  </tr>`;
                })}
              </tbody>
            </table>`}
        ${this.#renderExceptions(upcomingExceptions(hours, now, EXCEPTION_DAYS), t, label && level < 6 ? level + 1 : level)}`;
      } else body = html`<p part="error" role="status">${t.invalid}</p>`;
      return html`<div part="schedule">
        ${label ? html`<p part="label" role="heading" aria-level=${level}>${label}</p>` : nothing} ${body}
      </div>`;
    });
    // A preview shows a fixed instant: nothing to wake up for.
    wakeAt(this, preview ? undefined : wake);
    const call = (number: string) => html`<a href=${telUrl(number)}>${number}</a>`;
    return html`${blocks}
      ${showHelp
        ? html`<slot name="closed-help">
            <div part="help">
              <p role="heading" aria-level=${level}>${t.help}</p>
              <ul>
                <li>${t.emergency} ${call('15')} ${t.or} ${call('112')}</li>
                <li>${t.onCall} ${call(this.settings.onCallNumber)}</li>
                <li>${t.pharmacy} ${call('3237')}</li>
              </ul>
            </div>
          </slot>`
        : nothing}`;
  }

  #renderStatus({ state, change, comment, holiday, closedToday }: HoursStatus, t: HoursMessages) {
    const days = change?.daysAhead;
    const at = change
      ? t.at(!days ? '' : days < 2 ? t.tomorrow : days < 7 ? this.#weekday(change.weekday) : t.onDate(this.#date(change.date)), change.time)
      : '';
    const soon = change && change.minutesAhead <= COUNTDOWN_MINUTES;
    let badge: string = t[state];
    let detail: string | false | undefined;
    // Before an open end (`18:00+`) or an unknown rule it does not close: no time is given.
    if (state === 'open') detail = !change ? t.noChange : change.state === 'closed' && (soon ? t.closesIn(change.minutesAhead) : t.closes(at));
    else if (state === 'closed') {
      if (holiday && closedToday) badge = t.closedToday(holiday);
      if (change?.state === 'open') {
        if (soon) badge = t.opensIn(change.minutesAhead);
        else detail = t.opens(at);
      }
    }
    return html`<p part="status">
      <span part="badge" data-state=${state}>${badge}</span>${detail ? `, ${detail}` : nothing}${comment ? ` — ${comment}` : nothing}
    </p>`;
  }

  #renderExceptions(exceptions: HoursException[], t: HoursMessages, level: number) {
    if (!exceptions.length) return nothing;
    const describe = ({ from, to, spans, holiday }: HoursException): string => {
      const one = from === to;
      const end = this.#date(to);
      // "du 3 au 10 août" rather than "du 3 août au 10 août", where the day comes first (not in
      // English: "from August 3 to August 10").
      const first = this.#date(from);
      const start = !one && from.slice(0, 7) === to.slice(0, 7) && /^\d/.test(end) ? first.replace(/ .*/, '') : first;
      const name = t.holiday(holiday);
      if (!spans.length) return one ? t.closedOn(start) + name : t.closedFromTo(start, end);
      return `${one ? t.hoursOn(start + name) : t.hoursFromTo(start, end)} ${spansText(spans, t, holiday)}`;
    };
    return html`<div part="exceptions">
      <p role="heading" aria-level=${level}>${t.upcoming}</p>
      <ul>
        ${exceptions.map((e) => html`<li>${describe(e)}</li>`)}
      </ul>
    </div>`;
  }

  /**
   * A date in the page's language: `options` (with `timeZone: 'UTC'`) applied to `YYYY-MM-DD`. The
   * formatters are told apart by their `weekday` and `month`, the only options that differ here.
   */
  #format(options: Intl.DateTimeFormatOptions, date: string): string {
    return (formats[this.locale + options.weekday + options.month] ??= new Intl.DateTimeFormat(this.locale, options)).format(new Date(date));
  }

  /** "lundi", or "lun." with `short`; `weekday` 1 = Monday (1 January 2024 was a Monday). */
  #weekday(weekday: number, width: 'long' | 'short' = 'long'): string {
    return this.#format({ weekday: width, timeZone: 'UTC' }, `2024-01-0${weekday}`);
  }

  /** "3 août", "1er mai" of `YYYY-MM-DD`. */
  #date(date: string): string {
    return firstOfMonth(this.#format({ day: 'numeric', month: 'long', timeZone: 'UTC' }, date), this.locale);
  }
}

/**
 * "08:00–12:00, 14:00–19:00", "à partir de 18:00", "Fermé". The day's `holiday` is said after the
 * spans, not again after each (a `PH` rule's spans have its name as their comment).
 */
function spansText(spans: readonly HoursSpan[], t: HoursMessages, holiday?: string): string {
  return (
    spans
      .map(({ start, end, unknown, openEnd, comment }) => {
        const notes = [unknown && !openEnd && t.toConfirm, comment].filter((note) => note && note != holiday).join(', ');
        const text = openEnd ? t.from(start) : `${start}–${end}`;
        return text + t.holiday(notes);
      })
      .join(', ') || t.closed
  );
}

defineElement('msp-hours-service', MspHoursService);
defineElement('msp-opening-hours', MspOpeningHours);

declare global {
  interface HTMLElementTagNameMap {
    'msp-opening-hours': MspOpeningHours;
    'msp-hours-service': MspHoursService;
  }
}
