import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { VERSION } from '../../packages/widgets/src/shared/version.js';

const versionOf = (path: string) =>
  (JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as { version: string }).version;

describe('version', () => {
  it('is the one of the widgets package (the double-load guard compares it)', () => {
    assert.equal(VERSION, versionOf('packages/widgets/package.json'));
  });
});
