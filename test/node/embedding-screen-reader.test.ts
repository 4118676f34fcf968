// Drop-in embedding, as a screen reader gets it: Chromium's accessibility tree, which Orca, NVDA and
// JAWS read through the platform's accessibility API (scripts/screen-reader runs Orca itself; what it
// found, helper-87, is checked here where the tree shows it). A link's or a button's text is read
// piece by piece, its text nodes in order: a word set apart for screen readers only must keep the
// space before and after it, or "Prendre rendez-vous" and "avec Dr Martin" run together. And the
// point médian of inclusive writing, which screen readers read out, is in no text.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, settle } from './fixtures/embedding/browser.js';
import { askTheAssistant } from './fixtures/embedding/elements.js';
import { LINKED_PAGE_TAGS, linkedPage, startStage, type Stage } from './fixtures/embedding/linked-page.js';

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

describe('drop-in embedding, as a screen reader gets it', { timeout: 120_000 }, () => {
  let stage: Stage;

  before(async () => {
    stage = await startStage({ '/heard.html': linkedPage });
  });

  after(() => stage?.close());

  it('reads every link and button with the spaces of its name, and no point médian', async () => {
    const { page, cdp, log } = await openPage(stage.browser, `${stage.server.origin}/heard.html`);
    try {
      assert.deepEqual(await settle(page, LINKED_PAGE_TAGS), []);
      // An answer: its citations ("Source 1 : …") and sources.
      await askTheAssistant(page, 'msp-assistant#inline', 'Comment rejoindre la fédération ?');
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      /** The text a screen reader reads of `node`: its text nodes, in order, as they are. */
      const pieces = (node: AXNode): string[] =>
        (node.childIds ?? []).flatMap((id) => {
          const child = byId.get(id);
          if (!child) return [];
          return child.role?.value === 'StaticText' ? [child.name?.value ?? ''] : pieces(child);
        });
      const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
      const read = nodes
        .filter((node) => !node.ignored && ['link', 'button'].includes(node.role?.value ?? ''))
        .map((node) => ({ name: squeeze(node.name?.value ?? ''), text: squeeze(pieces(node).join('')) }))
        // Named by their own text (not by aria-label): the two must have the same words.
        .filter(({ name, text }) => text && name.replace(/\s/g, '') === text.replace(/\s/g, ''));
      for (const name of ['Prendre rendez-vous — Maison de santé des Dunes (fictive)', 'Prendre rendez-vous avec Dr Léa Martin']) {
        assert.ok(read.some((r) => r.name === name), `no link named "${name}" (found: ${read.map((r) => r.name).join(' | ')})`);
      }
      assert.ok(read.some((r) => /^Source 1 : /.test(r.name)), 'no citation');
      assert.deepEqual(
        read.filter(({ name, text }) => name !== text).map(({ name, text }) => `"${text}" (its name: "${name}")`),
        [],
      );
      // No point médian in what is read: screen readers say it ("Infirmier point médian ère",
      // "Ouvert point médian ferme à 19:00").
      const texts = nodes.filter((node) => node.role?.value === 'StaticText').map((node) => node.name?.value ?? '');
      assert.ok(texts.some((t) => t.includes('Infirmier ou infirmière')), 'the nurses’ label');
      assert.deepEqual(texts.filter((t) => t.includes('·')), []);
      assert.deepEqual(log.errors.filter((e) => !/404 .*\/tiles\//.test(e)), []);
    } finally {
      await page.close();
    }
  });
});
