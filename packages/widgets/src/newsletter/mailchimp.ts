import { SEND_TIMEOUT_MS, type SendResult } from './transports.js';

/** The fields Mailchimp's embedded form posts, with the list's own honeypot field left empty. */
export function mailchimpJsonpUrl(action: string, fields: { email: string; firstName?: string }, callback: string): string {
  const url = new URL(action);
  url.pathname = url.pathname.replace(/\/post\/?$/, '/post-json');
  const u = url.searchParams.get('u') ?? '';
  const id = url.searchParams.get('id') ?? '';
  url.searchParams.set('EMAIL', fields.email);
  if (fields.firstName) url.searchParams.set('FNAME', fields.firstName);
  url.searchParams.set(`b_${u}_${id}`, '');
  url.searchParams.set('c', callback);
  return url.href;
}

/**
 * Mailchimp answers with a little HTML ("0 - Please enter…", "<a href>…</a>"): keep the words only.
 * A link's words go with the link: "Click here to update your profile" would lead nowhere.
 */
export function mailchimpMessage(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  body.querySelectorAll('a').forEach((link) => link.remove());
  return (body.textContent ?? '').replace(/^\s*\d+\s*-\s*/, '').trim();
}

let jsonpCount = 0;

/** `provider="mailchimp"`: Mailchimp's JSONP endpoint, the only one it opens to other sites. */
export function sendMailchimp(
  action: string,
  fields: { email: string; firstName?: string },
  timeoutMs = SEND_TIMEOUT_MS,
): Promise<SendResult> {
  return new Promise((resolve) => {
    const callback = `mspKitMailchimp${Date.now()}_${jsonpCount++}`;
    const registry = window as unknown as Record<string, unknown>;
    const script = document.createElement('script');
    const done = (result: SendResult) => {
      clearTimeout(timer);
      delete registry[callback];
      script.remove();
      resolve(result);
    };
    const timer = setTimeout(() => {
      done({ ok: false, reason: 'network' });
      // Mailchimp's script may still come: its call must find a function, not throw in the host page.
      registry[callback] = () => {};
    }, timeoutMs);
    registry[callback] = (reply: { result?: string; msg?: string }) => {
      const message = typeof reply?.msg === 'string' ? mailchimpMessage(reply.msg) : undefined;
      // "… is already subscribed to list …" comes as an error, but the person is on the list.
      done(
        reply?.result === 'success'
          ? { ok: true, message }
          : /already subscribed/i.test(message ?? '')
            ? { ok: true, alreadySubscribed: true }
            : { ok: false, reason: 'rejected', message },
      );
    };
    script.onerror = () => done({ ok: false, reason: 'network' });
    try {
      script.src = mailchimpJsonpUrl(action, fields, callback);
    } catch {
      done({ ok: false, reason: 'rejected' });
      return;
    }
    document.head.append(script);
  });
}
