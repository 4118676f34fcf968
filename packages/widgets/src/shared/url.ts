/**
 * Links built from data (a site's settings, a JSON file) go through here, so a `javascript:` URL
 * can never reach an `href`. Relative URLs are resolved against `base`.
 */
export function safeUrl(
  value: string | null | undefined,
  base: string,
  schemes: readonly string[] = ['http:', 'https:'],
): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
