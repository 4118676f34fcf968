/**
 * Search as people type it: case, accents, hyphens and apostrophes do not matter ("saint etienne"
 * finds "Saint-Étienne-au-Mont", "l'ile" and "lile" find "L'Île-Saint-Denis"), every word must be
 * found at the start of a word (so that a postcode does not match in the middle of another), and
 * "st"/"ste" stand for "saint"/"sainte". Pure module, no DOM.
 */
import { departementName } from './departements.js';
import type { Structure } from './schema.js';

/** Lower case, no accents, ligatures spelt out, every run of other characters one space. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte' };
/** `text` (normalised) with "st" and "ste" spelt out. */
const spelt = (text: string) => text.replace(/\bste?\b/g, (word) => ABBREVIATIONS[word]!);

/**
 * A département's name as one word from its start, past a leading "La", "Haut(e)(s)", "Bas",
 * "Deux" or "Territoire de": "garonne" finds the Haute-Garonne, "reunion" La Réunion and "belfort"
 * the Territoire de Belfort, but "calais" not the Pas-de-Calais. The leading words are matched and
 * kept, not looked behind at: Safari before 16.4 cannot parse a lookbehind, and would lose the
 * whole file (every element, in msp-widgets.js).
 */
const departementWords = (name: string) => name.replace(/^(?:la|haute?s?|bas|deux|territoire de) | /g, (match) => (match[1] ? match : '_'));

/**
 * What a structure is found by: its name, town, postcode, département code and name, each once
 * with its words apart, once run together (so "lile" finds "L'Île") and once with its elisions run
 * together ("dascq" finds "d'Ascq"), separated by `|` so that no word is made of two fields. "St"
 * and "Ste" are spelt out, as FINESS and La Poste write towns ("ST OMER") and people type "saint
 * omer". The département's name is found from its start only (see `departementWords`): "calais"
 * finds Calais, not the whole Pas-de-Calais, nor "saint denis" all of the Seine-Saint-Denis.
 */
export function searchKey(structure: Structure): string {
  const { name, address } = structure;
  const fields = [name, address.city, address.postalCode, address.department, departementName(address.department) ?? ''].map((field) => spelt(normalize(field)));
  // Also with elisions run together inside a field ("villeneuve dascq", "pont labbe", "jusquau",
  // "val doise"): before the département's words are joined, which leaves no space to elide.
  const elided = fields.map((field) => field.replace(/\b([a-z]|[a-z]*qu) (?=[a-z])/g, '$1'));
  for (const list of [fields, elided]) list[4] = departementWords(list[4]!);
  return `|${[...fields, ...fields.map((field) => field.replace(/[ _]/g, '')), ...elided.filter((field, i) => field !== fields[i])].join('|')}|`;
}

/** Whether a word of `key` starts with `start`: "80" finds the Somme and 80000, not 59280. */
const hasWordStarting = (key: string, start: string) => key.includes(`|${start}`) || key.includes(` ${start}`);

/**
 * Whether every word of `words` starts a word of `key`, each also as spelt out ("st" as "saint"):
 * spelt once per search, not for each of thousands of keys at every keystroke.
 */
const hasWords = (key: string, words: (readonly [word: string, spelt: string])[]) =>
  words.every(([word, long]) => hasWordStarting(key, word) || hasWordStarting(key, long));

/**
 * A predicate over search keys: true when every word of `query` starts a word of the key, or when
 * the query's first or last words start a département's name and its other words start words of
 * the key ("pas de calais lens", "lens seine st denis"; an empty query finds all).
 */
export function matcher(query: string): (key: string) => boolean {
  // A postcode typed in two groups ("59 000") is one word.
  const words = normalize(query).replace(/(\d) (?=\d)/g, '$1').split(' ').filter(Boolean);
  if (!words.length) return () => true;
  // The département's name from the first word or to the last ("Seine-St-Denis": its "saint" typed short).
  const name = (list: string[]) => `|${departementWords(spelt(list.join(' ')))}`;
  const heads = words.map((_, i) => name(words.slice(0, i + 1)));
  const tails = words.map((_, i) => name(words.slice(i)));
  const pairs = words.map((word) => [word, spelt(word)] as const);
  return (key) =>
    hasWords(key, pairs) ||
    words.some((_, i) => (key.includes(heads[i]!) && hasWords(key, pairs.slice(i + 1))) || (key.includes(tails[i]!) && hasWords(key, pairs.slice(0, i))));
}
