// Prints web pages to PDF with Debian's Chromium, as its print dialog does (PdfFromBrowserIT): one launch for all.
//   node src/test/js/print-pdf.mjs DIR NAME…   reads DIR/NAME.html, writes DIR/NAME.pdf, prints a JSON line for each
import { launch } from './browser.mjs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, ...names] = process.argv.slice(2);
const browser = await launch();
try {
  const context = await browser.newContext();
  for (const name of names) {
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(path.resolve(dir, name + '.html')).href, { waitUntil: 'load' }); // no script to wait for
    const pdf = path.join(dir, name + '.pdf');
    await tab.pdf({ path: pdf, preferCSSPageSize: true, printBackground: false });
    await tab.close();
    console.log(JSON.stringify({ name, pdf }));
  }
} finally {
  await browser.close();
}
