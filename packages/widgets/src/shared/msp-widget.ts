import type { PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { MspElement } from './msp-element.js';
import type { Region } from './regions.js';
import { siteContext } from './site-context.js';
import { DEFAULT_SITE_SETTINGS, resolveSiteSettings, type SiteSettings } from '../site/settings.js';

// One observer of <html lang> for every widget: a language switcher may change it after load.
const widgets = new Set<MspWidget>();
let htmlLang: MutationObserver | undefined;

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

  /** Region (holidays, helplines) for this widget; defaults to the site's, then `metropole`. */
  declare region?: Region;

  /** Settings from the closest `<msp-site>`, if any. */
  protected declare site?: SiteSettings;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: siteContext,
      subscribe: true,
      callback: (settings) => (this.site = settings),
    });
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
