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

export type AnswerShape = 'duration' | 'year' | 'phone' | 'email' | 'definition' | 'steps';

/** A number in digits or in words, as a duration is written ("18 mois", "dix-huit mois", "quelques semaines"). */
/** Numbers in words, but "un" and "une" (an article as often). */
export const NUMBER_WORDS =
  'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|quelques|plusieurs';
const NUMBER = `(?:\\d+(?:[,.]\\d+)?|une?|${NUMBER_WORDS})`;

interface Shape {
  /** The question asks for it (on the folded question, SMS spellings written out). */
  asks: RegExp;
  /** A text holds one. */
  holds: RegExp;
  /** Stems of the question's words a sentence holding one says in effect ("temps", "téléphone"). */
  says: ReadonlySet<string>;
}

const stems = (...words: string[]) => new Set(words.map((w) => stem(fold(w))));

/** An infinitive, maybe reflexive ("adhérer", "s'inscrire", "devenir", "se faire"); not "votre", "notre", "autre", "entre". */
const INFINITIVE = "(?:s'|se |m'|me |nous |vous |l'|y |en )?(?!(?:votre|notre|autre|entre|contre)(?![a-z]))[a-z]+(?:er|ir|re|oir)(?![a-z])";

/**
 * A question that asks what to do, on the folded question (SMS spellings written out): the words of
 * a procedure, "comment" before an infinitive ("comment adhérer", "comment je pourrais rejoindre",
 * "comment notre équipe peut-elle adhérer"), "comment on fait", and English "how do / can / to".
 */
const STEPS_ASKED = new RegExp(
  [
    "(?<![a-z])(?:etapes?|demarches?|marche a suivre|procedures?|par (?:ou|quoi) commencer|pas a pas|mode d'emploi|dans quel ordre|steps?|step by step)(?![a-z])",
    "(?<![a-z])comment (?:faire|proceder|s'y prendre|(?:ca|cela) se passe)(?![a-z])",
    // "comment on fait", "comment on adhère", "comment je peux…": a person doing something.
    "(?<![a-z])comment (?:on |je |j'|nous )[a-z]",
    `(?<![a-z])comment (?:(?:vous|tu) )?(?:(?:peux|peut|pourrais|pourrait|pouvons|pouvez|dois|doit|devons|devez|faut-il|faudrait-il) )?${INFINITIVE}`,
    // "comment notre équipe peut-elle adhérer ?"
    `(?<![a-z])comment [^?.!;]{0,60}?(?:peut|peuvent|doit|doivent)-(?:il|elle|ils|elles|on) ${INFINITIVE}`,
    // "how can a centre join", "how do I join": not how a thing is, "how does the federation help…",
    // "how do health centres work".
    '(?<![a-z])(?:how (?:can|could|should|may|might|to)|how (?:do|does|did|would) (?:i|we|you|one|my|our))(?![a-z])',
  ].join('|'),
);

/**
 * A sentence that says what to do: an order ("Remplissez…", "Écrivez-nous…"; not "chez", "assez",
 * "nez", "Rez-de-chaussée", nor the towns of Rodez and Orthez), a purpose before what to do
 * ("Pour adhérer, une MSP contacte…", "Pour s'abonner, il suffit de…"), a
 * sequence ("…, puis réglez…", "une fois l'inscription confirmée", "dès réception"; not "d'abord",
 * which as often means "above all": "est d'abord un projet d'équipe"), a first step ("La première
 * démarche consiste à…"), a numbered step.
 */
const STEP_SENTENCE = new RegExp(
  [
    // At a sentence's start, in a sentence or in a chunk's text (the start consumed, not looked
    // behind at every position: this runs on the chunks a search finds).
    // Not in a question ("Avez-vous un médecin traitant ?").
    "(?:^|[.!?…]\\s+|\\n)(?![^.!?…\\n]*\\?)(?:(?!(?:chez|assez|nez|rez|rodez|orthez)(?!\\p{L}))\\p{L}+ez(?:-(?:vous|nous|le|la|les|leur|moi))?(?!\\p{L})" +
      "|pour (?:s['’]|se |vous |nous )?(?!(?:votre|notre|autre)(?!\\p{L}))\\p{L}+(?:er|ir|re)(?!\\p{L})" +
      "|(?:[ée]tape|step)\\s*\\d)",
    "(?<!\\p{L})(?:puis|ensuite|une fois (?:que |qu['’]|le |la |les |l['’])|apr[eè]s avoir|avant de|d[eè]s r[ée]ception|il suffit de)(?!\\p{L})",
    "(?<!\\p{L})premi[eè]re (?:[ée]tape|d[ée]marche)(?!\\p{L})",
  ].join('|'),
  'iu',
);

const SHAPES: Record<AnswerShape, Shape> = {
  duration: {
    asks: /(?<![a-z])(?:combien de (?:temps|jours|semaines|mois|annees)|duree|delais?|how long)(?![a-z])/,
    holds: new RegExp(
      `(?<![\\p{L}\\p{N}])${NUMBER}(?:[-\\s](?:et[-\\s])?${NUMBER})*\\s+(?:jours?|semaines?|mois|ans|ann[ée]es?|heures?|trimestres?)(?!\\p{L})`,
      'iu',
    ),
    says: stems('temps', 'durée', 'délai', 'délais', 'long'),
  },
  // "En quelle année la fédération a-t-elle été créée ?", "quand a été signé l'ACI ?": a year, not
  // a sentence that shares the other words ("Une équipe … peut contacter la fédération"). Not "quand
  // a lieu…" (a month: "en octobre").
  year: {
    asks: /(?<![a-z])(?:(?:en |de )?quelle annee|depuis quand|date de (?:creation|fondation|naissance|signature|publication)|quand (?:a|ont|est|sont)(?:-t-(?:il|elle|ils|elles))? (?:ete |elle |il )?(?:cree|creee|crees|creees|fonde|fondee|signe|signee|vote|votee|adopte|adoptee|publie|publiee|lance|lancee|ne|nee|apparu|apparue|apparus|creee?s?)|in what year|what year|when (?:was|were)|since when)(?![a-z])/,
    holds: /(?<![\p{N}])(?:1[89]|20)\d\d(?![\p{N}])/u,
    says: stems('année', 'quand', 'date', 'year', 'when'),
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
  // "Comment adhérer ?", "quelles sont les étapes…", "how do I join…": the steps of the page, not
  // the sentences that describe. A sentence that says one tells what to do ("Remplissez le bulletin…,
  // puis réglez…", "Pour adhérer, une MSP contacte…"). Checked before the definition, since "what are
  // the steps" asks for steps. Not "comment le montant est-il calculé", "comment fonctionne…", "how
  // many": how a thing is, not what to do.
  steps: {
    asks: STEPS_ASKED,
    holds: STEP_SENTENCE,
    says: stems('étape', 'étapes', 'démarche', 'démarches', 'procédure', 'procédures', 'marche', 'suivre', 'commencer', 'ordre'),
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

/**
 * A heading under which a page tells what to do: one that asks how to ("Comment une MSP adhère-t-elle ?",
 * "Comment s'abonner… ?"), says steps or a procedure ("Les démarches", "… : le parcours pas à pas"),
 * or numbers a step ("Étape 2 : faire un diagnostic…").
 */
export function isStepsHeading(heading: string): boolean {
  const text = fold(heading);
  // "Comment une MSP adhère-t-elle ?", not how a thing is: "Comment le montant est-il calculé ?",
  // "Comment fonctionne…".
  return /^comment(?![a-z])(?! (?:fonctionne|marche|est|sont|se passe))(?![^?]*(?:est|sont)-(?:il|elle|ils|elles)(?![a-z]))/.test(text) || STEPS_ASKED.test(text) || NUMBERED_STEP.test(text);
}

/**
 * A numbered step, on a folded heading: "Étape 2 : …", "Step 2", "2. …", "Première étape : …"; not
 * a numbered question ("2. Combien coûte l'adhésion ?", a FAQ's).
 */
const NUMBERED_STEP =
  /^(?:(?:etape|step|phase)\s*\d+(?![a-z])|\d{1,2}\s*[.)]\s(?![^?]*\?\s*$)|(?:premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|derniere)\s+etape(?![a-z]))/;

/** Whether a heading numbers a step ("Étape 2 : faire un diagnostic du territoire"). */
export function isNumberedStep(heading: string): boolean {
  return NUMBERED_STEP.test(fold(heading));
}

/**
 * A heading that says an action, in the infinitive, before what it acts on: "Réunir une équipe",
 * "Rencontrer l'ARS", "Se faire accompagner". Not "Tout dépend du lieu…", "Plusieurs financeurs", nor a
 * noun in -re or -er ("Notre accompagnement", "Membre du réseau", "Premier contact").
 */
const ACTION_HEADING =
  /^(?:se |s')?(?!(?:votre|notre|autre|entre|contre|centre|membre|premier|dernier|cadre|titre|lettre|chiffre|ordre|offre|livre|dossier|quartier|metier)(?![a-z]))[a-z]+(?:er|ir|re|oir) (?:(?:un|une|des|le|la|les|du|son|sa|ses|leur|leurs|vos|votre|nos|notre|ce|cet|cette|ces|a|au|aux|en|avec|ensemble)(?![a-z'])|l'|[a-z]+(?:er|ir|re)(?![a-z]))/;

/** Whether a heading says an action ("Rencontrer l'ARS"): a step, on a page whose title asks how. */
export function isActionHeading(heading: string): boolean {
  return ACTION_HEADING.test(fold(heading));
}

/** Whether a page's title says it tells how to do something ("Comment créer… ?", "… pas à pas"). */
export function isStepsTitle(title: string): boolean {
  return STEPS_ASKED.test(fold(title));
}
