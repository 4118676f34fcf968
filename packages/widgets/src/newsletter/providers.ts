/**
 * Which provider takes sign-ups at which address: the rule `<msp-newsletter>` applies before it
 * shows its form, and Storybook's code generator before staff copy a snippet. No DOM.
 */
export type NewsletterProvider = 'json' | 'mailchimp' | 'brevo';
export const PROVIDERS: readonly NewsletterProvider[] = ['json', 'mailchimp', 'brevo'];

/** Mailchimp's and Brevo's form hosts: an action there can only be theirs. */
export const providerOfHost = (host: string): NewsletterProvider | undefined =>
  /\.list-manage\.com$/.test(host) ? 'mailchimp' : /\.sibforms\.com$/.test(host) ? 'brevo' : undefined;

/**
 * Whether `provider` can take sign-ups at `url` (an http(s) URL). Brevo's reply cannot be read
 * (no-cors), so a wrong URL would lose every sign-up in silence: only its form's own shape is
 * taken. A `json` action is never on Mailchimp's or Brevo's hosts: their forms take no JSON (nor
 * answer another site's preflight), so every sign-up would fail.
 */
export function suitsProvider(provider: NewsletterProvider, url: URL): boolean {
  return provider === 'mailchimp'
    ? /\/subscribe\/post\/?$/.test(url.pathname)
    : provider === 'brevo'
      ? url.protocol === 'https:' && providerOfHost(url.hostname) === 'brevo' && /^\/serve\/[^/]+/.test(url.pathname)
      : !providerOfHost(url.hostname);
}
