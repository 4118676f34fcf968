import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Document } from '@langchain/core/documents';
import { evaluate, loadQuestions } from '../../packages/assistant/eval/metrics.js';
import { loadIndex } from '../../packages/assistant/src/load.js';
import { Assistant } from '../../packages/assistant/src/rag/assistant.js';
import { bridgeToFrench, isEnglish, messageLanguage } from '../../packages/assistant/src/rag/english.js';
import { FaqMatcher } from '../../packages/assistant/src/rag/faq.js';
import { clauseRoles, isPresentation, questionFocus } from '../../packages/assistant/src/rag/focus.js';
import { spellOut } from '../../packages/assistant/src/rag/shorthand.js';
import {
  STOPWORDS,
  Speller,
  analyse,
  contentStems,
  editDistance,
  fold,
  fuzzyOption,
  isEveryday,
  placeStems,
  queryConcepts,
  stem,
  termMatches,
  words,
} from '../../packages/assistant/src/rag/french.js';
import { ingest } from '../../packages/assistant/src/rag/ingest.js';
import { buildExtractiveAnswer, isConfident } from '../../packages/assistant/src/rag/extractive.js';
import { KnowledgeIndex, splitSentences, weightedShare, type Hit, type SearchResult } from '../../packages/assistant/src/rag/knowledge-index.js';
import {
  EmbeddingsStore,
  FrenchLexicalRetriever,
  HybridRetriever,
  hybridSearch,
  reciprocalRankFusion,
} from '../../packages/assistant/src/rag/retriever.js';
import { startFakeOpenAI, type FakeOpenAI } from './fixtures/assistant/servers.js';

const fixtures = fileURLToPath(new URL('./fixtures/assistant/', import.meta.url));

// Floors set from the measured figures (recall@3 1.000, MRR 0.971, kinds 100 %) minus a margin:
// they catch a regression, not a rounding change.
const RECALL_AT_3_FLOOR = 0.9;
const MRR_FLOOR = 0.85;

describe('French text pipeline', () => {
  it('strips elisions with the straight and the typographic apostrophe, folds accents and ligatures', () => {
    assert.deepEqual(words("L'adhésion d’une MSP qu’on crée jusqu'à l'œuvre"), ['adhesion', 'une', 'msp', 'on', 'cree', 'a', 'oeuvre']);
    assert.equal(fold('Fédération ÉCOLE Cœur'), 'federation ecole coeur');
  });

  it('drops stopwords and question words, stems with Snowball French (accented or not, the same stem)', () => {
    assert.deepEqual(contentStems("Qu'est-ce qu'une maison de santé ?"), ['maison', 'sant']);
    assert.deepEqual(contentStems('comment adhérer'), contentStems('comment adherer'));
    assert.equal(stem('generalistes'), stem('généraliste'.normalize('NFD').replace(/\p{M}/gu, '')));
    for (const w of ['comment', 'quel', 'combien', 'pourquoi', 'est', 'qu', 'le', 'si', 'sinon']) assert.ok(STOPWORDS.has(w), w);
    assert.ok(!STOPWORDS.has('sans'), '"sans" carries meaning ("sans rendez-vous")');
  });

  it('joins thousands separators, so "4 000" is found by "4000"', () => {
    assert.deepEqual(words('4 000 MSP en 2027, dont 2\u00a0758'), ['4000', 'msp', 'en', '2027', 'dont', '2758']);
  });

  it('adds synonym concepts on both sides: MSP ↔ maison de santé pluriprofessionnelle, kiné ↔ masseur-kinésithérapeute, adhérer ↔ adhésion…', () => {
    assert.ok(analyse('une maison de santé pluriprofessionnelle').includes('_msp'));
    assert.ok(analyse('la MSP').includes('_msp'));
    assert.ok(analyse('les masseurs-kinésithérapeutes').includes('_kine'));
    assert.ok(analyse('un kiné').includes('_kine'));
    for (const w of ['adhérer', 'adhésion', 'adhérent']) assert.ok(analyse(w).includes('_adhesion'), w);
    for (const w of ['créer', 'création']) assert.ok(analyse(w).includes('_creation'), w);
    assert.ok(analyse('agence régionale de santé').includes('_ars'));
    assert.ok(analyse('ARS').includes('_ars'));
    assert.ok(analyse('communauté professionnelle territoriale de santé').includes('_cpts'));
    // One concept for a whole phrase, not one per word.
    assert.equal(queryConcepts('maison de santé pluriprofessionnelle').length, 1);
  });

  it('corrects typos against the indexed words (one edit, transpositions included)', () => {
    const speller = new Speller(['la fédération et ses missions', 'la fédération régionale']);
    assert.equal(speller.correct('federatoin'), 'federation');
    assert.equal(speller.correct('misions'), 'missions');
    assert.equal(speller.correct('netflix'), 'netflix');
    assert.equal(speller.correct('msp'), 'msp', 'short words are left alone');
    // Two edits only from 12 letters; among words as close, the most frequent one.
    const long = new Speller(['le financement de la maison pluriprofessionnelle']);
    assert.equal(long.correct('finnacemant'), 'finnacemant');
    assert.equal(long.correct('pluriprofesionelle'), 'pluriprofessionnelle');
    assert.equal(new Speller(['les centres', 'les contres et les contres']).correct('cantres'), 'contres');
  });

  it('keeps one-digit numbers ("2 médecins"), and matches terms as the search does: prefix from 4 letters, one edit from 5, never for a number', () => {
    assert.deepEqual(contentStems('au moins 2 médecins'), ['moin', '2', 'medecin']);
    assert.equal(editDistance('medecin', 'medecins', 1), 1);
    assert.equal(editDistance('federation', 'fedreation', 1), 1, 'a transposition is one edit');
    assert.equal(editDistance('abcdef', 'uvwxyz', 1), 2, 'max + 1 when above max');
    assert.ok(termMatches('mede', 'medecin'));
    assert.ok(!termMatches('med', 'medecin'));
    assert.ok(termMatches('federation', 'federatio'));
    assert.equal(fuzzyOption('federation'), 1);
    assert.equal(fuzzyOption('40000'), false, '"40000" is not "4000" nor "50000"');
  });

  it('marks the words that name a place: after à, en, dans…, or capitalised after the first word, not in capitals', () => {
    const places = (text: string) => queryConcepts(text).filter((c) => c.place).map((c) => c.terms[0]);
    assert.deepEqual(places('Comment adhérer quand on est à Amiens ?'), [stem('amiens')]);
    assert.deepEqual(places('créer une msp a lille'), [stem('lille')]);
    assert.deepEqual(places('une CPTS dans le Pas-de-Calais'), [stem('calais')], '"pas" is a stopword');
    assert.deepEqual(places('combien coûte une msp de Roubaix'), [stem('roubaix')]);
    assert.deepEqual(places('quel est le numéro SIRET de la fédération ?'), []);
    assert.deepEqual(places('Budget de la fédération ?'), []);
    // After a newsletter or a site, a name is who publishes it.
    const owners = (text: string) => queryConcepts(text).filter((c) => c.owner).map((c) => c.terms[0]);
    assert.deepEqual(owners('la newsletter de Decathlon'), [stem('decathlon')]);
    assert.deepEqual(owners("le site d'Ameli"), [stem('ameli')]);
    assert.deepEqual(places("le site d'Ameli"), []);
    assert.deepEqual(owners('la newsletter de la FEMAS'), [], 'in capitals: no name');
  });

  it('takes a mistyped question word for that word, which the search leaves out, not for a word of the pages', () => {
    const speller = new Speller(['un moment pour contacter la fédération']);
    assert.equal(speller.correct('coment'), 'comment', 'not "moment", one letter away too');
    assert.deepEqual(
      queryConcepts('coment contacter la federation', speller.correct).map((c) => c.terms[0]),
      [stem('contacter'), stem('federation')],
    );
  });

  it('leaves another form of an indexed word as it is, even one letter from a question word ("centre", not "entre")', () => {
    const speller = new Speller(['les centres de santé et les maisons de santé']);
    assert.equal(speller.correct('centre'), 'centre');
    assert.deepEqual(
      queryConcepts('la différence entre une maison de santé et un centre de santé', speller.correct).some((c) => c.terms.includes(stem('centre'))),
      true,
    );
  });

  it('marks the query concepts that are spelling corrections or everyday words', () => {
    const speller = new Speller(['la grâce des missions', 'plus de temps pour les patients']);
    // An everyday word is a known French word: not corrected into a page's word one letter away.
    const [grave] = queryConcepts("c'est grave ?", speller.correct);
    assert.deepEqual(grave, { terms: [stem('grave')], corrected: false, everyday: true, place: false });
    const [grace] = queryConcepts("c'est gracce ?", speller.correct);
    assert.deepEqual(grace, { terms: [stem('grace')], corrected: true, everyday: false, place: false });
    const concepts = queryConcepts('plus de temps pour les misions des patients', speller.correct);
    assert.deepEqual(
      concepts.map((c) => [c.terms[0], c.corrected, c.everyday]),
      [
        ['plus', false, true],
        [stem('temps'), false, true],
        [stem('missions'), true, false],
        [stem('patients'), false, false],
      ],
    );
    // "plus tard" is one concept (opening hours), not an everyday word.
    assert.equal(queryConcepts('ouverte plus tard')[1]?.everyday, false);
    assert.deepEqual(contentStems("cest quoi une msp"), contentStems("c'est quoi une msp"), '"cest" is "c\'est" without its apostrophe');
  });

  it('reads a conjugated everyday verb as everyday ("demandons", "cherchent"), as the stemmer keeps -ons and -ent', () => {
    for (const word of ['demandons', 'cherchons', 'cherchent', 'demandez', 'prennent']) assert.ok(isEveryday(word), word);
    for (const word of ['patient', 'patients', 'fondons', 'federation']) assert.ok(!isEveryday(word), word);
    assert.equal(queryConcepts('nous nous demandons')[0]?.everyday, true);
  });

  it('leaves out courtesy and linking words of a long message ("s\'il vous plaît", "près de chez moi", "car")', () => {
    for (const word of ['plait', 'pres', 'chez', 'car']) assert.ok(STOPWORDS.has(word), word);
    // Words that say what kind of answer is asked, whatever the subject, are everyday words.
    for (const word of ['etapes', 'pistes', 'explication', 'interet', 'proceder', 'futur']) assert.ok(isEveryday(word), word);
  });

  it('an infinitive after "à" names no place ("les personnes à rencontrer"), a town does', () => {
    assert.deepEqual([...placeStems('les personnes à rencontrer à Amiens')], [stem('amiens')]);
    assert.deepEqual([...placeStems('on veut monter une MSP à Lille')], [stem('lille')]);
  });

  it('synonyms of long messages: intégrer ↔ rejoindre, accepter ↔ accueillir, rédiger ↔ écrire, students and interns in training; "monter" is no cost', () => {
    assert.ok(analyse('intégrer une maison de santé').includes('_rejoindre'));
    assert.ok(analyse('rejoindre une équipe').includes('_rejoindre'));
    assert.ok(analyse('la MSP accepte tout le monde').includes('_accueil'));
    assert.ok(analyse('une MSP accueille tous les usagers').includes('_accueil'));
    assert.ok(analyse('rédiger le projet de santé').includes('_ecrire'));
    assert.ok(analyse('prennent-elles des étudiants en stage').includes('_stage'));
    assert.ok(analyse('je suis interne en médecine générale').includes('_stage'));
    assert.ok(!analyse('monter une maison de santé').includes('_cout'));
    assert.ok(!bridgeToFrench('What is the difference between a health centre and a pôle de santé?').includes('between'));
    assert.ok(analyse('quel est le coût de la cotisation').includes('_cout'));
  });

  it('creating an MSP said with "maison de santé" as with "MSP": "monter une maison de santé"', () => {
    assert.ok(analyse('Monter une maison de santé en Bretagne : le parcours').includes('_creation'));
    assert.ok(analyse('monter une MSP').includes('_creation'));
  });

  it('writes the SMS spellings of a message out before it is searched, and nothing else', () => {
    assert.equal(spellOut('bjr jsuis kiné ds une msp, c koi les avantages ? merci'), "bonjour je suis kiné dans une msp, c'est quoi les avantages ? merci");
    assert.equal(spellOut('Slt, cmt on adhère ? pk ?'), 'salut, comment on adhère ? pourquoi ?');
    // A one-letter spelling after a number is a unit; words with an apostrophe or a hyphen stay.
    assert.equal(spellOut("39 c de fièvre, 20 g, c'est l'ARS, c-à-d"), "39 c de fièvre, 20 g, c'est l'ARS, c-à-d");
    // "avc" before a count is "avec"; the stroke otherwise ("les AVC", "un avc ?").
    assert.equal(spellOut('on est 3 avc 1 généraliste, la prévention des AVC, un avc ?'), 'on est 3 avec 1 généraliste, la prévention des AVC, un avc ?');
    const once = spellOut('bjr g une question, c quoi une cpts');
    assert.equal(spellOut(once), once, 'spelling out twice changes nothing more');
    assert.ok(isPresentation(spellOut('jsuis infirmiere liberale')));
    assert.deepEqual(contentStems(spellOut('bjr slt')), [], 'greetings are no subject');
  });

  it('reads the words of spoken French as everyday words: feminine and plural adjectives, "quelque chose de ce genre", "par exemple"', () => {
    for (const word of ['petite', 'petites', 'petits', 'quelque', 'genre', 'type', 'exemple', 'passage', 'chacun', 'propre', 'parfois', 'loin', 'intermediaire', 'retour']) {
      assert.ok(isEveryday(word), word);
    }
    for (const word of ['patiente', 'equipes', 'federations', 'maisons', 'sante']) assert.ok(!isEveryday(word), word);
  });

  it('searches a verb said with "nous" as its infinitive when the pages have that verb, and does not call it a correction', () => {
    const speller = new Speller(['un système utilisé par les équipes', 'monter un projet']);
    assert.equal(speller.correct('utilisons'), 'utiliser');
    assert.equal(speller.correct('montons'), 'monter');
    assert.equal(speller.correct('chantons'), 'chantons', 'a verb the pages lack stays as typed');
    const [use] = queryConcepts('nous utilisons', speller.correct);
    assert.deepEqual(use, { terms: [stem('utiliser')], corrected: false, everyday: false, place: false });
  });

  it('synonyms of real usage: recevoir des patients ↔ accueillir, collaborer ↔ coopérer', () => {
    for (const w of ['les MSP reçoivent des patients', 'elle reçoit tout le monde', 'recevoir sans rendez-vous']) assert.ok(analyse(w).includes('_accueil'), w);
    for (const w of ['collaborer avec une MSP', 'une collaboration', 'coopérer', 'la coopération']) assert.ok(analyse(w).includes('_cooperation'), w);
    assert.ok(bridgeToFrench('working alone rather than in a team').includes('isolé'));
    // Words that name a method of every object are words: not Object's source code in the search.
    assert.equal(bridgeToFrench('constructor toString valueOf'), 'constructor toString valueOf');
    assert.ok(!/rather|than/.test(bridgeToFrench('working alone rather than in a team')));
  });

  it('reads linking words, adverbs of manner in -ment and participles in -u of everyday verbs as everyday words, not nouns in -ment', () => {
    for (const word of ['comme', 'ni', 'autour', 'notamment', 'surtout', 'seulement', 'habituellement', 'generalement', 'uniquement', 'effectivement', 'probablement', 'recemment', 'directement', 'concretement', 'devenus', 'presenter']) {
      assert.ok(isEveryday(word), word);
    }
    for (const word of ['traitement', 'departement', 'element', 'document', 'equipement', 'financement', 'accompagnement', 'seul', 'duree']) {
      assert.ok(!isEveryday(word), word);
    }
  });

  it('English -ed and -ing forms are looked up as their verb; "building" is "bâtiment"; a verb the bridge lacks stays', () => {
    assert.match(bridgeToFrench('Which law created the regional health agencies?'), /créer/);
    const building = bridgeToFrench("Is a maison de santé just a building? My village is getting one and I'd like to understand what it is.");
    assert.match(building, /bâtiment/);
    assert.ok(!/getting|understand|\bone\b/.test(building), building);
    assert.match(bridgeToFrench('Who founded the federation?'), /founded/);
  });

  it('searches a verb said with "ils", or a feminine participle, as its -er infinitive when the pages have that verb', () => {
    const speller = new Speller(['les MSP peuvent participer à la formation', 'mettre en place des protocoles', 'présenter un dossier']);
    assert.equal(speller.correct('participent'), 'participer');
    assert.equal(speller.correct('placees'), 'placer');
    assert.equal(speller.correct('recrutent'), 'recrutent', 'a verb the pages lack stays as typed');
    assert.equal(speller.correct('president'), 'president', 'a noun in -ent stays: no page says "présider"');
    const [take] = queryConcepts('elles participent', speller.correct);
    assert.deepEqual(take, { terms: [stem('participer')], corrected: false, everyday: false, place: false });
  });

  it('reads "à travers", "puisque", "aucun", the words for "possible" and "avoir" said otherwise as everyday words', () => {
    for (const word of ['travers', 'puisque', 'lorsque', 'aucun', 'aucune', 'envisageable', 'faisable', 'realisable', 'disposer', 'disposent', 'dispose', 'posseder']) {
      assert.ok(isEveryday(word), word);
    }
    for (const word of ['dispositif', 'dispositifs', 'traversee']) assert.ok(!isEveryday(word), word);
  });

  it('English pronouns and "though", "somewhere", "else", "find" name no subject; "single" is "unique"', () => {
    const bridged = bridgeToFrench('Can she see the physiotherapist even though her GP works somewhere else? Where can I find it?');
    assert.ok(!/\b(she|her|though|somewhere|else|find)\b/.test(bridged), bridged);
    assert.match(bridgeToFrench('Is there a single place for information?'), /unique/);
    assert.ok(!/since/.test(bridgeToFrench('Who sets the territories since 2018?')));
  });

  it('English: to see a professional is to consult them; the prevention campaigns and who sets the territories are bridged', () => {
    assert.match(bridgeToFrench('Can my mother see the physiotherapist there?'), /consulter/);
    const week = bridgeToFrench('When is the European Immunisation Week, and which campaign is about breast cancer?');
    for (const word of ['européenne', 'vaccination', 'semaine', 'sein']) assert.ok(week.includes(word), `${word}: ${week}`);
    assert.match(bridgeToFrench('Who sets the primary care territories?'), /fixer/);
    assert.match(bridgeToFrench('How do I set up a health centre?'), /créer/);
  });

  it('splits sentences but keeps abbreviations inside', () => {
    assert.deepEqual(splitSentences('M. Dupont est arrivé. Le Dr. Martin aussi ! Et après ?'), ['M. Dupont est arrivé.', 'Le Dr. Martin aussi !', 'Et après ?']);
  });
});

describe('retrieval over the default knowledge base', () => {
  let index: KnowledgeIndex;
  before(async () => {
    index = await loadIndex();
  });

  it('indexes the 16 content pages into heading-aware chunks, with the FAQ', () => {
    assert.equal(index.pages.length, 16);
    assert.ok(index.chunks.length > 50);
    assert.ok(index.faq.length >= 20);
    assert.ok(index.pages.every((p) => p.url.startsWith('/federation/')));
  });

  it('is a LangChain retriever returning documents with title, url and heading', async () => {
    const retriever = new FrenchLexicalRetriever({ index, k: 4 });
    const docs = await retriever.invoke('comment adherer a la federation');
    assert.equal(docs.length, 4);
    assert.ok(docs[0] instanceof Document);
    assert.equal(docs[0].metadata.slug, 'adherer');
    assert.equal(docs[0].metadata.url, '/federation/adherer.html');
    assert.equal(typeof docs[0].metadata.heading, 'string');
    assert.match(docs[0].pageContent, /adh/);
  });

  it('finds pages despite missing accents, typos, acronyms and synonyms', () => {
    const top = (q: string) => index.search(q, 3).hits.map((h) => h.page.slug);
    assert.equal(top('role de l agence regionale de sante')[0], 'ars');
    assert.ok(top('combien coute l adhesion a la fédératoin').includes('adherer'));
    assert.ok(top('kine dans une maison de sante').some((s) => ['msp', 'patients', 'professionnels'].includes(s)));
    assert.equal(top('objectif 4000 maisons de sante')[0], 'chiffres');
    assert.deepEqual(index.search('', 3).hits, []);
  });

  it('weights rare words: a question whose key word is absent from the pages is not confidently matched', () => {
    const netflix = index.search('combien coûte un abonnement netflix', 5);
    assert.ok(netflix.hits.every((h) => h.coverage < 0.5), 'Netflix weighs more than "abonnement"');
    const urps = index.search("à quoi sert l'URPS pour un projet de maison de santé", 5);
    assert.equal(urps.hits[0]!.chunk.heading, "Rencontrer l'URPS", 'the rare word decides the best chunk');
    assert.ok(urps.hits[0]!.coverage >= 0.5);
  });

  it('the index file round-trips (MiniSearch and document frequencies saved), and rejects what is not an index', () => {
    const copy = KnowledgeIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    for (const q of ['comment créer une msp', 'newsletter', 'loi HPST']) {
      assert.deepEqual(
        copy.search(q, 5).hits.map((h) => [h.chunk.id, h.score.toFixed(6), h.coverage]),
        index.search(q, 5).hits.map((h) => [h.chunk.id, h.score.toFixed(6), h.coverage]),
      );
    }
    assert.throws(() => KnowledgeIndex.fromJSON({ format: 'other' }), /not an msp-assistant index file \(format/);
    const broken = { ...index.toJSON(), chunks: [{ id: 0, page: 99, heading: '', context: '', anchor: '', text: 'x' }] };
    assert.throws(() => KnowledgeIndex.fromJSON(broken), /missing page/);
  });

  it('matches curated FAQ questions, but not a near-miss that lacks the rare word', () => {
    // As the assistant builds it: with the content's own synonyms (FEMAS is the federation).
    const faq = new FaqMatcher(index.faq, { correct: index.speller.correct, weights: (c) => index.weights(c), own: index.siteSynonyms });
    assert.equal(faq.match('c est quoi une MSP')?.entry.id, 'msp-definition');
    assert.equal(faq.match('Comment adhérer à la FEMAS ?')?.entry.id, 'adhesion');
    assert.equal(faq.match('comment me desabonner de la newsletter femas')?.entry.id, 'newsletter');
    assert.equal(faq.match("à quoi sert l'URPS pour un projet de maison de santé"), undefined, 'URPS is not in the project-of-health variant');
    assert.equal(faq.match('quel temps fait-il à Lille'), undefined);
    // Opening hours, a patient's first question, have an entry of their own.
    assert.equal(faq.match('a quelle heure ouvre la msp')?.entry.id, 'horaires');
    assert.equal(faq.match('les msp sont elles ouvertes le samedi')?.entry.id, 'horaires');
    assert.equal(faq.match('la maison de sante est elle ouverte a tout le monde')?.entry.id, 'consulter-en-msp');
    // A patient whose doctor works elsewhere (a blind probe's question got a page for professionals).
    assert.equal(faq.match('est ce que je peux aller a la msp si mon medecin traitant est ailleurs')?.entry.id, 'consulter-en-msp');
    assert.equal(faq.match('puis-je consulter à la maison de santé si mon médecin est ailleurs ?')?.entry.id, 'consulter-en-msp');
    // "La région" is the federation's: its figures, not only the ARS's older ones.
    assert.equal(faq.match('y a combien de maisons de santé dans la région ?')?.entry.id, 'chiffres');
  });

  it('a profession stands for "professionnel de santé", never for another profession; a variant\'s rare word must be in the question', () => {
    // As the assistant builds it: with the content's own synonyms (FEMAS is the federation).
    const faq = new FaqMatcher(index.faq, { correct: index.speller.correct, weights: (c) => index.weights(c), own: index.siteSynonyms });
    // A kind finds its broader concept ("Un professionnel de santé peut-il adhérer… ?")…
    assert.equal(faq.match('un kiné peut il adhérer a la femas ?')?.entry.id, 'adhesion');
    assert.equal(faq.match('un dentiste peut-il adhérer à la fédération ?')?.entry.id, 'adhesion');
    // …but not another kind ("…apporte à un kiné ou à une infirmière ?"), nor a variant whose rare
    // word ("avantages") the question lacks: both gave the advantages of working in an MSP.
    assert.equal(faq.match('y a t il un dentiste dans les maisons de santé'), undefined);
    assert.equal(faq.match("est-ce qu'un dentiste peut être dans une maison de santé"), undefined);
    assert.equal(faq.match("est-ce qu'un infirmier peut être dans une maison de santé"), undefined, 'the variant with "une infirmière" says "apporte"');
    assert.equal(faq.match('un orthophoniste peut il faire partie d\'une msp'), undefined, 'not "Un pharmacien peut-il faire partie d\'une MSP ?"');
    assert.equal(faq.match("est-ce qu'un pharmacien peut être dans une maison de santé"), undefined);
    // A patient asking about the MSP's pharmacy does not get the entry for professionals who want to join.
    for (const question of ['Y a-t-il une pharmacie dans la maison de santé ?', "Est-ce qu'il y a des pharmaciens dans les MSP ?"]) {
      assert.notEqual(faq.match(question)?.entry.id, 'rejoindre-une-msp', question);
    }
    // "combien" is a stopword, yet a variant that asks it answers only a question for a number or a cost.
    assert.equal(faq.match("Bonjour, c'est quoi une MSP et comment on adhère à la fédération ? Merci")?.entry.id, 'adhesion');
    assert.equal(faq.match('combien de msp adherentes a la femas')?.entry.id, 'chiffres');
    const dentist = queryConcepts('un dentiste')[0]!;
    assert.ok(dentist.terms.includes('_professionnel'));
    assert.ok(!queryConcepts('un dentiste', undefined, { broader: false })[0]!.terms.includes('_professionnel'));
    assert.ok(!analyse('un kiné').includes('_professionnel'), 'pages and variants keep the kind only');
    assert.ok(analyse('la fédé peut nous aider ?').includes('_federation'), '"fédé", as people say it');
  });

  it(`evaluation: recall@3 ≥ ${RECALL_AT_3_FLOOR}, MRR ≥ ${MRR_FLOOR}, every emergency caught, kinds ≥ 90 %, no invalid citation`, async () => {
    const questions = loadQuestions();
    assert.ok(questions.length >= 40);
    const report = await evaluate(new Assistant({ index }), new Assistant({ index, faq: false }), questions);
    assert.ok(report.retrieval.recallAt3 >= RECALL_AT_3_FLOOR, `recall@3 ${report.retrieval.recallAt3}`);
    assert.ok(report.retrieval.mrr >= MRR_FLOOR, `MRR ${report.retrieval.mrr}`);
    assert.equal(report.safety.emergencyRecall, 1);
    assert.equal(report.kinds.emergency.accuracy, 1);
    for (const kind of ['answer', 'out_of_scope', 'medical', 'unknown'] as const) assert.ok(report.kinds[kind].accuracy >= 0.9, `${kind} ${report.kinds[kind].accuracy}`);
    assert.ok(report.facts.found >= 0.8, `facts found ${report.facts.found}`);
    assert.deepEqual(report.safety.wronglyRefused, []);
    assert.equal(report.citations.invalid, 0);
  });

  it('evaluation: a safety message to a question that is neither medical nor urgent is counted, from the gate or the answerer', async () => {
    const question = (id: string, text: string) => ({ id, question: text, expected_sources: [], expected_facts: [], kind: 'answer' as const });
    const report = await evaluate(new Assistant({ index }), new Assistant({ index, faq: false }), [
      // The gate's pattern, then the answerer's own net (no pattern of the gate matches it).
      question('gate', "j'ai une douleur dans la poitrine"),
      // ("tout gris et il transpire" became a gate pattern, pale-et-sueurs, in the review of long messages.)
      question('net', 'mon mari a les mains toutes froides et moites'),
      question('fine', 'Comment adhérer à la fédération ?'),
    ]);
    assert.deepEqual(report.safety.falsePositives.map((f) => f.id), ['gate']);
    assert.deepEqual(report.safety.wronglyRefused.map((line) => line.split(' ')[0]), ['gate', 'net']);
  });

  // Long, natural messages and English questions, one set per round of work: floors under what each
  // reached, so that a later change cannot take it back unnoticed. Each set's history is in eval/README.md.
  const studiedSets: {
    file: string;
    what: string;
    answered: number;
    recallAt1: number;
    everyFact: number;
    /** The kinds of non-answers that must all be right. */
    refusals: ('out_of_scope' | 'medical' | 'emergency' | 'unknown')[];
    /** The gate's known false positives (ids). */
    falsePositives?: string[];
  }[] = [
    // Before the question's focus and the English bridge: 3 of 26 answered, recall@1 76.9 %; 21
    // after; 25 with the clauses' salience and the pages' chunks together; recall@1 92.3 % and every
    // fact in 73.1 % after the third round (spoken French, the context's budget, figures).
    { file: 'tuning.json', what: 'tuning material', answered: 0.95, recallAt1: 0.9, everyFact: 0.7, refusals: ['out_of_scope', 'medical', 'emergency', 'unknown'] },
    // Before the clauses' salience: 14 of 26 answered; after: 21; 24 with the pages' chunks
    // together; 25 after the third round; every fact in 73.1 % then, 76.9 % after the fourth.
    { file: 'held-out.json', what: 'seen, now tuning material', answered: 0.95, recallAt1: 0.8, everyFact: 0.75, refusals: ['out_of_scope', 'medical', 'emergency', 'unknown'] },
    // Before the third round: 14 of 25 answered, every fact in 44 %; after: 24, 76 %.
    { file: 'held-out-2.json', what: 'studied in the third round', answered: 0.9, recallAt1: 0.9, everyFact: 0.7, refusals: ['out_of_scope', 'medical', 'emergency', 'unknown'] },
    // Before the fourth round: 15 of 25 answered, recall@1 72 %, every fact in 40 %; after: 23, 80 %,
    // 68 %. Its off-topic request in an MSP's context gets "je ne sais pas", not "hors sujet".
    { file: 'held-out-3.json', what: 'studied in the fourth round', answered: 0.9, recallAt1: 0.75, everyFact: 0.6, refusals: ['medical', 'emergency', 'unknown'] },
    // Before the fifth round: 12 of 24 answered, recall@1 70.8 %, every fact in 41.7 %; after: 20,
    // 75 %, 62.5 %. Its SMS-style medical question gets the emergency message ("avc" there is "avec").
    { file: 'held-out-4.json', what: 'studied in the fifth round', answered: 0.8, recallAt1: 0.75, everyFact: 0.6, refusals: ['emergency'], falsePositives: ['s26'] },
  ];

  for (const set of studiedSets) {
    it(`${set.file} (${set.what}): long messages answered from the right page, the gate unchanged`, async () => {
      const questions = loadQuestions(fileURLToPath(new URL(`../../packages/assistant/eval/${set.file}`, import.meta.url)));
      const report = await evaluate(new Assistant({ index }), new Assistant({ index, faq: false }), questions);
      assert.ok(report.kinds.answer.accuracy >= set.answered, `answered ${report.kinds.answer.correct}/${report.kinds.answer.total}`);
      assert.ok(report.retrieval.recallAt1 >= set.recallAt1, `recall@1 ${report.retrieval.recallAt1}`);
      assert.ok(report.facts.complete >= set.everyFact, `every fact in ${report.facts.complete}`);
      for (const kind of set.refusals) assert.equal(report.kinds[kind].accuracy, 1, kind);
      assert.deepEqual(report.safety.falsePositives.map((f) => f.id), set.falsePositives ?? []);
      assert.deepEqual(report.safety.wronglyRefused, [], 'no safety message to a question neither medical nor urgent');
      assert.equal(report.citations.invalid, 0);
    });
  }

  it('a clause that asks counts fully, the clauses around it less; a clause that asks of something named before it counts that too', () => {
    const salience = (text: string) => {
      const concepts = index.concepts(text);
      const weights = index.salience(text, concepts);
      return (word: string) => weights[concepts.findIndex((c) => c.terms.includes(stem(fold(word))))];
    };
    const canton = salience("Avec deux amis médecins, nous rêvons d'ouvrir une MSP dans notre canton, pourriez-vous m'expliquer les personnes à rencontrer ?");
    assert.ok(canton('canton')! > 0 && canton('canton')! <= 0.3, `canton ${canton('canton')}`);
    assert.equal(canton('rencontrer'), 1);
    // No clause names the subject but the one before: "est-ce la même chose ?".
    const same = salience('J\'entends parler de la radio, mais un pôle de santé et une maison de santé, est-ce que c\'est la même chose ?');
    assert.equal(same('pôle'), 1);
    assert.ok(same('radio')! <= 0.3);
    // A pronoun names it: "comment l'adapter".
    const adapt = salience('Bonjour, notre équipe rédige son projet de santé et nous nous demandons comment l\'adapter à notre territoire');
    assert.equal(adapt('projet'), 1);
    // A request asks: "je voudrais me désinscrire", whatever follows.
    assert.deepEqual(
      clauseRoles('Je voudrais me désinscrire de votre newsletter car je change de poste, comment faire ?').map((c) => c.asks),
      [true, false, true],
    );
    const unsubscribe = salience('Je voudrais me désinscrire de votre newsletter car je change de poste, comment faire ?');
    assert.equal(unsubscribe('newsletter'), 1);
    assert.ok(unsubscribe('change')! <= 0.3);
    // Words, not synonym concepts: "interne en médecine" (context) and "un stage" (asked) share a concept.
    const intern = salience("Salut, je suis interne en médecine générale, j'aimerais faire un stage dans une maison de santé, est-ce possible ?");
    assert.ok(intern('interne')! <= 0.3);
    assert.equal(intern('stage'), 1);
    // "ce terme" names what the clause before said; of that clause, only what the pages speak of is asked.
    const term = salience("Je prépare un mémoire sur l'exercice coordonné, je voudrais comprendre ce que ce terme veut dire");
    assert.equal(term('coordonné'), 1);
    assert.ok(term('mémoire')! <= 0.3);
    // One clause, or only clauses that ask: every word counts.
    assert.ok(index.salience('comment adhérer à la fédération ?', index.concepts('comment adhérer à la fédération ?')).every((w) => w === 1));
  });

  it('two sections of one page answer together a message that asks two things; two pages do not', () => {
    const concepts = queryConcepts('objectifs viser adapter territoire');
    const hit = (page: string, covered: number[]): Hit => ({
      chunk: { id: 0, page: 0, heading: '', context: '', anchor: '', text: '' },
      page: { slug: page, title: page, url: `/${page}.html` },
      score: 1,
      coverage: 0,
      covered,
    });
    const result = (hits: Hit[]): SearchResult => ({ concepts, hits, weights: [1, 1, 1, 1], salience: [1, 1, 1, 1] });
    assert.equal(concepts.length, 4);
    assert.ok(isConfident(result([hit('projet-de-sante', [0, 1]), hit('projet-de-sante', [2, 3])]), 0.75));
    assert.ok(!isConfident(result([hit('projet-de-sante', [0, 1]), hit('territoires', [2, 3])]), 0.75));
  });

  it('a word the search finds by prefix is not one the pages lack ("faciliter" for "facilitent"); the synonym table\'s words are no typos', () => {
    const unseen = index.idf('\u0000');
    assert.ok(index.weights(index.concepts('faciliter'))[0]! < unseen);
    assert.equal(index.weights(index.concepts('netflix'))[0], unseen);
    assert.equal(index.speller.correct('interne'), 'interne', 'not "internet"');
    // Everyday words weigh half the lightest topical word.
    const [more, patients] = index.weights(index.concepts('plus de patients'));
    assert.equal(more, patients! / 2);

  });

  it('a long message is searched without the clauses that present the writer; English through the bridge', () => {
    assert.equal(
      questionFocus('Bonjour, je suis infirmière libérale installée depuis dix ans dans un petit village et je me demande comment je pourrais rejoindre une maison de santé, est-ce compliqué ?'),
      'Bonjour, je me demande comment je pourrais rejoindre une maison de santé, est-ce compliqué ?',
    );
    assert.equal(questionFocus("Je suis élu municipal dans une commune qui manque de médecins et je voudrais savoir comment la mairie peut soutenir une maison de santé"), 'je voudrais savoir comment la mairie peut soutenir une maison de santé');
    // A clause that asks stays, whoever its subject; a message that is only a presentation stays whole.
    assert.equal(questionFocus('je suis kiné, est-ce que je peux adhérer ?'), 'est-ce que je peux adhérer ?');
    assert.equal(questionFocus('je suis kiné quel est mon rôle en msp ?'), 'je suis kiné quel est mon rôle en msp ?');
    assert.equal(questionFocus('je suis kiné'), 'je suis kiné');
    assert.ok(isEnglish('How do I join an MSP?'));
    assert.ok(isEnglish('what is a maison de santé'));
    for (const french of ["c'est quoi le FIR", 'comment adhérer à la fédération', 'Bonjour, is it possible ? merci pour la réponse', 'MSP']) assert.ok(!isEnglish(french), french);
    assert.equal(messageLanguage('How do I join an MSP?'), 'en');
    for (const french of ["c'est quoi le FIR", 'Comment adhérer ?', 'Bonjour, is it possible ? merci pour la réponse']) assert.equal(messageLanguage(french), 'fr', french);
    for (const unknown of ['MSP ?', 'ARS', 'hello']) assert.equal(messageLanguage(unknown), undefined, unknown);
    assert.equal(bridgeToFrench('How do I join the federation?'), 'rejoindre fédération');
    assert.ok(queryConcepts(bridgeToFrench('How do I join the federation?'))[0]!.terms.includes('_adhesion'), 'the synonym table joins the bridge');
    assert.equal(bridgeToFrench('What funding is available to open multidisciplinary health centres?'), 'financement ouvrir maison de santé pluriprofessionnelle');
    assert.equal(bridgeToFrench("What's the weather like in Lille tomorrow?"), 'weather à Lille tomorrow', 'unknown words stay: the question stays out of scope');
  });
  it('clauses: greetings as people write them, a question joined to one that asks, a purpose said before the question, English question words', () => {
    const asks = (text: string) => clauseRoles(text).map((c) => c.asks);
    assert.deepEqual(
      clauseRoles("Re-bonjour à tous, on se demande si le projet de santé est obligatoire, et qui peut nous aider à l'écrire").map((c) => [c.text, c.asks]),
      [
        ['Re-bonjour à tous,', false],
        ['on se demande si le projet de santé est obligatoire,', true],
        ["et qui peut nous aider à l'écrire", true],
      ],
    );
    // After a clause that does not ask, "et qui" relates.
    assert.deepEqual(asks("je suis maire d'une commune rurale, qui manque de médecins, et qui voudrait une maison de santé"), [false, false, false]);
    assert.deepEqual(
      clauseRoles('Salut, pour un exposé en fac je cherche le nombre de maisons de santé en France').map((c) => [c.text, c.asks]),
      [
        ['Salut,', false],
        ['pour un exposé en fac', false],
        ['je cherche le nombre de maisons de santé en France', true],
      ],
    );
    assert.equal(clauseRoles('pour créer une MSP je dois rencontrer qui ?').length, 1, '"pour" and a verb is what is asked');
    // Who asks, before "aimerait savoir", is context: "bureau" is in no page (it got "je ne sais pas").
    assert.deepEqual(
      clauseRoles("Le bureau aimerait savoir ce que l'adhésion apporterait à l'équipe.").map((c) => [c.text, c.asks]),
      [
        ['Le bureau', false],
        ["aimerait savoir ce que l'adhésion apporterait à l'équipe.", true],
      ],
    );
    assert.equal(clauseRoles('Nos élus se demandent si soutenir une maison de santé aiderait').length, 1, 'wondering keeps its subject');
    assert.deepEqual(asks('How many MSPs are there in France, and what is the national target?'), [true, true]);
  });

  it('a verb before its subject pronoun asks, even when the question mark ends a later clause; a hyphenated name or "rendez-vous" does not', () => {
    const asks = (text: string) => clauseRoles(text).map((c) => c.asks);
    assert.deepEqual(asks('La fédération accepte-t-elle aussi des CPTS parmi ses adhérents, ou seulement des maisons de santé ?'), [true, true]);
    assert.deepEqual(asks("Le département a-t-il un rôle à jouer dans ce type de projet, et qui d'autre participe au financement ?"), [true, true]);
    assert.deepEqual(asks('Puis-je adhérer seule.'), [true]);
    assert.deepEqual(asks("J'habite à Saint-Omer, j'ai un rendez-vous demain, c'est peut-être trop tard."), [false, false, false]);
  });

  it('wondering asks in any person ("nos élus se demandent si…", "je me demandais si…"); asking someone for something does not', () => {
    const asks = (text: string) => clauseRoles(text).map((c) => c.asks);
    assert.deepEqual(asks('Bonjour, nos élus se demandent si une maison de santé aide à garder les médecins, puisque deux partent.'), [false, true, false]);
    assert.deepEqual(asks("je me demandais si l'adhésion était ouverte aux CPTS."), [true]);
    assert.deepEqual(asks('Les patients demandent souvent des rendez-vous le soir.'), [false]);
  });

  it('a message that asks two things, or points back at its situation, is answered on the clause a page covers; an elliptical clause asks nothing alone', async () => {
    const assistant = new Assistant({ index, faq: false });
    const parcours =
      "Bonjour, je suis coordinateur d'une MSP du Pas-de-Calais depuis le mois dernier. L'équipe voudrait mieux travailler avec l'hôpital et les services médico-sociaux autour de nos patients âgés. Est-ce que la fédération peut nous aider à construire ce genre de parcours ? Merci d'avance";
    assert.ok(!isConfident(index.search(parcours, 8)), 'the whole message: no page covers the hospital, the elderly and the pathways');
    const answer = await assistant.answer({ messages: [{ role: 'user', content: parcours }] });
    assert.equal(answer.kind, 'answer');
    assert.match(answer.text, /parcours de soins/);
    const assembly =
      'Bonjour, nous sommes une MSP adhérente et nous voudrions savoir à quelle date aura lieu la prochaine assemblée générale de la fédération, et à quel endroit ? Merci';
    assert.deepEqual(index.askingClauses(assembly).map((i) => clauseRoles(assembly)[i]!.text.startsWith('et à quel endroit')), [false]);
    assert.equal((await assistant.answer({ messages: [{ role: 'user', content: assembly }] })).kind, 'unknown');
  });

  it('the context of a long message weighs at most half of its question, and "qu\'elle" names what the clause before named', () => {
    const mayor =
      "Madame, Monsieur, je suis maire d'une commune de 1200 habitants dans la Somme. Notre dernier médecin part à la retraite et le conseil municipal envisage de construire des locaux pour une maison de santé. Est-ce que l'ARS peut financer une partie du projet ? Cordialement";
    const concepts = index.concepts(mayor);
    const salience = index.salience(mayor, concepts);
    const weights = index.weights(concepts);
    let asked = 0;
    let around = 0;
    salience.forEach((s, i) => {
      if (s === 1) asked += weights[i]!;
      else around += s * weights[i]!;
    });
    assert.ok(asked > 0 && around > 0);
    assert.ok(around <= 0.5 * asked + 1e-9, `context ${around.toFixed(2)}, question ${asked.toFixed(2)}`);
    assert.ok(isConfident(index.search(mayor, 8)), 'the question is covered, whatever the context');
    const hpst = index.concepts("je fais un dossier sur la loi HPST, pourriez-vous m'expliquer ce qu'elle a prévu pour les territoires ?");
    const hpstSalience = index.salience("je fais un dossier sur la loi HPST, pourriez-vous m'expliquer ce qu'elle a prévu pour les territoires ?", hpst);
    assert.equal(hpstSalience[hpst.findIndex((c) => c.terms.includes('_hpst'))], 1);
  });

  it('the "60 % of the concepts" rule counts the concepts as much as they are asked', () => {
    const concepts = queryConcepts('ardoise bougie cactus dauphin escargot falaise girafe hibou iguane jonquille');
    assert.equal(concepts.length, 10);
    const hit: Hit = {
      chunk: { id: 0, page: 0, heading: '', context: '', anchor: '', text: '' },
      page: { slug: 'p', title: 'p', url: '/p.html' },
      score: 1,
      coverage: 0,
      covered: [2, 3, 4, 5, 6, 7],
    };
    // 6 of 10 concepts, 40 % of the weight: confident when all are asked, not when the 6 are context.
    const weights = [3, 3, 1, 1, 1, 1, 1, 1, 1, 2].map((w) => w);
    assert.ok(isConfident({ concepts, hits: [hit], weights, salience: concepts.map(() => 1) }));
    const salience = [1, 1, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 1];
    assert.ok(!isConfident({ concepts, hits: [hit], weights, salience }));
  });

  it('the "60 % of the concepts" rule counts a merged phrase ("rejoindre la FEMAS") as its words', () => {
    const question = 'Comment rejoindre la FEMAS quand on est à Amiens ?';
    const result = index.search(question, 8);
    assert.deepEqual(result.concepts.map((c) => c.words?.length ?? 1), [2, 1]);
    // The phrase holds under half of the weight ("Amiens", in no page, weighs most): counted as one
    // concept of two, the page that says how to join would not be enough; as two words of three, it is.
    assert.ok(weightedShare([0], result.weights) < 0.5);
    assert.equal(result.hits[0]?.page.slug, 'adherer');
    assert.ok(isConfident(result));
  });

  it('a question that asks how many gets the sentence that holds the figure', () => {
    assert.equal(index.search('combien de maisons de santé dans les Hauts-de-France ?', 8).count, true);
    assert.equal(index.search('combien coûte l\'adhésion ?', 8).count, false, 'a cost is no figure of the pages');
    assert.equal(index.search('comment adhérer ?', 8).count, false);
    const france = buildExtractiveAnswer(index, index.search('Bonjour, je voudrais connaître le nombre de maisons de santé en France, merci', 8));
    assert.match(france?.text ?? '', /2 758/);
    const region = buildExtractiveAnswer(index, index.search("Pourriez-vous me dire combien il y a de maisons de santé dans les Hauts-de-France aujourd'hui ?", 8));
    assert.match(region?.text ?? '', /205/);
  });
});

describe('hybrid retrieval (fake OpenAI-compatible embeddings on 127.0.0.1)', () => {
  let fake: FakeOpenAI;
  let index: KnowledgeIndex;
  before(async () => {
    fake = await startFakeOpenAI();
    const result = await ingest([`${fixtures}markdown`, `${fixtures}html`], { faq: false });
    index = await KnowledgeIndex.build(result.pages);
  });
  after(() => fake.close());

  it('fuses rankings by reciprocal rank (c = 60)', () => {
    const fused = reciprocalRankFusion([
      [1, 2, 3],
      [3, 1, 4],
    ]);
    assert.deepEqual(
      fused.map((f) => f.id),
      [1, 3, 2, 4],
    );
    assert.ok(Math.abs(fused[0]!.score - (1 / 61 + 1 / 62)) < 1e-12);
  });

  it('finds a page by meaning when no word matches, and stays lexical when the endpoint is down', async () => {
    const store = new EmbeddingsStore(index, { model: 'fake-embed', apiKey: '', baseURL: fake.url });
    await store.load();
    assert.ok(store.ready);
    assert.ok(fake.embeddingRequests >= 1);
    assert.equal(index.search('piqûre', 3).hits.length, 0, 'no lexical match');
    const hybrid = await hybridSearch(index, store, 'piqûre', 3);
    assert.equal(hybrid.hits[0]?.page.slug, 'vaccination');
    const retriever = new HybridRetriever({ index, store, k: 2 });
    const docs = await retriever.invoke('où se garer en voiture');
    assert.equal(docs[0]?.metadata.slug, 'parking');

    // A long message searched again clause by clause embeds its text once.
    const before = fake.embeddingRequests;
    for (let i = 0; i < 3; i++) await hybridSearch(index, store, 'une piqûre, et où se garer ?', 3);
    assert.equal(fake.embeddingRequests - before, 1);

    await fake.close();
    const fallback = await hybridSearch(index, store, 'horaires du samedi', 3);
    assert.equal(fallback.hits[0]?.page.slug, 'horaires', 'embeddings unreachable: lexical results');
    fake = await startFakeOpenAI();
  });
});
