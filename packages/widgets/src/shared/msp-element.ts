import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { resolveLang, type Lang, type MessageTable, type Messages } from './i18n.js';
import { VERSION } from './version.js';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../site/settings.js';

function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The closest `lang` attribute above `element`, crossing shadow roots, stopping before `<html>`. */
function ancestorLang(element: Element): string | undefined {
  let node: Element | null = element.parentElement ?? shadowHost(element);
  while (node) {
    const match = node.closest('[lang]');
    if (match) return match === document.documentElement ? undefined : (match.getAttribute('lang') ?? undefined);
    node = shadowHost(node);
  }
  return undefined;
}

/**
 * What every msp-kit element shares: the version that defined it, the resolved language, its
 * messages, and console warnings said once. Not an element on its own.
 */
export class MspElement extends LitElement {
  /** The msp-kit version that defined this element. */
  static readonly version = VERSION;

  // The `lang` attribute is watched so that a change of language renders again (a reactive
  // property of another name: the native `lang` property is left as it is).
  static override properties: PropertyDeclarations = {
    langAttribute: { attribute: 'lang' },
  };

  /** The element's own language (`fr`, `en`, or a tag such as `en-GB`), above the page's. */
  declare protected langAttribute?: string;

  /** The site settings this element works with. */
  get settings(): SiteSettings {
    return DEFAULT_SITE_SETTINGS;
  }

  /** The language to speak: own `lang` → closest `[lang]` ancestor → `<msp-site lang>` → `<html lang>` → French. */
  get locale(): Lang {
    return resolveLang([
      this.getAttribute('lang'),
      ancestorLang(this),
      this.settings.lang,
      document.documentElement.getAttribute('lang'),
    ]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // What the element says is marked with the language it says it in, for screen readers' voices:
    // it may not be the page's (a <msp-site> setting; French on a page in another language). Slotted
    // content keeps the page's.
    const lang = this.locale;
    // (Written only when it changes: an update per keystroke need not touch attributes.)
    for (const child of this.renderRoot.children as HTMLCollectionOf<HTMLElement>) if (child.lang !== lang) child.lang = lang;
  }

  /** This element's messages in the resolved language. */
  protected messages<T extends MessageTable>(table: Messages<T>): T {
    return table[this.locale];
  }

  readonly #warnings = new Set<string>();

  /** A console warning naming this element, said once per message so re-renders do not repeat it. */
  protected warnOnce(message: string): void {
    if (this.#warnings.has(message)) return;
    this.#warnings.add(message);
    console.warn(`[${this.localName}] ${message}`);
  }
}
