/** Socket-level limits for the Node server: slow or idle clients cannot hold connections forever. */
import type { ServerType } from '@hono/node-server';

export function applyServerTimeouts(server: ServerType, requestTimeoutMs = 65_000): void {
  const http = server as ServerType & { headersTimeout?: number; requestTimeout?: number; keepAliveTimeout?: number };
  // Time to receive the headers, and the whole request (body included): a slow upload is cut.
  http.headersTimeout = 15_000;
  http.requestTimeout = requestTimeoutMs;
  http.keepAliveTimeout = 5_000;
}
