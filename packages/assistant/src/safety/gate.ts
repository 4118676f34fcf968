/**
 * The safety gate: runs on the user's message before the FAQ, the retrieval or any model.
 * Emergencies win over medical questions; suicidal thoughts add the 3114 line.
 */
import { editDistance } from '../rag/french.js';
import { safetyWords } from './normalize.js';
import { PATTERNS, PERSONAL_WORDS, type PatternSpec } from './patterns.js';

export type SafetyVerdict =
  | { kind: 'emergency'; suicide: boolean; matched: string[] }
  | { kind: 'medical'; matched: string[] }
  | { kind: 'ok' };

interface Alternative {
  word: string;
  prefix: boolean;
  fuzzy: boolean;
}

interface CompiledPattern {
  spec: PatternSpec;
  slots: number[][];
  gap: number;
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
    alternatives.push({ word: text, prefix, fuzzy: fuzzy && text.length >= 5 });
    altIds.set(key, id);
  }
  return id;
}

const COMPILED: CompiledPattern[] = PATTERNS.map((spec) => ({
  spec,
  slots: spec.words.split(/\s+/).map((slot) => slot.split('|').map(altId)),
  gap: spec.gap ?? 3,
}));

function altMatches(token: string, alt: Alternative): boolean {
  if (token === alt.word) return true;
  if (alt.prefix && token.startsWith(alt.word)) return true;
  if (!alt.fuzzy) return false;
  if (alt.prefix) {
    for (let len = alt.word.length - 1; len <= alt.word.length + 1; len++) {
      if (len > token.length || len < 4) continue;
      if (editDistance(token.slice(0, len), alt.word, 1) <= 1) return true;
    }
    return false;
  }
  return token.length >= 4 && editDistance(token, alt.word, 1) <= 1;
}

const tokenCache = new Map<string, ReadonlySet<number>>();

/** The alternatives a word matches (cached: words repeat from one message to the next). */
function matchesOf(token: string): ReadonlySet<number> {
  let set = tokenCache.get(token);
  if (!set) {
    const found = new Set<number>();
    alternatives.forEach((alt, id) => {
      if (Math.abs(token.length - alt.word.length) > 1 && !(alt.prefix && token.length >= alt.word.length - 1)) return;
      if (altMatches(token, alt)) found.add(id);
    });
    set = found;
    if (tokenCache.size > 50_000) tokenCache.clear();
    tokenCache.set(token, set);
  }
  return set;
}

function matchFrom(pattern: CompiledPattern, tokens: ReadonlySet<number>[], slot: number, start: number): boolean {
  if (slot === pattern.slots.length) return true;
  const ids = pattern.slots[slot]!;
  const end = slot === 0 ? tokens.length - 1 : Math.min(tokens.length - 1, start + pattern.gap);
  for (let i = start; i <= end; i++) {
    const m = tokens[i]!;
    if (ids.some((id) => m.has(id)) && matchFrom(pattern, tokens, slot + 1, i + 1)) return true;
  }
  return false;
}

/** Classifies a user message: emergency (with or without suicidal thoughts), medical advice, or ok. */
export function checkSafety(text: string): SafetyVerdict {
  const words = safetyWords(text);
  if (words.length === 0) return { kind: 'ok' };
  const tokens = words.map(matchesOf);
  const personal = words.some((w) => PERSONAL_WORDS.has(w));
  const emergency: string[] = [];
  const medical: string[] = [];
  let suicide = false;
  for (const pattern of COMPILED) {
    if (pattern.spec.personal && !personal) continue;
    if (!matchFrom(pattern, tokens, 0, 0)) continue;
    if (pattern.spec.category === 'medical') medical.push(pattern.spec.id);
    else {
      emergency.push(pattern.spec.id);
      if (pattern.spec.category === 'suicide') suicide = true;
    }
  }
  if (emergency.length) return { kind: 'emergency', suicide, matched: emergency };
  if (medical.length) return { kind: 'medical', matched: medical };
  return { kind: 'ok' };
}
