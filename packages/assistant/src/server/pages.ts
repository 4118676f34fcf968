/**
 * The demo federation's content pages: each Markdown page of the knowledge base rendered as HTML at
 * its front-matter `url` (e.g. /federation/msp.html), so that the assistant's citations open real
 * pages; and /federation/ listing them. Headings carry the same ids as the chunks' anchors.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Hono, type Context } from 'hono';
import { Marked, type Tokens } from 'marked';
import { typeset } from '../client/markdown.js';
import { parseFrontMatter, slugify } from '../rag/markdown.js';

interface RenderedPage {
  url: string;
  title: string;
  html: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

// Not "fictif": the default content is about a real federation (FEMAS Hauts-de-France) and its real,
// sourced figures; what is not real is this site, which is not the federation's own.
const BANNER =
  '<p class="demo-banner" role="note">Contenu de démonstration&nbsp;: ce site présente la base de connaissances de l’assistant msp-kit. ' +
  'Ce n’est pas le site officiel de la fédération.</p>';

/** A page's summary for search engines: its first paragraph as plain text, cut at a word near 160 characters. */
function summary(markdown: string): string {
  const first = new Marked().lexer(markdown).find((token): token is Tokens.Paragraph => token.type === 'paragraph');
  const text = (first?.text ?? '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= 160 ? text : `${text.slice(0, 160).replace(/\s+\S*$/, '')}…`;
}

function layout(title: string, body: string, description: string): string {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · Fédération (démonstration) · msp-kit</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/demo.css" />
  </head>
  <body>
    ${BANNER}
    <main>
${body}
    </main>
  </body>
</html>
`;
}

function renderer(): Marked {
  const marked = new Marked();
  const seen = new Map<string, number>();
  marked.use({
    hooks: {
      preprocess(markdown: string) {
        seen.clear();
        return markdown;
      },
    },
    // French typography, as the chat shows answers: no line break before ? ! : ; » or after «,
    // which a narrow screen would otherwise leave alone at the start of a line, and the typographic
    // apostrophe. In the text only (a link's address keeps its characters).
    walkTokens(token) {
      const text = token as Tokens.Text;
      if (text.type === 'text' && !text.tokens) text.text = typeset(text.text);
    },
    renderer: {
      heading({ tokens, depth, text }) {
        const inner = this.parser.parseInline(tokens);
        if (depth === 1) return `<h1>${inner}</h1>\n`;
        const base = slugify(text);
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        const id = n ? `${base}-${n + 1}` : base;
        return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
      },
    },
  });
  return marked;
}

/** Reads and renders the Markdown pages of a content folder (recursively; README.md left out). */
export function renderContentPages(contentDir: string): RenderedPage[] {
  const marked = renderer();
  const pages: RenderedPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md') && basename(entry.name).toLowerCase() !== 'readme.md') {
        const { data, body } = parseFrontMatter(readFileSync(path, 'utf8'));
        const url = typeof data.url === 'string' ? data.url : undefined;
        const title = typeset(typeof data.title === 'string' ? data.title : basename(entry.name, '.md'));
        if (!url?.startsWith('/')) continue;
        const sources = Array.isArray(data.sources) ? data.sources : [];
        const updated = typeof data.updated === 'string' ? data.updated : undefined;
        const content = marked.parse(body, { async: false });
        const footer =
          `<footer class="page-sources"><p>` +
          (updated ? `Mis à jour le <time datetime="${escapeHtml(updated)}">${escapeHtml(updated)}</time>. ` : '') +
          (sources.length ? `Sources&nbsp;: ${sources.map(escapeHtml).join(', ')}.` : '') +
          `</p></footer>`;
        const html = layout(
          title,
          `<nav aria-label="Fil d’Ariane"><a href="/federation/">← Toutes les pages de la fédération</a></nav>\n<article>\n${content}</article>\n${footer}`,
          typeset(summary(body)),
        );
        pages.push({ url, title, html });
      }
    }
  };
  walk(contentDir);
  return pages;
}

/**
 * A handler that sends `html` with an ETag (its hash), or 304 to a browser whose copy is current:
 * the pages are rendered when the server starts, so no file date says when they changed. The tag
 * is weak: gzipped or not, HEAD or GET, it is the same page, not the same bytes.
 */
function sendPage(html: string) {
  const tag = `W/"${createHash('sha1').update(html).digest('base64url')}"`;
  return (c: Context) => {
    // What the 200 says about caching, the 304 says too (the gzip middleware adds Vary to a body only).
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Accept-Encoding');
    c.header('ETag', tag);
    const tags = (name: string) => c.req.header(name)?.split(',').map((t) => t.trim().replace(/^W\//, ''));
    // If-Match compares strongly, which a weak tag never passes; only `*` does (RFC 9110).
    const match = tags('if-match');
    if (match && !match.includes('*')) return c.body(null, 412);
    // If-None-Match compares weakly.
    const noneMatch = tags('if-none-match');
    return noneMatch?.some((t) => t === '*' || `W/${t}` === tag) ? c.body(null, 304) : c.html(html);
  };
}

/** Routes for the rendered pages and the /federation/ index. */
export function federationPages(contentDir: string): Hono {
  const app = new Hono();
  const pages = renderContentPages(contentDir);
  for (const page of pages) app.get(page.url, sendPage(page.html));
  if (pages.some((p) => p.url.startsWith('/federation/'))) {
    const list = pages
      .filter((p) => p.url.startsWith('/federation/'))
      .sort((a, b) => a.title.localeCompare(b.title, 'fr'))
      .map((p) => `        <li><a href="${escapeHtml(p.url)}">${escapeHtml(p.title)}</a></li>`)
      .join('\n');
    const index = layout(
      'Pages de la fédération',
      `<nav aria-label="Fil d’Ariane"><a href="/">← Site de la maison de santé</a></nav>\n<h1>Pages de la fédération</h1>\n<p>Les pages que cite l’assistant.</p>\n<ul>\n${list}\n</ul>`,
      'Les pages de démonstration d’une fédération de maisons de santé, que cite l’assistant de démonstration de msp-kit.',
    );
    app.get('/federation/', sendPage(index));
    app.get('/federation', (c) => c.redirect('/federation/', 301));
  }
  return app;
}
