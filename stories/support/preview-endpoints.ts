/**
 * Storybook previews only: answers the newsletter form's requests inside the page, so staff can
 * see every state without a server. Real sites send to their own endpoint (see the README).
 */
const PREFIX = '/storybook-preview/newsletter/';
const realFetch = window.fetch.bind(window);
let installed = false;

export const previewEndpoint = (outcome: 'ok' | 'error' | 'slow') => `${PREFIX}${outcome}`;

export function installPreviewEndpoints(): void {
  if (installed) return;
  installed = true;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(PREFIX)) return realFetch(input, init);
    const outcome = url.pathname.slice(PREFIX.length);
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (outcome === 'slow') await new Promise(() => undefined); // stays "sending"
    if (outcome === 'error') return json(500, { error: 'preview' });
    return json(201, {});
  };
}
