import type { ReactiveElement } from 'lit';

/**
 * One timer for every clock-driven widget on the page: each asks to be woken at an instant (the
 * next opening or closing), and a single `setTimeout` serves the earliest. No polling. Waits are
 * capped at an hour so a computer waking from sleep catches up, and the widgets whose instant has
 * passed render again as soon as the tab becomes visible again (a hidden tab's timers are held back).
 */
const HOUR = 3_600_000;
const waiting = new Map<ReactiveElement, number>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** Renders the widgets whose instant has come, then waits for the next one. */
function tick(): void {
  const now = Date.now();
  for (const [widget, due] of waiting) {
    if (due <= now) {
      waiting.delete(widget);
      widget.requestUpdate();
    }
  }
  schedule(now);
}

/** Sets the one timer for the earliest instant; listens to the tab's visibility only while a widget waits. */
function schedule(now: number): void {
  clearTimeout(timer);
  if (waiting.size) {
    timer = setTimeout(tick, Math.min(Math.max(0, Math.min(...waiting.values()) - now), HOUR));
    document.addEventListener('visibilitychange', tick);
  } else document.removeEventListener('visibilitychange', tick);
}

/**
 * Renders `widget` again at `at` (replacing any earlier request); no `at` cancels. A widget that
 * left the page is not kept: it asks again when it renders back on the page. Widgets call this
 * while they render, so it never renders them itself: an instant already past comes with the
 * timer, at once but after this render (a request made during a render would be lost).
 */
export function wakeAt(widget: ReactiveElement, at?: Date): void {
  if (at && widget.isConnected) waiting.set(widget, at.getTime());
  else waiting.delete(widget);
  schedule(Date.now());
}
