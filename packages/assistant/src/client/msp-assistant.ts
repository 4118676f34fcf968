import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement } from '../../../widgets/src/shared/define.js';
import { MspWidget } from '../../../widgets/src/shared/msp-widget.js';
import { hostStyles } from '../../../widgets/src/shared/theme.js';
import { safeUrl } from '../../../widgets/src/shared/url.js';
import { launcherMessages } from './launcher-messages.js';
import type { MspAssistantPanel } from './panel.js';
import styles from './msp-assistant.styles.js';

export type AssistantMode = 'launcher' | 'inline';
export type AssistantPosition = 'bottom-right' | 'bottom-left';

const CSS_LENGTH = /^(0|-?\d*\.?\d+(px|rem|em|vw|vh|dvh|svh|%))$|^(calc|min|max|clamp|env|var)\(.+\)$/;

// The panel's parts, reachable from the page as msp-assistant::part(…).
const PANEL_PARTS =
  'panel, header, title, clear, close, notice, log, message, user-message, assistant-message, welcome, emergency, ' +
  'emergency-calls, citation, sources, suggestions, suggestion, feedback, error, retry, form, input, send';

const chatIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" d="M4 5h16v11H9l-5 4z"/><path stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M8 9.5h8M8 12.5h5"/></svg>`;
const closeIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path stroke="currentColor" stroke-width="2.5" stroke-linecap="round" d="M6 9l6 6 6-6" fill="none"/></svg>`;

/** Whether the page shows a layer of its own over its content: a dialog, or a popover. */
function pageLayerOpen(): boolean {
  try {
    return !!document.querySelector('dialog[open], :popover-open');
  } catch {
    // :popover-open came in 2023 (Chrome 114, Safari 17, Firefox 125).
    return !!document.querySelector('dialog[open]');
  }
}

/**
 * A chat with the federation's assistant: a small launcher button that loads the panel on first
 * click (or the panel in the page's flow with `mode="inline"`). Answers stream in, with numbered
 * sources; emergencies stand out with call links; the AI disclosure, "information, not medical
 * advice" and the emergency numbers 15, 112 and 114 are always visible. Keyboard and screen-reader
 * friendly; nothing is stored before the first opening, then the conversation is kept in this tab
 * (`sessionStorage`) unless `no-persist` is set.
 *
 * @tagname msp-assistant
 * @summary Accessible streaming chat with the assistant, with sources and emergency guidance.
 * @csspart launcher - The launcher button.
 * @csspart panel - The chat panel (a dialog, modal when it fills the window, or a region in inline mode).
 * @csspart header - The panel's header (title, clear, close).
 * @csspart title - The panel's title.
 * @csspart clear - The "clear the conversation" button.
 * @csspart close - The close button.
 * @csspart notice - The AI disclosure, "not medical advice" and the emergency numbers.
 * @csspart log - The transcript.
 * @csspart message - Every message (also `user-message`, `assistant-message`, `welcome`, `emergency`).
 * @csspart emergency-calls - The call links under an emergency answer.
 * @csspart citation - A numbered citation link in an answer.
 * @csspart sources - The list of sources under an answer.
 * @csspart suggestions - The suggested questions; each is a `suggestion` button.
 * @csspart feedback - The useful / not useful buttons under an answer.
 * @csspart error - The error message area; its button is `retry`.
 * @csspart form - The question form; `input` is the text area, `send` the send / stop button.
 * @cssprop [--msp-assistant-offset-x=1em] - Distance of the launcher from the side of the window.
 * @cssprop [--msp-assistant-offset-y=1em] - Distance of the launcher from the bottom (raise it above a cookie banner).
 * @cssprop [--msp-assistant-z-index=999] - Stacking order of the launcher and panel (keep it under your cookie banner's).
 * @cssprop [--msp-assistant-width=24em] - Width of the panel on wide screens.
 * @cssprop [--msp-assistant-height=36em] - Height of the panel (also in inline mode).
 * @cssprop [--msp-color-primary=#00665a] - Launcher, buttons and your messages.
 * @cssprop [--msp-color-danger=#b3261e] - Emergency answers and errors.
 */
export class MspAssistant extends MspWidget {
  static override styles = [hostStyles, styles];

  // Static declarations rather than decorators: smaller in the CDN bundle.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    mode: { reflect: true },
    position: { reflect: true },
    open: { type: Boolean, reflect: true },
    heading: {},
    launcherLabel: { attribute: 'launcher-label' },
    welcome: {},
    suggestions: {},
    noPersist: { type: Boolean, attribute: 'no-persist' },
    persist: {},
    offsetX: { attribute: 'offset-x' },
    offsetY: { attribute: 'offset-y' },
    zIndex: { attribute: 'z-index' },
    loaded: { state: true },
    failed: { state: true },
    slow: { state: true },
  };

  /** URL of the chat API (`https://assistant.example.fr/api/chat` or `/api/chat`); defaults to `<msp-site assistant-endpoint>`. */
  declare endpoint?: string;

  /** `launcher` (a button opening a floating panel, the default) or `inline` (the panel in the page's flow). */
  declare mode: AssistantMode;

  /** Corner of the launcher: `bottom-right` (default) or `bottom-left`. */
  declare position: AssistantPosition;

  /** Whether the panel is open (always, in inline mode). */
  declare open: boolean;

  /** The panel's title (default "Assistant automatique"). */
  declare heading?: string;

  /** The launcher's visible text (default "Une question ?"). */
  declare launcherLabel?: string;

  /** The welcome message (default: what the assistant answers, and that it gives no medical advice). */
  declare welcome?: string;

  /** Suggested questions: a JSON array of strings, or questions separated by `|`; empty for none. */
  declare suggestions?: string;

  /** Keeps the conversation in the page only (nothing in `sessionStorage`). */
  declare noPersist: boolean;

  /** `session` (default: the conversation survives page changes in this tab) or `none` (same as `no-persist`). */
  declare persist: 'session' | 'none';

  /** The launcher's distance from the side (a CSS length); same as `--msp-assistant-offset-x`. */
  declare offsetX?: string;

  /** The launcher's distance from the bottom (a CSS length); same as `--msp-assistant-offset-y`. */
  declare offsetY?: string;

  /** The launcher's and panel's `z-index`; same as `--msp-assistant-z-index`. */
  declare zIndex?: string;

  private declare loaded: boolean;
  private declare failed: boolean;
  private declare slow: boolean;
  #loading?: Promise<unknown>;
  #checkTimer?: ReturnType<typeof setTimeout>;
  #slowTimer?: ReturnType<typeof setTimeout>;
  readonly #warnFromPanel = (message: string) => this.warnOnce(message);

  constructor() {
    super();
    this.mode = 'launcher';
    this.position = 'bottom-right';
    this.open = false;
    this.noPersist = false;
    this.persist = 'session';
    this.loaded = false;
    this.failed = false;
    this.slow = false;
  }

  /**
   * Escape closes the panel from anywhere in the page, not only from inside it: on a wide screen the
   * panel is not modal, and a control of the page that has the focus may be under it (WCAG 2.4.11).
   * From the page, the focus stays where it is, now in sight, and the key keeps its own use there
   * (a search field empties): nothing is prevented. The page's own layers come first: with one of
   * its modal dialogs or popovers open, Escape is theirs. Pressed in another assistant, it is that
   * one's.
   */
  readonly #onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open || this.#inline || event.isComposing || event.defaultPrevented) return;
    const path = event.composedPath();
    if (path.includes(this)) {
      event.preventDefault();
      this.hide();
    } else if (!path.some((node) => node instanceof MspAssistant) && !pageLayerOpen()) {
      this.open = false;
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onEscape);
  }

  get #inline(): boolean {
    return this.mode === 'inline';
  }

  /** The chat API's absolute URL, or `undefined` when missing or not an http(s) URL. */
  get #url(): string | undefined {
    return safeUrl(this.endpoint || this.settings.assistantEndpoint, document.baseURI);
  }

  get #panel(): MspAssistantPanel | null {
    return this.renderRoot.querySelector('msp-assistant-panel');
  }

  get #button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('button');
  }

  /** Opens the panel (loading it the first time) and moves focus to its question field. */
  async show(): Promise<void> {
    if (!this.#url) return;
    this.open = true;
    await this.#load();
    await this.updateComplete;
    // Tried again from the failure's button, which went while loading: the focus goes to the new one.
    if (this.failed && !this.shadowRoot!.activeElement) this.renderRoot.querySelector<HTMLElement>('.status button')?.focus();
    await this.#panel?.updateComplete;
    this.#panel?.focusInput();
  }

  /** Closes the panel (an answer being written goes on) and gives focus back to the launcher. */
  hide(): void {
    if (this.#inline) return;
    this.open = false;
    this.#button?.focus();
  }

  #toggle(): void {
    if (this.open) this.hide();
    else void this.show();
  }

  #load(): Promise<unknown> {
    this.failed = false;
    this.#loading ??= import('./panel.js').then(
      () => (this.loaded = true),
      () => {
        this.#loading = undefined;
        this.failed = true;
      },
    );
    return this.#loading;
  }

  #setVar(name: string, value: string | undefined, valid: boolean, field: string): void {
    // The CSS object model, not a style attribute: allowed by a strict Content-Security-Policy.
    if (value && !valid) this.warnOnce(`${field}: "${value}" is not a CSS length (or a z-index for z-index); ignored`);
    if (value && valid) this.style.setProperty(`--msp-assistant-${name}`, value);
    else this.style.removeProperty(`--msp-assistant-${name}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode') && this.mode !== 'launcher' && this.mode !== 'inline') {
      this.warnOnce(`mode: "${this.mode as string}" is unknown, expected launcher or inline; using launcher`);
      this.mode = 'launcher';
    }
    if (changed.has('position') && this.position !== 'bottom-right' && this.position !== 'bottom-left') {
      this.warnOnce(`position: "${this.position as string}" is unknown, expected bottom-right or bottom-left; using bottom-right`);
      this.position = 'bottom-right';
    }
    if (changed.has('offsetX')) this.#setVar('offset-x', this.offsetX, CSS_LENGTH.test(this.offsetX ?? ''), 'offset-x');
    if (changed.has('offsetY')) this.#setVar('offset-y', this.offsetY, CSS_LENGTH.test(this.offsetY ?? ''), 'offset-y');
    if (changed.has('zIndex')) this.#setVar('z-index', this.zIndex, /^-?\d{1,10}$/.test(this.zIndex ?? ''), 'z-index');
    // Not again after a failure (each failure is an update: a loop); show() tries again.
    const waiting = !!this.#url && (this.#inline || this.open) && !this.failed && !this.loaded;
    if (waiting) void this.#load();
    // "Chargement…" only when it lasts: a panel that comes at once would be said to be loading once
    // it is there. The live region is shown empty first, so that its text is heard; closed and
    // opened again, it is shown anew, so the wait starts again.
    if (waiting) this.#slowTimer ??= setTimeout(() => (this.slow = true), 500);
    else {
      clearTimeout(this.#slowTimer);
      this.#slowTimer = undefined;
      this.slow = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // <msp-site> may provide the endpoint a moment later: look again before warning.
    clearTimeout(this.#checkTimer);
    if (!this.#url) {
      this.#checkTimer = setTimeout(() => {
        if (this.#url || !this.isConnected) return;
        const value = this.endpoint || this.settings.assistantEndpoint;
        this.warnOnce(
          value
            ? `endpoint: "${value}" is not an http(s) URL; the assistant stays hidden`
            : 'endpoint: missing; set the endpoint attribute or <msp-site assistant-endpoint> to the chat API URL (e.g. /api/chat); the assistant stays hidden',
        );
      }, 100);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#checkTimer);
    document.removeEventListener('keydown', this.#onEscape);
  }

  override render() {
    const t = this.messages(launcherMessages);
    const url = this.#url;
    if (!url) return this.#inline ? html`<p class="status" role="note">${t.notConfigured}</p>` : nothing;
    const persist = !this.noPersist && this.persist !== 'none';
    const panel = this.loaded
      ? html`<msp-assistant-panel
          lang=${this.locale}
          exportparts=${PANEL_PARTS}
          .endpoint=${url}
          .inline=${this.#inline}
          .left=${this.position === 'bottom-left'}
          .open=${this.open || this.#inline}
          .heading=${this.heading}
          .welcome=${this.welcome}
          .suggestions=${this.suggestions}
          .persist=${persist}
          .warn=${this.#warnFromPanel}
          @msp-assistant-close=${this.hide}
        ></msp-assistant-panel>`
      : // Both live regions are there, empty, before their text comes: a region put in the page with
        // its text already in it is not said by every screen reader. A failure has a way to try again
        // in the widget itself (an inline assistant has no launcher to press again).
        html`<div role="status">${this.slow && !this.failed ? html`<p class="status">${t.loading}</p>` : nothing}</div>
          <div class=${this.failed ? 'status' : 'idle'}>
            <p role="alert">${this.failed ? t.loadFailed : nothing}</p>
            ${this.failed ? html`<button type="button" @click=${this.show}>${t.retry}</button>` : nothing}
          </div>`;
    if (this.#inline) return html`<div id="panel">${panel}</div>`;
    return html`<button part="launcher" class="launcher" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="panel" @click=${this.#toggle}>
        ${this.open ? closeIcon : chatIcon}<span class="label">${this.launcherLabel || t.launcher}</span><span class="sr-only"> (${t.launcherHint})</span>
      </button>
      <div id="panel" ?hidden=${!this.open}>${this.open || this.loaded ? panel : nothing}</div>`;
  }
}

defineElement('msp-assistant', MspAssistant);

declare global {
  interface HTMLElementTagNameMap {
    'msp-assistant': MspAssistant;
  }
}
