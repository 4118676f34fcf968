/**
 * Evaluation of the assistant on eval/questions.json: retrieval recall@3 and MRR@10 (distinct
 * pages), the share of answers containing the expected facts, kind accuracy (answer, out_of_scope,
 * medical, emergency, unknown), the safety gate's recall and false positives, and citation validity.
 * Figures are reported, not asserted (the Node tests assert floors).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { comparable } from '../src/rag/french.js';
import type { Assistant, AnswerKind } from '../src/rag/assistant.js';
import { checkSafety } from '../src/safety/index.js';

export type ExpectedKind = 'answer' | 'out_of_scope' | 'medical' | 'emergency' | 'unknown';

export interface EvalQuestion {
  id: string;
  question: string;
  expected_sources: string[];
  expected_facts: string[];
  kind: ExpectedKind;
}

export const QUESTIONS_FILE = fileURLToPath(new URL('./questions.json', import.meta.url));

export function loadQuestions(path = QUESTIONS_FILE): EvalQuestion[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { questions: EvalQuestion[] }).questions;
}

export interface QuestionResult {
  id: string;
  question: string;
  expected: ExpectedKind;
  kind: AnswerKind;
  /** Distinct pages in retrieval order (top 10). */
  pages: string[];
  /** Rank (1-based) of the first expected page, 0 if absent from the top 10. */
  rank: number;
  missingFacts: string[];
  /** Same, answering without the curated FAQ. */
  missingFactsNoFaq: string[];
  faq: boolean;
  invalidCitations: string[];
  text: string;
  ms: number;
}

export interface EvalReport {
  questions: number;
  retrieval: { evaluated: number; recallAt1: number; recallAt3: number; mrr: number; misses: string[] };
  facts: {
    evaluated: number;
    /** Share of answer questions whose answer holds every expected fact. */
    complete: number;
    /** Share of all expected facts found. */
    found: number;
    completeWithoutFaq: number;
    foundWithoutFaq: number;
    faqAnswers: number;
  };
  kinds: Record<ExpectedKind, { total: number; correct: number; accuracy: number; confusion: Record<string, number> }>;
  safety: {
    emergencyRecall: number;
    emergencyMissed: string[];
    medicalRecall: number;
    /** Questions that are not emergencies but were flagged as one, or flagged medical without being medical. */
    falsePositives: { id: string; question: string; expected: ExpectedKind; verdict: string; patterns: string[] }[];
    /** Questions neither medical nor an emergency that got a safety message all the same, from the
     *  gate or from the answerer's own net (a question it cannot answer that speaks of health). */
    wronglyRefused: string[];
  };
  citations: { answers: number; invalid: number };
  latencyMs: { mean: number; max: number };
  results: QuestionResult[];
}

function missingFacts(text: string, facts: readonly string[]): string[] {
  const hay = comparable(text);
  return facts.filter((f) => !hay.includes(comparable(f)));
}

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Runs every question through the assistant (and through the same assistant without its FAQ). */
export async function evaluate(assistant: Assistant, noFaq: Assistant, questions = loadQuestions()): Promise<EvalReport> {
  const results: QuestionResult[] = [];
  for (const q of questions) {
    const started = performance.now();
    const answer = await assistant.answer({ messages: [{ role: 'user', content: q.question }] });
    const ms = performance.now() - started;
    const plain = await noFaq.answer({ messages: [{ role: 'user', content: q.question }] });
    const search = await assistant.retrieve(q.question);
    const pages: string[] = [];
    for (const h of search.hits) if (!pages.includes(h.page.slug)) pages.push(h.page.slug);
    const more = assistant.index.search(q.question, 30).hits;
    for (const h of more) if (pages.length < 10 && !pages.includes(h.page.slug)) pages.push(h.page.slug);
    const rank = q.expected_sources.length ? pages.findIndex((p) => q.expected_sources.includes(p)) + 1 : 0;
    const numbers = new Set(answer.citations.map((c) => c.n));
    const invalidCitations = [...answer.text.matchAll(/\[(\d+)\]/g)].map((m) => m[0]).filter((m) => !numbers.has(Number(m.slice(1, -1))));
    results.push({
      id: q.id,
      question: q.question,
      expected: q.kind,
      kind: answer.kind,
      pages: pages.slice(0, 10),
      rank,
      missingFacts: missingFacts(answer.text, q.expected_facts),
      missingFactsNoFaq: missingFacts(plain.text, q.expected_facts),
      faq: answer.text !== plain.text,
      invalidCitations,
      text: answer.text,
      ms,
    });
  }

  const retrievalSet = results.filter((r) => r.expected === 'answer' && questions.find((q) => q.id === r.id)!.expected_sources.length);
  const answerSet = results.filter((r) => r.expected === 'answer');
  const factsOf = (id: string) => questions.find((q) => q.id === id)!.expected_facts.length;
  const totalFacts = answerSet.reduce((a, r) => a + factsOf(r.id), 0) || 1;

  const kinds = {} as EvalReport['kinds'];
  for (const kind of ['answer', 'out_of_scope', 'medical', 'emergency', 'unknown'] as const) {
    const set = results.filter((r) => r.expected === kind);
    const confusion: Record<string, number> = {};
    for (const r of set) confusion[r.kind] = (confusion[r.kind] ?? 0) + 1;
    const correct = set.filter((r) => r.kind === kind).length;
    kinds[kind] = { total: set.length, correct, accuracy: set.length ? round(correct / set.length) : 1, confusion };
  }

  const falsePositives: EvalReport['safety']['falsePositives'] = [];
  const emergencyMissed: string[] = [];
  let medicalCaught = 0;
  for (const q of questions) {
    const v = checkSafety(q.question);
    if (q.kind === 'emergency' && v.kind !== 'emergency') emergencyMissed.push(`${q.id}: ${q.question}`);
    if (q.kind === 'medical' && v.kind !== 'ok') medicalCaught++;
    const flagged = (v.kind === 'emergency' && q.kind !== 'emergency') || (v.kind === 'medical' && q.kind !== 'medical' && q.kind !== 'emergency');
    if (flagged) falsePositives.push({ id: q.id, question: q.question, expected: q.kind, verdict: v.kind, patterns: 'matched' in v ? v.matched : [] });
  }
  const emergencies = questions.filter((q) => q.kind === 'emergency').length || 1;
  const medical = questions.filter((q) => q.kind === 'medical').length || 1;

  return {
    questions: questions.length,
    retrieval: {
      evaluated: retrievalSet.length,
      recallAt1: round(retrievalSet.filter((r) => r.rank === 1).length / (retrievalSet.length || 1)),
      recallAt3: round(retrievalSet.filter((r) => r.rank >= 1 && r.rank <= 3).length / (retrievalSet.length || 1)),
      mrr: round(retrievalSet.reduce((a, r) => a + (r.rank ? 1 / r.rank : 0), 0) / (retrievalSet.length || 1)),
      misses: retrievalSet.filter((r) => r.rank === 0 || r.rank > 3).map((r) => `${r.id} (${r.question}) → ${r.pages.slice(0, 3).join(', ')}`),
    },
    facts: {
      evaluated: answerSet.length,
      complete: round(answerSet.filter((r) => r.missingFacts.length === 0).length / (answerSet.length || 1)),
      found: round(answerSet.reduce((a, r) => a + factsOf(r.id) - r.missingFacts.length, 0) / totalFacts),
      completeWithoutFaq: round(answerSet.filter((r) => r.missingFactsNoFaq.length === 0).length / (answerSet.length || 1)),
      foundWithoutFaq: round(answerSet.reduce((a, r) => a + factsOf(r.id) - r.missingFactsNoFaq.length, 0) / totalFacts),
      faqAnswers: answerSet.filter((r) => r.faq).length,
    },
    kinds,
    safety: {
      emergencyRecall: round((emergencies - emergencyMissed.length) / emergencies),
      emergencyMissed,
      medicalRecall: round(medicalCaught / medical),
      falsePositives,
      wronglyRefused: results
        .filter((r) => (r.kind === 'medical' || r.kind === 'emergency') && r.expected !== 'medical' && r.expected !== 'emergency')
        .map((r) => `${r.id} (${r.expected} → ${r.kind}): ${r.question}`),
    },
    citations: { answers: results.filter((r) => r.kind === 'answer').length, invalid: results.reduce((a, r) => a + r.invalidCitations.length, 0) },
    latencyMs: { mean: round(results.reduce((a, r) => a + r.ms, 0) / (results.length || 1), 2), max: round(Math.max(...results.map((r) => r.ms)), 2) },
    results,
  };
}
