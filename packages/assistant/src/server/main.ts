/**
 * `npm start`: serves the demo sites, the widgets and (when configured) the assistant on
 * http://localhost:8080. Port: `--port N` or `PORT`; host: `HOST` (default 127.0.0.1).
 */
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port ?? process.env.PORT ?? 8080);
const hostname = process.env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`msp-kit: "${values.port ?? process.env.PORT}" is not a port number (0 to 65535).`);
  process.exit(1);
}

const server = serve({ fetch: createApp().fetch, port, hostname }, (info) => {
  const shown = hostname === '127.0.0.1' || hostname === '::1' ? 'localhost' : hostname;
  console.log(`msp-kit demo: http://${shown}:${info.port}/  (Ctrl+C to stop)`);
});

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`msp-kit: port ${port} is already in use. Try another one: PORT=${port + 1} npm start`);
  } else {
    console.error(`msp-kit: the server could not start: ${error.message}`);
  }
  process.exit(1);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
