// Benchmark of the opening-hours engine (`@msp-kit/widgets/hours`) against opening_hours.js on
// the same realistic MSP values: parse, isOpen and nextChange throughput. Writes
// bench/results/hours.json and bench/results/hours.md.
// Run: node --import tsx bench/hours.bench.ts
process.env.TZ = 'Europe/Paris'; // the reference evaluates in the process's zone; ours is told

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type * as Engine from '../packages/widgets/src/hours/index.js';

// The engine is timed minified, as it runs on a page (running the TypeScript sources through tsx
// would add tsx's helpers to every closure). Its size is measured with the CDN build (terser) in
// bench/sizes.mjs, against the budget: esbuild's output, used here, is a few hundred bytes larger.
const bundle = await build({
  entryPoints: ['packages/widgets/src/hours/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
});
const code = bundle.outputFiles[0]?.contents ?? new Uint8Array();
const file = join(mkdtempSync(join(tmpdir(), 'msp-hours-')), 'hours.mjs');
writeFileSync(file, code);
const { parseOpeningHours } = (await import(pathToFileURL(file).href)) as typeof Engine;
const { default: ReferenceOpeningHours } = await import('opening_hours');

const VALUES = [
  'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off',
  'Mo-Fr 08:00-20:00; Sa 08:00-12:00; PH off || "Urgences : appeler le 15"',
  'Mo-Fr 08:30-12:30,13:30-19:00; Sa 09:00-12:00; Su,PH off; 2026 Aug 10-2026 Aug 23 off "Fermeture estivale"',
  'Mo,Tu,Th,Fr 08:00-19:00; We 08:00-12:00; Sa[1,3] 09:00-12:00; PH off',
  'Mo-Fr 07:30-20:00; Sa 08:00-13:00; Dec 24,Dec 31 08:00-12:00; Dec 25,Jan 01 off; PH off',
  'Mo-Fr 09:00-12:00,14:00-18:00 open "sur rendez-vous"; We 14:00-18:00 off; PH off',
  'week 02-52/2 Sa 09:00-12:00; Mo-Fr 08:00-19:00; PH off',
  'Mo-Fr 08:00-12:00,14:00-18:00, Fr 20:00-02:00 open "garde"; PH off',
  'Mo-Su 08:00-20:00; PH 09:00-12:00; Jan 01 off',
  'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; Jul 14-Aug 15 Sa off; PH off || "sur rendez-vous"',
];
const PARIS = { lat: 48.85, lon: 2.35, address: { country_code: 'fr', state: 'Île-de-France' } };
const DAY = 86_400_000;
/** Measuring time per round; each figure is the best of ROUNDS rounds (the machine may be busy). */
const BUDGET_MS = 100;
const ROUNDS = 3;

/** Deterministic instants spread over 2026 (linear congruential generator). */
const INSTANTS = (() => {
  let seed = 20_260_405;
  return Array.from({ length: 4096 }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return new Date(Date.UTC(2026, 0, 1) + (seed / 2 ** 31) * 365 * DAY);
  });
})();

/** Operations per second of `run(i)` (i counting calls), after a short warm-up: best round. */
function throughput(run: (i: number) => unknown): number {
  let sink: unknown;
  for (let i = 0; i < 200; i++) sink = run(i);
  let best = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < BUDGET_MS) {
      for (let k = 0; k < 64; k++, calls++) sink = run(calls);
      elapsed = performance.now() - start;
    }
    best = Math.max(best, (calls / elapsed) * 1000);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return best;
}

interface Figures {
  ours: number;
  reference: number;
  ratio: number;
}
const figures = (ours: number, reference: number): Figures => ({ ours, reference, ratio: ours / reference });

const results = VALUES.map((value) => {
  const ours = parseOpeningHours(value, { timeZone: 'Europe/Paris' });
  const reference = new ReferenceOpeningHours(value, PARIS);
  const at = (i: number): Date => INSTANTS[i % INSTANTS.length] as Date;
  // Sanity check: both engines agree on these instants before being timed.
  for (const date of INSTANTS.slice(0, 200)) {
    if (ours.isOpen(date) !== reference.getState(date)) throw new Error(`disagreement on ${value} at ${date.toISOString()}`);
  }
  return {
    value,
    parse: figures(
      throughput(() => parseOpeningHours(value, { timeZone: 'Europe/Paris' })),
      throughput(() => new ReferenceOpeningHours(value, PARIS)),
    ),
    isOpen: figures(
      throughput((i) => ours.isOpen(at(i))),
      throughput((i) => reference.getState(at(i))),
    ),
    nextChange: figures(
      throughput((i) => ours.nextChange(at(i))),
      throughput((i) => reference.getNextChange(at(i), new Date(at(i).getTime() + 366 * DAY))),
    ),
  };
});

const geometricMean = (xs: number[]): number => Math.exp(xs.reduce((sum, x) => sum + Math.log(x), 0) / xs.length);
const summary = Object.fromEntries(
  (['parse', 'isOpen', 'nextChange'] as const).map((op) => [
    op,
    {
      minRatio: Math.min(...results.map((r) => r[op].ratio)),
      geometricMeanRatio: geometricMean(results.map((r) => r[op].ratio)),
    },
  ]),
) as Record<'parse' | 'isOpen' | 'nextChange', { minRatio: number; geometricMeanRatio: number }>;

const kops = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : `${(n / 1e3).toFixed(1)} k`);
const cell = ({ ours, reference, ratio }: Figures): string => `${kops(ours)} / ${kops(reference)} | **${ratio.toFixed(1)}×**`;
const markdown = [
  '# Opening-hours engine vs opening_hours.js',
  '',
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ops/s of our engine (minified bundle) / opening_hours.js 3.15, then the ratio.`,
  `isOpen and nextChange on ${INSTANTS.length} fixed instants of 2026 (nextChange limited to 366 days for both);`,
  `best of ${ROUNDS} rounds of ${BUDGET_MS} ms per figure.`,
  '',
  '| value | parse (ops/s) | × | isOpen (ops/s) | × | nextChange (ops/s) | × |',
  '|---|---|---|---|---|---|---|',
  ...results.map((r) => `| \`${r.value.replaceAll('|', '\\|')}\` | ${cell(r.parse)} | ${cell(r.isOpen)} | ${cell(r.nextChange)} |`),
  '',
  '| operation | lowest ratio | geometric mean ratio |',
  '|---|---|---|',
  ...Object.entries(summary).map(([op, s]) => `| ${op} | ${s.minRatio.toFixed(1)}× | ${s.geometricMeanRatio.toFixed(1)}× |`),
  '',
  'The engine was timed as an esbuild bundle, minified; its shipped size (terser, against the 5 KB goal) is in sizes.md.',
  '',
].join('\n');

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/hours.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, budgetMs: BUDGET_MS, rounds: ROUNDS, results, summary }, null, 2)}\n`,
);
writeFileSync('bench/results/hours.md', markdown);
console.log(markdown);
