// custom-elements.json: the API of every element (attributes, properties, events, slots, parts,
// CSS custom properties), read by Storybook's autodocs and by editors.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cdn/**', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
};
