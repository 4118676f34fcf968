/**
 * Synonyms, acronyms and paraphrases the search treats as one concept. Each phrase is analysed by the
 * French pipeline (accents, elision, stopwords, stemming), so write phrases naturally; matching is on
 * whole phrases of stems, on the indexed text and on the question alike.
 *
 * Federation staff may extend this list: a wrong synonym makes unrelated pages match, so prefer
 * precise phrases ("monter un projet") to single ambiguous words ("monter").
 */
export interface SynonymGroup {
  /** Short name of the concept (letters only); becomes the index term `_<concept>`. */
  concept: string;
  phrases: string[];
  /**
   * The concept is a kind of this broader one (a kiné is a professionnel de santé): a question about
   * it also finds the broader concept's phrases ("un kiné peut-il adhérer ?" finds "un professionnel
   * de santé peut contacter la fédération"), but not the other kinds: a question about a dentist
   * must not get the answer written for kinés and nurses.
   */
  broader?: string;
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  {
    concept: 'msp',
    phrases: [
      'MSP',
      'maison de santé pluriprofessionnelle',
      'maisons de santé pluriprofessionnelles',
      'maison de santé pluri-professionnelle',
      'maison de santé',
      'maisons de santé',
      'maison médicale',
    ],
  },
  { concept: 'adhesion', phrases: ['adhérer', 'adhésion', 'adhérent', 'adhérente', 'adhérents', 'adhérentes', 'rejoindre la fédération', 'devenir membre'] },
  { concept: 'creation', phrases: ['créer', 'création', 'créée', 'monter un projet', 'monter une MSP', 'monte une MSP', 'monter une maison de santé', 'faire une MSP', 'faire une maison de santé', 'construire une maison de santé', "construction d'une maison de santé", 'construire une MSP', "construction d'une MSP", 'ouvrir une maison de santé', 'ouvrir une MSP', 'fonder', 'porteurs de projet', 'porteur de projet', 'faire naître', 'voir le jour'] },
  {
    concept: 'kine',
    phrases: ['kiné', 'kinés', 'kinésithérapeute', 'kinésithérapeutes', 'masseur-kinésithérapeute', 'masseurs-kinésithérapeutes', 'kinésithérapie', 'kinesitherapeute'],
    broader: 'professionnel',
  },
  { concept: 'ars', phrases: ['ARS', 'agence régionale de santé', 'agences régionales de santé'] },
  { concept: 'cpts', phrases: ['CPTS', 'communauté professionnelle territoriale de santé', 'communautés professionnelles territoriales de santé'] },
  { concept: 'fir', phrases: ['FIR', "fonds d'intervention régional"] },
  { concept: 'sip', phrases: ["système d'information", "systèmes d'information", 'logiciel', 'logiciels'] },
  { concept: 'urps', phrases: ['URPS', 'union régionale des professionnels de santé'] },
  { concept: 'hpst', phrases: ['HPST', 'loi hôpital patients santé territoires', 'hôpital, patients, santé et territoires'] },
  { concept: 'etp', phrases: ['ETP', 'éducation thérapeutique du patient', 'éducation thérapeutique'] },
  { concept: 'paps', phrases: ['PAPS', "portail d'accompagnement des professionnels de santé"] },
  { concept: 'aci', phrases: ['ACI', 'accord conventionnel interprofessionnel'] },
  { concept: 'sros', phrases: ['SROS', "schéma régional d'organisation des soins", "schémas régionaux d'organisation des soins"] },
  // Not "montant": its stem is the one of "monter" ("monter une maison de santé").
  { concept: 'cout', phrases: ['coût', 'coûte', 'coûter', 'prix', 'tarif', 'cotisation', 'payer', 'payant'] },
  { concept: 'newsletter', phrases: ['newsletter', "lettre d'information", "lettre d'info", 'infolettre', 'liste de diffusion'] },
  { concept: 'abonnement', phrases: ["s'abonner", 'abonner', 'abonné', 'inscrire', 'inscription', 'recevoir la newsletter', 'réinscrire', 'réinscription', 'réabonner'] },
  { concept: 'desabonnement', phrases: ['désabonner', 'se désabonner', 'désinscrire', 'désinscription', 'ne plus recevoir'] },
  // The federation's own names and its region come with its content (see `siteSynonymGroups`).
  { concept: 'federation', phrases: ['fédération', 'fédérations', 'fédé'] },
  { concept: 'rdv', phrases: ['rdv', 'rendez-vous', 'rendez vous'] },
  { concept: 'sansrdv', phrases: ['sans rendez-vous', 'sans rdv', 'soins non programmés', 'non programmés'] },
  { concept: 'medecin', phrases: ['médecin', 'médecins', 'docteur', 'docteurs', 'toubib'] },
  { concept: 'generaliste', phrases: ['généraliste', 'généralistes', 'médecin traitant', 'médecins traitants'] },
  { concept: 'infirmier', phrases: ['infirmier', 'infirmière', 'infirmiers', 'infirmières', 'IDE'], broader: 'professionnel' },
  { concept: 'coordination', phrases: ['coordination', 'coordonné', 'coordonnée', 'coordonner', 'coordonnent', 'se coordonne'] },
  { concept: 'telemedecine', phrases: ['télémédecine', 'téléconsultation', 'téléconsultations'] },
  { concept: 'stage', phrases: ['stage', 'stages', 'stagiaire', 'stagiaires', 'internes en médecine', 'interne en médecine', 'étudiants en stage', 'étudiant en stage'] },
  { concept: 'rejoindre', phrases: ['rejoindre', 'intégrer', 'rejoindre une équipe'] },
  // "Recevoir des patients": whoever receives them welcomes them (an irregular verb, which no stem joins).
  { concept: 'accueil', phrases: ['accueillir', 'accueille', 'accueillent', 'accepter', 'accepte', 'acceptent', 'recevoir', 'reçoit', 'reçoivent', 'recevez'] },
  { concept: 'cooperation', phrases: ['coopérer', 'coopération', 'coopérations', 'collaborer', 'collaboration', 'collaborations'] },
  { concept: 'travailler', phrases: ['travailler', 'bosser', 'exercer', 'exercice'] },
  { concept: 'horaires', phrases: ['horaires', "horaires d'ouverture", 'plus tard', 'ouverte plus longtemps', 'heures d\'ouverture', 'à quelle heure', 'heure de fermeture'] },
  { concept: 'contact', phrases: ['contacter', 'contact', 'joindre', 'téléphone', 'numéro de téléphone', 'adresse mail', 'adresse e-mail', 'e-mail', 'mail', 'coordonnées', 'parler à quelqu\'un'] },
  { concept: 'financement', phrases: ['financer', 'financement', 'financements', 'financeur', 'financeurs', 'subvention', 'subventionner', 'aide financière', 'aides financières'] },
  { concept: 'rural', phrases: ['rural', 'rurale', 'commune rurale', 'campagne'] },
  { concept: 'deficitaire', phrases: ['zone déficitaire', 'zones déficitaires', 'zone sous-dense', 'zones sous-denses', 'désert médical', 'déserts médicaux'] },
  { concept: 'quatre', phrases: ['4', 'quatre'] },
  { concept: 'theme', phrases: ['thème', 'thèmes', 'thématique', 'thématiques'] },
  { concept: 'prevention', phrases: ['prévention', 'prévenir', 'dépistage', 'dépistages'] },
  { concept: 'multisite', phrases: ['multisite', 'plusieurs sites', 'plusieurs lieux', 'plusieurs endroits', 'répartie sur plusieurs', 'réparti sur plusieurs', 'répartis sur plusieurs', 'réparties sur plusieurs'] },
  // How often: "à quelle fréquence paraît la newsletter ?" is answered by "tous les mois". Not
  // "annuel" nor "mensuel": "le budget annuel" asks for an amount.
  { concept: 'frequence', phrases: ['fréquence', 'périodicité', 'à quel rythme', 'tous les mois', 'chaque mois', 'chaque semaine', 'toutes les semaines', 'chaque année', 'tous les ans'] },
  { concept: 'chiffres', phrases: ['nombre', 'nombres', 'chiffres', 'statistiques', 'combien y a-t-il'] },
  { concept: 'missions', phrases: ['missions', 'mission', 'rôle', 'à quoi sert', 'que fait'] },
  { concept: 'jeune', phrases: ['jeune médecin', 'jeunes médecins', 'jeunes professionnels', 'jeune professionnel', 'nouvelles générations'] },
  { concept: 'contenir', phrases: ['contenir', 'contient', 'contiennent', 'contenu', 'comprend', 'comporte', 'inclut'] },
  { concept: 'definir', phrases: ['définir', 'définit', 'définissent', 'défini', 'définis', 'fixe', 'fixer', 'fixent', 'précise', 'préciser', 'précisée', 'composition'] },
  { concept: 'professionnel', phrases: ['professionnel de santé', 'professionnels de santé'] },
  // Kinds of professionnel de santé (kiné and infirmier above).
  { concept: 'pharmacien', phrases: ['pharmacien', 'pharmacienne', 'pharmaciens', 'pharmaciennes'], broader: 'professionnel' },
  { concept: 'sagefemme', phrases: ['sage-femme', 'sages-femmes', 'maïeuticien'], broader: 'professionnel' },
  { concept: 'dentiste', phrases: ['dentiste', 'dentistes', 'chirurgien-dentiste', 'chirurgiens-dentistes', 'soins dentaires'], broader: 'professionnel' },
  { concept: 'orthophoniste', phrases: ['orthophoniste', 'orthophonistes'], broader: 'professionnel' },
  { concept: 'podologue', phrases: ['podologue', 'podologues', 'pédicure-podologue'], broader: 'professionnel' },
  { concept: 'dieteticien', phrases: ['diététicien', 'diététicienne', 'diététiciens', 'diététiciennes'], broader: 'professionnel' },
  { concept: 'psychologue', phrases: ['psychologue', 'psychologues', 'psy'], broader: 'professionnel' },
  // A job offer, said as such or by who hires (not "poste" alone: "poste de coordination", "la Poste").
  {
    concept: 'emploi',
    phrases: ['emploi', 'emplois', "offre d'emploi", "offres d'emploi", 'recruter', 'recrute', 'recrutent', 'recrutement', 'embaucher', 'embauche', 'poste à pourvoir', 'postes à pourvoir'],
  },
  { concept: 'ecrire', phrases: ['écrire', 'écrit', 'écrits', 'rédiger', 'rédige', 'rédaction'] },
  { concept: 'loi', phrases: ['loi', 'législation', 'texte de loi', 'cadre légal'] },
];

/**
 * What a content folder says of its federation (`federation.json` beside `faq.json`): its names and
 * acronyms, its region's names, and the slug of its contact page. Read from the content rather than
 * written here, so that the assistant serves another federation as it serves the demo's.
 */
export interface SiteProfile {
  /** The federation's names and acronyms ("FEMAS", "FEMAS HDF"): each one means "the federation". */
  names: string[];
  /** The region's names ("Hauts-de-France", "HDF"): one concept, so that "HDF" finds "Hauts-de-France". */
  regions?: string[];
  /** Slug of the page "je ne sais pas" cites (default "contact"). */
  contact?: string;
}

/** The synonym groups a site profile adds to the built-in table. */
export function siteSynonymGroups(site: SiteProfile | undefined): SynonymGroup[] {
  if (!site) return [];
  const groups: SynonymGroup[] = [
    { concept: 'federation', phrases: site.names },
    // "Rejoindre la FEMAS" is joining it, as "rejoindre la fédération" is.
    { concept: 'adhesion', phrases: site.names.map((name) => `rejoindre la ${name}`) },
  ];
  // Not "region": MiniSearch's fuzzy search would then take "région" for the concept's term "_region".
  if (site.regions?.length) groups.push({ concept: 'siteregion', phrases: site.regions });
  return groups;
}
