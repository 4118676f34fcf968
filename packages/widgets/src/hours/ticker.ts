import type { ReactiveElement } from 'lit';

/**
 * One timer for every clock-driven widget on the page: each asks to be woken at an instant (the
 * next opening or closing), and a single `setTimeout` serves the earliest. No polling. Waits are
 * capped at an hour so a computer waking from sleep catches up, and every waiting widget renders
 * again when the tab becomes visible again.
 */
const HOUR = 3_600_000;
const waiting = new Map<ReactiveElement, number>();
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(): void {
  clearTimeout(timer);
  if (waiting.size) timer = setTimeout(tick, Math.min(Math.max(0, Math.min(...waiting.values()) - Date.now()), HOUR));
}

function tick(): void {
  const now = Date.now();
  for (const [widget, due] of waiting) {
    if (due <= now) {
      waiting.delete(widget);
      widget.requestUpdate();
    }
  }
  schedule();
}

function onVisible(): void {
  if (document.visibilityState === 'visible') for (const widget of waiting.keys()) widget.requestUpdate();
}

/**
 * Renders `widget` again at `at` (replacing any earlier request); `null` cancels. A widget that
 * left the page is not kept: it asks again when it renders back on the page.
 */
export function wakeAt(widget: ReactiveElement, at: Date | null): void {
  if (at && widget.isConnected) waiting.set(widget, at.getTime());
  else waiting.delete(widget);
  if (waiting.size) document.addEventListener('visibilitychange', onVisible);
  else document.removeEventListener('visibilitychange', onVisible);
  schedule();
}
