import { defineMessages } from '../shared/i18n.js';

export const siteMessages = defineMessages(
  {
    contact: 'Coordonnées',
    phone: 'Téléphone\u00a0:',
    onCall: 'Médecin de garde (soir, nuit, week-end)\u00a0:',
    emergency: 'Urgence vitale\u00a0:',
    or: 'ou',
  },
  {
    contact: 'Contact details',
    phone: 'Phone:',
    onCall: 'Doctor on call (evenings, nights, weekends):',
    emergency: 'Life-threatening emergency:',
    or: 'or',
  },
);
