// Debian's headless Chromium driven by playwright-core, as every browser check of the generated site runs it
// (a11y.mjs, layout.mjs, scripts/screenshots.mjs): one launch, and pages opened from the file system.
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

/** Chromium at $CHROMIUM (default /usr/bin/chromium), headless, with nothing that reaches the network by itself. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
  });
}

/** Opens PAGE ("programs/x/index.html", "search/index.html?q=地域") of the site folder in a new tab, loaded. */
export async function open(context, site, page) {
  const tab = await context.newPage();
  const [file, query] = page.split('?');
  const url = pathToFileURL(path.resolve(site, file));
  if (query) url.search = query;
  await tab.goto(url.href);
  await tab.waitForLoadState('networkidle');
  return tab;
}
