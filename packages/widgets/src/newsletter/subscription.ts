/**
 * The body `<msp-newsletter provider="json">` sends and the server relay accepts: what the person
 * typed plus the proof of consent. One schema for both sides. No DOM.
 */
import * as z from 'zod/mini';
import { consentText, consentVersion, email, firstName } from './schema.js';

/** The proof of consent stored with the subscription (CNIL: who agreed to what, when, where). */
export const consentProofSchema = z.object({
  /** The exact wording the person ticked. */
  text: consentText,
  /** The version of that wording, to find it again later. */
  version: consentVersion,
  /** When the box was ticked (ISO 8601). */
  at: z.iso.datetime({ offset: true, error: 'consentAt' }),
});

/** The body `<msp-newsletter provider="json">` POSTs, and the server relay accepts. */
export const subscriptionSchema = z.object({
  email,
  firstName,
  consent: consentProofSchema,
  locale: z.enum(['fr', 'en'], 'locale'),
  /** The page the form was on. */
  source: z.url({ protocol: /^https?$/, error: 'source' }).check(z.maxLength(2000, 'source')),
});

export type Subscription = z.infer<typeof subscriptionSchema>;
