// Accessibility check of generated pages: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in Debian's headless
// Chromium, driven by playwright-core. Usage: node src/test/js/a11y.mjs SITE_DIR PAGE…   (pages relative to SITE_DIR)
// Prints one JSON line per page: {"page", "width", "results", "violations":[{"id","impact","help","nodes":[target…]}]};
// exit 0. A search page (?q=…) is checked with its results on screen (results: how many; the search done).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { launch, open } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [site, ...pages] = process.argv.slice(2);
const browser = await launch();
try {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    const context = await browser.newContext({ viewport });
    for (const page of pages) {
      const tab = await open(context, site, page);
      let results = null;
      if (page.includes('?q=')) {
        await tab.waitForFunction(() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'
          && document.getElementById('search-status').textContent !== '', null, { timeout: 30000 });
        results = await tab.$$eval('#search-list > li', (li) => li.length);
      }
      await tab.addScriptTag({ content: axeSource });
      const result = await tab.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
      });
      console.log(JSON.stringify({ page, width: viewport.width, results, violations: result }));
      await tab.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
}
