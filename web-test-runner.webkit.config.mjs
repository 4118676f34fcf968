// Browser tests in WebKit (Safari's engine): WebKitGTK's MiniBrowser driven by WebKitWebDriver
// (Debian: `apt-get install webkit2gtk-driver xvfb fonts-liberation`). Not part of `npm test` (CI
// installs Chromium only): `npm run test:webkit`. Same files, servers and middleware as the Chromium config; the
// commands that need Chromium's DevTools protocol (geolocation, text size, accessibility snapshot,
// emulated media, blocked URLs, MSP_TEST_NOW) fail in the tests that use them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import baseConfig, { visitorZones, visitorZoneTests } from './web-test-runner.config.mjs';

const miniBrowser = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const driverPath = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
for (const file of [miniBrowser, driverPath]) {
  if (!existsSync(file)) throw new Error(`${file} not found: apt-get install webkit2gtk-driver xvfb fonts-liberation`);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// WebKitGTK needs a display: a virtual one unless the shell has one.
const children = [];
const env = { ...process.env };
if (!env.DISPLAY) {
  const display = `:${90 + (process.pid % 900)}`;
  children.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
  env.DISPLAY = display;
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** One WebKitWebDriver (it drives one browser), its MiniBrowser in `timeZone` if given. */
async function webkit(timeZone) {
  const port = await freePort();
  children.push(spawn(driverPath, [`--port=${port}`], { env, stdio: 'ignore' }));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver refuses a session that asks for WebDriver BiDi (webdriverio's default).
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: miniBrowser,
        args: [
          '--automation',
          // Safari's default fonts (Times, Helvetica, Courier) by their metric twins, as Chromium
          // has them here: WebKitGTK's own default, DejaVu, is a quarter wider and would fail the
          // layout tests at 200 % text for a reason no Safari has.
          '--default-font-family=Liberation Serif',
          '--serif-font-family=Liberation Serif',
          '--sans-serif-font-family=Liberation Sans',
          '--monospace-font-family=Liberation Mono',
          ...(timeZone ? [`--time-zone=${timeZone}`] : []),
        ],
      },
    },
  });
}

const stopChildren = () => {
  for (const child of children) child.kill();
};
process.once('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stopChildren(), process.exit(130)));

// WebDriver's codes for the named keys the tests press (https://w3c.github.io/webdriver/#keyboard-actions).
const keyCodes = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Delete: '\uE017',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};
const keyCode = (name) => keyCodes[name] ?? name;

/** Sizes the window so that the page's viewport is the one asked (its frame and toolbar take the rest). */
async function resize(driver, { width, height }) {
  const before = await driver.getWindowRect();
  for (let attempt = 0; attempt < 4; attempt++) {
    const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    if (innerWidth === width && innerHeight === height) return true;
    const rect = await driver.getWindowRect();
    await driver.setWindowRect(null, null, rect.width + width - innerWidth, rect.height + height - innerHeight);
  }
  // MiniBrowser's toolbar gives its window a minimum width (about 450 px). The window is put back
  // as it was, since a test that fails here does not reach its own `finally` that would.
  await driver.setWindowRect(null, null, before.width, before.height);
  throw new Error(`set-viewport: MiniBrowser's window cannot give a ${width}×${height} viewport`);
}

/**
 * sendKeys() through explicit key-down/key-up pairs: webdriverio's keys(), which web-test-runner
 * uses, loses repeated letters and spaces in WebKitWebDriver ("Comment adhérer à" arrives as
 * "Coment adhéreràla"). Also "down" and "up", which the built-in command refuses for WebDriver.
 */
async function sendKeys(driver, payload) {
  let actions;
  if ('type' in payload) actions = [...payload.type].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
  else if ('press' in payload) {
    const keys = payload.press.split(/\+(?=.)/).map(keyCode);
    actions = [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))];
  } else if ('down' in payload) actions = [{ type: 'keyDown', value: keyCode(payload.down) }];
  else if ('up' in payload) actions = [{ type: 'keyUp', value: keyCode(payload.up) }];
  else return undefined;
  await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  return true;
}

/**
 * setViewport() and sendKeys() for WebDriver, in our own way (see above). The built-in commands run
 * before any plugin of ours, so they are wrapped once the server starts.
 */
function webdriverCommands() {
  // plugin → [its command, ours]
  const ours = { 'set-viewport-command': ['set-viewport', resize], 'send-keys-command': ['send-keys', sendKeys] };
  return {
    name: 'msp-webdriver-commands',
    serverStart({ config }) {
      for (const plugin of config.plugins) {
        if (!ours[plugin.name]) continue;
        const [command, replacement] = ours[plugin.name];
        const original = plugin.executeCommand;
        plugin.executeCommand = async (args) =>
          (args.command === command &&
            args.session.browser.type === 'webdriver' &&
            (await replacement(args.session.browser.driver, args.payload))) ||
          original.call(plugin, args);
      }
    },
  };
}

export default {
  ...baseConfig,
  plugins: [webdriverCommands(), ...baseConfig.plugins],
  browsers: [await webkit()],
  groups: await Promise.all(visitorZones.map(async ([name, zone]) => ({ name, files: visitorZoneTests, browsers: [await webkit(zone)] }))),
  // WebDriver round trips are slower than Puppeteer's.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 3 * 60 * 1000,
};
