/**
 * The profession vocabulary of the directory format: one code per profession, with its French
 * (inclusive) display label, in display order. English labels are in professions-en.ts (loaded by
 * the elements on English pages only); professions.ts has both. Pure data, no DOM.
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
  infirmier: 'Infirmier·ère',
  /** A nurse with the advanced-practice diploma (IPA). */
  'infirmier-pratique-avancee': 'Infirmier·ère en pratique avancée (IPA)',
  /** RPPS 70. */
  'masseur-kinesitherapeute': 'Masseur-kinésithérapeute',
  /** RPPS 50. */
  'sage-femme': 'Sage-femme',
  /** RPPS 21. */
  pharmacien: 'Pharmacien·ne',
  /** RPPS 40. */
  'chirurgien-dentiste': 'Chirurgien·ne-dentiste',
  /** RPPS 91. */
  orthophoniste: 'Orthophoniste',
  /** RPPS 92. */
  orthoptiste: 'Orthoptiste',
  /** RPPS 80. */
  'pedicure-podologue': 'Pédicure-podologue',
  /** RPPS 95. */
  dieteticien: 'Diététicien·ne',
  /** TRE_R95 93 (usager de titre). */
  psychologue: 'Psychologue',
  /** RPPS 94. */
  ergotherapeute: 'Ergothérapeute',
  /** RPPS 96. */
  psychomotricien: 'Psychomotricien·ne',
  /** Enseignant·e en activité physique adaptée. */
  'enseignant-apa': 'Enseignant·e en activité physique adaptée',
  /** Assistant·e de service social. */
  'assistant-social': 'Assistant·e de service social',
  /** Assistant·e médical·e (role created in 2019). */
  'assistant-medical': 'Assistant·e médical·e',
  /** Coordinateur·rice of the MSP. */
  coordinateur: 'Coordinateur·rice',
};

export type ProfessionCode = keyof typeof PROFESSIONS_FR;

/** Every code, in display order. */
export const PROFESSION_CODES = Object.keys(PROFESSIONS_FR) as [ProfessionCode, ...ProfessionCode[]];
