// Browser tests: real Chromium (Debian's package) through puppeteer, TypeScript compiled by esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { newsletterTestApi } from './test/browser/servers/newsletter-api.mjs';
import { assistantServer } from './test/browser/servers/assistant-server.mjs';
import { directoryTestApi } from './test/browser/servers/directory-api.mjs';
import { geolocationCommand } from './test/browser/servers/geolocation-command.mjs';
import { textSizeCommand } from './test/browser/servers/text-size-command.mjs';
import { shiftClock } from './test/clock-shift.mjs';

// As root on a machine with no network: no sandbox, no background connections.
const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Chromium, optionally with the visitor in another time zone (the page's clock, Intl and Date). */
const chromium = (timeZone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: chromeFlags,
    },
    createPage: async ({ context }) => {
      const page = await context.newPage();
      if (timeZone) await page.emulateTimezone(timeZone);
      await shiftClock(page);
      return page;
    },
  });

// Tests that must see the widgets from elsewhere in the world: run once per visitor time zone
// (group name, IANA zone), in every browser's config.
export const visitorZoneTests = 'test/browser/visitor-zone/**/*.test.ts';
export const visitorZones = [
  ['visitor-in-new-york', 'America/New_York'],
  ['visitor-in-auckland', 'Pacific/Auckland'],
];

/** Adds one closing line over every group: "browser tests: N passed, N failed" (npm test reads it). */
function totalsReporter() {
  let passed = 0;
  let failed = 0;
  const count = (suite) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) continue;
      if (test.passed) passed++;
      else failed++;
    }
    for (const child of suite?.suites ?? []) count(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      passed = 0;
      failed = 0;
      for (const session of sessions) {
        count(session.testResults);
        // A file that failed to load has no results but errors: count it as a failure.
        if (!session.testResults && session.errors?.length) failed++;
      }
    },
    stop() {
      console.log(`browser tests: ${passed} passed, ${failed} failed`);
    },
  };
}

export default {
  files: ['test/browser/**/*.test.ts', `!${visitorZoneTests}`],
  // Lit's production build: no dev-mode warnings, the code visitors run.
  nodeResolve: { exportConditions: ['production'] },
  // assistantServer(): the real assistant server on 127.0.0.1, started and stopped by the chat tests;
  // geolocationCommand(): Chromium's geolocation granted, unavailable or refused, for "Autour de moi";
  // textSizeCommand(): the browser's default text size (200 % text).
  // a11ySnapshotPlugin(): a11ySnapshot(), the accessibility tree as Chromium exposes it (names of controls).
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    assistantServer(),
    geolocationCommand(),
    textSizeCommand(),
    a11ySnapshotPlugin(),
  ],
  // Local stand-ins for the providers the widgets talk to (same origin, real HTTP).
  middleware: [newsletterTestApi, directoryTestApi],
  browsers: [chromium()],
  groups: visitorZones.map(([name, zone]) => ({ name, files: visitorZoneTests, browsers: [chromium(zone)] })),
  reporters: [defaultReporter(), totalsReporter()],
  // One page at a time: headless Chromium gives no animation frames to a page in the background,
  // and fixtures wait for one.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
