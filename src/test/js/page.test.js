'use strict';
// node src/test/js/page.test.js SEARCH_DIR
// Runs search.js's start() on a small stand-in for the DOM of search.ftlh (no browser needed): URL parameters in,
// results, status, filters and the lazily loaded document shards out.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const S = require(path.resolve(__dirname, '../../../site-templates/assets/search.js'));

class Node {
  constructor(tag) {
    this.tagName = tag.toUpperCase();
    this.attributes = {};
    this.childNodes = [];
    this.listeners = {};
    this.hidden = false;
    this.text = '';
  }
  setAttribute(k, v) { this.attributes[k] = String(v); if (k === 'value') this.value = String(v); }
  getAttribute(k) { return Object.prototype.hasOwnProperty.call(this.attributes, k) ? this.attributes[k] : null; }
  appendChild(c) { this.childNodes.push(c); c.parentNode = this; return c; }
  removeChild(c) { this.childNodes.splice(this.childNodes.indexOf(c), 1); return c; }
  get firstChild() { return this.childNodes[0] || null; }
  get children() { return this.childNodes; }
  set textContent(t) { this.childNodes = []; this.text = String(t); }
  get textContent() { return this.text + this.childNodes.map((c) => c.textContent).join(''); }
  addEventListener(type, f) { (this.listeners[type] = this.listeners[type] || []).push(f); }
  fire(type, event) { (this.listeners[type] || []).forEach((f) => f(event || { preventDefault() {} })); }
  get options() {
    const out = [];
    const walk = (n) => n.childNodes.forEach((c) => { if (c.tagName === 'OPTION') out.push(c); else walk(c); });
    walk(this);
    return out;
  }
}

function page(search) {
  const byId = {};
  const make = (tag, id) => { const n = new Node(tag); if (id) { n.id = id; byId[id] = n; } return n; };
  const app = make('div', 'search-app');
  app.setAttribute('data-root', '../');
  const form = make('form', 'search-form');
  form.hidden = true;
  const controls = {};
  for (const name of ['q', 'ministry', 'year', 'kind']) {
    const c = make(name === 'q' ? 'input' : 'select', 'search-' + name);
    c.value = '';
    if (name !== 'q') { const o = make('option'); o.setAttribute('value', ''); c.appendChild(o); }
    controls[name] = c;
    form.appendChild(c);
  }
  form.elements = controls;
  make('div', 'search-results');
  make('p', 'search-status');
  make('ol', 'search-list');
  make('button', 'search-more');
  const body = make('body');
  const document = {
    readyState: 'complete', body,
    getElementById: (id) => byId[id] || null,
    createElement: (tag) => new Node(tag),
    addEventListener() {}
  };
  const win = new Node('window');
  win.document = document;
  win.location = { pathname: '/site/search/index.html', search };
  win.history = { pushState(state, title, url) { win.location.search = url.slice(url.indexOf('?') >= 0 ? url.indexOf('?') : url.length); } };
  return { win, byId, controls, body };
}

const dir = process.argv[2];
const { win, byId, controls, body } = page('?q=%E5%AE%9A%E4%BD%8F%E8%87%AA%E7%AB%8B%E5%9C%8F'); // 定住自立圏
vm.runInNewContext(fs.readFileSync(path.join(dir, 'index.js'), 'utf8'), { window: win });

S.start(win);
assert.strictEqual(byId['search-form'].hidden, false);
// programs are listed at once; the document shards are being loaded by script tags
const scripts = body.childNodes.filter((n) => n.tagName === 'SCRIPT');
assert.deepStrictEqual(scripts.map((s) => s.src), ['docs-0.js']);
assert.match(byId['search-status'].textContent, /読み込み中/);
assert.deepStrictEqual(byId['search-list'].childNodes.map((li) => li.childNodes[0].textContent), ['定住自立圏構想推進費', '定住自立圏研究会経費']);

// the shard arrives
vm.runInNewContext(fs.readFileSync(path.join(dir, 'docs-0.js'), 'utf8'), { window: win });
scripts[0].onload();
const items = byId['search-list'].childNodes;
assert.strictEqual(items.length, 3);
const first = items[0];
assert.strictEqual(first.childNodes[0].tagName, 'A');
assert.strictEqual(first.childNodes[0].getAttribute('href'), '../programs/teijuu/index.html');
assert.strictEqual(first.childNodes[1].textContent, '事業・総務省・2008〜2020年度');
const sheets = first.childNodes.find((n) => n.tagName === 'UL');
assert.strictEqual(sheets.childNodes[0].childNodes[0].getAttribute('href'), '../documents/judgit-2019-soumu-0020/index.html');
assert.strictEqual(sheets.childNodes[0].childNodes[0].textContent, 'レビューシート（2019年度）');
assert.strictEqual(items[2].childNodes[0].getAttribute('href'), '../documents/teijuu-gaiyou/index.html');
assert.strictEqual(byId['search-status'].textContent, '「定住自立圏」の検索結果：3件（事業 2件、文書 2件）');
assert.strictEqual(byId['search-more'].hidden, true);
assert.strictEqual(byId['search-results'].getAttribute('aria-busy'), 'false');
// filters offered: the ministries in use, the years, the kinds
assert.deepStrictEqual(controls.ministry.options.map((o) => o.getAttribute('value')), ['', 'soumu', 'mlit', 'cfa']);
assert.strictEqual(controls.year.options[1].textContent, '2023年度（令和5年度）');
assert.deepStrictEqual(controls.kind.options.map((o) => o.getAttribute('value')),
  ['', 'program', 'document', 'initial', 'supplementary', 'request', 'executed', 'レビューシート', '概要']);
assert.strictEqual(controls.q.value, '定住自立圏');

// a new search through the form: the URL carries it (linkable), the results follow
controls.q.value = '国交省 道路';
controls.kind.value = 'program';
byId['search-form'].fire('submit');
assert.strictEqual(win.location.search, '?q=%E5%9B%BD%E4%BA%A4%E7%9C%81+%E9%81%93%E8%B7%AF&kind=program');
assert.deepStrictEqual(byId['search-list'].childNodes.map((li) => li.childNodes[0].textContent), ['道路整備事業']);
assert.strictEqual(byId['search-status'].textContent, '「道路」・国土交通省の検索結果：1件（事業 1件、文書 0件）');

// back to an empty page
win.location.search = '';
win.fire('popstate');
assert.strictEqual(byId['search-list'].childNodes.length, 0);
assert.match(byId['search-status'].textContent, /入力してください/);

console.log('ok page');
