/**
 * The quoted answer's choice of sentences, on small pages written for these tests: what a sentence
 * says when its subject is a pronoun, what a question asks for (a duration, a phone number, a
 * definition) and the sentence that holds it.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { buildExtractiveAnswer } from '../../packages/assistant/src/rag/extractive.js';
import { KnowledgeIndex } from '../../packages/assistant/src/rag/knowledge-index.js';
import { parseMarkdownPage } from '../../packages/assistant/src/rag/markdown.js';

const page = (slug: string, body: string) => parseMarkdownPage(body, { slug, url: `/t/${slug}.html` });

const PAGES = [
  page(
    'forfait',
    '---\ntitle: "Le FNC, forfait numérique des cabinets"\n---\n\n# Le FNC, forfait numérique des cabinets\n\n' +
      "Le forfait numérique, appelé FNC, a été créé en 2019 par la caisse et les syndicats de soignants. Il verse à chaque cabinet une aide annuelle pour son équipement informatique.\n\n" +
      "## Qui le demande ?\n\nLe cabinet demande le FNC à sa caisse avant la fin du mois de mars.\n\n" +
      "## Le montant\n\nLe montant dépend du logiciel choisi par le cabinet.\n",
  ),
  page(
    'aide-fnc',
    '---\ntitle: "Notre appui"\n---\n\n# Notre appui\n\nL\'association relit les demandes de FNC de ses membres. Elle publie chaque année un guide.\n',
  ),
];

describe('quoted answers: which sentences', () => {
  let index: KnowledgeIndex;
  before(async () => {
    index = await KnowledgeIndex.build(PAGES);
  });

  it('a sentence whose subject is a pronoun speaks of what the sentence before it named ("Il verse…" after "Le forfait…, appelé FNC")', () => {
    const answer = buildExtractiveAnswer(index, index.search("C'est quoi le FNC ?", 8));
    assert.match(answer?.text ?? '', /appelé FNC, a été créé en 2019[^.]*\. Il verse à chaque cabinet une aide annuelle/, answer?.text);
  });
});
