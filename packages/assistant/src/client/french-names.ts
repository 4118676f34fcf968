/**
 * French names inside English text: the server's fixed messages in English name French services
 * ("call 15 (SAMU…)", "3919 (Violences Femmes Info…)", "the on-call doctor (permanence des soins)")
 * and a model's English answer may keep "maison de santé". The protocol marks languages by whole
 * paragraphs, so the panel marks these names itself, for screen readers to say them in French
 * (WCAG 3.1.2, RGAA 8.7). Acronyms spelt letter by letter (MSP, CPTS, ARS) are left to the
 * reader's voice, as technical terms: an English voice spelling them is what an English listener
 * understands. Pure module, tested in Node.
 */
// Any case: a model starts a sentence with "Maisons de santé…" or writes "Samu". What comes before
// a name is matched, not looked behind at: Safari before 16.4 cannot parse a lookbehind, and would
// lose the whole panel.
const NAMES = /(^|[^\p{L}\p{N}])(SAMU|Violences Femmes Info|permanence des soins|maisons? de santé(?: pluriprofessionnelles?)?)(?![\p{L}\p{N}])/iu;

/**
 * `text` cut around the French names it holds: the names at odd indexes (none: `[text]`). Only
 * for text in English (`lang`, a language tag); any other is returned whole.
 */
export function frenchNames(text: string, lang: string): string[] {
  if (!/^en\b/i.test(lang)) return [text];
  // split() gives [text before, the character before the name, the name, …]: that character goes
  // back to the text before it.
  const parts = text.split(NAMES);
  const pieces = [parts[0]!];
  for (let i = 1; i < parts.length; i += 3) {
    pieces[pieces.length - 1] += parts[i]!;
    pieces.push(parts[i + 1]!, parts[i + 2]!);
  }
  return pieces;
}
