import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

// The message takes the banner's whole width: only the theme and title leave room for the close
// button, over the body's top right corner. The pictogram sits beside them, or above them on a
// narrow screen. Square boxes take width and height, the same in every writing mode.
export default css`
  .banner {
    /* The campaign's colour: 4.5:1 with white and on its 8 % tint (checked with the data). */
    --a: var(--msp-prevention-accent, var(--campaign));
    display: grid;
    gap: 0.5em;
    /* A word wider than the banner (a link's, at 200 % text on a phone) breaks rather than overflows. */
    overflow-wrap: anywhere;
    padding: ${tokens.space};
    border: 1px solid color-mix(in srgb, var(--a) 40%, transparent);
    border-inline-start: 0.375em solid var(--a);
    border-radius: ${tokens.radius};
    background: color-mix(in srgb, var(--a) 8%, ${tokens.surface});
  }
  .body {
    display: grid;
    /* Pictogram, theme and title, the close button's room. No word widens the 1fr (see overflow-wrap). */
    grid-template-columns: auto 1fr 2em;
    column-gap: 0.75em;
  }
  /* The close button in the body's top right corner. */
  .body,
  .dismiss {
    grid-area: 1 / 1;
  }
  /* After previous/next only (never on load): the new message fades in. */
  .moved {
    animation: msp-fade 0.2s ease-out;
  }
  @keyframes msp-fade {
    from {
      opacity: 0;
    }
  }
  .body > * {
    grid-column: 1 / -1;
  }
  svg {
    display: block;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .body > svg {
    align-self: center;
    width: 2.75em;
    height: 2.75em;
    color: var(--a);
    stroke-width: 1.75;
  }
  /* Beside the theme and title from 22 times the browser's text size (a phone held upright at
     100 % text); above them on a narrower screen (the same phone at 200 %). */
  @media (min-width: 22em) {
    .body > svg {
      grid-area: span 2 / 1;
    }
    .theme,
    .title {
      grid-column: 2;
    }
  }
  p,
  ul {
    margin: 0.375em 0 0;
  }
  .theme,
  .title,
  .cta,
  .local-title,
  .event {
    font-weight: 700;
  }
  .theme {
    margin: 0;
    /* The campaign's colour mixed with the text's: it reads on a light page and on a dark one. */
    color: color-mix(in srgb, var(--a) 60%, ${tokens.text});
    font-size: 0.875em;
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .audience {
    padding: 0 0.5em;
    border: 1px solid var(--a);
    border-radius: 1em;
    font-size: 0.875em;
  }
  /* Rows that wrap: the links, and the compact layout. */
  .actions,
  .compact,
  .compact .body {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  .actions {
    gap: 0.5em 1em;
    margin-block-start: 0.75em;
  }
  .actions a {
    color: ${tokens.text};
  }
  /* Drawn in forced-colours modes (see below). */
  .actions .cta {
    border: 2px solid transparent;
    border-radius: ${tokens.radius};
  }
  /* A button in the full layout, a plain link in the compact one. */
  .full .cta {
    padding: 0.5em 1em;
    background: var(--a);
    color: #fff;
    text-decoration: none;
  }
  .cta:hover {
    text-decoration: underline;
  }
  .local {
    margin-block-start: 1em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid color-mix(in srgb, var(--a) 40%, transparent);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  .nav {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    /* Its buttons shrink rather than widen the banner (a phone at 200 % text). */
    min-width: 0;
  }
  .position {
    margin: 0;
    min-inline-size: 3em;
    text-align: center;
  }
  button {
    display: inline-grid;
    place-items: center;
    width: 2.75em;
    height: 2.75em;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 50%;
    background: none;
    color: var(--a);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--a);
  }
  /* Lined up with the next button; above the body while a message fades in (the fade makes it a layer). */
  .dismiss {
    justify-self: end;
    z-index: 1;
  }
  .issue {
    margin: 0 0 0.5em;
    color: ${tokens.danger};
  }

  /* One line: pictogram, theme, title and link, then the controls; wraps when space runs out. */
  .compact {
    padding-block: 0.25em;
  }
  .compact .body {
    flex: 1 1 15em;
    gap: 0.25em 0.75em;
  }
  .compact .body > svg {
    width: 1.5em;
    height: 1.5em;
  }
  .compact .title {
    font-size: 1em;
  }
  .compact .actions {
    margin: 0;
  }
  .compact button {
    width: 2.25em;
    height: 2.25em;
  }

  @media (forced-colors: active) {
    .banner,
    .audience {
      border-color: CanvasText;
    }
    .actions .cta {
      border-color: LinkText;
    }
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
