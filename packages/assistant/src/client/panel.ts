/**
 * The chat panel of `<msp-assistant>`, loaded on first open (dynamic import): the transcript,
 * streamed answers rendered from a safe Markdown subset, sources, emergency guidance, feedback,
 * errors with retry, and the conversation kept in `sessionStorage`. Internal: the launcher sets its
 * properties and listens to `msp-assistant-close`.
 */
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineElement } from '../../../widgets/src/shared/define.js';
import { MspElement } from '../../../widgets/src/shared/msp-element.js';
import { hostStyles } from '../../../widgets/src/shared/theme.js';
import { MAX_MESSAGE_LENGTH, type AnswerKind, type Citation } from '../protocol.js';
import { buildRequest, mentions3114, mentions3919, parseSuggestions, sendFeedback, streamChat, type ChatFailure } from './chat.js';
import { frenchNames } from './french-names.js';
import { citedNumbers, parseMarkdown, plainText, safeHref, typeset, type Block, type Inline } from './markdown.js';
import { panelMessages } from './messages.js';
import { clearConversation, loadConversation, saveConversation, sessionStore, storageKey } from './storage.js';
import styles from './panel.styles.js';

/** One message of the transcript. Mutated in place while it streams; the panel re-renders it alone. */
interface Message {
  role: 'user' | 'assistant';
  text: string;
  id?: string;
  kind?: AnswerKind;
  citations?: Citation[];
  /** The text's language from character `at` on, as the server says (quotes of French pages in an English answer). */
  langs?: { at: number; lang: string }[];
  /** A question's language, as the server recognised it. */
  lang?: string;
  /** Assistant messages: being written, complete, stopped by the reader, or cut by a failure. */
  state?: 'streaming' | 'done' | 'stopped' | 'failed';
  useful?: boolean;
  feedback?: 'sent' | 'failed';
}

type Messages = (typeof panelMessages)['fr'];

/** A stretch of an answer in one language (`undefined`: the panel's), parsed on its own. */
interface Part {
  lang?: string;
  text: string;
  blocks: Block[];
}

/** What the screen reader is told: a text in the panel's language, or stretches marked with theirs. */
type Said = string | readonly { lang?: string; text: string }[];

/** Windows where the floating panel takes the whole window (the media query of panel.styles.ts): there it is modal. */
export const WHOLE_WINDOW = '(max-width: 40em), (max-height: 32em)';

/** What Tab can reach in the panel, in the order it does (no positive tabindex here). */
const TABBABLE = 'button:not(:disabled),a[href],textarea,[tabindex="0"]';

/** How long a screen-reader announcement stays in the live region (then it is removed, not to be found again). */
const ANNOUNCE_MS = 8000;

const alertIcon = svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z"/></svg>`;
const closeIcon = svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path stroke="currentColor" stroke-width="2.5" stroke-linecap="round" d="m6 6 12 12M18 6 6 18"/></svg>`;
const phoneIcon = svg`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"/></svg>`;

/**
 * @tagname msp-assistant-panel
 * @summary Internal: the chat panel of `<msp-assistant>`.
 */
export class MspAssistantPanel extends MspElement {
  static override styles = [hostStyles, styles];

  static override properties: PropertyDeclarations = {
    endpoint: { attribute: false },
    inline: { type: Boolean, reflect: true },
    left: { type: Boolean, reflect: true },
    open: { type: Boolean },
    heading: { attribute: false },
    welcome: { attribute: false },
    suggestions: { attribute: false },
    persist: { attribute: false },
    warn: { attribute: false },
    busy: { state: true },
    failure: { state: true },
    announcement: { state: true },
    urgentAnnouncement: { state: true },
    modal: { state: true },
  };

  /** The chat API's absolute URL. */
  declare endpoint: string;
  /** In the page's flow rather than floating. */
  declare inline: boolean;
  /** Floats on the left (launcher at bottom-left). */
  declare left: boolean;
  /** Whether it is shown. */
  declare open: boolean;
  /** Title; welcome message; suggestions (raw attribute value). */
  declare heading?: string;
  declare welcome?: string;
  declare suggestions?: string;
  /** Keep the conversation in sessionStorage. */
  declare persist: boolean;
  /** Console warnings, said by the launcher. */
  declare warn: (message: string) => void;

  private declare busy: boolean;
  private declare failure?: { failure: ChatFailure; question: string };
  private declare announcement: Said;
  private declare urgentAnnouncement: Said;
  /** Open over the whole window: the page under it is out of reach (see `#keepFocusIn`). */
  private declare modal: boolean;

  #messageList: Message[] = [];
  readonly #parsed = new WeakMap<Message, { key: string; parts: Part[] }>();
  #controller?: AbortController;
  #restoredFrom?: string;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #atBottom = true;
  #scrollToEnd = false;
  #wholeWindow?: MediaQueryList;
  readonly #onWholeWindow = () => (this.modal = !!this.#wholeWindow?.matches);
  readonly #viewport = () => {
    const vv = window.visualViewport;
    if (!vv) return;
    // The CSS object model, not a style attribute: allowed by a strict Content-Security-Policy.
    this.style.setProperty('--msp-assistant-vh', `${vv.height}px`);
    this.style.setProperty('--msp-assistant-vtop', `${vv.offsetTop}px`);
  };

  constructor() {
    super();
    this.endpoint = '';
    this.inline = false;
    this.left = false;
    this.open = false;
    this.persist = true;
    this.warn = () => undefined;
    this.busy = false;
    this.announcement = '';
    this.urgentAnnouncement = '';
    this.modal = false;
  }

  get #input(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  get #log(): HTMLElement | null {
    return this.renderRoot.querySelector('[role=log]');
  }

  /** Moves focus to the question field. */
  focusInput(): void {
    this.#input?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.open && !this.inline) this.#watchWindow(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
    this.#watchWindow(false);
    clearTimeout(this.#announceTimer);
  }

  /**
   * While the floating panel is open: modal where it fills the window (`WHOLE_WINDOW`), and on small
   * screens following the visual viewport, so the field stays above the on-screen keyboard.
   */
  #watchWindow(on: boolean): void {
    this.#wholeWindow ??= window.matchMedia(WHOLE_WINDOW);
    this.#wholeWindow[on ? 'addEventListener' : 'removeEventListener']('change', this.#onWholeWindow);
    this.modal = on && this.#wholeWindow.matches;
    const vv = window.visualViewport;
    if (!vv) return;
    const method = on ? 'addEventListener' : 'removeEventListener';
    vv[method]('resize', this.#viewport);
    vv[method]('scroll', this.#viewport);
    if (on) this.#viewport();
  }

  get #key(): string {
    return storageKey(this.endpoint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The stored conversation is read when the panel first opens, never before.
    if ((changed.has('endpoint') || changed.has('open') || changed.has('persist')) && this.open && this.#restoredFrom !== this.endpoint) {
      this.#restoredFrom = this.endpoint;
      if (this.persist) {
        this.#messageList = loadConversation(sessionStore(), this.#key).map((turn) => ({ ...turn }));
        this.#scrollToEnd = true;
      }
    }
    if (changed.has('persist') && changed.get('persist') === true && !this.persist) clearConversation(sessionStore(), this.#key);
    if (changed.has('open')) {
      if (this.open) this.#scrollToEnd = true;
      this.#watchWindow(this.open && !this.inline);
    }
    const log = this.#log;
    this.#atBottom = !log || log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const log = this.#log;
    // Follow the answer only when the reader is already at the bottom (or just asked).
    if (log && (this.#atBottom || this.#scrollToEnd)) log.scrollTop = log.scrollHeight;
    this.#scrollToEnd = false;
  }

  #save(): void {
    if (!this.persist) return;
    saveConversation(
      sessionStore(),
      this.#key,
      this.#messageList
        .filter((m) => m.state !== 'streaming')
        .map(({ role, text, lang, id, kind, citations, langs, state, useful }) => ({
          role,
          text,
          ...(lang ? { lang } : {}),
          ...(id ? { id } : {}),
          ...(kind ? { kind } : {}),
          ...(citations?.length ? { citations } : {}),
          ...(langs?.length ? { langs } : {}),
          ...(state && state !== 'streaming' ? { state } : {}),
          ...(useful !== undefined ? { useful } : {}),
        })),
    );
  }

  /** Says `text` to screen readers once: politely, or at once (interrupting) when `urgent`. */
  #announce(text: Said, urgent = false): void {
    clearTimeout(this.#announceTimer);
    // The same words again (the thanks for a second rating) must change the region to be said: a
    // no-break space is toggled at their end.
    const words = (said: Said) => (typeof said === 'string' ? said : said.map((part) => part.text).join(''));
    if (words(text) === words(urgent ? this.urgentAnnouncement : this.announcement)) {
      text = typeof text === 'string' ? `${text}\u00a0` : [...text, { text: '\u00a0' }];
    }
    this.announcement = urgent ? '' : text;
    this.urgentAnnouncement = urgent ? text : '';
    this.#announceTimer = setTimeout(() => {
      this.announcement = '';
      this.urgentAnnouncement = '';
    }, ANNOUNCE_MS);
  }

  get #t(): Messages {
    return this.messages(panelMessages);
  }

  async #ask(question: string): Promise<void> {
    const text = question.trim();
    if (!text || this.busy) return;
    const t = this.#t;
    // Exchanges cut by a failure are not sent again: the question is being retried.
    const history = this.#messageList.filter(
      (m, i, all) => m.state !== 'failed' && all[i + 1]?.state !== 'failed' && !(m.role === 'assistant' && !m.text),
    );
    const request = buildRequest(history, text, this.locale);
    const user: Message = { role: 'user', text };
    const answer: Message = { role: 'assistant', text: '', state: 'streaming', citations: [] };
    this.#messageList.push(user, answer);
    this.failure = undefined;
    this.busy = true;
    this.#scrollToEnd = true;
    const input = this.#input;
    if (input && input.value.trim() === text) input.value = '';
    this.#announce(t.answering);
    this.#save();
    const controller = (this.#controller = new AbortController());
    const failure = await streamChat(
      this.endpoint,
      request,
      {
        meta: (meta) => {
          answer.id = meta.id;
          answer.kind = meta.kind;
          answer.citations = meta.citations;
          if (meta.lang) answer.langs = [{ at: 0, lang: meta.lang }];
          user.lang = meta.questionLang;
          this.requestUpdate();
        },
        token: (piece, lang) => {
          const last = answer.langs?.at(-1);
          // A language that changes again before any text replaces the one before.
          if (lang && last?.at === answer.text.length) last.lang = lang;
          else if (lang) (answer.langs ??= []).push({ at: answer.text.length, lang });
          answer.text += piece;
          this.requestUpdate();
        },
        done: (done) => {
          answer.id = done.id;
          answer.citations = done.citations;
        },
      },
      controller.signal,
    );
    if (this.#controller === controller) this.#controller = undefined;
    this.busy = false;
    // Cleared while it was being written: nothing left to finish.
    if (!this.#messageList.includes(answer)) return;
    if (!failure) {
      answer.state = 'done';
      const said = this.#parts(answer).map(({ lang, blocks }) => ({ lang, text: `${plainText(blocks)} ` }));
      // An emergency must not wait for the screen reader to finish what it was saying.
      if (answer.kind === 'emergency') this.#announce([{ text: `${t.emergency}. ` }, ...said], true);
      else this.#announce([{ text: t.answered('') }, ...said]);
    } else if (failure.reason === 'aborted') {
      answer.state = 'stopped';
      answer.citations = this.#citedOnly(answer);
      this.#announce(t.stopped);
    } else {
      if (answer.text.trim()) {
        answer.state = 'failed';
        answer.citations = this.#citedOnly(answer);
      } else {
        this.#messageList.splice(this.#messageList.indexOf(user), 2);
      }
      this.failure = { failure, question: text };
      // The question goes back to the field, unless something new was typed meanwhile.
      if (input && !input.value.trim()) input.value = text;
      if (failure.reason === 'forbidden') {
        this.warn(`endpoint: the assistant server refused this site (${failure.code}): ${failure.message}`);
      }
      if (failure.reason === 'misconfigured') this.warn(`endpoint: ${this.endpoint} ${failure.detail}`);
      // The error is said by its own region: "writing the answer" must not stay for a screen reader.
      clearTimeout(this.#announceTimer);
      this.announcement = '';
    }
    this.#save();
    this.requestUpdate();
  }

  /** The citations a partial answer actually used. */
  #citedOnly(message: Message): Citation[] {
    const used = citedNumbers(this.#blocks(message));
    return (message.citations ?? []).filter((c) => used.includes(c.n));
  }

  #stop(): void {
    this.#controller?.abort();
  }

  #clear(): void {
    this.#controller?.abort();
    this.#messageList = [];
    this.failure = undefined;
    clearConversation(sessionStore(), this.#key);
    this.#announce(this.#t.cleared);
    this.requestUpdate();
    this.focusInput();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#ask(this.#input?.value ?? '');
  }

  #onInputKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    void this.#ask(this.#input?.value ?? '');
  }

  #onSuggestion(event: Event): void {
    const question = (event.currentTarget as HTMLButtonElement).textContent ?? '';
    // The suggestions disappear with the first question: keep focus in the panel.
    this.focusInput();
    void this.#ask(question);
  }

  #retry(): void {
    const question = this.failure?.question;
    if (question) void this.#ask(question);
    this.focusInput();
  }

  async #vote(event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement;
    const message = this.#messageList[Number(button.dataset.index)];
    if (!message?.id) return;
    const useful = button.dataset.useful === 'true';
    message.useful = useful;
    message.feedback = undefined;
    this.requestUpdate();
    const ok = await sendFeedback(this.endpoint, message.id, useful);
    if (message.useful !== useful) return;
    message.feedback = ok ? 'sent' : 'failed';
    this.#announce(ok ? this.#t.thanks : this.#t.feedbackFailed);
    this.#save();
    this.requestUpdate();
  }

  #close(): void {
    this.dispatchEvent(new Event('msp-assistant-close'));
  }

  /**
   * Over the whole window (a phone, a zoomed page), Tab goes round the panel's controls: the page's
   * own, under the panel, would get the focus out of sight (WCAG 2.4.11), and `aria-modal` keeps
   * screen readers in it too. Escape or the close button leaves it.
   */
  #keepFocusIn(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || !this.modal) return;
    const reachable = [...this.renderRoot.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.getClientRects().length);
    const [first, last] = [reachable[0], reachable.at(-1)];
    const from = this.shadowRoot!.activeElement;
    const to = event.shiftKey ? (from === first || !from ? last : undefined) : from === last || !from ? first : undefined;
    if (!to) return;
    event.preventDefault();
    to.focus();
  }

  /**
   * What relative links of an answer (a citation's `/federation/adherer.html`) are relative to: the
   * page the chat is on, as for any other link of that page. They are paths of the federation's
   * website, not of the assistant's host; a server whose pages live elsewhere sends absolute URLs
   * (MSP_ASSISTANT_SITE_URL).
   */
  get #linkBase(): string {
    return document.baseURI;
  }

  /**
   * The message cut where its language changes, each stretch parsed on its own (it is shown as
   * paragraphs of their own, marked with their language when it is not the panel's).
   */
  #parts(message: Message): Part[] {
    const base = this.#linkBase;
    const { text, langs = [] } = message;
    // Parsed again when the text grows, a language begins, links resolve elsewhere or the panel's language changes.
    const key = `${langs.length} ${this.locale} ${base}\n${text}`;
    const cached = this.#parsed.get(message);
    if (cached?.key === key) return cached.parts;
    const cuts = langs[0]?.at === 0 ? langs : [{ at: 0, lang: undefined }, ...langs];
    const parts = cuts.map(({ at, lang }, i): Part => {
      const stretch = text.slice(at, cuts[i + 1]?.at);
      return { lang: this.#otherLang(lang), text: stretch, blocks: parseMarkdown(stretch, { base }) };
    });
    this.#parsed.set(message, { key, parts });
    return parts;
  }

  #blocks(message: Message): Block[] {
    return this.#parts(message).flatMap((part) => part.blocks);
  }

  #suggestionList(t: Messages): string[] {
    if (this.suggestions === undefined || this.suggestions === null) return t.suggestions.split('|');
    const list = parseSuggestions(this.suggestions);
    if (!list) this.warn(`suggestions: not a JSON array of strings nor questions separated by "|"; using the default questions`);
    return list ?? t.suggestions.split('|');
  }

  #sourceUrl(citation: Citation): string | undefined {
    const href = safeHref(citation.url, this.#linkBase);
    return href && /^https?:/.test(href) ? href : undefined;
  }

  /** `lang`: the language of the stretch being rendered (`undefined`: the panel's). */
  #renderInline(nodes: readonly Inline[], message: Message, lang?: string): unknown[] {
    return nodes.map((node) => {
      switch (node.type) {
        case 'text':
          return this.#french(typeset(node.text), lang);
        case 'br':
          return html`<br />`;
        case 'em':
          return html`<em>${this.#renderInline(node.children, message, lang)}</em>`;
        case 'strong':
          return html`<strong>${this.#renderInline(node.children, message, lang)}</strong>`;
        case 'link':
          return html`<a href=${node.href}>${this.#renderInline(node.children, message, lang)}</a>`;
        case 'cite': {
          const citation = message.citations?.find((c) => c.n === node.n);
          const href = citation && this.#sourceUrl(citation);
          // Its name, "Source 1 : ‹title›", is said from its content, each part in its language: the
          // panel's words (marked so inside a stretch of another language) and the page's title. No
          // space between the spans: the badge shows the number alone.
          const t = this.#t;
          return href
            ? html`<a class="cite" part="citation" href=${href} lang=${ifDefined(lang && this.locale)}><span class="sr-only">${t.sourceBefore}</span>${node.n}<span class="sr-only">${t.sourceBetween}<span lang=${ifDefined(this.#otherLang(citation.lang))}>${typeset(citation.title)}</span></span></a>`
            : `[${node.n}]`;
        }
      }
    });
  }

  #renderBlock(block: Block, message: Message, lang?: string): TemplateResult {
    if (block.type === 'p') return html`<p>${this.#renderInline(block.children, message, lang)}</p>`;
    const items = block.items.map((item) => html`<li>${this.#renderInline(item, message, lang)}</li>`);
    return block.type === 'ul' ? html`<ul>${items}</ul>` : html`<ol start=${block.start}>${items}</ol>`;
  }

  #renderSources(message: Message, index: number, t: Messages) {
    const citations = (message.citations ?? []).filter((c) => this.#sourceUrl(c));
    if (message.state === 'streaming' || !citations.length) return nothing;
    return html`<div class="sources" part="sources">
      <p id="sources-${index}">${t.sources}</p>
      <ol aria-labelledby="sources-${index}">
        ${citations.map((c) => html`<li value=${c.n}><a href=${this.#sourceUrl(c)!} lang=${ifDefined(this.#otherLang(c.lang))}>${typeset(c.title)}</a></li>`)}
      </ol>
    </div>`;
  }

  #renderCalls(message: Message, t: Messages) {
    const call = (href: string, label: string) =>
      html`<li><a href=${href}>${phoneIcon}<span>${this.#french(label)}</span></a></li>`;
    return html`<ul class="calls" part="emergency-calls" role="list" aria-label=${t.callsLabel}>
      ${mentions3114(message.text) ? call('tel:3114', t.call3114) : nothing}
      ${mentions3919(message.text) ? [call('tel:3919', t.call3919), call('tel:119', t.call119), call('tel:17', t.call17)] : nothing}
      ${call('tel:15', t.call15)} ${call('tel:112', t.call112)} ${call('sms:114', t.sms114)}
    </ul>`;
  }

  #renderFeedback(message: Message, index: number, t: Messages) {
    const button = (useful: boolean, label: string) =>
      html`<button
        type="button"
        data-index=${index}
        data-useful=${useful ? 'true' : 'false'}
        aria-pressed=${message.useful === useful ? 'true' : 'false'}
        @click=${this.#vote}
      >
        ${label}
      </button>`;
    return html`<div class="feedback" part="feedback" role="group" aria-labelledby="feedback-${index}">
      <span id="feedback-${index}">${t.feedbackQuestion}</span>
      ${button(true, t.yes)} ${button(false, t.no)}
      ${message.feedback ? html`<span class="thanks">${message.feedback === 'sent' ? t.thanks : t.feedbackFailed}</span>` : nothing}
    </div>`;
  }

  #renderMessage(message: Message, index: number, t: Messages) {
    if (message.role === 'user') {
      return html`<div class="message user" part="message user-message">
        <p><span class="sr-only">${t.you} </span><span lang=${ifDefined(this.#otherLang(message.lang))}>${message.text}</span></p>
      </div>`;
    }
    const emergency = message.kind === 'emergency';
    const state = message.state ?? 'done';
    return html`<div class="message assistant ${emergency ? 'emergency' : ''}" part="message assistant-message ${emergency ? 'emergency' : ''}">
      <span class="sr-only">${t.assistantSays}</span>
      ${emergency ? html`<p class="urgent">${alertIcon}<strong>${t.emergency}</strong></p>` : nothing}
      <div class="text">
        ${this.#parts(message).map(({ lang, blocks }) => {
          const rendered = blocks.map((block) => this.#renderBlock(block, message, lang));
          return lang ? html`<div lang=${lang}>${rendered}</div>` : rendered;
        })}
      </div>
      ${state === 'streaming' && !message.text ? html`<p class="writing">${t.writing}</p>` : nothing}
      ${emergency ? this.#renderCalls(message, t) : nothing}
      ${this.#renderSources(message, index, t)}
      ${state === 'stopped' || state === 'failed' ? html`<p class="note">${t.stopped}</p>` : nothing}
      ${state === 'done' && message.id && !emergency ? this.#renderFeedback(message, index, t) : nothing}
    </div>`;
  }

  /** `lang` when it is not the panel's (an attribute to set), else `undefined`. */
  #otherLang(lang: string | undefined): string | undefined {
    return lang === this.locale ? undefined : lang;
  }

  /**
   * `text` with the French names it holds marked, when it is English (french-names.ts: "SAMU",
   * "Violences Femmes Info"…); `lang`: its language, `undefined` for the panel's.
   */
  #french(text: string, lang: string = this.locale): unknown {
    const pieces = frenchNames(text, lang);
    return pieces.length > 1 ? pieces.map((piece, i) => (i % 2 ? html`<span lang="fr">${piece}</span>` : piece)) : text;
  }

  #said(said: Said) {
    return typeof said === 'string'
      ? this.#french(said)
      : said.map(({ lang, text }) => (lang ? html`<span lang=${lang}>${this.#french(text, lang)}</span>` : this.#french(text)));
  }

  #renderError(t: Messages) {
    const failure = this.failure?.failure;
    if (!failure || failure.reason === 'aborted') return nothing;
    const text = failure.reason === 'rate-limited' ? t.rateLimited(failure.retryAfter) : t.errors[failure.reason];
    const retry = failure.reason !== 'forbidden' && failure.reason !== 'rejected' && failure.reason !== 'misconfigured';
    return html`<p>${text}</p>
      ${retry ? html`<button type="button" part="retry" @click=${this.#retry}>${t.retry}</button>` : nothing}`;
  }

  override render() {
    const t = this.#t;
    const busy = this.busy;
    const suggestions = this.#messageList.length ? [] : this.#suggestionList(t);
    // Described by the notice, so that a screen reader says it on opening, when focus goes straight
    // to the question field: not a medical service, and the emergency numbers. Its first words
    // repeat the default title, and are left out then.
    const heading = this.heading || t.title;
    return html`<section
      class="panel"
      part="panel"
      role=${this.inline ? 'region' : 'dialog'}
      aria-modal=${ifDefined(this.modal && !this.inline ? 'true' : undefined)}
      aria-labelledby="title"
      aria-describedby=${heading === t.ai ? 'notice-rest' : 'notice'}
      @keydown=${this.#keepFocusIn}
    >
      <div class="header" part="header">
        <h2 id="title" part="title">${heading}</h2>
        <button
          type="button"
          class="secondary"
          part="clear"
          ?disabled=${!this.#messageList.length && !this.failure}
          @click=${this.#clear}
        >
          ${t.clear}
        </button>
        ${this.inline
          ? nothing
          : html`<button type="button" class="icon" part="close" aria-label=${t.close} @click=${this.#close}>${closeIcon}</button>`}
      </div>
      <p class="notice" part="notice" id="notice">
        <strong>${t.ai}</strong>.
        <span id="notice-rest">${t.notMedical}
          <span class="numbers">${t.urgent} <a href="tel:15">15</a>, <a href="tel:112">112</a>,
            <a href="sms:114">${t.sms} 114</a>.</span></span>
      </p>
      <div
        class="log"
        part="log"
        role="log"
        aria-live="off"
        aria-label=${t.log}
        aria-busy=${busy ? 'true' : 'false'}
        tabindex="0"
      >
        <div class="message assistant" part="message assistant-message welcome">
          <p><span class="sr-only">${t.assistantSays} </span>${this.welcome || t.welcome}</p>
        </div>
        ${suggestions.length
          ? html`<ul class="suggestions" part="suggestions" role="list" aria-label=${t.suggestionsLabel}>
              ${suggestions.map(
                (q) => html`<li><button type="button" part="suggestion" @click=${this.#onSuggestion}>${q}</button></li>`,
              )}
            </ul>`
          : nothing}
        ${this.#messageList.map((message, index) => this.#renderMessage(message, index, t))}
      </div>
      <div class="sr-only" role="status">${this.#said(this.announcement)}</div>
      <div class="error" part="error" role="alert">${this.#renderError(t)}</div>
      <div class="sr-only urgent-status" role="alert">${this.#said(this.urgentAnnouncement)}</div>
      <form part="form" @submit=${this.#onSubmit}>
        <label for="input">${t.inputLabel}</label>
        <div class="row">
          <textarea
            id="input"
            part="input"
            name="question"
            rows="2"
            maxlength=${MAX_MESSAGE_LENGTH}
            autocomplete="off"
            enterkeyhint="send"
            aria-describedby="hint"
            @keydown=${this.#onInputKeydown}
          ></textarea>
          <button type=${busy ? 'button' : 'submit'} part="send" class="send" @click=${busy ? this.#stop : nothing}>
            ${busy ? t.stop : t.send}
          </button>
        </div>
        <p id="hint" class="sr-only">${t.inputHint}</p>
      </form>
    </section>`;
  }
}

defineElement('msp-assistant-panel', MspAssistantPanel);

declare global {
  interface HTMLElementTagNameMap {
    'msp-assistant-panel': MspAssistantPanel;
  }
}
