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
 * imports lazily (a provider used by some forms only) is not counted.
 */
export const budgets = [
  // +9 B (8,999 B): the contact card left to right on a right-to-left page. Then 8,994 B: a JSON
  // block the HTML parser is still writing is judged once the page is read (no false warning),
  // paid for by the element's own members made ES private (#) and the `lang` attribute watched
  // as a reactive property instead of two overridden callbacks (in every element's base).
  // Then +3 B (8,997 B): a JSON block's key named like an Object method ("toString") read as an
  // unknown setting instead of breaking the element.
  { name: 'Lit + @lit/context + <msp-site>', kind: 'standalone', entry: elementEntries['msp-site'], max: 9 * KB },
  { name: '<msp-newsletter> over the shared chunks', kind: 'over-shared', file: 'msp-newsletter.js', max: 5 * KB },
  // Issue 3's goal (5 KB) is met, with 1 B to spare; the budget leaves 10 B so that another build
  // of zlib cannot fail CI on a byte. The entry also has what only its API users need: toSchemaOrg
  // (about 0.54 KB), intervals (0.12 KB) and the parser's French messages (0.17 KB).
  { name: 'hours engine (@msp-kit/widgets/hours), alone', kind: 'standalone', entry: 'packages/widgets/src/hours/index.ts', max: 5.01 * KB, goal: 5 * KB },
  // Raised from 7.9 (7,896 B) for review fixes: +12 B, the coming exceptions' weeks reached in local days (no week lost before the spring clock change);
  // +39 B, closures announced on weekdays without usual hours (summer hours).
  // Then +45 B (7,976 B): an element given no hours at all says `value: missing` in the console.
  // Issue 3's goal (8 KB) is met, with no byte to spare (the 10 B spare are for another build of
  // zlib). Speed on a page cost 35 B: the demo's three schedules took about 100 ms a render (a first
  // render looks at a year of days for each), and the element rendered three times while the page
  // loaded. It now keeps what it read while the values and settings stay (services tell it when
  // they come, go or change, so its own JSON-LD script no longer counts as one), paid for by the
  // weekdays' abbreviations kept as Intl writes them ("lun.") and a shorter missing-data message.
  // Then 7,996 B: "Prochainement" and "En dehors des horaires" headings for screen readers too
  // (role=heading, an accessibility audit), paid for by one [role=heading] rule for the three headings.
  // Then 7,992 B (from 7,994; a few bytes come and go with the hashes in the lazy chunks' names):
  // public holidays named in English on English pages. The names are in the lazy English texts; the
  // French bundle only has a `holiday` message writing the " (Noël)" the element wrote in three places.
  // Then 7,995 B: a PH rule's hours no longer followed by their holiday's name, said once after them
  // (+8 B), paid for by reading `at` with NaN and isNaN (−5 B).
  { name: '<msp-opening-hours> with its engine, over the shared chunks', kind: 'over-shared', file: 'msp-opening-hours.js', max: 8.01 * KB, goal: 8 * KB },
  // Goal not met (issue 4 asks 7 KB): the budget stops regressions, the goal is reported. Of the
  // 10 KB, about 2.1 KB are French words and département names, 1 KB CSS, 1.3 KB the data reader.
  // Raised from 9.45 for two deliberate features: filters folded on narrow screens (+0.12 KB), and
  // cards and "open now" kept true as structures open and close (+0.1 KB). Then -0.06 KB (the
  // element's own members ES private, #, whose names the minifier shortens) and +0.08 KB for
  // review fixes: searching by word starts, lists that keep their role in Safari, and declared
  // dates the calendar does not have refused. Then +0.17 KB for what a review found users missing:
  // a server that never answers fails after 30 s (retry), an empty file is not a failed search,
  // the data's source and date are credited, "show more" comes before the map, and the JSON-LD
  // of a large directory is written a slice at a time; the data's accessibility link is shown;
  // then a second review's fixes (a file without a valid date, a directory moved while loading,
  // elisions run together in the search: "villeneuve dascq"). Then -0.05 KB (10,022 → 9,969 B):
  // phone numbers checked with the site settings' pattern (already in base), dates named from their
  // YYYY-MM-DD string, the failure's words looked up by the failure. Then +0.11 KB (10,076 B) for
  // an accessibility audit's fixes: the count said again when a change leaves it the same, the
  // focus kept in the widget when its card goes, a mark on "Autour de moi" pressed (forced
  // colours), long addresses wrapped at 320 px, the map's failure an alert, the dot not read out.
  // Then +9 B (10,085 B) for a visual review: the filters' checkboxes keep their size beside a label
  // on two lines, the professions' columns fit 200 % text, the phone and the e-mail on two lines.
  // Then +49 B (10,134 B): a directory given no data at all (a misspelt `src`) says so in the console.
  // Then +2 B (10,140 B, no byte left): a `src` that is not http(s) (`javascript:`…) is said in the
  // widget too, not only in the console (+3 B, with the load state no longer set twice before the first render).
  // Then +47 B (10,187 B): an inline JSON child the HTML parser is still writing is judged once the
  // page is read, not warned about as broken (a CI run caught the false warning).
  // Then 10,179 B: a structure's hours read in its own place only, never with the site's region and
  // clock (−36 B; an adopter's review), and Corsica's 2A and 2B sorted in INSEE's order (+30 B).
  // Then +3 B (10,182 B): today's public holiday named in English on English pages (the English words
  // bring the names; the element only hands its words to the lazily loaded hours code).
  // Then 10,183 B: the accessibility note (French, from the data) marked lang="fr" (+13 B), paid for
  // by the sr-only " — name" after a card's links written by the element, not by a message that was
  // the same in both languages (−12 B).
  // Then +70 B (10,253 B): a département's name found from its start only ("calais" no longer finds
  // the whole Pas-de-Calais, nor "saint denis" the Seine-Saint-Denis).
  // Then +4 B (10,257 B): a département's name typed with its elision run together ("val doise",
  // "cotes darmor") found again, as before that change (a review). Then 10,257 B still: the name
  // typed with "St" ("Seine-St-Denis") found again too, paid for by one way of spelling out "st".
  // Then +1 B (10,258 B): no lookbehind in the département rule, which Safari before 16.4 cannot parse.
  // Then +66 B (10,324 B): a département's name typed with a town before or after it ("pas de calais
  // lens" found nothing since the rule above), and "belfort" finding the Territoire de Belfort.
  // Then +16 B (10,340 B): the query's words spelt out ("st" → "saint") once per search, not for each
  // structure at every keystroke (a keystroke's median 7.3 → 3.7 ms in the same hour's benches).
  // Then +19 B (10,359 B): a screen's height kept while the data comes, so that what follows does not
  // jump when the results show, with no CSS from the page (the bench's layout shift on a phone 0.117 → 0.004).
  { name: '<msp-directory> over the shared chunks', kind: 'over-shared', file: 'msp-directory.js', max: 10.36 * KB, goal: 7 * KB },
  // Raised from 5.24 for review fixes: dates the calendar does not have refused, a server that
  // never answers fails after 30 s, a missing structure-id is named, and a team moved while its
  // data was coming loads it again. Then -0.05 KB (5,434 → 5,388 B) with the directory's savings
  // in the code they share (read.ts, directory-element.ts). Then +0.21 KB (5,600 B) for a review's
  // fixes: team members left out are counted in the widget, a refused team or structure is not
  // said to be missing or "not listed yet", the filter's choice is announced with its profession,
  // a directory of two structures (one refused) asks for structure-id, and a team page speaks of
  // the team while loading or failing, not of a directory.
  // Then +56 B (5,652 B): a team given no data at all says so in the console.
  // Then +50 B (5,702 B): the inline JSON child judged once the page is read, as the directory's.
  // Then +6 B (5,707 B): a professional's note (French, from the data) marked lang="fr" for English pages.
  { name: '<msp-team> over the shared chunks', kind: 'over-shared', file: 'msp-team.js', max: 5.71 * KB },
  // Issue 6's goal (7 KB) is the budget. Review fixes (+23 B: a forced campaign whose dates are not
  // the region's is ignored; +7 B: the focus kept in the widget when the last message is hidden)
  // were paid for by the element's own members made ES private (#), whose names the minifier
  // shortens: 7,028 → 6,997 B. Visual review fix (the text over the whole width, the close button
  // over the corner, the pictogram above the title at 200 % text, no word overflowing: +21 B), paid
  // for by simpler CSS (the call to action a button in the full layout only, one rule for the rows
  // that wrap: −19 B): 6,994 → 6,996 B.
  { name: '<msp-prevention-banner> over the shared chunks', kind: 'over-shared', file: 'msp-prevention-banner.js', max: 7 * KB },
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
