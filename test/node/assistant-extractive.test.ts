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
import { answerShape } from '../../packages/assistant/src/rag/shapes.js';

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
    'accueil',
    '---\ntitle: "Venir nous voir"\n---\n\n# Venir nous voir\n\nLe bureau de l\'association est à Tours, près de la gare.\n\n' +
      "## Nous joindre\n\nNotre permanence téléphonique répond du lundi au jeudi, le matin. Vous pouvez aussi appeler l'accueil au 03 11 22 33 44.\n",
  ),
  page(
    'agrement',
    '---\ntitle: "L\'agrément des centres de formation"\n---\n\n# L\'agrément des centres de formation\n\n' +
      "Le dossier d'agrément est déposé auprès du rectorat. Il faut compter entre six et neuf mois entre le dépôt du dossier et la décision.\n\n" +
      "## La commission\n\nLa commission consacre du temps à chaque dossier d'agrément. Elle entend le directeur du centre.\n",
  ),
  page(
    'cabinet-partage',
    '---\ntitle: "Le cabinet partagé : de quoi parle-t-on ?"\n---\n\n# Le cabinet partagé : de quoi parle-t-on ?\n\n' +
      "Un cabinet partagé réunit plusieurs soignants libéraux dans les mêmes locaux. Le règlement intérieur du cabinet partagé répartit les frais de loyer.\n\n" +
      "## Une charte avant des murs\n\nUne telle structure n'est pas seulement une colocation entre locataires qui se croisent dans un couloir. Ce qui fait un cabinet partagé, c'est une charte que tous les soignants signent.\n\n" +
      "## Au quotidien\n\nLes soignants d'un cabinet partagé se relaient à l'accueil du cabinet partagé. Les patients d'un cabinet partagé gardent leur soignant habituel.\n",
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

  it('a question that asks how long, or for a phone number, gets the sentence that holds one, in figures or in words', () => {
    assert.equal(answerShape('Combien de temps faut-il pour obtenir un agrément ?'), 'duration');
    assert.equal(answerShape('Quel est le numéro de téléphone de l\'association ?'), 'phone');
    assert.equal(answerShape('Quel est votre numéro SIRET ?'), undefined, 'a number, but no phone number');
    assert.equal(answerShape('Combien de centres sont agréés ?'), undefined, 'how many, not how long');
    assert.equal(answerShape("À quelle adresse e-mail vous écrire ?"), 'email');
    const duration = buildExtractiveAnswer(index, index.search("Combien de temps prend l'agrément d'un centre de formation ?", 8));
    assert.match(duration?.text ?? '', /entre six et neuf mois/, duration?.text);
    const phone = buildExtractiveAnswer(index, index.search("Quel est le numéro de téléphone de l'association ?", 8));
    assert.match(phone?.text ?? '', /03 11 22 33 44/, phone?.text);
  });

  it('a question that asks in what year gets a sentence that gives the year of what it asks about, or nothing', () => {
    assert.equal(answerShape('En quelle année le FNC a-t-il été créé ?'), 'year');
    assert.equal(answerShape("Quand a été créée l'association ?"), 'year');
    assert.equal(answerShape('When was the FNC created?'), 'year');
    assert.equal(answerShape('Quand a lieu la commission ?'), undefined, 'a date, not a year');
    const year = buildExtractiveAnswer(index, index.search('En quelle année le FNC a-t-il été créé ?', 8));
    assert.match(year?.text ?? '', /créé en 2019/, year?.text);
    // The pages give no year for the guide: "Elle publie chaque année un guide" says every other word.
    const search = index.search("En quelle année l'association a-t-elle publié son guide ?", 8);
    assert.equal(search.hits[0]?.coverage, 1);
    assert.equal(buildExtractiveAnswer(index, search), undefined);
  });

  it('a question that asks what something is gets the sentence that says what it is ("Ce qui fait…, c\'est…"), not only those that name it', () => {
    assert.equal(answerShape("Qu'est-ce qu'un cabinet partagé ?"), 'definition');
    assert.equal(answerShape('What is a shared practice?'), 'definition');
    assert.equal(answerShape("C'est quoi une charte, et qui la signe ?"), undefined, 'a message that asks two things');
    const answer = buildExtractiveAnswer(index, index.search("Qu'est-ce qu'un cabinet partagé ?", 8));
    assert.match(answer?.text ?? '', /c'est une charte que tous les soignants signent/, answer?.text);
  });
});
