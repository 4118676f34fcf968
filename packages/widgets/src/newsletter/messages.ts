import { defineMessages } from '../shared/i18n.js';
import type { FormErrorCode } from './schema.js';

type FieldErrorMessages = Record<FormErrorCode, string>;

export const newsletterMessages = defineMessages(
  {
    heading: 'Recevoir la lettre d’information',
    ourOrganisation: 'notre structure',
    email: 'Adresse e-mail',
    emailHint: 'Format attendu\u00a0: nom@exemple.fr',
    firstName: 'Prénom (facultatif)',
    consent: (organisation: string) =>
      `J’accepte de recevoir par e-mail la lettre d’information de ${organisation}. Je peux me désinscrire à tout moment.`,
    required: '(obligatoire)',
    notice: (organisation: string) =>
      `Votre adresse sert uniquement à l’envoi de cette lettre, par ${organisation} (responsable du traitement), jusqu’à votre désinscription (lien dans chaque lettre). Vous pouvez y accéder, la rectifier ou l’effacer.`,
    privacy: 'Politique de confidentialité',
    submit: 'S’inscrire',
    sending: 'Envoi en cours…',
    retry: 'Réessayer',
    fieldErrors: {
      email: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
      firstName: 'Le prénom ne doit pas dépasser 100 caractères.',
      consent: 'Cochez la case pour accepter de recevoir la lettre.',
    } satisfies FieldErrorMessages,
    success: 'Merci ! Votre demande d’inscription est bien enregistrée.',
    nextStep: 'Pour la confirmer, ouvrez l’e-mail que nous venons de vous envoyer et cliquez sur son lien (voyez aussi vos courriers indésirables).',
    sentUnconfirmed: 'Votre demande a été envoyée. Si elle est acceptée, un e-mail de confirmation va vous parvenir\u00a0: cliquez sur son lien pour valider l’inscription.',
    networkError: 'La demande n’a pas pu être envoyée (connexion ou serveur indisponible). Votre saisie est conservée\u00a0: réessayez dans un instant.',
    rejected: 'L’inscription a été refusée.',
    rateLimited: 'Trop de demandes\u00a0: réessayez dans quelques minutes.',
    misconfigured: 'Ce formulaire n’est pas encore configuré.',
  },
  {
    heading: 'Get the newsletter',
    ourOrganisation: 'our organisation',
    email: 'E-mail address',
    emailHint: 'Expected format: name@example.com',
    firstName: 'First name (optional)',
    consent: (organisation: string) =>
      `I agree to receive the newsletter of ${organisation} by e-mail. I can unsubscribe at any time.`,
    required: '(required)',
    notice: (organisation: string) =>
      `Your address is only used to send this newsletter, by ${organisation} (data controller), until you unsubscribe (link in every issue). You may access, correct or delete it.`,
    privacy: 'Privacy policy',
    submit: 'Subscribe',
    sending: 'Sending…',
    retry: 'Try again',
    fieldErrors: {
      email: 'Enter a valid e-mail address, for example name@example.com.',
      firstName: 'The first name must be at most 100 characters.',
      consent: 'Tick the box to agree to receive the newsletter.',
    },
    success: 'Thank you! Your subscription request is registered.',
    nextStep: 'To confirm it, open the e-mail we have just sent you and click its link (check your spam folder too).',
    sentUnconfirmed: 'Your request has been sent. If it is accepted, a confirmation e-mail will follow: click its link to complete your subscription.',
    networkError: 'The request could not be sent (connection or server unavailable). What you typed is kept: try again in a moment.',
    rejected: 'The subscription was refused.',
    rateLimited: 'Too many requests: try again in a few minutes.',
    misconfigured: 'This form is not set up yet.',
  },
);
