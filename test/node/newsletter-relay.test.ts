// The newsletter relay against a local server speaking Brevo's contacts API (v3), over real HTTP.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../packages/assistant/src/server/app.js';
import { brevoDoubleOptIn, newsletterConfigFromEnv, type NewsletterRelayOptions } from '../../packages/assistant/src/server/newsletter.js';
import { BREVO_TEST_KEY as KEY, fakeBrevo } from './fixtures/fake-brevo.js';

const subscription = (overrides: Record<string, unknown> = {}) => ({
  email: 'camille@exemple.fr',
  firstName: 'Camille',
  consent: { text: 'J’accepte de recevoir la lettre de la fédération.', version: '2026-11', at: '2026-11-22T10:00:00.000Z' },
  locale: 'fr',
  source: 'https://msp.example/lettre',
  ...overrides,
});

describe('newsletter relay (POST /api/newsletter)', () => {
  const brevo = fakeBrevo();
  let server: ServerType;
  let base = '';

  async function start(relay: Partial<NewsletterRelayOptions> = {}) {
    const apiUrl = await brevo.listen();
    const app = createApp({
      assistant: false,
      serveDemo: false,
      contentPagesDir: false,
      newsletter: {
        brevo: { apiKey: KEY, listId: 7, templateId: 12, redirectUrl: 'https://federation.example/merci', apiUrl },
        allowedOrigins: ['https://www.msp-exemple.fr'],
        timeoutMs: 500,
        ...relay,
      },
    });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  }

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/newsletter`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  // Rate limiting and the limit per address have their own tests below.
  const logs: string[] = [];
  before(() => start({ rateLimit: false, recipientLimit: false, log: (line) => logs.push(line) }));
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await brevo.close();
  });
  beforeEach(() => {
    brevo.calls.length = 0;
    brevo.mode = 'ok';
  });

  it('asks Brevo for a double opt-in with the proof of consent, the key staying on the server', async () => {
    const before = Date.now();
    const response = await post(subscription());
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'pending_confirmation' });
    assert.equal(brevo.calls.length, 1);
    const [call] = brevo.calls;
    assert.equal(call!.apiKey, KEY);
    assert.deepEqual(call!.body, {
      email: 'camille@exemple.fr',
      includeListIds: [7],
      templateId: 12,
      redirectionUrl: 'https://federation.example/merci',
      attributes: {
        FIRSTNAME: 'Camille',
        CONSENT_TEXT: 'J’accepte de recevoir la lettre de la fédération.',
        CONSENT_VERSION: '2026-11',
        CONSENT_AT: (call!.body as { attributes: { CONSENT_AT: string } }).attributes.CONSENT_AT,
        CONSENT_SOURCE: 'https://msp.example/lettre',
        CONSENT_LOCALE: 'fr',
      },
    });
    // The relay's own clock, not the date the client wrote (2026-11-22T10:00).
    const at = Date.parse((call!.body as { attributes: { CONSENT_AT: string } }).attributes.CONSENT_AT);
    assert.ok(at >= before && at <= Date.now(), `CONSENT_AT ${new Date(at).toISOString()}`);
  });

  it('gives an existing contact the same answer as anyone, which tells no one who is on the list', async () => {
    const newcomer = await post(subscription());
    brevo.mode = 'duplicate';
    const existing = await post(subscription());
    assert.equal(existing.status, 200);
    assert.deepEqual(await existing.json(), await newcomer.json());
  });

  it('refuses a first name holding an address, a link or a number, in the person’s language, without calling Brevo', async () => {
    for (const firstName of ['Compte bloqué : appelez le 0899000000', 'voir https://evil.example/x', 'www.evil.example', 'evil.example', 'a@b.fr', '<b>x</b>']) {
      const response = await post(subscription({ firstName }));
      assert.equal(response.status, 400, firstName);
      const body = (await response.json()) as { message: string; issues: { path: string }[] };
      assert.equal(body.message, 'Le prénom ne peut contenir ni adresse, ni lien, ni numéro.');
      assert.deepEqual(body.issues.map((i) => i.path), ['firstName']);
    }
    const english = await post(subscription({ firstName: 'http://x', locale: 'en' }));
    assert.equal(((await english.json()) as { message: string }).message, 'The first name cannot hold an address, a link or a number.');
    assert.equal(brevo.calls.length, 0);
    for (const firstName of ['Marie-Hélène', 'Jean-Paul II', 'J. P.', 'O’Brien', 'Zoé 2']) {
      assert.equal((await post(subscription({ firstName }))).status, 200, firstName);
    }
  });

  it('turns a Brevo failure into a 502 with a clear message in the person’s language', async () => {
    for (const mode of ['unauthorized', 'crash'] as const) {
      brevo.mode = mode;
      const response = await post(subscription({ locale: 'en' }));
      assert.equal(response.status, 502, mode);
      const body = (await response.json()) as { error: string; message: string };
      assert.equal(body.error, 'newsletter_unavailable');
      assert.match(body.message, /not answering right now/);
      assert.doesNotMatch(JSON.stringify(body), /xkeysib|Key not found/);
    }
  });

  it('answers 502, not 500, to a Brevo error whose body is JSON but not an object (null once threw)', async () => {
    brevo.mode = 'reply';
    for (const status of [400, 503]) {
      for (const body of ['null', '42', '"x"', '[]', '{"code":null}', '{"code":{"a":1}}', '{"code":"a\\nforged line"}']) {
        brevo.reply = { status, body };
        const response = await post(subscription());
        assert.equal(response.status, 502, `${status} ${body}`);
        assert.equal(((await response.json()) as { error: string }).error, 'newsletter_unavailable');
      }
    }
    assert.equal(logs.at(-1), 'newsletter: Brevo answered 503');
  });

  it('answers 200 or 502 with a JSON reason, never a 5xx of its own, whatever Brevo answers', async () => {
    brevo.mode = 'reply';
    const status = fc.oneof(fc.constantFrom(200, 201, 204, 400, 401, 404, 429, 500, 503), fc.integer({ min: 200, max: 599 }));
    const body = fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.constantFrom('null', '', '{', '{"code":"duplicate_parameter"}'), fc.string());
    await fc.assert(
      fc.asyncProperty(status, body, fc.constantFrom('application/json', 'text/html'), async (code, text, contentType) => {
        brevo.reply = { status: code, body: code === 204 ? '' : text, contentType };
        const response = await post(subscription());
        const answer = (await response.json()) as { status?: string; error?: string; message?: string };
        if (response.status === 200) assert.equal(answer.status, 'pending_confirmation');
        else {
          assert.equal(response.status, 502, `${code} ${text.slice(0, 60)}`);
          assert.equal(answer.error, 'newsletter_unavailable');
        }
        // Brevo's words reach the log as one line at most.
        assert.ok(logs.every((line) => !/[\p{Cc}\u2028\u2029]/u.test(line)), logs.at(-1));
      }),
      { numRuns: 60 },
    );
  });

  it('gives up on a Brevo that hangs, with a 502', async () => {
    brevo.mode = 'hang';
    const response = await post(subscription());
    assert.equal(response.status, 502);
    assert.match(((await response.json()) as { message: string }).message, /ne répond pas/);
  });

  it('refuses bad input with a 4xx that names the problem, without calling Brevo', async () => {
    const cases: [unknown, number, RegExp][] = [
      [subscription({ email: 'pas-une-adresse' }), 400, /^email: must be a valid e-mail address$/],
      [subscription({ consent: { text: 'ok', version: '1', at: 'hier' } }), 400, /^consent\.text: must be the consent wording/],
      [subscription({ source: 'javascript:alert(1)' }), 400, /^source: must be the http\(s\) URL/],
      [[1, 2], 400, /must be a JSON object \{ email/],
      ['{ pas du json', 400, /not valid JSON/],
      [subscription({ firstName: 'x'.repeat(20_000) }), 413, /larger than 16 KiB/],
    ];
    for (const [body, status, message] of cases) {
      const response = await post(body);
      assert.equal(response.status, status, JSON.stringify(body).slice(0, 80));
      assert.match(((await response.json()) as { message: string }).message, message);
    }
    const wrongType = await fetch(`${base}/api/newsletter`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    assert.equal(wrongType.status, 415);
    assert.equal((await fetch(`${base}/api/newsletter`)).status, 405);
    assert.equal(brevo.calls.length, 0);
  });

  it('lets allowed sites call it (CORS) and refuses others', async () => {
    const allowed = await post(subscription(), { origin: 'https://www.msp-exemple.fr' });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://www.msp-exemple.fr');
    const preflight = await fetch(`${base}/api/newsletter`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.msp-exemple.fr', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    const refused = await post(subscription(), { origin: 'https://evil.example' });
    assert.equal(refused.status, 403);
    assert.match(((await refused.json()) as { message: string }).message, /ALLOWED_ORIGINS/);
    assert.equal(brevo.calls.length, 1);
  });

  it('limits sign-ups per client', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await brevo.close();
    await start({ rateLimit: { limit: 2, windowMs: 60_000 } });
    assert.equal((await post(subscription())).status, 200);
    assert.equal((await post(subscription())).status, 200);
    const limited = await post(subscription());
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });
});

describe('newsletter relay, limit per address', () => {
  const brevo = fakeBrevo();

  it('sends an address at most two confirmation e-mails a day, whoever asks, with the same answer past it', async () => {
    const apiUrl = await brevo.listen();
    const lines: string[] = [];
    const app = createApp({
      assistant: false,
      serveDemo: false,
      contentPagesDir: false,
      newsletter: { brevo: { apiKey: KEY, listId: 7, templateId: 12, redirectUrl: 'https://f.example/merci', apiUrl }, rateLimit: false, log: (l) => lines.push(l) },
    });
    const ask = async (email: string) => {
      const response = await app.request('/api/newsletter', {
        method: 'POST',
        body: JSON.stringify(subscription({ email })),
        headers: { 'content-type': 'application/json' },
      });
      return [response.status, await response.json()] as const;
    };
    try {
      const answers = [await ask('victim@example.org'), await ask('Victim@Example.org'), await ask('victim@example.org'), await ask('victim@example.org')];
      assert.deepEqual(answers, Array(4).fill([200, { status: 'pending_confirmation' }]));
      assert.equal(brevo.calls.length, 2, 'two e-mails, not four');
      assert.deepEqual(await ask('other@example.org'), [200, { status: 'pending_confirmation' }]);
      assert.equal(brevo.calls.length, 3, 'another address has its own count');
      assert.ok(lines.every((line) => !line.includes('@')), 'the log never names an address');
      assert.equal(lines.length, 2);
    } finally {
      await brevo.close();
    }
  });
});

describe('newsletter relay configuration', () => {
  it('is off without BREVO_* variables and needs all four together', () => {
    assert.equal(newsletterConfigFromEnv({}), undefined);
    assert.throws(() => newsletterConfigFromEnv({ BREVO_API_KEY: 'k' }), /BREVO_LIST_ID/);
    assert.throws(() => newsletterConfigFromEnv({ BREVO_API_KEY: 'k', BREVO_LIST_ID: '7', BREVO_DOI_TEMPLATE_ID: '3' }), /together/);
    assert.throws(
      () => newsletterConfigFromEnv({ BREVO_API_KEY: 'k', BREVO_LIST_ID: '7', BREVO_DOI_TEMPLATE_ID: '0', BREVO_DOI_REDIRECT_URL: 'https://x.fr' }),
      /BREVO_DOI_TEMPLATE_ID="0" must be a Brevo id/,
    );
    assert.throws(
      () => newsletterConfigFromEnv({ BREVO_API_KEY: 'k', BREVO_LIST_ID: 'liste', BREVO_DOI_TEMPLATE_ID: '3', BREVO_DOI_REDIRECT_URL: 'https://x.fr' }),
      /BREVO_LIST_ID="liste" must be a Brevo id/,
    );
    assert.deepEqual(
      newsletterConfigFromEnv({ BREVO_API_KEY: 'k', BREVO_LIST_ID: '7', BREVO_DOI_TEMPLATE_ID: '3', BREVO_DOI_REDIRECT_URL: 'https://x.fr/merci' }),
      { apiKey: 'k', listId: 7, templateId: 3, redirectUrl: 'https://x.fr/merci' },
    );
    // Read at start, not at the first sign-up (which would get a 502).
    assert.throws(
      () => newsletterConfigFromEnv({ BREVO_API_KEY: 'k', BREVO_LIST_ID: '7', BREVO_DOI_TEMPLATE_ID: '3', BREVO_DOI_REDIRECT_URL: 'https://x.fr', BREVO_API_URL: 'not a url' }),
      /^Error: BREVO_API_URL="not a url" is not an http\(s\) URL/,
    );
  });

  it('puts the first name in the attribute the account names (PRENOM in some French accounts)', () => {
    const config = newsletterConfigFromEnv({ BREVO_API_KEY: 'k', BREVO_LIST_ID: '7', BREVO_DOI_TEMPLATE_ID: '3', BREVO_DOI_REDIRECT_URL: 'https://x.fr/merci', BREVO_FIRSTNAME_ATTRIBUTE: 'PRENOM' })!;
    const { attributes } = brevoDoubleOptIn(subscription() as Parameters<typeof brevoDoubleOptIn>[0], config);
    assert.equal((attributes as Record<string, unknown>).PRENOM, 'Camille');
    assert.equal('FIRSTNAME' in attributes, false);
  });

  it('in demo mode (npm start without BREVO_*): checks a sign-up, answers, and sends nothing', async () => {
    const lines: string[] = [];
    const app = createApp({ assistant: false, serveDemo: false, contentPagesDir: false, newsletter: { brevo: 'demo', rateLimit: false, log: (line) => lines.push(line) } });
    const ask = (body: unknown) =>
      app.request('/api/newsletter', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    const accepted = await ask(subscription());
    assert.equal(accepted.status, 200);
    assert.deepEqual(await accepted.json(), { status: 'pending_confirmation' });
    assert.deepEqual(lines, ['newsletter (demo): a valid sign-up, dropped: nothing is sent without BREVO_*']);
    const refused = await ask(subscription({ email: 'pas-une-adresse' }));
    assert.equal(refused.status, 400);
  });

  it('is not mounted when not configured', async () => {
    const app = createApp({ assistant: false, serveDemo: false, contentPagesDir: false });
    const response = await app.request('/api/newsletter', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    assert.equal(response.status, 404);
  });
});
