/**
 * The safety gate: runs on the user's message before the FAQ, the retrieval or any model.
 * Emergencies win over medical questions; suicidal thoughts add the 3114 line, violence the lines
 * for victims (3919, 119, 17).
 */
import { safetyClauses } from './normalize.js';
import { HAPPENING_WORDS, HEALTH_WORDS, NOT_HEALTH_PHRASES, NOT_TYPOS, PATTERNS, PERSONAL_WORDS, PROJECT_WORDS, STRANGERS, TEAM_POSSESSIVES, TEAM_WORDS, type PatternSpec } from './patterns.js';
import { REAL_WORDS } from './real-words.js';

export type SafetyVerdict =
  | { kind: 'emergency'; suicide: boolean; violence: boolean; matched: string[] }
  | { kind: 'medical'; matched: string[] }
  | { kind: 'ok' };

interface Alternative {
  word: string;
  prefix: boolean;
  fuzzy: boolean;
  /** Written with `!` (or an exception, always exact): this word as it is. */
  exact: boolean;
}

interface CompiledPattern {
  spec: PatternSpec;
  slots: number[][];
  gap: number;
  unless: number[];
  endsOr?: number[][][];
  notThen: number[];
  notAfter: number[];
}

const alternatives: Alternative[] = [];
const altIds = new Map<string, number>();

function altId(raw: string): number {
  let text = raw;
  let fuzzy = true;
  if (text.endsWith('!')) {
    fuzzy = false;
    text = text.slice(0, -1);
  }
  const prefix = text.endsWith('*');
  if (prefix) text = text.slice(0, -1);
  const key = `${text}|${prefix ? 1 : 0}|${fuzzy ? 1 : 0}`;
  let id = altIds.get(key);
  if (id === undefined) {
    id = alternatives.length;
    alternatives.push({ word: text, prefix, fuzzy: fuzzy && text.length >= 5, exact: !fuzzy });
    altIds.set(key, id);
  }
  return id;
}

/** Exact words: a typo must never cancel a flag ("mais" is one letter from "mails"). */
const exact = (words: string) => words.split('|').map((word) => altId(word.endsWith('!') ? word : `${word}!`));

const COMPILED: CompiledPattern[] = PATTERNS.map((spec) => ({
  spec,
  slots: spec.words.split(/\s+/).map((slot) => slot.split('|').map(altId)),
  gap: spec.gap ?? 3,
  unless: spec.unless ? exact(spec.unless) : [],
  endsOr: spec.endsOr?.map((sequence) => sequence.split(/\s+/).map(exact)),
  notThen: spec.notThen ? exact(spec.notThen) : [],
  notAfter: spec.notAfter ? exact(spec.notAfter) : [],
}));

const NOT_TYPO_WORDS = new Set(NOT_TYPOS.filter((w) => !w.endsWith('*')));
const NOT_TYPO_PREFIXES = NOT_TYPOS.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
/** A word of the dictionary (see real-words.ts) or of the list kept by hand: never read as a typo. */
const isRealWord = (token: string) =>
  REAL_WORDS.has(token) || NOT_TYPO_WORDS.has(token) || NOT_TYPO_PREFIXES.some((p) => token.startsWith(p));

/** `#` in a pattern: a count of pills (see isCount); no word is spelt "#", so only isCount sets it. */
const COUNT_ID = altId('#');
const MIN_COUNT = 5;
/** Units and durations after a number: "20 mg", "10 jours de doliprane" are no count of pills. */
const NOT_COUNTED_AFTER = new Set(
  'mg g gr gramme grammes milligramme milligrammes ml cl l kg mcg ug ui unite unites jour jours j semaine semaines mois an ans heure heures h min minutes fois euros eur pourcent'.split(' '),
);

/** "20 comprimés", "j'en ai pris 30": a number of 5 or more that is not a dose ("20 mg") or a duration. */
function isCount(word: string, next: string | undefined): boolean {
  return /^\d{1,4}$/.test(word) && Number(word) >= MIN_COUNT && !(next !== undefined && NOT_COUNTED_AFTER.has(next));
}

/**
 * Whether two words are at most one edit apart (one letter changed, added or removed, or two
 * neighbours swapped): editDistance(a, b, 1) <= 1 of rag/french.ts, without its arrays, as the gate
 * tries every word of a new message against several hundred pattern words.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (diff === 1) return a.slice(i + 1) === b.slice(i);
  if (diff === -1) return a.slice(i) === b.slice(i + 1);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function altMatches(token: string, alt: Alternative, typo: boolean): boolean {
  if (token === alt.word) return true;
  if (alt.prefix && token.startsWith(alt.word)) return true;
  if (!alt.fuzzy || !typo) return false;
  if (alt.prefix) {
    for (let len = alt.word.length - 1; len <= alt.word.length + 1; len++) {
      if (len > token.length || len < 4) continue;
      if (withinOneEdit(token.slice(0, len), alt.word)) return true;
    }
    return false;
  }
  return token.length >= 4 && withinOneEdit(token, alt.word);
}

/**
 * The pattern words (a trailing `*`: a word's beginning) that `token` would match only as their
 * typo: one edit away, `token` being neither one of them nor beginning as one. A word that only an
 * exact (`!`) word or an exception names counts as no pattern word here: "boucle" (an exception)
 * must still not be read as "bouche". Whether `token` is a real word is not asked:
 * scripts/safety-real-words.ts uses this to find the real ones.
 */
export function typoNeighbours(token: string): string[] {
  if (alternatives.some((alt) => !alt.exact && altMatches(token, alt, false))) return [];
  return alternatives.filter((alt) => !altMatches(token, alt, false) && altMatches(token, alt, true)).map(patternWord);
}

/** Every pattern word that a typo may match, sorted (what real-words.ts was computed for). */
export function typoPatternWords(): string[] {
  return [...new Set(alternatives.filter((alt) => alt.fuzzy).map(patternWord))].sort();
}

/** Every word the patterns name as it is (`!`, exceptions), sorted: real-words.ts depends on them too. */
export function exactPatternWords(): string[] {
  return [...new Set(alternatives.filter((alt) => alt.exact).map(patternWord))].sort();
}

/** A word as the patterns write it: "affaiss*" for a prefix. */
const patternWord = (alt: Alternative): string => (alt.prefix ? `${alt.word}*` : alt.word);

const tokenCache = new Map<string, ReadonlySet<number>>();

/** The alternatives a word matches (cached: words repeat from one message to the next). */
function matchesOf(token: string): ReadonlySet<number> {
  let set = tokenCache.get(token);
  if (!set) {
    const found = new Set<number>();
    const typo = !isRealWord(token);
    alternatives.forEach((alt, id) => {
      if (Math.abs(token.length - alt.word.length) > 1 && !(alt.prefix && token.length >= alt.word.length - 1)) return;
      if (altMatches(token, alt, typo)) found.add(id);
    });
    set = found;
    if (tokenCache.size > 50_000) tokenCache.clear();
    tokenCache.set(token, set);
  }
  return set;
}

/**
 * "jetouffe", "jsaigne": a "j'" typed glued to the verb. Split when the word alone means nothing
 * to the patterns and the verb does. (With the clauses' ends, moved with their words.)
 */
function unglue({ words, clauseEnds }: { words: readonly string[]; clauseEnds: ReadonlySet<number> }): { words: string[]; ends: Set<number> } {
  const out: string[] = [];
  const ends = new Set<number>();
  for (const [i, word] of words.entries()) {
    if (word.length >= 6 && word.startsWith('j') && matchesOf(word).size === 0 && matchesOf(word.slice(1)).size > 0) {
      out.push('j', word.slice(1));
    } else out.push(word);
    if (clauseEnds.has(i)) ends.add(out.length - 1);
  }
  return { words: out, ends };
}

/** The message names a health team, its structure or the people it serves. */
function namesTeam(words: readonly string[]): boolean {
  return words.some((w, i) => TEAM_WORDS.has(w) || ((w === 'maison' || w === 'maisons') && words.slice(i + 1, i + 3).includes('sante')));
}

/**
 * The writer, a relative or someone there is spoken of: "notre fils" speaks of a relative; "notre
 * MSP" (`team`) of the writer's team; "une personne", "un monsieur" someone there.
 */
function namesSomeone(words: readonly string[], team: boolean): boolean {
  return words.some(
    (w, i) => (PERSONAL_WORDS.has(w) || someoneThere(words, i)) && !(team && TEAM_POSSESSIVES.has(w)) && !notSomeone(words, i),
  );
}

/** "une personne", "un monsieur", "ce stagiaire": not "Madame, Monsieur", "un type de projet". */
function someoneThere(words: readonly string[], i: number): boolean {
  const [before = '', w = '', after = ''] = [words[i - 1], words[i], words[i + 1]];
  return /^(?:personne|monsieur|type|stagiaire)$/.test(w) && /^(?:un|une|ce|cet|cette)$/.test(before) && !(w === 'type' && /^(?:de|d)$/.test(after));
}

/** A personal word in another sense: "chaque participant", Notre-Dame, "le grand public" (not "grand-mère"). */
function notSomeone(words: readonly string[], i: number): boolean {
  const [before = '', w = '', after = ''] = [words[i - 1], words[i], words[i + 1]];
  return (
    (STRANGERS.has(w) && /^(?:chaque|tout|tous)$/.test(before)) ||
    (w === 'dame' && before === 'notre') ||
    (w === 'grand' && !/^(?:mere|pere|parent|parents|oncle|tante)$/.test(after))
  );
}

/** A message's words as the patterns see them: the alternatives each matches, and where clauses end. */
interface Tokens {
  matches: ReadonlySet<number>[];
  ends: ReadonlySet<number>;
}

const has = (m: ReadonlySet<number> | undefined, ids: readonly number[]) => !!m && ids.some((id) => m.has(id));

/** Whether `sequence` follows word `last`, word after word, in its clause. */
function follows(sequence: number[][], { matches, ends }: Tokens, last: number): boolean {
  return sequence.every((ids, k) => !ends.has(last + k) && has(matches[last + 1 + k], ids));
}

/** Whether what comes after the pattern's last word (at `last`) lets it match (see `endsOr`, `notThen`). */
function endsWell(pattern: CompiledPattern, tokens: Tokens, last: number): boolean {
  const { matches, ends } = tokens;
  const free = last === matches.length - 1 || ends.has(last);
  for (let k = last + 1; k <= last + (pattern.spec.thenWithin ?? 1) && !ends.has(k - 1); k++) {
    if (has(matches[k], pattern.notThen)) return false;
  }
  return !pattern.endsOr || free || pattern.endsOr.some((sequence) => follows(sequence, tokens, last));
}

function matchFrom(pattern: CompiledPattern, tokens: Tokens, slot: number, start: number): boolean {
  if (slot === pattern.slots.length) return endsWell(pattern, tokens, start - 1);
  const ids = pattern.slots[slot]!;
  const { matches } = tokens;
  const end = slot === 0 ? matches.length - 1 : Math.min(matches.length - 1, start + pattern.gap);
  for (let i = start; i <= end; i++) {
    // A first word right after one of `notAfter`, in its clause, is read in another sense.
    if (slot === 0 && i > 0 && !tokens.ends.has(i - 1) && has(matches[i - 1], pattern.notAfter)) continue;
    if (has(matches[i], ids) && matchFrom(pattern, tokens, slot + 1, i + 1)) return true;
  }
  return false;
}

/** Classifies a user message: emergency (with or without suicidal thoughts or violence), medical advice, or ok. */
export function checkSafety(text: string): SafetyVerdict {
  const { words, ends } = unglue(safetyClauses(text));
  if (words.length === 0) return { kind: 'ok' };
  const matches = words.map((word, i) => {
    const found = matchesOf(word);
    return isCount(word, words[i + 1]) ? new Set([...found, COUNT_ID]) : found;
  });
  const tokens: Tokens = { matches, ends };
  const team = namesTeam(words);
  const personal = namesSomeone(words, team);
  // "prévention du suicide en MSP": a team's project, no one named, nothing happening; topic patterns
  // do not count.
  const teamProject = team && !personal && !words.some((w) => HAPPENING_WORDS.has(w)) && words.some((w) => PROJECT_WORDS.has(w));
  // Every alternative some word matches: a pattern with a slot outside it cannot match (most of them).
  const seen = new Set<number>();
  for (const found of matches) for (const id of found) seen.add(id);
  const present = (ids: readonly number[]) => ids.some((id) => seen.has(id));
  const emergency: string[] = [];
  const medical: string[] = [];
  let suicide = false;
  let violence = false;
  for (const pattern of COMPILED) {
    if (pattern.spec.personal && !personal) continue;
    if (pattern.spec.topic && teamProject) continue;
    if (!pattern.slots.every(present) || !matchFrom(pattern, tokens, 0, 0)) continue;
    if (present(pattern.unless)) continue;
    if (pattern.spec.category === 'medical') medical.push(pattern.spec.id);
    else {
      emergency.push(pattern.spec.id);
      if (pattern.spec.category === 'suicide') suicide = true;
      if (pattern.spec.category === 'violence') violence = true;
    }
  }
  if (emergency.length) return { kind: 'emergency', suicide, violence, matched: emergency };
  if (medical.length) return { kind: 'medical', matched: medical };
  return { kind: 'ok' };
}

const HEALTH_EXACT = new Set(HEALTH_WORDS.filter((w) => !w.endsWith('*')));
const HEALTH_PREFIXES = HEALTH_WORDS.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));

/**
 * The message speaks of the writer's or a relative's body or health ("mon mari a les mains toutes
 * froides et moites"), whether or not a pattern of the gate matched. The gate's patterns cannot list every
 * wording of an emergency: when the pages do not answer such a message either, the assistant gives
 * the medical refusal, with its emergency numbers, rather than "hors sujet" or "je ne sais pas".
 */
export function speaksOfHealth(text: string): boolean {
  const { words } = unglue(safetyClauses(text));
  const health = (w: string, i: number) =>
    (HEALTH_EXACT.has(w) || HEALTH_PREFIXES.some((p) => w.startsWith(p))) && !NOT_HEALTH_PHRASES.has(`${words[i - 1]} ${w}`);
  return namesSomeone(words, namesTeam(words)) && words.some(health);
}
