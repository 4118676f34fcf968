import { css } from 'lit';
import { tokens } from '../../../widgets/src/shared/tokens.js';

export default css`
  /* Clear of the screen's rounded corners, notch and home bar (env() is 0 unless the page's viewport
     has viewport-fit=cover). */
  :host {
    position: fixed;
    z-index: var(--msp-assistant-z-index, 999);
    right: calc(var(--msp-assistant-offset-x, 1em) + env(safe-area-inset-right, 0px));
    bottom: calc(var(--msp-assistant-offset-y, 1em) + env(safe-area-inset-bottom, 0px));
  }
  :host([position='bottom-left']) {
    right: auto;
    left: calc(var(--msp-assistant-offset-x, 1em) + env(safe-area-inset-left, 0px));
  }
  :host([mode='inline']) {
    position: static;
  }
  .launcher {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 3em;
    padding: 0.5em 1.125em 0.5em 0.875em;
    border: 2px solid ${tokens.primary};
    border-radius: 1.5em;
    background: ${tokens.primary};
    color: ${tokens.onPrimary};
    font: inherit;
    font-weight: 700;
    box-shadow: 0 0.25em 1em #0004;
    /* One line whatever the text size: a wrapped label made a button twice as tall over the page. */
    white-space: nowrap;
    cursor: pointer;
  }
  .launcher svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  .launcher:hover {
    text-decoration: underline;
  }
  /* Narrow windows (phones, or large text): the icon alone, in a round button that hides less of the
     page. The label stays in the button, visually hidden, so its accessible name does not change. */
  @media (max-width: 30em) {
    .launcher {
      width: 3em;
      height: 3em;
      padding: 0;
      border-radius: 50%;
    }
    .launcher svg {
      width: 1.5em;
      height: 1.5em;
    }
    .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
  .launcher:focus-visible {
    outline-offset: 3px;
  }
  .status {
    position: absolute;
    right: 0;
    bottom: calc(100% + 0.75em);
    width: max-content;
    max-width: min(20em, calc(100vw - 2em));
    /* On a short screen with large text, the message scrolls rather than going past the top: the
       screen less the button (3em and the gap), its offset and the home bar. */
    max-height: calc(100dvh - 4em - var(--msp-assistant-offset-y, 1em) - env(safe-area-inset-bottom, 0px));
    overflow-y: auto;
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
  }
  .status p,
  .idle p {
    margin: 0;
  }
  /* As the panel's own "Réessayer". */
  .status button {
    min-height: 2.5em;
    margin-top: 0.5em;
    padding: 0.25em 0.875em;
    border: 2px solid ${tokens.primary};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    color: ${tokens.primary};
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  :host([position='bottom-left']) .status {
    right: auto;
    left: 0;
  }
  :host([mode='inline']) .status {
    position: static;
    width: auto;
    max-width: none;
  }
  @media (forced-colors: active) {
    .launcher {
      border-color: ButtonText;
    }
  }
  @media print {
    :host(:not([mode='inline'])) {
      display: none;
    }
  }
`;
