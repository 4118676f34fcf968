/** The address a server listening on `hostname` prints: an IPv6 literal goes in brackets, or the URL is not one. */
export function httpAddress(hostname: string, port: number): string {
  return `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`;
}

/**
 * The port to listen on, from the first of `sources` that is set (`[name, value]`, e.g.
 * `['--port', '8080']`, `['PORT', env.PORT]`), else `fallback`. Digits only: an empty PORT (a
 * blank line of an environment file) would be 0, a random port nobody finds, and `0x1F90` a port
 * no one meant. Throws a message that names the setting.
 */
export function parsePort(sources: [name: string, value: string | undefined][], fallback: number): number {
  const source = sources.find(([, value]) => value !== undefined);
  if (!source) return fallback;
  const [name, value] = source;
  const port = /^\d{1,5}$/.test(value!.trim()) ? Number(value) : NaN;
  if (!(port <= 65535)) throw new Error(`${name}: "${value}" is not a port number (0 to 65535)`);
  return port;
}
