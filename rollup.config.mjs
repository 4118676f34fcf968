// CDN bundles of msp-kit (the npm package itself is plain `tsc` output, see packages/widgets/tsconfig.build.json).
//   dist/cdn/msp-widgets.js       one ES module defining every element (lazy parts split off as chunks)
//   dist/cdn/msp-widgets.iife.js  the same as a classic script, for CMSs that cannot load modules
//   dist/cdn/<element>.js         one ES entry per element; Lit lives in a shared chunk, loaded once
//   dist/cdn/integrity.json       the SRI hash (sha384) of every .js file above, for `integrity="…"`
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyHTMLLiterals } from 'minify-literals';
import MagicString from 'magic-string';
import { tsImport } from 'tsx/esm/api';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

const widgets = 'packages/widgets';
const out = `${widgets}/dist/cdn`;

/** One ES entry per element: tag name → source module. Later widgets add themselves here. */
export const elementEntries = {
  'msp-site': `${widgets}/src/site/msp-site.ts`,
  'msp-newsletter': `${widgets}/src/newsletter/msp-newsletter.ts`,
  'msp-opening-hours': `${widgets}/src/hours/msp-opening-hours.ts`,
  'msp-directory': `${widgets}/src/directory/msp-directory.ts`,
  'msp-team': `${widgets}/src/directory/msp-team.ts`,
  'msp-prevention-banner': `${widgets}/src/prevention/msp-prevention-banner.ts`,
  // The assistant's chat button (its panel, loaded on first open, is a lazy part), with the same
  // shared chunks as the widgets': one Lit on a page that loads several entries.
  'msp-assistant': 'packages/assistant/src/client/msp-assistant.ts',
};

/**
 * The oldest browsers the CSS is written for (Lightning CSS's version encoding): Safari 15.4 and
 * Chrome/Firefox 100, as the ES2022 bundles. Without targets the minifier writes media queries in
 * the range syntax, `(width>=60em)`, which Safari before 16.4 ignores.
 */
const cssTargets = { safari: (15 << 16) | (4 << 8), chrome: 100 << 16, firefox: 100 << 16 };

/** Minifies the HTML and CSS inside Lit's html`` and css`` templates of our own sources. */
const minifyTemplates = () => ({
  name: 'minify-templates',
  async transform(code, id) {
    // tokens.ts builds CSS with unsafeCSS on purpose (no template to minify there).
    if (id.includes('node_modules') || id.endsWith('/tokens.ts') || !/\/packages\/[^/]+\/src\//.test(id)) return null;
    try {
      return await minifyHTMLLiterals(code, { fileName: id, css: { minify: true, targets: cssTargets } });
    } catch (error) {
      // Correct output first: a template the minifier cannot handle ships as written.
      this.warn(`templates of ${id} left unminified: ${error.message}`);
      return null;
    }
  },
});

/**
 * The prevention campaigns as the browser gets them: checked here with `validateCampaigns` (the
 * build fails on any issue, as the Node tests do), so no page validates them again, and without
 * `source` and `reviewed`, which are for the maintainers' yearly review and never shown.
 */
let checkedCampaigns; // once per run, for every bundle that has the banner
const campaignData = () => ({
  name: 'campaign-data',
  async load(id) {
    const path = sourceOf(id);
    if (!path.endsWith(`${widgets}/src/prevention/campaigns.ts`)) return null;
    const dir = path.slice(0, -'campaigns.ts'.length);
    checkedCampaigns ??= Promise.all(
      ['campaigns.ts', 'campaigns-en.ts', 'schema.ts'].map((file) => tsImport(`${dir}${file}`, import.meta.url)),
    ).then(([{ CAMPAIGNS }, { CAMPAIGNS_EN }, { validateCampaigns }]) => {
      const { ok, issues } = validateCampaigns(CAMPAIGNS, CAMPAIGNS_EN);
      const lean = CAMPAIGNS.map((campaign) => ({ ...campaign, source: undefined, reviewed: undefined }));
      return ok ? { code: `export const CAMPAIGNS = ${JSON.stringify(lean)};` } : { issues };
    });
    const { code, issues } = await checkedCampaigns;
    if (issues) this.error(`the campaign data is invalid:\n${issues.join('\n')}`);
    return code;
  },
});

/**
 * Safari before 16.4 cannot parse a class static block (`static { … }`): one in a file, and none of
 * its elements is defined. esbuild writes TypeScript's static fields (`static styles = …`, under
 * `useDefineForClassFields: false`) as `static { this.styles = …; }`; told to avoid such blocks, it
 * would also rewrite every private member (`#x`) with WeakMaps (+0.3 to 0.65 KB gzipped an element).
 * So each block of `this.name = value;` is written back as the static fields `static name = value;`
 * (Safari 14.1), which define the property where the block assigned it: the same here, since no
 * superclass of ours has a static setter. Any other static block fails the build.
 */
const staticFieldsForSafari = () => ({
  name: 'static-fields-for-safari',
  transform(code) {
    if (!/\bstatic\s*\{/.test(code)) return null;
    const output = new MagicString(code);
    const fail = () => this.error(`a class static block other than \`this.name = value;\` (Safari before 16.4 cannot parse it)`);
    const children = (node) => Object.values(node).filter((value) => value && typeof value === 'object');
    const holdsBlock = (node) => node.type === 'StaticBlock' || children(node).some(holdsBlock);
    const visit = (node) => {
      if (node.type !== 'StaticBlock') return children(node).forEach(visit);
      const fields = node.body.map(({ type, expression: e }) => {
        const simple =
          type === 'ExpressionStatement' && e.type === 'AssignmentExpression' && e.operator === '=' &&
          e.left.type === 'MemberExpression' && e.left.object.type === 'ThisExpression' &&
          !e.left.computed && e.left.property.type === 'Identifier' && !holdsBlock(e.right);
        return simple ? `static ${e.left.property.name} = ${code.slice(e.right.start, e.right.end)};` : fail();
      });
      if (!fields.length) fail();
      output.overwrite(node.start, node.end, fields.join('\n'));
    };
    visit(this.parse(code));
    return { code: output.toString(), map: output.generateMap({ hires: true }) };
  },
});

export const plugins = () => [
  campaignData(),
  // Browser field and Lit's production build (no dev-mode warnings in visitors' consoles).
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: `${widgets}/tsconfig.build.json`, minify: false }),
  staticFieldsForSafari(),
  minifyTemplates(),
];

export const minify = (module) =>
  terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

/**
 * The classic script cannot load code lazily, so everything would be inlined: it leaves Leaflet
 * (40 KB) out, and `<msp-directory map>` says the map needs the ES module bundle.
 */
const withoutLeaflet = () => ({
  name: 'without-leaflet',
  resolveId: (id) => (id.startsWith('leaflet') ? '\0no-leaflet' : null),
  // Fails when the map is made, not when the bundle loads (inlined modules run at start).
  load: (id) =>
    id === '\0no-leaflet'
      ? `const fail = () => { throw new Error('The map needs msp-widgets.js (the ES module bundle): the elements of this page come from msp-widgets.iife.js (the classic script), which leaves Leaflet out. With both on the page, the first loaded defines them: keep only msp-widgets.js.'); };
export { fail as map, fail as tileLayer, fail as marker, fail as divIcon, fail as latLngBounds, fail as layerGroup, fail as control };
export const Browser = {};`
      : null,
});

/**
 * Adds the Subresource Integrity hash of each JavaScript file an output writes to
 * `dist/cdn/integrity.json` (`{ "msp-widgets.iife.js": "sha384-…", … }`), which sites that check
 * what they load copy into their script tag. Read back from disk, so that the hash is of the bytes
 * served, source-map comment included; merged, since the three outputs write one after another.
 */
const integrityList = () => ({
  name: 'integrity-list',
  async writeBundle(options, bundle) {
    const list = `${out}/integrity.json`;
    const hashes = existsSync(list) ? JSON.parse(await readFile(list, 'utf8')) : {};
    const dir = options.dir ?? out;
    const prefix = dir === out ? '' : `${dir.slice(out.length + 1)}/`;
    for (const file of Object.values(bundle).filter((file) => file.type === 'chunk')) {
      const code = await readFile(`${dir}/${file.fileName}`);
      hashes[`${prefix}${file.fileName}`] = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    }
    const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
    await writeFile(list, `${JSON.stringify(sorted, null, 2)}\n`);
  },
});

const warnOnRealProblems = (warning, warn) => {
  // Lit's and our own `this` at the top of decorated classes is expected.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/** `x.__<owner>.ts`: the copy of `x.ts` that goes into one element's files (see `ownCopies`). */
const COPY = /\.__([\w-]+)\.ts$/;
const sourceOf = (id) => id.replace(COPY, '.ts');

/**
 * The per-element CDN files: each element's entry holds all the code it runs up front, in one file;
 * only Lit, zod and msp-kit's base are shared (see `sharedChunks`).
 * - Modules two elements use (the directory's data reader, which <msp-team> uses too; the hours
 *   engine, which <msp-directory> loads for its cards) are copied into each rather than split into
 *   a chunk of their own: a second file for a page with one of them, which gzip compresses less
 *   well than one. A page with several elements is better served by msp-widgets.js.
 * - The parts an element loads on demand (`import()`) get their own copies of the modules they
 *   share with the entry, and never import the entry: CMSs add `?ver=…` to the entry's URL, and an
 *   import of the bare URL would run the element a second time. The build fails if one does. A
 *   lazy part therefore must not rely on the entry's module instances (state, a class it extends
 *   or patches): the build also fails when one would copy a module with side effects (package.json
 *   `sideEffects`: the elements, the hours engine's entry and the modules that add to its class).
 */
export const ownCopies = (entries, { hasSideEffects = widgetsSideEffects } = {}) => {
  const owners = new Map(Object.entries(entries).map(([name, path]) => [resolve(path), name]));
  const ownerOf = (importer) => importer && (owners.get(importer) ?? importer.match(COPY)?.[1]);
  /** `resolved` as `owner`'s copy; shared chunks and anything but our TypeScript sources as they are. */
  function copy(resolved, owner, importer) {
    if (!resolved || resolved.external || !resolved.id.endsWith('.ts') || sharedChunks(resolved.id)) return resolved;
    if (owner.endsWith('--lazy') && (owners.has(resolved.id) || hasSideEffects(resolved.id))) {
      this.error(`${sourceOf(importer)}, loaded on demand, needs ${resolved.id}, which has side effects: a copy of it would be a second instance`);
    }
    return { ...resolved, id: resolved.id.replace(/\.ts$/, `.__${owner}.ts`) };
  }
  return {
    name: 'own-copies',
    async resolveId(source, importer, options) {
      const owner = source.startsWith('.') && ownerOf(importer);
      if (!owner) return null;
      return copy.call(this, await this.resolve(source, sourceOf(importer), { ...options, skipSelf: true }), owner, importer);
    },
    async resolveDynamicImport(source, importer) {
      const owner = typeof source === 'string' && source.startsWith('.') && ownerOf(importer);
      if (!owner) return null;
      const lazy = owner.endsWith('--lazy') ? owner : `${owner}--lazy`;
      return copy.call(this, await this.resolve(source, sourceOf(importer), { skipSelf: true }), lazy, importer);
    },
    // After the other plugins' loaders (the campaign data is made by one).
    load: {
      order: 'post',
      handler(id) {
        if (!COPY.test(id)) return null;
        this.addWatchFile(sourceOf(id));
        return readFile(sourceOf(id), 'utf8');
      },
    },
    generateBundle(_, bundle) {
      const entries = new Set(Object.values(bundle).filter((c) => c.type === 'chunk' && c.isEntry).map((c) => c.fileName));
      for (const chunk of Object.values(bundle)) {
        const entry = chunk.type === 'chunk' && !chunk.isEntry && chunk.imports.find((file) => entries.has(file));
        if (entry) this.error(`${chunk.fileName} imports the entry ${entry}: with ?ver=… on the entry's URL, that would run it twice`);
      }
    },
  };
};

/** Whether a widgets source file is listed in its package.json's `sideEffects` (globs with `**` and `*`). */
let sideEffectFiles; // read once per build run
function widgetsSideEffects(id) {
  sideEffectFiles ??= JSON.parse(readFileSync(`${widgets}/package.json`, 'utf8')).sideEffects.map((glob) => {
    const escaped = resolve(widgets, glob).replace(/[.+?^$()|[\]\\{}]/g, (c) => `\\${c}`);
    // `**/`: any folders (none included); `*`: any part of one name.
    return new RegExp(`^${escaped.split('**/').map((part) => part.replace(/\*/g, '[^/]*')).join('(?:.*/)?')}$`);
  });
  return sideEffectFiles.some((file) => file.test(id));
}

// Libraries several elements use get a chunk of their own, downloaded once per page.
const sharedChunks = (id) => {
  if (/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\//.test(id)) return 'lit';
  if (/node_modules\/zod\//.test(id)) return 'zod';
  // msp-kit's own base (widget base class, settings, i18n, tokens) is shared by every element too.
  // (The JSON-LD writer is left out: only the elements with structured data need it.)
  if (/packages\/widgets\/src\/(shared\/(?!json-ld)|site\/settings\.ts)/.test(id)) return 'base';
  return undefined;
};

/**
 * The full bundle's code that loads with it goes into a `core` chunk the entry only imports. Lazy
 * chunks then import `core` rather than `msp-widgets.js`: CMSs add `?ver=…` to the entry's URL, and
 * an import of the bare URL would load and run the whole bundle a second time.
 */
const loadsWithEntry = (id, getModuleInfo, seen = new Set()) => {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = getModuleInfo(id);
  return info.isEntry || info.importers.some((importer) => loadsWithEntry(importer, getModuleInfo, seen));
};
const coreChunk = (id, { getModuleInfo }) => (!getModuleInfo(id).isEntry && loadsWithEntry(id, getModuleInfo) ? 'core' : undefined);

export default [
  {
    input: { 'msp-widgets': `${widgets}/src/cdn/msp-widgets.ts` },
    plugins: plugins(),
    onwarn: warnOnRealProblems,
    output: {
      dir: out,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => (chunk.name === 'core' ? 'msp-widgets-core-[hash].js' : 'lazy/[name]-[hash].js'),
      manualChunks: coreChunk,
      plugins: [minify(true), integrityList()],
    },
  },
  {
    input: `${widgets}/src/cdn/msp-widgets.ts`,
    plugins: [withoutLeaflet(), ...plugins()],
    onwarn: warnOnRealProblems,
    output: {
      file: `${out}/msp-widgets.iife.js`,
      format: 'iife',
      sourcemap: true,
      inlineDynamicImports: true,
      plugins: [minify(false), integrityList()],
    },
  },
  {
    input: elementEntries,
    plugins: [ownCopies(elementEntries), ...plugins()],
    onwarn: warnOnRealProblems,
    // Lazy parts have their own copies (see `ownCopies`): should one still need something from an
    // entry, the entry exports it and the build fails, rather than a facade file coming silently.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: out,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // Lit, zod and the base in shared/, the parts loaded on demand in lazy/.
      chunkFileNames: (chunk) =>
        `${['lit', 'zod', 'base'].includes(chunk.name) ? 'shared' : 'lazy'}/${sourceOf(`${chunk.name}.ts`).slice(0, -3)}-[hash].js`,
      manualChunks: sharedChunks,
      sourcemapPathTransform: (path) => sourceOf(path),
      plugins: [minify(true), integrityList()],
    },
  },
];
