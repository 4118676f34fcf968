import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineElement } from '../shared/define.js';
import { MspWidget } from '../shared/msp-widget.js';
import { writeJsonLd } from '../shared/json-ld.js';
import { hostStyles } from '../shared/theme.js';
import { telUrl } from '../site/settings.js';
import { hoursMessages } from './messages.js';
import { OpeningHours, type DayHours, type HoursSpan } from './opening-hours.js';
import { groupWeek, hoursStatus, nextRefresh, upcomingExceptions, type HoursException, type HoursStatus } from './summary.js';
import { OpeningHoursSyntaxError } from './syntax.js';
import { WakeUpController } from './ticker.js';
import styles from './msp-opening-hours.styles.js';

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

  attributeChangedCallback(): void {
    (this.parentElement as MspOpeningHours | null)?.requestUpdate?.();
  }
}

interface Schedule {
  label?: string;
  hours?: OpeningHours;
  error?: OpeningHoursSyntaxError;
}

type Messages = (typeof hoursMessages)['fr'];

/**
 * The opening hours of a health centre, always computed in its own time zone with French public
 * holidays: a live status line ("Ouvert · ferme à 19:00"), the week as a table, the coming
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

  /** Level of the services' headings (1 to 6). */
  declare headingLevel: number;

  /** Shows the hours as at this instant (ISO 8601, e.g. `2026-12-25T10:00+01:00`) instead of live: for previews. */
  declare at?: string;

  private readonly wakeUp = new WakeUpController(this);
  private readonly childObserver = new MutationObserver(() => this.requestUpdate());
  private schedules: Schedule[] = [];
  private jsonLd?: HTMLScriptElement;

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
    this.childObserver.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }

  private parse(label: string | undefined, value: string, field: string): Schedule {
    const { timeZone, region } = this.settings;
    try {
      const hours = new OpeningHours(value, { timeZone, region });
      for (const warning of hours.warnings) this.warnOnce(`${field}: ${warning.messageEn} (character ${warning.position + 1})`);
      return { label, hours };
    } catch (error) {
      if (!(error instanceof OpeningHoursSyntaxError)) throw error;
      this.warnOnce(`${field}: ${error.messageEn} at character ${error.position + 1} of "${value}"`);
      return { label, error };
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const schedules: Schedule[] = [];
    if (this.hours) schedules.push({ label: this.label, hours: this.hours });
    else if (this.value.trim()) schedules.push(this.parse(this.label, this.value, 'value'));
    for (const service of this.querySelectorAll(':scope > msp-hours-service')) {
      const value = service.getAttribute('value') ?? '';
      const label = service.getAttribute('label') ?? '';
      schedules.push(this.parse(label, value, `<msp-hours-service label="${label}"> value`));
    }
    this.schedules = schedules;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.writeStructuredData();
  }

  /** Keeps a JSON-LD block in the light DOM, where search engines read it. */
  private writeStructuredData(): void {
    const hours = this.schedules.find((s) => s.hours)?.hours;
    if (!this.structuredData || !hours) {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      return;
    }
    const { name, address, phone } = this.settings;
    const data = {
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      ...(name && { name }),
      ...(address && { address }),
      ...(phone && { telephone: phone }),
      openingHoursSpecification: hours.toSchemaOrg({ days: 90 }),
    };
    this.jsonLd = writeJsonLd(this, this.jsonLd, JSON.stringify(data), (message) => this.warnOnce(message));
  }

  override render() {
    const t = this.messages(hoursMessages);
    const preview = this.at ? new Date(this.at) : undefined;
    if (preview && Number.isNaN(preview.getTime())) this.warnOnce(`at: "${this.at}" is not an ISO 8601 date and time; showing now`);
    const now = preview && !Number.isNaN(preview.getTime()) ? preview : new Date();
    const timeZone = this.settings.timeZone;
    let wake: Date | null = null;
    let showHelp = false;
    const blocks = this.schedules.map((schedule, index) => {
      if (!schedule.hours) return this.renderError(schedule, t);
      const status = hoursStatus(schedule.hours, now);
      const refresh = nextRefresh(status, now, COUNTDOWN_MINUTES, timeZone);
      if (!wake || refresh < wake) wake = refresh;
      if (index === 0) showHelp = status.state !== 'open';
      return this.renderSchedule(schedule, schedule.hours, status, now, t);
    });
    // A preview shows a fixed instant: nothing to wake up for.
    this.wakeUp.wakeAt(preview ? null : wake);
    return html`${blocks}
      ${showHelp
        ? html`<slot name="closed-help">${this.renderHelp(t)}</slot>`
        : nothing}`;
  }

  private heading(label: string | undefined) {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return label ? html`<p class="label" part="label" role="heading" aria-level=${level}>${label}</p>` : nothing;
  }

  private renderError(schedule: Schedule, t: Messages) {
    return html`<div part="schedule">
      ${this.heading(schedule.label)}
      <p class="error" part="error" role="status">${t.invalid((schedule.error?.position ?? 0) + 1)}</p>
    </div>`;
  }

  private renderSchedule(schedule: Schedule, hours: OpeningHours, status: HoursStatus, now: Date, t: Messages) {
    const week = hours.week(now);
    return html`<div part="schedule">
      ${this.heading(schedule.label)} ${this.renderStatus(status, t)}
      ${this.compact ? this.renderCompact(week, t) : this.renderWeek(week, now, schedule.label, t)}
      ${this.renderExceptions(upcomingExceptions(hours, now, EXCEPTION_DAYS), t)}
    </div>`;
  }

  private renderStatus({ state, change, comment, holiday, closedToday }: HoursStatus, t: Messages) {
    const day = !change || change.daysAhead === 0
      ? ''
      : change.daysAhead === 1
        ? t.tomorrow
        : change.daysAhead < 7
          ? this.weekdayName(change.weekday)
          : t.onDate(this.dateName(change.date));
    const at = change ? t.at(day, change.time) : '';
    const soon = !!change && change.minutesAhead <= COUNTDOWN_MINUTES;
    let badge: string = t[state];
    let detail: string | undefined;
    if (state === 'open') {
      detail = !change ? t.noChange : soon ? t.closesIn(change.minutesAhead) : t.closes(at);
    } else if (state === 'closed') {
      if (holiday && closedToday) badge = t.closedToday(holiday);
      if (change?.state === 'open') {
        if (soon) badge = t.opensIn(change.minutesAhead);
        else detail = t.opens(at);
      }
    }
    return html`<p class="status" part="status" data-state=${state}>
      <span class="badge" part="badge">${badge}</span>${detail ? ` · ${detail}` : nothing}${comment ? ` — ${comment}` : nothing}
    </p>`;
  }

  private renderWeek(week: DayHours[], now: Date, label: string | undefined, t: Messages) {
    const today = week.find((day) => day.date === this.todayDate(now));
    return html`<table part="week">
      <caption>${label ? `${t.week} — ${label}` : t.week}</caption>
      <thead>
        <tr>
          <th scope="col">${t.day}</th>
          <th scope="col">${t.hours}</th>
        </tr>
      </thead>
      <tbody>
        ${week.map((day) => {
          const isToday = day === today;
          return html`<tr aria-current=${ifDefined(isToday ? 'date' : undefined)} class=${isToday ? 'today' : ''}>
            <th scope="row">
              ${this.weekdayName(day.weekday)}${isToday ? html`<span class="today-mark">${` (${t.today})`}</span>` : nothing}
            </th>
            <td>${this.spansText(day.spans, t)}${day.holiday ? ` (${day.holiday})` : ''}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderCompact(week: DayHours[], t: Messages) {
    const runs = groupWeek(week).filter((run) => run.spans.length);
    const short = (weekday: number) => this.weekdayName(weekday, 'short').replace(/\.$/, '');
    const text = runs
      .map((run) => `${short(run.from)}${run.to > run.from ? `–${short(run.to)}` : ''} ${this.spansText(run.spans, t)}`)
      .join(' ; ');
    return html`<p class="compact" part="compact">${text || t.closedDay}</p>`;
  }

  private renderExceptions(exceptions: HoursException[], t: Messages) {
    if (!exceptions.length) return nothing;
    const describe = (e: HoursException): string => {
      const to = this.dateName(e.to);
      // "du 3 au 10 août" rather than "du 3 août au 10 août".
      const from = e.from.slice(0, 7) === e.to.slice(0, 7) && e.from !== e.to ? String(Number(e.from.slice(8))) : this.dateName(e.from);
      const holiday = e.holiday ? ` (${e.holiday})` : '';
      if (!e.spans.length) return e.from === e.to ? `${t.closedOn(from)}${holiday}` : t.closedFromTo(from, to);
      const head = e.from === e.to ? t.hoursOn(`${from}${holiday}`) : t.hoursFromTo(from, to);
      return `${head} ${this.spansText(e.spans, t)}`;
    };
    return html`<div class="exceptions" part="exceptions">
      <p class="subheading">${t.upcoming}</p>
      <ul>
        ${exceptions.map((e) => html`<li>${describe(e)}</li>`)}
      </ul>
    </div>`;
  }

  private renderHelp(t: Messages): TemplateResult {
    const onCall = this.settings.onCallNumber;
    const call = (number: string) => html`<a href=${telUrl(number)}>${number}</a>`;
    return html`<div class="help" part="help">
      <p class="subheading">${t.help}</p>
      <ul>
        <li>${t.emergency} ${call('15')} ${t.or} ${call('112')}</li>
        <li>${t.onCall} ${call(onCall)}</li>
        <li>${t.pharmacy} ${call('3237')}</li>
      </ul>
    </div>`;
  }

  private spansText(spans: readonly HoursSpan[], t: Messages): string {
    if (!spans.length) return t.closedDay;
    return spans
      .map((span) => {
        const text = span.openEnd ? t.from(span.start) : `${span.start}–${span.end === '24:00' ? '24:00' : span.end}`;
        const notes = [span.unknown && !span.openEnd ? t.toConfirm : '', span.comment ?? ''].filter(Boolean);
        return notes.length ? `${text} (${notes.join(', ')})` : text;
      })
      .join(', ');
  }

  private todayDate(now: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.settings.timeZone }).format(now);
  }

  private weekdayName(weekday: number, width: 'long' | 'short' = 'long'): string {
    // 1 January 2024 was a Monday.
    return new Intl.DateTimeFormat(this.locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday));
  }

  private dateName(date: string): string {
    const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
    return new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  }
}

defineElement('msp-hours-service', MspHoursService);
defineElement('msp-opening-hours', MspOpeningHours);

declare global {
  interface HTMLElementTagNameMap {
    'msp-opening-hours': MspOpeningHours;
    'msp-hours-service': MspHoursService;
  }
}
