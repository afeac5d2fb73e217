// node src/test/js/browser-queries.mjs SITE_DIR QUERY…
// Opens search/index.html?q=QUERY of a built site from file:// in Debian's headless Chromium (playwright-core), waits
// for the results and prints one JSON line per query: {"q","status","hits":[site-relative URL…],"errors":[console
// errors, page errors and any index file loaded twice]}. BrowserParityIT compares the hits with the CLI's.
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [site, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync'],
});
try {
  const root = pathToFileURL(path.resolve(site)).href + '/';
  for (const q of queries) {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    // each file of the static index loads once (the page's boot and search.js share their script tags)
    const requested = new Set();
    page.on('request', (r) => {
      if (!r.url().includes('/search/') || r.url().endsWith('index.html') || r.url().includes('index.html?')) return;
      if (requested.has(r.url())) errors.push('loaded twice: ' + r.url());
      requested.add(r.url());
    });
    await page.goto(root + 'search/index.html?q=' + encodeURIComponent(q));
    await page.waitForFunction(() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'
      && document.getElementById('search-status').textContent !== '', null, { timeout: 30000 });
    const hits = await page.$$eval('#search-list > li > a', (as) => as.map((a) => a.href));
    const status = await page.textContent('#search-status');
    console.log(JSON.stringify({ q, status, hits: hits.map((h) => h.startsWith(root) ? h.slice(root.length).replace(/index\.html$/, '') : h), errors }));
    await page.close();
  }
} finally {
  await browser.close();
}
