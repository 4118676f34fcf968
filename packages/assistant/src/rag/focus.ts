/**
 * The question in a long message. A message typed as one speaks often says who is writing and
 * where before what is asked: "Bonjour, je suis infirmière libérale installée depuis dix ans dans un
 * petit village et je me demande comment je pourrais rejoindre une maison de santé". Searched with
 * the question, those words outweigh it (no page speaks of "dix ans" or "village"), and the
 * assistant says it does not know. {@link questionFocus} drops the clauses that present the writer
 * or their situation; the assistant searches that shorter text, with the same rules, when the whole
 * message found nothing to quote.
 */

import { spellOut } from './shorthand.js';

/** Where a message splits into clauses: sentence ends, commas, colons, semicolons. */
const CLAUSE_END = /(?<=[.!?;:,…\n])\s*/u;

/** "… et je me demande", "… et nous aimerions", "… et notre équipe se demande": a new clause with its own subject. */
const NEW_SUBJECT = /\s+(?:et|mais|car|alors|donc)\s+(?=(?:je|nous|on|il|elle|ils|elles|mon|ma|mes|notre|nos)\s|j['’])/iu;

/** Greetings a clause may start with: "Bonjour madame, …", "Salut, …", "Re-bonjour à tous, …". */
const GREETING =
  /^(?:(?:re-?\s?)?(?:bonjour|bonsoir|salut|coucou|hello|madame|monsieur|alors|voil[aà]|en fait|oui|euh)(?:\s+[àa]\s+(?:tous|toutes|vous|toute l['’][ée]quipe))?\b[\s,!]*)+/iu;

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
 * A request asks too: "je voudrais me désinscrire", "je cherche une explication". So does a verb
 * before its subject pronoun, French's written question form, when the question mark ends a later
 * clause: "La fédération accepte-t-elle aussi des CPTS parmi ses adhérents, ou seulement des MSP ?",
 * "le département a-t-il un rôle à jouer…, et qui d'autre…", "puis-je…". So does wondering, in any
 * person: "nos élus se demandent si…", "je me demandais si…".
 */
const ASKS =
  /\?|(?<!\p{L})(?:comment|combien|pourquoi|quel(?:le)?s?|lequel|laquelle|lesquel(?:le)?s|quoi|est-ce|savoir|demande|voudrais|voudrions|aimerais|aimerions|souhaite|souhaitons|souhaiterais|souhaiterions|cherche|cherchons|how|what|which|why)(?!\p{L})|\p{L}-(?:t-)?(?:il|elle|on|ils|elles)(?!\p{L})|\p{L}{2,}-je(?!\p{L})|(?<!\p{L})(?:me|m['’]|se|s['’]|nous|vous)\s*demand(?:e|es|ent|ons|ez|ais|ait|ions|iez|aient)(?!\p{L})/iu;

/**
 * A question joined to the one before it: "on se demande si le projet est obligatoire, et qui peut
 * nous aider à l'écrire". Said after a clause that does not ask, "et qui" relates ("une commune, qui
 * manque de médecins, et qui voudrait une MSP"): it asks only after a clause that asks.
 */
const JOINED_QUESTION = /^(?:et|ou|mais|puis|ainsi que)\s+(?:(?:[àa]|aupr[eè]s de|par|avec|vers|chez)\s+)?(?:qui|o[uù]|quand|si|comment|combien|pourquoi|quel(?:le)?s?|lesquel(?:le)?s|quoi)(?!\p{L})/iu;

/**
 * A purpose or a frame said first, in the clause of the question: "pour un exposé en fac je cherche
 * le nombre…", "dans le cadre de mon mémoire, nous voudrions…". It is split from the clause at its
 * subject, so that it weighs as context. Not "pour" and a verb: "pour créer une MSP je dois voir qui ?"
 * asks about creating one.
 */
const FRAME_THEN_SUBJECT =
  /^((?:pour\s+(?:un|une|mon|ma|mes|notre|nos|le|la|les|l['’]|des|ce|cet|cette)|dans le cadre d)[^,;:]*?)\s+(?=(?:je|j['’]|nous|on)\s)/iu;

/**
 * Who asks, said before the verb that asks: "Le bureau aimerait savoir ce que…", "notre équipe
 * voudrait connaître…". It is split from the clause, so that it weighs as context: the board is not
 * what the question is about. (Not before "se demandent si…": "nos élus se demandent si soutenir une
 * maison de santé…" asks what the elected councillors can do.)
 */
const ASKER_THEN_QUESTION =
  /^((?:le|la|les|l['’]|mon|ma|mes|notre|nos|son|sa|ses|leur|leurs)\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)\s+(?=(?:aimerai(?:t|ent)|voudrai(?:t|ent)|souhaiterai(?:t|ent)|souhaite(?:nt)?|veu(?:t|lent))\s+(?:savoir|conna[iî]tre|comprendre)(?!\p{L}))/iu;

/** The message's clauses, in order, as typed (SMS spellings written out, see shorthand.ts). */
function clauses(text: string): string[] {
  return spellOut(text)
    .split(CLAUSE_END)
    .flatMap((c) => c.split(NEW_SUBJECT))
    .flatMap((c) => {
      const frame = FRAME_THEN_SUBJECT.exec(c.replace(GREETING, '')) ?? ASKER_THEN_QUESTION.exec(c.replace(GREETING, ''));
      return frame ? [frame[1]!, c.replace(GREETING, '').slice(frame[0].length)] : [c];
    })
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

/** The message's clauses, in order, each marked when it asks (on its own, or joined to a clause that asks). */
export function clauseRoles(text: string): Clause[] {
  const roles: Clause[] = [];
  for (const c of clauses(text)) {
    const rest = c.replace(GREETING, '');
    roles.push({ text: c, asks: ASKS.test(rest) || (roles.at(-1)?.asks === true && JOINED_QUESTION.test(rest)) });
  }
  return roles;
}
