import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One timer for every clock-driven widget on the page: each asks to be woken at an instant (the
 * next opening or closing), and a single `setTimeout` serves the earliest. No polling. Waits are
 * capped at an hour so a computer waking from sleep catches up, and every widget re-checks when
 * the tab becomes visible again.
 */
const HOUR = 3_600_000;
const waiting = new Map<WakeUpController, number>();
const connected = new Set<WakeUpController>();
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(): void {
  clearTimeout(timer);
  timer = undefined;
  if (waiting.size === 0) return;
  const due = Math.min(...waiting.values());
  timer = setTimeout(tick, Math.min(Math.max(0, due - Date.now()), HOUR));
}

function tick(): void {
  const now = Date.now();
  for (const [controller, due] of waiting) {
    if (due <= now) {
      waiting.delete(controller);
      controller.host.requestUpdate();
    }
  }
  schedule();
}

function onVisible(): void {
  if (document.visibilityState !== 'visible') return;
  for (const controller of connected) controller.host.requestUpdate();
}

/** Re-renders its host at the instant given to `wakeAt`, through the page's shared timer. */
export class WakeUpController implements ReactiveController {
  constructor(readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Wake the host at `at` (replacing any earlier request); `null` cancels. */
  wakeAt(at: Date | null): void {
    // A widget removed before it asks is not kept alive by the page's timer.
    if (at && connected.has(this)) waiting.set(this, at.getTime());
    else waiting.delete(this);
    schedule();
  }

  hostConnected(): void {
    if (connected.size === 0) document.addEventListener('visibilitychange', onVisible);
    connected.add(this);
    // Back on the page: render again, which asks for the next wake-up.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    connected.delete(this);
    waiting.delete(this);
    if (connected.size === 0) document.removeEventListener('visibilitychange', onVisible);
    schedule();
  }
}
