import { ContextRoot, createContext } from '@lit/context';
import type { SiteSettings } from '../site/settings.js';

/**
 * The context `<msp-site>` provides. The key is a string, not a symbol, so widgets from separately
 * loaded bundles still find the provider.
 */
export const siteContext = createContext<SiteSettings | undefined>('msp-site');

// A context root lets a widget that was connected before `<msp-site>` was defined (scripts loaded in
// any order) receive the settings once the provider appears. One per page, whatever the bundles.
const flag = Symbol.for('msp-kit.context-root');
const page = globalThis as { [flag]?: boolean };
if (typeof document !== 'undefined' && !page[flag]) {
  page[flag] = true;
  new ContextRoot().attach(document.documentElement);
}
