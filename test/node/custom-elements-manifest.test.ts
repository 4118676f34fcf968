// custom-elements.json (packed with @msp-kit/widgets, read by editors and by Storybook's Docs tab)
// lists the attributes a webmaster can write: exactly those each element observes at run time. Lit's
// internal state (`state: true`) is no attribute; the analyzer's Lit support listed it as one until
// the plugin in custom-elements-manifest.config.mjs. The manifest is generated afresh, as
// `npm run analyze` does, into a temporary folder; the elements are loaded in Node (Lit's server
// build) to read what they declare. The manifest's paths are files the package ships: the chat
// element, whose source is in the assistant package, is named by its prebuilt CDN file.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HTMLElement as ServerHTMLElement } from '@lit-labs/ssr-dom-shim';
import type { PropertyDeclaration } from 'lit';
import { ASSISTANT_SHIPPED, ASSISTANT_SOURCE } from '../../packages/widgets/custom-elements-manifest.config.mjs';
import { elementEntries } from '../../rollup.config.mjs';

const widgets = fileURLToPath(new URL('../../packages/widgets/', import.meta.url));
const analyzer = fileURLToPath(new URL('../../node_modules/@custom-elements-manifest/analyzer/cem.js', import.meta.url));

interface Attribute {
  name: string;
  fieldName?: string;
}
interface Member {
  kind: string;
  name: string;
  privacy?: string;
  attribute?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string; module?: string };
  attributes?: Attribute[];
  members?: Member[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { name: string; declaration: { module?: string } }[] }[];
}
/** What Node's custom element registry holds: Lit elements, and `<msp-hours-service>` (a plain one). */
interface ElementClass {
  observedAttributes?: string[];
  elementProperties?: Map<PropertyKey, PropertyDeclaration>;
}

/** The attributes written in pages today (README, Storybook's code generator): they must stay listed. */
const realAttributes: Record<string, string[]> = {
  'msp-site': ['name', 'address', 'phone', 'lang', 'region', 'time-zone', 'on-call-number', 'assistant-endpoint', 'show-contact'],
  'msp-opening-hours': ['value', 'label', 'compact', 'structured-data', 'heading-level', 'at', 'time-zone', 'region', 'lang'],
  'msp-directory': ['src', 'map', 'url-state', 'structured-data', 'heading-level', 'page-size', 'tile-url', 'tile-attribution', 'tile-attribution-url'],
  'msp-team': ['src', 'structure-id', 'heading-level'],
  'msp-newsletter': ['provider', 'action', 'privacy-url', 'organisation', 'consent-text', 'consent-version', 'heading', 'heading-level', 'without-first-name', 'first-name-attribute'],
  'msp-prevention-banner': ['themes', 'campaign', 'date', 'evergreen', 'only-campaigns', 'compact', 'persist', 'heading-level', 'events'],
  'msp-assistant': ['endpoint', 'mode', 'position', 'open', 'heading', 'launcher-label', 'welcome', 'suggestions', 'no-persist', 'persist', 'offset-x', 'offset-y', 'z-index'],
};

describe('custom-elements.json', () => {
  let manifest: Manifest;
  let packageJsonBefore = '';
  /** Every element of the manifest with its tag, and its class as defined at run time. */
  const elements: { tag: string; declaration: Declaration; element: ElementClass }[] = [];

  before(async () => {
    packageJsonBefore = readFileSync(join(widgets, 'package.json'), 'utf8');
    const out = mkdtempSync(join(tmpdir(), 'msp-kit-cem-'));
    try {
      const result = spawnSync(
        process.execPath,
        [analyzer, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(widgets, out), '--quiet'],
        { cwd: widgets, encoding: 'utf8' },
      );
      assert.equal(result.status, 0, result.stderr);
      manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as Manifest;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    // Lit brings its own HTMLElement to Node; `<msp-hours-service>` extends the global one.
    globalThis.HTMLElement ??= ServerHTMLElement;
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement || !declaration.tagName) continue;
        // The chat element's CDN file is a build output: its source defines the same element.
        const source = module.path === ASSISTANT_SHIPPED ? ASSISTANT_SOURCE : module.path;
        await import(pathToFileURL(join(widgets, source)).href);
        const element = customElements.get(declaration.tagName) as ElementClass | undefined;
        assert.ok(element, `${module.path} does not define <${declaration.tagName}>`);
        elements.push({ tag: declaration.tagName, declaration, element });
      }
    }
  });

  it('documents every element', () => {
    assert.deepEqual(elements.map((e) => e.tag).sort(), [...Object.keys(realAttributes), 'msp-hours-service'].sort());
  });

  it('lists, for every element, exactly the attributes it observes', () => {
    for (const { tag, declaration, element } of elements) {
      const listed = (declaration.attributes ?? []).map((attribute) => attribute.name).sort();
      assert.deepEqual(listed, [...(element.observedAttributes ?? [])].sort(), `<${tag}>`);
    }
  });

  it('lists no internal state (`state: true`) as an attribute or a public member', () => {
    let internal = 0;
    for (const { tag, declaration, element } of elements) {
      for (const [name, options] of element.elementProperties ?? []) {
        if (!options.state) continue;
        internal++;
        const fieldName = String(name);
        assert.equal(declaration.attributes?.find((a) => (a.fieldName ?? a.name) === fieldName), undefined, `<${tag}> attribute for ${fieldName}`);
        const member = declaration.members?.find((m) => m.name === fieldName);
        assert.equal(member?.attribute, undefined, `<${tag}> member ${fieldName} names an attribute`);
        if (member) assert.notEqual(member.privacy ?? 'public', 'public', `<${tag}> member ${fieldName} is public`);
      }
    }
    // Not a vacuous pass: the directory, the newsletter, the assistant… all have internal state.
    assert.ok(internal >= 20, `only ${internal} internal properties found`);
  });

  it('keeps the real attributes, with the property each one sets', () => {
    for (const [tag, names] of Object.entries(realAttributes)) {
      const declaration = elements.find((e) => e.tag === tag)?.declaration;
      const listed = new Set(declaration?.attributes?.map((a) => a.name));
      for (const name of names) assert.ok(listed.has(name), `<${tag}> ${name}`);
    }
    const directory = elements.find((e) => e.tag === 'msp-directory')!.declaration;
    assert.equal(directory.members?.find((m) => m.name === 'urlState')?.attribute, 'url-state');
    assert.equal(directory.attributes?.find((a) => a.name === 'tile-url')?.fieldName, 'tileUrl');
  });

  it('names only files of the package: the chat element by the CDN file the package ships for it', () => {
    const paths = manifest.modules.map((module) => module.path);
    assert.ok(paths.includes(ASSISTANT_SHIPPED), 'the chat element is documented');
    assert.equal(paths.find((path) => path.includes('assistant/')), undefined);
    // That file is the chat element's CDN entry, built from the source the analyzer read.
    assert.equal(normalize(join('packages/widgets', ASSISTANT_SOURCE)), normalize(elementEntries['msp-assistant'] ?? ''));
    assert.equal(ASSISTANT_SHIPPED, 'dist/cdn/msp-assistant.js');
    for (const path of paths.filter((p) => p !== ASSISTANT_SHIPPED)) {
      assert.match(path, /^src\//, path);
      assert.ok(existsSync(join(widgets, path)), path);
    }
    // No reference between modules (exports, superclasses, inherited members) leads out of the package.
    const references = JSON.stringify(manifest).match(/"(?:module|path)":"[^"]*"/g) ?? [];
    assert.ok(references.length > 100);
    assert.deepEqual(references.filter((reference) => /assistant\/src|widgets\/src/.test(reference)), []);
    const assistant = manifest.modules.find((module) => module.path === ASSISTANT_SHIPPED)!;
    assert.equal(assistant.declarations?.[0]?.superclass?.module, '/src/shared/msp-widget.js');
    assert.deepEqual(assistant.exports?.map((e) => e.declaration.module), [ASSISTANT_SHIPPED]);
  });

  it('is the file package.json names and packs, and generating it leaves package.json alone', () => {
    const packageJson = readFileSync(join(widgets, 'package.json'), 'utf8');
    assert.equal(packageJson, packageJsonBefore);
    const pkg = JSON.parse(packageJson) as { customElements: string; files: string[]; exports: Record<string, string> };
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(pkg.files.includes('custom-elements.json'));
    assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
  });
});
