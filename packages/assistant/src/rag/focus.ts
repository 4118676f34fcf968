/**
 * The question in a long message. A message typed as one speaks often says who is writing and
 * where before what is asked: "Bonjour, je suis infirmière libérale installée depuis dix ans dans un
 * petit village et je me demande comment je pourrais rejoindre une maison de santé". Searched with
 * the question, those words outweigh it (no page speaks of "dix ans" or "village"), and the
 * assistant says it does not know. {@link questionFocus} drops the clauses that present the writer
 * or their situation; the assistant searches that shorter text, with the same rules, when the whole
 * message found nothing to quote.
 */

/** Where a message splits into clauses: sentence ends, commas, colons, semicolons. */
const CLAUSE_END = /(?<=[.!?;:,…\n])\s*/u;

/** "… et je me demande", "… et nous aimerions", "… et notre équipe se demande": a new clause with its own subject. */
const NEW_SUBJECT = /\s+(?:et|mais|car|alors|donc)\s+(?=(?:je|nous|on|il|elle|ils|elles|mon|ma|mes|notre|nos)\s|j['’])/iu;

/** Greetings a clause may start with: "Bonjour madame, …", "Salut, …". */
const GREETING = /^(?:(?:bonjour|bonsoir|salut|coucou|hello|madame|monsieur|alors|voil[aà]|en fait|oui|euh)\b[\s,!]*)+/iu;

/**
 * A clause that presents the writer or their situation: "je suis kinésithérapeute", "je travaille
 * comme secrétaire dans une MSP", "nous sommes une petite équipe", "mon mari et moi venons
 * d'emménager", "ma mère est âgée", "c'est pour un article". Not "j'ai" nor "nous avons", which as
 * often bring the subject ("nous avons un projet de MSP").
 */
const PRESENTATION = new RegExp(
  '^(?:' +
    [
      "je suis|je ne suis pas|j['’]exerce|je travaille|j['’]habite|je vis|je m['’]occupe|je viens d|nous sommes|on est|nous travaillons|nous exer[cç]ons",
      'nous habitons|nous vivons|nous venons d|on vient d|on habite|on vit',
      "c['’]est pour|c['’]est dans le cadre",
      // "mon mari et moi venons…", "ma mère est âgée", "notre fils habite…"
      '(?:mon|ma|mes|notre|nos)\\s+[\\p{L}-]+(?:\\s+et\\s+moi)?\\s+(?:est|sont|a|ont|vit|vivent|habite|habitent|venons|vient|viennent|travaille|travaillent)',
    ].join('|') +
    ')\\b',
  'iu',
);

/**
 * Words that ask: a clause with one of them, or a question mark, is part of the question ("qui",
 * "où" and "quand" are not among them: in "une commune qui manque de médecins" they only relate).
 * A request asks too: "je voudrais me désinscrire", "je cherche une explication".
 */
const ASKS =
  /\?|(?<!\p{L})(?:comment|combien|pourquoi|quel(?:le)?s?|quoi|est-ce|savoir|demande|voudrais|voudrions|aimerais|aimerions|souhaite|souhaitons|souhaiterais|souhaiterions|cherche|cherchons)(?!\p{L})/iu;

/** The message's clauses, in order, as typed. */
function clauses(text: string): string[] {
  return text
    .split(CLAUSE_END)
    .flatMap((c) => c.split(NEW_SUBJECT))
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Whether a clause only presents the writer or their situation (see {@link PRESENTATION}). */
export function isPresentation(clause: string): boolean {
  const rest = clause.replace(GREETING, '');
  return PRESENTATION.test(rest) && !ASKS.test(rest);
}

/**
 * The message without the clauses that present the writer or their situation; the message itself
 * when it has none, or nothing else.
 */
export function questionFocus(text: string): string {
  const all = clauses(text);
  const kept = all.filter((c) => !isPresentation(c));
  if (kept.length === all.length || kept.length === 0) return text;
  return kept.join(' ');
}

/** A clause of a message, and whether it asks something (a question mark or a word that asks, see {@link ASKS}). */
export interface Clause {
  text: string;
  asks: boolean;
}

/** The message's clauses, in order, each marked when it asks. */
export function clauseRoles(text: string): Clause[] {
  return clauses(text).map((c) => ({ text: c, asks: ASKS.test(c.replace(GREETING, '')) }));
}
