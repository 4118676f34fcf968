import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
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
const isRecord = (json: unknown): json is Record<string, unknown> => !!json && typeof json === 'object' && !Array.isArray(json);
const isDirectory = (json: unknown): json is { structures: unknown } => isRecord(json) && 'structures' in json;
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
 * @csspart note - The number of professionals left out because their entries are incomplete.
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

  /**
   * The structures as the data writes them, valid or not: `structure-id` may be left out only when
   * there is one, a structure refused is not said to be missing, and team members left out are counted.
   */
  #written: unknown[] = [];

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
    // (Read first for every data; `check` follows only when this finds a fault.)
    this.#written = isDirectory(json) ? (Array.isArray(json.structures) ? json.structures : []) : [json];
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
    return this.structureId ? structures.find((s) => s.id === this.structureId) : this.#written.length === 1 ? structures[0] : undefined;
  }

  /** The structure `id` as the data writes it. */
  #writtenAs(id: string): Record<string, unknown> | undefined {
    return this.#written.find((s): s is Record<string, unknown> => isRecord(s) && s.id === id);
  }

  /** What the status says when no structure is shown (and the console, why). */
  #missing(t: TeamWords): string {
    const id = this.structureId;
    const written = this.#written.length;
    if (id) {
      const refused = !!this.#writtenAs(id);
      this.warnOnce(`structure-id: "${id}" ${refused ? 'is in the data, but its entry is not valid (see the warnings above)' : 'is not in the data'}`);
      return refused ? t.refused(id) : t.notFound(id);
    }
    if (written > 1) this.warnOnce(`structure-id: needed, the data has ${written} structures`);
    return written > 1 ? t.notFound('') : written ? t.load.invalid : t.noTeam;
  }

  #onProfession(event: Event): void {
    this.profession = (event.target as HTMLSelectElement).value as ProfessionCode | '';
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.words;
    if (!t) return nothing;
    const busy = this.loadState === 'loading';
    const ready = this.loadState === 'ready';
    const structure = ready ? this.#structure : undefined;
    // No such structure in the data: what is written inside the element shows (see MspWidget).
    if (ready) this.showFallback(!structure);
    const team = structure?.team ?? [];
    // Team members left out, or a team that is not a list at all (the console says why).
    const listed = structure && this.#writtenAs(structure.id)?.team;
    const left = Array.isArray(listed) ? listed.length - team.length : 0;
    const unreadable = listed !== undefined && !Array.isArray(listed);
    const present = PROFESSION_CODES.filter((code) => team.some((m) => m.profession === code));
    const profession = present.includes(this.profession as ProfessionCode) ? this.profession : '';
    const groups = present.filter((code) => !profession || code === profession);
    const count = team.filter((m) => groups.includes(m.profession)).length;
    const level = headingLevel(this.headingLevel, 3);
    const tag = unsafeStatic(`h${level}`);
    // Other structures of a federation's directory left out are no concern of this team's page.
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
        ${busy
          ? t.load.loading
          : !ready
            ? ''
            : !structure
              ? this.#missing(t)
              : team.length
                ? t.count(count, profession && t.labels[profession])
                : left || unreadable
                  ? t.load.invalid
                  : t.noTeam}
      </p>
      ${this.renderFailure(t.load)}
      ${groups.map(
        // Not a <section>: a landmark per profession (up to twenty) would crowd the page's landmarks; the headings are enough.
        (code) => html`<div class="group" part="group">
          ${staticHtml`<${tag} part="heading" class="heading">${t.labels[code]}</${tag}>`}
          <ul class="members" role="list">
            ${team.filter((m) => m.profession === code).map((member) => this.#renderMember(member, t))}
          </ul>
        </div>`,
      )}
      ${left && team.length ? html`<p class="note" part="note">${t.skipped(left)}</p>` : nothing}`;
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
    // The note is the data's free text, French (the format declares no language): marked so for
    // English pages' screen readers. Names are not marked.
    return html`<li class="member" part="member">
      <p class="name">${m.name}</p>
      ${days ? html`<p>${t.days} ${days}</p>` : nothing}
      ${patients
        ? html`<p class="badge" part="badge">
            ${patients.value ? l.newPatients : l.noNewPatients} (${l.declared(this.dateName(patients.declared))})
          </p>`
        : nothing}
      ${m.note ? html`<p lang="fr">${m.note}</p>` : nothing}
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
