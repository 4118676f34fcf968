import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MspWidget } from '../shared/msp-widget.js';
import { safeUrl } from '../shared/url.js';
import { loadMessages } from './messages.js';
import { parseDirectory, type ParsedDirectory } from './schema.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

const INVALID = 'invalid';
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

  protected declare loadState: LoadState;
  protected declare failure?: 'network' | typeof INVALID;

  /** The last data read, with its issues. */
  protected parsed: ParsedDirectory = { structures: [], issues: [] };

  private inline?: unknown;
  private inlineText?: string;
  private reload = true;
  private request?: AbortController;
  private readonly childObserver = new MutationObserver(() => this.readInline());

  constructor() {
    super();
    this.src = '';
    this.loadState = 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInline();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    this.request?.abort();
  }

  /** Reads the JSON child; watches our children and its text, which the parser may still be writing. */
  private readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.childObserver.disconnect();
    this.childObserver.observe(this, { childList: true });
    if (script) this.childObserver.observe(script, { childList: true, characterData: true, subtree: true });
    const text = script?.textContent ?? undefined;
    if (text === this.inlineText) return;
    this.inlineText = text;
    this.inline = undefined;
    if (text !== undefined) {
      try {
        this.inline = JSON.parse(text);
      } catch (error) {
        this.warnOnce(`inline JSON ignored: ${(error as Error).message}`);
        this.inline = INVALID;
      }
    }
    this.reload = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.reload || changed.has('data') || changed.has('src')) {
      this.reload = false;
      this.load();
    }
  }

  /** Tries the sources again (the retry button). */
  protected load(): void {
    this.request?.abort();
    this.request = undefined;
    this.failure = undefined;
    const given = this.data ?? this.inline;
    if (given !== undefined) {
      this.accept(given);
      return;
    }
    const url = safeUrl(this.src, document.baseURI);
    if (!url) {
      if (this.src) this.warnOnce(`src: "${this.src}" is not an http(s) URL`);
      this.loadState = 'idle';
      return;
    }
    this.loadState = 'loading';
    const request = (this.request = new AbortController());
    fetch(url, { signal: request.signal, headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const text = await response.text();
        try {
          return JSON.parse(text) as unknown;
        } catch (error) {
          this.warnOnce(`src: ${url} is not JSON (${(error as Error).message})`);
          return INVALID;
        }
      })
      .then(
        (json) => request.signal.aborted || this.accept(json),
        (error: Error) => {
          if (request.signal.aborted) return;
          console.warn(`[${this.localName}] src: ${url} could not be loaded (${error.message})`);
          this.loadState = 'error';
          this.failure = 'network';
        },
      );
  }

  /** Checks data and keeps what is valid; reports the rest in the console. */
  private accept(json: unknown): void {
    const parsed = json === INVALID ? { structures: [], issues: [] } : this.parse(json);
    for (const issue of parsed.issues) this.warnOnce(`${issue.path ? `${issue.path}: ` : ''}${issue.reason}`);
    this.parsed = parsed;
    this.loadState = parsed.data ? 'ready' : 'error';
    this.failure = parsed.data ? undefined : INVALID;
    this.dataChanged();
  }

  /** Reads the JSON; overridden by `<msp-team>`, which also takes a single structure. */
  protected parse(json: unknown): ParsedDirectory {
    return parseDirectory(json);
  }

  /** Called when new data has been accepted. */
  protected dataChanged(): void {}

  private async retry(): Promise<void> {
    this.load();
    await this.updateComplete;
    // The button goes away: keep keyboard and screen-reader users in the widget.
    this.renderRoot.querySelector<HTMLElement>('[part=status]')?.focus();
  }

  /** The failure message and the retry button, or nothing. */
  protected renderFailure() {
    const t = this.messages(loadMessages);
    return html`<div role="alert" part="error">
      ${this.failure
        ? html`<p>${this.failure === INVALID ? t.invalid : t.network}</p>
            ${this.failure === 'network' ? html`<button type="button" class="secondary" @click=${this.retry}>${t.retry}</button>` : nothing}`
        : nothing}
    </div>`;
  }

  /** The note about entries left out, under the results. */
  protected renderSkipped() {
    const skipped = new Set(this.parsed.issues.filter((i) => /not shown$/.test(i.reason)).map((i) => i.path.replace(/\].*/, ''))).size;
    return skipped ? html`<p class="note" part="note">${this.messages(loadMessages).skipped(skipped)}</p>` : nothing;
  }

  /** "12 mars 2026", "12 March 2026". */
  protected dateName(date: string): string {
    const lang = this.locale === 'en' ? 'en-GB' : 'fr';
    // Formatters are costly to create: one per language for the page.
    const format = (dates[lang] ??= new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
    return format.format(new Date(`${date}T00:00Z`));
  }
}
