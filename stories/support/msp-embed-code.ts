/**
 * Storybook only: shows a widget configured with the story's controls and the code to paste,
 * with a copy button. Not part of the published package.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

// The assistant's no-break spaces, without `typeset`'s apostrophe rule: the messages' own
// apostrophes are already ’, and a value they quote (an address to write instead) must keep the '
// that was typed.
import { frenchSpaces } from '../../packages/assistant/src/client/markdown.js';

/** What the status line says after a click on the copy button. */
type CopyState = '' | 'copied' | 'manual';

export class MspEmbedCode extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-top: 1.5rem;
      font-family: system-ui, sans-serif;
    }
    pre {
      overflow: auto;
      padding: 1rem;
      border-radius: 0.5rem;
      background: #1c2321;
      color: #f3f6f5;
      font-size: 0.875rem;
      white-space: pre-wrap;
    }
    button {
      padding: 0.5rem 1rem;
      border: 2px solid #00665a;
      border-radius: 0.5rem;
      background: #00665a;
      color: #fff;
      font: inherit;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid #1d4ed8;
      outline-offset: 2px;
    }
    .problems {
      padding: 0.5rem 1rem;
      border-left: 4px solid #b3261e;
      background: #fdf0ef;
      color: #1c2321;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  /**
   * How long the values must stay before the number of mistakes is said: a text control changes
   * the code at every keystroke, and a value being typed is often wrong until its last character.
   */
  static announceDelay = 800;

  /** The snippet to show. */
  @property() code = '';

  /** What to change in the snippet before pasting it (e.g. a placeholder address), shown above it. */
  @property() note = '';

  /** Mistakes found in the controls' values, in French, shown above the snippet. */
  @property({ attribute: false }) problems: readonly string[] = [];

  @state() private copyState: CopyState = '';

  /** What the mistakes' status says: their number, once it has changed and the values have settled. */
  @state() private mistakesStatus = '';

  /** The number of mistakes last said (or shown at first, which is not said). */
  private saidCount = 0;

  private announceTimer?: ReturnType<typeof setTimeout>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new snippet is not the one in the clipboard: the button and the status say so no more.
    if (changed.has('code')) this.copyState = '';
  }

  protected override firstUpdated(): void {
    // Mistakes already there when the story opens are in the box and the button's description;
    // the status speaks of changes only.
    this.saidCount = this.problems.length;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('problems')) return;
    // The box above the code is for the eyes, and for the copy button's description; a screen
    // reader user changing a control learns from this status that a mistake came or went. Only the
    // number is said, once it changed: the box itself has the details.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const count = this.problems.length;
      if (count === this.saidCount) return;
      this.saidCount = count;
      this.mistakesStatus =
        count === 0
          ? 'Plus rien à corriger : le code peut être copié.'
          : `${count === 1 ? 'Une valeur' : `${count} valeurs`} à corriger avant de copier le code (liste au-dessus du code).`;
    }, MspEmbedCode.announceDelay);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  private async copy() {
    // Emptied first, so that a second copy is announced again by screen readers.
    this.copyState = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(this.code);
      this.copyState = 'copied';
    } catch {
      // No clipboard (a Storybook served over http from another machine, a denied permission):
      // the code is selected, and the status says how to copy it by hand.
      const range = document.createRange();
      range.selectNodeContents(this.renderRoot.querySelector('code')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.copyState = 'manual';
    }
  }

  override render() {
    // French typography as the widgets write it (no-break space before : ; ? ! », after «), here for
    // the messages built from controls' values as for the fixed ones.
    const status =
      this.copyState === 'copied'
        ? 'Le code est dans le presse-papiers : collez-le dans la page (Ctrl+V, ou ⌘+V sur Mac).'
        : this.copyState === 'manual'
          ? 'La copie automatique n’est pas possible ici : le code est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).'
          : '';
    return html`<p><strong>Code à copier dans la page</strong> ${frenchSpaces('(bloc « HTML personnalisé » de WordPress, avec un compte administrateur ou éditeur ; « Intégrer un code » de Wix ; ou page HTML) :')}</p>
      ${this.problems.length
        ? html`<div class="problems" id="problems">
            <p><strong>${frenchSpaces('À corriger avant de copier :')}</strong></p>
            <ul>
              ${this.problems.map((problem) => html`<li>${frenchSpaces(problem)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${this.note ? html`<p><strong>${frenchSpaces('À modifier :')}</strong> ${frenchSpaces(this.note)}</p>` : nothing}
      ${
        // Wix shows pasted code in a frame on an address of its own, where "/…" leads nowhere.
        /="\/(?!\/)/.test(this.code)
          ? html`<p id="wix">
              <strong>${frenchSpaces('Sous Wix :')}</strong>
              ${frenchSpaces('écrivez les adresses en entier (https://www.votre-site.fr/…) : Wix affiche le code dans un cadre, à une autre adresse que votre site, où une adresse commençant par « / » ne mène nulle part.')}
            </p>`
          : nothing
      }
      <pre><code>${this.code}</code></pre>
      <button type="button" aria-describedby=${this.problems.length ? 'problems' : nothing} @click=${this.copy}>
        ${this.copyState === 'copied' ? frenchSpaces('Copié !') : 'Copier le code'}
      </button>
      <p role="status">${frenchSpaces(status)}</p>
      <p role="status" class="visually-hidden" id="mistakes-status">${frenchSpaces(this.mistakesStatus)}</p>`;
  }
}

if (!customElements.get('msp-embed-code')) customElements.define('msp-embed-code', MspEmbedCode);

declare global {
  interface HTMLElementTagNameMap {
    'msp-embed-code': MspEmbedCode;
  }
}
