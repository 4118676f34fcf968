// Runs the Node tests (test/node/**/*.test.ts) through tsx with Node's own runner.
// Node's runner exits 0 when it finds no test at all; here that is a failure, as is any failed test.
// Prints a spec report, then one closing line "node tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { globSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const patterns = process.argv.slice(2);
const files = globSync(patterns.length ? patterns : ['test/node/**/*.test.ts']).sort();
if (files.length === 0) {
  console.error('node tests: no test file found');
  process.exit(1);
}

const tap = join(mkdtempSync(join(tmpdir(), 'msp-kit-')), 'node-tests.tap');
const result = spawnSync(
  process.execPath,
  [
    '--import', 'tsx',
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { stdio: 'inherit' },
);

const summary = readFileSync(tap, 'utf8');
const count = (name) => Number(summary.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
const passed = count('pass');
const failed = count('fail') + count('cancelled');
console.log(`node tests: ${passed} passed, ${failed} failed`);
if (result.status !== 0 || failed > 0 || passed === 0) process.exit(1);
