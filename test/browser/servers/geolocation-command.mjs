// A web-test-runner command that puts Chromium's own geolocation in a given state, through
// puppeteer and the DevTools protocol, as a visitor's browser would be: the permission granted
// with a position, granted with no position to be had, or refused. The widget's code runs
// untouched (navigator.geolocation is the browser's).
//   await executeServerCommand('geolocation', { permission: 'granted', position: { latitude, longitude } })
//   await executeServerCommand('geolocation', { permission: 'granted', position: null })   // unavailable
//   await executeServerCommand('geolocation', { permission: 'denied' })
//   await executeServerCommand('geolocation', { permission: 'prompt' })                     // back to the default

import { cdpSessionOf } from './cdp-session.mjs';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function geolocationCommand() {
  return {
    name: 'msp-geolocation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'geolocation') return undefined;
      /** @type {import('puppeteer-core').Page} */
      const page = session.browser.getPage(session.id);
      const origin = new URL(page.url()).origin;
      const { permission, position } = payload;
      await page.browserContext().setPermission(origin, { permission: { name: 'geolocation' }, state: permission });
      const cdp = await cdpSessionOf(page);
      if (position) await cdp.send('Emulation.setGeolocationOverride', { ...position, accuracy: 10 });
      // No coordinates: the protocol's way to say that no position can be had.
      else if (position === null) await cdp.send('Emulation.setGeolocationOverride', {});
      else await cdp.send('Emulation.clearGeolocationOverride');
      return true;
    },
  };
}
