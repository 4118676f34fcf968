import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { citedNumbers, parseInline, parseMarkdown, plainText, safeHref, typeset, type Block, type Inline } from '../../packages/assistant/src/client/markdown.js';

const BASE = 'https://assistant.exemple.fr/api/chat';
const text = (t: string): Inline => ({ type: 'text', text: t });
const p = (...children: Inline[]): Block => ({ type: 'p', children });

describe('assistant client: safe Markdown subset', () => {
  it('splits paragraphs on blank lines and keeps single newlines as line breaks', () => {
    assert.deepEqual(parseMarkdown('Premier.\nSuite.\n\n\nSecond.'), [p(text('Premier.'), { type: 'br' }, text('Suite.')), p(text('Second.'))]);
    assert.deepEqual(parseMarkdown('Windows\r\nlines\r\n\r\nok'), [p(text('Windows'), { type: 'br' }, text('lines')), p(text('ok'))]);
    assert.deepEqual(parseMarkdown(''), []);
    assert.deepEqual(parseMarkdown('  \n\n '), []);
  });

  it('reads bullet and numbered lists, with indented continuation lines', () => {
    assert.deepEqual(parseMarkdown('Étapes :\n- réunir une équipe\n- écrire le projet\n  de santé\n\n3. signer\n4) ouvrir'), [
      p(text('Étapes :')),
      { type: 'ul', items: [[text('réunir une équipe')], [text('écrire le projet'), { type: 'br' }, text('de santé')]] },
      { type: 'ol', start: 3, items: [[text('signer')], [text('ouvrir')]] },
    ]);
    // A different bullet starts a new list; a plain line after a list is a paragraph.
    assert.deepEqual(
      parseMarkdown('- a\n* b\nFin.').map((b) => b.type),
      ['ul', 'ul', 'p'],
    );
    // "2024 - 2025" or "-5 °C" are not list items.
    assert.deepEqual(parseMarkdown('-5 degrés').map((b) => b.type), ['p']);
  });

  it('reads emphasis, but not inside words or when unfinished', () => {
    assert.deepEqual(parseInline('**gras** et *italique* et __fort__ et _souligné_'), [
      { type: 'strong', children: [text('gras')] },
      text(' et '),
      { type: 'em', children: [text('italique')] },
      text(' et '),
      { type: 'strong', children: [text('fort')] },
      text(' et '),
      { type: 'em', children: [text('souligné')] },
    ]);
    assert.deepEqual(parseInline('snake_case_name et 2 * 3 * 4'), [text('snake_case_name et 2 * 3 * 4')]);
    // While streaming, an unclosed run is shown as typed.
    assert.deepEqual(parseInline('un **début'), [text('un **début')]);
    assert.deepEqual(parseInline('**gras *et italique***'), [
      { type: 'strong', children: [text('gras '), { type: 'em', children: [text('et italique')] }] },
    ]);
    assert.deepEqual(parseInline('\\*pas d’italique\\*'), [text('*pas d’italique*')]);
  });

  it('keeps only http(s), mailto: and tel: links; others are shown as their text', () => {
    assert.deepEqual(parseInline('[site](https://exemple.fr/a_b) et [écrire](mailto:a@b.fr) et [appeler](tel:+33320000000)'), [
      { type: 'link', href: 'https://exemple.fr/a_b', children: [text('site')] },
      text(' et '),
      { type: 'link', href: 'mailto:a@b.fr', children: [text('écrire')] },
      text(' et '),
      { type: 'link', href: 'tel:+33320000000', children: [text('appeler')] },
    ]);
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', 'file:///etc/passwd']) {
      assert.deepEqual(parseInline(`[piège](${bad}) fin`), [text('piège fin')], bad);
    }
    // Relative links need a base (the endpoint); without it they are text.
    assert.deepEqual(parseInline('[page](/federation/msp.html)', { base: BASE }), [
      { type: 'link', href: 'https://assistant.exemple.fr/federation/msp.html', children: [text('page')] },
    ]);
    assert.deepEqual(parseInline('[page](/federation/msp.html)'), [text('page')]);
    // Balanced parentheses belong to the URL.
    assert.deepEqual(parseInline('[wiki](https://fr.wikipedia.org/wiki/MSP_(santé)).'), [
      { type: 'link', href: 'https://fr.wikipedia.org/wiki/MSP_(sant%C3%A9)', children: [text('wiki')] },
      text('.'),
    ]);
    // No link inside a link's text.
    assert.deepEqual(parseInline('[voir https://a.fr](https://b.fr)'), [{ type: 'link', href: 'https://b.fr/', children: [text('voir https://a.fr')] }]);
  });

  it('links bare and angle-bracket URLs, leaving the sentence’s punctuation out', () => {
    assert.deepEqual(parseInline('Voir https://www.ars.sante.fr/msp. Ou <https://exemple.fr>'), [
      text('Voir '),
      { type: 'link', href: 'https://www.ars.sante.fr/msp', children: [text('https://www.ars.sante.fr/msp')] },
      text('. Ou '),
      { type: 'link', href: 'https://exemple.fr/', children: [text('https://exemple.fr')] },
    ]);
    assert.deepEqual(parseInline('<javascript:alert(1)>'), [text('<javascript:alert(1)>')]);
  });

  it('turns [n] and [n, m] into citations, but not [text](url) nor words in brackets', () => {
    assert.deepEqual(parseInline('Une MSP réunit des soignants [1]. Voir aussi [2, 3][4].'), [
      text('Une MSP réunit des soignants '),
      { type: 'cite', n: 1 },
      text('. Voir aussi '),
      { type: 'cite', n: 2 },
      { type: 'cite', n: 3 },
      { type: 'cite', n: 4 },
      text('.'),
    ]);
    assert.deepEqual(parseInline('[note] et [1](https://a.fr)'), [text('[note] et '), { type: 'link', href: 'https://a.fr/', children: [text('1')] }]);
    assert.deepEqual(citedNumbers(parseMarkdown('a [2]\n\n- b [1] [2]\n- *c [3]*')), [2, 1, 3]);
  });

  it('never produces HTML: tags stay text', () => {
    const blocks = parseMarkdown('<img src=x onerror=alert(1)> <script>alert(1)</script> &amp;');
    assert.deepEqual(blocks, [p(text('<img src=x onerror=alert(1)> <script>alert(1)</script> &amp;'))]);
    assert.deepEqual(parseMarkdown('# Titre'), [p({ type: 'strong', children: [text('Titre')] })]);
  });

  it('gives plain text for announcements: no citations, no markup', () => {
    const blocks = parseMarkdown('Une **MSP** est une [équipe](https://a.fr) [1].\n\n- un\n- deux [2]');
    assert.equal(plainText(blocks), 'Une MSP est une équipe.\nun ; deux');
  });

  it('typesets what is shown in French: no line starting with ? ! : ; », the typographic apostrophe', () => {
    assert.equal(
      typeset("Qu'est-ce qu'une MSP ? Contactez la fédération : elle répond ; « vite » !"),
      'Qu’est-ce qu’une MSP\u00a0? Contactez la fédération\u00a0: elle répond\u00a0; «\u00a0vite\u00a0»\u00a0!',
    );
    // English, without spaces before its marks, and quotes that are not apostrophes stay as written.
    assert.equal(typeset("What's an MSP? It's 'coordinated care': 15'"), 'What’s an MSP? It’s \'coordinated care\': 15\'');
    assert.equal(typeset('aujourd’hui, 20 h 30'), 'aujourd’hui, 20 h 30');
  });

  it('checks URLs by scheme, resolved against the base', () => {
    assert.equal(safeHref('https://a.fr'), 'https://a.fr/');
    assert.equal(safeHref('  tel:15 '), 'tel:15');
    assert.equal(safeHref('/x', BASE), 'https://assistant.exemple.fr/x');
    assert.equal(safeHref('//evil.example/x', BASE), 'https://evil.example/x');
    assert.equal(safeHref('java\nscript:alert(1)', BASE), undefined);
    assert.equal(safeHref('javascript:alert(1)', BASE), undefined);
    assert.equal(safeHref('ftp://a.fr'), undefined);
    assert.equal(safeHref(''), undefined);
  });
});

describe('assistant client: any text the server sends (property)', () => {
  it('gives only the subset\'s nodes, links only to http(s), mailto: and tel:, never nested, whatever the text', () => {
    const pieces = ['*', '**', '_', '[', ']', '(', ')', '<', '>', '\\', '\n', '\n\n', '- ', '1. ', '# ', 'https://a.fr', 'javascript:alert(1)', 'JaVaScRiPt:x', 'data:text/html,x', '//evil.example', 'mailto:a@b.fr', 'tel:15', '[1]', '[x](javascript:alert(1))', '<script>', ' onerror=', '"', '`', '\u0000', '\ud800', '\u202e', 'é', ' '];
    const source = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...pieces), maxLength: 60 }));
    const inlines = (nodes: readonly Inline[], inLink: boolean): void => {
      for (const node of nodes) {
        if (node.type === 'link') {
          assert.ok(!inLink, 'a link inside a link');
          assert.match(node.href, /^(https?:|mailto:|tel:)[^\s<>"`]*$/);
          inlines(node.children, true);
        } else if (node.type === 'em' || node.type === 'strong') inlines(node.children, inLink);
        else if (node.type === 'cite') assert.ok(Number.isInteger(node.n) && node.n >= 0);
        else if (node.type === 'text') assert.ok(node.text.length > 0);
        else assert.equal(node.type, 'br');
      }
    };
    fc.assert(
      fc.property(source, fc.constantFrom(undefined, BASE), (text, base) => {
        const blocks = parseMarkdown(text, base ? { base } : {});
        for (const block of blocks) {
          if (block.type === 'p') inlines(block.children, false);
          else {
            assert.ok(block.type === 'ul' || (block.type === 'ol' && Number.isInteger(block.start)), block.type);
            block.items.forEach((item) => inlines(item, false));
          }
        }
        assert.equal(typeof plainText(blocks), 'string');
      }),
      { numRuns: 1000 },
    );
  });
});
