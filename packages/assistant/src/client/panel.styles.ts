import { css } from 'lit';
import { tokens } from '../../../widgets/src/shared/tokens.js';

export default css`
  /* Above the launcher, which keeps clear of the screen's safe area (see msp-assistant.styles.ts). */
  :host(:not([inline])) {
    position: fixed;
    right: calc(var(--msp-assistant-offset-x, 1em) + env(safe-area-inset-right, 0px));
    bottom: calc(var(--msp-assistant-offset-y, 1em) + 3.75em + env(safe-area-inset-bottom, 0px));
    width: min(var(--msp-assistant-width, 24em), calc(100vw - 2 * var(--msp-assistant-offset-x, 1em)));
    height: min(var(--msp-assistant-height, 36em), calc(100vh - var(--msp-assistant-offset-y, 1em) - 5em - env(safe-area-inset-bottom, 0px)));
  }
  /* Tested, not simply written second: a value with var() is kept at parse time whatever its units,
     so a browser without dvh (Chrome before 108) would drop it only later, losing the vh height
     too, and the panel would grow past the top of the screen with the conversation. */
  @supports (height: 100dvh) {
    :host(:not([inline])) {
      height: min(var(--msp-assistant-height, 36em), calc(100dvh - var(--msp-assistant-offset-y, 1em) - 5em - env(safe-area-inset-bottom, 0px)));
    }
  }
  :host([left]:not([inline])) {
    right: auto;
    left: calc(var(--msp-assistant-offset-x, 1em) + env(safe-area-inset-left, 0px));
  }
  :host([inline]) {
    height: var(--msp-assistant-height, 36em);
  }
  .panel {
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
  }
  :host(:not([inline])) .panel {
    box-shadow: 0 0.5em 2em #0005;
  }
  .header {
    /* Title, clear, close on one line; in a narrow header the buttons go under the title (below). */
    display: grid;
    grid-template-columns: 1fr auto auto;
    align-items: center;
    gap: 0.5em;
    padding: 0.5em 0.5em 0.5em 0.875em;
    background: ${tokens.primary};
    color: ${tokens.onPrimary};
    container-type: inline-size;
  }
  :host([inline]) .header {
    grid-template-columns: 1fr auto;
  }
  .header :focus-visible {
    outline-color: ${tokens.onPrimary};
  }
  h2 {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.3;
    overflow-wrap: break-word;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .header button {
    min-height: 2.75em;
    padding: 0.25em 0.625em;
    border: 1px solid currentColor;
    border-radius: calc(${tokens.radius} / 2);
    background: transparent;
    color: inherit;
    font-size: 0.875em;
  }
  .header .icon {
    display: grid;
    place-items: center;
    width: 2.75em;
    padding: 0;
    border-color: transparent;
  }
  /* Icons in em: they grow with the text. */
  .icon svg {
    width: 1.5em;
    height: 1.5em;
  }
  .urgent svg,
  .calls svg {
    flex: none;
    width: 1.125em;
    height: 1.125em;
  }
  /* Stacked by default: the title on a line of its own, the buttons on the next one, so that the
     close button is never pushed out of the panel (a phone with large text). On one line only in a
     header known to be wide enough: a browser without container queries (Safari before 16), which
     cannot tell, keeps the stacked header. */
  .header h2 {
    grid-column: 1 / -1;
    min-width: 0;
  }
  .header .secondary {
    grid-column: 1 / 3;
    line-height: 1.25;
  }
  @container (width > 20em) {
    .header h2 {
      grid-column: auto;
      min-width: auto;
    }
    .header .secondary {
      grid-column: auto;
      line-height: inherit;
    }
  }
  .notice {
    margin: 0;
    padding: 0.5em 0.875em;
    border-bottom: 1px solid ${tokens.border};
    background: ${tokens.surfaceAlt};
    font-size: 0.875em;
  }
  .numbers {
    display: inline-block;
    font-weight: 700;
  }
  .numbers a {
    white-space: nowrap;
  }
  .log {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.75em;
    padding: 0.875em;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  /* In the page, a swipe past the conversation's end goes on to scroll the page. */
  :host([inline]) .log {
    overscroll-behavior: auto;
  }
  .log:focus-visible {
    outline-offset: -3px;
  }
  .message {
    max-width: 92%;
    padding: 0.5em 0.75em;
    border: 1px solid transparent;
    border-radius: ${tokens.radius};
    overflow-wrap: anywhere;
  }
  .message p,
  .message ul,
  .message ol {
    margin: 0 0 0.5em;
  }
  .message ul,
  .message ol {
    padding-inline-start: 1.25em;
  }
  .text > :last-child,
  .text > :last-child > :last-child,
  .message > :last-child {
    margin-bottom: 0;
  }
  .user {
    align-self: flex-end;
    background: ${tokens.primary};
    color: ${tokens.onPrimary};
    white-space: pre-wrap;
  }
  .assistant {
    align-self: flex-start;
    background: ${tokens.surfaceAlt};
  }
  .emergency {
    border: 3px solid ${tokens.danger};
    background: ${tokens.surface};
  }
  .urgent {
    display: flex;
    align-items: center;
    gap: 0.375em;
    color: ${tokens.danger};
    font-size: 1.125em;
  }
  /* Not indented as the answers' own lists are (.message ul): the buttons get the bubble's width. */
  .message .calls {
    display: grid;
    gap: 0.375em;
    margin: 0.5em 0 0;
    padding: 0;
    /* Safari drops the list role of a list without bullets: the markup says role="list". */
    list-style: none;
  }
  .calls a {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.375em 0.75em;
    border: 2px solid ${tokens.danger};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    color: ${tokens.danger};
    font-weight: 700;
  }
  .cite {
    display: inline-block;
    min-width: 1.6em;
    margin-inline: 0.15em;
    padding: 0 0.3em;
    border: 1px solid currentColor;
    border-radius: 0.8em;
    font-size: 0.8em;
    font-weight: 700;
    line-height: 1.4;
    text-align: center;
    text-decoration: none;
    vertical-align: 0.1em;
  }
  .cite:hover {
    text-decoration: underline;
  }
  .sources {
    margin-top: 0.5em;
    padding-top: 0.375em;
    border-top: 1px solid ${tokens.border};
    font-size: 0.875em;
  }
  .sources p {
    margin: 0;
    font-weight: 700;
  }
  .sources ol {
    margin: 0.25em 0 0;
  }
  /* Links of one line are 21 px apart otherwise: 24 px at least between targets (WCAG 2.5.8). */
  .sources li + li {
    margin-top: 0.25em;
  }
  .note,
  .writing {
    color: ${tokens.textMuted};
    font-size: 0.875em;
    font-style: italic;
  }
  .suggestions {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
    /* Each button as wide as its text, but never wider than the conversation: a long word
       ("pluriprofessionnelle" at 200 % text) breaks. */
    overflow-wrap: anywhere;
  }
  .suggestions button,
  .feedback button {
    min-height: 2.5em;
    padding: 0.25em 0.875em;
    border: 1px solid ${tokens.primary};
    border-radius: 1.25em;
    background: ${tokens.surface};
    color: ${tokens.primary};
    text-align: start;
  }
  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em 0.5em;
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  .feedback button {
    min-height: 2em;
  }
  .feedback [aria-pressed='true'] {
    background: ${tokens.primary};
    color: ${tokens.onPrimary};
    font-weight: 700;
  }
  .feedback [aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin: 0 0.875em 0.5em;
    padding: 0.5em 0.75em;
    border: 1px solid ${tokens.danger};
    border-inline-start-width: 4px;
    border-radius: calc(${tokens.radius} / 2);
  }
  .error:empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .error p {
    flex: 1 1 12em;
    margin: 0;
  }
  .error button {
    min-height: 2.5em;
    padding: 0.25em 0.875em;
    border: 2px solid ${tokens.primary};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    color: ${tokens.primary};
    font-weight: 700;
  }
  form {
    padding: 0.5em 0.875em 0.75em;
    border-top: 1px solid ${tokens.border};
  }
  label {
    display: block;
    margin-bottom: 0.25em;
    font-size: 0.875em;
    font-weight: 700;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-end;
  }
  /* The send button goes under the field when both do not fit: the field keeps a usable width. */
  textarea {
    flex: 1 1 10em;
    min-width: 0;
    min-height: 2.75em;
    max-height: 8em;
    padding: 0.5em 0.625em;
    border: 1px solid ${tokens.border};
    border-radius: calc(${tokens.radius} / 2);
    background: ${tokens.surface};
    color: inherit;
    font: inherit;
    /* Not under 16 px: Safari on iPhone zooms the page in on a smaller field that gets focus. */
    font-size: max(1em, 16px);
    resize: vertical;
  }
  .send {
    margin-inline-start: auto;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid ${tokens.primary};
    border-radius: ${tokens.radius};
    background: ${tokens.primary};
    color: ${tokens.onPrimary};
    font-weight: 700;
  }
  /* Small screens: the whole window, following the visual viewport so the field stays above the keyboard. */
  @media (max-width: 40em), (max-height: 32em) {
    :host(:not([inline])) {
      inset: var(--msp-assistant-vtop, 0) 0 0 0;
      width: auto;
      height: var(--msp-assistant-vh, auto);
    }
    /* The whole screen: its content clear of the notch, rounded corners and home bar. */
    :host(:not([inline])) .panel {
      border: 0;
      border-radius: 0;
      padding: env(safe-area-inset-top, 0px) env(safe-area-inset-right, 0px) env(safe-area-inset-bottom, 0px) env(safe-area-inset-left, 0px);
    }
  }
  /* Little height for the text size (a phone with large text, or held sideways): less space around
     the header, the notice and the form, and a one-line field, leave more to the conversation. When
     they still take the whole screen (200 % text), the conversation keeps 5 lines and the panel
     scrolls, so that the close button and the send button can be reached. */
  @media (max-height: 40em) {
    .panel {
      overflow-y: auto;
    }
    /* On the whole screen, a swipe past the panel's end does not scroll the page behind it. */
    :host(:not([inline])) .panel {
      overscroll-behavior: contain;
    }
    .log {
      flex: 1 0 5em;
    }
    .header {
      padding-block: 0.25em;
      row-gap: 0.25em;
    }
    .notice {
      padding-block: 0.25em;
      line-height: 1.35;
    }
    form {
      padding-top: 0.25em;
    }
    .row {
      row-gap: 0.25em;
    }
    textarea {
      height: 2.75em;
    }
  }
  /* Narrow and short (a phone with large text): the notice, written on many lines, in smaller text. */
  @media (max-width: 30em) and (max-height: 37.5em) {
    .notice {
      font-size: 0.75em;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    :host(:not([inline])) .panel {
      animation: rise 0.16s ease-out;
    }
  }
  /* Movement only: a fading panel would be unreadable for a moment. */
  @keyframes rise {
    from {
      transform: translateY(0.75em);
    }
  }
  /* Printed inline (the floating panel is not printed): the whole conversation rather than what its
     box shows, without the controls (gone with the shared rules) or the feedback question. The title
     bar and the visitor's questions keep their colours: white text alone would not show on paper. */
  @media print {
    :host([inline]) {
      height: auto;
    }
    .panel,
    .log {
      height: auto;
      overflow: visible;
    }
    .feedback,
    .suggestions {
      display: none;
    }
    .header,
    .user {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    /* The sources under the answer print their addresses once. */
    .cite::after {
      content: none !important;
    }
  }
  @media (forced-colors: active) {
    .message,
    .header {
      border: 1px solid CanvasText;
    }
    .emergency {
      border: 4px double CanvasText;
    }
    .calls a {
      border-color: LinkText;
    }
    .feedback [aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
