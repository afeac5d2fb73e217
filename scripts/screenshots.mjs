// Screenshots of the site at a phone's and a desk's width, for docs/screenshots/ (run by scripts/screenshots.sh).
// Usage: node scripts/screenshots.mjs SITE_DIR OUT_DIR NAME=PAGE…   e.g. program=programs/x/index.html
// Writes OUT_DIR/NAME-375.png and OUT_DIR/NAME-1280.png: the page from its top, at most two screens tall.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch, open } from '../src/test/js/browser.mjs';

const [site, out, ...shots] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await launch();
try {
  for (const viewport of [{ width: 375, height: 667 }, { width: 1280, height: 800 }]) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    for (const shot of shots) {
      const eq = shot.indexOf('=');
      const [name, page] = [shot.slice(0, eq), shot.slice(eq + 1)];
      const tab = await open(context, site, page);
      const height = await tab.evaluate(() => document.documentElement.scrollHeight);
      const png = path.join(out, `${name}-${viewport.width}.png`);
      await tab.screenshot({ path: png, fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, viewport.height * 2) } });
      console.log(png);
      await tab.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
}
