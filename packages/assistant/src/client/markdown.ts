/**
 * A safe Markdown subset for the assistant's answers, parsed into plain data (no DOM, no HTML
 * strings): paragraphs with line breaks, bullet and numbered lists, emphasis, links and numbered
 * citations. The panel turns the result into Lit templates, so every text is escaped by Lit and no
 * HTML from an answer ever reaches the page. Links keep only http(s), `mailto:` and `tel:` URLs;
 * any other link is shown as its text. Pure module, tested in Node.
 *
 *   paragraphs   blank line between them; a single newline is a line break
 *   lists        `- item`, `* item`, `+ item`, `1. item` / `1) item`; indented lines continue an item
 *   emphasis     `*em*`, `_em_`, `**strong**`, `__strong__`
 *   links        `[text](https://…)`, `<https://…>`, bare `https://…`
 *   citations    `[1]`, `[1, 2]` (the sources' numbers)
 *   headings     `# Title` becomes a strong paragraph; `\` escapes punctuation; raw HTML is text.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'br' }
  | { type: 'em' | 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'cite'; n: number };

export type Block =
  | { type: 'p'; children: Inline[] }
  | { type: 'ul'; items: Inline[][] }
  | { type: 'ol'; start: number; items: Inline[][] };

export interface MarkdownOptions {
  /** Base URL for relative links (the page the chat is on); without it, relative links are text. */
  base?: string;
}

const SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];

/** An absolute URL for `href` when its scheme is http(s), `mailto:` or `tel:`; otherwise `undefined`. */
export function safeHref(href: string, base?: string): string | undefined {
  const value = href.trim();
  if (!value || /[\s<>"`]/.test(value)) return undefined;
  try {
    const url = new URL(value, base);
    return SCHEMES.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const LIST_ITEM = /^ {0,3}(?:([-*+])|(\d{1,9})[.)])[ \t]+(.*)$/;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/;
const CITATIONS = /^\[(\d{1,3}(?:[ \t]*,[ \t]*\d{1,3})*)\](?!\()/;
const ESCAPABLE = /[\\`*_{}[\]()#+\-.!<>|~]/;
const BARE_URL = /^(?:https?:\/\/|mailto:)[^\s<>"]+/i;

/** Parses an answer into blocks. Unfinished syntax (while streaming) is shown as text. */
export function parseMarkdown(source: string, options: MarkdownOptions = {}): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; marker: string; start: number; items: string[] } | undefined;

  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'p', children: parseInline(paragraph.join('\n'), options) });
    paragraph = [];
  };
  const flushList = () => {
    if (!list) return;
    const items = list.items.map((item) => parseInline(item, options));
    blocks.push(list.ordered ? { type: 'ol', start: list.start, items } : { type: 'ul', items });
    list = undefined;
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) {
      flushParagraph();
      flushList();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flushParagraph();
      const ordered = item[2] !== undefined;
      const marker = item[1] ?? '.';
      if (!list || list.ordered !== ordered || (!ordered && list.marker !== marker)) {
        flushList();
        list = { ordered, marker, start: ordered ? Number(item[2]) : 1, items: [] };
      }
      list.items.push(item[3] ?? '');
      continue;
    }
    if (list && /^[ \t]{2,}\S/.test(line)) {
      // An indented line continues the last item.
      list.items[list.items.length - 1] += `\n${line.trim()}`;
      continue;
    }
    flushList();
    const heading = HEADING.exec(line);
    if (heading) {
      flushParagraph();
      blocks.push({ type: 'p', children: [{ type: 'strong', children: parseInline(heading[1] ?? '', options) }] });
      continue;
    }
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return blocks;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/** Index of the `]` closing the `[` at `open`, counting nested brackets; -1 if none. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the `)` closing the `(` at `open` (balanced parentheses, as in URLs), or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
    else if (ch === '\n') return -1;
  }
  return -1;
}

/** Where an emphasis run of `delimiter` opened at `from` closes, or -1. */
function closingDelimiter(text: string, from: number, delimiter: string): number {
  let i = from;
  while ((i = text.indexOf(delimiter, i)) !== -1) {
    // In a run such as `***`, a double delimiter closes on its last two characters (`**a *b***`).
    if (delimiter.length === 2) while (text[i + 2] === delimiter[0]) i++;
    const before = text[i - 1];
    const after = text[i + delimiter.length];
    const escaped = before === '\\';
    // A closer follows a non-space; `_` must not be inside a word (snake_case stays as is);
    // a single `*` must not be half of a `**`.
    if (
      i > from &&
      !escaped &&
      !isSpace(before) &&
      !(delimiter[0] === '_' && isWordChar(after)) &&
      !(delimiter === '*' && (after === '*' || before === '*'))
    ) {
      return i;
    }
    i += delimiter.length;
  }
  return -1;
}

/** Parses one paragraph or list item's text into inline nodes (links are never nested). */
export function parseInline(text: string, options: MarkdownOptions = {}, inLink = false): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const pushText = (value: string) => {
    buffer += value;
  };
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  const push = (node: Inline) => {
    flush();
    out.push(node);
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const rest = text.slice(i);

    if (ch === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1]!)) {
      pushText(text[i + 1]!);
      i += 2;
      continue;
    }
    if (ch === '\n') {
      push({ type: 'br' });
      i++;
      continue;
    }

    if (ch === '[') {
      const cites = CITATIONS.exec(rest);
      if (cites) {
        for (const n of (cites[1] ?? '').split(',')) push({ type: 'cite', n: Number(n.trim()) });
        i += cites[0].length;
        continue;
      }
      const close = closingBracket(text, i);
      if (!inLink && close !== -1 && text[close + 1] === '(') {
        const end = closingParen(text, close + 1);
        if (end !== -1) {
          const target = text.slice(close + 2, end).trim();
          const url = target.startsWith('<') && target.endsWith('>') ? target.slice(1, -1) : target.split(/\s+/)[0] ?? '';
          const label = text.slice(i + 1, close);
          const href = safeHref(url, options.base);
          const children = parseInline(label, options, true);
          if (href) {
            push({ type: 'link', href, children });
          } else {
            // An unsafe link shows its text only.
            for (const child of children) {
              if (child.type === 'text') pushText(child.text);
              else push(child);
            }
          }
          i = end + 1;
          continue;
        }
      }
    }

    if (ch === '<' && !inLink) {
      const end = text.indexOf('>', i);
      const inner = end === -1 ? '' : text.slice(i + 1, end);
      const href = inner && BARE_URL.test(inner) ? safeHref(inner) : undefined;
      if (href) {
        push({ type: 'link', href, children: [{ type: 'text', text: inner }] });
        i = end + 1;
        continue;
      }
    }

    if ((ch === 'h' || ch === 'H' || ch === 'm' || ch === 'M') && !inLink && !isWordChar(text[i - 1])) {
      const match = BARE_URL.exec(rest);
      if (match) {
        // Sentence punctuation after a bare URL is not part of it.
        const url = match[0].replace(/[.,;:!?»)'\]]+$/, '');
        const href = safeHref(url);
        if (href && url.length > 8) {
          push({ type: 'link', href, children: [{ type: 'text', text: url }] });
          i += url.length;
          continue;
        }
      }
    }

    if (ch === '*' || ch === '_') {
      const double = text[i + 1] === ch;
      const delimiter = double ? ch + ch : ch;
      const after = text[i + delimiter.length];
      const leftFlanking = !isSpace(after) && !(ch === '_' && isWordChar(text[i - 1]));
      if (leftFlanking) {
        const close = closingDelimiter(text, i + delimiter.length, delimiter);
        if (close !== -1) {
          push({
            type: double ? 'strong' : 'em',
            children: parseInline(text.slice(i + delimiter.length, close), options, inLink),
          });
          i = close + delimiter.length;
          continue;
        }
      }
      pushText(delimiter);
      i += delimiter.length;
      continue;
    }

    pushText(ch);
    i++;
  }
  flush();
  return out;
}

function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((node) =>
      node.type === 'text' ? node.text : node.type === 'br' ? ' ' : node.type === 'cite' ? '' : inlineText(node.children),
    )
    .join('');
}

/** The answer as plain text (no citations, links as their text), for a screen-reader announcement. */
export function plainText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => (block.type === 'p' ? inlineText(block.children) : block.items.map(inlineText).join(' ; ')))
    // A removed citation leaves a space before a full stop or comma ("la fédération [1]." → "la fédération.").
    .map((line) => line.replace(/\s+/g, ' ').replace(/ ([.,])/g, '$1').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * A no-break space before ? ! : ; » and after «, so that no line of a narrow panel starts with
 * them. Only a space already there becomes a no-break one: English text, without it, is unchanged.
 */
export const frenchSpaces = (text: string): string => text.replace(/ ([?!:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');

/**
 * French typography for what is shown (the pages keep the straight apostrophe their search reads):
 * {@link frenchSpaces}, and the typographic apostrophe between letters (l’équipe, it’s).
 */
export const typeset = (text: string): string => frenchSpaces(text).replace(/(\p{L})'(?=\p{L})/gu, '$1’');

/** The citation numbers an answer's text refers to, in order of first use. */
export function citedNumbers(blocks: readonly Block[]): number[] {
  const seen: number[] = [];
  const visit = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'cite') {
        if (!seen.includes(node.n)) seen.push(node.n);
      } else if (node.type === 'em' || node.type === 'strong' || node.type === 'link') visit(node.children);
    }
  };
  for (const block of blocks) (block.type === 'p' ? [block.children] : block.items).forEach(visit);
  return seen;
}
