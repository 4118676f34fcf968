/**
 * What kind of value a question asks for, when its words say it, and whether a text holds one: "combien
 * de temps faut-il…" asks for a duration, which a page may give without saying "temps" ("entre
 * dix-huit mois et trois ans"); "quel est le numéro de téléphone…" asks for a number, which a page
 * may give without saying "téléphone" ("appelez le secrétariat au 02 00 00 00 00"). A chunk or a
 * sentence that holds the value asked for is preferred, and the sentence counts as saying the words
 * that asked for it. ("Combien" alone asks for a figure: see `asksHowMany` in knowledge-index.ts.)
 */
import { fold, stem } from './french.js';
import { clauseRoles } from './focus.js';
import { spellOut } from './shorthand.js';

export type AnswerShape = 'duration' | 'phone' | 'email' | 'definition';

/** A number in digits or in words, as a duration is written ("18 mois", "dix-huit mois", "quelques semaines"). */
const NUMBER =
  '(?:\\d+(?:[,.]\\d+)?|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|quelques|plusieurs)';

interface Shape {
  /** The question asks for it (on the folded question, SMS spellings written out). */
  asks: RegExp;
  /** A text holds one. */
  holds: RegExp;
  /** Stems of the question's words a sentence holding one says in effect ("temps", "téléphone"). */
  says: ReadonlySet<string>;
}

const stems = (...words: string[]) => new Set(words.map((w) => stem(fold(w))));

const SHAPES: Record<AnswerShape, Shape> = {
  duration: {
    asks: /(?<![a-z])(?:combien de (?:temps|jours|semaines|mois|annees)|duree|delais?|how long)(?![a-z])/,
    holds: new RegExp(
      `(?<![\\p{L}\\p{N}])${NUMBER}(?:[-\\s](?:et[-\\s])?${NUMBER})*\\s+(?:jours?|semaines?|mois|ans|ann[ée]es?|heures?|trimestres?)(?!\\p{L})`,
      'iu',
    ),
    says: stems('temps', 'durée', 'délai', 'délais', 'long'),
  },
  // Not "numéro" alone: "le numéro SIRET" is no phone number.
  phone: {
    asks: /(?<![a-z])(?:telephone|telephoner|tel|phone|appeler|call)(?![a-z])/,
    // A French number, grouped by two or not, or international.
    holds: /(?<![\p{N}+])(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\p{N})/u,
    says: stems('téléphone', 'téléphoner', 'tel', 'phone', 'appeler', 'numéro'),
  },
  email: {
    asks: /(?<![a-z])(?:e-?mail|mail|courriel|adresse electronique)(?![a-z])/,
    holds: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u,
    says: stems('mail', 'e-mail', 'email', 'courriel', 'adresse', 'électronique'),
  },
  // "Qu'est-ce qu'une MSP ?": the sentence that says what it is ("Ce qui fait une maison de santé,
  // c'est une équipe…", "…, appelé ACI, est…", "on parle alors de…"), not only those that name it.
  definition: {
    asks: /(?:qu'?est[- ]ce qu'?(?:e\s+)?(?:une?|les?|la|l'|des)(?![a-z])|c'?est quoi|(?<![a-z])que (?:signifie|veut dire|designe)|(?<![a-z])definition|(?<![a-z])what (?:is|are)(?![a-z]))/,
    holds: /,\s*c['’]est(?!\p{L})|(?<!\p{L})(?:est|sont)\s+(?:une?|des|les?|la|l['’])(?!\p{L})|(?<!\p{L})(?:d[ée]signe(?:nt)?|signifie(?:nt)?|se d[ée]fini(?:t|ssent)|appel[ée]e?s?|on appelle|on parle (?:alors )?d)(?!\p{L})/iu,
    says: new Set<string>(),
  },
};

/** The kind of value the question asks for, if its words say one. */
export function answerShape(query: string): AnswerShape | undefined {
  const text = fold(spellOut(query));
  for (const shape of Object.keys(SHAPES) as AnswerShape[]) {
    if (!SHAPES[shape].asks.test(text)) continue;
    // "C'est quoi une réunion de coordination, on y parle de quoi ? et…": a message that asks
    // several things wants more than a definition.
    if (shape === 'definition' && clauseRoles(query).filter((c) => c.asks).length > 1) continue;
    return shape;
  }
  return undefined;
}

/** Whether a text holds a value of that kind. */
export function holdsShape(shape: AnswerShape, text: string): boolean {
  return SHAPES[shape].holds.test(text);
}

/** Whether a concept's terms are among the words that asked for that kind of value. */
export function asksShape(shape: AnswerShape, terms: readonly string[]): boolean {
  const says = SHAPES[shape].says;
  return terms.some((t) => says.has(t));
}
