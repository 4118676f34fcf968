/**
 * Markdown pages of the knowledge base: YAML-style front matter (the small subset the content uses:
 * `key: value`, `key: "value"`, `key: [a, b]`) and heading-aware sections as plain text, ready to be
 * quoted sentence by sentence.
 */
import type { IngestedPage, Section } from './types.js';
import { fold } from './french.js';

export class MalformedPageError extends Error {
  override name = 'MalformedPageError';
}

export type FrontMatter = Record<string, string | string[]>;

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1).replace(/\\"/g, '"');
  }
  return v;
}

/** Splits front matter from the body. A page without front matter has `{}`; an unterminated block throws. */
export function parseFrontMatter(source: string): { data: FrontMatter; body: string } {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) return { data: {}, body: text };
  const end = text.indexOf('\n---', 4);
  if (end === -1) throw new MalformedPageError('front matter opened with "---" is never closed');
  const after = text.indexOf('\n', end + 4);
  const block = text.slice(4, end);
  const body = after === -1 ? '' : text.slice(after + 1);
  const data: FrontMatter = {};
  for (const [i, rawLine] of block.split('\n').entries()) {
    const line = rawLine.trimEnd();
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match) throw new MalformedPageError(`front matter line ${i + 2} is not "key: value": ${JSON.stringify(line.slice(0, 60))}`);
    const key = match[1]!;
    const value = match[2]!.trim();
    if (value.startsWith('[')) {
      if (!value.endsWith(']')) throw new MalformedPageError(`front matter "${key}": the list is not closed with "]"`);
      data[key] = value
        .slice(1, -1)
        .split(',')
        .map((item) => unquote(item))
        .filter((item) => item.length > 0);
    } else {
      data[key] = unquote(value);
    }
  }
  return { data, body };
}

/** Fragment identifier for a heading: folded, words joined by hyphens ("Qui adhère déjà ?" → "qui-adhere-deja"). */
export function slugify(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'section'
  );
}

/** Inline Markdown to plain text: links keep their text, emphasis and code marks go, HTML tags go. */
export function inlineToText(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;

/** Makes a list item read as part of a sentence: no trailing period added, but a final item closes the sentence. */
function joinList(intro: string | undefined, items: string[]): string {
  const body = items.map((s) => s.replace(/\s*[;,.]\s*$/, '')).join(' ; ');
  if (intro !== undefined) return `${intro} ${body}.`;
  return items.map((s) => (/[.!?…]$/.test(s) ? s : `${s.replace(/\s*[;,]\s*$/, '')}.`)).join(' ');
}

/**
 * Cuts a Markdown body into sections at headings. Lists become sentences: a list introduced by a
 * paragraph ending in ":" is merged into that paragraph, so a quoted sentence keeps its items.
 */
export function markdownToSections(body: string, pageTitle: string): Section[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const sections: Section[] = [];
  const anchors = new Map<string, number>();
  const stack: { level: number; text: string }[] = [];
  let current: { heading: string; path: string[]; anchor: string; blocks: string[] } = {
    heading: pageTitle,
    path: [pageTitle],
    anchor: '',
    blocks: [],
  };
  let paragraph: string[] = [];
  let list: string[] = [];
  let inFence = false;

  const flushParagraph = () => {
    if (paragraph.length) current.blocks.push(inlineToText(paragraph.join(' ')));
    paragraph = [];
  };
  const flushList = () => {
    if (!list.length) return;
    const items = list.map(inlineToText).filter((s) => s.length > 0);
    list = [];
    if (!items.length) return;
    const last = current.blocks.at(-1);
    if (last !== undefined && /:\s*$/.test(last)) current.blocks[current.blocks.length - 1] = joinList(last, items);
    else current.blocks.push(joinList(undefined, items));
  };
  const flushSection = () => {
    flushParagraph();
    flushList();
    const text = current.blocks.filter((b) => b.length > 0).join('\n\n');
    if (text.length > 0) sections.push({ heading: current.heading, path: current.path, anchor: current.anchor, text });
  };

  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (line.trim()) paragraph.push(line.trim());
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      const text = inlineToText(heading[2]!);
      if (level === 1 && sections.length === 0 && current.blocks.length === 0 && paragraph.length === 0) {
        // The page's own title: the text below it belongs to the introduction section.
        current.heading = text;
        current.path = [text];
        continue;
      }
      flushSection();
      while (stack.length && stack.at(-1)!.level >= level) stack.pop();
      stack.push({ level, text });
      const base = slugify(text);
      const seen = anchors.get(base) ?? 0;
      anchors.set(base, seen + 1);
      current = { heading: text, path: stack.map((s) => s.text), anchor: seen ? `${base}-${seen + 1}` : base, blocks: [] };
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flushParagraph();
      list.push(item[1]!);
      continue;
    }
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    if (list.length && /^\s{2,}\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
      continue;
    }
    flushList();
    paragraph.push(line.trim().replace(/^>\s?/, ''));
  }
  flushSection();
  return sections;
}

export interface MarkdownPageOptions {
  /** Slug used when the page has no `slug` in its front matter (usually the file name). */
  slug: string;
  /** URL used when the page has no `url` in its front matter. */
  url: string;
}

/** A Markdown page with its front matter; throws {@link MalformedPageError} when it cannot be used. */
export function parseMarkdownPage(source: string, options: MarkdownPageOptions): IngestedPage {
  const { data, body } = parseFrontMatter(source);
  const str = (key: string): string | undefined => {
    const v = data[key];
    return typeof v === 'string' && v.length > 0 ? v : undefined;
  };
  const firstHeading = /^#\s+(.+)$/m.exec(body)?.[1];
  const title = str('title') ?? (firstHeading ? inlineToText(firstHeading) : undefined);
  if (!title) throw new MalformedPageError('no title (front matter "title" or a "# heading")');
  const sections = markdownToSections(body, title);
  if (!sections.some((s) => s.text.length >= 20)) throw new MalformedPageError('no text to index');
  const sources = data['sources'];
  return {
    info: {
      slug: str('slug') ?? options.slug,
      title,
      url: str('url') ?? options.url,
      ...(str('updated') ? { updated: str('updated') } : {}),
      ...(Array.isArray(sources) ? { sources } : typeof sources === 'string' && sources ? { sources: [sources] } : {}),
    },
    sections,
  };
}
