import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { configFromEnv } from '../../packages/assistant/src/config.js';

const tracingWarning = (env: Record<string, string>) => configFromEnv(env).notes.find((note) => note.includes('LangSmith'));

describe('assistant configuration from the environment', () => {
  it('warns that questions go to LangSmith whichever of the four variables LangChain reads turns tracing on', () => {
    for (const name of ['LANGSMITH_TRACING', 'LANGSMITH_TRACING_V2', 'LANGCHAIN_TRACING', 'LANGCHAIN_TRACING_V2']) {
      assert.equal(tracingWarning({ [name]: 'true' }), `warning: LangSmith tracing is on (${name}); prompts (users’ questions) are sent to LangSmith`);
    }
    // One variable off does not hide another one on.
    assert.match(tracingWarning({ LANGSMITH_TRACING: 'false', LANGCHAIN_TRACING_V2: 'true' }) ?? '', /\(LANGCHAIN_TRACING_V2\)/);
  });

  it('says nothing when tracing is off (LangChain turns it on with "true" only)', () => {
    assert.equal(tracingWarning({}), undefined);
    assert.equal(tracingWarning({ LANGSMITH_TRACING: 'false', LANGCHAIN_TRACING: '0' }), undefined);
  });

  it('names the variable at fault when an origin or the rate limit cannot be read', () => {
    assert.throws(() => configFromEnv({ ALLOWED_ORIGINS: 'www.msp-exemple.fr' }), /^Error: ALLOWED_ORIGINS: "www\.msp-exemple\.fr" is not an origin/);
    assert.throws(() => configFromEnv({ MSP_ASSISTANT_RATE_LIMIT: 'abc' }), /^Error: MSP_ASSISTANT_RATE_LIMIT: "abc" is not a rate limit/);
    assert.throws(() => configFromEnv({ MSP_ASSISTANT_RATE_LIMIT: '3/0' }), /^Error: MSP_ASSISTANT_RATE_LIMIT: "3\/0": the limit and the window must be at least 1/);
  });

  it('refuses at start a base URL that is not http(s), and a temperature out of range, naming the variable', () => {
    // "localhost:11434/v1" is a URL to `new URL` (its scheme would be "localhost:").
    for (const value of ['localhost:11434/v1', 'ftp://x/v1', 'pas une adresse']) {
      assert.throws(() => configFromEnv({ MSP_ASSISTANT_MODEL: 'm', OPENAI_BASE_URL: value }), new RegExp(`^Error: OPENAI_BASE_URL="${value}" is not an http\\(s\\) URL`));
    }
    assert.throws(
      () => configFromEnv({ MSP_ASSISTANT_EMBEDDINGS_MODEL: 'e', MSP_ASSISTANT_EMBEDDINGS_BASE_URL: 'localhost:11434' }),
      /^Error: MSP_ASSISTANT_EMBEDDINGS_BASE_URL="localhost:11434" is not an http\(s\) URL/,
    );
    assert.throws(
      () => configFromEnv({ MSP_ASSISTANT_MODEL: 'm', OPENAI_API_KEY: 'k', MSP_ASSISTANT_MODEL_TEMPERATURE: '99' }),
      /^Error: MSP_ASSISTANT_MODEL_TEMPERATURE="99" must be a number from 0 to 2/,
    );
    assert.equal(configFromEnv({ MSP_ASSISTANT_MODEL: 'm', OPENAI_BASE_URL: 'http://localhost:11434/v1' }).config.model?.baseURL, 'http://localhost:11434/v1');
  });

  it('says that an embeddings model without a key or a base URL is not used, as it does for the model', () => {
    const { config, notes } = configFromEnv({ MSP_ASSISTANT_EMBEDDINGS_MODEL: 'bge-m3' });
    assert.equal(config.embeddings, undefined);
    assert.ok(notes.some((note) => note.startsWith('MSP_ASSISTANT_EMBEDDINGS_MODEL is set but') && note.endsWith('lexical search only')), notes.join('\n'));
    const used = configFromEnv({ MSP_ASSISTANT_EMBEDDINGS_MODEL: 'bge-m3', MSP_ASSISTANT_EMBEDDINGS_BASE_URL: 'http://127.0.0.1:11434/v1' });
    assert.equal(used.config.embeddings?.model, 'bge-m3');
    assert.ok(!used.notes.some((note) => note.includes('lexical search only')));
  });
});
