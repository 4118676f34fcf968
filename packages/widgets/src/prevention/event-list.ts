/**
 * What the element loads once it is given events (an opt-in: most banners have none): their
 * checks (events.ts) and the list that shows them under a message.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../shared/i18n.js';
import type { IsoDate } from './calendar.js';
import { eventWhen, type LocalEvent } from './events.js';

export { readEvents, upcomingEvents } from './events.js';

/** The events as a list, each with its day and time in the site's time zone; nothing when there are none. */
export const eventList = (events: LocalEvent[], lang: Lang, timeZone: string, today: IsoDate): TemplateResult | typeof nothing =>
  events.length
    ? html`<ul>
        ${events.map(
          (e) => html`<li>
            ${e.url ? html`<a class="event" href=${e.url}>${e.title}</a>` : html`<span class="event">${e.title}</span>`},
            <time datetime=${e.date}>${eventWhen(e, lang, timeZone, today)}</time>${e.place ? html`, ${e.place}` : nothing}
          </li>`,
        )}
      </ul>`
    : nothing;
