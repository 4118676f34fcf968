import { css } from 'lit';
import { tokens } from './tokens.js';

export { tokens };

/**
 * Host rules shared by every widget: inherit the page's typography, left to right, honour `hidden`,
 * visible focus, `.sr-only` for text said to screen readers only, and what prints.
 */
export const hostStyles = css`
  :host {
    display: block;
    /* Widgets speak French or English: on a right-to-left page, their times ("08:00–19:00") and
       numbers keep their order. */
    direction: ltr;
    box-sizing: border-box;
    font-family: ${tokens.font};
    color: ${tokens.text};
    line-height: 1.5;
    /* A long word (an e-mail address, a URL, "pluriprofessionnelle" at 200 % text) breaks rather
       than running out of its box or the phone's screen, on a page that leaves long words whole
       (inherited; a page rule aimed at the host itself still wins). */
    overflow-wrap: break-word;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* border-box here, not inherit: a page's \`* { box-sizing: content-box }\` reaches the host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: ${tokens.primary};
  }
  :focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  /* pre, not nowrap: text set apart from its line loses a leading or trailing space, and screen
     readers then read "Prendre rendez-vousavec Dr Martin" (Orca, helper-87). */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: pre;
  }
  /* Unless it has the focus (a status the focus goes to when the control it was on is gone): then
     it shows, with the focus ring (WCAG 2.4.7). */
  .sr-only:focus {
    position: static;
    width: auto;
    height: auto;
    clip-path: none;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  /* On paper nothing can be pressed or typed in: the controls go (and the newsletter's form with
     them), a link prints the address it leads to, and a card or a week of hours is not cut in two
     by a page break, nor parted from its heading. A filled link prints as dark text, since
     browsers leave backgrounds out (its white text would print pale grey). */
  @media print {
    :host(msp-newsletter),
    button,
    form,
    details,
    [part~='filter'],
    [part~='position'] {
      display: none !important;
    }
    a {
      color: inherit !important;
      background: none !important;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
    li,
    table {
      break-inside: avoid;
    }
    [role='heading'],
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
