/**
 * The fixed messages of the safety gate. French typography: a no-break space (\u00a0) before
 * « : ; ! ? ». The English ones keep the French names of services (SAMU, Violences Femmes Info,
 * permanence des soins), which the chat element marks French (client/french-names.ts).
 */
export type Locale = 'fr' | 'en';

/** Digits grouped the French way for reading: "3114" stays, "116117" becomes "116 117". */
function readable(number: string): string {
  return number.length === 6 ? `${number.slice(0, 3)}\u00a0${number.slice(3)}` : number;
}

/**
 * The emergency message: 15, 112 and 114 always; first the 3114 line for suicidal thoughts, and the
 * lines for victims of violence (3919, 119; 17 in immediate danger) when the gate found violence.
 */
export function emergencyMessage(locale: Locale, suicide: boolean, violence = false): string {
  if (locale === 'en') {
    const base =
      'If this is an emergency, call 15 (SAMU, medical emergencies) or 112 (European emergency number) now. ' +
      'Deaf, hard-of-hearing or unable to speak? Send a text message to 114. ' +
      'This assistant cannot help in an emergency.';
    return (
      (suicide
        ? 'If you are thinking about suicide, or are worried about someone, call 3114 (French national suicide prevention line, free, 24/7). '
        : '') +
      (violence
        ? 'If you are a victim or a witness of violence: call 3919 (Violences Femmes Info, free and anonymous, 24/7), or 119 for a child in danger (free, 24/7). In immediate danger, call 17 (police) or 112. '
        : '') +
      base
    );
  }
  const base =
    "S'il s'agit d'une urgence, appelez tout de suite le 15 (SAMU, urgences médicales) ou le 112 (numéro d'urgence européen). " +
    'Personnes sourdes, malentendantes ou qui ne peuvent pas parler\u00a0: envoyez un SMS au 114. ' +
    "Cet assistant ne peut pas vous aider en cas d'urgence.";
  return (
    (suicide
      ? 'Si vous avez des idées suicidaires, ou si vous vous inquiétez pour un proche, appelez le 3114 (numéro national de prévention du suicide, gratuit, 24\u00a0h/24 et 7\u00a0j/7). '
      : '') +
    (violence
      ? 'Si vous subissez des violences ou en êtes témoin\u00a0: appelez le 3919 (Violences Femmes Info, gratuit et anonyme, 24\u00a0h/24 et 7\u00a0j/7), ou le 119 pour un enfant en danger (gratuit, 24\u00a0h/24). En danger immédiat, appelez le 17 (police) ou le 112. '
      : '') +
    base
  );
}

/**
 * The kind refusal of medical advice. `onCallNumber` is the region's line for the on-call doctor
 * (permanence des soins), 15 by default; some regions use 116 117.
 */
export function medicalMessage(locale: Locale, onCallNumber = '15'): string {
  const onCall = readable(onCallNumber);
  if (locale === 'en') {
    return (
      'I cannot give medical advice: no diagnosis, no interpretation of symptoms, no medicine or dose, no change to a treatment. ' +
      'Please ask your doctor, your pharmacist or your health centre. ' +
      `When they are closed, call ${onCall} for the on-call doctor (permanence des soins). ` +
      'In an emergency, call 15 or 112 (114 by text message).'
    );
  }
  return (
    "Je ne peux pas donner d'avis médical\u00a0: ni diagnostic, ni interprétation de symptômes, ni médicament ou dose, ni changement de traitement. " +
    'Pour une question sur votre santé, adressez-vous à votre médecin traitant, à votre pharmacien ou à votre maison de santé. ' +
    `Quand ils sont fermés, appelez le ${onCall} pour joindre le médecin de garde (permanence des soins). ` +
    "En cas d'urgence, appelez le 15 ou le 112 (le 114 par SMS)."
  );
}
