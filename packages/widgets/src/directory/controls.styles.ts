import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

/**
 * What `<msp-directory>` and `<msp-team>` draw alike: labels and fields, buttons, the status
 * line, notes and the failure message. (Each element's CDN file carries its own copy.)
 */
export default css`
  label {
    display: block;
    font-weight: 600;
  }
  input[type='search'],
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
    /* Not under 16 px: Safari on iPhone zooms the page in on a smaller field that gets focus. */
    font-size: max(1em, 16px);
  }
  button,
  a.button {
    display: inline-block;
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    border: 2px solid ${tokens.primary};
    border-radius: ${tokens.radius};
    background: ${tokens.primary};
    color: ${tokens.onPrimary};
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary,
  [aria-pressed='false'] {
    background: ${tokens.surface};
    color: ${tokens.primary};
  }
  .status {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  .note {
    color: ${tokens.textMuted};
    font-size: 0.875em;
  }
  /* Drawn only with a message (a <p>) in it: :empty would not do, as the template's own spaces and
     line ends stay in the region outside the minified CDN files (npm package, Storybook); not
     :has(*), which Firefox (153) often leaves matched once the message is gone. */
  [role='alert']:has(p) {
    margin: 1em 0;
    padding: 0.75em;
    border-left: 4px solid ${tokens.danger};
    background: ${tokens.surfaceAlt};
  }
  [role='alert'] p {
    margin: 0 0 0.5em;
  }
`;
