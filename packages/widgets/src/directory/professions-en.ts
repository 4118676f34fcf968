/** English display labels of the professions (profession-codes.ts has the codes and French labels). */
import type { ProfessionCode } from './profession-codes.js';

export const PROFESSIONS_EN: Record<ProfessionCode, string> = {
  'medecin-generaliste': 'General practitioner',
  'medecin-specialiste': 'Specialist doctor',
  infirmier: 'Nurse',
  'infirmier-pratique-avancee': 'Advanced practice nurse',
  'masseur-kinesitherapeute': 'Physiotherapist',
  'sage-femme': 'Midwife',
  pharmacien: 'Pharmacist',
  'chirurgien-dentiste': 'Dentist',
  orthophoniste: 'Speech and language therapist',
  orthoptiste: 'Orthoptist',
  'pedicure-podologue': 'Podiatrist',
  dieteticien: 'Dietitian',
  psychologue: 'Psychologist',
  ergotherapeute: 'Occupational therapist',
  psychomotricien: 'Psychomotor therapist',
  'enseignant-apa': 'Adapted physical activity instructor',
  'assistant-social': 'Social worker',
  'assistant-medical': 'Medical assistant',
  coordinateur: 'Coordinator',
};
