import { defineMessages } from '../../../widgets/src/shared/i18n.js';

/** The launcher's few words (the panel's are in messages.ts, loaded with the panel). */
export const launcherMessages = defineMessages(
  {
    launcher: 'Une question\u00a0?',
    launcherHint: 'assistant automatique',
    loading: 'Chargement de l’assistant…',
    loadFailed: 'L’assistant n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.',
    retry: 'Réessayer',
    notConfigured: 'L’assistant n’est pas encore configuré sur ce site.',
  },
  {
    launcher: 'A question?',
    launcherHint: 'automated assistant',
    loading: 'Loading the assistant…',
    loadFailed: 'The assistant could not be loaded. Check your connection, then try again.',
    retry: 'Try again',
    notConfigured: 'The assistant is not set up on this site yet.',
  },
);
