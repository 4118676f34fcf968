/** The assistant's own sentences (not quoted from the content), French and English. */
import type { Locale } from '../safety/messages.js';

export function unknownMessage(locale: Locale, contactCitation: number | undefined): string {
  const ref = contactCitation === undefined ? '' : ` [${contactCitation}]`;
  if (locale === 'en') {
    return (
      "I don't know: I could not find the answer to this question in the federation's pages. " +
      `For a reliable answer, please contact the federation${ref}.`
    );
  }
  return (
    'Je ne sais pas\u00a0: je ne trouve pas la réponse à cette question dans les pages de la fédération. ' +
    `Pour une réponse sûre, contactez la fédération${ref}.`
  );
}

export function outOfScopeMessage(locale: Locale): string {
  if (locale === 'en') {
    return (
      "I am the federation's information assistant: I answer questions about multi-professional health centres (MSP), " +
      'how to create one, coordinated practice and the federation. This question is outside that scope, so I cannot answer it.'
    );
  }
  return (
    "Je suis l'assistant d'information de la fédération\u00a0: je réponds aux questions sur les maisons de santé " +
    "pluriprofessionnelles (MSP), leur création, l'exercice coordonné et la fédération. " +
    'Cette question sort de ce cadre, je ne peux donc pas y répondre.'
  );
}

/**
 * Joins a model answer cut short and what completes it: the pages' quotes (`quoted`), or else the
 * assistant's "I don't know".
 */
export function fallbackSeparator(locale: Locale, quoted = true): string {
  if (locale === 'en') return quoted ? '\n\n(The answer was interrupted. From the federation’s pages:) ' : '\n\n(The answer was interrupted.) ';
  return quoted ? '\n\n(La réponse a été interrompue. Extraits des pages de la fédération\u00a0:) ' : '\n\n(La réponse a été interrompue.) ';
}

/** Before a quoted answer to a question asked in English: the quotes are the pages' French sentences. */
export function frenchSourcesIntro(): string {
  return "The federation's pages are in French; here is what they say:";
}
