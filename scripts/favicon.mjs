// Renders site-templates/assets/favicon.png (32 × 32) from favicon.svg in headless Chromium, for browsers without
// SVG icons. Run by scripts/screenshots.sh; never edit the PNG by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { launch } from '../src/test/js/browser.mjs';

const svg = readFileSync('site-templates/assets/favicon.svg', 'utf8').replace('<svg ', '<svg width="32" height="32" ');
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 32, height: 32 } });
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  writeFileSync('site-templates/assets/favicon.png', await page.screenshot({ omitBackground: true }));
} finally {
  await browser.close();
}
