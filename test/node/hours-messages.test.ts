// The parser's French messages come with the engine's entry (syntax-fr.ts), which
// <msp-opening-hours> leaves out: its own parser's messageFr repeats the English one.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OpeningHours } from '../../packages/widgets/src/hours/opening-hours.js';
import type { OpeningHoursSyntaxError } from '../../packages/widgets/src/hours/syntax.js';

const errorOf = (value: string): OpeningHoursSyntaxError => {
  try {
    new OpeningHours(value);
  } catch (error) {
    return error as OpeningHoursSyntaxError;
  }
  throw new Error(`"${value}" was read`);
};

describe('the parser’s messages by entry point', () => {
  it('are English only without the engine’s entry, as in <msp-opening-hours>', () => {
    assert.equal(errorOf('Fx 08:00-12:00').messageFr, 'Unknown word "Fx"');
    assert.deepEqual(new OpeningHours('Mo 8:00-12:00').warnings.map((w) => w.messageFr), ['"8:00": write "08:00"']);
  });

  it('are French too once the engine’s entry is loaded', async () => {
    await import('../../packages/widgets/src/hours/index.js');
    const error = errorOf('Fx 08:00-12:00');
    assert.equal(error.messageFr, 'Mot inconnu « Fx »');
    assert.equal(error.messageEn, 'Unknown word "Fx"');
    assert.deepEqual(new OpeningHours('Mo 8:00-12:00').warnings.map((w) => w.messageFr), ['« 8:00 » : écrire « 08:00 »']);
  });
});
