import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

export default css`
  /* A box of its own, not display: contents: a WordPress theme keeps the post's content in a column
     by sizing its direct children (TT1, TT3), and a pasted <msp-site> is one of them. */
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([show-contact]) {
    font-family: ${tokens.font};
  }
  /* In French or English, left to right on a right-to-left page too (the page's content in the
     slot keeps the page's direction). */
  .contact {
    direction: ltr;
    margin: 0 0 ${tokens.space};
    padding: ${tokens.space};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    color: ${tokens.text};
    /* A long word ("pluriprofessionnelle" at 200 % text) breaks rather than leaving the card, on a
       page that leaves long words whole. word-wrap: overflow-wrap's legacy name, which every
       browser keeps, 5 B shorter gzipped (issue 2's 9 KB). */
    word-wrap: break-word;
  }
  .name {
    margin: 0;
    font-weight: 700;
    font-size: 1.125em;
  }
  address {
    font-style: normal;
    white-space: pre-line;
  }
  p {
    margin: 0.25em 0 0;
  }
  a {
    color: ${tokens.primary};
  }
  .help {
    color: ${tokens.textMuted};
    font-size: 0.9375em;
  }
`;
