/**
 * The profession vocabulary of the directory format: one code per profession, with its French
 * (inclusive) and English display labels, in display order. Pure data, no DOM.
 *
 * Codes are stable kebab-case French names. Where an RPPS/ANS code exists
 * (nomenclature TRE_G15-ProfessionSante, or TRE_R95-UsagerTitre for psychologists), it is given
 * in the comment so data can be cross-checked against the national registers. IPA, medical
 * assistants and coordinators are roles, not RPPS professions.
 */
export const PROFESSIONS = {
  /** RPPS 10 (Médecin) with specialty SM54 (médecine générale). */
  'medecin-generaliste': ['Médecin généraliste', 'General practitioner'],
  /** RPPS 10 (Médecin), any other specialty (pédiatrie, gynécologie…). */
  'medecin-specialiste': ['Médecin spécialiste', 'Specialist doctor'],
  /** RPPS 60. */
  infirmier: ['Infirmier·ère (IDE)', 'Nurse'],
  /** A nurse with the advanced-practice diploma (IPA). */
  'infirmier-pratique-avancee': ['Infirmier·ère en pratique avancée (IPA)', 'Advanced practice nurse'],
  /** RPPS 70. */
  'masseur-kinesitherapeute': ['Masseur-kinésithérapeute', 'Physiotherapist'],
  /** RPPS 50. */
  'sage-femme': ['Sage-femme', 'Midwife'],
  /** RPPS 21. */
  pharmacien: ['Pharmacien·ne', 'Pharmacist'],
  /** RPPS 40. */
  'chirurgien-dentiste': ['Chirurgien·ne-dentiste', 'Dentist'],
  /** RPPS 91. */
  orthophoniste: ['Orthophoniste', 'Speech and language therapist'],
  /** RPPS 92. */
  orthoptiste: ['Orthoptiste', 'Orthoptist'],
  /** RPPS 80. */
  'pedicure-podologue': ['Pédicure-podologue', 'Podiatrist'],
  /** RPPS 95. */
  dieteticien: ['Diététicien·ne', 'Dietitian'],
  /** TRE_R95 93 (usager de titre). */
  psychologue: ['Psychologue', 'Psychologist'],
  /** RPPS 94. */
  ergotherapeute: ['Ergothérapeute', 'Occupational therapist'],
  /** RPPS 96. */
  psychomotricien: ['Psychomotricien·ne', 'Psychomotor therapist'],
  /** Enseignant·e en activité physique adaptée. */
  'enseignant-apa': ['Enseignant·e en activité physique adaptée', 'Adapted physical activity instructor'],
  /** Assistant·e de service social. */
  'assistant-social': ['Assistant·e de service social', 'Social worker'],
  /** Assistant·e médical·e (role created in 2019). */
  'assistant-medical': ['Assistant·e médical·e', 'Medical assistant'],
  /** Coordinateur·rice of the MSP. */
  coordinateur: ['Coordinateur·rice', 'Coordinator'],
} as const satisfies Record<string, readonly [fr: string, en: string]>;

export type ProfessionCode = keyof typeof PROFESSIONS;

/** Every code, in display order. */
export const PROFESSION_CODES = Object.keys(PROFESSIONS) as [ProfessionCode, ...ProfessionCode[]];

/** The display label of a profession in `lang` (French unless `en`). */
export const professionLabel = (code: ProfessionCode, lang: string): string => PROFESSIONS[code][lang === 'en' ? 1 : 0];
