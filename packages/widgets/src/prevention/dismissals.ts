/**
 * Remembered dismissals: a short JSON list of editions (`id@start`) under one localStorage key,
 * written only when a visitor clicks "hide". Pure functions, no DOM; the element does the I/O.
 */
import type { IsoDate } from './calendar.js';

export const DISMISSED_KEY = 'msp-kit:prevention:dismissed';
const MAX = 40;

/** The editions in a stored value; anything unreadable counts as none. */
export function parseDismissed(stored: string | null): string[] {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string' && /@\d{4}-\d\d-\d\d$/.test(e)) : [];
  } catch {
    return [];
  }
}

/**
 * The list to store once `edition` is dismissed on `today`: without duplicates, without editions
 * that started more than two years ago (they cannot show again), at most the 40 latest.
 */
export function addDismissed(stored: readonly string[], edition: string, today: IsoDate): string[] {
  const oldest = `${+today.slice(0, 4) - 2}${today.slice(4)}`;
  const kept = stored.filter((e) => e !== edition && e.slice(-10) >= oldest);
  return [...kept, edition].slice(-MAX);
}
