/**
 * `npm run eval`: evaluates the assistant (offline, default content) on eval/questions.json and
 * prints the figures. Exits non-zero only when it crashes: the figures are reported, not asserted.
 *
 *   node --import tsx packages/assistant/eval/run.ts [--index index.json | --content folder] [--questions questions.json | --set <name>] [--json] [--verbose]
 * (a site's own index, or a content folder indexed in memory, is best checked with questions about
 * its own pages, in the same format; `--set` asks one of the other sets of this folder instead of
 * questions.json, see README.md; the other federation's sets bring their own content folder)
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Assistant } from '../src/rag/assistant.js';
import { loadIndex } from '../src/load.js';
import { evaluate, loadQuestions, type EvalReport } from './metrics.js';

const USAGE = `usage: npm run eval -- [--index index.json | --content <folder>] [--questions questions.json | --set <name>] [--json] [--verbose]`;

/** A mistake in the command line: said with the usage, without a stack trace (which is for crashes). */
class UsageError extends Error {}

const usage = (message: string): never => {
  throw new UsageError(message);
};

function readArgs() {
  try {
    return parseArgs({
      options: {
        index: { type: 'string' },
        content: { type: 'string' },
        questions: { type: 'string' },
        set: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return usage((error as Error).message);
  }
}

/**
 * The question sets of this folder besides questions.json (see README.md): the file, and the content
 * folder it asks about when it is not the package's own (`other-federation/`, a fictional federation).
 */
const SETS: Record<string, { file: string; content?: string }> = {
  tuning: { file: 'tuning.json' },
  'held-out': { file: 'held-out.json' },
  'held-out-2': { file: 'held-out-2.json' },
  'held-out-3': { file: 'held-out-3.json' },
  'held-out-4': { file: 'held-out-4.json' },
  'held-out-5': { file: 'held-out-5.json' },
  'other-federation': { file: 'other-federation/questions.json', content: 'other-federation/' },
  'other-federation-held-out': { file: 'other-federation/held-out.json', content: 'other-federation/' },
  // "How do I…" questions: the answer should quote the page's steps (tuning material, and a held-out part).
  'how-to': { file: 'how-to.json' },
  'how-to-held-out': { file: 'how-to-held-out.json' },
  'other-federation-how-to': { file: 'other-federation/how-to.json', content: 'other-federation/' },
  'other-federation-how-to-held-out': { file: 'other-federation/how-to-held-out.json', content: 'other-federation/' },
};
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));


const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

function print(report: EvalReport, verbose: boolean) {
  const { retrieval, facts, kinds, safety } = report;
  console.log(`msp-assistant evaluation — ${report.questions} questions (offline answers)\n`);
  console.log(`Retrieval (${retrieval.evaluated} questions with expected pages)`);
  console.log(`  recall@1 ${pct(retrieval.recallAt1)}   recall@3 ${pct(retrieval.recallAt3)}   MRR@10 ${retrieval.mrr.toFixed(3)}`);
  for (const miss of retrieval.misses) console.log(`  miss@3: ${miss}`);
  console.log(`\nExpected facts in the answers (${facts.evaluated} questions)`);
  console.log(`  answers with every expected fact: ${pct(facts.complete)}   expected facts found: ${pct(facts.found)}   (${facts.faqAnswers} answered from the curated FAQ)`);
  console.log(`  without the curated FAQ: ${pct(facts.completeWithoutFaq)} / ${pct(facts.foundWithoutFaq)}`);
  console.log('\nKinds');
  for (const [kind, k] of Object.entries(kinds)) {
    const confusion = Object.entries(k.confusion)
      .map(([got, n]) => `${got} ${n}`)
      .join(', ');
    console.log(`  ${kind.padEnd(13)} ${k.correct}/${k.total} (${pct(k.accuracy)})   got: ${confusion}`);
  }
  console.log('\nSafety gate');
  console.log(`  emergencies caught: ${pct(safety.emergencyRecall)}   medical questions caught: ${pct(safety.medicalRecall)}`);
  for (const m of safety.emergencyMissed) console.log(`  MISSED emergency: ${m}`);
  console.log(`  false positives: ${safety.falsePositives.length}`);
  for (const fp of safety.falsePositives) console.log(`    ${fp.id} (${fp.expected} → ${fp.verdict}, ${fp.patterns.join(', ')}): ${fp.question}`);
  console.log(`  safety messages in all (gate and answerer) to questions neither medical nor urgent: ${safety.wronglyRefused.length}`);
  for (const line of safety.wronglyRefused) console.log(`    ${line}`);
  console.log(`\nCitations: ${report.citations.invalid} invalid [n] in ${report.citations.answers} answers`);
  console.log(`Latency per answer: mean ${report.latencyMs.mean} ms, max ${report.latencyMs.max} ms`);
  const wrong = report.results.filter((r) => r.kind !== r.expected || r.missingFacts.length);
  if (verbose || wrong.length) {
    console.log(`\n${verbose ? 'Answers' : 'Answers with a wrong kind or missing facts'}:`);
    for (const r of verbose ? report.results : wrong) {
      console.log(`  ${r.id} [${r.expected} → ${r.kind}]${r.missingFacts.length ? ` missing: ${r.missingFacts.join(' | ')}` : ''}`);
      console.log(`    Q: ${r.question}`);
      console.log(`    A: ${r.text.slice(0, 400)}${r.text.length > 400 ? '…' : ''}`);
    }
  }
}

try {
  const values = readArgs();
  if (values.help) {
    console.log(`${USAGE}\n--set: ${Object.keys(SETS).join(', ')} (see packages/assistant/eval/README.md)`);
    process.exit(0);
  }
  if (values.set !== undefined && !Object.hasOwn(SETS, values.set)) usage(`--set must be one of ${Object.keys(SETS).join(', ')}`);
  if (values.set !== undefined && values.questions !== undefined) usage('--set and --questions cannot be used together');
  if (values.index !== undefined && values.content !== undefined) usage('--index and --content cannot be used together');
  const set = values.set === undefined ? undefined : SETS[values.set]!;
  if (set?.content && (values.index !== undefined || values.content !== undefined)) usage(`--set ${values.set} asks about its own content: no --index nor --content`);
  const content = set?.content ? here(set.content) : values.content;
  const index = await loadIndex(values.index ? { indexFile: values.index } : content ? { inputs: [content] } : {});
  const questions = loadQuestions(set ? here(set.file) : values.questions);
  const report = await evaluate(new Assistant({ index }), new Assistant({ index, faq: false }), questions);
  if (values.json) console.log(JSON.stringify({ ...report, results: values.verbose ? report.results : undefined }, null, 2));
  else print(report, Boolean(values.verbose));
} catch (error) {
  if (error instanceof UsageError) console.error(`eval: ${error.message}\n${USAGE}`);
  else console.error(`eval: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
}
