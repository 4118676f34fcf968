import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { defineElement } from '../shared/define.js';
import { headingLevel } from '../shared/heading.js';
import { MspWidget } from '../shared/msp-widget.js';
import { hostStyles } from '../shared/theme.js';
import { telUrl } from '../site/settings.js';
import { CAMPAIGNS } from './campaigns.js';
import {
  THEMES,
  activeCampaigns,
  dayInZone,
  evergreenFor,
  inRegion,
  isIsoDate,
  occurrenceFor,
  textsOf,
  type ActiveCampaign,
  type IsoDate,
  type Theme,
  type Translations,
} from './calendar.js';
import { DISMISSED_KEY, addDismissed, parseDismissed } from './dismissals.js';
import type * as EventList from './event-list.js';
import type { LocalEvent } from './events.js';
import type * as English from './english.js';
import { preventionMessages, type PreventionMessages } from './messages.js';
import { icons, pictogram, svg } from './pictograms.js';
import styles from './msp-prevention-banner.styles.js';

/**
 * What the banner loads on demand, when a page needs it: the English texts and messages (English
 * pages), the local events' checks and list (events given).
 */
interface Parts {
  'English texts': typeof English;
  'Local events': typeof EventList;
}

const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

/** Reads JSON in the `events` attribute; text that is not JSON is kept as is, to be reported. */
function fromJson(value: string | null): unknown {
  try {
    return JSON.parse(value ?? 'null');
  } catch {
    return value;
  }
}

/** Dismissed editions remembered in this browser; none when storage is refused (disabled, sandboxed, private mode). */
function readStored(): string[] {
  try {
    return parseDismissed(localStorage.getItem(DISMISSED_KEY));
  } catch {
    return [];
  }
}

/** Remembers one more dismissed edition; when storage is refused or full, the page's memory must do. */
function store(edition: string, today: IsoDate): void {
  try {
    localStorage.setItem(DISMISSED_KEY, JSON.stringify(addDismissed(readStored(), edition, today)));
  } catch {
    // Nothing to do: the message stays hidden for this page.
  }
}

/** What a dismissal tells the page. */
export interface PreventionDismissDetail {
  /** The campaign id, e.g. `mois-sans-tabac`. */
  campaign: string;
  /** The campaign and the first day of this year's edition, e.g. `mois-sans-tabac@2026-11-01`. */
  edition: string;
}

/**
 * Shows the national prevention campaign running today in the site's time zone (Mois sans tabac,
 * Octobre rose, the flu and Covid-19 vaccination…) on vaccination, smoking cessation, cancer
 * screening and children's hearing and vision, with the MSP's own events and a link to the
 * official resource. When several run, previous/next buttons move between them (never by
 * themselves); when none does, the evergreen message of a theme. A visitor may hide a campaign:
 * it is remembered in this browser for this year's edition only, and nothing is stored before
 * that click.
 *
 * @tagname msp-prevention-banner
 * @summary Dated national prevention campaigns, with the MSP's local events.
 * @slot local-events - Free markup for the MSP's own actions, shown with every message.
 * @slot local-events-vaccination - The same, shown with vaccination messages only.
 * @slot local-events-tabac - The same, shown with smoking cessation messages only.
 * @slot local-events-cancers - The same, shown with cancer screening messages only.
 * @slot local-events-neurosensoriel - The same, shown with hearing and vision messages only.
 * @csspart banner - The region holding the message.
 * @csspart pictogram - The theme's pictogram.
 * @csspart theme - The theme, in words.
 * @csspart title - The campaign's title (a heading).
 * @csspart message - The campaign's text.
 * @csspart audience - The ages the campaign addresses.
 * @csspart cta - The link to the official resource.
 * @csspart phone - The helpline link.
 * @csspart local - The MSP's events and slotted content.
 * @csspart previous - The "previous message" button.
 * @csspart next - The "next message" button.
 * @csspart position - The position among messages ("2 / 3").
 * @csspart dismiss - The "hide" button.
 * @csspart issue - A note about an invalid setting.
 * @cssprop [--msp-prevention-accent=the campaign's colour] - Accent of every campaign (keep 4.5:1 with white).
 * @cssprop [--msp-color-surface=#ffffff] - Surface under the accent's tint.
 * @cssprop [--msp-color-text=#1c2321] - Text colour.
 * @cssprop [--msp-radius=0.5em] - Corner radius.
 * @fires msp-dismiss - A visitor hid a message; `detail`: `{ campaign, edition }`. Cancelable: `preventDefault()` keeps it shown and unstored. Bubbles, composed.
 */
export class MspPreventionBanner extends MspWidget {
  static override styles = [hostStyles, styles];

  // Static declarations rather than decorators: smaller in the CDN bundle.
  static override properties: PropertyDeclarations = {
    themes: {},
    campaign: {},
    date: {},
    evergreen: {},
    onlyCampaigns: { type: Boolean, attribute: 'only-campaigns' },
    compact: { type: Boolean, reflect: true },
    persist: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    events: { converter: fromJson },
    // Internal state; `attribute: false`, which `state` implies, keeps it out of the manifest's attributes.
    index: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  /** Themes to show, separated by spaces: `vaccination tabac cancers neurosensoriel` (all four by default). */
  declare themes: string;

  /** Shows this campaign (its id, such as `mois-sans-tabac`) whatever the date, e.g. on a themed page. */
  declare campaign?: string;

  /** The day to show (`YYYY-MM-DD`), for previews; by default, today in the site's time zone. */
  declare date?: string;

  /** Theme whose evergreen message shows when no campaign runs (the first of `themes` by default). */
  declare evergreen?: string;

  /** Shows nothing, rather than an evergreen message, when no campaign runs. */
  declare onlyCampaigns: boolean;

  /** One-line layout: pictogram, title, link and controls. */
  declare compact: boolean;

  /** `local` remembers a hidden message in this browser (once clicked); `none` forgets it with the page. */
  declare persist: 'local' | 'none';

  /** Level of the title heading (2 by default; local events get the next level). */
  declare headingLevel: number;

  /** The MSP's events, `[{ theme, title, date, place?, url? }]`, as a property or as JSON in the attribute. */
  declare events: readonly LocalEvent[];

  /** Which message shows. @private */
  private declare index: number;
  /** What the live region says. @private */
  private declare status: string;
  /** Set once the visitor moves between messages: only then does a message fade in. */
  #moved = false;

  /** Messages to show, computed before each render. */
  #slides: ActiveCampaign[] = [];
  #valid: LocalEvent[] = [];
  #issues: string[] = [];
  #today: IsoDate = '';
  /** The site's time zone, read once per update (settings are resolved again at each read). */
  #zone = '';
  /** Editions hidden by the visitor: read from storage once, kept here when storage fails. */
  readonly #dismissed = new Set<string>();
  #stored = false;
  #timer?: ReturnType<typeof setInterval>;
  /** The parts loaded on demand (`MspWidget#need`) this render uses: `undefined` while loading, `null` if they could not be. */
  #parts: { [K in keyof Parts]?: Parts[K] | null } = {};
  /** Nothing shows while a part it needs loads: rather than a flash of French, or of a banner without its events. */
  #waiting = false;

  constructor() {
    super();
    this.themes = THEMES.join(' ');
    this.onlyCampaigns = false;
    this.compact = false;
    this.persist = 'local';
    this.headingLevel = 2;
    this.events = [];
    this.index = 0;
    this.status = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A waiting-room screen stays open for days: check the date every hour.
    this.#timer = setInterval(() => this.requestUpdate(), 3_600_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  /** A part loaded on demand (see `MspWidget#need`); nothing shows while one this render needs loads. */
  #use<K extends keyof Parts>(name: K, load: () => Promise<Parts[K]>): Parts[K] | null | undefined {
    const part = (this.#parts[name] = this.need(name, load));
    this.#waiting ||= part === undefined;
    return part;
  }

  /** Reports a setting it ignores: its name in the widget, what was given and what it expects in the console. */
  #invalid(field: string, given: string, expected: string): void {
    this.#issues.push(field);
    this.warnOnce(`${field}: "${given}" ignored; expected ${expected}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#issues = [];
    const { timeZone, region } = this.settings;
    this.#zone = timeZone;
    this.#waiting = false;
    if (this.locale === 'en') this.#use('English texts', () => import('./english.js'));

    if (this.persist !== 'none' && !this.#stored) {
      this.#stored = true;
      readStored().forEach((e) => this.#dismissed.add(e));
    }
    if (this.persist !== 'local' && this.persist !== 'none') this.#invalid('persist', this.persist, '"local" or "none"');

    let today = this.date;
    if (today && !isIsoDate(today)) {
      this.#invalid('date', today, 'a date YYYY-MM-DD');
      today = '';
    }
    this.#today = today || dayInZone(Date.now(), timeZone);

    const words = (this.themes ?? '').split(/[\s,]+/).filter(Boolean);
    const unknown = words.filter((w) => !isTheme(w));
    if (unknown.length) this.#invalid('themes', unknown.join(' '), `one of ${THEMES.join(' ')}`);
    const known = words.filter(isTheme);
    const themes = known.length ? known : THEMES;
    if (this.evergreen && !isTheme(this.evergreen)) this.#invalid('evergreen', this.evergreen, `one of ${THEMES.join(' ')}`);

    // Anything but no events (even a value it cannot read, to say why) needs the events module.
    const raw: unknown = this.events;
    this.#valid = [];
    if (raw != null && (raw as unknown[]).length !== 0) {
      const read = this.#use('Local events', () => import('./event-list.js'))?.readEvents(raw);
      read?.issues.forEach((issue) => this.warnOnce(issue));
      if (read && !Array.isArray(raw)) this.#issues.push('events');
      this.#valid = read?.events ?? [];
    }
    if (this.#waiting) return;

    // A campaign whose dates are not those of the site's region (the flu season in La Réunion) is
    // ignored like an unknown one: its dates would be false there.
    const here = CAMPAIGNS.filter((c) => inRegion(c, region));
    const forced = here.find((c) => c.id === this.campaign);
    if (this.campaign && !forced) this.#invalid('campaign', this.campaign, `one of ${here.map((c) => c.id).join(' ')} in ${region}`);
    let slides = forced ? [occurrenceFor(forced, this.#today)] : activeCampaigns(this.#today, { themes, region, campaigns: CAMPAIGNS });
    if (!forced && !this.onlyCampaigns) {
      // An MSP's event finds a home even when no campaign of its theme runs.
      const add = (theme: Theme) => {
        const evergreen = evergreenFor(theme, this.#today, CAMPAIGNS);
        if (evergreen && !slides.some((s) => s.campaign.theme === theme)) slides.push(evergreen);
      };
      themes.filter((theme) => this.#upcoming(theme).length).forEach(add);
      if (!slides.length) add(isTheme(this.evergreen) ? this.evergreen : themes[0]);
    }
    slides = slides.filter((s) => !this.#dismissed.has(s.edition));
    this.#slides = slides;
    this.index = Math.min(this.index, Math.max(0, slides.length - 1));
  }

  /** The valid events of `theme` from today on, soonest first. */
  #upcoming(theme: Theme): LocalEvent[] {
    return this.#parts['Local events']?.upcomingEvents(this.#valid, theme, this.#today, this.#zone) ?? [];
  }

  /** Campaign texts in the page's language other than French, if any. */
  get #translations(): Translations | undefined {
    return this.#en?.CAMPAIGNS_EN;
  }

  /** Messages in the page's language (French until the English ones have come). */
  get #t(): PreventionMessages {
    return this.#en?.preventionMessagesEn ?? preventionMessages;
  }

  /** The English texts and messages, on an English page once they have come. */
  get #en() {
    return this.locale === 'en' ? this.#parts['English texts'] : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM rather than a style attribute: allowed by a strict Content-Security-Policy.
    const colour = this.#slides[this.index]?.campaign.colour;
    if (colour) this.renderRoot.querySelector('section')?.style.setProperty('--campaign', colour);
  }

  /** Shows the message `step` away (previous/next, shown with two or more) and says politely which: "Message 2 sur 3 : Octobre rose". */
  #go(step: number): void {
    const t = this.#t;
    const total = this.#slides.length;
    this.#moved = true;
    this.index = (this.index + step + total) % total;
    this.status = t.position(this.index + 1, total) + t.colon + textsOf(this.#slides[this.index]!, this.#translations).title;
  }

  async #dismiss(slide: ActiveCampaign): Promise<void> {
    const detail: PreventionDismissDetail = { campaign: slide.campaign.id, edition: slide.edition };
    const event = new CustomEvent('msp-dismiss', { detail, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(event)) return;
    this.#dismissed.add(slide.edition);
    if (this.persist !== 'none') store(slide.edition, this.#today);
    this.requestUpdate();
    // The render itself, not the parts loaded on demand: they are there, since a message shows.
    await this.renderComplete();
    // Only that: focus then reads the next message's title (said twice before, helper-87's Orca
    // run). When none is left, focus goes to this status (rather than the page's body), which shows
    // while it has it (see theme.ts). A second
    // message closed gets the same words, told apart by a no-break space, or nothing is said.
    const said = this.#t.dismissed;
    this.status = this.status == said ? said + '\u00a0' : said;
    this.renderRoot.querySelector<HTMLElement>('.title,[role=status]')?.focus();
  }

  override render(): TemplateResult {
    const t = this.#t;
    const slide = this.#slides[this.index];
    return html`${this.#waiting
        ? nothing
        : html`${this.#issues.map((field) => html`<p class="issue" part="issue">${t.invalid(field)}</p>`)}${slide
            ? this.#renderBanner(slide)
            : nothing}`}<p class="sr-only" role="status" tabindex="-1">${this.status}</p>`;
  }

  #renderBanner(slide: ActiveCampaign) {
    const t = this.#t;
    const { campaign } = slide;
    const { theme } = campaign;
    const texts = textsOf(slide, this.#translations);
    const level = headingLevel(this.headingLevel, 2);
    const total = this.#slides.length;
    const full = !this.compact;
    // The close button comes last in the DOM, so in the tab order, though it is drawn in the top
    // right corner: the message and its previous/next buttons come before the button that hides it
    // (WCAG 2.4.3: a close button at the end of a region keeps an order that makes sense), and its
    // name says which message it hides.
    return html`<section class="banner ${full ? 'full' : 'compact'}" part="banner" aria-labelledby="title">
      ${keyed(
        slide.edition,
        html`<div class=${this.#moved ? 'body moved' : 'body'}>
          ${pictogram(theme)}
          <p class="theme" part="theme">${t[theme]}</p>
          <div class="title" part="title" id="title" role="heading" aria-level=${level} tabindex="-1">${texts.title}</div>
          ${full ? html`<p part="message">${texts.message}</p>` : nothing}
          ${full && campaign.audience
            ? html`<p><span class="audience" part="audience">${t.audience(campaign.audience.min, campaign.audience.max)}</span></p>`
            : nothing}
          <p class="actions">
            <a class="cta" part="cta" href=${campaign.url} hreflang=${campaign.urlLang ?? 'fr'}>${texts.cta}</a>
            ${full && campaign.phone && texts.tel ? html`<a part="phone" href=${telUrl(campaign.phone)}>${texts.tel}</a>` : nothing}
          </p>
          ${full ? this.#renderLocal(theme, Math.min(level + 1, 6)) : nothing}
        </div>`,
      )}
      ${total > 1
        ? html`<div class="nav">
            <button type="button" part="previous" aria-label=${t.previous} @click=${() => this.#go(-1)}>
              ${svg(icons.previous)}
            </button>
            <p class="position" part="position">
              <span aria-hidden="true">${this.index + 1} / ${total}</span><span class="sr-only">${t.position(this.index + 1, total)}</span>
            </p>
            <button type="button" part="next" aria-label=${t.next} @click=${() => this.#go(1)}>
              ${svg(icons.next)}
            </button>
          </div>`
        : nothing}
      <!-- A double click (its second click has detail 2) hides one message, not the next too. So do
           two quick taps, but in Safari on iOS, whose clicks all have detail 1. -->
      <button type="button" class="dismiss" part="dismiss" aria-label=${t.dismiss(texts.title)} @click=${(e: MouseEvent) => e.detail < 2 && this.#dismiss(slide)}>
        ${svg(icons.close)}
      </button>
    </section>`;
  }

  #renderLocal(theme: Theme, level: number) {
    const t = this.#t;
    const events = this.#upcoming(theme);
    const slotted = this.querySelector(`:scope>[slot=local-events],:scope>[slot=local-events-${theme}]`);
    return html`<div class="local" part="local" ?hidden=${!events.length && !slotted}>
      <p class="local-title" role="heading" aria-level=${level}>${t.local}</p>
      ${this.#parts['Local events']?.eventList(events, this.locale, this.#zone, this.#today)}
      <slot name="local-events" @slotchange=${() => this.requestUpdate()}></slot>
      <slot name=${`local-events-${theme}`} @slotchange=${() => this.requestUpdate()}></slot>
    </div>`;
  }

}

defineElement('msp-prevention-banner', MspPreventionBanner);

declare global {
  interface HTMLElementTagNameMap {
    'msp-prevention-banner': MspPreventionBanner;
  }
  interface HTMLElementEventMap {
    'msp-dismiss': CustomEvent<PreventionDismissDetail>;
  }
}
