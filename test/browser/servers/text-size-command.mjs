// A web-test-runner command that sets Chromium's default text size, as a visitor does in the
// browser's settings (200 %: 32 px rather than 16 px), through puppeteer and the DevTools protocol.
// Unlike a font size set on the page, it also moves the breakpoints of media queries in em.
//   await executeServerCommand('text-size', { percent: 200 })
//   await executeServerCommand('text-size', { percent: 100 })   // back to the default

import { cdpSessionOf } from './cdp-session.mjs';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function textSizeCommand() {
  return {
    name: 'msp-text-size',
    async executeCommand({ command, payload, session }) {
      if (command !== 'text-size') return undefined;
      /** @type {import('puppeteer-core').Page} */
      const page = session.browser.getPage(session.id);
      const cdp = await cdpSessionOf(page);
      const scale = payload.percent / 100;
      // Chromium's defaults: 16 px, and 13 px for monospace.
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: Math.round(16 * scale), fixed: Math.round(13 * scale) } });
      return true;
    },
  };
}
