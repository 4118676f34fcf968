// npm users' bundlers drop a module that package.json's `sideEffects` does not list when nothing is
// imported from it. The hours engine's entry adds to its parser and class from modules of their
// own (French messages, `toSchemaOrg`, `intervals`): a bundle of the entry must keep them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type * as Hours from '../../packages/widgets/src/hours/index.js';
import { repoRoot } from './fixtures/embedding/server.js';

describe('the hours engine bundled by an npm user', () => {
  it('keeps the French messages, toSchemaOrg and intervals when only parseOpeningHours is imported', async () => {
    const result = await build({
      stdin: {
        contents: "export { parseOpeningHours } from './packages/widgets/src/hours/index.js';",
        resolveDir: repoRoot,
        loader: 'js',
      },
      bundle: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    assert.deepEqual(
      result.warnings.filter((warning) => warning.id === 'ignored-bare-import').map((warning) => warning.text),
      [],
    );
    const dir = mkdtempSync(join(tmpdir(), 'msp-kit-hours-'));
    try {
      const file = join(dir, 'hours.mjs');
      writeFileSync(file, result.outputFiles[0]!.text);
      const { parseOpeningHours } = (await import(pathToFileURL(file).href)) as Pick<typeof Hours, 'parseOpeningHours'>;
      const hours = parseOpeningHours('Mo-Fr 08:00-12:00');
      assert.equal(typeof hours.toSchemaOrg, 'function');
      assert.equal(hours.intervals(new Date('2026-03-02T00:00Z'), new Date('2026-03-03T00:00Z')).length, 1);
      assert.throws(() => parseOpeningHours('Mo-Fr 08:00-'), { messageFr: 'Fin inattendue', messageEn: 'Unexpected end' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
