import { sendTimeout, type SendResult } from './transports.js';

/**
 * `provider="brevo"`: posts to the Brevo (sibforms) form URL. Brevo does not let other sites read
 * its reply, so a sent request is all we can know: the person is told a confirmation e-mail follows.
 */
export async function sendBrevo(
  action: string,
  fields: {
    email: string;
    firstName?: string;
    locale: string;
    /** The contact attribute of the first name (`FIRSTNAME` by default, `PRENOM` in some French accounts). */
    firstNameAttribute?: string;
  },
): Promise<SendResult> {
  const body = new URLSearchParams({ EMAIL: fields.email, OPT_IN: '1', email_address_check: '', locale: fields.locale });
  if (fields.firstName) body.set(fields.firstNameAttribute || 'FIRSTNAME', fields.firstName);
  try {
    await fetch(action, { method: 'POST', mode: 'no-cors', body, signal: sendTimeout() });
    return { ok: true, unconfirmed: true };
  } catch {
    return { ok: false, reason: 'network' };
  }
}
