/**
 * Localisation without a framework: each widget owns a typed message table whose French
 * version is the source, and every other language must provide the same keys (the compiler
 * checks it). Pure module, no DOM.
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

/** A message is a string, a function of its parameters (plurals, names, numbers), or a small group of strings. */
export type Message = string | ((...args: never[]) => string) | Readonly<Record<string, string>>;
export type MessageTable = Record<string, Message>;

/** A widget's messages in every supported language, French being the source of the keys. */
export type Messages<T extends MessageTable> = { readonly [L in Lang]: T };

/** Declares a message table; `en` must have exactly the keys and signatures of `fr`. */
export function defineMessages<T extends MessageTable>(fr: T, en: NoInfer<T>): Messages<T> {
  return { fr, en };
}

/** A date as French writes the first of the month ("1er mai", "jeudi 1er mai"); other languages as given. */
export const firstOfMonth = (date: string, lang: string): string => (lang === 'fr' ? date.replace(/(^|\s)1 /, '$11er ') : date);

/** Maps a BCP 47 tag (`fr-FR`, `en`, `EN-gb`) to a supported language, or `undefined`. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary);
}

/**
 * Picks the first supported language among candidates given in priority order
 * (element `lang`, closest `[lang]` ancestor, `<msp-site lang>`, `<html lang>`), else French.
 */
export function resolveLang(candidates: Iterable<string | null | undefined>): Lang {
  for (const candidate of candidates) {
    const lang = toLang(candidate);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}
