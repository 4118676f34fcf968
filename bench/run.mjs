// `npm run bench`: runs every benchmark under bench/ (files named *.bench.mjs or *.bench.ts, each
// writing its own figures under bench/results/), then the bundle-size report.
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

const benches = globSync('bench/**/*.bench.{mjs,ts}').sort();
let failed = 0;
for (const file of [...benches, 'bench/sizes.mjs']) {
  console.log(`\n## ${file}\n`);
  const args = file === 'bench/sizes.mjs' ? [file, '--write'] : ['--import', 'tsx', file];
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (status !== 0) failed++;
}
console.log(`\nbenchmarks written under bench/results/ (${benches.length + 1} run, ${failed} failed)`);
if (failed) process.exit(1);
