// French names in the assistant's English texts, which the chat element marks lang="fr" (the
// protocol marks languages by paragraph only): client/french-names.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { frenchNames } from '../../packages/assistant/src/client/french-names.js';
import { panelMessages } from '../../packages/assistant/src/client/messages.js';
import { fallbackSeparator, frenchSourcesIntro, outOfScopeMessage, unknownMessage } from '../../packages/assistant/src/rag/messages.js';
import { emergencyMessage, medicalMessage } from '../../packages/assistant/src/safety/messages.js';

/** The names `frenchNames` finds in `text`, and the English left around them. */
const cut = (text: string) => {
  const pieces = frenchNames(text, 'en');
  return { names: pieces.filter((_, i) => i % 2), rest: pieces.filter((_, i) => !(i % 2)).join(' ') };
};

describe('French names in English text (client/french-names.ts)', () => {
  it('finds the names whole, and nothing in a word or in text of another language', () => {
    assert.deepEqual(frenchNames('call 15 (SAMU, medical emergencies)', 'en-GB'), ['call 15 (', 'SAMU', ', medical emergencies)']);
    assert.deepEqual(cut('your maison de santé, two maisons de santé pluriprofessionnelles').names, ['maison de santé', 'maisons de santé pluriprofessionnelles']);
    assert.deepEqual(frenchNames('SAMUEL', 'en'), ['SAMUEL']);
    // A model's English answer starts its sentences with them too, or capitalises them.
    assert.deepEqual(cut('Maisons de santé pluriprofessionnelles (MSP) bring professionals together.').names, ['Maisons de santé pluriprofessionnelles']);
    assert.deepEqual(cut('Ask your Maison de Santé, or the Samu.').names, ['Maison de Santé', 'Samu']);
    assert.deepEqual(frenchNames('appelez le 15 (SAMU)', 'fr'), ['appelez le 15 (SAMU)']);
  });

  it('are all the French of the English fixed messages, the server’s and the panel’s', () => {
    const en = panelMessages.en;
    const texts = [
      emergencyMessage('en', true, true),
      medicalMessage('en', '116117'),
      outOfScopeMessage('en'),
      unknownMessage('en', 3),
      fallbackSeparator('en'),
      frenchSourcesIntro(),
      ...Object.values(en).flatMap((m) => (typeof m === 'string' ? [m] : typeof m === 'object' ? Object.values(m) : [])),
    ];
    const found = texts.flatMap((t) => cut(t).names);
    assert.deepEqual(found, ['Violences Femmes Info', 'SAMU', 'permanence des soins', 'SAMU']);
    // What is left is English: no French word with an accent, nor the French names reworded since
    // ("your maison de santé", "maisons de santé pluriprofessionnelles (MSP)").
    for (const text of texts) assert.doesNotMatch(cut(text).rest, /[àâçéèêëîïôûùüœ]|maison|santé/i, text);
  });
});
