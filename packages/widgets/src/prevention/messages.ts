import { defineMessages } from '../shared/i18n.js';

const NB = '\u00a0';

export const preventionMessages = defineMessages(
  {
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
    dismissed: 'Message masqué.',
    time: (h: string, m: string) => `${+h}${NB}h${m === '00' ? '' : NB + m}`,
    invalid: (field: string) => `Réglage «${NB}${field}${NB}» invalide, ignoré.`,
  },
  {
    vaccination: 'Vaccination',
    tabac: 'Quitting smoking',
    cancers: 'Cancer screening',
    neurosensoriel: 'Hearing and vision',
    audience: (min: number, max?: number) => (max ? `Ages ${min} to ${max}` : `From age ${min}`),
    local: 'Near you',
    previous: 'Previous prevention message',
    next: 'Next prevention message',
    dismiss: (title: string) => `Hide the message “${title}”`,
    position: (n: number, total: number) => `Message ${n} of ${total}`,
    dismissed: 'Message hidden.',
    time: (h: string, m: string) => `${h}:${m}`,
    invalid: (field: string) => `Invalid “${field}” setting, ignored.`,
  },
);
