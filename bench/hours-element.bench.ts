// Benchmark of <msp-opening-hours> in Chromium, as a visitor's browser meets it: the demo's
// block (the centre's hours and two services, with JSON-LD) rendered on a page just loaded, so
// that the page's own caches (time-zone offsets, the engine's days, date formatters) start cold,
// Chromium's (HTTP, compiled code) warmed by a first page as a returning visitor's. Measured
// at full speed and on a phone's CPU (4× slowdown through the DevTools protocol, as Lighthouse's
// mobile profile): the time from inserting the markup to the block laid out, and the longest task.
// The element is bundled as shipped (esbuild, minified, Lit's production build) and served from
// 127.0.0.1; Chromium is driven with puppeteer-core. Writes bench/results/hours-element.json and .md.
// Run: node --import tsx bench/hours-element.bench.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { benchFiles, launchChromium, median, serveBenchFiles } from './in-chromium.js';

const RUNS = 15;
const RATES = [1, 4];
/** A fixed instant (a preview, `at`), so that every run sees the same days: Christmas ahead. */
const AT = '2026-12-21T18:30+01:00';
const MARKUP = `<msp-opening-hours structured-data at="${AT}" value="Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off; Dec 24,Dec 31 08:00-12:00">
  <msp-hours-service label="Prélèvements" value='Mo-Fr 07:30-09:30 open "sans rendez-vous"'></msp-hours-service>
  <msp-hours-service label="Soins non programmés" value="Mo-Fr 17:00-19:00; Sa 09:00-12:00; PH off"></msp-hours-service>
</msp-opening-hours>`;

const page = `
import '/msp-opening-hours.js';
window.tasks = [];
new PerformanceObserver((l) => window.tasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
window.render = async () => {
  const start = performance.now();
  document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(MARKUP)});
  const el = document.querySelector('msp-opening-hours');
  for (let i = 0; i < 5; i++) await el.updateComplete;
  const rows = el.shadowRoot.querySelectorAll('[part=week] tbody tr').length;
  if (rows !== 21) throw new Error('expected three weeks of seven days, got ' + rows + ' rows');
  if (!el.shadowRoot.querySelector('[part=exceptions] li')) throw new Error('no coming exceptions rendered');
  el.getBoundingClientRect();
  document.body.offsetHeight;
  return performance.now() - start;
};
`;
const files = await benchFiles({ 'msp-opening-hours': 'packages/widgets/src/hours/msp-opening-hours.ts' }, page);
const { origin, server } = await serveBenchFiles(files);

const browser = await launchChromium();
const round = (n: number) => Math.round(n * 10) / 10;
type BenchWindow = { render(): Promise<number>; tasks: number[] };
try {
  const rows: { rate: number; runs: number; renderMedianMs: number; longestTaskMedianMs: number }[] = [];
  for (const rate of RATES) {
    const renders: number[] = [];
    const tasks: number[] = [];
    // One run more: the first page of each rate warms Chromium's own caches (the HTTP cache,
    // compiled code), as a returning visitor's browser would have them.
    for (let i = 0; i <= RUNS; i++) {
      const tab = await browser.newPage();
      const cdp = await tab.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await tab.goto(origin, { waitUntil: 'load' });
      await tab.waitForFunction(() => customElements.get('msp-opening-hours') && 'render' in window);
      const ms = await tab.evaluate(() => (window as unknown as BenchWindow).render());
      await new Promise((resolve) => setTimeout(resolve, 100));
      const longest = Math.max(0, ...(await tab.evaluate(() => (window as unknown as BenchWindow).tasks)));
      await tab.close();
      if (i === 0) continue;
      renders.push(ms);
      tasks.push(longest);
    }
    rows.push({ rate, runs: renders.length, renderMedianMs: round(median(renders)), longestTaskMedianMs: round(median(tasks)) });
  }
  const results = { date: new Date().toISOString(), chromium: await browser.version(), node: process.version, at: AT, rows };
  const md = `# <msp-opening-hours> in Chromium, on a page just loaded

${results.chromium}, Node ${results.node}, ${results.date}, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} on ${cpus().length} CPUs. Element bundled with esbuild (minified, Lit production build).
The demo's block: the centre's hours and two services (three weeks, coming exceptions, JSON-LD), shown at ${AT}, on a new page each run (the page's caches cold, the browser's HTTP and code caches warm);
from inserting the markup to the block laid out. Median of ${RUNS} runs. A task over 50 ms delays the page's answer to a tap.

| CPU | render (ms) | longest task (ms) |
|---|---:|---:|
${rows.map((r) => `| ${r.rate === 1 ? 'this machine' : `${r.rate}× slower (a phone)`} | ${r.renderMedianMs} | ${r.longestTaskMedianMs} |`).join('\n')}
`;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/hours-element.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('bench/results/hours-element.md', md);
  console.log(md);
} finally {
  await browser.close();
  server.close();
}
