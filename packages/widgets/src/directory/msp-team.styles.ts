import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

// Fields, buttons, notes and errors: controls.styles.ts, shared with <msp-directory>.
export default css`
  .filter {
    max-width: 24em;
    margin: 0 0 1em;
  }
  .heading {
    margin: 1em 0 0.5em;
    font-size: 1.125em;
  }
  .members {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16em, 100%), 1fr));
    /* (min: in a column narrower than 16em, one card as wide as the column, not wider.) */
    gap: 1em;
    margin: 0;
    padding: 0;
    /* Safari drops the list role of a list without bullets: the markup says role="list". */
    list-style: none;
  }
  .member {
    padding: 1em;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
  }
  .member p {
    margin: 0.25em 0 0;
  }
  .name {
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    padding: 0.125em 0.625em;
    border: 1px solid ${tokens.border};
    border-radius: 1em;
    background: ${tokens.surfaceAlt};
    font-size: 0.875em;
  }
  a.button,
  button {
    margin-top: 0.5em;
  }
  @media (forced-colors: active) {
    a.button,
    button {
      border-color: ButtonText;
    }
  }
`;
