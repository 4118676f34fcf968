import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { defineElement } from '../shared/define.js';
import { MspElement } from '../shared/msp-element.js';
import { siteContext } from '../shared/site-context.js';
import type { Region } from '../shared/regions.js';
import { siteMessages } from './messages.js';
import {
  SITE_SETTING_KEYS,
  DEFAULT_SITE_SETTINGS,
  resolveSiteSettings,
  telUrl,
  type SiteSettings,
} from './settings.js';
import styles from './msp-site.styles.js';

/**
 * Holds the settings every msp-kit widget inside it reads: the MSP's or federation's name, address
 * and phone, language, time zone, region and out-of-hours GP line. Settings come from attributes or from a
 * `<script type="application/json">` child (attributes win); an invalid value is reported in the
 * console with its field name and replaced by its default. Renders its children unchanged, plus
 * an optional contact card.
 *
 * @tagname msp-site
 * @summary Site settings shared by every msp-kit widget on the page.
 * @slot - The page content, with any msp-kit widgets.
 * @csspart contact - The contact card shown with `show-contact`.
 * @csspart name - The name in the contact card.
 * @csspart address - The postal address in the contact card.
 * @csspart phone - The phone link in the contact card.
 * @cssprop [--msp-color-primary=#00665a] - Links and accents of every widget.
 * @cssprop [--msp-color-surface=#ffffff] - Background of cards.
 * @cssprop [--msp-color-text=#1c2321] - Main text colour.
 * @cssprop [--msp-color-text-muted=#4b5553] - Secondary text.
 * @cssprop [--msp-color-border=#7a8784] - Borders.
 * @cssprop [--msp-radius=0.5em] - Corner radius.
 * @cssprop [--msp-font-family=inherit] - Font of every widget (the page's by default).
 */
export class MspSite extends MspElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    name: {},
    address: {},
    phone: {},
    onCallNumber: { attribute: 'on-call-number' },
    assistantEndpoint: { attribute: 'assistant-endpoint' },
    timeZone: { attribute: 'time-zone' },
    region: {},
    showContact: { type: Boolean, reflect: true, attribute: 'show-contact' },
  };

  /** Name of the MSP or federation. */
  declare name?: string;

  /** Postal address, on one line. */
  declare address?: string;

  /** Main phone number, as shown to people. */
  declare phone?: string;

  /** Out-of-hours GP line for the region (15 by default; 116 117 where the ARS chose it). */
  declare onCallNumber?: string;

  /** URL of the assistant's chat API. */
  declare assistantEndpoint?: string;

  /** IANA time zone of the site (default: the region's, `Europe/Paris` in metropolitan France). */
  declare timeZone?: string;

  /** Region: `metropole`, `alsace-moselle`, `guadeloupe`, `martinique`, `guyane`, `reunion` or `mayotte`. */
  declare region?: Region;

  /** Shows a contact card (name, address, phone, out-of-hours line) above the content. */
  declare showContact: boolean;

  /** Settings read from the JSON child, below attributes. */
  #json: Record<string, unknown> = {};

  readonly #provider = new ContextProvider(this, {
    context: siteContext,
    initialValue: DEFAULT_SITE_SETTINGS,
  });

  constructor() {
    super();
    this.showContact = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readJson();
  }

  /** `<msp-site>` is the source of site settings, so it does not read another provider's. */
  override get settings(): SiteSettings {
    return this.#provider.value ?? DEFAULT_SITE_SETTINGS;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const raw: Record<string, unknown> = { ...this.#json };
    for (const key of SITE_SETTING_KEYS) {
      // Properties too (React and Vue set them); `lang` is the native property, read as attribute.
      const value = key === 'lang' ? this.getAttribute('lang') : (this as unknown as Record<string, unknown>)[key];
      if (value != null) raw[key] = value;
    }
    const { settings, issues } = resolveSiteSettings(raw);
    for (const issue of issues) this.warnOnce(issue.message);
    if (JSON.stringify(settings) !== JSON.stringify(this.settings)) this.#provider.setValue(settings);
  }

  // Watches only our own children and the JSON block's text (not the whole page below us): the
  // block may arrive after we connect, while the HTML parser is still reading it. An arrow, so that
  // the observer and DOMContentLoaded hold one listener however often the text changes.
  readonly #readJson = (): void => {
    this.#json = {};
    this.requestUpdate();
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.#childObserver.disconnect();
    this.#childObserver.observe(this, { childList: true });
    if (!script) return;
    this.#childObserver.observe(script, { childList: true, characterData: true, subtree: true });
    try {
      const parsed: unknown = JSON.parse(script.textContent);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw Error('expected an object such as {"name": "…"}');
      this.#json = parsed as Record<string, unknown>;
    } catch (error) {
      // Text the parser is still writing is judged once the page is read, not warned about as broken.
      if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', this.#readJson, { once: true });
      else this.warnOnce(`JSON settings ignored: ${(error as Error).message}`);
    }
  };

  readonly #childObserver = new MutationObserver(this.#readJson);

  override render(): TemplateResult {
    return html`${this.showContact ? this.#renderContact() : nothing}<slot></slot>`;
  }

  #renderContact() {
    const t = this.messages(siteMessages);
    const { name, address, phone, onCallNumber } = this.settings;
    return html`<section class="contact" part="contact" aria-label=${name ?? t.contact}>
      ${name ? html`<p class="name" part="name">${name}</p>` : nothing}
      ${address ? html`<address part="address">${address.replace(/\s*,\s*/g, '\n')}</address>` : nothing}
      ${phone
        ? html`<p>
            ${t.phone}
            <a part="phone" href=${telUrl(phone)}>${phone}</a>
          </p>`
        : nothing}
      <p class="help">${t.onCall} <a href=${telUrl(onCallNumber)}>${onCallNumber}</a></p>
      <p class="help">${t.emergency} <a href="tel:15">15</a> ${t.or} <a href="tel:112">112</a></p>
    </section>`;
  }
}

defineElement('msp-site', MspSite);

declare global {
  interface HTMLElementTagNameMap {
    'msp-site': MspSite;
  }
}
