// The per-element CDN build (rollup.config.mjs, `ownCopies`): a lazy part gets its own copy of the
// TypeScript modules it shares with its element, so it never imports the entry, and the build fails
// when it would (a module it cannot copy, such as plain JavaScript, left in the entry).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { rollup, type OutputChunk } from 'rollup';
import { ownCopies, plugins } from '../../rollup.config.mjs';

const fixtures = fileURLToPath(new URL('./fixtures/own-copies/', import.meta.url));

/** Builds the fixture element whose lazy part is `lazy` (a file name in the fixtures). */
async function build(lazy: string, hasSideEffects = (_id: string) => false): Promise<OutputChunk[]> {
  const entries = { element: `${fixtures}element.ts` };
  const bundle = await rollup({
    input: entries,
    plugins: [
      // The fixture element loads ./lazy.js: point it at the variant under test.
      { name: 'variant', resolveId: (source: string) => (source === './lazy.js' ? `${fixtures}${lazy}` : null) },
      ownCopies(entries, { hasSideEffects }),
      ...plugins(),
    ],
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    return output.filter((o): o is OutputChunk => o.type === 'chunk');
  } finally {
    await bundle.close();
  }
}

describe('per-element CDN files', () => {
  it('give a lazy part its own copy of what it shares with the element, never an import of the entry', async () => {
    const chunks = await build('lazy.ts');
    const entry = chunks.find((c) => c.isEntry)!;
    const lazy = chunks.find((c) => !c.isEntry)!;
    assert.equal(chunks.length, 2);
    assert.deepEqual(lazy.imports, []);
    assert.match(entry.code, /shared /);
    assert.match(lazy.code, /shared /);
  });

  it('fail the build when a lazy part would import the entry', async () => {
    await assert.rejects(build('lazy-plain.ts'), /imports the entry element\.js/);
  });

  it('fail the build when a lazy part would get a copy of a module with side effects (a second instance)', async () => {
    await assert.rejects(build('lazy.ts', (id) => id.endsWith('/shared.ts')), /lazy\.ts, loaded on demand, needs .*shared\.ts, which has side effects/);
  });

  it('write no class static block, which Safari before 16.4 cannot parse (static fields instead)', async () => {
    const bundle = await rollup({
      input: fileURLToPath(new URL('../../packages/widgets/src/site/msp-site.ts', import.meta.url)),
      plugins: plugins(),
      onwarn: () => {},
    });
    try {
      const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
      const code = output.map((o) => (o.type === 'chunk' ? o.code : '')).join('\n');
      assert.doesNotMatch(code, /\bstatic\s*\{/);
      assert.match(code, /static styles = /);
      assert.match(code, /static properties = \{/);
    } finally {
      await bundle.close();
    }
  });

  it('fail the build on a class static block it cannot write as static fields', async () => {
    await assert.rejects(
      rollup({ input: `${fixtures}../static-blocks/explicit-block.ts`, plugins: plugins(), onwarn: () => {} }),
      /explicit-block\.ts: a class static block other than `this\.name = value;`/,
    );
  });

  it('write no regular expression with a lookbehind, which Safari before 16.4 cannot parse (the whole file would fail)', async () => {
    // Every element and what they load on demand (the assistant's panel, the directory's search).
    const bundle = await rollup({
      input: fileURLToPath(new URL('../../packages/widgets/src/cdn/msp-widgets.ts', import.meta.url)),
      plugins: plugins(),
      onwarn: () => {},
    });
    try {
      const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
      const code = output.map((o) => (o.type === 'chunk' ? o.code : '')).join('\n');
      assert.match(code, /Violences Femmes Info/, 'the panel is in the bundle');
      const lookbehinds = [...code.matchAll(/.{0,40}\(\?<[=!].{0,40}/g)].map((m) => m[0]);
      assert.deepEqual(lookbehinds, []);
    } finally {
      await bundle.close();
    }
  });

  it('write media queries that Safari before 16.4 reads (min-width, not the range syntax width>=)', async () => {
    const bundle = await rollup({
      input: fileURLToPath(new URL('../../packages/widgets/src/directory/msp-directory.ts', import.meta.url)),
      plugins: plugins(),
      onwarn: () => {},
    });
    try {
      const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
      const code = output.map((o) => (o.type === 'chunk' ? o.code : '')).join('\n');
      assert.match(code, /@media \(min-width:60em\)/);
      assert.doesNotMatch(code, /@media[^{]*\((?:width|height)\s*[<>]/);
    } finally {
      await bundle.close();
    }
  });
});
