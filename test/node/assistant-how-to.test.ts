/**
 * "How do I…" questions, the assistant's core purpose: the quoted answer gives the steps the page
 * tells, in the page's order, quoted as the page writes them (eval/README.md, "How-to questions").
 * First on small pages written for these tests, then on the demo's content and on the other
 * federation's (packages/assistant/eval/other-federation/).
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { evaluate, loadQuestions } from '../../packages/assistant/eval/metrics.js';
import { loadIndex } from '../../packages/assistant/src/load.js';
import { Assistant } from '../../packages/assistant/src/rag/assistant.js';
import { buildExtractiveAnswer } from '../../packages/assistant/src/rag/extractive.js';
import { KnowledgeIndex } from '../../packages/assistant/src/rag/knowledge-index.js';
import { parseMarkdownPage } from '../../packages/assistant/src/rag/markdown.js';
import { answerShape, holdsShape, isStepsHeading } from '../../packages/assistant/src/rag/shapes.js';

const page = (slug: string, body: string) => parseMarkdownPage(body, { slug, url: `/t/${slug}.html` });

/** Positions of `parts` in `text`, each after the one before it; -1 for a part missing or out of order. */
function inOrder(text: string, parts: readonly string[]): number[] {
  let from = 0;
  return parts.map((part) => {
    const at = text.indexOf(part, from);
    if (at >= 0) from = at + part.length;
    return at;
  });
}

const PAGES = [
  page(
    'ouvrir-un-cabinet',
    '---\ntitle: "Ouvrir un cabinet partagé : le parcours"\n---\n\n# Ouvrir un cabinet partagé : le parcours\n\n' +
      "Ouvrir un cabinet partagé prend souvent une année entière entre la première idée et l'accueil des premiers patients.\n\n" +
      "## Étape 1 : réunir les associés\n\nLes soignants qui veulent exercer ensemble se rencontrent et écrivent une charte commune.\n\n" +
      "## Étape 2 : trouver un local\n\nLe local doit être accessible aux personnes handicapées. La mairie connaît souvent les locaux libres.\n\n" +
      "## Étape 3 : signer le bail\n\nLe bail est signé par la société des associés, pas par chacun d'eux.\n\n" +
      "## Qui peut aider ?\n\nLa chambre des métiers conseille les soignants qui ouvrent un cabinet partagé.\n",
  ),
  page(
    'adhesion-amicale',
    '---\ntitle: "Devenir membre de l\'amicale des soignants"\n---\n\n# Devenir membre de l\'amicale des soignants\n\n' +
      "L'amicale des soignants est ouverte à tous les soignants libéraux du canton. Quarante soignants sont aujourd'hui membres de l'amicale des soignants.\n\n" +
      "## Ce que l'adhésion apporte\n\nL'adhésion donne accès aux soirées de l'amicale des soignants. L'adhésion donne une voix à l'assemblée.\n\n" +
      "## Les démarches\n\nEnvoyez le bulletin d'adhésion par courrier, puis payez la cotisation en ligne. L'amicale confirme l'adhésion par courriel dès réception du paiement.\n",
  ),
  page(
    'club-lecture',
    '---\ntitle: "Comment lancer un club de lecture en salle d\'attente ?"\n---\n\n# Comment lancer un club de lecture en salle d\'attente ?\n\n' +
      "Un club de lecture en salle d'attente se prépare avec les soignants et les patients volontaires.\n\n" +
      "## Choisir les livres\n\nLes livres sont choisis par les patients volontaires chaque trimestre.\n\n" +
      "## Réunir des lecteurs\n\nUne affiche dans la salle d'attente invite les patients à rejoindre le club.\n\n" +
      "## Un mot sur le budget\n\nLe budget du club reste modeste.\n\n" +
      "## Fixer un rythme\n\nLe club se retrouve une fois par mois, le samedi matin.\n",
  ),
  page(
    'missions',
    '---\ntitle: "Les missions de l\'amicale"\n---\n\n# Les missions de l\'amicale\n\n' +
      "L'amicale des soignants anime la vie du canton.\n\n" +
      "## Organiser des soirées\n\nL'amicale organise quatre soirées par an.\n\n" +
      "## Accueillir les nouveaux\n\nL'amicale accueille les soignants qui s'installent.\n\n" +
      "## Défendre les soignants\n\nL'amicale parle au nom des soignants auprès de la mairie.\n",
  ),
];

describe('"how do I…" questions: the steps quoted', () => {
  let index: KnowledgeIndex;
  before(async () => {
    index = await KnowledgeIndex.build(PAGES);
  });
  const slug = (name: string) => index.pages.findIndex((p) => p.slug === name);

  it('a question that asks what to do asks for steps; one that asks how a thing is, or how many, does not', () => {
    for (const question of [
      'Quelles sont les étapes pour ouvrir un cabinet partagé ?',
      "Comment adhérer à l'amicale ?",
      'comment on fait pour ouvrir un cabinet partagé',
      'Par où commencer pour ouvrir un cabinet partagé ?',
      "Quelle est la marche à suivre pour devenir membre de l'amicale ?",
      "Comment notre équipe peut-elle adhérer à l'amicale ?",
      'Quelles démarches faut-il faire, et dans quel ordre ?',
      'How do I join the club?',
      'How can a health centre become a member?',
      'What are the steps to open a shared practice?',
    ]) {
      assert.equal(answerShape(question), 'steps', question);
    }
    for (const question of [
      'Comment le montant de la cotisation est-il calculé ?',
      'Comment fonctionne un cabinet partagé ?',
      "Comment l'amicale défend-elle les soignants ?",
      'How many members are there?',
      // How a thing is, in English too.
      'How does the federation help health centres?',
      'How do health centres work?',
    ]) {
      assert.notEqual(answerShape(question), 'steps', question);
    }
  });

  it('a sentence that asks is not one that tells what to do; a heading that asks how a thing is does not head steps', () => {
    assert.equal(holdsShape('steps', 'Avez-vous un médecin traitant ?'), false);
    assert.equal(holdsShape('steps', "Savez-vous que l'amicale a quarante membres ?"), false);
    assert.equal(holdsShape('steps', "Envoyez le bulletin d'adhésion par courrier."), true);
    // Words in -ez that give no order: a town, a floor, a part of the face.
    assert.equal(holdsShape('steps', 'Rodez accueille une nouvelle maison de santé.'), false);
    assert.equal(holdsShape('steps', 'Orthez compte deux MSP.'), false);
    assert.equal(holdsShape('steps', 'Rez-de-chaussée accessible en fauteuil.'), false);
    assert.equal(holdsShape('steps', 'Nez, gorge, oreilles : un spécialiste consulte le mardi.'), false);
    assert.equal(isStepsHeading('Comment le montant est-il calculé ?'), false);
    assert.equal(isStepsHeading('Comment fonctionne une maison de santé ?'), false);
    assert.equal(isStepsHeading('Comment une MSP adhère-t-elle ?'), true);
    assert.equal(isStepsHeading('Comment s’abonner à la newsletter ?'), true);
  });

  it('a page lists steps when it numbers them, or when its title says how and its headings say actions', () => {
    assert.deepEqual(index.stepOutline(slug('ouvrir-un-cabinet'))?.steps, [
      'Étape 1 : réunir les associés',
      'Étape 2 : trouver un local',
      'Étape 3 : signer le bail',
    ]);
    // "Un mot sur le budget" says no action.
    assert.deepEqual(index.stepOutline(slug('club-lecture'))?.steps, ['Choisir les livres', 'Réunir des lecteurs', 'Fixer un rythme']);
    // The same kind of headings under a title that does not say how are missions, not steps.
    assert.equal(index.stepOutline(slug('missions')), undefined);
    assert.equal(index.stepOutline(slug('adhesion-amicale')), undefined);
  });

  it('headings numbered "1. …" are steps too, unless they are questions (a numbered FAQ)', async () => {
    const numbered = await KnowledgeIndex.build([
      page(
        'local',
        '---\ntitle: "Louer un local partagé"\n---\n\n# Louer un local partagé\n\nLouer un local partagé prend quelques mois.\n\n' +
          '## 1. Visiter les locaux\n\nLes associés visitent les locaux libres avec la mairie.\n\n' +
          '## 2. Négocier le loyer\n\nLe loyer se négocie avec le propriétaire.\n\n' +
          '## 3) Signer le bail\n\nLe bail est signé par la société des associés.\n',
      ),
      page(
        'faq-amicale',
        '---\ntitle: "L\'amicale : questions fréquentes"\n---\n\n# L\'amicale : questions fréquentes\n\nLes questions les plus posées sur l\'amicale.\n\n' +
          "## 1. Qui peut adhérer ?\n\nTous les soignants du canton.\n\n" +
          "## 2. Combien coûte l'adhésion ?\n\nTrente euros par an.\n\n" +
          "## 3. Comment adhérer ?\n\nEnvoyez le bulletin d'adhésion par courrier.\n",
      ),
    ]);
    assert.deepEqual(numbered.stepOutline(0)?.steps, ['1. Visiter les locaux', '2. Négocier le loyer', '3) Signer le bail']);
    assert.equal(numbered.stepOutline(1), undefined);
  });

  it('"quelles sont les étapes…" gets the numbered steps, in the page\'s order, as the page writes them, with one citation', () => {
    const answer = buildExtractiveAnswer(index, index.search('Quelles sont les étapes pour ouvrir un cabinet partagé ?', 8));
    const text = answer?.text ?? '';
    const steps = ['Étape 1 : réunir les associés', 'Étape 2 : trouver un local', 'Étape 3 : signer le bail'];
    assert.ok(inOrder(text, steps).every((at) => at >= 0), text);
    // A list, one step a line, after the page's sentence outside the steps.
    assert.match(text, /^Ouvrir un cabinet partagé prend souvent une année entière[^\n]*\n- Étape 1 : réunir les associés\n- Étape 2 : trouver un local\n- Étape 3 : signer le bail \[1\]$/, text);
    assert.deepEqual(answer?.citations.map((c) => c.url), ['/t/ouvrir-un-cabinet.html']);
    assert.ok(answer?.quotes.every((q) => text.includes(q.text)), 'every quote is in the answer');
  });

  it('a page whose title says how lists its action headings for "comment…", not the heading that says none', () => {
    const text = buildExtractiveAnswer(index, index.search("Comment lancer un club de lecture en salle d'attente ?", 8))?.text ?? '';
    assert.ok(inOrder(text, ['- Choisir les livres', '- Réunir des lecteurs', '- Fixer un rythme']).every((at) => at >= 0), text);
    assert.doesNotMatch(text, /Un mot sur le budget/);
  });

  it('a question about one step gets that step\'s sentences, not the list', () => {
    const text = buildExtractiveAnswer(index, index.search('Comment trouver un local pour un cabinet partagé ?', 8))?.text ?? '';
    assert.match(text, /La mairie connaît souvent les locaux libres/, text);
    assert.doesNotMatch(text, /Étape 3/, text);
  });

  it('what to do, told in sentences ("Envoyez…, puis payez…"), is quoted in the page\'s order, not only what joining brings', () => {
    const text = buildExtractiveAnswer(index, index.search("Comment devenir membre de l'amicale des soignants ?", 8))?.text ?? '';
    const [send, confirm] = inOrder(text, ["Envoyez le bulletin d'adhésion par courrier, puis payez la cotisation en ligne.", "L'amicale confirme l'adhésion par courriel"]);
    assert.ok(send! >= 0 && confirm! > send!, text);
  });
});

describe('"how do I…" questions on the demo\'s and the other federation\'s content', () => {
  const other = fileURLToPath(new URL('../../packages/assistant/eval/other-federation/', import.meta.url));
  let demo: KnowledgeIndex;
  let frelis: KnowledgeIndex;
  before(async () => {
    demo = await loadIndex({});
    frelis = await loadIndex({ inputs: [other] });
  });
  const ask = (index: KnowledgeIndex, question: string) =>
    new Assistant({ index, faq: false }).answer({ messages: [{ role: 'user', content: question }] });

  it('"Comment créer une maison de santé ?" without the FAQ: the page\'s steps, in its order, cited', async () => {
    for (const question of ['Comment créer une maison de santé ?', 'Quelles sont les étapes pour créer une MSP ?']) {
      const answer = await ask(demo, question);
      const at = inOrder(answer.text, ['- Réunir une équipe', "- Rencontrer l'ARS", "- Rencontrer l'URPS", '- Rencontrer les élus et les collectivités', '- Se faire accompagner [1]']);
      assert.ok(at.every((i) => i >= 0), `${question}\n${answer.text}`);
      assert.deepEqual(answer.citations.map((c) => c.url), ['/federation/creer-une-msp.html']);
      assert.ok(answer.text.length <= 700 + 4, 'as long as any quoted answer');
    }
  });

  it('the other federation: its numbered steps for "quelles sont les étapes…", its membership form for "comment rejoindre…"', async () => {
    const steps = await ask(frelis, 'Quelles sont les étapes pour monter une maison de santé dans la région ?');
    const at = inOrder(steps.text, [1, 2, 3, 4, 5, 6].map((n) => `- Étape ${n} : `));
    assert.ok(at.every((i) => i >= 0), steps.text);
    assert.match(steps.text, /- Étape 6 : trouver les locaux \[1\]$/);
    const english = await ask(frelis, 'What are the steps to open a health centre?');
    assert.match(english.text, /- Étape 1 : constituer le noyau de l'équipe/, english.text);
    for (const question of ['Comment rejoindre la fédération ?', 'How do we become members of the network?']) {
      const join = await ask(frelis, question);
      assert.match(join.text, /Remplissez le bulletin d'adhésion en ligne, puis réglez la cotisation/, `${question}\n${join.text}`);
    }
  });

  it('what to do comes first, and for the purpose asked: not "Pour s\'abonner…" to "comment me désabonner ?"', async () => {
    for (const question of ['comment me desabonner de la newsletter femas', 'Comment se désinscrire de la newsletter ?']) {
      const answer = await ask(demo, question);
      assert.match(answer.text, /^Pour vous désabonner de la newsletter/, `${question}\n${answer.text}`);
      assert.doesNotMatch(answer.text, /Pour s'abonner/, `${question}\n${answer.text}`);
    }
    // Told for its own purpose, subscribing keeps its sentence.
    assert.match((await ask(demo, "comment s'inscrire à la newsletter ?")).text, /^Pour s'abonner, il suffit de s'inscrire/);
    // Not "La fédération compte aussi 1 CPTS adhérente…" first, pointing back at nothing; the verb
    // may differ when no sentence tells the question's own ("rejoindre", "Pour adhérer").
    for (const question of ['Comment adhérer à la FEMAS ?', 'Comment rejoindre la fédération ?']) {
      assert.match((await ask(demo, question)).text, /^Pour adhérer, une MSP contacte la FEMAS Hauts-de-France/, question);
    }
  });

  it('a question about a part of the steps page, or how a thing is, keeps its own answer', async () => {
    // "en zone rurale" is what it asks: the sentence on the place, not the list.
    const rural = await ask(demo, 'comment monter un projet de msp en zone rural');
    assert.match(rural.text, /commune rurale ou urbaine, zone déficitaire ou non/);
    assert.doesNotMatch(rural.text, /- Réunir une équipe/);
    const unknown = await ask(frelis, 'Comment changer le mot de passe de notre espace adhérent ?');
    assert.equal(unknown.kind, 'unknown');
  });

  // Floors under the figures reached on the "how" sets (tuning material, eval/README.md, "How-to
  // questions"): before the round, how-to.json had 10 of 12 answered and 58.3 % with every fact
  // (41.7 % without the FAQ), other-federation/how-to.json 12 of 13 and 30.8 %.
  const sets = [
    // Its SISA question gets "hors sujet", not "je ne sais pas" (no page of the demo names the SISA),
    // as before the round.
    { name: 'how-to.json', file: '../../packages/assistant/eval/how-to.json', content: undefined, answered: 1, recallAt1: 0.9, everyFact: 0.75, everyFactWithoutFaq: 0.9, unknownRight: 1 },
    { name: 'other-federation/how-to.json', file: '../../packages/assistant/eval/other-federation/how-to.json', content: other, answered: 1, recallAt1: 0.9, everyFact: 0.75, everyFactWithoutFaq: 0.75, unknownRight: 1 },
  ];
  for (const set of sets) {
    it(`${set.name}: answered, with the steps, from the right page; the refusals and the gate unchanged`, async () => {
      const index = set.content ? frelis : demo;
      const questions = loadQuestions(fileURLToPath(new URL(set.file, import.meta.url)));
      const report = await evaluate(new Assistant({ index }), new Assistant({ index, faq: false }), questions);
      assert.ok(report.kinds.answer.accuracy >= set.answered, `answered ${report.kinds.answer.correct}/${report.kinds.answer.total}`);
      assert.ok(report.retrieval.recallAt1 >= set.recallAt1, `recall@1 ${report.retrieval.recallAt1}`);
      assert.ok(report.facts.complete >= set.everyFact, `every fact in ${report.facts.complete}`);
      assert.ok(report.facts.completeWithoutFaq >= set.everyFactWithoutFaq, `every fact in without the FAQ ${report.facts.completeWithoutFaq}`);
      assert.equal(report.kinds.unknown.correct, set.unknownRight, 'its unknown questions still get "je ne sais pas"');
      assert.deepEqual(report.safety.falsePositives, []);
      assert.deepEqual(report.safety.wronglyRefused, []);
      assert.equal(report.citations.invalid, 0);
    });
  }
});
