import type { FormErrorCode } from './schema.js';

/** The widget's words in French (English: messages-en.ts, loaded on English pages only). */
export const newsletterWords = {
  heading: 'Recevoir la lettre d’information',
  ourOrganisation: 'notre structure',
  email: 'Adresse e-mail',
  emailHint: 'Format attendu\u00a0: nom@exemple.fr',
  firstName: 'Prénom (facultatif)',
  consent: (organisation: string) =>
    `J’accepte de recevoir par e-mail la lettre d’information de ${organisation}. Je peux me désinscrire à tout moment.`,
  required: '(obligatoire)',
  notice: (organisation: string) =>
    `Votre adresse et votre prénom (facultatif) servent uniquement à l’envoi de cette lettre, par ${organisation} (responsable du traitement), jusqu’à votre désinscription (lien dans chaque lettre). Vous pouvez les consulter, les corriger ou les faire effacer.`,
  privacy: 'Politique de confidentialité',
  submit: 'S’inscrire',
  sending: 'Envoi en cours…',
  retry: 'Réessayer',
  fieldErrors: {
    email: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
    firstName: 'Le prénom ne doit pas dépasser 100 caractères.',
    consent: 'Cochez la case pour accepter de recevoir la lettre.',
  } satisfies Record<FormErrorCode, string>,
  success: 'Merci\u00a0! Votre demande d’inscription est bien enregistrée.',
  nextStep: 'Pour la confirmer, ouvrez l’e-mail que nous venons de vous envoyer et cliquez sur son lien (regardez aussi vos courriers indésirables).',
  alreadySubscribed: 'Cette adresse est déjà inscrite à la lettre d’information\u00a0: vous n’avez rien d’autre à faire.',
  sentUnconfirmed: 'Votre demande a été envoyée. Si elle est acceptée, un e-mail de confirmation va vous parvenir\u00a0: cliquez sur son lien pour valider l’inscription.',
  networkError: 'La demande n’a pas pu être envoyée (connexion ou serveur indisponible). Votre saisie est conservée\u00a0: réessayez dans un instant.',
  rejected: 'L’inscription n’a pas été acceptée. Vérifiez votre adresse e-mail, puis réessayez.',
  rateLimited: 'Trop de demandes\u00a0: réessayez dans quelques minutes.',
  misconfigured: 'Ce formulaire n’est pas encore configuré.',
};

export type NewsletterWords = typeof newsletterWords;
