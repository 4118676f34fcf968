/**
 * Assistant benchmark: index build time and query latency (p50, p99) for 100 and 2,000 generated
 * French pages, and server throughput in offline mode with autocannon on 127.0.0.1 (the server runs
 * in a child process, so that the load generator does not share its event loop).
 * Writes bench/results/assistant.json and bench/results/assistant.md.
 *
 *   node --import tsx bench/assistant.bench.ts [--quick]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Assistant } from '../packages/assistant/src/rag/assistant.js';
import { KnowledgeIndex } from '../packages/assistant/src/rag/knowledge-index.js';
import type { IngestedPage } from '../packages/assistant/src/rag/types.js';

const GOALS = { p50Ms: 5, p99Ms: 20, requestsPerSecond: 1000 };
const quick = process.argv.includes('--quick');

// ---------------------------------------------------------------------------------------------
// Server mode (child process): serves the default content offline, rate limit off.
if (process.argv.includes('--serve-child')) {
  const { serve } = await import('@hono/node-server');
  const { createApp } = await import('../packages/assistant/src/server/app.js');
  const { createAssistant } = await import('../packages/assistant/src/load.js');
  const app = createApp({ assistant: await createAssistant(), serveDemo: false, contentPagesDir: false, api: { rateLimit: false } });
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`PORT ${info.port}`));
  await new Promise(() => undefined);
}

// ---------------------------------------------------------------------------------------------
// Deterministic generation of varied French pages.
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'la vaccination', 'la prévention du diabète', 'le dépistage des cancers', 'la coordination des soins', 'la téléconsultation',
  'le secrétariat médical', 'les soins infirmiers à domicile', 'la kinésithérapie', 'le suivi des grossesses', 'la pédiatrie',
  "l'éducation thérapeutique", 'la santé mentale', 'la nutrition', "l'orthophonie", 'la podologie', 'la permanence des soins',
  'les soins non programmés', "l'accueil des étudiants", 'le dossier patient partagé', 'les protocoles pluriprofessionnels',
  'la santé des aînés', 'le sevrage tabagique', 'la santé sexuelle', 'les maladies chroniques', 'la douleur chronique',
];
const SUBJECTS = [
  "L'équipe", 'La coordinatrice', 'Le médecin généraliste', "L'infirmière", 'Le masseur-kinésithérapeute', 'La sage-femme',
  'Le pharmacien', 'La diététicienne', 'Le psychologue', 'La maison de santé', 'Le pôle de santé', 'La fédération régionale',
  "L'agence régionale de santé", 'La communauté professionnelle territoriale', 'Le conseil départemental', 'La mairie',
];
const VERBS = [
  'organise', 'propose', 'accompagne', 'coordonne', 'développe', 'finance', 'anime', 'évalue', 'soutient', 'prépare',
  'met en place', 'renforce', 'présente', 'facilite', 'simplifie', 'structure', 'planifie', 'adapte',
];
const OBJECTS = [
  'des ateliers collectifs', 'des réunions de concertation', 'un parcours de soins', 'des consultations avancées',
  'une permanence hebdomadaire', 'des actions de santé publique', 'un programme de formation', 'un protocole commun',
  'des visites à domicile', 'une campagne d’information', 'un annuaire des professionnels', 'des créneaux sans rendez-vous',
  'un suivi personnalisé', 'des outils numériques', 'une évaluation annuelle', 'un projet de santé territorial',
];
const COMPLEMENTS = [
  'pour les patients du territoire', 'avec les partenaires locaux', 'chaque mois', 'en lien avec l’hôpital',
  'dans les communes rurales', 'pour les familles', 'auprès des personnes âgées', 'le samedi matin', 'depuis deux ans',
  'avec le soutien de la région', 'pour réduire les délais', 'en zone sous-dense', 'dans le cadre de l’accord conventionnel',
];
const HEADINGS = ['Présentation', 'Organisation', 'Les horaires', 'Les partenaires', 'Le financement', 'Les résultats', 'Pour les patients', 'Pour les professionnels', 'Calendrier', 'Contact et accès', 'Questions fréquentes', 'Bilan'];
const SYLLABLES = ['mar', 'bel', 'ton', 'vil', 'ri', 'sau', 'lan', 'ber', 'gue', 'mon', 'cha', 'lu', 'pré', 'nor', 'dé', 'si', 'vau', 'quen', 'fon', 'roc'];

/**
 * A long-tailed vocabulary, as on a real site: a few thousand pseudo-French words (syllables plus
 * French suffixes) drawn with a Zipf law, on top of the domain's phrases, which stay very common.
 */
function lexicon(size: number, seed: number): string[] {
  const rnd = prng(seed);
  const suffixes = ['tion', 'ment', 'age', 'ité', 'eur', 'ique', 'able', 'iste', 'ance', 'ure', 'oir', 'ière', 'isme', 'elle', 'ette'];
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + Math.floor(rnd() * 2);
    words.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]!).join('') + suffixes[Math.floor(rnd() * suffixes.length)]!);
  }
  return [...words];
}

function zipf(words: readonly string[], rnd: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  words.forEach((_, r) => cumulative.push((total += 1 / (r + 1))));
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

const WORDS = lexicon(4000, 1234);

function generatePages(count: number, seed: number): IngestedPage[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const word = zipf(WORDS, rnd);
  const town = () => {
    const n = 2 + Math.floor(rnd() * 2);
    const name = Array.from({ length: n }, () => pick(SYLLABLES)).join('');
    return `${pick(['Saint-', 'Le ', 'La ', 'Mont-', 'Bourg-', ''])}${name[0]!.toUpperCase()}${name.slice(1)}`;
  };
  const sentence = (place: string, topic: string) => {
    const s =
      rnd() < 0.5
        ? `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} sur ${topic} ${pick(COMPLEMENTS)}`
        : `${pick(SUBJECTS)} ${pick(VERBS)} la ${word()} des ${word()}s et la ${word()} ${pick(COMPLEMENTS)}, pour ${topic}`;
    return rnd() < 0.4 ? `${s}, à ${place}.` : rnd() < 0.5 ? `${s} : ${1 + Math.floor(rnd() * 40)} séances sont prévues.` : `${s}.`;
  };
  return Array.from({ length: count }, (_, i) => {
    const place = town();
    const topic = pick(TOPICS);
    const title = `${topic[0]!.toUpperCase()}${topic.slice(1)} à la maison de santé de ${place}`;
    const sections = Array.from({ length: 4 + Math.floor(rnd() * 4) }, (_, s) => {
      const heading = s === 0 ? title : `${pick(HEADINGS)} ${s}`;
      const paragraphs = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () =>
        Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => sentence(rnd() < 0.3 ? town() : place, rnd() < 0.7 ? topic : pick(TOPICS))).join(' '),
      );
      return { heading, path: [heading], anchor: s === 0 ? '' : `section-${s}`, text: paragraphs.join('\n\n') };
    });
    return { info: { slug: `page-${i}`, title, url: `/pages/${i}.html` }, sections };
  });
}

function generateQueries(count: number, seed: number): string[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const word = zipf(WORDS, rnd);
  const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  const typo = (s: string) => {
    const words = s.split(' ');
    const i = Math.floor(rnd() * words.length);
    const w = words[i]!;
    if (w.length > 5) {
      const j = 1 + Math.floor(rnd() * (w.length - 3));
      words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
    }
    return words.join(' ');
  };
  const templates = [
    () => `Comment la maison de santé ${pick(VERBS)} ${pick(TOPICS)} ?`,
    () => `${pick(TOPICS)} ${pick(COMPLEMENTS)}`,
    () => `qui ${pick(VERBS)} ${pick(OBJECTS)} ?`,
    () => `Quels sont les horaires pour ${pick(TOPICS)} ?`,
    () => `${pick(SUBJECTS)} et ${pick(TOPICS)}`,
    () => `${pick(OBJECTS)} ${pick(TOPICS)} ${pick(COMPLEMENTS)}`,
    () => `Qu'est-ce que la ${word()} pour ${pick(TOPICS)} ?`,
    () => `${word()} et ${word()} à la maison de santé`,
    () => `comment ${pick(VERBS)} la ${word()} des ${word()}s ?`,
  ];
  return Array.from({ length: count }, () => {
    let q = pick(templates)();
    if (rnd() < 0.5) q = strip(q);
    if (rnd() < 0.2) q = typo(q);
    return rnd() < 0.3 ? q.toLowerCase() : q;
  });
}

// ---------------------------------------------------------------------------------------------
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (n: number) => Math.round(n * 1000) / 1000;

interface CorpusFigures {
  pages: number;
  chunks: number;
  words: number;
  buildMs: number;
  indexFileBytes: number;
  loadMs: number;
  retrieval: { p50Ms: number; p99Ms: number; maxMs: number };
  answer: { p50Ms: number; p99Ms: number; maxMs: number };
  queries: number;
  kinds: Record<string, number>;
}

async function corpus(pages: number, queries: number): Promise<CorpusFigures> {
  const generated = generatePages(pages, 42 + pages);
  const words = generated.reduce((n, p) => n + p.sections.reduce((m, s) => m + s.text.split(/\s+/).length, 0), 0);
  const t0 = performance.now();
  const index = await KnowledgeIndex.build(generated);
  const buildMs = performance.now() - t0;

  const assistant = new Assistant({ index });
  const qs = generateQueries(queries + 50, 7 + pages);
  // Warm-up (JIT, stem cache), on other queries than the measured ones.
  for (const q of qs.slice(0, 50)) await assistant.answer({ messages: [{ role: 'user', content: q }] });
  const retrieval: number[] = [];
  const answer: number[] = [];
  const kinds: Record<string, number> = {};
  for (const q of qs.slice(50)) {
    const a = performance.now();
    index.search(q, 8);
    retrieval.push(performance.now() - a);
    const b = performance.now();
    const result = await assistant.answer({ messages: [{ role: 'user', content: q }] });
    answer.push(performance.now() - b);
    kinds[result.kind] = (kinds[result.kind] ?? 0) + 1;
  }
  retrieval.sort((x, y) => x - y);
  answer.sort((x, y) => x - y);
  // Serialisation last: its garbage would otherwise be collected during the measured queries.
  const json = JSON.stringify(index.toJSON());
  const t1 = performance.now();
  KnowledgeIndex.fromJSON(JSON.parse(json));
  const loadMs = performance.now() - t1;
  return {
    pages,
    chunks: index.chunks.length,
    words,
    buildMs: ms(buildMs),
    indexFileBytes: json.length,
    loadMs: ms(loadMs),
    retrieval: { p50Ms: ms(percentile(retrieval, 50)), p99Ms: ms(percentile(retrieval, 99)), maxMs: ms(retrieval.at(-1) ?? 0) },
    answer: { p50Ms: ms(percentile(answer, 50)), p99Ms: ms(percentile(answer, 99)), maxMs: ms(answer.at(-1) ?? 0) },
    queries,
    kinds,
  };
}

// ---------------------------------------------------------------------------------------------
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

async function throughput(seconds: number, connections: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve-child'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += String(d);
        const m = /PORT (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
    });
    const questions = [
      'Comment créer une maison de santé ?',
      'comment monter un projet de msp en zone rural',
      "quelles aides pour l'installation en zone déficitaire",
      'que peuvent apporter les reseaux de sante aux maisons de sante',
      'les MSP font-elles de la télémédecine ?',
      'Quel temps fera-t-il demain à Lille ?',
      'combien de doliprane par jour',
      'Quel est le nom du président de la fédération ?',
      'qui definit les territoires de soins',
      "j'ai une douleur dans la poitrine",
    ];
    const requests = questions.map((content) => ({
      method: 'POST',
      path: '/api/chat',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' },
      body: JSON.stringify({ messages: [{ role: 'user', content }] }),
    }));
    const run = (duration: number) => autocannon({ url: `http://127.0.0.1:${port}`, connections, duration, requests });
    await run(1); // Warm-up.
    const r = await run(seconds);
    return {
      seconds,
      connections,
      mode: 'JSON (Accept: application/json), as a browser asks (Accept-Encoding: gzip, deflate, br), 10 questions in rotation, rate limit off',
      requestsPerSecond: Math.round(r.requests.average),
      total: r.requests.total,
      latencyP50Ms: r.latency.p50,
      latencyP99Ms: r.latency.p99,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

// ---------------------------------------------------------------------------------------------
const started = performance.now();
const small = await corpus(100, quick ? 100 : 300);
console.log(`100 pages: ${small.chunks} chunks, build ${small.buildMs} ms, answer p50 ${small.answer.p50Ms} ms / p99 ${small.answer.p99Ms} ms`);
const large = await corpus(2000, quick ? 100 : 300);
console.log(`2,000 pages: ${large.chunks} chunks, build ${large.buildMs} ms, answer p50 ${large.answer.p50Ms} ms / p99 ${large.answer.p99Ms} ms`);
const server = await throughput(quick ? 3 : 10, 20);
console.log(`server: ${server.requestsPerSecond} requests/s, p99 ${server.latencyP99Ms} ms, ${server.errors} errors, ${server.non2xx} non-2xx`);

const goals = {
  p50At2000: large.answer.p50Ms <= GOALS.p50Ms,
  p99At2000: large.answer.p99Ms <= GOALS.p99Ms,
  throughput: server.requestsPerSecond >= GOALS.requestsPerSecond,
  zeroErrors: server.errors === 0 && server.timeouts === 0 && server.non2xx === 0,
};
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  goals: GOALS,
  met: goals,
  corpora: [small, large],
  server,
  runtimeSeconds: Math.round((performance.now() - started) / 100) / 10,
};

const row = (c: CorpusFigures) =>
  `| ${c.pages.toLocaleString('en')} | ${c.chunks.toLocaleString('en')} | ${c.words.toLocaleString('en')} | ${c.buildMs} | ${(c.indexFileBytes / 1e6).toFixed(1)} MB | ${c.loadMs} | ${c.retrieval.p50Ms} / ${c.retrieval.p99Ms} | ${c.answer.p50Ms} / ${c.answer.p99Ms} | ${c.answer.maxMs} |`;
const md = `# Assistant benchmark

${results.date}, Node ${results.node}, ${results.cpus} CPUs (shared). Generated French pages (deterministic);
domain phrases plus a Zipf-distributed lexicon of 4,000 pseudo-French words, as on a real site; queries
generated from the same vocabulary (half without accents, 20 % with a typo). Offline answers.

| pages | chunks | words | build (ms) | index file | load (ms) | retrieval p50 / p99 (ms) | full answer p50 / p99 (ms) | answer max (ms) |
|---|---|---|---|---|---|---|---|---|
${row(small)}
${row(large)}

Full answer = safety gate, curated FAQ, retrieval (MiniSearch BM25+, French pipeline, prefix + fuzzy), quoted answer.
Goals at 2,000 pages: p50 ≤ ${GOALS.p50Ms} ms (${goals.p50At2000 ? 'met' : 'NOT met'}), p99 ≤ ${GOALS.p99Ms} ms (${goals.p99At2000 ? 'met' : 'NOT met'}).

## Server throughput (offline, default content, autocannon on 127.0.0.1)

${server.connections} connections, ${server.seconds} s, ${server.mode}; server in a child process.

| requests/s | requests | latency p50 (ms) | latency p99 (ms) | errors | timeouts | non-2xx |
|---|---|---|---|---|---|---|
| ${server.requestsPerSecond} | ${server.total} | ${server.latencyP50Ms} | ${server.latencyP99Ms} | ${server.errors} | ${server.timeouts} | ${server.non2xx} |

Goal: ≥ ${GOALS.requestsPerSecond} requests/s (${goals.throughput ? 'met' : 'NOT met'}) with zero errors (${goals.zeroErrors ? 'met' : 'NOT met'}).
Bench runtime: ${results.runtimeSeconds} s.
`;

const dir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}assistant.json`, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(`${dir}assistant.md`, md);
console.log(md);
