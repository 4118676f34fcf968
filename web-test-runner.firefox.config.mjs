// The browser tests in Firefox (Debian's firefox-esr), driven by puppeteer over WebDriver BiDi.
// Not part of `npm test` (CI installs only Chromium): `npm run build && npm run test:firefox`.
// Left failing by the harness, not the widgets: what needs the DevTools protocol (geolocation,
// text size, emulated media features, blocked URLs, the accessibility snapshot).
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import base, { visitorZones, visitorZoneTests } from './web-test-runner.config.mjs';
import { shiftClock } from './test/clock-shift.mjs';

/** Firefox, optionally with the visitor in another time zone. */
const firefox = (timeZone) =>
  chromeLauncher({
    // Passing puppeteer itself names the browser "Firefox" in the runner's output.
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      env: { ...process.env, MOZ_HEADLESS: '1' },
      // Chromium's default fonts (and Firefox's on Windows): on Debian, Firefox otherwise takes
      // fontconfig's DejaVu, some 28 % wider, and the tests' layouts at 200 % text measure the font.
      extraPrefsFirefox: {
        'font.name.serif.x-western': 'Times New Roman',
        'font.name.sans-serif.x-western': 'Arial',
      },
    },
    createPage: async ({ context }) => {
      const page = await context.newPage();
      // Puppeteer's BiDi keyboard knows the space bar only as ' ' (the tests press 'Space').
      for (const method of ['press', 'down', 'up']) {
        const real = page.keyboard[method].bind(page.keyboard);
        page.keyboard[method] = (key, options) => real(key === 'Space' ? ' ' : key, options);
      }
      if (timeZone) await page.emulateTimezone(timeZone);
      await shiftClock(page);
      return page;
    },
  });

export default {
  ...base,
  browsers: [firefox()],
  // Each visitor's zone, set through BiDi (the page's Intl and Date).
  groups: visitorZones.map(([name, zone]) => ({ name, files: visitorZoneTests, browsers: [firefox(zone)] })),
};
