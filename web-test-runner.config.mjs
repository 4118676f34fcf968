// Browser tests: real Chromium (Debian's package) through puppeteer, TypeScript compiled by esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { newsletterTestApi } from './test/browser/servers/newsletter-api.mjs';

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

export default {
  files: ['test/browser/**/*.test.ts'],
  // Lit's production build: no dev-mode warnings, the code visitors run.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  // Local stand-ins for the providers the widgets talk to (same origin, real HTTP).
  middleware: [newsletterTestApi],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromeFlags,
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
};
