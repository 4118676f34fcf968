// @msp-kit/widgets as an npm user gets it. The tarball `npm pack` makes of the built package
// (`npm run build` first) is unpacked into a temporary app whose node_modules holds, besides it, only
// the package's declared dependencies and React's types (as strict as pnpm's layout: nothing the
// package forgot to declare resolves). Then, as the README says to use it: TypeScript's three module
// resolutions (bundler, nodenext, node10 through `typesVersions`) with the package's own .d.ts
// checked, React 19 JSX with `@msp-kit/widgets/react-jsx`, the pure modules in Node, and what ships
// besides the code (licence, README, sources for the source maps, custom-elements.json's files).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const widgets = join(repo, 'packages/widgets');
const tsc = join(repo, 'node_modules/typescript/bin/tsc');

interface ExportTarget {
  types?: string;
  default: string;
}
interface WidgetsPackage {
  files: string[];
  dependencies: Record<string, string>;
  exports: Record<string, string | ExportTarget>;
  typesVersions: Record<string, Record<string, string[]>>;
}
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const pkg = readJson<WidgetsPackage>(join(widgets, 'package.json'));

/** The subpaths that have types, as an npm user writes them: `@msp-kit/widgets/hours`… */
const typedSubpaths = Object.entries(pkg.exports)
  .filter((entry): entry is [string, ExportTarget] => typeof entry[1] === 'object' && entry[1].types !== undefined)
  .map(([subpath, target]) => ({ subpath, specifier: `@msp-kit/widgets${subpath.slice(1)}`, types: target.types! }));

describe('@msp-kit/widgets: package files', () => {
  it('carries the MIT licence of the repository, word for word (the assistant package too)', () => {
    const licence = readFileSync(join(repo, 'LICENSE'), 'utf8');
    assert.match(licence, /^MIT License\n\nCopyright \(c\) 2026 msp-kit contributors\n/);
    assert.equal(readFileSync(join(widgets, 'LICENSE'), 'utf8'), licence, 'packages/widgets/LICENSE differs from LICENSE');
    assert.equal(readFileSync(join(repo, 'packages/assistant/LICENSE'), 'utf8'), licence, 'packages/assistant/LICENSE differs from LICENSE');
    for (const file of ['package.json', 'packages/widgets/package.json', 'packages/assistant/package.json']) {
      assert.equal(readJson<{ license: string }>(join(repo, file)).license, 'MIT', file);
    }
  });

  it('gives node10 resolution (`typesVersions`) the same types as `exports`, for every subpath', () => {
    const expected = Object.fromEntries(typedSubpaths.filter((s) => s.subpath !== '.').map((s) => [s.subpath.slice(2), [s.types]]));
    assert.ok(Object.keys(expected).length >= 13);
    assert.deepEqual(pkg.typesVersions, { '*': expected });
  });

  it('has a README naming every subpath it exports', () => {
    const readme = readFileSync(join(widgets, 'README.md'), 'utf8');
    for (const subpath of Object.keys(pkg.exports)) {
      const specifier = `@msp-kit/widgets${subpath.slice(1).replace(/\*$/, '')}`;
      if (subpath === './package.json') continue;
      assert.ok(readme.includes(specifier), `packages/widgets/README.md does not mention ${specifier}`);
    }
    assert.match(readme, /\(\.\.\/\.\.\/README\.md/, 'a link to the repository README');
  });
});

describe('@msp-kit/widgets: the packed tarball in an app', { timeout: 180_000 }, () => {
  let work = '';
  /** The app's folder; the package is unpacked into its node_modules/@msp-kit/widgets. */
  let app = '';
  let unpacked = '';
  let packedFiles: string[] = [];

  /** Writes the app's file `name`. */
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(app, name)), { recursive: true });
    writeFileSync(join(app, name), text);
  };

  /** Type-checks the app with `options` (strict, and the package's .d.ts checked too); returns tsc's report. */
  function typecheck(files: string[], options: Record<string, unknown>): { status: number | null; output: string } {
    const config = `tsconfig.${files.join('+').replace(/[^\w+]/g, '_')}.json`;
    write(
      config,
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: [], target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], ...options },
        files,
      }),
    );
    const result = spawnSync(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: app, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  before(() => {
    assert.ok(
      existsSync(join(widgets, 'dist/index.js')) && existsSync(join(widgets, 'dist/react-jsx.d.ts')) && existsSync(join(widgets, 'custom-elements.json')),
      'packages/widgets is not built: run `npm run build` first',
    );
    work = mkdtempSync(join(tmpdir(), 'msp-kit-npm-'));
    const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: widgets, encoding: 'utf8' });
    assert.equal(packed.status, 0, packed.stderr);
    const [report] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    packedFiles = report!.files.map((file) => file.path);

    app = join(work, 'app');
    unpacked = join(app, 'node_modules/@msp-kit/widgets');
    mkdirSync(unpacked, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', join(work, report!.filename), '-C', unpacked, '--strip-components=1'], { encoding: 'utf8' });
    assert.equal(untar.status, 0, untar.stderr);
    // The declared dependencies and React's types, from the repository's node_modules; theirs
    // resolve from where they really are.
    for (const name of [...Object.keys(pkg.dependencies), 'react', '@types/react']) {
      mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
      symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name), 'dir');
    }
    write('package.json', JSON.stringify({ name: 'app', private: true, type: 'module' }));
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships the licence, a README, the built files, the sources and the manifest, and nothing else', () => {
    const top = new Set(packedFiles.map((path) => path.split('/')[0]));
    assert.deepEqual([...top].sort(), ['LICENSE', 'README.md', 'custom-elements.json', 'dist', 'package.json', 'src']);
    assert.equal(readFileSync(join(unpacked, 'LICENSE'), 'utf8'), readFileSync(join(repo, 'LICENSE'), 'utf8'));
    assert.ok(packedFiles.includes('src/hours/index.ts') && packedFiles.includes('dist/hours/index.d.ts.map'));
  });

  it('has every file its exports, typesVersions, bin and manifest name', () => {
    const named = new Set<string>();
    for (const target of Object.values(pkg.exports)) {
      const paths: string[] = typeof target === 'string' ? [target] : [target.default, ...(target.types ? [target.types] : [])];
      // `./cdn/*`: one of the files it stands for.
      for (const path of paths) named.add(path.replace(/\*$/, 'msp-widgets.js'));
    }
    for (const paths of Object.values(pkg.typesVersions['*'] ?? {})) for (const path of paths) named.add(path);
    named.add('./dist/directory/finess/cli.js');
    const manifest = readJson<{ modules: { path: string }[] }>(join(unpacked, 'custom-elements.json'));
    for (const module of manifest.modules) named.add(module.path);
    assert.ok(named.has('dist/cdn/msp-assistant.js'), 'the chat element is in the manifest, by its CDN file');
    for (const path of named) assert.ok(existsSync(join(unpacked, path)), `${path} is not in the package`);
  });

  it('has source maps whose sources are in the package, or in the map itself', () => {
    const maps = globSync('dist/**/*.map', { cwd: unpacked });
    assert.ok(maps.length > 200, `${maps.length} maps`);
    const missing: string[] = [];
    for (const map of maps) {
      const { sources, sourceRoot = '', sourcesContent = [] } = readJson<{ sources: string[]; sourceRoot?: string; sourcesContent?: (string | null)[] }>(join(unpacked, map));
      sources.forEach((source, i) => {
        const path = resolve(unpacked, dirname(map), sourceRoot, source);
        const inPackage = !relative(unpacked, path).startsWith('..') && existsSync(path);
        if (!inPackage && typeof sourcesContent[i] !== 'string') missing.push(`${map}: ${source}`);
      });
    }
    assert.deepEqual(missing, []);
  });

  it('type-checks every subpath with moduleResolution bundler, nodenext and node10', () => {
    // Each subpath's module, and one that does not exist: resolution really happens.
    const imports = typedSubpaths.map(({ specifier }, i) => `export type * as s${i} from '${specifier}';`).join('\n');
    const use = `import { parseOpeningHours, OpeningHoursSyntaxError } from '@msp-kit/widgets/hours';
import { parseDirectory } from '@msp-kit/widgets/directory-data';
import type { MspOpeningHours } from '@msp-kit/widgets';
import '@msp-kit/widgets/msp-opening-hours.js';
const element: MspOpeningHours | null = document.querySelector('msp-opening-hours');
const next: Date | null = parseOpeningHours('Mo-Fr 08:00-19:00').nextChange(new Date());
const position: number = new OpeningHoursSyntaxError(0, '', '').position;
console.log(element, next, position, parseDirectory({}).issues);
// @ts-expect-error: no such subpath
export type * as nothing from '@msp-kit/widgets/no-such-subpath';
${imports}
`;
    write('bundler.ts', use);
    write('nodenext.mts', use);
    write('node10.ts', use);
    const results = {
      bundler: typecheck(['bundler.ts'], { module: 'ESNext', moduleResolution: 'bundler' }),
      nodenext: typecheck(['nodenext.mts'], { module: 'NodeNext', moduleResolution: 'NodeNext' }),
      // TypeScript 6 deprecates node10, which TypeScript 5 users still have.
      node10: typecheck(['node10.ts'], { module: 'ESNext', moduleResolution: 'node10', ignoreDeprecations: '6.0' }),
    };
    for (const [resolution, { status, output }] of Object.entries(results)) assert.equal(status, 0, `${resolution}:\n${output}`);
  });

  it('types the elements in React 19 JSX with @msp-kit/widgets/react-jsx, and only with it', () => {
    const app = `import { useRef } from 'react';
import type {} from '@msp-kit/widgets/react-jsx';
import '@msp-kit/widgets';
import { parseOpeningHours } from '@msp-kit/widgets/hours';
import type { MspNewsletter } from '@msp-kit/widgets';

export function App({ heard }: { heard: (text: string) => void }) {
  const newsletter = useRef<MspNewsletter>(null);
  return (
    <msp-site name="Maison de santé des Dunes" showContact region="metropole" on-call-number="15" className="site">
      <msp-opening-hours hours={parseOpeningHours('Mo-Fr 08:00-19:00')} label="Secrétariat" compact heading-level={2}>
        <msp-hours-service label="Prélèvements" value="Mo-Fr 07:30-09:30" />
      </msp-opening-hours>
      <msp-newsletter
        ref={newsletter}
        action="/api/newsletter"
        privacy-url="/confidentialite"
        without-first-name
        onmsp-subscribe={(event) => {
          heard(event.detail.provider);
          event.preventDefault();
        }}
      />
      <msp-directory src="/annuaire.json" map url-state page-size="30" onmsp-directory-change={(event) => heard(String(event.detail.count))} />
      <msp-team src="/annuaire.json" structure-id="msp-des-dunes" />
      <msp-prevention-banner themes="vaccination" events={[]} persist="none" onmsp-dismiss={(event) => heard(event.detail.campaign)} />
      <msp-assistant endpoint="/api/chat" mode="inline" open suggestions="" />
      {/* @ts-expect-error: no such element */}
      <msp-nothing />
      {/* @ts-expect-error: no such attribute */}
      <msp-newsletter actoin="/api/newsletter" />
      {/* @ts-expect-error: compact is on or off */}
      <msp-opening-hours compact="yes" />
      {/* @ts-expect-error: persist is 'local' or 'none' */}
      <msp-prevention-banner persist="always" />
      {/* @ts-expect-error: the event's detail has no such field */}
      <msp-directory onmsp-directory-change={(event) => heard(event.detail.nothing)} />
    </msp-site>
  );
}
`;
    write('app.tsx', app);
    const jsx = { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx' };
    const typed = typecheck(['app.tsx'], jsx);
    assert.equal(typed.status, 0, typed.output);
    // What a React user without it gets (the reviewer's TS2339).
    write('plain.tsx', app.replace("import type {} from '@msp-kit/widgets/react-jsx';\n", '').replace(/\s*\{\/\* @ts-expect-error[^]*?\/>/g, ''));
    const untyped = typecheck(['plain.tsx'], jsx);
    assert.notEqual(untyped.status, 0);
    assert.match(untyped.output, /error TS2339: Property 'msp-site' does not exist on type 'JSX\.IntrinsicElements'/);
  });

  it('runs the pure modules in Node, and gives a bundler an empty module for react-jsx', async () => {
    const script = `
import { parseOpeningHours, OpeningHoursSyntaxError } from '@msp-kit/widgets/hours';
import { parseDirectory } from '@msp-kit/widgets/directory-data';
import { professionLabel } from '@msp-kit/widgets/directory-professions';
import { resolveSiteSettings } from '@msp-kit/widgets/site-settings';
import { activeCampaigns } from '@msp-kit/widgets/prevention';
import { subscriptionSchema } from '@msp-kit/widgets/newsletter-schema';
import { importFiness } from '@msp-kit/widgets/directory-finess';
let position;
try { parseOpeningHours('Mo-Fr 08:00-12:00; SH off'); } catch (error) { if (error instanceof OpeningHoursSyntaxError) position = error.position; }
console.log(JSON.stringify({
  open: parseOpeningHours('Mo-Su 00:00-24:00').isOpen(new Date()),
  position,
  issues: parseDirectory({}).issues.length > 0,
  label: professionLabel('sage-femme', 'fr'),
  functions: [resolveSiteSettings, activeCampaigns, importFiness].map((f) => typeof f),
  schema: typeof subscriptionSchema,
}));
`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      open: true,
      // 0-based: "SH" is the 20th character, as the widget tells its readers.
      position: 19,
      issues: true,
      label: 'Sage-femme',
      functions: ['function', 'function', 'function'],
      schema: 'object',
    });
    const bundle = await build({
      stdin: { contents: "import '@msp-kit/widgets/react-jsx';", resolveDir: app, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    assert.equal(bundle.outputFiles[0]!.text.replace(/\/\/.*\n/g, '').trim(), '');
  });
});
