/**
 * The profession vocabulary of the directory format: one code per profession, with its French
 * display label, in display order. Labels name women and men in full words ("Infirmier ou
 * infirmière"), or use a word for both ("Dentiste"): not the point médian ("Infirmier·ère"),
 * which screen readers read out ("infirmier point médian ère"). English labels are in
 * professions-en.ts (loaded by the elements on English pages only); professions.ts has both. Pure
 * data, no DOM.
 *
 * Codes are stable kebab-case French names. Where an RPPS/ANS code exists
 * (nomenclature TRE_G15-ProfessionSante, or TRE_R95-UsagerTitre for psychologists), it is given
 * in the comment so data can be cross-checked against the national registers. IPA, medical
 * assistants and coordinators are roles, not RPPS professions.
 */
export const PROFESSIONS_FR = {
  /** RPPS 10 (Médecin) with specialty SM54 (médecine générale). */
  'medecin-generaliste': 'Médecin généraliste',
  /** RPPS 10 (Médecin), any other specialty (pédiatrie, gynécologie…). */
  'medecin-specialiste': 'Médecin spécialiste',
  /** RPPS 60. */
  infirmier: 'Infirmier ou infirmière',
  /** A nurse with the advanced-practice diploma (IPA). */
  'infirmier-pratique-avancee': 'Infirmier ou infirmière en pratique avancée (IPA)',
  /** RPPS 70 (masseur-kinésithérapeute): the word for women and men alike. */
  'masseur-kinesitherapeute': 'Kinésithérapeute',
  /** RPPS 50. */
  'sage-femme': 'Sage-femme',
  /** RPPS 21. */
  pharmacien: 'Pharmacien ou pharmacienne',
  /** RPPS 40 (chirurgien-dentiste): the word for women and men alike. */
  'chirurgien-dentiste': 'Dentiste',
  /** RPPS 91. */
  orthophoniste: 'Orthophoniste',
  /** RPPS 92. */
  orthoptiste: 'Orthoptiste',
  /** RPPS 80. */
  'pedicure-podologue': 'Pédicure-podologue',
  /** RPPS 95. */
  dieteticien: 'Diététicien ou diététicienne',
  /** TRE_R95 93 (usager de titre). */
  psychologue: 'Psychologue',
  /** RPPS 94. */
  ergotherapeute: 'Ergothérapeute',
  /** RPPS 96. */
  psychomotricien: 'Psychomotricien ou psychomotricienne',
  'enseignant-apa': 'Enseignant ou enseignante en activité physique adaptée',
  'assistant-social': 'Assistant ou assistante de service social',
  /** A role created in 2019. */
  'assistant-medical': 'Assistant médical ou assistante médicale',
  /** Of the MSP. */
  coordinateur: 'Coordinateur ou coordinatrice',
};

export type ProfessionCode = keyof typeof PROFESSIONS_FR;

/** Every code, in display order. */
export const PROFESSION_CODES = Object.keys(PROFESSIONS_FR) as [ProfessionCode, ...ProfessionCode[]];
