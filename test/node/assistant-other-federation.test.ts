/**
 * The assistant on another federation's content: a fictional one (FRELIS, Pays de la Loire, see
 * packages/assistant/eval/other-federation/README.md), written after the assistant had been tuned on
 * the demo's pages only. Its federation's names come from its federation.json, not from the code.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { evaluate, loadQuestions } from '../../packages/assistant/eval/metrics.js';
import { loadIndex } from '../../packages/assistant/src/load.js';
import { Assistant } from '../../packages/assistant/src/rag/assistant.js';
import { analyse, fold, queryConcepts, stem } from '../../packages/assistant/src/rag/french.js';
import { ingest } from '../../packages/assistant/src/rag/ingest.js';
import { KnowledgeIndex } from '../../packages/assistant/src/rag/knowledge-index.js';

const folder = fileURLToPath(new URL('../../packages/assistant/eval/other-federation/', import.meta.url));
const ask = async (assistant: Assistant, question: string) => assistant.answer({ messages: [{ role: 'user', content: question }] });

describe('another federation\'s content (fictional FRELIS)', () => {
  let index: KnowledgeIndex;
  before(async () => {
    index = await loadIndex({ inputs: [folder] });
  });

  it('ingest reads its pages (two in HTML, their address from the canonical link), its FAQ and its federation.json', async () => {
    const result = await ingest([folder]);
    assert.equal(result.pages.length, 12);
    assert.deepEqual(result.skipped, []);
    assert.equal(result.faq.length, 3);
    assert.equal(result.site?.names[0], 'FRELIS');
    assert.equal(result.site?.contact, 'nous-ecrire');
    assert.equal(index.pageBySlugName('offres-emploi')?.url, '/reseau/offres-emploi.html');
    assert.deepEqual(result.warnings, []);
  });

  it('its names are the federation, "rejoindre la FRELIS" is joining; the demo\'s names are not built in', () => {
    const own = { own: index.siteSynonyms };
    assert.ok(queryConcepts('la FRELIS', undefined, own).some((c) => c.terms.includes('_federation')));
    assert.ok(queryConcepts('rejoindre la FRELIS', undefined, own).some((c) => c.terms.includes('_adhesion')));
    assert.ok(analyse('Pays de la Loire', undefined, index.siteSynonyms).includes('_siteregion'));
    // Without a profile, an acronym is a word like another: FEMAS is the demo content's, not the code's.
    assert.ok(!analyse('la FEMAS').includes('_federation'));
    assert.ok(!analyse('la FRELIS').includes('_federation'));
    assert.ok(!analyse('Hauts-de-France').some((t) => t.startsWith('_')));
  });

  it('"rejoindre la fédération" is a phrase that means joining, and its words keep their own senses', () => {
    const own = { own: index.siteSynonyms };
    const [join, ...rest] = queryConcepts('Comment rejoindre la fédération ?', undefined, own);
    assert.deepEqual(rest, []);
    assert.deepEqual(join!.phrase, ['_adhesion']);
    // "rejoindre" alone is also joining a team; "fédération" alone names the federation.
    assert.deepEqual(join!.words, [[stem('rejoindre'), '_rejoindre'], [stem(fold('fédération')), '_federation']]);
    // A word alone, or a phrase whose words have no other sense, is no such phrase.
    assert.equal(queryConcepts('adhérer', undefined, own)[0]!.phrase, undefined);
    assert.equal(queryConcepts('la FRELIS', undefined, own)[0]!.words, undefined);
  });

  it('joining the federation ranks the membership page first, not the page that presents the federation', () => {
    // f42, f43, f46 of its questions: the presentation page names the FRELIS everywhere and says
    // "rejoindre une équipe"; the federation's name outweighed joining.
    for (const question of ['Comment rejoindre la FRELIS ?', 'Comment rejoindre la fédération ?', 'How do I join FRELIS?']) {
      assert.equal(index.search(question, 8).hits[0]?.page.slug, 'cotisations', question);
    }
  });

  it('the profile survives the index file, and an index without one still loads', () => {
    const copy = KnowledgeIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    assert.deepEqual(copy.site, index.site);
    const withoutSite: Record<string, unknown> = { ...index.toJSON() };
    delete withoutSite.site;
    assert.equal(KnowledgeIndex.fromJSON(withoutSite).site, undefined);
  });

  it('"je ne sais pas" about the federation cites its own contact page, and is not "hors sujet"', async () => {
    const assistant = new Assistant({ index });
    const result = await ask(assistant, 'Qui est le président de la FRELIS ?');
    assert.equal(result.kind, 'unknown');
    assert.equal(result.citations[0]?.url, '/reseau/nous-ecrire.html');
  });

  it('job offers and the federation\'s offices are found, in French and in English', async () => {
    const assistant = new Assistant({ index, faq: false });
    const jobs = await ask(assistant, "Où trouver des offres d'emploi de médecin généraliste en maison de santé ?");
    // It got "je ne sais pas" before (no page says "emploi"); without the FAQ, the job board is
    // quoted, though not first (the patients' page says "médecin traitant").
    assert.equal(jobs.kind, 'answer');
    assert.ok(jobs.citations.some((c) => c.url === '/reseau/offres-emploi.html'));
    const offices = await ask(assistant, "Where are the federation's offices?");
    assert.equal(offices.kind, 'answer');
    assert.match(offices.text, /Angers/);
  });

  // Floors under the figures reached on the 40 questions written with the content (eval/README.md,
  // "Another federation's content" and the round on quoted answers after it): 34 of 34 answered,
  // recall@1 94.1 %, recall@3 100 %, every fact in 82.4 %, the 6 non-answers right. The 10 questions
  // on joining the federation (f41-f50), added afterwards and harder, are counted in the whole set's
  // own floors, from its measured figures: 43 of 44 answered, recall@1 93.2 % (f41 still ranks the
  // presentation page first), recall@3 97.7 %, every fact in 70.5 % (six answers on joining do not
  // quote the membership form; f50, "ont rejoint", gets "je ne sais pas"). Since "how" answers quote
  // the steps (eval/README.md, "How-to questions"): the 40 earlier ones every fact in 85.3 %, the 50
  // 84.1 % (f41, f50 as before), recall@3 100 %.
  it('its question set (tuning material now): answered from the right page, the gate unchanged', async () => {
    const questions = loadQuestions(`${folder}questions.json`);
    const joining = new Set(Array.from({ length: 10 }, (_, i) => `f${41 + i}`));
    const earlier = await evaluate(new Assistant({ index }), new Assistant({ index, faq: false }), questions.filter((q) => !joining.has(q.id)));
    assert.equal(earlier.results.length, 40);
    assert.ok(earlier.kinds.answer.accuracy >= 0.95, `answered ${earlier.kinds.answer.correct}/${earlier.kinds.answer.total}`);
    assert.ok(earlier.retrieval.recallAt1 >= 0.94, `recall@1 ${earlier.retrieval.recallAt1}`);
    assert.ok(earlier.retrieval.recallAt3 >= 0.95, `recall@3 ${earlier.retrieval.recallAt3}`);
    assert.ok(earlier.facts.complete >= 0.85, `every fact in ${earlier.facts.complete}`);
    const report = await evaluate(new Assistant({ index }), new Assistant({ index, faq: false }), questions);
    assert.ok(report.kinds.answer.accuracy >= 0.95, `answered ${report.kinds.answer.correct}/${report.kinds.answer.total}`);
    assert.ok(report.retrieval.recallAt1 >= 0.93, `recall@1 ${report.retrieval.recallAt1}`);
    assert.ok(report.retrieval.recallAt3 >= 0.95, `recall@3 ${report.retrieval.recallAt3}`);
    assert.ok(report.facts.complete >= 0.84, `every fact in ${report.facts.complete}`);
    for (const kind of ['out_of_scope', 'medical', 'emergency', 'unknown'] as const) assert.equal(report.kinds[kind].accuracy, 1, kind);
    assert.deepEqual(report.safety.falsePositives, []);
    assert.deepEqual(report.safety.wronglyRefused, [], 'no safety message to a question neither medical nor urgent');
    assert.equal(report.citations.invalid, 0);
  });
});
