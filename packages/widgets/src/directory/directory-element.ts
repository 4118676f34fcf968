import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { firstOfMonth } from '../shared/i18n.js';
import { MspWidget } from '../shared/msp-widget.js';
import { safeUrl } from '../shared/url.js';
import type { LoadWords } from './load-messages.js';
import { readDirectory } from './read.js';
import type * as Schema from './schema.js';
import type { ParsedDirectory } from './schema.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

const INVALID = 'invalid';
/** A server that sends nothing for this long is said to have failed (the retry button shows). */
const STALLED_AFTER = 30_000;
const dates: Record<string, Intl.DateTimeFormat> = {};

/**
 * What `<msp-directory>` and `<msp-team>` share: directory data from the `data` property, an inline
 * `<script type="application/json">` child or a `src` URL (in that order of precedence), a loading
 * state, a failure message with a retry button, and a console warning for every entry left out.
 * Not an element on its own.
 */
export class DirectoryElement extends MspWidget {
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    loadState: { state: true },
    failure: { state: true },
  };

  /** URL of the directory JSON (same origin, or a server that allows it with CORS). */
  declare src: string;

  /** The directory (as parsed from JSON), instead of `src`; it is validated the same way. */
  declare data?: unknown;

  /** Set by each reading of the sources, the first before the first render. */
  protected declare loadState?: LoadState;
  protected declare failure?: 'network' | typeof INVALID;

  /** The last data read, with its issues. */
  protected parsed: ParsedDirectory = { structures: [], issues: [] };

  // ES private (#), not TypeScript's `private`: the minifier may shorten these names.
  #inline?: unknown;
  #inlineText?: string;
  #reload = true;
  /** Counts the data given, so that a late answer about older data is ignored. */
  #reads = 0;
  /** The words last shown. */
  #spoken?: unknown;
  #request?: AbortController;
  readonly #childObserver = new MutationObserver(() => this.#readInline());

  constructor() {
    super();
    this.src = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Our children and their text, which the parser may still be writing.
    this.#childObserver.observe(this, { childList: true, characterData: true, subtree: true });
    this.#readInline();
    // Moved while its data was coming: the request was cut off, so it is made again.
    if (this.#reload) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
    if (this.loadState === 'loading') this.#reload = true;
    this.#request?.abort();
  }

  /** Reads the JSON child, when it is new or has changed. */
  #readInline(): void {
    const text = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (text === this.#inlineText) return;
    let inline: unknown;
    if (text !== undefined) {
      try {
        inline = JSON.parse(text);
      } catch (error) {
        // The HTML parser may be writing it still: judged once the page is read.
        if (document.readyState === 'loading') return document.addEventListener('DOMContentLoaded', () => this.#readInline(), { once: true });
        this.warnOnce(`inline JSON ignored: ${(error as Error).message}`);
        inline = INVALID;
      }
    }
    this.#inlineText = text;
    this.#inline = inline;
    this.#reload = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#reload || changed.has('data') || changed.has('src')) {
      this.#reload = false;
      this.load();
    }
    // Nothing given (a misspelt attribute, a script that never set `data`): said if it lasts.
    this.lacking(this.loadState === 'idle' && !this.src ? 'src: missing (nor the data property, nor a <script type="application/json"> child)' : '');
    // Data that could not be loaded or read: what is written inside the element shows (see MspWidget).
    this.showFallback(!!this.failure);
  }

  /** Tries the sources again (the retry button). */
  protected load(): void {
    this.#reads++;
    // A request still under way is for older sources (aborting it again later does nothing).
    this.#request?.abort();
    this.failure = undefined;
    const given = this.data ?? this.#inline;
    if (given !== undefined) {
      this.#accept(given);
      return;
    }
    const url = safeUrl(this.src, document.baseURI);
    if (!url) {
      // An address the widget refuses (`javascript:`…) is said in the widget too, as unreadable data.
      if (this.src) {
        this.warnOnce(`src: "${this.src}" is not an http(s) URL`);
        this.#accept(INVALID);
      } else this.loadState = 'idle';
      return;
    }
    this.loadState = 'loading';
    const request = (this.#request = new AbortController());
    // Until the answer starts: a large file on a slow line may then take its time. (A flag, as
    // older engines reject with a plain AbortError, not the reason given.)
    let stalled = false;
    const timer = setTimeout(() => {
      stalled = true;
      request.abort();
    }, STALLED_AFTER);
    fetch(url, { signal: request.signal, headers: { accept: 'application/json' } })
      .then(async (response) => {
        clearTimeout(timer);
        const { status } = response;
        if (!response.ok) {
          // A missing or forbidden file (404, 403…): trying again cannot help, unlike a busy server.
          if (status < 500 && status !== 408 && status !== 429) {
            this.warnOnce(`src: ${url} answered HTTP ${status}`);
            return INVALID;
          }
          throw new Error(`HTTP ${status}`);
        }
        const text = await response.text();
        try {
          return JSON.parse(text) as unknown;
        } catch (error) {
          this.warnOnce(`src: ${url} is not JSON (${(error as Error).message})`);
          return INVALID;
        }
      })
      .then(
        (json) => request.signal.aborted || this.#accept(json),
        (error: Error) => {
          clearTimeout(timer);
          // Aborted for newer sources or a removed element: nothing to say.
          if (request.signal.aborted && !stalled) return;
          this.#fail(`src: ${url} could not be loaded (${stalled ? `no answer in ${STALLED_AFTER / 1000} s` : error.message})`);
        },
      );
  }

  /**
   * Reads data: valid data at once, by hand; otherwise zod's schema, loaded for such data only,
   * keeps what is valid and says what it left out and why.
   */
  #accept(json: unknown): void {
    const read = this.#reads;
    const quick = json === INVALID ? { structures: [], issues: [] } : this.read(json);
    if (quick) {
      this.#use(quick);
      return;
    }
    this.loadState = 'loading';
    import('./schema.js').then(
      (schema) => read === this.#reads && this.#use(this.check(json, schema)),
      (error: Error) => {
        if (read === this.#reads) this.#fail(`the data could not be checked (${error.message})`);
      },
    );
  }

  /** A failure the retry button may mend (a network error), said in the console too. */
  #fail(message: string): void {
    console.warn(`[${this.localName}] ${message}`);
    this.loadState = 'error';
    this.failure = 'network';
    // Tried again from the button, which went while loading: the focus, left on the status, goes
    // to the new one (a failure always comes after the render that put the focus there).
    void this.moveFocus('[role=alert] button');
  }

  /** Keeps what is valid; reports the rest in the console. */
  #use(parsed: ParsedDirectory): void {
    for (const issue of parsed.issues) this.warnOnce(`${issue.path ? `${issue.path}: ` : ''}${issue.reason}`);
    this.parsed = parsed;
    this.loadState = parsed.data ? 'ready' : 'error';
    this.failure = parsed.data ? undefined : INVALID;
    // Tried again from the button, and the file is now gone: the focus goes to the message.
    if (!parsed.data) void this.moveFocus('[role=alert]');
    this.dataChanged();
  }

  /**
   * Reads valid data by hand; `undefined` when there is anything to leave out or to report.
   * Overridden by `<msp-team>`, which also takes a single structure.
   */
  protected read(json: unknown): ParsedDirectory | undefined {
    return readDirectory(json);
  }

  /** Reads data with the schema, which leaves out what it must and says why. */
  protected check(json: unknown, schema: typeof Schema): ParsedDirectory {
    return schema.parseDirectory(json);
  }

  /**
   * `french`, or on an English page the words `loadEnglish` brings (`MspWidget#need`), French if
   * they cannot come. Until they come, the words shown so far (the page switched language), so
   * that nothing is taken down; `undefined` at first.
   */
  protected speak<W>(french: W, loadEnglish: () => Promise<W>): W | undefined {
    const en = this.locale === 'en' ? this.need('English texts', loadEnglish) : null;
    return (this.#spoken = en === undefined ? this.#spoken : (en ?? french)) as W | undefined;
  }

  /** Called when new data has been accepted. */
  protected dataChanged(): void {}

  async #retry(): Promise<void> {
    this.load();
    await this.updateComplete;
    // The button goes away: keep keyboard and screen-reader users in the widget.
    this.renderRoot.querySelector<HTMLElement>('[part=status]')?.focus();
  }

  /** The failure message and the retry button, or nothing. */
  protected renderFailure(t: LoadWords): TemplateResult {
    return html`<div role="alert" part="error" tabindex="-1">
      ${this.failure
        ? html`<p>${t[this.failure]}</p>
            ${this.failure === 'network' ? html`<button type="button" class="secondary" @click=${this.#retry}>${t.retry}</button>` : nothing}`
        : nothing}
    </div>`;
  }

  /** The note about entries left out, under the results. */
  protected renderSkipped(t: LoadWords): TemplateResult | typeof nothing {
    const skipped = new Set(this.parsed.issues.filter((i) => /not shown$/.test(i.reason)).map((i) => i.path.replace(/\].*/, ''))).size;
    return skipped ? html`<p class="note" part="note">${t.skipped(skipped)}</p>` : nothing;
  }

  /** "12 mars 2026", "12 March 2026". */
  protected dateName(date: string): string {
    const lang = this.locale === 'en' ? 'en-GB' : 'fr';
    // Formatters are costly to create: one per language for the page.
    const format = (dates[lang] ??= new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
    // `YYYY-MM-DD` (checked by the reader): JavaScript reads a date alone as UTC midnight.
    return firstOfMonth(format.format(new Date(date)), lang);
  }
}
