/**
 * Ingestion: Markdown folders and files, HTML files, single web pages and whole sites from their
 * sitemap.xml (same origin only, robots.txt respected, 2 requests at a time). Malformed pages are
 * reported and skipped; they never stop the run.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ZodType } from 'zod';
import { parseHtmlPage } from './html.js';
import { MalformedPageError, parseMarkdownPage } from './markdown.js';
import { faqFileSchema, KnowledgeIndex, siteFileSchema } from './knowledge-index.js';
import type { SiteProfile } from './synonyms.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules } from './robots.js';
import type { FaqEntry, IngestedPage, SkippedInput } from './types.js';

export const USER_AGENT = 'msp-assistant/0.1 (+https://github.com/msp-kit)';

export interface IngestOptions {
  /** FAQ file to include; `false` for none. Default: a `faq.json` at the root of an input folder. */
  faq?: string | false;
  /**
   * The federation's profile (its names, its region, its contact page); `false` for none. Default: a
   * `federation.json` at the root of an input folder.
   */
  site?: string | false;
  /** Prefix of the URLs of local pages without a `url` in their front matter (default: site-relative paths). */
  baseUrl?: string;
  /** Simultaneous requests to a site (default 2). */
  concurrency?: number;
  /** Timeout per request in ms (default 10,000). */
  timeoutMs?: number;
  /** Most pages read from one sitemap (default 1,000). */
  maxPages?: number;
  /** Called with a short line per step (pages read, pages skipped). */
  onProgress?: (line: string) => void;
}

export interface IngestResult {
  pages: IngestedPage[];
  skipped: SkippedInput[];
  faq: FaqEntry[];
  /** Where the FAQ came from, if any. */
  faqSource?: string;
  /** What the content says of its federation, if it says it. */
  site?: SiteProfile;
  warnings: string[];
}

const MAX_BYTES = 5 * 1024 * 1024;

function errorReason(error: unknown): string {
  if (error instanceof MalformedPageError) return error.message;
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
    const cause = (error as Error & { cause?: { code?: string } }).cause;
    return cause?.code ? `${error.message} (${cause.code})` : error.message;
  }
  return String(error);
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function localUrl(rel: string, baseUrl: string | undefined): string {
  const path = rel.split(sep).join('/').replace(/\.(md|markdown)$/i, '.html');
  return baseUrl ? `${baseUrl.replace(/\/+$/, '')}/${path}` : `/${path}`;
}

function readLocalPage(path: string, root: string, options: IngestOptions): IngestedPage {
  const ext = extname(path).toLowerCase();
  const rel = relative(root, path) || basename(path);
  const slug = basename(path, extname(path));
  const source = readFileSync(path, 'utf8');
  if (source.includes('\u0000')) throw new MalformedPageError('binary file');
  const url = localUrl(rel, options.baseUrl);
  if (ext === '.md' || ext === '.markdown') return parseMarkdownPage(source, { slug, url });
  return parseHtmlPage(source, { slug, url });
}

/** A JSON file of the content folder read with its schema; errors name the file, what it is and the field. */
function readJson<T>(path: string, what: string, schema: ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${what} ${path}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${what} ${path}: ${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}

function readSite(path: string): SiteProfile {
  const { names, regions, contact } = readJson(path, 'federation profile', siteFileSchema);
  return { names, ...(regions ? { regions } : {}), ...(contact ? { contact } : {}) };
}

const readFaq = (path: string): FaqEntry[] => readJson(path, 'FAQ', faqFileSchema).entries;

/** Runs `task` on every item, at most `concurrency` at a time, in order of the list. */
async function pool<T>(items: readonly T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

async function fetchText(url: string, options: IngestOptions, accept: string): Promise<Response> {
  return fetch(url, {
    headers: { 'user-agent': USER_AGENT, accept },
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    redirect: 'follow',
  });
}

async function readBody(response: Response): Promise<string> {
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new MalformedPageError(`too large (${length} bytes)`);
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new MalformedPageError('too large');
  return text;
}

async function loadRobots(origin: string, options: IngestOptions): Promise<{ rules: RobotsRules; note?: string }> {
  try {
    const response = await fetchText(`${origin}/robots.txt`, options, 'text/plain');
    if (response.ok) return { rules: parseRobots(await readBody(response), 'msp-assistant') };
    if (response.status >= 400 && response.status < 500) return { rules: ALLOW_ALL };
    return { rules: DISALLOW_ALL, note: `robots.txt answered HTTP ${response.status}: nothing crawled (RFC 9309)` };
  } catch (error) {
    return { rules: DISALLOW_ALL, note: `robots.txt unreachable (${errorReason(error)}): nothing crawled (RFC 9309)` };
  }
}

function decodeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

function isSitemap(text: string): boolean {
  return /<(?:[\w-]+:)?(urlset|sitemapindex)\b/.test(text.slice(0, 2000));
}

function slugFromUrl(url: URL, used: Set<string>): string {
  const last = url.pathname.split('/').filter(Boolean).at(-1) ?? 'index';
  const base = last.replace(/\.[a-z0-9]+$/i, '') || 'index';
  let slug = base;
  for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
  used.add(slug);
  return slug;
}

class Crawl {
  readonly pages: IngestedPage[] = [];
  readonly skipped: SkippedInput[] = [];
  readonly warnings: string[] = [];
  private readonly slugs = new Set<string>();
  private readonly seen = new Set<string>();

  constructor(private readonly options: IngestOptions) {}

  private progress(line: string) {
    this.options.onProgress?.(line);
  }

  skip(source: string, reason: string) {
    this.skipped.push({ source, reason });
    this.progress(`skipped ${source}: ${reason}`);
  }

  async page(url: URL): Promise<void> {
    const href = url.href;
    try {
      const response = await fetchText(href, this.options, 'text/html,application/xhtml+xml');
      if (!response.ok) return this.skip(href, `HTTP ${response.status}`);
      if (response.url && new URL(response.url).origin !== url.origin) return this.skip(href, `redirected to another origin (${new URL(response.url).origin})`);
      const type = response.headers.get('content-type') ?? '';
      if (type && !/html/i.test(type)) return this.skip(href, `not an HTML page (${type.split(';')[0]})`);
      const html = await readBody(response);
      const page = parseHtmlPage(html, { slug: slugFromUrl(url, this.slugs), url: href });
      this.pages.push(page);
      this.progress(`read ${href}`);
    } catch (error) {
      this.skip(href, errorReason(error));
    }
  }

  /** Reads a sitemap (or sitemap index) and the pages it lists, on the sitemap's origin only. */
  async sitemap(url: URL, robots: RobotsRules, text: string, depth = 0): Promise<void> {
    const locs = [...text.matchAll(/<(?:[\w-]+:)?loc>([\s\S]*?)<\/(?:[\w-]+:)?loc>/g)].map((m) => decodeXml(m[1]!));
    if (locs.length === 0) return this.skip(url.href, 'sitemap lists no <loc>');
    const isIndex = /<(?:[\w-]+:)?sitemapindex\b/.test(text);
    const targets: URL[] = [];
    for (const loc of locs) {
      let target: URL;
      try {
        target = new URL(loc, url);
      } catch {
        this.skip(loc, 'invalid URL in sitemap');
        continue;
      }
      target.hash = '';
      if (target.origin !== url.origin) {
        this.skip(target.href, `other origin than the sitemap (${url.origin})`);
        continue;
      }
      if (!robots.allowed(target.pathname + target.search)) {
        this.skip(target.href, 'disallowed by robots.txt');
        continue;
      }
      if (this.seen.has(target.href)) continue;
      this.seen.add(target.href);
      targets.push(target);
    }
    if (isIndex) {
      if (depth >= 2) return this.skip(url.href, 'sitemap index nested too deeply');
      for (const child of targets) {
        try {
          const response = await fetchText(child.href, this.options, 'application/xml,text/xml');
          if (!response.ok) {
            this.skip(child.href, `HTTP ${response.status}`);
            continue;
          }
          const body = await readBody(response);
          if (!isSitemap(body)) {
            this.skip(child.href, 'not a sitemap');
            continue;
          }
          await this.sitemap(child, robots, body, depth + 1);
        } catch (error) {
          this.skip(child.href, errorReason(error));
        }
      }
      return;
    }
    const max = this.options.maxPages ?? 1000;
    const budget = Math.max(0, max - this.pages.length);
    if (targets.length > budget) this.warnings.push(`${url.href}: ${targets.length - budget} pages beyond --max-pages ${max} not read`);
    await pool(targets.slice(0, budget), this.options.concurrency ?? 2, (target) => this.page(target));
  }

  /** A URL given on the command line: a sitemap, or one page. */
  async url(input: string): Promise<void> {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return this.skip(input, 'invalid URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return this.skip(input, 'only http and https URLs can be read');
    const { rules, note } = await loadRobots(url.origin, this.options);
    if (note) this.warnings.push(`${url.origin}: ${note}`);
    if (!rules.allowed(url.pathname + url.search)) return this.skip(url.href, 'disallowed by robots.txt');
    let response: Response;
    try {
      response = await fetchText(url.href, this.options, 'application/xml,text/xml,text/html');
    } catch (error) {
      return this.skip(url.href, errorReason(error));
    }
    if (!response.ok) return this.skip(url.href, `HTTP ${response.status}`);
    let body: string;
    try {
      body = await readBody(response);
    } catch (error) {
      return this.skip(url.href, errorReason(error));
    }
    if (isSitemap(body)) return this.sitemap(url, rules, body);
    if (/\.xml$/i.test(url.pathname)) return this.skip(url.href, 'XML file that is not a sitemap');
    try {
      this.seen.add(url.href);
      this.pages.push(parseHtmlPage(body, { slug: slugFromUrl(url, this.slugs), url: url.href }));
      this.progress(`read ${url.href}`);
    } catch (error) {
      this.skip(url.href, errorReason(error));
    }
  }

  local(path: string, options: IngestOptions): { faq?: string; site?: string } {
    let faq: string | undefined;
    let site: string | undefined;
    const full = resolve(path);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      this.skip(path, 'no such file or folder');
      return {};
    }
    const files = stat.isDirectory() ? walk(full) : [full];
    const root = stat.isDirectory() ? full : resolve(full, '..');
    for (const file of files) {
      const name = basename(file).toLowerCase();
      if (stat.isDirectory() && name === 'faq.json' && resolve(file, '..') === full) {
        faq = file;
        continue;
      }
      if (stat.isDirectory() && name === 'federation.json' && resolve(file, '..') === full) {
        site = file;
        continue;
      }
      if (name === 'readme.md') continue;
      if (!/\.(md|markdown|html?)$/i.test(name)) {
        if (!stat.isDirectory()) this.skip(file, 'not a Markdown or HTML file');
        continue;
      }
      try {
        const page = readLocalPage(file, root, options);
        let slug = page.info.slug;
        if (this.slugs.has(slug)) {
          slug = relative(root, file).replace(/\.[a-z]+$/i, '').split(sep).join('-');
          page.info.slug = slug;
        }
        this.slugs.add(slug);
        this.pages.push(page);
        this.progress(`read ${relative(process.cwd(), file) || file}`);
      } catch (error) {
        this.skip(file, errorReason(error));
      }
    }
    return { ...(faq ? { faq } : {}), ...(site ? { site } : {}) };
  }
}

/** Reads every input (folder, file, page URL or sitemap URL). */
export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const crawl = new Crawl(options);
  let foundFaq: string | undefined;
  let foundSite: string | undefined;
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) await crawl.url(input);
    else {
      const found = crawl.local(input, options);
      foundFaq = found.faq ?? foundFaq;
      foundSite = found.site ?? foundSite;
    }
  }
  const sitePath = options.site === false ? undefined : (options.site ?? foundSite);
  const site = sitePath ? readSite(sitePath) : undefined;
  if (site?.contact && !crawl.pages.some((p) => p.info.slug === site.contact)) {
    crawl.warnings.push(`federation profile: contact page "${site.contact}" not found`);
  }
  const faqPath = options.faq === false ? undefined : (options.faq ?? foundFaq);
  let faq: FaqEntry[] = [];
  if (faqPath) {
    faq = readFaq(faqPath);
    const slugs = new Set(crawl.pages.map((p) => p.info.slug));
    const unknown = faq.filter((e) => !slugs.has(e.source));
    for (const e of unknown) crawl.warnings.push(`FAQ entry "${e.id}": source page "${e.source}" not found; entry left out`);
    faq = faq.filter((e) => slugs.has(e.source));
  }
  return {
    pages: crawl.pages,
    skipped: crawl.skipped,
    faq,
    ...(faqPath ? { faqSource: faqPath } : {}),
    ...(site ? { site } : {}),
    warnings: crawl.warnings,
  };
}

/** Ingests the inputs and builds the index. */
export async function buildIndex(inputs: readonly string[], options: IngestOptions = {}): Promise<{ index: KnowledgeIndex; result: IngestResult }> {
  const result = await ingest(inputs, options);
  const index = await KnowledgeIndex.build(result.pages, { faq: result.faq, inputs, site: result.site });
  return { index, result };
}

/** The default knowledge base shipped with the package (content/fr and content/faq.json). */
export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));
