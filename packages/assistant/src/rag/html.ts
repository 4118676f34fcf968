/**
 * HTML pages: main-content extraction with Mozilla Readability on linkedom (navigation, headers,
 * footers and asides dropped), then the same heading-aware sections as Markdown pages.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { MalformedPageError, markdownToSections } from './markdown.js';
import type { IngestedPage } from './types.js';

export interface HtmlPageOptions {
  slug: string;
  /** The page's address; a `<link rel="canonical">` on the same origin replaces it. */
  url: string;
}

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MinimalNode>;
}

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'DD', 'DT', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'DL', 'FORM', 'FIELDSET']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'NAV']);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The article's DOM as Markdown-like text: `##` headings, paragraphs, `-` list items. */
function toMarkdown(root: MinimalNode): string {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    const text = collapse(inline);
    if (text) out.push(text, '');
    inline = '';
  };
  const walk = (node: MinimalNode) => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const heading = /^H([1-6])$/.exec(name);
    if (heading) {
      flush();
      const text = collapse(node.textContent ?? '');
      if (text) out.push(`${'#'.repeat(Math.max(2, Number(heading[1])))} ${text}`, '');
      return;
    }
    if (name === 'LI') {
      flush();
      const text = collapse(node.textContent ?? '');
      if (text) out.push(`- ${text}`);
      return;
    }
    if (name === 'UL' || name === 'OL') {
      flush();
      for (const child of Array.from(node.childNodes)) walk(child);
      out.push('');
      return;
    }
    if (name === 'BR') {
      inline += ' ';
      return;
    }
    const block = BLOCKS.has(name) || name === 'TD' || name === 'TH';
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
    else if (name === 'TD' || name === 'TH') inline += ' ';
  };
  walk(root);
  flush();
  return out.join('\n');
}

/** Parses an HTML page into sections; throws {@link MalformedPageError} when nothing readable remains. */
export function parseHtmlPage(html: string, options: HtmlPageOptions): IngestedPage {
  if (!/<(html|body|p|div|main|article|h1)\b/i.test(html)) throw new MalformedPageError('not an HTML document');
  let parsed: ReturnType<typeof parseHTML>;
  try {
    parsed = parseHTML(html);
  } catch (error) {
    throw new MalformedPageError(`unparsable HTML (${(error as Error).message})`);
  }
  const { document } = parsed;
  const docTitle = collapse(document.querySelector('title')?.textContent ?? '');
  const h1 = collapse(document.querySelector('h1')?.textContent ?? '');
  const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  let url = options.url;
  if (canonical) {
    try {
      const base = /^https?:/.test(options.url) ? new URL(options.url) : undefined;
      const resolved = new URL(canonical, base ?? 'http://local.invalid/');
      if (!base) url = resolved.origin === 'http://local.invalid' ? resolved.pathname + resolved.hash : url;
      else if (resolved.origin === base.origin) url = resolved.href;
    } catch {
      // An invalid canonical link is ignored.
    }
  }

  let article: { title?: string | null; content?: string | null } | null;
  try {
    // Readability changes the document it reads: give it its own copy.
    const copy = parseHTML(html).document;
    article = new Readability(copy, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  let markdown: string;
  if (article?.content) {
    const fragment = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body;
    markdown = toMarkdown(fragment);
  } else {
    const main = document.querySelector('main') ?? document.querySelector('article') ?? document.body;
    if (!main) throw new MalformedPageError('no <body>');
    for (const el of Array.from(main.querySelectorAll('nav, header, footer, aside, script, style'))) el.remove();
    markdown = toMarkdown(main);
  }
  const title = ogTitle || h1 || collapse(article?.title ?? '') || docTitle;
  if (!title) throw new MalformedPageError('no title (<title>, <h1> or og:title)');
  const sections = markdownToSections(markdown, title).filter((s) => !(s.heading === title && s.text === title));
  const chars = sections.reduce((n, s) => n + s.text.length, 0);
  if (chars < 40) throw new MalformedPageError('no readable main content');
  return { info: { slug: options.slug, title, url }, sections };
}
