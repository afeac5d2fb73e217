// Layout check of generated pages in Debian's headless Chromium, driven by playwright-core, at a phone's and a
// desktop's width. Usage: node src/test/js/layout.mjs SITE_DIR PAGE…   (pages relative to SITE_DIR, "?query" allowed)
// Prints one JSON line per page and width:
//   {"page","width","scrollWidth","overflow":[{"element","right"}],"charts":[{"form","left","right","font","years","outside"}]}
// where overflow lists the visible elements whose right edge passes the viewport and that no scroll box (an
// ancestor with overflow-x auto or scroll that itself fits; a box that hides what passes its edge does not count) holds; charts lists every displayed chart with its
// edges, the font size its labels show at (px), its year labels and its marks that lie outside the viewport.
// Exit 0; the Java test (LayoutIT) judges.
import { launch, open } from './browser.mjs';

export const WIDTHS = [{ width: 375, height: 667 }, { width: 1280, height: 800 }];

/** Runs in the page: what passes the right edge, and how the charts fit. */
function measure() {
  const vw = document.documentElement.clientWidth;
  const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
  const where = (e) => {
    const parts = [];
    for (let n = e; n && n !== document.body && parts.length < 4; n = n.parentElement) parts.unshift(name(n));
    return parts.join(' > ');
  };
  const scrolls = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  const visible = (e) => {
    const s = getComputedStyle(e);
    if (s.display === 'none' || s.visibility === 'hidden') return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const overflow = [];
  for (const e of document.body.querySelectorAll('*')) {
    if (!visible(e)) continue;
    const r = e.getBoundingClientRect();
    if (r.right <= vw + 0.5) continue;
    if (r.left >= vw) continue; // wholly off to the side on purpose (never seen, never scrolls the page)
    let held = false;
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      if (scrolls(a) && a.getBoundingClientRect().right <= vw + 0.5) { held = true; break; }
    }
    if (!held) overflow.push({ element: where(e), right: Math.round(r.right) });
  }
  const charts = [];
  for (const svg of document.querySelectorAll('svg.chart')) {
    if (!visible(svg)) continue;
    const r = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const label = svg.querySelector('text');
    const size = label ? parseFloat(label.getAttribute('font-size') || '12') : 12;
    const outside = [...svg.querySelectorAll('[data-year]')].filter((m) => {
      const b = m.getBoundingClientRect();
      return b.left < -0.5 || b.right > vw + 0.5;
    }).map((m) => m.getAttribute('data-year'));
    const years = [...svg.querySelectorAll('text')].map((t) => t.textContent).filter((t) => /^\d{4}$/.test(t));
    charts.push({
      form: svg.classList.contains('chart-bars') ? 'bars' : 'columns',
      left: Math.round(r.left), right: Math.round(r.right),
      font: Math.round(size * (r.width / vb.width) * 10) / 10, years, outside,
    });
  }
  return { scrollWidth: document.documentElement.scrollWidth, viewport: vw, overflow: overflow.slice(0, 20), charts };
}

const [site, ...pages] = process.argv.slice(2);
const browser = await launch();
try {
  for (const viewport of WIDTHS) {
    const context = await browser.newContext({ viewport });
    for (const page of pages) {
      const tab = await open(context, site, page);
      const m = await tab.evaluate(measure);
      console.log(JSON.stringify({ page, width: viewport.width, ...m }));
      await tab.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
}
