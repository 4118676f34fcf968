import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstOfMonth, resolveLang, toLang } from '../../packages/widgets/src/shared/i18n.js';
import { siteMessages } from '../../packages/widgets/src/site/messages.js';
import { loadWords } from '../../packages/widgets/src/directory/load-messages.js';
import { loadWordsEn } from '../../packages/widgets/src/directory/load-messages-en.js';

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

describe('dates', () => {
  it('writes the first of the month "1er" in French only, wherever the day stands', () => {
    assert.equal(firstOfMonth('1 mai', 'fr'), '1er mai');
    assert.equal(firstOfMonth('jeudi 1 octobre 2026', 'fr'), 'jeudi 1er octobre 2026');
    assert.equal(firstOfMonth('11 mai', 'fr'), '11 mai');
    assert.equal(firstOfMonth('jeudi 21 mai', 'fr'), 'jeudi 21 mai');
    assert.equal(firstOfMonth('1 May 2026', 'en'), '1 May 2026');
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

describe('directory loading words', () => {
  it('counts the entries left out in both languages, singular and plural', () => {
    assert.equal(loadWords.skipped(1), '1 fiche incomplète non affichée.');
    assert.equal(loadWords.skipped(2), '2 fiches incomplètes non affichées.');
    assert.equal(loadWordsEn.skipped(1), '1 incomplete entry not shown.');
    assert.equal(loadWordsEn.skipped(2), '2 incomplete entries not shown.');
    assert.equal(loadWordsEn.skipped(1200), '1,200 incomplete entries not shown.');
  });
});
