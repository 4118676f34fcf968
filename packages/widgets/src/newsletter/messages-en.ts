import type { NewsletterWords } from './messages.js';

/** English of messages.ts, loaded on English pages only. */
export const newsletterWordsEn: NewsletterWords = {
  heading: 'Get the newsletter',
  ourOrganisation: 'our organisation',
  email: 'E-mail address',
  emailHint: 'Expected format: name@example.com',
  firstName: 'First name (optional)',
  consent: (organisation: string) =>
    `I agree to receive the newsletter of ${organisation} by e-mail. I can unsubscribe at any time.`,
  required: '(required)',
  notice: (organisation: string) =>
    `Your address and first name (optional) are only used to send this newsletter, by ${organisation} (data controller), until you unsubscribe (link in every issue). You may see, correct or have them deleted.`,
  privacy: 'Privacy policy',
  submit: 'Subscribe',
  sending: 'Sending…',
  retry: 'Try again',
  fieldErrors: {
    email: 'Enter a valid e-mail address, for example name@example.com.',
    firstName: 'The first name must be at most 100 characters.',
    consent: 'Tick the box to agree to receive the newsletter.',
  },
  success: 'Thank you! Your subscription request is registered.',
  nextStep: 'To confirm it, open the e-mail we have just sent you and click its link (check your spam folder too).',
  alreadySubscribed: 'This address is already subscribed to the newsletter: there is nothing more to do.',
  sentUnconfirmed: 'Your request has been sent. If it is accepted, a confirmation e-mail will follow: click its link to complete your subscription.',
  networkError: 'The request could not be sent (connection or server unavailable). What you typed is kept: try again in a moment.',
  rejected: 'The subscription was not accepted. Check your e-mail address, then try again.',
  rateLimited: 'Too many requests: try again in a few minutes.',
  misconfigured: 'This form is not set up yet.',
};
