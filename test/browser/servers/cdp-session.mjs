// The DevTools protocol session of a test page, one per page and kept open, shared by the test
// runner's commands: an override (a position, a text size) ends with the session that set it.

/** @type {WeakMap<import('puppeteer-core').Page, Promise<import('puppeteer-core').CDPSession>>} */
const sessions = new WeakMap();

/**
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<import('puppeteer-core').CDPSession>}
 */
export function cdpSessionOf(page) {
  let cdp = sessions.get(page);
  if (!cdp) sessions.set(page, (cdp = page.createCDPSession()));
  return cdp;
}
