/**
 * Text normalisation for the safety gate: lowercase, accents and ligatures folded, apostrophes and
 * punctuation as spaces, letters repeated 3 times or more squeezed ("respiiiire"), and a few SMS
 * spellings expanded ("g mal" → "j ai mal", "jpeux pu" → "je peux plus").
 */

/** A Map, not an object: "constructor" or "tostring" in a message must not find Object's methods. */
const SMS: ReadonlyMap<string, string> = new Map(Object.entries({
  g: 'j ai',
  jai: 'j ai',
  jsuis: 'je suis',
  chui: 'je suis',
  jpeux: 'je peux',
  jpeu: 'je peux',
  jveux: 'je veux',
  jvais: 'je vais',
  jme: 'je me',
  jarrive: 'j arrive',
  pu: 'plus',
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
    .replace(/[’‘ʼ`´']/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/\b(ca|can|won|don|doesn|isn|aren|didn|couldn|wasn|haven|hasn) t\b/g, '$1 not');
  const out: string[] = [];
  for (const w of folded.split(' ')) {
    if (!w) continue;
    const expanded = SMS.get(w);
    if (expanded) out.push(...expanded.split(' '));
    else out.push(w);
  }
  return out;
}
