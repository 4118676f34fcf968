import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREVO_TEST_KEY, fakeBrevo } from './fixtures/fake-brevo.js';

const cli = fileURLToPath(new URL('../../packages/assistant/src/cli.ts', import.meta.url));
const evalScript = fileURLToPath(new URL('../../packages/assistant/eval/run.ts', import.meta.url));
const bin = fileURLToPath(new URL('../../packages/assistant/src/bin.js', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/assistant/', import.meta.url));

/** A clean environment: no model, no origins from the caller's shell. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(OPENAI_|MSP_ASSISTANT_|ALLOWED_ORIGINS|LANGSMITH|LANGCHAIN|BREVO_)/.test(k)),
);

function run(args: string[], options: { untilOutput?: RegExp; env?: Record<string, string> } = {}) {
  const child = spawn(process.execPath, args, { env: { ...env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const ready = options.untilOutput
    ? new Promise<void>((resolve, reject) => {
        const check = () => {
          if (options.untilOutput!.test(stdout)) resolve();
        };
        child.stdout.on('data', check);
        void exited.then(() => reject(new Error(`exited before ready: ${stdout}${stderr}`)));
      })
    : Promise.resolve();
  return { child, exited, ready, out: () => stdout, err: () => stderr };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('msp-assistant CLI', () => {
  it('ask --json prints { kind, lang, text, parts, citations: [{ n, title, url, lang }] } (through the bin shim)', async () => {
    const r = run([bin, 'ask', '--json', 'Comment créer une maison de santé ?']);
    assert.equal(await r.exited, 0, r.err());
    const answer = JSON.parse(r.out()) as { kind: string; lang: string; text: string; parts: unknown[]; citations: { n: number; title: string; url: string }[] };
    assert.deepEqual(Object.keys(answer), ['kind', 'lang', 'text', 'parts', 'citations']);
    assert.equal(answer.kind, 'answer');
    assert.equal(answer.lang, 'fr');
    assert.deepEqual(answer.parts, [{ lang: 'fr', text: answer.text }]);
    assert.match(answer.text, /\[1\]/);
    assert.deepEqual(Object.keys(answer.citations[0]!), ['n', 'title', 'url', 'lang']);
    assert.equal(answer.citations[0]!.url, '/federation/creer-une-msp.html');
  });

  it('ingest writes an index file that serve --index loads; serve applies --origins', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'msp-assistant-')), 'index.json');
    const ingest = run([
      '--import', 'tsx', cli, 'ingest', `${fixtures}markdown`, `${fixtures}html`, '--out', out, '--base-url', 'https://msp-des-dunes.example', '--quiet',
    ]);
    assert.equal(await ingest.exited, 0, ingest.err());
    assert.match(ingest.out(), /^indexed 3 pages, \d+ chunks, 1 FAQ entries → /m);
    assert.match(ingest.out(), /skipped:\n {2}.*broken\.md: front matter opened with "---" is never closed/);
    assert.match(ingest.err(), /FAQ entry "orphan"/);
    const file = JSON.parse(readFileSync(out, 'utf8')) as { format: string; pages: { url: string }[] };
    assert.equal(file.format, 'msp-assistant-index');
    assert.ok(file.pages.some((p) => p.url === 'https://msp-des-dunes.example/sub/parking.html'));

    const port = await freePort();
    const serve = run(['--import', 'tsx', cli, 'serve', '--index', out, '--port', String(port), '--origins', 'https://msp-des-dunes.example'], {
      untilOutput: /api\/chat/,
    });
    try {
      await serve.ready;
      const response = await fetch(`http://127.0.0.1:${port}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', origin: 'https://msp-des-dunes.example' },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'Où se garer pour aller à la maison de santé des Dunes ?' }] }),
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://msp-des-dunes.example');
      const answer = (await response.json()) as { kind: string; citations: { url: string }[] };
      assert.equal(answer.kind, 'answer');
      assert.equal(answer.citations[0]?.url, 'https://msp-des-dunes.example/sub/parking.html');
      assert.equal((await fetch(`http://127.0.0.1:${port}/`)).status, 404, 'serve runs the API only, not the demo');
      assert.match(serve.out(), /3 pages, \d+ chunks, 1 FAQ entries; origins: https:\/\/msp-des-dunes\.example/);
      assert.match(serve.out(), /POST \/api\/chat 200 \d+ms kind=answer/);
    } finally {
      serve.child.kill('SIGTERM');
      assert.equal(await serve.exited, 0);
    }
  });

  it('serve relays newsletter sign-ups to Brevo when BREVO_* are set, and only then', async () => {
    const brevo = fakeBrevo();
    const apiUrl = await brevo.listen();
    const port = await freePort();
    const serve = run(['--import', 'tsx', cli, 'serve', '--port', String(port)], {
      untilOutput: /api\/newsletter/,
      env: { BREVO_API_KEY: BREVO_TEST_KEY, BREVO_LIST_ID: '7', BREVO_DOI_TEMPLATE_ID: '12', BREVO_DOI_REDIRECT_URL: 'https://federation.example/merci', BREVO_API_URL: apiUrl },
    });
    const signUp = (at: number) =>
      fetch(`http://127.0.0.1:${at}/api/newsletter`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'camille@exemple.fr',
          consent: { text: 'J’accepte de recevoir la lettre de la fédération.', version: '2026-11', at: '2026-11-22T10:00:00.000Z' },
          locale: 'fr',
          source: 'https://msp.example/lettre',
        }),
      });
    try {
      await serve.ready;
      assert.match(serve.out(), /newsletter relay on http:\/\/127\.0\.0\.1:\d+\/api\/newsletter \(Brevo list 7\)/);
      const response = await signUp(port);
      assert.equal(response.status, 200, await response.clone().text());
      assert.deepEqual(await response.json(), { status: 'pending_confirmation' });
      assert.equal(brevo.calls.length, 1);
      assert.equal(brevo.calls[0]?.body.email, 'camille@exemple.fr');
    } finally {
      serve.child.kill('SIGTERM');
      assert.equal(await serve.exited, 0);
      await brevo.close();
    }

    // Without BREVO_*: no relay (a site's form says it is not set up), and no demo dropping sign-ups.
    const otherPort = await freePort();
    const plain = run(['--import', 'tsx', cli, 'serve', '--port', String(otherPort)], { untilOutput: /api\/chat/ });
    try {
      await plain.ready;
      assert.equal((await signUp(otherPort)).status, 404);
      assert.doesNotMatch(plain.out(), /newsletter relay/);
    } finally {
      plain.child.kill('SIGTERM');
      assert.equal(await plain.exited, 0);
    }
  });

  it('ask --site-url (or MSP_ASSISTANT_SITE_URL) gives the sources as pages of the federation’s website', async () => {
    const flag = run(['--import', 'tsx', cli, 'ask', '--json', '--site-url', 'https://www.ma-federation.fr', 'Comment adhérer ?']);
    assert.equal(await flag.exited, 0, flag.err());
    assert.equal((JSON.parse(flag.out()) as { citations: { url: string }[] }).citations[0]?.url, 'https://www.ma-federation.fr/federation/adherer.html');
    const fromEnv = spawn(process.execPath, ['--import', 'tsx', cli, 'ask', 'Comment adhérer ?'], {
      env: { ...env, MSP_ASSISTANT_SITE_URL: 'https://federation.example' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    fromEnv.stdout.on('data', (d) => (out += d));
    assert.equal(await new Promise((resolve) => fromEnv.on('exit', resolve)), 0);
    assert.match(out, /\[1\] Adhérer à la FEMAS Hauts-de-France — https:\/\/federation\.example\/federation\/adherer\.html/);
    const bad = run(['--import', 'tsx', cli, 'ask', '--site-url', 'www.ma-federation.fr', 'msp']);
    assert.equal(await bad.exited, 2);
    assert.match(bad.err(), /--site-url: "www\.ma-federation\.fr" is not the address of a website: write it as https:\/\/www\.ma-federation\.fr/);
  });

  it('--help points to a README section that exists', async () => {
    const help = run(['--import', 'tsx', cli, '--help']);
    assert.equal(await help.exited, 0);
    const section = /Every setting: README\.md at the root of msp-kit, section "([^"]+)"\.$/.exec(help.out().trim())?.[1];
    assert.ok(section, help.out());
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    assert.ok(readme.split('\n').some((line) => line.replace(/`/g, '') === `## ${section}`), `README.md has a "## ${section}" heading`);
  });

  it('npm run eval asks the questions of --questions (a site’s own) against --index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msp-eval-'));
    const questions = join(dir, 'questions.json');
    writeFileSync(questions, JSON.stringify({
      version: 1,
      questions: [{ id: 'p1', question: 'Où se garer pour aller à la maison de santé ?', expected_sources: ['parking'], expected_facts: [], kind: 'answer' }],
    }));
    const index = join(dir, 'index.json');
    assert.equal(await run(['--import', 'tsx', cli, 'ingest', `${fixtures}markdown`, `${fixtures}html`, '--out', index, '--quiet']).exited, 0);
    const evaluation = run(['--import', 'tsx', evalScript, '--index', index, '--questions', questions, '--json']);
    assert.equal(await evaluation.exited, 0, evaluation.err());
    const report = JSON.parse(evaluation.out()) as { questions: number; retrieval: { evaluated: number; recallAt3: number } };
    assert.equal(report.questions, 1);
    assert.equal(report.retrieval.evaluated, 1);
    assert.equal(report.retrieval.recallAt3, 1, 'the parking page (slug of sub/parking.md) is found');
  });

  it('eval: a mistaken command line is said with the usage, not a stack trace; --help lists the sets', async () => {
    for (const args of [['--set', 'nope'], ['--nope'], ['--set', 'tuning', '--questions', 'q.json']]) {
      const mistaken = run(['--import', 'tsx', evalScript, ...args]);
      assert.equal(await mistaken.exited, 1);
      assert.match(mistaken.err(), /^eval: .+\nusage: npm run eval -- /);
      assert.doesNotMatch(mistaken.err(), /\n\s+at /, `no stack trace for ${args.join(' ')}`);
    }
    const help = run(['--import', 'tsx', evalScript, '--help']);
    assert.equal(await help.exited, 0);
    assert.match(help.out(), /--set: tuning, held-out, .*other-federation-held-out/);
  });

  it('ingest --federation gives a site its federation.json; a broken one stops it, a contact page it lacks is warned about', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msp-federation-'));
    const profile = join(dir, 'federation.json');
    writeFileSync(profile, JSON.stringify({ version: 1, names: ['FEMUX'], regions: ['Pays de Caux'], contact: 'ecrire-nous' }));
    const out = join(dir, 'index.json');
    const ingest = run(['--import', 'tsx', cli, 'ingest', `${fixtures}markdown`, '--federation', profile, '--out', out, '--quiet']);
    assert.equal(await ingest.exited, 0, ingest.err());
    assert.match(ingest.err(), /warning: federation profile: contact page "ecrire-nous" not found/);
    const index = JSON.parse(readFileSync(out, 'utf8')) as { site?: { names: string[]; regions?: string[] } };
    assert.deepEqual(index.site?.names, ['FEMUX']);
    assert.deepEqual(index.site?.regions, ['Pays de Caux']);
    writeFileSync(profile, JSON.stringify({ version: 1, names: [] }));
    const broken = run(['--import', 'tsx', cli, 'ingest', `${fixtures}markdown`, '--federation', profile, '--out', out, '--quiet']);
    assert.equal(await broken.exited, 1);
    assert.match(broken.err(), /federation profile .*federation\.json: names: /);
  });

  it('explains usage errors with exit code 2, and a missing index with exit code 1', async () => {
    const usage = run(['--import', 'tsx', cli, 'ingest', `${fixtures}markdown`]);
    assert.equal(await usage.exited, 2);
    assert.match(usage.err(), /ingest needs --out <index\.json>/);
    const missing = run(['--import', 'tsx', cli, 'ask', 'msp', '--index', '/nowhere/index.json']);
    assert.equal(await missing.exited, 1);
    assert.match(missing.err(), /cannot read the index file \/nowhere\/index\.json: ENOENT/);
    const halfBrevo = run(['--import', 'tsx', cli, 'serve', '--port', '0'], { env: { BREVO_API_KEY: BREVO_TEST_KEY } });
    assert.equal(await halfBrevo.exited, 2);
    assert.match(halfBrevo.err(), /needs BREVO_API_KEY, BREVO_LIST_ID, BREVO_DOI_TEMPLATE_ID and BREVO_DOI_REDIRECT_URL together/);
    const noPages = run(['--import', 'tsx', cli, 'serve', '--port', '0', '--pages', '/nowhere']);
    assert.equal(await noPages.exited, 2);
    assert.match(noPages.err(), /--pages: "\/nowhere" is not a folder/);
    const emptyPort = run(['--import', 'tsx', cli, 'serve'], { env: { PORT: ' ' } });
    assert.equal(await emptyPort.exited, 2);
    assert.match(emptyPort.err(), /PORT: " " is not a port number/);
  });

  it('serve on an IPv6 address prints an address that is a URL (the literal in brackets)', async (t) => {
    // Machines without an IPv6 loopback cannot run it.
    const probe = createServer();
    const ipv6 = await new Promise<boolean>((resolve) => {
      probe.once('error', () => resolve(false));
      probe.listen(0, '::1', () => probe.close(() => resolve(true)));
    });
    if (!ipv6) return t.skip('no IPv6 loopback here');
    const serve = run(['--import', 'tsx', cli, 'serve', '--host', '::1', '--port', '0'], { untilOutput: /api\/chat/ });
    try {
      await serve.ready;
      const printed = /msp-assistant: (\S+)\/api\/chat/.exec(serve.out())?.[1] ?? '';
      assert.match(printed, /^http:\/\/\[::1\]:\d+$/);
      assert.equal((await fetch(`${printed}/healthz`)).status, 200);
    } finally {
      serve.child.kill('SIGTERM');
      assert.equal(await serve.exited, 0);
    }
  });
});

