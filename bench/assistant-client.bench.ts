/**
 * <msp-assistant> benchmark: what a page downloads (the launcher up front, the panel on first open,
 * over the shared Lit / zod / msp-kit base chunks) beside the embeddable chat widgets people use
 * (gzip sizes measured in shared/research/chat-anchors.md), and the cost of rendering a streamed
 * answer (the Markdown subset is parsed again for each token).
 * Writes bench/results/assistant-client.json and bench/results/assistant-client.md.
 *
 *   node --import tsx bench/assistant-client.bench.ts
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup, type OutputPlugin, type Plugin } from 'rollup';
import { minify, plugins } from '../rollup.config.mjs';
import { parseMarkdown } from '../packages/assistant/src/client/markdown.js';

const KB = 1000;
const BUDGETS = { launcher: 6 * KB, panel: 25 * KB };
const KIB = 1024;
// gzip -9 sizes of the script a site loads, in KiB, from the anchors' research (chat-anchors.md §1.1).
const ANCHORS = [
  { name: 'deep-chat 2.4.2', gzipKiB: 108.0 },
  { name: '@typebot.io/js 0.10.7', gzipKiB: 191.8 },
  { name: 'flowise-embed 3.1.6', gzipKiB: 277.1 },
  { name: '@n8n/chat 1.37.0 (with its static chunks)', gzipKiB: 595.1 },
];

const projectPlugins = plugins as () => Plugin[];
const terser = minify as (module: boolean) => OutputPlugin;

const sharedChunks = (id: string): string | undefined => {
  if (/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\//.test(id)) return 'lit';
  if (/node_modules\/zod\//.test(id)) return 'zod';
  if (/packages\/widgets\/src\/(shared\/|site\/settings\.ts)/.test(id)) return 'base';
  return undefined;
};

// The CDN build proposed for rollup.config.mjs, into a temporary folder.
const out = mkdtempSync(join(tmpdir(), 'msp-assistant-cdn-'));
const bundle = await rollup({
  input: { 'msp-assistant': 'packages/assistant/src/client/msp-assistant.ts' },
  plugins: projectPlugins(),
  onwarn: () => undefined,
});
await bundle.write({
  dir: out,
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: (chunk) => (['lit', 'zod', 'base'].includes(chunk.name) ? 'shared/[name]-[hash].js' : 'lazy/[name]-[hash].js'),
  manualChunks: sharedChunks,
  plugins: [terser(true)],
});
await bundle.close();

const size = (path: string) => {
  const code = readFileSync(path);
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
};
const find = (dir: string, name: string) => readdirSync(join(out, dir)).find((f) => f.startsWith(`${name}-`))!;
const launcher = size(join(out, 'msp-assistant.js'));
const panel = size(join(out, 'lazy', find('lazy', 'panel')));
const shared = Object.fromEntries(['lit', 'base', 'zod'].map((name) => [name, size(join(out, 'shared', find('shared', name)))]));
const entryCode = readFileSync(join(out, 'msp-assistant.js'), 'utf8');
const launcherLoadsZod = /from"\.\/shared\/zod-/.test(entryCode);

// Streaming cost: a long answer (about 600 words, lists, emphasis, citations) arriving in 5-word tokens.
const answer = Array.from({ length: 12 }, (_, i) =>
  i % 3 === 2
    ? `- point **${i}** : une équipe pluriprofessionnelle [${(i % 4) + 1}]\n- un *projet de santé* partagé avec l’ARS, https://www.ars.sante.fr\n`
    : `Une maison de santé pluriprofessionnelle réunit des médecins, des infirmiers et d’autres professionnels de soins primaires qui travaillent ensemble autour d’un projet de santé commun, avec la fédération comme appui [${(i % 4) + 1}]. `.repeat(2),
).join('\n\n');
const words = answer.split(/(?<=\s)/);
const tokens: string[] = [];
for (let i = 0; i < words.length; i += 5) tokens.push(words.slice(i, i + 5).join(''));
const runs = 20;
let total = 0;
let worst = 0;
for (let run = 0; run < runs; run++) {
  let text = '';
  const started = performance.now();
  for (const token of tokens) {
    text += token;
    const t0 = performance.now();
    parseMarkdown(text, { base: 'https://assistant.exemple.fr/api/chat' });
    worst = Math.max(worst, performance.now() - t0);
  }
  total += performance.now() - started;
}
const streaming = {
  characters: answer.length,
  tokens: tokens.length,
  parseAllTokensMs: +(total / runs).toFixed(2),
  perTokenMeanMs: +(total / runs / tokens.length).toFixed(4),
  perTokenWorstMs: +worst.toFixed(3),
};

const kb = (n: number) => (n / KB).toFixed(2);
const results = {
  date: new Date().toISOString(),
  node: process.version,
  sizes: { launcher, panel, shared, launcherLoadsZod },
  budgets: BUDGETS,
  anchors: ANCHORS,
  streaming,
};
const everything = launcher.gzip + panel.gzip + shared.lit!.gzip + shared.base!.gzip + shared.zod!.gzip;
const kib = (n: number) => (n / KIB).toFixed(1);
const ratio = (anchorKiB: number) => `${Math.round((anchorKiB * KIB) / everything)}×`;
const md = `# <msp-assistant> benchmark

${results.date}, Node ${process.version}. Sizes: the CDN build (rollup + terser, templates minified) of
\`packages/assistant/src/client/msp-assistant.ts\`, gzip -9, KB = 1,000 bytes.

| what | loaded | min (KB) | min+gzip (KB) | budget (KB) |
|---|---|---:|---:|---:|
| launcher \`msp-assistant.js\` | with the page | ${kb(launcher.bytes)} | ${kb(launcher.gzip)} | ${kb(BUDGETS.launcher)} (${launcher.gzip <= BUDGETS.launcher ? 'ok' : '**over**'}) |
| panel \`lazy/panel-*.js\` | on first open | ${kb(panel.bytes)} | ${kb(panel.gzip)} | ${kb(BUDGETS.panel)} (${panel.gzip <= BUDGETS.panel ? 'ok' : '**over**'}) |
| shared Lit chunk | with the page, once for every element | ${kb(shared.lit!.bytes)} | ${kb(shared.lit!.gzip)} | |
| shared msp-kit base | with the page, once | ${kb(shared.base!.bytes)} | ${kb(shared.base!.gzip)} | |
| shared zod chunk | on first open (${launcherLoadsZod ? '**the launcher loads it**' : 'the launcher does not'}) | ${kb(shared.zod!.bytes)} | ${kb(shared.zod!.gzip)} | |
| **everything, opened** | | | **${kb(everything)}** | |

Beside the embeddable chat widgets (the script a site loads, gzip -9, KiB as in the anchors' research):

| widget | gzip (KiB) | heavier than msp-assistant opened |
|---|---:|---:|
| **msp-assistant** (launcher + panel + Lit + base + zod) | ${kib(everything)} | 1× |
| **msp-assistant launcher alone** (before anyone opens it) | ${kib(launcher.gzip)} | |
${ANCHORS.map((a) => `| ${a.name} | ${a.gzipKiB.toFixed(1)} | ${ratio(a.gzipKiB)} |`).join('\n')}

Up front, before anyone opens it, a page pays ${kb(launcher.gzip)} KB for the launcher (plus Lit and the base, shared with every msp-kit element).

## Streaming

An answer of ${streaming.characters} characters arriving in ${streaming.tokens} tokens of five words; the Markdown subset is parsed again
after each token (only the message being written; earlier messages are cached), mean of ${runs} runs:
${streaming.parseAllTokensMs} ms for the whole answer, ${streaming.perTokenMeanMs} ms per token on average, ${streaming.perTokenWorstMs} ms at worst.
`;
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/assistant-client.json', `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/results/assistant-client.md', md);
console.log(md);
if (launcher.gzip > BUDGETS.launcher || panel.gzip > BUDGETS.panel || launcherLoadsZod) process.exitCode = 1;
