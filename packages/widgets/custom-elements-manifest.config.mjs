// custom-elements.json: the API of every element (attributes, properties, events, slots, parts,
// CSS custom properties), read by Storybook's autodocs and by editors.
export default {
  // The chat element lives in the assistant package but is documented with the widgets.
  globs: ['src/**/*.ts', '../assistant/src/client/msp-assistant.ts'],
  exclude: ['src/cdn/**', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
};
