// Test doubles for <msp-directory> and <msp-team>, served by web-test-runner's own HTTP server
// (real HTTP, same origin as the tests): directory JSON for `src`, a slow route for the loading
// state, a route that answers nothing for a long while, a route that fails until told otherwise (retry) or is then gone, and a map-tile stub so that Leaflet never
// touches the network. Data routes have no file extension: the test runner tells the browser to
// cache anything that has one for a year, and the retry test needs every request to arrive here.
import { readFileSync } from 'node:fs';

const demo = readFileSync(new URL('../../../demo/data/directory.json', import.meta.url), 'utf8');
// A 1×1 transparent PNG.
const tile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const prefix = '/test-api/directory/';
let flakyDown = true;
let flakyGone = false;
let tiles = 0;
let requests = 0;

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
};

/** @type {import('@web/dev-server-core').Middleware} */
export async function directoryTestApi(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  const route = ctx.path.slice(prefix.length);
  if (route.startsWith('tiles/')) {
    tiles++;
    ctx.type = 'image/png';
    ctx.body = tile;
    return;
  }
  if (ctx.method === 'POST') {
    if (route === 'reset') [flakyDown, flakyGone, tiles, requests] = [true, false, 0, 0];
    else if (route === 'flaky/up') flakyDown = false;
    else if (route === 'flaky/gone') flakyGone = true;
    else return json(ctx, 404, { error: 'unknown test route' });
    return json(ctx, 200, {});
  }
  if (route === 'stats') return json(ctx, 200, { tiles, requests });
  requests++;
  switch (route) {
    case 'demo':
      return json(ctx, 200, demo);
    case 'stalled':
      // Says nothing for a long while (the client gives up before, on its own clock).
      await new Promise((resolve) => setTimeout(resolve, 5000));
      return json(ctx, 504, { error: 'Gateway Timeout' });
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, 600));
      return json(ctx, 200, demo);
    case 'flaky':
      if (flakyGone) return json(ctx, 404, { error: 'Not Found' });
      if (flakyDown) return json(ctx, 503, { error: 'Service Unavailable' });
      return json(ctx, 200, demo);
    case 'busy':
      return json(ctx, 429, { error: 'Too Many Requests' });
    case 'forbidden':
      return json(ctx, 403, { error: 'Forbidden' });
    case 'down':
      ctx.status = 500;
      ctx.body = 'Internal Server Error';
      return;
    case 'not-json':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>Page introuvable';
      return;
    default:
      return json(ctx, 404, { error: 'unknown test route' });
  }
}
