import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

export default css`
  form,
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: end;
  }
  form,
  .filters,
  .clear {
    margin: 0 0 1em;
  }
  .filters {
    padding: 0.75em 1em;
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceAlt};
  }
  summary {
    font-weight: 700;
    cursor: pointer;
  }
  .fields {
    align-items: start;
    margin-top: 0.75em;
  }
  .field {
    flex: 1 1 16em;
  }
  /* Always displayed, even empty: a live region must be there before it speaks. */
  .geo {
    flex-basis: 100%;
    margin: 0;
  }
  fieldset {
    flex: 1 1 18em;
    /* Not its content's width (a fieldset's default): the professions' columns fit 200 % text. */
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25em;
    font-weight: 700;
  }
  /* A label on two lines keeps its box whole and level with its first line. */
  .check {
    display: flex;
    gap: 0.5em;
    align-items: start;
    padding: 0.125em 0;
    font-weight: 400;
  }
  .check input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    accent-color: ${tokens.primary};
  }
  .professions {
    columns: 14em;
  }
  .professions legend {
    column-span: all;
  }
  .layout {
    display: grid;
    gap: 1em;
  }
  @media (min-width: 60em) {
    .with-map {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .map-block {
      position: sticky;
      top: 1em;
    }
  }
  .results {
    display: grid;
    gap: 1em;
    margin: 0;
    padding: 0;
    /* Safari drops the list role of a list without bullets: the markup says role="list". */
    list-style: none;
  }
  /* "Autour de moi" pressed is said by a mark too, not only by the fill that forced colours take away. */
  [aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  .card {
    /* A long e-mail address breaks rather than widening the page (320 px screens). */
    overflow-wrap: anywhere;
    padding: 1em;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
  }
  .card p,
  .none,
  .help {
    margin: 0.25em 0 0;
  }
  .name {
    margin: 0;
    font-size: 1.125em;
  }
  .num {
    display: inline-grid;
    place-items: center;
    min-width: 1.75em;
    height: 1.75em;
    margin-right: 0.5em;
    border-radius: 50%;
    background: ${tokens.primary};
    color: ${tokens.onPrimary};
    font-size: 0.875em;
  }
  .kind,
  .help {
    color: ${tokens.textMuted};
    font-size: 0.875em;
  }
  .distance,
  .state {
    font-weight: 700;
  }
  .state::before {
    /* Not read out: "Ouvert" or "Fermé" says it. */
    content: '● ' / '';
    color: ${tokens.danger};
  }
  [data-state='open']::before {
    color: ${tokens.success};
  }
  [data-state='unknown']::before {
    content: '';
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .badges li {
    padding: 0.125em 0.625em;
    border: 1px solid ${tokens.border};
    border-radius: 1em;
    background: ${tokens.surfaceAlt};
    font-size: 0.875em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    align-items: center;
  }
  .more {
    margin-top: 1em;
  }
  .wait {
    min-height: 100vh;
  }
  .map {
    height: var(--msp-directory-map-height, 28em);
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
  }
  @media (forced-colors: active) {
    button,
    a.button,
    .num {
      border: 1px solid ButtonText;
      forced-color-adjust: auto;
    }
  }
`;
