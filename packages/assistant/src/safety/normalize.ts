/**
 * Text normalisation for the safety gate: lowercase, accents and ligatures folded, apostrophes and
 * punctuation as spaces, letters repeated 3 times or more squeezed ("respiiiire"), dotted acronyms
 * joined ("a.v.c" → "avc"), the pronoun of an inverted question dropped ("la fédération a-t-elle"
 * names no one), and a few SMS spellings expanded ("g mal" → "j ai mal", "jpeux pu" →
 * "je peux plus"), except after a number ("20 g" stays grams).
 */
import { messageLanguage } from '../rag/english.js';

/** A Map, not an object: "constructor" or "tostring" in a message must not find Object's methods. */
const SMS: ReadonlyMap<string, string> = new Map(Object.entries({
  g: 'j ai',
  jai: 'j ai',
  jsuis: 'je suis',
  chui: 'je suis',
  jpeux: 'je peux',
  jpeu: 'je peux',
  jveux: 'je veux',
  jveu: 'je veux',
  jvx: 'je veux',
  vx: 'veux',
  jvais: 'je vais',
  jvai: 'je vais',
  jsui: 'je suis',
  jme: 'je me',
  jarrive: 'j arrive',
  lair: 'l air',
  pu: 'plus',
  plu: 'plus',
  bb: 'bebe',
  pa: 'pas',
  bcp: 'beaucoup',
  tt: 'tout',
  ds: 'dans',
  koi: 'quoi',
  kan: 'quand',
  pk: 'pourquoi',
  pq: 'pourquoi',
  mm: 'meme',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  dont: 'do not',
  im: 'i am',
  wanna: 'want to',
}));

/** Folded, space-separated words. */
export function safetyWords(text: string): string[] {
  const folded = text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\b([a-z])\.(?=[a-z]\b)/g, '$1')
    // "a-t-elle", "peut-il": an inverted question, no one named.
    .replace(/-t-(?:il|elle|on)\b|\b(?<=[a-z])-(?:il|elle|ils|elles)\b/g, ' ')
    .replace(/[’‘ʼ`´']/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/\b(ca|can|won|don|doesn|isn|aren|didn|couldn|wasn|haven|hasn) t\b/g, '$1 not');
  const words = folded.split(' ').filter(Boolean);
  // "dont" is French as often as "don't" typed without its apostrophe: only in an English message
  // is it "do not" ("le PAPS dont parle la FEMAS" is no "do not speak", a stroke's sign).
  const french = words.includes('dont') && messageLanguage(text) !== 'en';
  const out: string[] = [];
  for (const w of words) {
    const expanded = /^\d+$/.test(out.at(-1) ?? '') || (french && w === 'dont') ? undefined : SMS.get(w);
    if (expanded) out.push(...expanded.split(' '));
    else out.push(w);
  }
  return out;
}
