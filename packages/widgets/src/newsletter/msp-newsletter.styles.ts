import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

export default css`
  section {
    padding: ${tokens.space};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
  }
  .title,
  .notice {
    margin: 0 0 1em;
  }
  .notice,
  .hint {
    color: ${tokens.textMuted};
    font-size: 0.875em;
  }
  .field {
    margin: 0 0 1em;
  }
  label {
    display: block;
    font-weight: 600;
  }
  .hint {
    margin: 0;
  }
  input[type='email'],
  input[type='text'] {
    display: block;
    width: 100%;
    max-width: 28em;
    margin-top: 0.25em;
    padding: 0.5em 0.625em;
    border: 1px solid ${tokens.border};
    border-radius: calc(${tokens.radius} / 2);
    font: inherit;
    /* Not under 16 px: Safari on iPhone zooms the page in on a smaller field that gets focus. */
    font-size: max(1em, 16px);
    color: inherit;
    background: ${tokens.surface};
  }
  [aria-invalid='true'] {
    border-color: ${tokens.danger};
    border-width: 2px;
  }
  /* The text's column may be narrower than its longest word (200 % text on a phone): it wraps. */
  .consent {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: 0 0.5em;
    align-items: start;
  }
  .consent input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: ${tokens.primary};
  }
  .consent label {
    font-weight: 400;
  }
  .consent .error {
    grid-column: 2;
  }
  .error {
    margin: 0.25em 0 0;
    color: ${tokens.danger};
    font-weight: 600;
  }
  button {
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    border: 2px solid ${tokens.primary};
    border-radius: ${tokens.radius};
    background: ${tokens.primary};
    color: ${tokens.onPrimary};
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary {
    background: ${tokens.surface};
    color: ${tokens.primary};
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  /* Drawn only with a message (a <p>) in it: :empty would not do, as the template's own spaces and
     line ends stay in the regions outside the minified CDN files (npm package, Storybook); not
     :has(*), which Firefox (153) often leaves matched once the message is gone. */
  [role]:has(p) {
    padding: 0.75em;
    border-left: 4px solid ${tokens.success};
    background: ${tokens.surfaceAlt};
  }
  [role='alert']:has(p) {
    margin-top: 1em;
    border-left-color: ${tokens.danger};
  }
  [role] p {
    margin: 0 0 0.5em;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
