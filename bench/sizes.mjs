// Bundle sizes (minified + gzip -9) of what a page downloads, against the budgets.
//   node bench/sizes.mjs            print the table
//   node bench/sizes.mjs --check    also fail (exit 1) when a budget is exceeded (part of `npm test`)
//   node bench/sizes.mjs --write    also write bench/results/sizes.{json,md} (used by `npm run bench`)
// Needs `npm run build:cdn` first. "KB" here is 1,000 bytes, the stricter reading of every budget.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { plugins, minify, elementEntries } from '../rollup.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = `${root}packages/widgets/dist/cdn`;
const KB = 1000;
/** The lazy chunk `name` that the CDN entry `entry` imports (the full bundle has its own copy). */
const lazyChunk = async (entry, name) =>
  `${cdn}/${(await readFile(`${cdn}/${entry}`, 'utf8')).match(new RegExp(`lazy/${name}-[\\w-]+\\.js`))?.[0]}`;

/**
 * Budgets. `standalone`: the element bundled alone with everything it imports (Lit included).
 * `over-shared`: what the element's CDN entry loads up front (itself and its static imports),
 * minus the shared chunks every page loads once (Lit, zod, msp-kit's base). Code an element
 * imports lazily (a provider used by some forms only) is not counted. What each raise paid for is
 * in the commit that made it (`git log -p bench/sizes.mjs`).
 */
export const budgets = [
  // Issue 2's goal: <msp-site> is on every page. Its settings are checked by a small table of
  // rules, not zod (whose smallest schema costs about 3 KB).
  { name: 'Lit + @lit/context + <msp-site>', kind: 'standalone', entry: elementEntries['msp-site'], max: 9 * KB },
  // Issue 5's budget; the Mailchimp and Brevo transports load only for forms that use them.
  { name: '<msp-newsletter> over the shared chunks', kind: 'over-shared', file: 'msp-newsletter.js', max: 5 * KB },
  // Issue 3's goal (5 KB); the 10 B over it are for another build of zlib, not for code. The entry
  // also has what only its API users need: toSchemaOrg, intervals and the parser's French messages.
  { name: 'hours engine (@msp-kit/widgets/hours), alone', kind: 'standalone', entry: 'packages/widgets/src/hours/index.ts', max: 5.01 * KB, goal: 5 * KB },
  // Issue 3's goal (8 KB), with the same 10 B for zlib. English texts and the JSON-LD writer load
  // only when used.
  { name: '<msp-opening-hours> with its engine, over the shared chunks', kind: 'over-shared', file: 'msp-opening-hours.js', max: 8.01 * KB, goal: 8 * KB },
  // Issue 4 asks 7 KB, not met: the budget stops regressions and the goal is reported. About 2.1 KB
  // are French words and département names, 1 KB CSS, 1.3 KB the data reader; English, hours, the
  // map, geolocation, URL state and JSON-LD already load only when used. Each raise was for a
  // feature or a review's fix (the last two: 14 B for fields at 16 px at least, as iPhones zoom in on
  // smaller; 11 B for filters folded on a phone held sideways; then 15 B for the focus going to the
  // new "Réessayer" when trying again fails again, not to an empty status, 11 B for the
  // webmaster's text inside the element shown again when the data cannot be loaded, and 50 B for a
  // missing file (404) said to be missing, without a "Réessayer" that cannot help; then 60 B for a
  // page-size it cannot use said in the console, as heading-level is, not quietly replaced).
  { name: '<msp-directory> over the shared chunks', kind: 'over-shared', file: 'msp-directory.js', max: 10.53 * KB, goal: 7 * KB },
  // Carries its own copy of the data reader it shares with <msp-directory> (one file per element).
  // Raised by 20 B for its list at 16 px at least (iPhones zoom in on a smaller field), then 10 B
  // for profession names in full words ("Infirmier ou infirmière"): screen readers read the point
  // médian of "Infirmier·ère" out loud; then 17 B for the focus going to the new "Réessayer" when
  // trying again fails again, 19 B for the webmaster's text inside the element shown again when
  // the data cannot be loaded or has no such structure, 40 B for a missing file (404) said to be
  // missing, without a "Réessayer" that cannot help, and 10 B for the focus going to that message
  // when a file is found missing after "Réessayer", not staying on an empty status.
  { name: '<msp-team> over the shared chunks', kind: 'over-shared', file: 'msp-team.js', max: 5.83 * KB },
  // Issue 6's goal (7 KB) is the budget. English texts and local events load only when a page has them.
  { name: '<msp-prevention-banner> over the shared chunks', kind: 'over-shared', file: 'msp-prevention-banner.js', max: 7 * KB },
  // Issue 8's budgets: the launcher, then the panel it loads on first open.
  { name: '<msp-assistant> launcher over the shared chunks', kind: 'over-shared', file: 'msp-assistant.js', max: 6 * KB },
  { name: '<msp-assistant> panel (first open) over the shared chunks', kind: 'over-shared', path: () => lazyChunk('msp-assistant.js', 'panel'), max: 25 * KB },
];

const gzip = (code) => gzipSync(code, { level: 9 }).length;

async function standaloneSize(entry) {
  const bundle = await rollup({ input: `${root}${entry}`, plugins: plugins(), onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: [minify(true)] });
  await bundle.close();
  const code = output.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
  return { bytes: Buffer.byteLength(code), gzip: gzip(code) };
}

async function fileSize(path) {
  const code = await readFile(path);
  return { bytes: code.length, gzip: gzip(code) };
}

const SHARED = /^(lit|zod|base)-[\w-]+\.js$/;
const staticImports = (code) =>
  [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.[^"']+)["']/g)].map((m) => m[1]);

/** The element's entry and the chunks it statically imports, except the shared ones. */
async function overSharedSize(entry) {
  const seen = new Set();
  let bytes = 0;
  let gzipped = 0;
  const visit = async (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = await readFile(path, 'utf8');
    bytes += Buffer.byteLength(code);
    gzipped += gzip(code);
    for (const spec of staticImports(code)) {
      const target = new URL(spec, `file://${path}`).pathname;
      if (!SHARED.test(target.split('/').pop())) await visit(target);
    }
  };
  await visit(entry);
  return { bytes, gzip: gzipped };
}

export async function measureSizes() {
  const rows = [];
  for (const budget of budgets) {
    const size =
      budget.kind === 'standalone'
        ? await standaloneSize(budget.entry)
        : await overSharedSize(budget.path ? await budget.path() : `${cdn}/${budget.file}`);
    rows.push({ name: budget.name, kind: budget.kind, ...size, budget: budget.max, goal: budget.goal, ok: size.gzip <= budget.max });
  }
  const report = async (name, path) => rows.push({ name, kind: 'file', ...(await fileSize(path)), budget: null, ok: true });
  rows.push({ name: 'msp-widgets.js (every element) with its core chunk', kind: 'file', ...(await overSharedSize(`${cdn}/msp-widgets.js`)), budget: null, ok: true });
  await report('msp-widgets.iife.js (classic script)', `${cdn}/msp-widgets.iife.js`);
  for (const file of (await readdir(`${cdn}/shared`)).filter((f) => SHARED.test(f))) {
    await report(`shared chunk ${file.replace(/-[\w-]+\.js$/, '')}`, `${cdn}/shared/${file}`);
  }
  for (const tag of Object.keys(elementEntries)) {
    rows.push({ name: `${tag}.js (over the shared chunks)`, kind: 'file', ...(await overSharedSize(`${cdn}/${tag}.js`)), budget: null, ok: true });
  }
  return rows;
}

export function toMarkdown(rows) {
  const kb = (n) => (n / KB).toFixed(2);
  const lines = ['| bundle | min (KB) | min+gzip (KB) | budget (KB) | | goal (KB) |', '|---|---:|---:|---:|---|---:|'];
  for (const r of rows) {
    const goal = r.goal ? `${kb(r.goal)} ${r.gzip <= r.goal ? 'met' : '**not met**'}` : '';
    lines.push(`| ${r.name} | ${kb(r.bytes)} | ${kb(r.gzip)} | ${r.budget ? kb(r.budget) : ''} | ${r.budget ? (r.ok ? 'ok' : '**over**') : ''} | ${goal} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await measureSizes();
  console.log(toMarkdown(rows));
  if (process.argv.includes('--write')) {
    await mkdir(`${root}bench/results`, { recursive: true });
    await writeFile(`${root}bench/results/sizes.json`, JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n');
    await writeFile(`${root}bench/results/sizes.md`, `# Bundle sizes\n\n${toMarkdown(rows)}\n`);
  }
  const over = rows.filter((r) => !r.ok);
  if (process.argv.includes('--check')) {
    for (const r of over) console.error(`Over budget: ${r.name} is ${r.gzip} B gzipped, budget ${r.budget} B`);
    console.log(`size budgets: ${rows.filter((r) => r.budget).length - over.length} passed, ${over.length} failed`);
    if (over.length) process.exitCode = 1;
  }
}
