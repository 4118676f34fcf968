/**
 * The banner's messages. French is the source of the keys; the English table (messages-en.ts)
 * must match it (the compiler checks) and loads with the English campaign texts, on English pages
 * only.
 */
const NB = '\u00a0';

export const preventionMessages = {
  vaccination: 'Vaccination',
  tabac: 'Arrêt du tabac',
  cancers: 'Dépistage des cancers',
  neurosensoriel: 'Audition et vue',
  audience: (min: number, max?: number) => (max ? `De ${min} à ${max}${NB}ans` : `À partir de ${min}${NB}ans`),
  local: 'Près de chez vous',
  previous: 'Message de prévention précédent',
  next: 'Message de prévention suivant',
  dismiss: (title: string) => `Masquer le message «${NB}${title}${NB}»`,
  position: (n: number, total: number) => `Message ${n} sur ${total}`,
  /** Between the position and the title in what is announced. */
  colon: `${NB}: `,
  dismissed: 'Message masqué.',
  invalid: (field: string) => `Réglage «${NB}${field}${NB}» invalide, ignoré.`,
};

export type PreventionMessages = typeof preventionMessages;
