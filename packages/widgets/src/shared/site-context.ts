import { ContextEvent, createContext, type ContextCallback } from '@lit/context';
import type { SiteSettings } from '../site/settings.js';

/**
 * The context `<msp-site>` provides. The key is a string, not a symbol, so widgets from separately
 * loaded bundles still find the provider.
 */
export const siteContext = createContext<SiteSettings | undefined>('msp-site');

// A widget connected before any `<msp-site>` exists (scripts loaded in any order, or no <msp-site>
// at all) asks again when a provider appears. Unlike @lit/context's ContextRoot, which keeps a
// record of every request ever made, this forgets widgets that left the page, so mounting and
// unmounting widgets a thousand times leaves nothing behind; weakly held, so the last one removed
// is not kept alive either. One per page, whatever the bundles.
const flag = Symbol.for('msp-kit.context-root');
const page = globalThis as { [flag]?: boolean };
if (typeof document !== 'undefined' && !page[flag]) {
  page[flag] = true;
  let waiting: [WeakRef<Element>, WeakRef<ContextCallback<unknown>>][] = [];
  const root = document.documentElement;
  const connected = () => waiting.filter(([element, callback]) => element.deref()?.isConnected && callback.deref());
  root.addEventListener('context-request', (event) => {
    if (event.context !== siteContext || !event.subscribe) return;
    // contextTarget: the element that asked, even when the event was retargeted to a shadow host.
    (waiting = connected()).push([new WeakRef(event.contextTarget), new WeakRef(event.callback)]);
  });
  root.addEventListener('context-provider', (event) => {
    if (event.context !== siteContext) return;
    const asking = connected();
    waiting = [];
    for (const [elementRef, callbackRef] of asking) {
      const element = elementRef.deref();
      const callback = callbackRef.deref();
      if (element && callback) element.dispatchEvent(new ContextEvent(siteContext, element, callback, true));
    }
  });
}
