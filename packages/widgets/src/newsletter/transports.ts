/**
 * How a sign-up reaches the site's newsletter provider. Each transport resolves (never rejects)
 * with what happened, so the form can say it in plain words and keep what was typed. The JSON
 * transport is here; Mailchimp's and Brevo's are loaded only by the forms that use them.
 */
import type { Subscription } from './subscription.js';

export type SendResult =
  | {
      ok: true;
      /** The provider's own words, when it gave any. */
      message?: string;
      /** Sent, but the reply could not be read. */
      unconfirmed?: boolean;
      /** The address was already on the list (the widget says so in its own words). */
      alreadySubscribed?: boolean;
    }
  | { ok: false; reason: 'network' | 'rejected' | 'rate-limited'; message?: string }
  /**
   * Nothing takes sign-ups at that address (HTTP 404, 405), or the msp-kit relay refuses this site
   * (403 `origin_not_allowed`, with the relay's `message` for the console): the site's setting, not
   * the visitor's input.
   */
  | { ok: false; reason: 'misdirected'; status: number; message?: string };

/** How long a provider has to answer before the form offers to try again. */
export const SEND_TIMEOUT_MS = 15_000;

/**
 * Gives up on a provider after SEND_TIMEOUT_MS. Safari before 16 has no AbortSignal.timeout: there
 * the browser's own time limit applies (a controller and a timer instead would cost 25 B gzipped,
 * more than the element's budget has left).
 */
export const sendTimeout = (): AbortSignal | undefined => AbortSignal.timeout?.(SEND_TIMEOUT_MS);

/** `provider="json"`: POST the subscription as JSON; 2xx is success, a JSON `{ error }` explains a refusal. */
export async function sendJson(action: string, body: Subscription): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(action, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: sendTimeout(),
    });
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (response.ok) return { ok: true };
  const { status } = response;
  // A server error is worth another try, like a network failure; a 4xx is a refusal.
  const serverError = status >= 500;
  let message: string | undefined;
  let code: unknown;
  try {
    // `{ error }`, or msp-kit's `{ error: code, message: sentence }`: show the sentence (the relay's
    // 502 words it in the page's language). A server error's bare `error` is not meant for people.
    const data = (await response.json()) as { error?: unknown; message?: unknown };
    const text = typeof data.message === 'string' ? data.message : serverError ? undefined : data.error;
    if (typeof text === 'string' && text.trim()) message = text.trim().slice(0, 300);
    code = data.error;
  } catch {
    // Not JSON: the status says enough.
  }
  // The msp-kit relay does not take sign-ups from this site, or nothing takes them there: the
  // site's setting, which the visitor cannot mend.
  if (code === 'origin_not_allowed') return { ok: false, reason: 'misdirected', status, message };
  if (status === 404 || status === 405) return { ok: false, reason: 'misdirected', status };
  return { ok: false, reason: serverError ? 'network' : status === 429 ? 'rate-limited' : 'rejected', message };
}
