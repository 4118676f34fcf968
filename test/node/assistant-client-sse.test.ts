import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, type ServerType } from '@hono/node-server';
import { SseParser, readSse, type SseEvent } from '../../packages/assistant/src/client/sse.js';
import {
  buildRequest,
  feedbackUrl,
  mentions3114,
  mentions3919,
  parseSuggestions,
  retryAfterSeconds,
  sendFeedback,
  streamChat,
  type ChatFailure,
} from '../../packages/assistant/src/client/chat.js';
import { MAX_STORED_TURNS, loadConversation, saveConversation, clearConversation, storageKey } from '../../packages/assistant/src/client/storage.js';
import { MAX_MESSAGES, MAX_MESSAGE_LENGTH, type DoneEvent, type MetaEvent } from '../../packages/assistant/src/protocol.js';
import { createAssistant } from '../../packages/assistant/src/load.js';
import { createApp } from '../../packages/assistant/src/server/app.js';
import type { ApiOptions } from '../../packages/assistant/src/server/api.js';

const feedAll = (chunks: string[]): SseEvent[] => {
  const parser = new SseParser();
  return [...chunks.flatMap((c) => parser.feed(c)), ...parser.end()];
};

describe('assistant client: SSE parsing', () => {
  const stream = 'event: meta\ndata: {"a":1}\n\n: a comment\nevent: token\ndata: line one\ndata: line two\n\nid: 7\ndata: plain\n\n';
  const expected: SseEvent[] = [
    { event: 'meta', data: '{"a":1}' },
    { event: 'token', data: 'line one\nline two' },
    { event: 'message', data: 'plain', id: '7' },
  ];

  it('reads events, multi-line data, comments and ids', () => {
    assert.deepEqual(feedAll([stream]), expected);
  });

  it('gives the same events whatever the chunking, with LF, CRLF or CR line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = stream.replaceAll('\n', eol);
      for (const size of [1, 2, 3, 7, 64]) {
        const chunks = [];
        for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
        assert.deepEqual(feedAll(chunks), expected, `eol ${JSON.stringify(eol)}, chunks of ${size}`);
      }
    }
  });

  it('drops the BOM, strips one space after the colon, ignores unknown fields and data-less events', () => {
    assert.deepEqual(feedAll(['\uFEFFdata:no space\n\n', 'data:  two spaces\nretry: 10\nfoo: bar\n\n', 'event: lonely\n\n']), [
      { event: 'message', data: 'no space' },
      { event: 'message', data: ' two spaces' },
    ]);
  });

  it('drops an event cut by the end of the stream, but not one ended by a final CR', () => {
    assert.deepEqual(feedAll(['data: complete\n\ndata: cut']), [{ event: 'message', data: 'complete' }]);
    assert.deepEqual(feedAll(['data: x\r\r']), [{ event: 'message', data: 'x' }]);
  });

  it('reads a byte stream, with characters split between chunks', async () => {
    const bytes = new TextEncoder().encode('event: token\ndata: {"text":"équipe"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 5) controller.enqueue(bytes.slice(i, i + 5));
        controller.close();
      },
    });
    const events = [];
    for await (const event of readSse(body)) events.push(event);
    assert.deepEqual(events, [{ event: 'token', data: '{"text":"équipe"}' }]);
  });
});

describe('assistant client: small rules', () => {
  it('is modal on the windows its styles fill (the same media query in panel.ts and panel.styles.ts)', () => {
    const read = (file: string) => readFileSync(new URL(`../../packages/assistant/src/client/${file}`, import.meta.url), 'utf8');
    const query = /export const WHOLE_WINDOW = '([^']+)'/.exec(read('panel.ts'))?.[1];
    assert.equal(query, '(max-width: 40em), (max-height: 32em)');
    assert.ok(read('panel.styles.ts').includes(`@media ${query} {`), 'panel.styles.ts fills the window on other windows than panel.ts makes modal');
  });

  it('reads Retry-After in seconds or as a date', () => {
    assert.equal(retryAfterSeconds('60'), 60);
    assert.equal(retryAfterSeconds('0'), 1);
    assert.equal(retryAfterSeconds(new Date(Date.UTC(2026, 0, 1, 0, 2)).toUTCString(), Date.UTC(2026, 0, 1)), 120);
    assert.equal(retryAfterSeconds('bientôt'), undefined);
    assert.equal(retryAfterSeconds(null), undefined);
  });

  it('puts the feedback URL next to the chat endpoint', () => {
    assert.equal(feedbackUrl('https://a.fr/api/chat'), 'https://a.fr/api/feedback');
    assert.equal(feedbackUrl('https://a.fr/api/chat/'), 'https://a.fr/api/feedback');
    assert.equal(feedbackUrl('http://127.0.0.1:8787/assistant/chat'), 'http://127.0.0.1:8787/assistant/feedback');
  });

  it('builds requests within the API’s limits, starting on a question', () => {
    const history = Array.from({ length: 30 }, (_, i) => ({ role: i % 2 ? ('assistant' as const) : ('user' as const), text: `m${i}` }));
    const request = buildRequest([...history, { role: 'assistant', text: '   ' }], `  ${'é'.repeat(MAX_MESSAGE_LENGTH + 5)} `, 'en');
    assert.equal(request.locale, 'en');
    assert.ok(request.messages.length <= MAX_MESSAGES);
    assert.equal(request.messages[0]!.role, 'user');
    assert.equal(request.messages.at(-1)!.role, 'user');
    assert.equal([...request.messages.at(-1)!.content].length, MAX_MESSAGE_LENGTH);
    assert.ok(request.messages.every((m) => m.content.trim()));
    assert.deepEqual(buildRequest([], 'Bonjour', 'fr'), { messages: [{ role: 'user', content: 'Bonjour' }], locale: 'fr' });
  });

  it('reads suggested questions as JSON or a "|" list', () => {
    assert.deepEqual(parseSuggestions('["Une ?", " Deux ? ", ""]'), ['Une ?', 'Deux ?']);
    assert.deepEqual(parseSuggestions('Une ? | Deux ?|'), ['Une ?', 'Deux ?']);
    assert.deepEqual(parseSuggestions(''), []);
    assert.equal(parseSuggestions('["a", 1]'), undefined);
    assert.equal(parseSuggestions('[pas du json'), undefined);
  });

  it('finds the suicide prevention line in an emergency answer', () => {
    assert.equal(mentions3114('appelez le 3114 (numéro national)'), true);
    assert.equal(mentions3114('appelez le 3 114'), true);
    assert.equal(mentions3114('appelez le 15 ou le 112'), false);
    assert.equal(mentions3114('code 31140'), false);
    assert.equal(mentions3919('appelez le 3919 (Violences Femmes Info'), true);
    assert.equal(mentions3919('appelez le 15 ou le 112'), false);
    assert.equal(mentions3919('code 39190'), false);
  });
});

describe('assistant client: conversation storage', () => {
  class MemoryStorage implements Storage {
    private map = new Map<string, string>();
    refuse = false;
    get length() {
      return this.map.size;
    }
    clear() {
      this.map.clear();
    }
    getItem(key: string) {
      return this.map.get(key) ?? null;
    }
    key(index: number) {
      return [...this.map.keys()][index] ?? null;
    }
    removeItem(key: string) {
      this.map.delete(key);
    }
    setItem(key: string, value: string) {
      if (this.refuse) throw new DOMException('full', 'QuotaExceededError');
      this.map.set(key, value);
    }
  }
  const key = storageKey('https://a.fr/api/chat');

  it('saves, loads, trims and clears a conversation', () => {
    const storage = new MemoryStorage();
    assert.deepEqual(loadConversation(storage, key), []);
    const turns = Array.from({ length: MAX_STORED_TURNS + 4 }, (_, i) => ({ role: 'user' as const, text: `q${i}` }));
    assert.equal(saveConversation(storage, key, turns), true);
    const loaded = loadConversation(storage, key);
    assert.equal(loaded.length, MAX_STORED_TURNS);
    assert.equal(loaded[0]!.text, 'q4');
    // An answer's languages are kept with it (any language tag: a newer server may send others).
    const answer = { role: 'assistant' as const, text: 'Lead:\n\nCitation.', langs: [{ at: 0, lang: 'en' as const }, { at: 7, lang: 'fr' as const }, { at: 10, lang: 'de-CH' }] };
    saveConversation(storage, key, [answer]);
    assert.deepEqual(loadConversation(storage, key), [answer]);
    saveConversation(storage, key, []);
    assert.equal(storage.length, 0);
    saveConversation(storage, key, turns.slice(0, 1));
    clearConversation(storage, key);
    assert.equal(storage.length, 0);
  });

  it('ignores what is not ours and survives a refusing storage', () => {
    const storage = new MemoryStorage();
    for (const bad of [
      '{',
      '{"v":2,"turns":[]}',
      '{"v":1,"turns":[{"role":"admin","text":"x"}]}',
      '[]',
      
      '{"v":1,"turns":[{"role":"assistant","text":"x","langs":[{"at":-1,"lang":"fr"}]}]}',
      '{"v":1,"turns":[{"role":"assistant","text":"x","langs":[{"at":0,"lang":"<b>"}]}]}',
      // Out of order, or beyond the text: the panel would show part of the text twice.
      '{"v":1,"turns":[{"role":"assistant","text":"abcdef","langs":[{"at":4,"lang":"en"},{"at":2,"lang":"fr"}]}]}',
      '{"v":1,"turns":[{"role":"assistant","text":"abc","langs":[{"at":0,"lang":"en"},{"at":9,"lang":"fr"}]}]}',
    ]) {
      storage.setItem(key, bad);
      assert.deepEqual(loadConversation(storage, key), [], bad);
    }
    storage.refuse = true;
    assert.equal(saveConversation(storage, key, [{ role: 'user', text: 'x' }]), false);
    assert.equal(saveConversation(undefined, key, [{ role: 'user', text: 'x' }]), false);
    assert.deepEqual(loadConversation(undefined, key), []);
  });
});

describe('assistant client: the end of an answer', () => {
  // A stream that sends `done` and then its last bytes later, or never ends: what the client does
  // with the body after `done` shows on the server's side of the connection.
  const answerThen = async (after: 'end' | 'hang') => {
    const { createServer } = await import('node:http');
    let cut = false;
    let closedAt = 0;
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const citations: never[] = [];
      res.write(`event: meta\ndata: ${JSON.stringify({ id: 'a1', kind: 'answer', citations })}\n\n`);
      res.write(`event: token\ndata: ${JSON.stringify({ text: 'Une réponse.' })}\n\n`);
      res.write(`event: done\ndata: ${JSON.stringify({ id: 'a1', citations })}\n\n`);
      res.on('close', () => {
        cut = !res.writableFinished;
        closedAt = performance.now();
      });
      if (after === 'end') setTimeout(() => res.end(': fin\n\n'), 600);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    let done = false;
    const started = performance.now();
    const failure = await streamChat(`http://127.0.0.1:${port}/api/chat`, buildRequest([], 'Bonjour ?', 'fr'), { meta: () => {}, token: () => {}, done: () => (done = true) }, new AbortController().signal);
    const elapsed = performance.now() - started;
    // What the client does with the rest of the body, on the side.
    await new Promise((resolve) => setTimeout(resolve, 2600));
    const released = closedAt ? closedAt - started : Infinity;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    return { failure, done, elapsed, cut, released };
  };

  it('answers at done, then reads the stream to its end rather than cancelling it (the browser would log the request as failed)', async () => {
    const { failure, done, cut, elapsed } = await answerThen('end');
    assert.equal(failure, undefined);
    assert.equal(done, true);
    assert.ok(elapsed < 500, `the answer waited ${Math.round(elapsed)} ms for the end of the stream`);
    assert.equal(cut, false, 'the client cut the connection before the server ended the response');
  });

  it('answers at done, and lets go of a stream left open after it within about a second', async () => {
    const { failure, done, elapsed, released } = await answerThen('hang');
    assert.equal(failure, undefined);
    assert.equal(done, true);
    assert.ok(elapsed < 500, `the answer waited ${Math.round(elapsed)} ms`);
    assert.ok(released > 800 && released < 2500, `the connection was let go after ${Math.round(released)} ms`);
  });
});

describe('assistant client: talking to the real server', () => {
  let server: ServerType;
  let base = '';
  const start = async (api: Omit<ApiOptions, 'assistant'>) => {
    const app = createApp({ assistant: await assistantPromise, serveDemo: false, contentPagesDir: false, api });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      (server as unknown as { closeAllConnections(): void }).closeAllConnections();
      server.close(() => resolve());
    });
  const assistantPromise = createAssistant({});

  before(() => start({ rateLimit: false }));
  after(() => stop());

  async function ask(question: string, endpoint = `${base}/api/chat`, signal = new AbortController().signal) {
    const events: { meta?: MetaEvent; text: string; langs: { at: number; lang: string }[]; done?: DoneEvent } = { text: '', langs: [] };
    const failure = await streamChat(
      endpoint,
      buildRequest([], question, 'fr'),
      {
        meta: (m) => (events.meta = m),
        token: (t, lang) => {
          if (lang) events.langs.push({ at: events.text.length, lang });
          events.text += t;
        },
        done: (d) => (events.done = d),
      },
      signal,
    );
    return { failure, ...events };
  }

  it('streams a validated answer with its citations', async () => {
    const { failure, meta, text, done } = await ask('Comment adhérer à la fédération ?');
    assert.equal(failure, undefined);
    assert.equal(meta!.kind, 'answer');
    assert.match(text, /^Pour adhérer, une MSP contacte la FEMAS Hauts-de-France/);
    assert.deepEqual(
      done!.citations.map((c) => c.url),
      ['/federation/adherer.html'],
    );
    assert.equal(done!.id, meta!.id);
    assert.equal(await sendFeedback(`${base}/api/chat`, done!.id, true), true);
    assert.equal(await sendFeedback(`${base}/api/chat`, 'x', true), false);
  });

  it('passes on where the language of an answer changes', async () => {
    const { failure, meta, text, langs } = await ask('How do I join the federation?');
    assert.equal(failure, undefined);
    assert.equal(meta!.lang, 'en');
    assert.equal(langs.length, 1);
    assert.equal(langs[0]!.lang, 'fr');
    assert.equal(text.slice(0, langs[0]!.at), "The federation's pages are in French; here is what they say:\n\n");
    assert.match(text.slice(langs[0]!.at), /^Pour adhérer/);
  });

  it('names each failure: aborted, no chat API there, 503, 4xx, 429 with its wait, server down', async () => {
    const controller = new AbortController();
    controller.abort();
    assert.deepEqual((await ask('Comment créer une MSP ?', undefined, controller.signal)).failure, { reason: 'aborted' });

    // No chat API at the endpoint: a 404, or a web page (a site's "not found" page sent with 200).
    assert.deepEqual((await ask('Comment créer une MSP ?', `${base}/api/nothing`)).failure, {
      reason: 'misconfigured',
      detail: 'answered HTTP 404: no chat API there',
    });
    const page = serve({ fetch: () => new Response('<!doctype html><title>Page</title>', { headers: { 'content-type': 'text/html; charset=utf-8' } }), hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => page.once('listening', resolve));
    try {
      const { port } = page.address() as { port: number };
      assert.deepEqual((await ask('Comment créer une MSP ?', `http://127.0.0.1:${port}/contact`)).failure, {
        reason: 'misconfigured',
        detail: 'answered text/html, not an event stream: no chat API there',
      });
    } finally {
      await new Promise((resolve) => page.close(resolve));
    }
    // A server that is there but cannot answer for now.
    const busy = serve({ fetch: () => new Response('', { status: 503 }), hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => busy.once('listening', resolve));
    try {
      const { port } = busy.address() as { port: number };
      assert.deepEqual((await ask('Comment créer une MSP ?', `http://127.0.0.1:${port}/api/chat`)).failure, { reason: 'unavailable' });
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }

    await stop();
    await start({ rateLimit: { limit: 1, windowMs: 30_000 } });
    assert.equal((await ask('Comment créer une MSP ?')).failure, undefined);
    const limited = (await ask('Comment créer une MSP ?')).failure;
    assert.equal(limited?.reason, 'rate-limited');
    assert.ok(limited?.reason === 'rate-limited' && limited.retryAfter! >= 29 && limited.retryAfter! <= 30);

    const endpoint = `${base}/api/chat`;
    await stop();
    assert.deepEqual((await ask('Comment créer une MSP ?', endpoint)).failure, { reason: 'network' });
    await start({ rateLimit: false });
  });

  it('reports a refused origin and an invalid request as such (browsers hide a refused origin behind CORS)', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = (input, init) =>
      original(input, { ...init, headers: { ...init?.headers, origin: 'https://ailleurs.example' } });
    let refused: ChatFailure | undefined;
    try {
      refused = (await ask('Comment créer une MSP ?')).failure;
    } finally {
      globalThis.fetch = original;
    }
    assert.equal(refused?.reason, 'forbidden');
    assert.ok(refused?.reason === 'forbidden' && refused.code === 'origin_not_allowed');
    const noop = { meta() {}, token() {}, done() {} };
    const invalid = await streamChat(`${base}/api/chat`, { messages: [] }, noop, new AbortController().signal);
    assert.equal(invalid?.reason, 'rejected');
    assert.ok(invalid?.reason === 'rejected' && invalid.code === 'invalid_request');
  });
});
