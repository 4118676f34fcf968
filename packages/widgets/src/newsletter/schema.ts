/**
 * The newsletter sign-up form as a zod schema (the request it sends is in `subscription.ts`). No DOM.
 * Each issue's message is a code (`email`, `consent`…) that each side turns into words in its own
 * language.
 */
import * as z from 'zod/mini';

export const NEWSLETTER_ERROR_CODES = ['email', 'firstName', 'consent', 'consentText', 'consentVersion', 'consentAt', 'locale', 'source'] as const;
export type NewsletterErrorCode = (typeof NEWSLETTER_ERROR_CODES)[number];
/** The codes a person can cause from the form (the others come from a broken integration). */
export type FormErrorCode = 'email' | 'firstName' | 'consent';

/**
 * The address with its domain in ASCII (`camille@café.fr` → `camille@xn--caf-dma.fr`). Chromium
 * gives an e-mail field's value in this form, Firefox keeps the accents: the ASCII form is what is
 * checked and sent, whatever the browser. It is the domain's name in the DNS, so it reaches the
 * same mailbox, and providers already get it from every Chromium visitor. The URL parser does the
 * conversion (IDNA), as browsers do. Accents before the @ stay refused, as most providers refuse them.
 */
export function asciiDomain(address: string): string {
  const at = address.lastIndexOf('@');
  const domain = address.slice(at + 1);
  // Only accented domains, and none the URL parser would cut short or decode (`café.fr/x`, `%41`).
  if (at < 0 || !/[^\p{ASCII}]/u.test(domain) || /[\s/\\?#@:%]/.test(domain)) return address;
  try {
    return address.slice(0, at + 1) + new URL(`http://${domain}`).hostname;
  } catch {
    return address;
  }
}

export const email = /* @__PURE__ */ z.pipe(
  z.string('email').check(z.overwrite(asciiDomain)),
  z.email('email').check(z.maxLength(254, 'email')),
);
export const firstName = /* @__PURE__ */ z.optional(z.string('firstName').check(z.trim(), z.maxLength(100, 'firstName')));

/**
 * The consent wording and its version, as the proof of consent stores them (`subscription.ts`):
 * the widget checks its `consent-text` and `consent-version` with these, so that it never sends
 * what the relay would refuse.
 */
export const consentText = /* @__PURE__ */ z.string('consentText').check(z.minLength(10, 'consentText'), z.maxLength(1000, 'consentText'));
export const consentVersion = /* @__PURE__ */ z.string('consentVersion').check(z.minLength(1, 'consentVersion'), z.maxLength(40, 'consentVersion'));

/** What a person fills in. */
export const newsletterFormSchema = /* @__PURE__ */ z.object({
  email,
  firstName,
  consent: z.literal(true, 'consent'),
});

export type NewsletterForm = z.infer<typeof newsletterFormSchema>;

/** The first issue per field, as codes: `{ email: 'email' }`. */
export function fieldErrors(error: z.core.$ZodError): Partial<Record<string, NewsletterErrorCode>> {
  const errors: Partial<Record<string, NewsletterErrorCode>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message as NewsletterErrorCode;
  }
  return errors;
}
