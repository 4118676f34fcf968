// Test doubles served by web-test-runner's own HTTP server (real HTTP, same origin as the tests):
// a JSON sign-up endpoint with every outcome, and Mailchimp's JSONP protocol.
const received = [];
let flakyDown = false;

const readBody = (req) =>
  new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
};

/** @type {import('@web/dev-server-core').Middleware} */
export async function newsletterTestApi(ctx, next) {
  const path = ctx.path;
  if (path.startsWith('/test-api/newsletter/')) {
    const route = path.slice('/test-api/newsletter/'.length);
    if (ctx.method === 'GET' && route === 'received') return json(ctx, 200, received);
    if (ctx.method === 'POST' && route === 'reset') {
      received.length = 0;
      flakyDown = false;
      return json(ctx, 200, {});
    }
    if (ctx.method === 'POST' && route === 'flaky/down') return ((flakyDown = true), json(ctx, 200, {}));
    if (ctx.method === 'POST' && route === 'flaky/up') return ((flakyDown = false), json(ctx, 200, {}));
    if (ctx.method !== 'POST') return json(ctx, 405, { error: 'POST only' });
    const raw = await readBody(ctx.req);
    const contentType = ctx.get('content-type');
    received.push({ route, body: contentType.includes('json') ? JSON.parse(raw || 'null') : raw, contentType });
    switch (route) {
      case 'ok':
        return json(ctx, 201, {});
      case 'brevo':
        // Brevo's form (sibforms.com), whose reply another site cannot read anyway.
        return json(ctx, 200, { success: true });
      case 'bad':
        return json(ctx, 400, { error: 'Cette adresse est déjà inscrite.' });
      case 'bad-coded':
        return json(ctx, 400, { error: 'invalid_request', message: 'email: adresse refusée par le relais.' });
      case 'crash':
        ctx.status = 500;
        ctx.body = 'Internal Server Error';
        return;
      case 'unavailable': {
        // The msp-kit relay when Brevo fails: a 502 whose sentence is in the form's language.
        const english = JSON.parse(raw || '{}').locale === 'en';
        return json(ctx, 502, {
          error: 'newsletter_unavailable',
          message: english
            ? 'The newsletter service is not answering right now. Try again in a few minutes.'
            : 'Le service d’inscription ne répond pas pour le moment. Réessayez dans quelques minutes.',
        });
      }
      case 'other-site':
        // The msp-kit relay when this site's origin is not in its ALLOWED_ORIGINS.
        return json(ctx, 403, {
          error: 'origin_not_allowed',
          message: 'Requests from https://www.msp-ailleurs.example are not allowed: add this origin to ALLOWED_ORIGINS (or --origins) on the msp-kit server.',
        });
      case 'forbidden':
        // Another server's refusal, meant for the person.
        return json(ctx, 403, { error: 'Les inscriptions sont réservées aux patients de la maison de santé.' });
      case 'limited':
        return json(ctx, 429, { error: 'Too many requests' });
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, 400));
        return json(ctx, 200, {});
      case 'flaky':
        if (flakyDown) {
          ctx.req.socket.destroy();
          return;
        }
        return json(ctx, 200, {});
      default:
        return json(ctx, 404, { error: 'unknown test route' });
    }
  }
  if (path === '/test-api/mailchimp/subscribe/post-json') {
    const callback = ctx.query.c;
    const email = String(ctx.query.EMAIL ?? '');
    // Mailchimp's own replies, by the address: already on the list, refused, success without words.
    const reply = email.includes('deja')
      ? { result: 'error', msg: `${email} is already subscribed to list Lettre. <a href="https://example.invalid/update">Click here to update your profile</a>` }
      : email.includes('refuse')
        ? { result: 'error', msg: '0 - This email cannot be added to this list. <b>Please enter a different email address.</b> <a href="https://example.invalid/help">Learn more</a>' }
        : email.includes('muet')
          ? { result: 'success', msg: '' }
          : { result: 'success', msg: 'Almost finished... We need to confirm your email address.' };
    received.push({ route: 'mailchimp', query: ctx.query });
    // A slow Mailchimp, whose answer comes after the form has given up.
    if (email.includes('lent')) await new Promise((resolve) => setTimeout(resolve, 400));
    ctx.type = 'application/javascript';
    ctx.body = `${callback}(${JSON.stringify(reply)});`;
    return;
  }
  return next();
}
