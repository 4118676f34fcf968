/**
 * French names inside English text: the server's fixed messages in English name French services
 * ("call 15 (SAMU…)", "3919 (Violences Femmes Info…)", "the on-call doctor (permanence des soins)")
 * and a model's English answer may keep "maison de santé". The protocol marks languages by whole
 * paragraphs, so the panel marks these names itself, for screen readers to say them in French
 * (WCAG 3.1.2, RGAA 8.7). Acronyms spelt letter by letter (MSP, CPTS, ARS) are left to the
 * reader's voice, as technical terms: an English voice spelling them is what an English listener
 * understands. Pure module, tested in Node.
 */
// Any case: a model starts a sentence with "Maisons de santé…" or writes "Samu".
const NAMES = /(?<![\p{L}\p{N}])(SAMU|Violences Femmes Info|permanence des soins|maisons? de santé(?: pluriprofessionnelles?)?)(?![\p{L}\p{N}])/iu;

/**
 * `text` cut around the French names it holds: the names at odd indexes (none: `[text]`). Only
 * for text in English (`lang`, a language tag); any other is returned whole.
 */
export function frenchNames(text: string, lang: string): string[] {
  return /^en\b/i.test(lang) ? text.split(NAMES) : [text];
}
