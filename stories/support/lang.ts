/** A story's language control: empty, the toolbar's "Langue" applies. */
export type StoryLangArg = '' | 'fr' | 'en';

export const langControl = {
  control: { type: 'inline-radio', labels: { '': 'celle de la barre d’outils' } },
  options: ['', 'fr', 'en'],
} as const;

/**
 * The language a story shows: its own `lang` control when set (the "En anglais" stories), else the
 * toolbar's "Langue". Written on the story's element, so that the code shown copies with it.
 */
export function storyLang(args: { lang?: StoryLangArg }, context?: { globals?: Record<string, unknown> }): 'fr' | 'en' {
  // No context when a test renders a story itself: French, as the toolbar's default.
  return args.lang || (context?.globals?.locale === 'en' ? 'en' : 'fr');
}
