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

export const email = /* @__PURE__ */ z.email('email').check(z.maxLength(254, 'email'));
export const firstName = /* @__PURE__ */ z.optional(z.string('firstName').check(z.trim(), z.maxLength(100, 'firstName')));

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
