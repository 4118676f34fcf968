import { VERSION } from './version.js';

type VersionedElement = CustomElementConstructor & { readonly version?: string };

// Shared by every copy of msp-kit on the page (two bundles, two versions), so the warning is said once.
const registry = ((globalThis as { [key: symbol]: unknown })[Symbol.for('msp-kit.define')] ??= {
  warned: false,
  versions: {},
}) as { warned: boolean; versions: Record<string, string> };

/**
 * Defines a custom element unless the tag is already taken. A CMS may load our bundle twice,
 * even in two versions: the first definition wins, nothing throws, and a version mismatch is
 * reported once per page.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const existing: VersionedElement | undefined = customElements.get(tag);
  const ours = element.version ?? VERSION;
  if (!existing) {
    customElements.define(tag, element);
    registry.versions[tag] = ours;
    return;
  }
  const theirs = registry.versions[tag] ?? existing.version ?? 'unknown';
  if (existing !== element && theirs !== ours && !registry.warned) {
    registry.warned = true;
    console.warn(
      `[msp-kit] ${ours} ignored: ${theirs} already defines <${tag}>. Load msp-kit once per page.`,
    );
  }
}
