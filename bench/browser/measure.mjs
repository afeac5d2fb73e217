// node measure.mjs BASE_URL QUERIES.txt  → one JSON line per query and engine:
// {"engine","q","bytes","requests","firstResultMs"} for a cold page (new browser context: empty cache) in Debian's
// headless Chromium. bytes and requests: what the server (serve.mjs) sent for the page, its workers included, until
// the first results are on screen (headers and compressed bodies); firstResultMs: from navigation start to the
// moment the first result is in the page (a MutationObserver's time, in the page).
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const [base, queriesFile] = process.argv.slice(2);
const queries = fs.readFileSync(queriesFile, 'utf8').split('\n').filter((l) => l.trim() !== '');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync'],
});
const ENGINES = {
  seisaku: { url: (q) => base + '/search/index.html?q=' + encodeURIComponent(q), ready: '#search-list > li, #search-status:not(:empty)',
    items: '#search-list > li', first: '#search-list > li, #search-status:not(:empty)' },
  pagefind: { url: (q) => base + '/pagefind-probe.html?q=' + encodeURIComponent(q), ready: '#results > li, body[data-total="0"]',
    items: '#results > li', first: '#results > li, body[data-total="0"]' },
};
// ENGINES=seisaku measures seisaku alone (the whole-government site, where Pagefind's index is not made)
const engines = Object.entries(ENGINES).filter(([name]) => !process.env.ENGINES || process.env.ENGINES.split(',').includes(name));
try {
  for (const q of queries) {
    for (const [name, engine] of engines) {
      const context = await browser.newContext();
      // the moment the first result is in the page, taken in the page (polling from here would add its own delay)
      await context.addInitScript((selector) => {
        new MutationObserver((changes, observer) => {
          if (document.querySelector(selector)) {
            window.__firstResult = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      }, engine.first);
      const page = await context.newPage();
      // a phone's slower CPU (PROFILE=phone: CPU=4, Lighthouse's mobile figure); the page's main thread, where both
      // engines' scripts run (Pagefind's search worker, if throttled at all, is its own business)
      if (Number(process.env.CPU || 1) > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU) });
      }
      await fetch(base + '/__reset');
      await page.goto(engine.url(q));
      await page.waitForSelector(engine.ready, { state: 'attached', timeout: 120000 });
      const firstResultMs = await page.evaluate(() => window.__firstResult || performance.now());
      const stats = await (await fetch(base + '/__stats')).json();
      const line = { engine: name, q, bytes: stats.bytes, requests: stats.requests, firstResultMs: Math.round(firstResultMs),
        results: await page.$$eval(engine.items, (li) => li.length) };
      if (q === process.env.DETAIL) line.files = stats.files;
      console.log(JSON.stringify(line));
      await context.close();
    }
  }
} finally {
  await browser.close();
}
