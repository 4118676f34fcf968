import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveLang, toLang } from '../../packages/widgets/src/shared/i18n.js';
import { siteMessages } from '../../packages/widgets/src/site/messages.js';

describe('language helpers', () => {
  it('maps BCP 47 tags to supported languages', () => {
    assert.equal(toLang('fr-FR'), 'fr');
    assert.equal(toLang('EN_gb'), 'en');
    assert.equal(toLang('de'), undefined);
    assert.equal(toLang(''), undefined);
    assert.equal(toLang(null), undefined);
  });

  it('takes the first supported candidate, else French', () => {
    assert.equal(resolveLang([null, 'de', 'en-US', 'fr']), 'en');
    assert.equal(resolveLang([undefined, 'es']), 'fr');
    assert.equal(resolveLang([]), 'fr');
  });
});

describe('message tables', () => {
  it('gives English every French message, with the same kind of value', () => {
    const fr = siteMessages.fr as Record<string, unknown>;
    const en = siteMessages.en as Record<string, unknown>;
    assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort());
    for (const key of Object.keys(fr)) assert.equal(typeof en[key], typeof fr[key], key);
  });
});
