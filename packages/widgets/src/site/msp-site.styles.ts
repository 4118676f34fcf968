import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

export default css`
  :host {
    display: contents;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([show-contact]) {
    display: block;
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
