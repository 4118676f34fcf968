import { html, nothing, type PropertyDeclarations } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { defineElement } from '../shared/define.js';
import { headingLevel } from '../shared/heading.js';
import { hostStyles } from '../shared/theme.js';
import { safeUrl } from '../shared/url.js';
import { telUrl } from '../site/settings.js';
import { DirectoryElement } from './directory-element.js';
import { PROFESSION_CODES, type ProfessionCode } from './profession-codes.js';
import { readDirectory, readStructure, WEEKDAYS } from './read.js';
import type * as Schema from './schema.js';
import type { DataIssue, ParsedDirectory, Structure, TeamMember } from './schema.js';
import { teamWords, type TeamWords } from './team-messages.js';
import controls from './controls.styles.js';
import styles from './msp-team.styles.js';

const weekdays: Record<string, { names: string[]; list: Intl.ListFormat }> = {};
const english = () => import('./team-messages-en.js').then((m) => m.words);
const isDirectory = (json: unknown) => !!json && typeof json === 'object' && 'structures' in json;
const alone = (structure: Structure, issues: DataIssue[]): ParsedDirectory => ({
  data: { version: 1, updated: '', structures: [structure] },
  structures: [structure],
  issues,
});

/**
 * The team of one health centre, grouped by profession: days on site, "accepting new patients"
 * badges, booking links and phone numbers, with a profession filter. Reads the directory format:
 * the directory from `src` (or `data`, or an inline JSON child) with `structure-id`, or a single
 * structure.
 *
 * @tagname msp-team
 * @summary An MSP's professionals by profession, with days, booking links and a filter.
 * @slot - An optional `<script type="application/json">` holding the directory or one structure.
 * @csspart filter - The profession filter.
 * @csspart status - The number of professionals listed (a polite live region).
 * @csspart group - The block of one profession.
 * @csspart heading - The heading of a profession.
 * @csspart member - One professional.
 * @csspart badge - The "accepting new patients" badge.
 * @csspart error - The failure message and retry button.
 * @cssprop [--msp-color-primary=#00665a] - Booking buttons and links.
 * @cssprop [--msp-color-surface-alt=#f3f6f5] - Badges.
 */
export class MspTeam extends DirectoryElement {
  static override styles = [hostStyles, controls, styles];

  static override properties: PropertyDeclarations = {
    structureId: { attribute: 'structure-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    profession: { state: true },
  };

  /** The `id` of the structure to show, when the data is a whole directory. */
  declare structureId: string;

  /** Level of the professions' headings (1 to 6; default 3). */
  declare headingLevel: number;

  private declare profession: ProfessionCode | '';

  constructor() {
    super();
    this.structureId = '';
    this.headingLevel = 3;
    this.profession = '';
  }

  protected get words(): TeamWords | undefined {
    return this.speak(teamWords, english);
  }

  /** A whole directory, or one structure on its own. */
  protected override read(json: unknown): ParsedDirectory | undefined {
    if (isDirectory(json)) return readDirectory(json);
    const structure = readStructure(json);
    return structure && alone(structure, []);
  }

  protected override check(json: unknown, schema: typeof Schema): ParsedDirectory {
    if (isDirectory(json)) return schema.parseDirectory(json);
    const issues: DataIssue[] = [];
    const structure = schema.parseStructure(json, '', issues);
    return structure ? alone(structure, issues) : { structures: [], issues };
  }

  get #structure(): Structure | undefined {
    const { structures } = this.parsed;
    return this.structureId ? structures.find((s) => s.id === this.structureId) : structures.length === 1 ? structures[0] : undefined;
  }

  #onProfession(event: Event): void {
    this.profession = (event.target as HTMLSelectElement).value as ProfessionCode | '';
  }

  override render() {
    const t = this.words;
    if (!t) return nothing;
    const busy = this.loadState === 'loading';
    const structure = this.loadState === 'ready' ? this.#structure : undefined;
    if (this.loadState === 'ready' && !structure) {
      const id = this.structureId;
      const count = this.parsed.structures.length;
      if (id || count) this.warnOnce(`structure-id: ${id ? `"${id}" is not in the data` : `needed, the data has ${count} structures`}`);
    }
    const team = structure?.team ?? [];
    const present = PROFESSION_CODES.filter((code) => team.some((m) => m.profession === code));
    const profession = present.includes(this.profession as ProfessionCode) ? this.profession : '';
    const groups = present.filter((code) => !profession || code === profession);
    const count = team.filter((m) => groups.includes(m.profession)).length;
    const level = headingLevel(this.headingLevel, 3);
    const tag = unsafeStatic(`h${level}`);
    // The note on entries left out only when the structure is not shown: it may be one of them.
    // Other structures of a federation's directory are no concern of this team's page.
    return html`${present.length > 1
        ? html`<div class="filter" part="filter">
            <label for="pro">${t.profession}</label>
            <select id="pro" @change=${this.#onProfession}>
              <option value="">${t.all}</option>
              ${present.map((code) => html`<option value=${code} ?selected=${code === profession}>${t.labels[code]}</option>`)}
            </select>
          </div>`
        : nothing}
      <p part="status" class="status" role="status" tabindex="-1">
        ${busy ? t.load.loading : this.loadState !== 'ready' ? '' : !structure ? (this.structureId || this.parsed.structures.length ? t.notFound(this.structureId) : t.noTeam) : team.length ? t.count(count) : t.noTeam}
      </p>
      ${this.renderFailure(t.load)}
      ${groups.map(
        (code) => html`<section class="group" part="group" aria-labelledby="g-${code}">
          ${staticHtml`<${tag} id="g-${code}" part="heading" class="heading">${t.labels[code]}</${tag}>`}
          <ul class="members" role="list">
            ${team.filter((m) => m.profession === code).map((member) => this.#renderMember(member, t))}
          </ul>
        </section>`,
      )}
      ${structure ? nothing : this.renderSkipped(t.load)}`;
  }

  #renderMember(m: TeamMember, t: TeamWords) {
    const l = t.load;
    const booking = safeUrl(m.bookingUrl, document.baseURI);
    const lang = this.locale === 'en' ? 'en-GB' : 'fr';
    // 1 January 2024 was a Monday. Formatters are costly: made once per language.
    const words = (weekdays[lang] ??= {
      names: WEEKDAYS.map((_, i) => new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + i))),
      list: new Intl.ListFormat(lang),
    });
    const days = m.days?.length ? words.list.format(WEEKDAYS.flatMap((d, i) => (m.days!.includes(d) ? [words.names[i]!] : []))) : '';
    const patients = m.acceptsNewPatients;
    return html`<li class="member" part="member">
      <p class="name">${m.name}</p>
      ${days ? html`<p>${t.days} ${days}</p>` : nothing}
      ${patients
        ? html`<p class="badge" part="badge">
            ${patients.value ? l.newPatients : l.noNewPatients} (${l.declared(this.dateName(patients.declared))})
          </p>`
        : nothing}
      ${m.note ? html`<p>${m.note}</p>` : nothing}
      ${m.phone ? html`<p>${l.phone} <a href=${telUrl(m.phone)}>${m.phone}</a></p>` : nothing}
      ${booking ? html`<p><a class="button" href=${booking}>${l.booking}<span class="sr-only">${t.of(m.name)}</span></a></p>` : nothing}
    </li>`;
  }
}

defineElement('msp-team', MspTeam);

declare global {
  interface HTMLElementTagNameMap {
    'msp-team': MspTeam;
  }
}
