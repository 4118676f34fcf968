/**
 * Curated FAQ matching: a small MiniSearch index over every question variant of content/faq.json.
 * A curated answer is used only when the question and the variant cover each other well (most of
 * the question's concepts are in the variant, and most of the variant's in the question): a wrong
 * curated answer is worse than none.
 */
import MiniSearch from 'minisearch';
import { CONCEPT_PREFIX, analyse, fold, fuzzyOption, prefixOption, queryConcepts, type CompiledSynonyms, type Corrector, type QueryConcept } from './french.js';
import { coversConcept } from './knowledge-index.js';
import { answerShape } from './shapes.js';
import type { FaqEntry } from './types.js';

export interface FaqMatch {
  entry: FaqEntry;
  /** The variant that matched. */
  question: string;
  /** Share of the question's concepts (IDF-weighted) found in the variant. */
  questionCoverage: number;
  /** Share of the variant's concepts (IDF-weighted) found in the question. */
  variantCoverage: number;
}

interface Variant {
  id: number;
  entry: number;
  text: string;
  /** The variant asks "combien…?" (see `asksForNumber`). */
  asksForNumber: boolean;
  /** The variant asks what something is ("c'est quoi la FEMAS ?", see shapes.ts). */
  asksDefinition: boolean;
  terms: ReadonlySet<string>;
  concepts: QueryConcept[];
}

export interface FaqMatcherOptions {
  /** Spelling correction of the question's words. */
  correct?: Corrector;
  /** IDF weights of the question's concepts (a rare word left out of a variant matters more); equal weights without it. */
  weights?: (concepts: readonly QueryConcept[]) => number[];
  /**
   * Each concept as the parts a variant may say of it, with their weights (`KnowledgeIndex.conceptParts`):
   * a variant that says "MSP" says only part of "monter une MSP". Each concept whole without it.
   */
  parts?: (concepts: readonly QueryConcept[], weights: readonly number[]) => { concept: QueryConcept; weight: number }[][];
  /** Minimum share of the question's concepts (IDF-weighted) the variant must contain (default 0.75). */
  minQuestionCoverage?: number;
  /** Minimum share of the variant's concepts (IDF-weighted) the question must contain (default 0.6). */
  minVariantCoverage?: number;
  /** The content's own synonyms (its federation's names, its region: see `KnowledgeIndex.siteSynonyms`). */
  own?: CompiledSynonyms;
}

const NUMBER_CONCEPTS = [`${CONCEPT_PREFIX}chiffres`, `${CONCEPT_PREFIX}cout`];

/**
 * What a question asks to do: creating an MSP, joining one or the federation, subscribing. An
 * entry none of whose questions says it answers another question, however many of its other words
 * a variant has: "peut-on créer une MSP sans médecin ?" is not "je peux aller voir le kiné de la
 * MSP sans y avoir mon médecin ?" (where "sans" and "médecin" outweigh "créer", a word of many
 * pages). The entry, not the variant: "subvention maison de santé" is of the entry that also asks
 * "Quelles aides pour créer une maison de santé ?". A phrase's action is its meaning ("rejoindre la
 * fédération" is joining it, not joining a team).
 */
const ACTION_CONCEPTS = ['creation', 'adhesion', 'rejoindre', 'abonnement', 'desabonnement'].map((c) => `${CONCEPT_PREFIX}${c}`);
const actionsOf = (concepts: readonly QueryConcept[]): string[] => [
  ...new Set(concepts.flatMap((c) => (c.phrase ?? c.terms).filter((t) => ACTION_CONCEPTS.includes(t)))),
];

/**
 * "Combien" is a question word, left out of the concepts, yet it decides what is asked: a variant
 * that asks "Combien de MSP sont adhérentes à la fédération ?" does not answer "c'est quoi une MSP
 * et comment on adhère à la fédération ?", which shares all its other words.
 */
function asksForNumber(text: string, concepts: readonly QueryConcept[]): boolean {
  return /\bcombien\b/.test(fold(text)) || concepts.some((c) => c.terms.some((t) => NUMBER_CONCEPTS.includes(t)));
}

/** Weighted share of concepts (as their parts) that `terms` say. */
function said(parts: readonly { concept: QueryConcept; weight: number }[][], terms: ReadonlySet<string>): number {
  let total = 0;
  let found = 0;
  for (const { concept, weight } of parts.flat()) {
    total += weight;
    if (coversConcept(terms, concept)) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

export class FaqMatcher {
  private readonly variants: Variant[] = [];
  private readonly mini: MiniSearch<{ id: number; text: string }>;
  private readonly minQ: number;
  private readonly minV: number;
  private readonly correct?: Corrector;
  private readonly own?: CompiledSynonyms;
  private readonly weights: (concepts: readonly QueryConcept[]) => number[];
  private readonly parts: NonNullable<FaqMatcherOptions['parts']>;
  /** The actions (see ACTION_CONCEPTS) each entry's questions say. */
  private readonly actions: Set<string>[];

  constructor(
    readonly entries: readonly FaqEntry[],
    options: FaqMatcherOptions = {},
  ) {
    this.correct = options.correct;
    this.own = options.own;
    const own = options.own;
    this.weights = options.weights ?? ((concepts) => concepts.map(() => 1));
    this.parts = options.parts ?? ((concepts, weights) => concepts.map((concept, i) => [{ concept, weight: weights[i]! }]));
    this.minQ = options.minQuestionCoverage ?? 0.75;
    this.minV = options.minVariantCoverage ?? 0.6;
    entries.forEach((entry, e) => {
      for (const text of entry.questions) {
        const concepts = queryConcepts(text, undefined, { broader: false, own });
        this.variants.push({
          id: this.variants.length,
          entry: e,
          text,
          asksForNumber: /\bcombien\b/.test(fold(text)),
          asksDefinition: answerShape(text) === 'definition',
          terms: new Set(analyse(text, undefined, own)),
          concepts,
        });
      }
    });
    this.mini = new MiniSearch({
      fields: ['text'],
      tokenize: (text: string) => analyse(text, undefined, own),
      processTerm: (t: string) => t,
      searchOptions: {
        tokenize: (q: string) => q.split(' ').filter(Boolean),
        processTerm: (t: string) => t,
        prefix: prefixOption,
        fuzzy: fuzzyOption,
        weights: { prefix: 0.4, fuzzy: 0.3 },
      },
    });
    this.mini.addAll(this.variants.map((v) => ({ id: v.id, text: v.text })));
    this.actions = entries.map(() => new Set<string>());
    for (const v of this.variants) actionsOf(v.concepts).forEach((action) => this.actions[v.entry]!.add(action));
  }

  /** The best curated entry for a question, or undefined when none is close enough. */
  match(question: string, concepts: QueryConcept[] = queryConcepts(question, this.correct, { own: this.own })): FaqMatch | undefined {
    if (concepts.length === 0 || this.variants.length === 0) return undefined;
    const queryTerms = new Set(concepts.flatMap((c) => c.terms));
    const results = this.mini.search([...queryTerms].join(' ')).slice(0, 8);
    const weights = this.weights(concepts);
    const parts = this.parts(concepts, weights);
    const questionAsksForNumber = asksForNumber(question, concepts);
    const actions = actionsOf(concepts);
    // "Un collègue m'a parlé de la FEMAS, c'est quoi ?" is not answered by "Je voudrais parler à
    // quelqu'un de la fédération": an entry that does not ask what a thing is answers a question that
    // does only when it says all of it ("c'est quoi le rôle de l'ARS ?": "Quel est le rôle de l'ARS…").
    const questionAsksDefinition = answerShape(question) === 'definition';
    let best: FaqMatch | undefined;
    let bestScore = 0;
    for (const r of results) {
      const variant = this.variants[r.id as number]!;
      if (variant.asksForNumber && !questionAsksForNumber) continue;
      const covered: number[] = [];
      concepts.forEach((c, i) => {
        if (coversConcept(variant.terms, c)) covered.push(i);
      });
      // As for the pages (see isConfident): sharing only everyday words or spelling corrections
      // with a variant ("je ne comprends pas" and "Que comprend un projet de santé ?") is no match.
      if (!covered.some((i) => !concepts[i]!.everyday && !concepts[i]!.corrected)) continue;
      if (actions.some((action) => !this.actions[variant.entry]!.has(action))) continue;
      const q = said(parts, variant.terms);
      // Both ways: "comment rejoindre une MSP ?" does not say "Comment une MSP peut-elle rejoindre la
      // FEMAS ?" (joining the federation, a phrase of two parts), though it has the word "rejoindre".
      const v = said(this.parts(variant.concepts, this.weights(variant.concepts)), queryTerms);
      if (q < this.minQ || v < this.minV) continue;
      if (questionAsksDefinition && !variant.asksDefinition && q < 0.999) continue;
      const score = q + v;
      if (score > bestScore) {
        bestScore = score;
        best = { entry: this.entries[variant.entry]!, question: variant.text, questionCoverage: q, variantCoverage: v };
      }
    }
    return best;
  }
}
