// <md-print-button><button hidden>…</button></md-print-button>
// Printing needs `window.print()`, so the button stays hidden until this runs;
// without JavaScript the written instructions next to it still apply.

/** Reveals its button and opens the browser's print dialog on click. */
export class MdPrintButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || typeof window.print !== 'function') return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('md-print-button')) customElements.define('md-print-button', MdPrintButton);

declare global {
  interface HTMLElementTagNameMap {
    'md-print-button': MdPrintButton;
  }
}
