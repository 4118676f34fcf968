// The widgets in the HTML that a real WordPress made of the pasted code (fixtures/wordpress/, each saying
// which WordPress and which way of pasting produced it; docs/wordpress-check.md tells how to make them again).
import { expect } from '@open-wc/testing';
import '../../packages/widgets/src/site/msp-site.js';
import '../../packages/widgets/src/hours/msp-opening-hours.js';
import type { MspOpeningHours } from '../../packages/widgets/src/hours/msp-opening-hours.js';

const fixture = async (name: string) => (await fetch(new URL(`./fixtures/wordpress/${name}`, import.meta.url))).text();

/**
 * How WordPress's own themes keep a post's content in a column: they size its direct children (the rules
 * of Twenty Twenty-One's style.css and of Twenty Twenty-Three's global styles, WordPress 6.1.9), so a
 * Custom HTML block's elements are sized by these rules, with no wrapper of their own.
 */
const THEMES = {
  'Twenty Twenty-One': {
    className: 'entry-content',
    css: '.entry-content > *:not(.alignwide):not(.alignfull):not(.alignleft):not(.alignright):not(.wp-block-separator) { max-width: 610px; margin-left: auto; margin-right: auto; }',
    column: 610,
  },
  'Twenty Twenty-Three': {
    className: 'entry-content wp-block-post-content is-layout-constrained',
    css: 'body .is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)) { max-width: 650px; margin-left: auto !important; margin-right: auto !important; }',
    column: 650,
  },
};

describe('WordPress: the code pasted in a "Custom HTML" block', () => {
  for (const [theme, { className, css, column }] of Object.entries(THEMES)) {
    it(`stays in the post's column of ${theme}, with <msp-site> around the widget`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      const content = document.createElement('div');
      content.className = className;
      content.style.width = '1000px';
      // Through innerHTML, the snippet's <script> tag is not run: the widgets are the ones imported above.
      content.innerHTML = await fixture('custom-html-block-hours.html');
      document.body.append(style, content);
      try {
        const hours = content.querySelector<MspOpeningHours>('msp-opening-hours')!;
        await hours.updateComplete;
        expect(hours.shadowRoot!.textContent).to.contain('08:00–12:00');
        const box = hours.getBoundingClientRect();
        const page = content.getBoundingClientRect();
        // Before, <msp-site> was display: contents, which no width rule can reach: the hours went
        // to the left edge of the page, out of the column of the title and text.
        expect(Math.round(box.left - page.left)).to.equal((1000 - column) / 2);
        expect(Math.round(box.width)).to.equal(column);
      } finally {
        content.remove();
        style.remove();
      }
    });
  }
});
