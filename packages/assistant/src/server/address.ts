/** The address a server listening on `hostname` prints: an IPv6 literal goes in brackets, or the URL is not one. */
export function httpAddress(hostname: string, port: number): string {
  return `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`;
}
