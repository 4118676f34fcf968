import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

export default css`
  [part='schedule'] + [part='schedule'] {
    margin-top: 1.5em;
  }
  /* A service's name, and the headings of the coming closures and of the out-of-hours help. */
  [role='heading'] {
    margin: 1em 0 0.25em;
    font-weight: 700;
  }
  [part='label'] {
    margin: 0 0 0.25em;
    font-size: 1.125em;
  }
  [part='status'] {
    margin: 0 0 0.75em;
    font-size: 1.0625em;
  }
  [part='badge'] {
    font-weight: 700;
    padding: 0.0625em 0.5em;
    border-radius: 1em;
    border: 2px solid;
  }
  [data-state='open'] {
    color: ${tokens.success};
  }
  /* A dashed outline tells "closed" apart without relying on colour. */
  [data-state='closed'] {
    color: ${tokens.danger};
    border-style: dashed;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    max-width: 36em;
  }
  caption {
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  caption,
  th,
  td {
    text-align: start;
  }
  /* Narrow enough sideways for "mercredi (aujourd'hui)" and the hours on a 360 px phone at 200 %
     text in Arial or Helvetica (0.5em: 9 px too wide in Chromium; 0.4em: 2 px in WebKit). */
  th,
  td {
    padding: 0.3em;
    border-bottom: 1px solid ${tokens.border};
    vertical-align: top;
  }
  thead th {
    font-size: 0.875em;
    color: ${tokens.textMuted};
  }
  /* Day names as their row: bold today only. "(aujourd'hui)" may wrap (200 % text on a phone). */
  tbody th {
    font-weight: inherit;
  }
  /* "Lundi (aujourd'hui)": the day's first letter only. */
  tbody th::first-letter {
    text-transform: uppercase;
  }
  [aria-current='date'] {
    background: ${tokens.surfaceAlt};
    font-weight: 700;
  }
  [part='compact'] {
    margin: 0;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  [part='error'] {
    padding: 0.75em;
    border-left: 4px solid ${tokens.danger};
    background: ${tokens.surfaceAlt};
  }
  /* The badge's border needs no rule here: forced colours draw every border in the text's colour. */
  @media (forced-colors: active) {
    [aria-current='date'] {
      outline: 2px solid Highlight;
    }
  }
`;
