// Pastes every widget's embed code into a real WordPress, in each way a webmaster may, then loads each
// page in Chromium and compares what every widget shows with the same code in a blank page.
// Set-up and use: docs/wordpress-check.md. No part of `npm test` (WordPress does not run in CI).
//   node --import tsx scripts/wordpress-check.ts pages     create (or update) the pages, through the REST API
//   node --import tsx scripts/wordpress-check.ts footer    the script tag once in the theme's footer
//   node --import tsx scripts/wordpress-check.ts check     load them and compare (exit 1 on a difference)
// Environment: WP (http://localhost:8088), CDN (the dist/cdn/ folder's address, http://localhost:8089/),
// WP_ADMIN and WP_RESTRICTED ("login:application password", the second an account without unfiltered_html),
// BLANK_DIR (a folder the site serves at /wp-content/uploads/msp-kit-blank/, where `check` writes the blank pages:
// Debian's /var/lib/wordpress/wp-content/uploads/msp-kit-blank).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { embedCode } from '../stories/support/embed-code.js';

const WP = process.env.WP ?? 'http://localhost:8088';
const CDN = process.env.CDN ?? 'http://localhost:8089/';
const SITE = { name: 'Maison de santé des Dunes', address: '12 rue des Oyats, 59140 Dunkerque', phone: '03 53 73 00 10', region: 'metropole', lang: 'fr' };
const SCRIPT = `<script type="module" src="${CDN}msp-widgets.js"></script>`;
const DIRECTORY_SRC = '/wp-content/uploads/annuaire.json';

/** Storybook's generator with its default controls (stories/embed-code.stories.ts). */
const generator = (tag: string, values: Record<string, string | boolean>) =>
  embedCode(tag, tag === 'msp-site' ? { ...SITE, ...values } : values, { cdnBase: CDN, site: tag === 'msp-site' ? undefined : SITE });

// Words that WordPress's filters rewrite in text (quotes, "--", "2x3", ":)", "..."): they must come through unchanged.
const directory = JSON.parse(readFileSync(new URL('../demo/data/directory.json', import.meta.url), 'utf8')) as { structures: { id: string; accessibility?: object }[] };
const inline = JSON.stringify(
  {
    ...directory,
    source: "Fédération -- exemple (c) : données 'fictives'...",
    structures: directory.structures.slice(0, 2).map((s, i) => (i ? s : { ...s, accessibility: { ...s.accessibility, note: 'Parking de 2x3 places -- côté "jardin" :)' } })),
  },
  null,
  2,
);

/** The code webmasters paste: the README's and the generator's, every widget. */
export const SNIPPETS: Record<string, string> = {
  'site-readme': `${SCRIPT}\n\n<msp-site\n  name="Maison de santé des Dunes"\n  address="12 rue des Oyats, 59140 Dunkerque"\n  phone="03 53 73 00 10"\n  show-contact\n>\n  <!-- your page content and any msp-kit widgets -->\n</msp-site>\n`,
  'site-generator': generator('msp-site', { 'show-contact': true }),
  'site-json': `${SCRIPT}\n\n<msp-site show-contact>\n  <script type="application/json">\n    { "name": "Maison de santé des Dunes", "region": "metropole", "onCallNumber": "15" }\n  </script>\n</msp-site>\n`,
  'hours-readme': `${SCRIPT}\n\n<msp-site name="Maison de santé des Dunes" address="12 rue des Oyats, 59140 Dunkerque">\n  <msp-opening-hours structured-data\n    value="Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off; Dec 24 08:00-12:00">\n    <msp-hours-service label="Prélèvements" value='Mo-Fr 07:30-09:30 open "sans rendez-vous"'></msp-hours-service>\n  </msp-opening-hours>\n</msp-site>\n`,
  'hours-generator': generator('msp-opening-hours', { value: 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off', 'structured-data': true }),
  'hours-compact': generator('msp-opening-hours', { value: 'Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00; PH off', label: 'Secrétariat', compact: true }),
  newsletter: generator('msp-newsletter', { action: '/api/newsletter', 'privacy-url': '/confidentialite' }),
  'prevention-generator': generator('msp-prevention-banner', {}),
  'prevention-events': generator('msp-prevention-banner', {
    campaign: 'mois-sans-tabac',
    events: '[{ "theme": "tabac", "title": "Atelier -- groupe de 6x2 h", "date": "2099-11-19T18:00", "place": "Salle 2" }]',
  }),
  'prevention-slot': `${SCRIPT}\n\n<msp-prevention-banner themes="vaccination tabac" campaign="mois-sans-tabac">\n  <p slot="local-events-tabac">Atelier sevrage tabagique tous les jeudis à 18 h, salle 2.</p>\n</msp-prevention-banner>\n`,
  'prevention-span': `${SCRIPT}\n\n<msp-prevention-banner themes="vaccination tabac" campaign="mois-sans-tabac">\n  <span slot="local-events-tabac">Atelier sevrage tabagique tous les jeudis à 18 h, salle 2.</span>\n</msp-prevention-banner>\n`,
  'directory-src': generator('msp-directory', { src: DIRECTORY_SRC, map: true, 'structured-data': true }),
  'directory-inline': `${SCRIPT}\n\n<msp-directory>\n  <script type="application/json">\n${inline}\n  </script>\n</msp-directory>\n`,
  'directory-inline-blank-line': `${SCRIPT}\n\n<msp-directory>\n  <script type="application/json">\n${inline.replace('\n  "structures"', '\n\n  "structures"')}\n  </script>\n</msp-directory>\n`,
  team: generator('msp-team', { src: DIRECTORY_SRC, 'structure-id': 'msp-des-dunes' }),
  'team-inline': `${SCRIPT}\n\n<msp-team structure-id="msp-des-dunes">\n  <script type="application/json">\n${inline}\n  </script>\n</msp-team>\n`,
  assistant: generator('msp-assistant', { endpoint: 'https://assistant.example.fr/api/chat', suggestions: 'Comment adhérer ? | Qu’est-ce qu’une MSP ?' }),
};

const block = (code: string) => `<!-- wp:html -->\n${code.trim()}\n<!-- /wp:html -->`;
/** The ways of pasting: a Custom HTML block (what the block editor saves), content without blocks, and the rest. */
const WAYS: Record<string, { account: 'admin' | 'restricted'; content: (code: string) => string }> = {
  block: { account: 'admin', content: block },
  classic: { account: 'admin', content: (code) => code },
  'restricted-block': { account: 'restricted', content: block },
  'restricted-classic': { account: 'restricted', content: (code) => code },
  'footer-script': { account: 'admin', content: (code) => block(code.replace(`${SCRIPT}\n\n`, '')) },
};

function auth(account: 'admin' | 'restricted'): string {
  const credentials = account === 'admin' ? process.env.WP_ADMIN : process.env.WP_RESTRICTED;
  if (!credentials) throw Error(`${account === 'admin' ? 'WP_ADMIN' : 'WP_RESTRICTED'}: missing ("login:application password")`);
  return `Basic ${Buffer.from(credentials).toString('base64')}`;
}

async function rest<T>(method: string, path: string, body?: unknown, account: 'admin' | 'restricted' = 'admin'): Promise<T> {
  const response = await fetch(`${WP}/wp-json${path}`, {
    method,
    headers: { authorization: auth(account), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  if (!response.ok) throw Error(`${method} ${path}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

async function pages(): Promise<void> {
  for (const [way, { account, content }] of Object.entries(WAYS)) {
    if (account === 'restricted' && !process.env.WP_RESTRICTED) continue;
    for (const [id, code] of Object.entries(SNIPPETS)) {
      const slug = `msp-${way}-${id}`;
      const [existing] = await rest<{ id: number }[]>('GET', `/wp/v2/pages?slug=${slug}&status=any&context=edit`);
      const page = await rest<{ link: string }>('POST', `/wp/v2/pages${existing ? `/${existing.id}` : ''}`, { slug, title: `${way} ${id}`, status: 'publish', content: content(code) }, account);
      console.log(page.link);
    }
  }
}

async function footer(): Promise<void> {
  const [theme] = await rest<[{ stylesheet: string; theme_supports: { 'block-templates'?: boolean } }]>('GET', '/wp/v2/themes?status=active');
  if (theme.theme_supports['block-templates']) {
    // A block theme: its footer template part, as the Site Editor saves it (Apparence → Éditeur → Pied de page).
    const part = await rest<{ content: { raw: string } }>('GET', `/wp/v2/template-parts/${theme.stylesheet}//footer?context=edit`);
    if (!part.content.raw.includes(SCRIPT)) await rest('POST', `/wp/v2/template-parts/${theme.stylesheet}//footer`, { content: `${part.content.raw}\n\n${block(SCRIPT)}` });
  } else {
    // A classic theme: a "HTML personnalisé" block in its first widget area (Apparence → Widgets). Looking at
    // the areas first maps the previous theme's widgets, which would otherwise move ours out of the area.
    const [area] = await rest<[{ id: string }]>('GET', '/wp/v2/sidebars');
    await rest('POST', '/wp/v2/widgets', { id_base: 'block', sidebar: area.id, instance: { raw: { content: block(SCRIPT) } } });
  }
  console.log(`script tag in the footer of ${theme.stylesheet}`);
}

interface Seen {
  widgets: { tag: string; defined: boolean; attributes: string; children: string; text: string; box: string }[];
  messages: string[];
}

async function look(browser: Browser, url: string): Promise<Seen> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  const messages: string[] = [];
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${(e as Error).message}`));
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 30_000 });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const widgets = await page.evaluate(async () => {
    const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('msp-')) as (HTMLElement & { updateComplete?: Promise<unknown> })[];
    for (const e of all) await e.updateComplete;
    return all.map((e) => ({
      tag: e.localName,
      defined: !!customElements.get(e.localName),
      attributes: [...e.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
      // Without the <br> that wpautop puts between children: the widgets show none of them (<msp-site> a blank line).
      children: [...e.children].filter((c) => c.localName !== 'br').map((c) => c.localName + (c.slot ? `[slot=${c.slot}]` : '')).join(' '),
      text: (e.shadowRoot ? [...e.shadowRoot.children].map((c) => (c as HTMLElement).innerText ?? '').join(' ') : '').replace(/\s+/g, ' ').trim(),
      box: `${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`,
    }));
  });
  await page.close();
  return { widgets, messages };
}

async function check(): Promise<number> {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  let differences = 0;
  // Each snippet alone in a blank page of the same site (a page given by request interception would count as a
  // public address, which Chromium forbids to load the files from localhost).
  const blankDir = process.env.BLANK_DIR ?? '/var/lib/wordpress/wp-content/uploads/msp-kit-blank';
  mkdirSync(blankDir, { recursive: true });
  for (const [id, code] of Object.entries(SNIPPETS))
    writeFileSync(`${blankDir}/${id}.html`, `<!doctype html>\n<html lang="fr"><meta charset="utf-8"><title>${id}</title><body>\n${code}</body></html>\n`);
  for (const [way, { account }] of Object.entries(WAYS)) {
    if (account === 'restricted' && !process.env.WP_RESTRICTED) continue;
    for (const id of Object.keys(SNIPPETS)) {
      const seen = await look(browser, `${WP}/msp-${way}-${id}/`);
      const expected = await look(browser, `${WP}/wp-content/uploads/msp-kit-blank/${id}.html`);
      const found: string[] = [];
      for (let i = 0; i < Math.max(seen.widgets.length, expected.widgets.length); i++) {
        const [a, b] = [seen.widgets[i], expected.widgets[i]];
        if (!a || !b || a.tag !== b.tag) found.push(`element ${i + 1}: ${a?.tag ?? 'none'} instead of ${b?.tag ?? 'none'}`);
        else if (!a.defined) found.push(`${a.tag} not defined`);
        else for (const key of ['attributes', 'children', 'text'] as const) if (a[key] !== b[key]) found.push(`${a.tag} ${key}: «${a[key].slice(0, 200)}» instead of «${b[key].slice(0, 200)}»`);
      }
      found.push(...seen.messages.filter((m) => !expected.messages.includes(m)).map((m) => `console ${m}`));
      if (found.length) differences++;
      console.log(`${found.length ? 'DIFF' : 'ok  '} ${way} ${id}${found.map((f) => `\n     ${f}`).join('')}`);
    }
  }
  await browser.close();
  return differences;
}

const command = process.argv[2];
if (command === 'pages') await pages();
else if (command === 'footer') await footer();
else if (command === 'check') process.exitCode = (await check()) ? 1 : 0;
else if (command) throw Error(`unknown command ${command}: pages, footer or check`);
