/**
 * Storybook only: shows a widget configured with the story's controls and the code to paste,
 * with a copy button. Not part of the published package.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';

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
  `;

  /** The snippet to show. */
  @property() code = '';

  /** What to change in the snippet before pasting it (e.g. a placeholder address), shown above it. */
  @property() note = '';

  @state() private copied = false;

  private async copy() {
    try {
      await navigator.clipboard.writeText(this.code);
      this.copied = true;
    } catch {
      // No clipboard (insecure context, denied): select the text for a manual copy.
      const range = document.createRange();
      range.selectNodeContents(this.renderRoot.querySelector('code')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  }

  override render() {
    return html`<p><strong>Code à copier dans la page</strong> (bloc « HTML personnalisé » de WordPress, « Intégrer un code » de Wix, ou page HTML) :</p>
      ${this.note ? html`<p><strong>À modifier :</strong> ${this.note}</p>` : nothing}
      <pre><code>${this.code}</code></pre>
      <button type="button" @click=${this.copy}>${this.copied ? 'Copié !' : 'Copier le code'}</button>
      <p role="status">${this.copied ? 'Le code est dans le presse-papiers.' : ''}</p>`;
  }
}

if (!customElements.get('msp-embed-code')) customElements.define('msp-embed-code', MspEmbedCode);

declare global {
  interface HTMLElementTagNameMap {
    'msp-embed-code': MspEmbedCode;
  }
}
