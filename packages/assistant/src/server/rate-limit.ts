/**
 * Fixed-window rate limiting per client. The in-memory store suits one server process; several
 * instances behind a load balancer need a shared store (Redis: see "Several instances" in the root
 * README.md's assistant section), which only has to implement {@link RateLimitStore}.
 */

export interface RateLimitStore {
  /** Counts one request for `key` in the current window; returns the count so far and when the window ends (ms epoch). */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> | { count: number; resetAt: number };
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private lastSweep = Date.now();

  constructor(private readonly maxKeys = 100_000) {}

  hit(key: string, windowMs: number): { count: number; resetAt: number } {
    const now = Date.now();
    if (now - this.lastSweep > windowMs || this.windows.size >= this.maxKeys) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count++;
    return { count: window.count, resetAt: window.resetAt };
  }

  private sweep(now: number) {
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    // Still full (an address flood): forget the oldest windows rather than grow without bound.
    if (this.windows.size >= this.maxKeys) {
      const excess = this.windows.size - Math.floor(this.maxKeys * 0.9);
      let i = 0;
      for (const key of this.windows.keys()) {
        if (i++ >= excess) break;
        this.windows.delete(key);
      }
    }
  }
}

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

/** Parses "30/60" (30 requests per 60 seconds) or "30" (per minute); "0" or "off" disables. */
export function parseRateLimit(value: string): RateLimit | false {
  const v = value.trim().toLowerCase();
  if (v === '0' || v === 'off' || v === 'false') return false;
  const match = /^(\d+)(?:\s*\/\s*(\d+)\s*s?)?$/.exec(v);
  if (!match) throw new Error(`"${value}" is not a rate limit: write "30/60" for 30 requests per 60 seconds, or "off"`);
  const limit = Number(match[1]);
  const seconds = Number(match[2] ?? 60);
  if (limit < 1 || seconds < 1) throw new Error(`"${value}": the limit and the window must be at least 1`);
  return { limit, windowMs: seconds * 1000 };
}
