// node src/test/js/xss.mjs SITE PAGE… — XssIT: opens each page of the site in headless Chromium (browser.mjs) with
// a trap set before any script runs, and prints one JSON line per page: {page, fired, dialogs, scriptLinks}.
// The planted payloads call window.__xss(), alert(), confirm() or prompt(), or are javascript: links; a page is
// safe when none fired and no link or form points at javascript:.
import { launch, open } from './browser.mjs';

const [site, ...pages] = process.argv.slice(2);
const browser = await launch();
try {
  for (const page of pages) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__fired = 0;
      window.__xss = () => { window.__fired++; };
    });
    let dialogs = 0;
    context.on('page', (p) => p.on('dialog', (d) => { dialogs++; d.dismiss().catch(() => {}); }));
    const tab = await open(context, site, page);
    await tab.waitForTimeout(150);
    // what a click would run: javascript: in links, forms, frames
    const scriptLinks = await tab.evaluate(() => [...document.querySelectorAll('[href],[src],[action],[formaction]')]
      .filter((e) => ['href', 'src', 'action', 'formaction'].some((a) => /^\s*javascript:/i.test(e.getAttribute(a) || '')))
      .length);
    const fired = await tab.evaluate(() => window.__fired);
    console.log(JSON.stringify({ page, fired, dialogs, scriptLinks }));
    await context.close();
  }
} finally {
  await browser.close();
}
