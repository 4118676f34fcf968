// The README's table of size budgets says what bench/sizes.mjs checks: one row per budget, in order.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const sizes = '../../bench/sizes.mjs';
const { budgets } = (await import(sizes)) as { budgets: { name: string; max: number }[] };

describe('size budgets in the README', () => {
  it('has a row per budget, with the budget bench/sizes.mjs checks', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Size budgets'), readme.indexOf('### Tests'));
    const rows = [...section.matchAll(/^\| (?!what |---)(.+) \| (.+) \|$/gm)].map((m) => m[2] ?? '');
    assert.equal(rows.length, budgets.length, 'one row per budget');
    budgets.forEach((budget, i) => {
      const kb = `${+(budget.max / 1000).toFixed(2)} KB`;
      assert.ok(rows[i]?.startsWith(kb), `row ${i + 1} (${budget.name}) gives ${kb}, not "${rows[i]}"`);
    });
  });
});
