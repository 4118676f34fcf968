/**
 * The profession vocabulary of the directory format, with French (inclusive) and English display
 * labels, in display order (codes and their documentation: profession-codes.ts). Pure data, no DOM.
 */
import { PROFESSION_CODES, PROFESSIONS_FR, type ProfessionCode } from './profession-codes.js';
import { PROFESSIONS_EN } from './professions-en.js';

export { PROFESSION_CODES, type ProfessionCode };

/** Each code with its French and English labels. */
export const PROFESSIONS = /* @__PURE__ */ Object.fromEntries(
  PROFESSION_CODES.map((code) => [code, [PROFESSIONS_FR[code], PROFESSIONS_EN[code]] as const]),
) as Readonly<Record<ProfessionCode, readonly [fr: string, en: string]>>;

/** The display label of a profession in `lang` (French unless `en`). */
export const professionLabel = (code: ProfessionCode, lang: string): string => (lang === 'en' ? PROFESSIONS_EN : PROFESSIONS_FR)[code];
