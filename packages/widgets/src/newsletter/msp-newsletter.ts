import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../shared/define.js';
import { MspWidget } from '../shared/msp-widget.js';
import { hostStyles } from '../shared/theme.js';
import { safeUrl } from '../shared/url.js';
import { headingLevel } from '../shared/heading.js';
import { newsletterWords, type NewsletterWords } from './messages.js';
import { consentText, consentVersion, fieldErrors, newsletterFormSchema, type FormErrorCode } from './schema.js';
import type { Subscription } from './subscription.js';
import { sendJson, type SendResult } from './transports.js';
import { PROVIDERS, providerOfHost, suitsProvider, type NewsletterProvider } from './providers.js';
import styles from './msp-newsletter.styles.js';

export type { NewsletterProvider };

/** Detail of `msp-subscribe` and `msp-subscribed`: never the person's address. */
export interface NewsletterEventDetail {
  provider: NewsletterProvider;
  /** On `msp-subscribed`: false when the provider's reply could not be read (Brevo). */
  confirmed?: boolean;
}

type Status = 'idle' | 'sending' | 'success';

/**
 * A newsletter sign-up form that is lawful in France (explicit consent never pre-ticked,
 * information at the point of collection, proof of consent sent along), accessible, and that never
 * loses what someone typed: a failed sending keeps the form filled and offers to try again.
 *
 * @tagname msp-newsletter
 * @summary Newsletter sign-up with RGPD consent, for the JSON relay, Mailchimp or Brevo.
 * @csspart base - The whole block.
 * @csspart title - The heading.
 * @csspart form - The form.
 * @csspart input - Each text field.
 * @csspart notice - The information notice (purpose, controller, retention, rights).
 * @csspart button - The submit button.
 * @csspart error - The failure message area.
 * @csspart status - The success message area.
 * @cssprop [--msp-color-primary=#00665a] - Button and checkbox colour.
 * @cssprop [--msp-color-danger=#b3261e] - Errors.
 * @cssprop [--msp-color-success=#1e6b34] - The success message's border.
 * @fires msp-subscribe - Before sending; cancelable (call `preventDefault()` to stop it). `detail: { provider }`.
 * @fires msp-subscribed - After the provider accepted the sign-up (or said the address is already on the list); never for a robot caught by the honeypot. `detail: { provider, confirmed }`.
 */
export class MspNewsletter extends MspWidget {
  static override styles = [hostStyles, styles];

  // Static declarations rather than decorators: smaller in the CDN bundle, where every byte counts.
  static override properties: PropertyDeclarations = {
    provider: {},
    action: {},
    privacyUrl: { attribute: 'privacy-url' },
    organisation: {},
    consentText: { attribute: 'consent-text' },
    consentVersion: { attribute: 'consent-version' },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    withoutFirstName: { type: Boolean, attribute: 'without-first-name' },
    firstNameAttribute: { attribute: 'first-name-attribute' },
    status: { state: true },
    errors: { state: true },
    successText: { state: true },
    failure: { state: true },
  };

  /**
   * Where sign-ups go, in any case: `json` (POST to `action`), `mailchimp` (embedded form URL) or
   * `brevo` (sibforms URL). Without it, an `action` on Mailchimp's or Brevo's form host says which;
   * any other action is `json`.
   */
  declare provider: string;

  /** The endpoint: the relay URL for `json` (e.g. `/api/newsletter`), the form action URL for Mailchimp or Brevo. */
  declare action: string;

  /** Link to the site's privacy policy, shown in the information notice. */
  declare privacyUrl: string;

  /** Who sends the newsletter (defaults to `<msp-site name>`). */
  declare organisation: string;

  /** The consent wording (defaults to a French or English sentence naming the organisation). */
  declare consentText: string;

  /** Version of the consent wording, stored with the proof of consent. */
  declare consentVersion: string;

  /** The heading (defaults to "Recevoir la lettre d’information"). */
  declare heading: string;

  /** Level of the heading (1 to 6), to fit the page's outline. */
  declare headingLevel: number;

  /** Hides the optional first-name field. */
  declare withoutFirstName: boolean;

  /**
   * Brevo only: the contact attribute the first name goes in, `FIRSTNAME` by default (`PRENOM` in
   * some French accounts), as the relay's `BREVO_FIRSTNAME_ATTRIBUTE`.
   */
  declare firstNameAttribute?: string;

  private declare status: Status;
  private declare errors: Partial<Record<string, FormErrorCode>>;
  private declare failure?: { text: string; retry: boolean };
  /** Sendings refused for a field's error (see `error` in the form). */
  #tries = 0;
  private declare successText: string[];

  // Its own state and helpers are ES private members (#): the minifier may shorten their names,
  // which it cannot do for TypeScript's `private` (reactive properties must stay public names).
  get #form(): HTMLFormElement | null {
    return this.renderRoot.querySelector('form');
  }

  get #alertRegion(): HTMLElement | null {
    return this.renderRoot.querySelector('[role=alert]');
  }

  /** The words on screen (see `speak`). */
  #spoken?: NewsletterWords;

  /** Whether `consent-text` and `consent-version` are what the proof of consent takes (see `willUpdate`). */
  #consentSettingsValid = true;

  /** Whether the sending was asked from the failure message, whose button it removes. */
  #sentFromFailure = false;

  constructor() {
    super();
    this.provider = '';
    this.action = '';
    this.privacyUrl = '';
    this.organisation = '';
    this.consentText = '';
    this.consentVersion = '1';
    this.heading = '';
    this.headingLevel = 2;
    this.withoutFirstName = false;
    this.status = 'idle';
    this.errors = {};
    this.successText = [];
  }

  get #actionUrl(): URL | undefined {
    const url = safeUrl(this.action, document.baseURI);
    return url ? new URL(url) : undefined;
  }

  /** The provider named (in any case), else the one whose form `action` is on, else `json`; `undefined` if unknown. */
  get #validProvider(): NewsletterProvider | undefined {
    const named = this.provider.trim().toLowerCase();
    return named ? PROVIDERS.find((provider) => provider === named) : (providerOfHost(this.#actionUrl?.hostname ?? '') ?? 'json');
  }

  /** The endpoint, when it suits the provider; `undefined` (and a warning) otherwise. */
  get #endpoint(): string | undefined {
    const url = this.#actionUrl;
    const provider = this.#validProvider;
    return url && provider && suitsProvider(provider, url) ? url.href : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('action') || changed.has('provider')) {
      const provider = this.#validProvider;
      if (!provider) this.warnOnce(`provider: "${this.provider}" is unknown, expected ${PROVIDERS.join(', ')} (see the README)`);
      else if (!this.#endpoint) {
        this.warnOnce(`action: ${this.action ? `"${this.action}" is not a valid ${provider} URL` : 'missing'} (see the README)`);
      }
    }
    // RGPD art. 13: the notice names the data controller, for which "notre structure" only stands in.
    // (An <msp-site> whose settings have not come yet, defined later in the page, is waited for.)
    if (!this.organisation && !this.settings.name && (this.site || !this.closest('msp-site'))) {
      this.warnOnce('organisation: not set, nor <msp-site name>; the notice must name the data controller (RGPD art. 13)');
    }
    // The relay refuses a proof of consent whose wording or version the shared schema refuses:
    // better a configuration message now than every sign-up refused.
    const textValid = !this.consentText || consentText.safeParse(this.consentText).success;
    const versionValid = consentVersion.safeParse(this.consentVersion).success;
    if (!textValid) this.warnOnce(`consent-text: ${this.consentText.length} characters, 10 to 1,000 expected`);
    if (!versionValid) this.warnOnce(`consent-version: "${this.consentVersion}", 1 to 40 characters expected`);
    this.#consentSettingsValid = textValid && versionValid;
    if (changed.has('privacyUrl') && this.privacyUrl && !safeUrl(this.privacyUrl, document.baseURI)) {
      this.warnOnce(`privacy-url: "${this.privacyUrl}" is not an http(s) link; it is not shown`);
    }
  }

  /**
   * French, or on an English page the English words once they have come (French if they cannot).
   * Until they come, the words shown so far, so that a page switching language never takes down
   * the form and what was typed in it; `undefined` at first (nothing is shown yet).
   */
  #speak(): NewsletterWords | undefined {
    const en = this.locale === 'en' ? this.need('English texts', () => import('./messages-en.js')) : null;
    return (this.#spoken = en === undefined ? this.#spoken : (en?.newsletterWordsEn ?? newsletterWords));
  }

  /** The words on screen, for what happens after the form was shown. */
  get #words(): NewsletterWords {
    return this.#speak() ?? newsletterWords;
  }

  get #organisationName(): string {
    return this.organisation || this.settings.name || this.#words.ourOrganisation;
  }

  get #consentWording(): string {
    return this.consentText || this.#words.consent(this.#organisationName);
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.status === 'sending' || !this.#form) return;
    this.#sentFromFailure = !!this.#alertRegion?.contains(this.shadowRoot!.activeElement);
    const data = new FormData(this.#form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    // People who cannot see it never fill the honeypot: a filled one is a robot, thanked and
    // ignored (nothing sent, and no `msp-subscribed` for the page to count).
    if (text('website')) {
      this.#succeed({ ok: true });
      return;
    }
    const parsed = newsletterFormSchema.safeParse({
      email: text('email'),
      firstName: text('firstName') || undefined,
      consent: data.get('consent') === 'on',
    });
    this.failure = undefined;
    if (!parsed.success) {
      this.errors = fieldErrors(parsed.error) as Partial<Record<string, FormErrorCode>>;
      this.#tries++;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.errors = {};
    const provider = this.#validProvider;
    const endpoint = this.#endpoint;
    if (!provider || !endpoint) return;
    const proceed = this.dispatchEvent(
      new CustomEvent<NewsletterEventDetail>('msp-subscribe', { detail: { provider }, bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed) return;

    this.status = 'sending';
    const { email, firstName } = parsed.data;
    const body: Subscription = {
      email,
      firstName,
      consent: { text: this.#consentWording, version: this.consentVersion, at: new Date().toISOString() },
      locale: this.locale,
      source: location.href,
    };
    let result: SendResult;
    try {
      result =
        provider === 'mailchimp'
          ? await (await import('./mailchimp.js')).sendMailchimp(endpoint, { email, firstName })
          : provider === 'brevo'
            ? await (await import('./brevo.js')).sendBrevo(endpoint, { email, firstName, locale: this.locale, firstNameAttribute: this.firstNameAttribute })
            : await sendJson(endpoint, body);
    } catch {
      // The provider's code could not be downloaded: the same as a network failure.
      result = { ok: false, reason: 'network' };
    }
    if (result.ok) {
      this.#succeed(result);
      this.dispatchEvent(
        new CustomEvent<NewsletterEventDetail>('msp-subscribed', {
          detail: { provider, confirmed: !result.unconfirmed },
          bubbles: true,
          composed: true,
        }),
      );
    } else this.#fail(result);
  }

  #succeed(result: Extract<SendResult, { ok: true }>): void {
    const t = this.#words;
    this.status = 'success';
    this.successText = result.unconfirmed
      ? [t.sentUnconfirmed]
      : result.alreadySubscribed
        ? [t.alreadySubscribed]
        : [result.message || t.success, t.nextStep];
    // The form (and the focused button) goes away: keep keyboard and screen-reader users in place,
    // on the title, so that the status is said once, whole, as a status (focused, Orca read its
    // first line, then all of it again).
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.title')?.focus());
  }

  #fail(result: Extract<SendResult, { ok: false }>): void {
    const t = this.#words;
    this.status = 'idle';
    // An address that takes no sign-ups is the site's mistake: the visitor is not told of a refusal.
    if (result.reason === 'misdirected') this.warnOnce(`action: ${this.#endpoint} answered HTTP ${result.status}: ${result.message ?? 'no newsletter relay there'}`);
    const text =
      result.reason === 'misdirected'
        ? t.misconfigured
        : result.reason === 'network'
          ? result.message || t.networkError
          : result.reason === 'rate-limited'
            ? t.rateLimited
            : [t.rejected, result.message].filter(Boolean).join(' ');
    // No "Réessayer" after a refusal, nor after "too many requests", whose words say to wait.
    this.failure = { text, retry: result.reason === 'network' };
    // "Réessayer" went away when it was pressed: put keyboard users on the new message, not the page.
    if (this.#sentFromFailure) {
      void this.updateComplete.then(() => {
        const alert = this.#alertRegion;
        (alert?.querySelector('button') ?? alert)?.focus();
      });
    }
  }

  #retry(): void {
    // The form's only button is its submit button (requestSubmit came in Safari 16).
    this.#form?.querySelector('button')?.click();
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.#speak();
    if (!t) return nothing;
    const level = headingLevel(this.headingLevel, 2);
    const ready = this.#endpoint && this.#consentSettingsValid;
    // Not set up: what is written inside the element (another way to sign up) shows (see MspWidget).
    this.showFallback(!ready);
    return html`<section part="base" aria-labelledby="title">
      <p id="title" class="title" part="title" role="heading" aria-level=${level} tabindex="-1">${this.heading || t.heading}</p>
      ${ready ? this.#renderForm(t) : html`<p role="note">${t.misconfigured}</p>`}
    </section>`;
  }

  #renderForm(t: NewsletterWords) {
    const sending = this.status === 'sending';
    const privacy = safeUrl(this.privacyUrl, document.baseURI);
    const error = (field: string) => {
      const code = this.errors[field];
      // A no-break space at every other try: the same error, its text changed, is said again to
      // the field's screen-reader user (its description changes), who pressed Enter in the field,
      // where a second focus says nothing (Orca, helper-87 and helper-88).
      return html`<p id="${field}-error" class="error" ?hidden=${!code}>${code ? t.fieldErrors[code] + (this.#tries % 2 ? '\u00a0' : '') : ''}</p>`;
    };
    return html`${this.status === 'success'
        ? nothing
        : html`<form part="form" novalidate aria-labelledby="title" aria-busy=${sending} @submit=${this.#onSubmit}
              @input=${(e: Event) => (this.errors = { ...this.errors, [(e.target as HTMLInputElement).name]: undefined })}
            >
              <!-- A field changed after an error is no longer said to be wrong (WCAG 3.3.1): sending checks it again. -->
              <div class="field">
                <label for="email">${t.email} <span>${t.required}</span></label>
                <p id="email-hint" class="hint">${t.emailHint}</p>
                <input
                  id="email"
                  part="input"
                  name="email"
                  type="email"
                  autocomplete="email"
                  spellcheck="false"
                  required
                  aria-invalid=${!!this.errors.email}
                  aria-describedby="email-error email-hint"
                />
                ${error('email')}
              </div>
              ${this.withoutFirstName
                ? nothing
                : html`<div class="field">
                    <label for="firstName">${t.firstName}</label>
                    <input
                      id="firstName"
                      part="input"
                      name="firstName"
                      type="text"
                      autocomplete="given-name"
                      aria-invalid=${!!this.errors.firstName}
                      aria-describedby="firstName-error"
                    />
                    ${error('firstName')}
                  </div>`}
              <div class="field consent">
                <input
                  id="consent"
                  name="consent"
                  type="checkbox"
                  required
                  aria-invalid=${!!this.errors.consent}
                  aria-describedby="consent-error"
                />
                <label for="consent">${this.#consentWording} <span>${t.required}</span></label>
                ${error('consent')}
              </div>
              <p class="notice" part="notice">
                ${t.notice(this.#organisationName)} ${privacy ? html`<a href=${privacy}>${t.privacy}</a>` : nothing}
              </p>
              <div class="honeypot sr-only" aria-hidden="true">
                <label for="website">Website</label>
                <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
              </div>
              <button type="submit" part="button" aria-disabled=${sending}>
                ${sending ? t.sending : t.submit}
              </button>
            </form>`}
      <div role="alert" part="error" tabindex="-1">
        ${this.failure
          ? html`<p>${this.failure.text}</p>
              ${this.failure.retry
                ? html`<button type="button" class="secondary" @click=${this.#retry}>${t.retry}</button>`
                : nothing}`
          : nothing}
      </div>
      <div role="status" part="status" aria-atomic="true">
        ${this.successText.map((line) => html`<p>${line}</p>`)}
      </div>`;
  }
}

defineElement('msp-newsletter', MspNewsletter);

declare global {
  interface HTMLElementTagNameMap {
    'msp-newsletter': MspNewsletter;
  }
  interface HTMLElementEventMap {
    'msp-subscribe': CustomEvent<NewsletterEventDetail>;
    'msp-subscribed': CustomEvent<NewsletterEventDetail>;
  }
}
