/** A `heading-level` attribute as a usable level: a whole number from 1 to 6, `fallback` when unreadable. */
export const headingLevel = (level: number, fallback: number): number => Math.min(6, Math.max(1, Math.round(level) || fallback));
