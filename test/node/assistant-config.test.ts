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
});
