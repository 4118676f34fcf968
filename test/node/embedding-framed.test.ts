// Drop-in embedding in a frame, as Wix shows pasted code: the code in a sandboxed iframe of another
// origin than the page (the attributes a Wix page's source shows: a page on www.example.fr, the code on
// <account>-wixsite-com.filesusr.com), in real Chromium, with the msp-kit server as the assistant's
// API and the newsletter relay, on a third origin. Everything runs on 127.0.0.1: the frame is
// loaded as http://localhost:<port>, which is another origin than the page's http://127.0.0.1:<port>.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, ElementHandle, Frame, Page } from 'puppeteer-core';
import { loadIndex } from '../../packages/assistant/src/load.js';
import { Assistant } from '../../packages/assistant/src/rag/assistant.js';
import { startApp, type RunningApp } from './fixtures/assistant/servers.js';
import { closeChromium, launchChromium, openPage, type PageLog } from './fixtures/embedding/browser.js';
import { htmlPage } from './fixtures/embedding/elements.js';
import { startServer, type StaticServer } from './fixtures/embedding/server.js';
import { BREVO_TEST_KEY, fakeBrevo } from './fixtures/fake-brevo.js';

/** The attributes of the frame Wix puts pasted code in ("Intégrer un code" → "Code"). */
const WIX_SANDBOX = 'allow-same-origin allow-forms allow-popups allow-scripts allow-pointer-lock';

/**
 * Clicks until `effect` resolves (three tries): Chromium may lose a click sent to a frame of
 * another process just after it loaded (puppeteer#12401, playwright#28023), which is no fault of
 * the widgets. An effect waits 2 s at most.
 */
async function clickUntil<T>(handle: ElementHandle | null, effect: () => Promise<T>): Promise<T> {
  assert.ok(handle, 'nothing to click');
  for (let attempt = 1; ; attempt++) {
    await handle.click();
    try {
      return await effect();
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The msp-kit server (assistant and newsletter relay), open to `allowedOrigins` only. */
async function startApi(allowedOrigins: string[], brevoUrl: string): Promise<RunningApp> {
  return startApp({
    assistant: new Assistant({ index: await loadIndex() }),
    api: { allowedOrigins, rateLimit: false, feedbackRateLimit: false },
    newsletter: {
      brevo: { apiKey: BREVO_TEST_KEY, listId: 7, templateId: 12, redirectUrl: 'https://federation.example/merci', apiUrl: brevoUrl },
      allowedOrigins,
      rateLimit: false,
      recipientLimit: false,
    },
  });
}

/** Fictional data whose web links lead to the site's landing page, each saying where it came from. */
const directory = (landing: string) => ({
  version: 1,
  updated: '2026-11-02',
  structures: [
    {
      id: 'msp-des-dunes',
      name: 'Maison de santé des Dunes (fictive)',
      kind: 'msp',
      member: true,
      address: { line1: '12 rue des Oyats', postalCode: '59140', city: 'Dunkerque', department: '59' },
      geo: { lat: 51.03, lon: 2.37 },
      phone: '03 53 73 00 10',
      email: 'contact@msp-des-dunes.example',
      website: `${landing}/landing.html?from=directory`,
      professions: [{ code: 'medecin-generaliste', count: 1 }],
      team: [{ name: 'Dr Léa Martin', profession: 'medecin-generaliste', bookingUrl: `${landing}/landing.html?from=team` }],
    },
  ],
});

/** What the webmaster pastes into Wix: absolute addresses, since relative ones would point into Wix's frame host. */
const embedCode = (origin: string, api: string, landing: string) =>
  htmlPage({
    head: `<script type="module" src="${origin}/cdn/msp-widgets.js"></script>`,
    body: `<msp-site name="Maison de santé des Dunes (fictive)" assistant-endpoint="${api}/api/chat">
<msp-directory><script type="application/json">${JSON.stringify(directory(landing))}</script></msp-directory>
<msp-team structure-id="msp-des-dunes"><script type="application/json">${JSON.stringify(directory(landing))}</script></msp-team>
<msp-newsletter action="${api}/api/newsletter" privacy-url="${landing}/landing.html?from=privacy"></msp-newsletter>
<msp-assistant></msp-assistant>
</msp-site>`,
  });

describe('drop-in embedding in a frame of another origin (Wix)', { timeout: 120_000 }, () => {
  let server: StaticServer;
  let browser: Browser;
  const brevo = fakeBrevo();
  let open: RunningApp;
  let closed: RunningApp;
  /** The frame's origin, and the page's. */
  let frameOrigin: string;
  let pageOrigin: string;

  before(async () => {
    server = await startServer();
    // The page on 127.0.0.1, where the links lead (the directory takes only web addresses with a
    // dot in their host), and the frame on localhost.
    pageOrigin = server.origin;
    frameOrigin = server.origin.replace('127.0.0.1', 'localhost');
    const brevoUrl = await brevo.listen();
    [open, closed] = await Promise.all([startApi([frameOrigin], brevoUrl), startApi([], brevoUrl)]);
    server.put('/landing.html', htmlPage({ body: '<h1>Page d’arrivée</h1>' }));
    // The links lead to the site (the page's origin), away from the frame's host, as on Wix.
    server.put('/open.html', embedCode(frameOrigin, open.base, pageOrigin));
    server.put('/closed.html', embedCode(frameOrigin, closed.base, pageOrigin));
    for (const name of ['open', 'closed']) {
      server.put(
        `/wix-${name}.html`,
        htmlPage({ body: `<h1>Un site Wix</h1><iframe title="Code intégré" style="width:900px;height:1600px" sandbox="${WIX_SANDBOX}" src="${frameOrigin}/${name}.html"></iframe>` }),
      );
    }
    // Another host's frame that lets the code ask for location.
    server.put(
      '/located.html',
      htmlPage({ body: `<iframe title="Code intégré" style="width:900px;height:1600px" allow="geolocation" src="${frameOrigin}/open.html"></iframe>` }),
    );
    browser = await launchChromium();
  });

  after(async () => {
    await closeChromium(browser);
    await Promise.all([open?.close(), closed?.close(), server?.close(), brevo.close()]);
  });

  /** The Wix-like page, and the frame with the code once the directory shows its structure. */
  async function openFramed(name: 'open' | 'closed'): Promise<{ page: Page; frame: Frame; log: PageLog }> {
    const { page, log } = await openPage(browser, `${pageOrigin}/wix-${name}.html`);
    await page.setViewport({ width: 1000, height: 1700 });
    const frame = page.frames().find((f) => f.url() === `${frameOrigin}/${name}.html`);
    assert.ok(frame, `the frame with the code: ${page.frames().map((f) => f.url()).join(', ')}`);
    await frame.waitForSelector('msp-directory >>> [part=card] [part=name]', { timeout: 10_000 });
    return { page, frame, log };
  }

  it('opens a web link in a new tab: the page stays, with the widgets in their frame', async () => {
    const { page, frame } = await openFramed('open');
    try {
      for (const [from, selector] of [
        ['directory', 'msp-directory >>> a[href*="from=directory"]'],
        ['team', 'msp-team >>> a[href*="from=team"]'],
        ['privacy', 'msp-newsletter >>> a[href*="from=privacy"]'],
      ] as const) {
        const link = await frame.waitForSelector(selector, { timeout: 5000 });
        assert.ok(link, selector);
        const opened = await clickUntil(link, () => browser.waitForTarget((target) => target.url() === `${pageOrigin}/landing.html?from=${from}`, { timeout: 2000 }));
        const tab = await opened.page();
        assert.ok(tab, `${from}: a new tab`);
        await tab.waitForFunction(() => document.querySelector('h1')?.textContent === 'Page d’arrivée', { timeout: 5000 });
        await tab.close();
        assert.equal(frame.url(), `${frameOrigin}/open.html`, `${from}: the frame still holds the widgets`);
        assert.equal(page.url(), `${pageOrigin}/wix-open.html`);
        await link.dispose();
      }
      // A phone number or an e-mail address opens the phone or mail app, not a tab. (The click is
      // cancelled by the window, after the widget has seen it, so that no app is launched.)
      const kept = await frame.evaluate(() => {
        const links = [...document.querySelector('msp-directory')!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="mailto:"], a[href^="http"]')];
        return links.map((link) => {
          window.addEventListener('click', (event) => event.preventDefault(), { once: true });
          link.click();
          const said = `${link.protocol} target="${link.target}"`;
          link.removeAttribute('target');
          return said;
        });
      });
      assert.deepEqual(kept, ['tel: target=""', 'mailto: target=""', 'http: target="_blank"']);
    } finally {
      await page.close();
    }
  });

  it('at the top of a page (no frame), the same link opens in place, as any link', async () => {
    const { page } = await openPage(browser, `${frameOrigin}/open.html`);
    try {
      const link = await page.waitForSelector('msp-directory >>> a[href*="from=directory"]', { timeout: 10_000 });
      const pages = (await browser.pages()).length;
      await Promise.all([page.waitForNavigation({ timeout: 5000 }), link!.click()]);
      assert.equal(page.url(), `${pageOrigin}/landing.html?from=directory`);
      assert.equal((await browser.pages()).length, pages, 'no new tab');
    } finally {
      await page.close();
    }
  });

  it('"Autour de moi" says that the page does not allow location (the frame has no allow="geolocation")', async () => {
    const { page, frame } = await openFramed('open');
    try {
      await clickUntil(await frame.waitForSelector('msp-directory >>> button[aria-pressed]'), () =>
        frame.waitForFunction(
          () => document.querySelector('msp-directory')?.shadowRoot?.querySelector('#geo')?.textContent?.startsWith('Cette page ne permet pas la localisation'),
          { timeout: 2000 },
        ),
      );
    } finally {
      await page.close();
    }
  });

  /** The assistant panel's shadow root, as an expression evaluated in the frame. */
  const PANEL = "document.querySelector('msp-assistant').shadowRoot.querySelector('msp-assistant-panel').shadowRoot";

  it('in a frame, a refusal is not said to be the visitor’s (Firefox and Safari refuse there without saying why)', async () => {
    const { page, log } = await openPage(browser, `${pageOrigin}/located.html`);
    try {
      await browser.defaultBrowserContext().overridePermissions(frameOrigin, []);
      const frame = page.frames().find((f) => f.url() === `${frameOrigin}/open.html`)!;
      await frame.waitForSelector('msp-directory >>> [part=card] [part=name]', { timeout: 10_000 });
      await clickUntil(await frame.waitForSelector('msp-directory >>> button[aria-pressed]'), () =>
        frame.waitForFunction(() => document.querySelector('msp-directory')?.shadowRoot?.querySelector('#geo')?.textContent?.trim(), { timeout: 2000 }),
      );
      const said = await frame.evaluate(() => document.querySelector('msp-directory')!.shadowRoot!.querySelector('#geo')!.textContent.trim());
      assert.match(said, /^La localisation n’a pas été autorisée/, `${said} ${log.warnings.join(' ')}`);
    } finally {
      await browser.defaultBrowserContext().clearPermissionOverrides();
      await page.close();
    }
  });

  /** Asks the assistant a question in the frame; resolves with the panel's text once it has answered or failed. */
  async function ask(frame: Frame, question: string): Promise<string> {
    // Opened with the keyboard, once: a click could be lost by Chromium three times in a row (CI), and
    // a click more while the panel's module downloads (the first opening) would close it.
    const launcher = await frame.waitForSelector('msp-assistant >>> [part=launcher]');
    await launcher!.press('Enter');
    const field = await frame.waitForSelector('msp-assistant >>> msp-assistant-panel >>> textarea', { timeout: 30_000 });
    await field!.type(question);
    await field!.press('Enter');
    await frame.waitForFunction(`/Sources|n’est pas ouvert|ne répond pas/.test(${PANEL}.textContent)`, { timeout: 10_000 });
    return frame.evaluate(`${PANEL}.textContent.replace(/\\s+/g, ' ')`) as Promise<string>;
  }

  /** Signs up in the frame's form; resolves with the form's status or alert text. */
  async function signUp(frame: Frame): Promise<string> {
    const email = await frame.waitForSelector('msp-newsletter >>> input[name=email]');
    await email!.type('lea.martin@example.fr');
    await clickUntil(await frame.waitForSelector('msp-newsletter >>> input[name=consent]'), () =>
      frame.waitForFunction(() => document.querySelector('msp-newsletter')?.shadowRoot?.querySelector<HTMLInputElement>('input[name=consent]')?.checked, { timeout: 2000 }),
    );
    const said = () => {
      const root = document.querySelector('msp-newsletter')!.shadowRoot!;
      return `${root.querySelector('[role=status]')?.textContent ?? ''} ${root.querySelector('[role=alert]')?.textContent ?? ''}`.trim();
    };
    // A second click while it sends sends nothing: the form cannot be sent twice.
    await clickUntil(await frame.waitForSelector('msp-newsletter >>> button[type=submit]'), () =>
      frame.waitForFunction(`(${String(said)})().length > 0`, { timeout: 2000 }),
    );
    return frame.evaluate(said);
  }

  it('with the frame’s origin in ALLOWED_ORIGINS, the assistant answers and the relay takes the sign-up', async () => {
    const { page, frame } = await openFramed('open');
    try {
      assert.match(await ask(frame, 'Comment adhérer à la fédération ?'), /Sources/);
      const calls = brevo.calls.length;
      assert.match(await signUp(frame), /Merci/);
      assert.equal(brevo.calls.length, calls + 1);
    } finally {
      await page.close();
    }
  });

  it('from an origin the server does not list: the visitor reads that the assistant is not open to this site and that the form is not set up, and the console names the origin to add', async () => {
    const { page, frame, log } = await openFramed('closed');
    try {
      const calls = brevo.calls.length;
      const answer = await ask(frame, 'Comment adhérer à la fédération ?');
      assert.match(answer, /L’assistant n’est pas ouvert à ce site/);
      assert.doesNotMatch(answer, /ne répond pas|Réessayer/, 'not a network failure, which another try would not mend');
      const form = await signUp(frame);
      assert.match(form, /pas encore configuré/);
      assert.doesNotMatch(form, /Réessayer|ALLOWED_ORIGINS/);
      assert.equal(brevo.calls.length, calls, 'nothing sent to Brevo');
      const said = [...log.warnings, ...log.errors].join('\n');
      const refusal = `Requests from ${frameOrigin} are not allowed: add this origin to ALLOWED_ORIGINS`;
      assert.ok(said.includes(`[msp-assistant] endpoint: the assistant server refused this site (origin_not_allowed): ${refusal}`), said);
      assert.match(said, /\[msp-newsletter\] action: \S+ answered HTTP 403: /);
      assert.ok(said.includes(`answered HTTP 403: ${refusal}`), said);
    } finally {
      await page.close();
    }
  });
});
