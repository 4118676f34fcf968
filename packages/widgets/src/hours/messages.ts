/**
 * The words of `<msp-opening-hours>`, in French. The English ones (messages-en.ts) are loaded only
 * when a page speaks English: French pages never download them.
 */
export const hoursFr = {
  open: 'Ouvert',
  closed: 'Fermé',
  unknown: 'Horaires à confirmer',
  at: (day: string, time: string) => `${day} à ${time}`.trim(),
  closes: (at: string) => `ferme ${at}`,
  closesIn: (minutes: number) => `ferme dans ${minutes}\u00a0min`,
  opens: (at: string) => `ouvre ${at}`,
  opensIn: (minutes: number) => `Ouvre dans ${minutes}\u00a0min`,
  tomorrow: 'demain',
  onDate: (date: string) => `le ${date}`,
  closedToday: (holiday: string) => `Fermé aujourd’hui (${holiday})`,
  /**
   * " (Noël)" after a day or its hours: its public holiday, or the notes of a span (a `PH` rule's
   * comment is the holiday's name); nothing without. The English one names the engine's French
   * holidays in English.
   */
  holiday: (text?: string) => (text ? ` (${text})` : ''),
  noChange: 'sans interruption',
  week: 'Horaires de la semaine',
  day: 'Jour',
  hours: 'Horaires',
  today: 'aujourd’hui',
  toConfirm: 'à confirmer',
  from: (time: string) => `à partir de ${time}`,
  upcoming: 'Prochainement',
  closedOn: (date: string) => `Fermé le ${date}`,
  closedFromTo: (from: string, to: string) => `Fermeture du ${from} au ${to}`,
  hoursOn: (date: string) => `Le ${date}\u00a0:`,
  hoursFromTo: (from: string, to: string) => `Du ${from} au ${to}\u00a0:`,
  help: 'En dehors des horaires',
  emergency: 'Urgence vitale\u00a0:',
  or: 'ou',
  onCall: 'Médecin de garde\u00a0:',
  pharmacy: 'Pharmacie de garde\u00a0:',
  // Where the mistake is, the console says (the patient has no use for it).
  invalid: 'Les horaires n’ont pas pu être affichés (erreur de saisie). Contactez la structure pour les connaître.',
};

export type HoursMessages = typeof hoursFr;
