import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

// Fields, buttons, notes and errors repeat <msp-directory>'s rules on purpose: in a module of their
// own they become a chunk of their own, which costs each element about 0.2 KB more (measured).
export default css`
  .filter {
    max-width: 24em;
    margin: 0 0 1em;
  }
  label {
    display: block;
    font-weight: 600;
  }
  select {
    display: block;
    width: 100%;
    min-height: 2.75em;
    margin-top: 0.25em;
    padding: 0.5em 0.625em;
    border: 1px solid ${tokens.border};
    border-radius: calc(${tokens.radius} / 2);
    background: ${tokens.surface};
    color: inherit;
    font: inherit;
  }
  .status {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  .heading {
    margin: 1em 0 0.5em;
    font-size: 1.125em;
  }
  .members {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    gap: 1em;
    margin: 0;
    padding: 0;
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
    display: inline-block;
    min-height: 2.75em;
    margin-top: 0.5em;
    padding: 0.5em 1em;
    border: 2px solid ${tokens.primary};
    border-radius: ${tokens.radius};
    background: ${tokens.primary};
    color: ${tokens.onPrimary};
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary {
    background: ${tokens.surface};
    color: ${tokens.primary};
  }
  .note {
    color: ${tokens.textMuted};
    font-size: 0.875em;
  }
  [role='alert']:not(:empty) {
    margin: 1em 0;
    padding: 0.75em;
    border-left: 4px solid ${tokens.danger};
    background: ${tokens.surfaceAlt};
  }
  [role='alert'] p {
    margin: 0 0 0.5em;
  }
  @media (forced-colors: active) {
    a.button,
    button {
      border-color: ButtonText;
    }
  }
`;
