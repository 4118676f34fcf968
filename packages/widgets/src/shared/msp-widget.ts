import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { MspElement } from './msp-element.js';
import type { Region } from './regions.js';
import { siteContext } from './site-context.js';
import { DEFAULT_SITE_SETTINGS, resolveSiteSettings, type SiteSettings } from '../site/settings.js';

// One observer of <html lang> for every widget: a language switcher may change it after load.
/** How long a widget may lack what it shows before it says so in the console (see `lacking`). */
const LACKING_DELAY = 5000;
const widgets = new Set<MspWidget>();
let htmlLang: MutationObserver | undefined;

/**
 * In a frame (Wix shows pasted code in one), a web link would open inside the frame's box, where
 * most sites refuse to be shown, and take the widget away: there, it opens in a new tab instead,
 * as framed widgets' links do. Links within the page, `tel:` and `mailto:` are left as they are.
 */
function openOutsideFrame(event: Event): void {
  if (self === top || event.defaultPrevented) return;
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (link && !link.target && /^https?:$/.test(link.protocol) && link.href.split('#')[0] !== location.href.split('#')[0]) link.target = '_blank';
}

/**
 * The base of every msp-kit widget: it reads the settings of the closest `<msp-site>` (or works
 * alone with its own `time-zone` and `region` attributes, then the defaults) and re-renders when
 * the page's language changes.
 */
export class MspWidget extends MspElement {
  // Static declarations rather than decorators: this class ships in every bundle, and they are smaller.
  static override properties: PropertyDeclarations = {
    timeZone: { attribute: 'time-zone' },
    region: {},
    site: { state: true },
  };

  /** IANA time zone for this widget; defaults to the site's, then to the region's. */
  declare timeZone?: string;

  /** Region (public holidays, default time zone, prevention campaigns) for this widget; defaults to the site's, then `metropole`. */
  declare region?: Region;

  /** Settings from the closest `<msp-site>`, if any. */
  protected declare site?: SiteSettings;

  /** Parts loaded on demand, by name (`null`: could not be loaded), and those still loading. */
  #onDemand: Record<string, unknown> = {};
  readonly #loads = new Set<Promise<void>>();
  #lacking = '';
  #lackingTimer?: ReturnType<typeof setTimeout>;
  /** Shows what is written inside the element (see `createRenderRoot`); `#failed`: see `showFallback`. */
  #fallback?: HTMLSlotElement;
  #failed = false;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: siteContext,
      subscribe: true,
      callback: (settings) => (this.site = settings),
    });
    this.addEventListener('click', openOutsideFrame);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    widgets.add(this);
    if (!htmlLang) {
      htmlLang = new MutationObserver(() => widgets.forEach((widget) => widget.requestUpdate()));
      htmlLang.observe(document.documentElement, { attributeFilter: ['lang'] });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    widgets.delete(this);
    clearTimeout(this.#lackingTimer);
    this.#lackingTimer = undefined;
  }

  /**
   * What a webmaster writes inside the element (a line with the hours, a link to the list: the
   * fallback the README suggests, shown while the script cannot run) shows again, after the
   * widget's own content, when the widget has nothing to show: something it lacks (`lacking`),
   * data it could not load (`showFallback`). A slot of its own at the end of the shadow root, hidden
   * otherwise, before which Lit renders.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#fallback = root.appendChild(document.createElement('slot'));
    this.renderOptions.renderBefore = this.#fallback;
    this.#updateFallback();
    return root;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Every widget with headings has `heading-level`; a level it cannot use is said, not only mended.
    const level = (this as { headingLevel?: number }).headingLevel;
    if (changed.has('headingLevel') && level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6)) {
      this.warnOnce(`heading-level: "${this.getAttribute('heading-level') ?? level}" is not a whole number from 1 to 6; the nearest level, or the widget’s own, is used`);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // What is written inside the element is the page's, in the page's language: not marked with
    // the widget's (as MspElement marks the rest of the shadow root).
    this.#fallback?.removeAttribute('lang');
  }

  #updateFallback(): void {
    if (this.#fallback) this.#fallback.hidden = !this.#lacking && !this.#failed;
  }

  /** Shows what is written inside the element (`true`: the widget failed to show anything), or hides it again. */
  protected showFallback(failed: boolean): void {
    this.#failed = failed;
    this.#updateFallback();
  }

  /**
   * Called at each update with what the widget lacks to show anything (`''`: nothing lacking), e.g.
   * `src: missing (…)`; what is written inside the element then shows. Said once in the console if
   * still lacking a few seconds later, not at once: a page's script may give it a moment after the
   * element starts.
   */
  protected lacking(message: string): void {
    this.#lacking = message;
    this.#updateFallback();
    if (message) this.#lackingTimer ??= setTimeout(() => this.#lacking && this.warnOnce(this.#lacking), LACKING_DELAY);
  }

  /**
   * A part of the widget loaded on demand (English words, an opt-in feature), the first time it is
   * asked for: `undefined` while it loads (the widget renders again when it comes, and
   * `updateComplete` waits for it), `null` if it could not be loaded (said once in the console).
   */
  protected need<T>(name: string, load: () => Promise<T>): T | null | undefined {
    if (!(name in this.#onDemand)) {
      this.#onDemand[name] = undefined;
      const loading: Promise<void> = load()
        .then(
          (part) => void (this.#onDemand[name] = part),
          () => {
            this.#onDemand[name] = null;
            this.warnOnce(`${name} could not be loaded`);
          },
        )
        .then(() => {
          this.#loads.delete(loading);
          this.requestUpdate();
        });
      this.#loads.add(loading);
    }
    return this.#onDemand[name] as T | null | undefined;
  }

  /** Resolves once the pending update is done, without waiting for parts loaded on demand. */
  protected renderComplete(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /** Resolves once the parts loaded on demand have come and the widget has rendered with them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // A render with a part may ask for another one (English words, then structured data).
    while (this.#loads.size) {
      await Promise.all(this.#loads);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * After the coming render, moves the focus from the status, where it was left while waiting, to
   * what `to` selects (a failure's new button or its message): a button pressed to try again goes
   * away while loading, and the focus must not stay on an empty status.
   */
  protected async moveFocus(to: string): Promise<void> {
    await this.updateComplete;
    if (this.shadowRoot?.activeElement?.matches('[role=status]')) this.renderRoot.querySelector<HTMLElement>(to)?.focus();
  }

  /**
   * `<msp-site>`'s settings, overridden by the widget's own `time-zone` and `region` attributes
   * (validated the same way), else the defaults.
   */
  override get settings(): SiteSettings {
    const site = this.site ?? DEFAULT_SITE_SETTINGS;
    if (!this.region && !this.timeZone) return site;
    // A widget's own region brings its own time zone, unless it sets a time zone too.
    const own = resolveSiteSettings({
      ...site,
      region: this.region ?? site.region,
      timeZone: this.timeZone ?? (this.region ? undefined : site.timeZone),
    });
    own.issues.forEach((issue) => this.warnOnce(issue.message));
    return own.settings;
  }
}
