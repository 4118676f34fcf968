import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { defineElement } from '../shared/define.js';
import { headingLevel } from '../shared/heading.js';
import { hostStyles } from '../shared/theme.js';
import { safeUrl } from '../shared/url.js';
import { telUrl } from '../site/settings.js';
import { departementName } from './departements.js';
import { DirectoryElement } from './directory-element.js';
import { applyFilters, countFilters, facets, hasFilters, NO_FILTERS, offered, type DirectoryFilters, type Entry, type Facets } from './filters.js';
import type { LatLon } from './geo.js';
import type * as GeoLib from './geo.js';
import type * as HoursOf from './hours-of.js';
import type * as UrlState from './url-state.js';
import type { DirectoryMap } from './map.js';
import { directoryWords, type DirectoryWords } from './messages.js';
import type { ProfessionCode } from './profession-codes.js';
import type { Directory, Structure } from './schema.js';
import { normalize } from './search.js';
import controls from './controls.styles.js';
import styles from './msp-directory.styles.js';

type Geo = 'off' | 'locating' | 'on' | 'denied' | 'unavailable';
type Flag = 'newPatients' | 'unscheduledCare' | 'openNow' | 'member';
type Messages = DirectoryWords;

// Parts downloaded when the data or the page needs them (not in the element's bundle).
const english = () => import('./messages-en.js').then((m) => m.words);
const hoursEngine = () => import('./hours-of.js');
const urlGlue = () => import('./url-state.js');
const jsonLdWriter = () => import('./jsonld.js');

/** How long typing must pause before the result count is read out. */
const ANNOUNCE_DELAY = 400;

type HoursModule = typeof HoursOf;
type GeoModule = typeof GeoLib;
type Hours = ReturnType<ReturnType<HoursModule['hoursReader']>>;
/**
 * Once here, for every directory on the page: the next ones render their results at once, not
 * after a turn of the event loop (a frame later, measured: 5 to 8 ms on a first render).
 */
const loaded: { hours?: HoursModule | null; url?: typeof UrlState | null } = {};

/**
 * A directory of health centres for a federation's site: one search field (name, town, postcode,
 * département; case, accents, hyphens and apostrophes do not matter), filters (professions,
 * département, new patients, unscheduled care, open now, federation member), "near me" sorting,
 * accessible result cards with today's hours, pagination, and an optional map.
 *
 * @tagname msp-directory
 * @summary Searchable, filterable directory of MSPs, with "near me" and an optional map.
 * @slot - An optional `<script type="application/json">` holding the directory data.
 * @csspart search - The search region (field and "near me" button).
 * @csspart input - The search field.
 * @csspart filters - The block of filters.
 * @csspart status - The result count (a polite live region).
 * @csspart list - The list of results.
 * @csspart card - One result.
 * @csspart name - The heading of a result.
 * @csspart hours - Today's hours and open status in a result.
 * @csspart badges - The badges of a result (new patients, unscheduled care, member, accessibility).
 * @csspart more - The "show more" button.
 * @csspart map - The map container (with `map`).
 * @csspart error - The failure message and retry button.
 * @csspart note - The note about entries left out.
 * @csspart source - Where the data comes from and when it was updated (the data's `source` and `updated`).
 * @cssprop [--msp-color-primary=#00665a] - Buttons, links and markers.
 * @cssprop [--msp-color-surface-alt=#f3f6f5] - Badges and the filters' background.
 * @cssprop [--msp-directory-map-height=28em] - Height of the map.
 * @fires msp-directory-change - After the search or a filter changed (clearing them too). `detail: { filters, count }`.
 */
export class MspDirectory extends DirectoryElement {
  static override styles = [hostStyles, controls, styles];

  // Static declarations rather than decorators: smaller in the CDN bundle.
  static override properties: PropertyDeclarations = {
    map: { type: Boolean },
    urlState: { type: Boolean, attribute: 'url-state' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    pageSize: { type: Number, attribute: 'page-size' },
    tileUrl: { attribute: 'tile-url' },
    tileAttribution: { attribute: 'tile-attribution' },
    tileAttributionUrl: { attribute: 'tile-attribution-url' },
    filters: { state: true },
    shown: { state: true },
    geo: { state: true },
    announced: { state: true },
    mapFailed: { state: true },
  };

  /** Shows a map of the listed structures (Leaflet, loaded only then). */
  declare map: boolean;

  /** Keeps the search and filters in the page address (`?recherche=…&profession=…`), so a view can be shared. */
  declare urlState: boolean;

  /** Writes schema.org JSON-LD (`MedicalClinic` for each structure) into the page for search engines. */
  declare structuredData: boolean;

  /** Level of each result's heading (1 to 6; default 3). */
  declare headingLevel: number;

  /** Results shown at first and added by "show more" (default 20). */
  declare pageSize: number;

  /** Map tiles URL template (default OpenStreetMap's; mind its usage policy on busy sites). */
  declare tileUrl: string;

  /** Attribution of the map tiles, as text (default "© OpenStreetMap contributors"). */
  declare tileAttribution: string;

  /** Link of the tiles' attribution (default OpenStreetMap's copyright page). */
  declare tileAttributionUrl: string;

  private declare filters: DirectoryFilters;
  private declare shown: number;
  private declare geo: Geo;
  private declare announced: string;
  private declare mapFailed: boolean;

  // Its own state and helpers are ES private members (#): the minifier may shorten their names,
  // which it cannot do for TypeScript's `private` (reactive properties must stay public names).
  #entries: Entry[] = [];
  #results: Entry[] = [];
  #position?: LatLon;
  /**
   * Filters start folded on a narrow or short screen (a phone, also held sideways): some twenty
   * checkboxes would push the results, which follow the typing, a screen or two down. The
   * visitor's own folding is kept, also when the filters are drawn again (new data).
   */
  #unfolded = globalThis.matchMedia?.('(min-width:40em) and (min-height:30em)').matches;
  /** What the data offers to filter on: set with the data, read once the results show. */
  #facets!: Facets;
  #stale = true;
  /** When a structure watched next opens or closes (see `willUpdate`). */
  #wake?: Date;
  /** Whether the data has opening hours (then the results wait for the hours engine). */
  #withHours = false;
  /** The hours engine, once here (`null`: it could not come). */
  #hours?: HoursModule | null;
  #hoursOf: (s: Structure) => Hours = () => null;
  /** Results are shown: the data is read, and what they wait for has come. */
  #ready = false;
  /** Whether the filters in the URL have been read (`url-state`), once. */
  #urlRead?: boolean;
  #distance?: GeoModule;
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** The visitor changed the search or a filter: the count is said again, even if the same. */
  #again = false;
  /** What had the focus before an update (a card's link may go with its card). */
  #focused?: Element | null;
  /** The map, once asked for: `undefined` inside when it could not be made. */
  #mapView?: Promise<DirectoryMap | void>;
  #jsonLd?: HTMLScriptElement;
  /**
   * The JSON-LD being written or last written, and the hours reader it is written with: a new one
   * comes with new data or settings. A job that is no longer this one stops.
   */
  #jsonLdJob?: { of: (s: Structure) => Hours };

  constructor() {
    super();
    this.map = false;
    this.urlState = false;
    this.structuredData = false;
    this.headingLevel = 3;
    this.pageSize = 20;
    this.tileUrl = '';
    this.tileAttribution = '';
    this.tileAttributionUrl = '';
    this.filters = NO_FILTERS;
    this.shown = 0;
    this.geo = 'off';
    this.announced = '';
    this.mapFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the cards' states are checked, and the clock asked again (see willUpdate).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    loaded.hours?.wakeAt(this);
    this.#removeMap();
    this.#removeJsonLd();
  }

  protected get words(): DirectoryWords | undefined {
    return this.speak(directoryWords, english);
  }

  get #size(): number {
    return this.pageSize >= 1 ? Math.round(this.pageSize) : 20;
  }

  protected override dataChanged(): void {
    // By name, case and accents aside: plain comparisons of normalised names are several times
    // faster than a collator on thousands of names.
    const { structures } = this.parsed;
    this.#entries = structures
      .map((structure) => [normalize(structure.name), structure] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, structure]): Entry => ({ structure }));
    this.#facets = facets(structures);
    this.#withHours = structures.some((s) => s.openingHours);
    this.#stale = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Said, as heading-level is: otherwise "vingt" or "0" would quietly give 20 cards a page.
    if (!(this.pageSize >= 1)) this.warnOnce(`page-size: "${this.getAttribute('page-size') ?? this.pageSize}" is not a number from 1; 20 results a page are shown`);
    // Results wait for what they need, so that cards do not change under the eyes: the hours
    // engine (shared with <msp-opening-hours>) when the data has hours, the filters in the URL.
    const hours = this.#withHours ? (loaded.hours ??= this.need('the opening hours', hoursEngine)) : null;
    const url = this.urlState ? (loaded.url ??= this.need('url-state', urlGlue)) : null;
    if (url && !this.#urlRead) {
      this.#urlRead = true;
      this.filters = url.readLocation();
    }
    this.#ready = this.loadState === 'ready' && hours !== undefined && url !== undefined;
    // Hours read again with new data (each structure's once, then from a cache), in the structure's
    // own region and clock: the site's settings play no part.
    if (this.#stale || hours !== this.#hours) {
      this.#hours = hours;
      this.#hoursOf = hours ? hours.hoursReader((m) => this.warnOnce(m)) : () => null;
      this.#stale = true;
      // The clock asked for the hours before (data with no hours may have come since).
      loaded.hours?.wakeAt(this);
    }
    const now = new Date();
    // A structure opened or closed (the ticker woke the element): "open now" is applied again.
    const struck = !(this.#wake! > now);
    const asked = this.#stale || changed.has('filters') || changed.has('geo');
    if (asked || (struck && this.filters.openNow)) {
      this.#stale = false;
      // What the controls cannot show is not applied (see `offered`); the address, written at the
      // next change, goes without it too.
      if (this.#ready) this.filters = offered(this.filters, this.#facets, !!this.#hours);
      const matching = applyFilters(this.#entries, this.filters, (s) => this.#hoursOf(s)?.isOpen(now) ?? false);
      const results = this.#position && this.#distance ? this.#distance.byDistance(matching, this.#position) : matching;
      if (results.length !== this.#results.length || results.some((e, i) => e !== this.#results[i])) {
        this.#results = results;
        // Pages shown stay as they are when the clock alone changed the results.
        if (asked) this.shown = this.#size;
      }
    }
    // Woken when a card shown, or with "open now" any structure, opens or closes. (Only the
    // structures shown: the hours of the others are not even read until they show.)
    const watched = this.filters.openNow ? this.#entries : this.#results.slice(0, this.shown);
    if (this.#hours) this.#wake = this.#hours.wakeAtNextChange(this, watched, this.#hoursOf, now);
    const t = this.words;
    if (this.#ready && t) {
      let text = this.#entries.length ? t.count(this.#results.length, Math.min(this.shown, this.#results.length)) : t.empty;
      // The same count after the visitor's change is said again (a space toggled at its end): the
      // list under it may be another all the same.
      if (this.#again && text === this.announced) text += '\u00a0';
      this.#again = false;
      // Read the count out once typing pauses, not at every key; other changes at once.
      clearTimeout(this.#announceTimer);
      if (changed.has('filters') && this.announced && (changed.get('filters') as DirectoryFilters | undefined)?.query !== this.filters.query) {
        this.#announceTimer = setTimeout(() => (this.announced = text), ANNOUNCE_DELAY);
      } else {
        this.announced = text;
      }
    }
    this.#focused = this.shadowRoot?.activeElement;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A card gone with the focus in it (the clock closed it under "open now"; new data): the focus
    // goes to the count, not to the page's start.
    if (this.#focused && !this.#focused.isConnected) this.renderRoot.querySelector<HTMLElement>('[part=status]')?.focus();
    // The map goes with its container when the results are taken down (new data being checked,
    // loaded): a new one comes in the new container.
    if (!this.#ready || !this.map) this.#removeMap();
    if (!this.#ready) return;
    // (No container while the English words load.)
    const container = this.map && this.renderRoot.querySelector<HTMLElement>('.map');
    if (container) void (this.#mapView ??= this.#createMap(container)).then((view) => view?.show(this.#results.slice(0, this.shown)));
    // Written again when the data or its hours change, not at every search.
    const writer = this.structuredData && this.need('structured-data: the JSON-LD writer', jsonLdWriter);
    if (!this.structuredData) this.#removeJsonLd();
    else if (writer && this.#jsonLdJob?.of !== this.#hoursOf) {
      // Made a slice at a time (a large directory's takes a second or more), and dropped if new
      // data, new settings, the attribute's removal or the element's came meanwhile.
      const job = (this.#jsonLdJob = { of: this.#hoursOf });
      const wanted = () => this.#jsonLdJob === job;
      void writer
        .writeStructuredData(this, this.#jsonLd, this.parsed.structures, job.of, (message) => this.warnOnce(message), wanted)
        .then((script) => wanted() && (this.#jsonLd = script));
    }
  }

  #setFilters(filters: DirectoryFilters): void {
    this.filters = filters;
    this.#again = true;
    if (this.urlState) loaded.url?.writeLocation(filters);
    void this.updateComplete.then(() =>
      this.dispatchEvent(new CustomEvent('msp-directory-change', { detail: { filters, count: this.#results.length }, bubbles: true, composed: true })),
    );
  }

  /** The search field and the département: their `name` is the filter they set. */
  #onValue(event: Event): void {
    const { name, value } = event.target as HTMLInputElement | HTMLSelectElement;
    this.#setFilters({ ...this.filters, [name]: value });
  }

  /** A checkbox: a profession (`name="professions"`, its code as `value`) or a flag (its `name`). */
  #onCheck(event: Event): void {
    const { name, value, checked } = event.target as HTMLInputElement;
    const f = this.filters;
    const others = f.professions.filter((code) => code !== value);
    this.#setFilters({ ...f, [name]: name === 'professions' ? (checked ? [...others, value as ProfessionCode] : others) : checked });
  }

  async #clearAll(): Promise<void> {
    this.#setFilters(NO_FILTERS);
    await this.updateComplete;
    // The button disappears with the filters: the search field is where one starts again.
    this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  }

  async #locate(): Promise<void> {
    if (this.geo === 'on') {
      this.#position = undefined;
      this.geo = 'off';
      return;
    }
    try {
      const geo = (this.#distance = await import('./geo.js'));
      this.geo = 'locating';
      this.#position = await geo.locate();
      this.geo = 'on';
    } catch (error) {
      // No geolocation API (old browser, iframe without `allow="geolocation"`), refusal, timeout.
      this.geo = (error as GeolocationPositionError).code === 1 ? 'denied' : 'unavailable';
    }
  }

  /**
   * Shows the result at `index` (adding pages if needed), in view, its heading focused: "show
   * more" (the first new result, where the button was) and the map's markers.
   */
  async #reveal(index: number): Promise<void> {
    if (index >= this.shown) this.shown = (Math.floor(index / this.#size) + 1) * this.#size;
    await this.updateComplete;
    const heading = this.renderRoot.querySelectorAll<HTMLElement>('[part=name]')[index];
    heading?.scrollIntoView({ block: 'nearest' });
    heading?.focus({ preventScroll: true });
  }

  #createMap(container: HTMLElement): Promise<DirectoryMap | void> {
    return import('./map.js')
      .then(({ createMap }) => createMap(container, this, (index) => void this.#reveal(index)))
      .catch((error: Error) => {
        this.warnOnce(`map: ${error.message}`);
        this.mapFailed = true;
      });
  }

  #removeMap(): void {
    void this.#mapView?.then((view) => view?.remove());
    this.#mapView = undefined;
  }

  #removeJsonLd(): void {
    this.#jsonLd?.remove();
    this.#jsonLd = this.#jsonLdJob = undefined;
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.words;
    if (!t) return nothing;
    const ready = this.#ready;
    const data = ready && this.parsed.data;
    // "Loading" while the data comes, then while what its results wait for comes.
    const waiting = this.loadState === 'loading' || this.loadState === 'ready';
    return html`${this.#renderSearch(t)} ${ready && this.#entries.length ? this.#renderFilters(t) : nothing}
      <p part="status" class="status" role="status" tabindex="-1">${ready ? this.announced : waiting ? t.load.loading : ''}</p>
      ${this.renderFailure(t.load)}
      ${data
        ? [this.#renderResults(t), this.renderSkipped(t.load), this.#renderSource(t, data)]
        : waiting
          ? // A screen's height kept while loading: what follows on the page is then out of view
            // when the results push it down (no visible layout shift), and comes back up only for
            // results shorter than a screen.
            html`<div class="wait"></div>`
          : nothing}`;
  }

  /** Where the data comes from and when it was updated (a file without a valid date may be read). */
  #renderSource(t: Messages, { source, updated }: Directory) {
    source = source?.replace(/\.$/, '');
    return source || updated ? html`<p part="source" class="note">${t.source(source, updated && this.dateName(updated))}</p>` : nothing;
  }

  #renderSearch(t: Messages) {
    const geo = this.geo;
    const message = geo === 'off' || !this.#distance ? '' : this.#distance.geoMessages[this.locale][geo];
    return html`<form role="search" part="search" aria-label=${t.search} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="q">${t.query}</label>
        <input id="q" name="query" part="input" type="search" autocomplete="off" spellcheck="false" .value=${this.filters.query} @input=${this.#onValue} />
      </div>
      <button type="button" aria-pressed=${geo === 'on'} @click=${this.#locate}>${t.aroundMe}</button>
      <p id="geo" class="geo" aria-live="polite">${message}</p>
    </form>`;
  }

  #renderFilters(t: Messages) {
    const f = this.filters;
    const { professions, departments, members } = this.#facets;
    const flag = (name: Flag, label: string) =>
      html`<label class="check"><input type="checkbox" name=${name} .checked=${f[name]} @change=${this.#onCheck} />${label}</label>`;
    const active = countFilters(f);
    return html`<details class="filters" part="filters" ?open=${this.#unfolded} @toggle=${(e: Event) => (this.#unfolded = (e.target as HTMLDetailsElement).open)}>
      <summary>${t.filters}${active ? ` (${active})` : ''}</summary>
      <div class="fields">
        ${professions.length
          ? html`<fieldset class="professions">
              <legend>${t.professions}</legend>
              ${professions.map(
                (code) => html`<label class="check"
                  ><input type="checkbox" name="professions" value=${code} .checked=${f.professions.includes(code)} @change=${this.#onCheck} />${t.labels[code]}</label
                >`,
              )}
            </fieldset>`
          : nothing}
        <fieldset>
          <legend>${t.criteria}</legend>
          ${departments.length > 1
            ? html`<div class="field">
                <label for="dep">${t.department}</label>
                <select id="dep" name="department" @change=${this.#onValue}>
                  <option value="" .selected=${!f.department}>${t.allDepartments}</option>
                  ${departments.map((code) => html`<option value=${code} .selected=${f.department === code}>${departementName(code) ?? code} (${code})</option>`)}
                </select>
              </div>`
            : nothing}
          ${flag('newPatients', t.load.newPatients)} ${flag('unscheduledCare', t.unscheduledCare)}
          ${this.#hours ? flag('openNow', t.openNow) : nothing} ${members ? flag('member', t.member) : nothing}
        </fieldset>
      </div>
    </details>
    ${hasFilters(f) ? html`<button type="button" class="secondary clear" @click=${this.#clearAll}>${t.clear}</button>` : nothing}`;
  }

  #renderResults(t: Messages) {
    const total = this.#results.length;
    const visible = this.#results.slice(0, this.shown);
    const now = new Date();
    const level = headingLevel(this.headingLevel, 3);
    const tag = unsafeStatic(`h${level}`);
    const rest = total - visible.length;
    // "Show more" right under the list, before the map and its markers in the keyboard's order.
    return html`${total || !this.#entries.length ? nothing : html`<p class="none">${t.none}</p>`}
      <div class=${this.map ? 'layout with-map' : 'layout'}>
        <div>
          <ul part="list" class="results" role="list">
            ${repeat(visible, (e) => e.structure.id, (e, i) => this.#renderCard(e, i, tag, now, t))}
          </ul>
          ${rest > 0 ? html`<button type="button" part="more" class="more" @click=${() => this.#reveal(this.shown)}>${t.more(Math.min(rest, this.#size))}</button>` : nothing}
        </div>
        ${this.map
          ? html`<div class="map-block">
              <div class="map" part="map"></div>
              ${this.mapFailed ? html`<p class="help" role="alert">${t.mapError}</p>` : nothing}
            </div>`
          : nothing}
      </div>`;
  }

  #renderCard(entry: Entry, index: number, tag: ReturnType<typeof unsafeStatic>, now: Date, t: Messages) {
    const s = entry.structure;
    const l = t.load;
    const { address: a } = s;
    const base = document.baseURI;
    const website = safeUrl(s.website, base);
    const booking = safeUrl(s.bookingUrl, base);
    // The structure's accessibility page or register (registre public d'accessibilité).
    const access = safeUrl(s.accessibility?.url, base);
    const email = s.email && safeUrl(`mailto:${s.email}`, base, ['mailto:']);
    // What a link is about, for screen readers ("Site internet — MSP des Dunes"), in any language.
    // A no-break space first: the build's minifier drops a leading space, and the words would run
    // together ("Site internet— MSP…").
    const of = html`<span class="sr-only">\u00a0— ${s.name}</span>`;
    const declared = (value: { declared: string }) => ` (${l.declared(this.dateName(value.declared))})`;
    const badges: string[] = [];
    if (s.acceptsNewPatients) badges.push((s.acceptsNewPatients.value ? l.newPatients : l.noNewPatients) + declared(s.acceptsNewPatients));
    if (s.unscheduledCare?.value) badges.push(t.unscheduled + declared(s.unscheduledCare));
    if (s.member) badges.push(t.member);
    if (s.accessibility?.wheelchair) badges.push(t.wheelchair);
    if (s.accessibility?.parking) badges.push(t.parking);
    const km = entry.distance;
    // The accessibility note is the data's free text, French (the format declares no language):
    // marked so for English pages' screen readers. Names and addresses are not marked.
    return html`<li part="card" class="card">
      ${staticHtml`<${tag} part="name" class="name" tabindex="-1">${this.map ? html`<span class="num" aria-hidden="true">${index + 1}</span>` : nothing}${s.name}</${tag}>`}
      <p class="kind">${t.kinds[s.kind]}</p>
      <p>${[a.line1, a.line2, `${a.postalCode} ${a.city}`].filter(Boolean).join(', ')}</p>
      ${km !== undefined ? html`<p class="distance">${t.distance(km.toLocaleString(this.locale, { maximumFractionDigits: km < 10 ? 1 : 0 }))}</p>` : nothing}
      ${this.#renderHours(s, now, t)}
      ${badges.length ? html`<ul class="badges" part="badges" role="list">${badges.map((b) => html`<li>${b}</li>`)}</ul>` : nothing}
      ${s.accessibility?.note || access
        ? html`<p>${t.accessibility} ${s.accessibility?.note ? html`<span lang="fr">${s.accessibility.note}</span>` : nothing} ${access ? html`<a href=${access}>${t.accessDetails}${of}</a>` : nothing}</p>`
        : nothing}
      ${s.professions.length
        ? html`<p>${t.team} ${s.professions.map((p) => `${t.labels[p.code]}${p.count ? ` (${p.count})` : ''}`).join(', ')}</p>`
        : nothing}
      ${s.phone ? html`<p>${l.phone} <a href=${telUrl(s.phone)}>${s.phone}${of}</a></p>` : nothing}
      ${email ? html`<p><a href=${email}>${s.email}</a></p>` : nothing}
      ${website || booking
        ? html`<p class="links">
            ${booking ? html`<a class="button" href=${booking}>${l.booking}${of}</a>` : nothing}
            ${website ? html`<a href=${website}>${t.website}${of}</a>` : nothing}
          </p>`
        : nothing}
    </li>`;
  }

  #renderHours(s: Structure, now: Date, t: Messages) {
    if (!s.openingHours) return nothing;
    const hours = this.#hoursOf(s);
    if (!hours) return this.#hours ? html`<p part="hours">${t.hours} ${s.openingHours}</p>` : nothing;
    const { state, spans, holiday } = this.#hours!.today(hours, now, t);
    return html`<p part="hours">
      <span class="state" data-state=${state}>${t[state]}</span>, ${t.today} ${spans.join(', ') || t.closedToday}${holiday ? ` (${holiday})` : ''}
    </p>`;
  }
}

defineElement('msp-directory', MspDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'msp-directory': MspDirectory;
  }
  interface HTMLElementEventMap {
    'msp-directory-change': CustomEvent<{ filters: DirectoryFilters; count: number }>;
  }
}
