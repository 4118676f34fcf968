import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chunkPages } from '../../packages/assistant/src/rag/chunker.js';
import { parseHtmlPage } from '../../packages/assistant/src/rag/html.js';
import { ingest } from '../../packages/assistant/src/rag/ingest.js';
import { KnowledgeIndex } from '../../packages/assistant/src/rag/knowledge-index.js';
import { MalformedPageError, markdownToSections, parseFrontMatter, parseMarkdownPage } from '../../packages/assistant/src/rag/markdown.js';
import { parseRobots } from '../../packages/assistant/src/rag/robots.js';
import { startStaticSite, type StaticSite } from './fixtures/assistant/servers.js';

const fixtures = fileURLToPath(new URL('./fixtures/assistant/', import.meta.url));

describe('Markdown pages', () => {
  it('reads the front matter (quoted strings, lists) and cuts heading-aware sections', () => {
    const page = parseMarkdownPage(
      '---\ntitle: "Une page"\nurl: /p.html\nupdated: 2026-01-02\nsources: [ARS, "FEMAS"]\n---\n\n# Une page\n\nIntro **en gras** avec un [lien](https://x.fr).\n\n## Partie A\n\nTexte A.\n\n### Détail\n\nTexte détaillé.\n\n## Partie A\n\nEncore.\n',
      { slug: 'p', url: '/fallback.html' },
    );
    assert.deepEqual(page.info, { slug: 'p', title: 'Une page', url: '/p.html', updated: '2026-01-02', sources: ['ARS', 'FEMAS'] });
    assert.deepEqual(
      page.sections.map((s) => [s.heading, s.path.join(' › '), s.anchor, s.text]),
      [
        ['Une page', 'Une page', '', 'Intro en gras avec un lien.'],
        ['Partie A', 'Partie A', 'partie-a', 'Texte A.'],
        ['Détail', 'Partie A › Détail', 'detail', 'Texte détaillé.'],
        ['Partie A', 'Partie A', 'partie-a-2', 'Encore.'],
      ],
    );
  });

  it('merges a list into the sentence that introduces it, so that a quote keeps its items', () => {
    const [section] = markdownToSections('Les missions portent sur :\n\n- la vaccination ;\n- le sevrage tabagique ;\n- le dépistage.\n', 'T');
    assert.equal(section!.text, 'Les missions portent sur : la vaccination ; le sevrage tabagique ; le dépistage.');
  });

  it('rejects an unterminated front matter and a page without title', () => {
    assert.throws(() => parseFrontMatter('---\ntitle: x\n\nbody'), MalformedPageError);
    assert.throws(() => parseMarkdownPage('Juste du texte sans titre ni en-tête, assez long pour être une page.', { slug: 's', url: '/s' }), /no title/);
  });
});

describe('HTML pages', () => {
  it('keeps the main content (Readability on linkedom), drops navigation and footer, keeps headings as sections', () => {
    const page = parseHtmlPage(
      `<!doctype html><html><head><title>Vaccination | Site</title><link rel="canonical" href="/dunes/vaccination.html"></head>
       <body><nav>Accueil Équipe Menu navigation</nav><main><h1>Vaccination</h1>
       <p>Les infirmières organisent chaque automne une campagne de vaccination contre la grippe pour les patients de l'équipe de la maison de santé.</p>
       <h2>Rendez-vous</h2><p>Les rendez-vous de vaccination se prennent à l'accueil de la maison de santé ou par téléphone auprès du secrétariat.</p></main>
       <footer>Mentions légales et plan du site</footer></body></html>`,
      { slug: 'vaccination', url: '/vaccination.html' },
    );
    assert.equal(page.info.title, 'Vaccination');
    assert.equal(page.info.url, '/dunes/vaccination.html', 'a same-site canonical link gives the URL');
    const text = page.sections.map((s) => s.text).join('\n');
    assert.match(text, /campagne de vaccination/);
    assert.doesNotMatch(text, /Menu navigation|Mentions légales/);
    assert.ok(page.sections.some((s) => s.heading === 'Rendez-vous' && s.anchor === 'rendez-vous'));
  });

  it('reports a page with no readable content', () => {
    assert.throws(() => parseHtmlPage('<html><head><title>Vide</title></head><body><nav>Menu</nav></body></html>', { slug: 'v', url: '/v' }), MalformedPageError);
    assert.throws(() => parseHtmlPage('%PDF-1.4 binary', { slug: 'v', url: '/v' }), /not an HTML document/);
  });
});

describe('ingestion of local folders', () => {
  it('reads Markdown and HTML recursively, picks faq.json, skips README, reports malformed pages', async () => {
    const result = await ingest([`${fixtures}markdown`, `${fixtures}html`, `${fixtures}nowhere`]);
    assert.deepEqual(result.pages.map((p) => p.info.slug).sort(), ['horaires', 'parking', 'vaccination']);
    const bySlug = new Map(result.pages.map((p) => [p.info.slug, p.info]));
    assert.equal(bySlug.get('horaires')!.url, '/dunes/horaires.html');
    assert.equal(bySlug.get('parking')!.url, '/sub/parking.html', 'no front matter: URL from the path');
    assert.equal(bySlug.get('parking')!.title, 'Se garer près de la maison de santé');
    const skipped = Object.fromEntries(result.skipped.map((s) => [s.source.replace(fixtures, ''), s.reason]));
    assert.match(skipped['markdown/broken.md']!, /never closed/);
    assert.match(skipped['html/empty.html']!, /no readable main content/);
    assert.match(skipped['nowhere']!, /no such file or folder/);
    assert.equal(Object.keys(skipped).length, 3);
    assert.deepEqual(result.faq.map((e) => e.id), ['parking']);
    assert.match(result.warnings.join('\n'), /FAQ entry "orphan": source page "page-absente" not found/);
  });

  it('produces heading-aware LangChain documents with title, url and heading metadata', async () => {
    const result = await ingest([`${fixtures}markdown/horaires.md`], { faq: false });
    const docs = await chunkPages(result.pages);
    assert.deepEqual(
      docs.map((d) => [d.metadata.heading, d.metadata.anchor]),
      [
        ['Les horaires de la maison de santé des Dunes', ''],
        ['Le samedi', 'le-samedi'],
        ['Les services proposés', 'les-services-proposes'],
      ],
    );
    for (const d of docs) {
      assert.equal(d.metadata.title, 'Les horaires de la maison de santé des Dunes');
      assert.equal(d.metadata.url, '/dunes/horaires.html');
    }
  });

  it('cuts a long section into several chunks that keep their heading', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `La phrase numéro ${i} parle de la maison de santé et de son équipe soignante.`).join(' ');
    const docs = await chunkPages([{ info: { slug: 'l', title: 'Long', url: '/l' }, sections: [{ heading: 'Partie', path: ['Partie'], anchor: 'partie', text: long }] }]);
    assert.ok(docs.length >= 3, `${docs.length} chunks`);
    for (const d of docs) {
      assert.ok(d.pageContent.length <= 1200);
      assert.equal(d.metadata.heading, 'Partie');
    }
    // Cut between sentences, never inside one.
    const whole = docs.flatMap((d) => d.pageContent.match(/La phrase numéro \d+ parle de la maison de santé et de son équipe soignante/g) ?? []);
    assert.equal(whole.length, 40);
    // Each chunk ends its last sentence with its full stop, and none starts with the previous one's.
    for (const d of docs) assert.match(d.pageContent, /^La phrase numéro \d+ .*soignante\.$/s, d.pageContent);
    const semicolons = Array.from({ length: 60 }, (_, i) => `la mission ${i} de la maison de santé pluriprofessionnelle`).join(' ; ');
    const cut = await chunkPages([{ info: { slug: 's', title: 'S', url: '/s' }, sections: [{ heading: 'S', path: ['S'], anchor: 's', text: semicolons }] }]);
    assert.ok(cut.length >= 2, `${cut.length} chunks`);
    for (const d of cut.slice(0, -1)) assert.match(d.pageContent, /^la mission \d+ .*pluriprofessionnelle ;$/s, d.pageContent);
  });

  it('gives each chunk its heading path as context, and none to an empty section', async () => {
    const docs = await chunkPages([
      {
        info: { slug: 'p', title: 'Page', url: '/p' },
        sections: [
          { heading: 'Vide', path: ['Vide'], anchor: 'vide', text: ' \n ' },
          { heading: 'Le samedi', path: ['Horaires', 'Le samedi'], anchor: 'le-samedi', text: 'Ouvert de 9 h à 12 h.' },
        ],
      },
    ]);
    assert.deepEqual(docs.map((d) => [d.metadata.heading, d.metadata.context, d.pageContent]), [['Le samedi', 'Horaires › Le samedi', 'Ouvert de 9 h à 12 h.']]);
  });
});

describe('robots.txt', () => {
  it('uses the group for our agent or *, the longest rule, Allow on a tie, wildcards and $', () => {
    const robots = parseRobots('User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /prive/\nAllow: /prive/public.html\nDisallow: /*.pdf$\n', 'msp-assistant');
    assert.equal(robots.allowed('/pages/a.html'), true);
    assert.equal(robots.allowed('/prive/interne.html'), false);
    assert.equal(robots.allowed('/prive/public.html'), true);
    assert.equal(robots.allowed('/docs/brochure.pdf'), false);
    assert.equal(robots.allowed('/docs/brochure.pdf?x=1'), true);
    assert.equal(parseRobots('User-agent: msp-assistant\nDisallow: /\n', 'msp-assistant').allowed('/a'), false);
    assert.equal(parseRobots('User-agent: *\nDisallow:\n', 'msp-assistant').allowed('/a'), true);
  });
});

describe('ingestion of a site from its sitemap (local server on 127.0.0.1)', () => {
  let site: StaticSite;
  before(async () => {
    site = await startStaticSite(`${fixtures}site`);
  });
  after(() => site.close());

  it('follows the sitemap index, stays on the origin, respects robots.txt, reads 2 pages at a time, reports and skips bad pages', async () => {
    const progress: string[] = [];
    const result = await ingest([`${site.origin}/sitemap_index.xml`], { onProgress: (l) => progress.push(l) });
    assert.deepEqual(result.pages.map((p) => p.info.slug).sort(), ['equipe', 'public', 'sage-femme', 'teleconsultation']);
    const equipe = result.pages.find((p) => p.info.slug === 'equipe')!;
    assert.equal(equipe.info.url, `${site.origin}/pages/equipe.html`);
    assert.equal(equipe.info.title, "L'équipe de la maison de santé");
    assert.match(equipe.sections.map((s) => s.text).join(' '), /trois médecins généralistes/);

    const reasons = Object.fromEntries(result.skipped.map((s) => [s.source.replace(site.origin, ''), s.reason]));
    assert.match(reasons['https://ailleurs.example/sitemap.xml']!, /other origin/);
    assert.match(reasons['https://ailleurs.example/page.html']!, /other origin/);
    assert.equal(reasons['/prive/interne.html'], 'disallowed by robots.txt');
    assert.equal(reasons['/pages/absente.html'], 'HTTP 404');
    assert.match(reasons['/pages/brochure.pdf']!, /not an HTML page \(application\/pdf\)/);
    assert.match(reasons['/pages/vide.html']!, /no readable main content/);

    assert.ok(!site.requested.includes('/prive/interne.html'), 'a page disallowed by robots.txt is never requested');
    assert.ok(site.requested.indexOf('/robots.txt') < site.requested.indexOf('/sitemap_index.xml'), 'robots.txt is read first');
    assert.ok(site.maxInFlight <= 2, `at most 2 requests at a time (saw ${site.maxInFlight})`);
    assert.ok(site.maxInFlight === 2, 'and it does use 2');
    assert.ok(progress.some((l) => l.startsWith('read ')));
  });

  it('reads a single page URL, and reports a robots-disallowed one without fetching it', async () => {
    const one = await ingest([`${site.origin}/pages/sage-femme.html`, `${site.origin}/prive/interne.html`]);
    assert.deepEqual(one.pages.map((p) => p.info.slug), ['sage-femme']);
    assert.deepEqual(one.skipped.map((s) => s.reason), ['disallowed by robots.txt']);
  });

  it('indexes what it read: the sitemap pages are searchable and the index file round-trips', async () => {
    const result = await ingest([`${site.origin}/sitemap.xml`]);
    const index = await KnowledgeIndex.build(result.pages, { inputs: [`${site.origin}/sitemap.xml`] });
    const hit = index.search('teleconsultation camera', 3).hits[0];
    assert.equal(hit?.page.slug, 'teleconsultation');
    const copy = KnowledgeIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    assert.deepEqual(
      copy.search('sage femme preparation naissance', 3).hits.map((h) => h.chunk.id),
      index.search('sage femme preparation naissance', 3).hits.map((h) => h.chunk.id),
    );
  });

  it('treats an unreachable robots.txt as "crawl nothing" (RFC 9309)', async () => {
    const result = await ingest(['http://127.0.0.1:9/sitemap.xml'], { timeoutMs: 2000 });
    assert.equal(result.pages.length, 0);
    assert.match(result.warnings.join('\n'), /robots\.txt unreachable/);
    assert.deepEqual(result.skipped.map((s) => s.reason), ['disallowed by robots.txt']);
  });
});
