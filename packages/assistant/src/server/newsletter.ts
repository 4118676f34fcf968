/**
 * `POST /api/newsletter`: the server side of `<msp-newsletter provider="json">`. It validates the
 * sign-up with the same zod schema as the form, then asks Brevo (API v3) for a double opt-in: Brevo
 * e-mails a confirmation link, and the contact joins the list once it is clicked. The proof of
 * consent (wording, version, time, page) is stored as contact attributes. The API key never leaves
 * the server. Mounted only when configured (see `newsletterConfigFromEnv`), or in demo mode.
 */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import type { NewsletterErrorCode } from '../../../widgets/src/newsletter/schema.js';
import { subscriptionSchema, type Subscription } from '../../../widgets/src/newsletter/subscription.js';
import { createGuards, error, methodNotAllowed, type GuardOptions } from './guards.js';
import type { RateLimit } from './rate-limit.js';
import { apiBaseUrl } from '../config.js';

export interface BrevoConfig {
  /** The Brevo API key (`xkeysib-…`). */
  apiKey: string;
  /** The list the contact joins once confirmed. */
  listId: number;
  /** The double opt-in confirmation e-mail template. */
  templateId: number;
  /** Where the confirmation link leads (a "thank you" page of the site). */
  redirectUrl: string;
  /** Brevo's API base (default https://api.brevo.com/v3; tests point it to a local server). */
  apiUrl?: string;
  /** The contact attribute holding the first name (default `FIRSTNAME`; `PRENOM` in some French accounts). */
  firstNameAttribute?: string;
}

export interface NewsletterRelayOptions extends GuardOptions {
  /**
   * Brevo's settings, or `'demo'` (`npm start` without `BREVO_*`): sign-ups are checked as usual,
   * then dropped, and nothing is sent anywhere.
   */
  brevo: BrevoConfig | 'demo';
  /** Sign-ups per client (default 5 per 10 minutes); `false` to disable. */
  rateLimit?: RateLimit | false;
  /**
   * Confirmation e-mails per address (default 2 per 24 hours), whoever asks: the relay cannot be
   * used to flood someone's mailbox. Past it, the answer is the same success, and nothing is sent.
   */
  recipientLimit?: RateLimit | false;
  /** How long Brevo has to answer (default 10 s). */
  timeoutMs?: number;
  /** Told of Brevo failures (never of addresses). */
  log?: (line: string) => void;
}

type Env = Record<string, string | undefined>;

/** The relay's settings from `BREVO_*` variables, or `undefined` when they are not all set. */
export function newsletterConfigFromEnv(env: Env = process.env): BrevoConfig | undefined {
  const { BREVO_API_KEY, BREVO_LIST_ID, BREVO_DOI_TEMPLATE_ID, BREVO_DOI_REDIRECT_URL } = env;
  const given = [BREVO_API_KEY, BREVO_LIST_ID, BREVO_DOI_TEMPLATE_ID, BREVO_DOI_REDIRECT_URL].filter(Boolean).length;
  if (given === 0) return undefined;
  if (given < 4) {
    throw new Error(
      'the newsletter relay needs BREVO_API_KEY, BREVO_LIST_ID, BREVO_DOI_TEMPLATE_ID and BREVO_DOI_REDIRECT_URL together',
    );
  }
  const id = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name}="${value}" must be a Brevo id (a whole number)`);
    return n;
  };
  if (!/^https?:\/\//.test(BREVO_DOI_REDIRECT_URL!)) {
    throw new Error(`BREVO_DOI_REDIRECT_URL="${BREVO_DOI_REDIRECT_URL}" must be an http(s) URL`);
  }
  return {
    apiKey: BREVO_API_KEY!,
    listId: id('BREVO_LIST_ID', BREVO_LIST_ID!),
    templateId: id('BREVO_DOI_TEMPLATE_ID', BREVO_DOI_TEMPLATE_ID!),
    redirectUrl: BREVO_DOI_REDIRECT_URL!,
    ...(env.BREVO_API_URL ? { apiUrl: apiBaseUrl(env, 'BREVO_API_URL', 'https://api.brevo.com/v3') } : {}),
    ...(env.BREVO_FIRSTNAME_ATTRIBUTE ? { firstNameAttribute: env.BREVO_FIRSTNAME_ATTRIBUTE } : {}),
  };
}

/** The shared schema speaks in codes (the form words them in French or English); the API in sentences. */
const reasons: Record<NewsletterErrorCode, string> = {
  email: 'must be a valid e-mail address',
  firstName: 'must be a text of at most 100 characters',
  consent: 'must be true',
  consentText: 'must be the consent wording the person ticked (10 to 1,000 characters)',
  consentVersion: 'must be the version of that wording (1 to 40 characters)',
  consentAt: 'must be the ISO 8601 date and time of consent, e.g. 2026-11-22T10:00:00Z',
  locale: 'must be "fr" or "en"',
  source: 'must be the http(s) URL of the page the form was on',
};
const BODY = 'must be a JSON object { email, firstName?, consent: { text, version, at }, locale, source }';

const unavailable = {
  fr: 'Le service d’inscription ne répond pas pour le moment. Réessayez dans quelques minutes.',
  en: 'The newsletter service is not answering right now. Try again in a few minutes.',
};

/**
 * A first name cannot carry an address, a link or a phone number: Brevo's confirmation e-mail may
 * show it, and a stranger's sign-up would then put a message of theirs into someone's mailbox.
 */
const NOT_A_NAME = /[@/:<>\\]|\d{3}|www\.|[a-z]\.[a-z]{2,}/i;
const notAName = {
  fr: 'Le prénom ne peut contenir ni adresse, ni lien, ni numéro.',
  en: 'The first name cannot hold an address, a link or a number.',
};

/**
 * The body of Brevo's `POST /contacts/doubleOptinConfirmation`. The consent's time is when the
 * relay received it, by its own clock: a client's clock may be wrong, or its date made up.
 */
export function brevoDoubleOptIn(subscription: Subscription, brevo: BrevoConfig, receivedAt = new Date()) {
  return {
    email: subscription.email,
    includeListIds: [brevo.listId],
    templateId: brevo.templateId,
    redirectionUrl: brevo.redirectUrl,
    attributes: {
      ...(subscription.firstName ? { [brevo.firstNameAttribute ?? 'FIRSTNAME']: subscription.firstName } : {}),
      CONSENT_TEXT: subscription.consent.text,
      CONSENT_VERSION: subscription.consent.version,
      CONSENT_AT: receivedAt.toISOString(),
      CONSENT_SOURCE: subscription.source,
      CONSENT_LOCALE: subscription.locale,
    },
  };
}

export function newsletterRelay(options: NewsletterRelayOptions): Hono {
  const app = new Hono();
  const { originGuard, limiter, limitBody, readJson, invalid, store } = createGuards({ bodyLimitBytes: 16 * 1024, ...options });
  const recipientLimit = options.recipientLimit ?? { limit: 2, windowMs: 24 * 3_600_000 };
  const brevo = options.brevo;
  const apiUrl = brevo === 'demo' ? '' : (brevo.apiUrl ?? 'https://api.brevo.com/v3').replace(/\/$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;

  app.use('/api/newsletter', originGuard);
  app.post('/api/newsletter', limiter(options.rateLimit, { limit: 5, windowMs: 600_000 }, 'newsletter'), limitBody, async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = subscriptionSchema.safeParse(body.value);
    if (!parsed.success) {
      return invalid(
        c,
        parsed.error.issues.map((issue) => ({
          path: issue.path,
          message: issue.path.length ? (reasons[issue.message as NewsletterErrorCode] ?? issue.message) : BODY,
        })),
      );
    }
    const subscription = parsed.data;
    if (subscription.firstName && NOT_A_NAME.test(subscription.firstName)) {
      return error(c, 400, 'invalid_request', notAName[subscription.locale], [{ path: 'firstName', message: notAName.en }]);
    }
    if (recipientLimit) {
      // Counted by a hash: the store (perhaps a shared Redis) never holds the address itself.
      const recipient = createHash('sha256').update(subscription.email.toLowerCase()).digest('base64url');
      const { count } = await store.hit(`newsletter-recipient:${recipient}`, recipientLimit.windowMs);
      if (count > recipientLimit.limit) {
        options.log?.('newsletter: this address already had its confirmation e-mails for now; none sent');
        return c.json({ status: 'pending_confirmation' });
      }
    }
    if (brevo === 'demo') {
      options.log?.('newsletter (demo): a valid sign-up, dropped: nothing is sent without BREVO_*');
      return c.json({ status: 'pending_confirmation' });
    }

    let response: Response;
    try {
      response = await fetch(`${apiUrl}/contacts/doubleOptinConfirmation`, {
        method: 'POST',
        headers: { 'api-key': brevo.apiKey, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(brevoDoubleOptIn(subscription, brevo)),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      options.log?.(`newsletter: Brevo unreachable (${(e as Error).name})`);
      return error(c, 502, 'newsletter_unavailable', unavailable[subscription.locale]);
    }
    if (response.ok) return c.json({ status: 'pending_confirmation' });

    // Any JSON may come back (`null` once made this a 500): only a code that is a word is read, and logged.
    const reply: unknown = await response.json().catch(() => undefined);
    const code = reply && typeof reply === 'object' && 'code' in reply && typeof reply.code === 'string' && /^\w{1,64}$/.test(reply.code) ? reply.code : '';
    // Already a contact: the same answer as for anyone else, which tells no one who is on the list.
    if (response.status === 400 && code === 'duplicate_parameter') return c.json({ status: 'pending_confirmation' });
    options.log?.(`newsletter: Brevo answered ${response.status} ${code}`.trim());
    return error(c, 502, 'newsletter_unavailable', unavailable[subscription.locale]);
  });
  app.all('/api/newsletter', (c) => methodNotAllowed(c, '/api/newsletter', 'POST, OPTIONS'));
  return app;
}
