/** Loading and failure, shared by `<msp-directory>` and `<msp-team>` (English: load-messages-en.ts). */

/** The plural's "s" in French ("1 fiche", "2 fiches"), for the directory's words. */
export const plural = (n: number) => (n > 1 ? 's' : '');

export const loadWords = {
  loading: 'Chargement de l’annuaire…',
  network: 'L’annuaire n’a pas pu être chargé (connexion ou serveur indisponible).',
  invalid: 'L’annuaire ne peut pas être affiché\u00a0: ses données sont introuvables ou illisibles.',
  retry: 'Réessayer',
  skipped: (n: number) => `${n} fiche${plural(n)} incomplète${plural(n)} non affichée${plural(n)}.`,
  // A noun, so that it agrees with every badge ("Soins non programmés", "Accepte…").
  declared: (date: string) => `déclaration du ${date}`,
  newPatients: 'Accepte de nouveaux patients',
  noNewPatients: 'N’accepte pas de nouveaux patients',
  booking: 'Prendre rendez-vous',
  phone: 'Téléphone\u00a0:',
};

export type LoadWords = typeof loadWords;
