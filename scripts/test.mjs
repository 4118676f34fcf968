// `npm test`: everything, in order, failing on the first broken step.
//   build (CDN bundles, npm output, custom-elements.json, which Storybook's typed config reads)
//   → typecheck → lint (ESLint + lit-analyzer) → browser tests → static Storybook (its stories are
//   visited by a Node test) (web-test-runner in Chromium) → Node tests → bundle-size budgets.
// A test runner that executes no test fails too. The last line sums it up: "tests: N passed, N failed".
import { spawn } from 'node:child_process';

const npx = (...args) => ['npx', '--no-install', ...args];
const steps = [
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build'] },
  { name: 'typecheck', cmd: npx('tsc', '-p', 'tsconfig.json', '--noEmit') },
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'browser tests', cmd: npx('web-test-runner', '--config', 'web-test-runner.config.mjs'), counts: /browser tests: (\d+) passed, (\d+) failed/g },
  { name: 'storybook build', cmd: ['npm', 'run', '--silent', 'build-storybook'] },
  { name: 'node tests', cmd: ['node', 'scripts/node-tests.mjs'], counts: /node tests: (\d+) passed, (\d+) failed/g },
  { name: 'size budgets', cmd: ['node', 'bench/sizes.mjs', '--check'] },
];

const only = process.argv.slice(2);
// eslint-disable-next-line no-control-regex -- ANSI colour codes start with the ESC control character.
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd[0], step.cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output: stripAnsi(output) }));
  });
}

let passed = 0;
let failed = 0;
for (const step of steps.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const { code, output } = await run(step);
  let ok = code === 0;
  if (step.counts) {
    const last = [...output.matchAll(step.counts)].at(-1);
    const stepPassed = Number(last?.[1] ?? 0);
    passed += stepPassed;
    failed += Number(last?.[2] ?? 0);
    if (stepPassed === 0) {
      console.error(`✖ ${step.name}: no test was executed`);
      ok = false;
    }
  }
  if (!ok) {
    console.error(`✖ ${step.name} failed (exit code ${code})`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
  console.log(`✔ ${step.name}`);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
