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
  sest: 's est',
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
  couldnt: 'could not',
  wont: 'will not',
  dont: 'do not',
  im: 'i am',
  wanna: 'want to',
}));

/**
 * "avc" typed for "avec" in a message about a team's project: "on est 3 avc 1 généraliste, on peut
 * créer une msp ?". Only before a count of colleagues (TEAMMATES), not after a word that names a
 * stroke or someone who has one ("il a eu un avc, 3 médecins l'ont vu", "mon père avc 2 médecins
 * sont là": STROKE_BEFORE), nor first ("AVC, 2 médecins sur place"). Not before any determiner,
 * nor after "rdv": "la secrétaire de la msp avc le bras qui tombe", "urgent rdv avc mon mari" may
 * be the stroke.
 */
const TEAMMATES =
  /^(?:medecins?|generalistes?|mg|kines?|kinesitherapeutes?|infirmier(?:e|s|es)?|ide|pharmaciens?|pharmaciennes?|sages?|orthophonistes?|podologues?|psychologues?|psys?|dentistes?|dieteticien(?:ne)?s?|collegues?|associes?|amis?|confreres?|consoeurs?|professionnels?|pros?|personnes?)$/;
const COUNT_WORD = /^(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)$/;
const STROKE_BEFORE =
  /^(?:\d+|un|une|deux|l|d|le|du|des|les|son|mon|ton|sa|ma|notre|votre|leur|cet|ce|petit|gros|fait|fais|faisait|eu|refait|apres|suite|depuis|par|signe|signes|symptome|symptomes|pere|mere|papa|maman|mari|femme|fils|fille|frere|soeur|grand|pepe|meme|papy|mamie|voisin|voisine|oncle|tante|enfant|bebe|patient|patiente|il|elle|lui|moi)$/;
/** The words of a team's project the message must have for "avc" to be "avec". */
const TEAM_PROJECT = /^(?:msp|maison|creer|monter|projet|equipe|cabinet|installer|regrouper|federation|femas|pole|cpts)$/;

/** Whether the "avc" at `i` is "avec" (see TEAMMATES). */
function avcIsAvec(words: readonly string[], i: number): boolean {
  if (i === 0 || !COUNT_WORD.test(words[i + 1] ?? '') || !TEAMMATES.test(words[i + 2] ?? '')) return false;
  // "on est 3 avc 1 généraliste": a count before it is the team's ("2 avc" is two strokes).
  const teamsCount = COUNT_WORD.test(words[i - 1]!) && /^(?:est|sommes)$/.test(words[i - 2] ?? '');
  return (teamsCount || !STROKE_BEFORE.test(words[i - 1]!)) && words.some((x) => TEAM_PROJECT.test(x));
}

/** Stands for a clause's end while the text is folded (letters only, so that it survives the folding). */
const CLAUSE_END = 'qxclausexq';

/** Folded, space-separated words. */
export function safetyWords(text: string): string[] {
  return safetyClauses(text).words;
}

/**
 * {@link safetyWords}, and after which of them a clause ends (a sentence's end, a comma, a colon…):
 * "il ne parle plus, vite" is no "parle plus vite".
 */
export function safetyClauses(text: string): { words: string[]; clauseEnds: Set<number> } {
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
    .replace(/[.,;:!?…()\n]+/g, ` ${CLAUSE_END} `)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/\b(ca|can|won|don|doesn|isn|aren|didn|couldn|wasn|haven|hasn) t\b/g, '$1 not');
  const words: string[] = [];
  // Indexes in `words` of the words a clause's end follows.
  const endsAfter = new Set<number>();
  for (const w of folded.split(' ')) {
    if (w === CLAUSE_END) endsAfter.add(words.length - 1);
    else if (w) words.push(w);
  }
  const clauseEnds = new Set<number>();
  // "dont" is French as often as "don't" typed without its apostrophe: only in an English message
  // is it "do not" ("le PAPS dont parle la FEMAS" is no "do not speak", a stroke's sign).
  const french = words.includes('dont') && messageLanguage(text) !== 'en';
  const out: string[] = [];
  for (const [i, w] of words.entries()) {
    const expanded = /^\d+$/.test(out.at(-1) ?? '') || (french && w === 'dont') ? undefined : SMS.get(w);
    if (w === 'avc' && avcIsAvec(words, i)) out.push('avec');
    else if (expanded) out.push(...expanded.split(' '));
    else out.push(w);
    if (endsAfter.has(i)) clauseEnds.add(out.length - 1);
  }
  return { words: out, clauseEnds };
}
