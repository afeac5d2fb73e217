'use strict';
// node src/test/js/search.test.js SEARCH_DIR
// Loads an index written by BrowserIndex from SearchFixture (BrowserIndexJsTest) and checks search.js's query
// parsing, filters, ranking and grouping on it.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const searchJs = path.resolve(__dirname, '../../../site-templates/assets/search.js');
const S = require(searchJs);

const dir = process.argv[2];
const window = {};
vm.runInNewContext(fs.readFileSync(path.join(dir, 'index.js'), 'utf8'), { window });
const index = window.SEISAKU_INDEX;
for (const shard of index.shards) vm.runInNewContext(fs.readFileSync(path.join(dir, shard), 'utf8'), { window });
const prepared = S.prepare(index, window.SEISAKU_DOCS);
assert.ok(prepared.complete);

let checks = 0;
function ids(params) {
  const r = S.search(prepared, Object.assign({ q: '', ministry: '', year: '', kind: '' }, params));
  return r.hits.map((h) => h.type === 'program' ? h.id : h.slug);
}
function same(params, expected) {
  assert.deepStrictEqual(ids(params), expected, JSON.stringify(params));
  checks++;
}

// the query names filters
assert.deepStrictEqual(S.parseQuery('総務省 H20 定住', index), { terms: ['定住'], year: 2008, ministry: 'soumu' });
assert.deepStrictEqual(S.parseQuery('国交省　Ｈ２０ "道路"', index), { terms: ['道路'], year: 2008, ministry: 'mlit' });
assert.deepStrictEqual(S.parseQuery('令和元年度 ちいき チイキ', index), { terms: ['ちいき'], year: 2019, ministry: null });
assert.deepStrictEqual(S.parseQuery('2008年度 soumu', index), { terms: [], year: 2008, ministry: 'soumu' });
checks += 4;

// exact name first, with its review sheet grouped under it
let r = S.search(prepared, { q: '定住自立圏構想推進費' });
assert.strictEqual(r.total, 1);
assert.strictEqual(r.hits[0].id, 'teijuu');
assert.strictEqual(r.hits[0].tier, 3);
assert.deepStrictEqual(r.hits[0].documents.map((d) => d.slug), ['judgit-2019-soumu-0020']);
assert.strictEqual(r.programCount, 1);
assert.strictEqual(r.documentCount, 1);
checks++;
same({ q: '「定住自立圏構想推進費」' }, ['teijuu']);
same({ q: '定住自立圏構想 推進費' }, ['teijuu']);

// names and titles above excerpts; newer years first within a rank
same({ q: '定住自立圏' }, ['teijuu', 'teijuu-kenkyu', 'teijuu-gaiyou']);
same({ q: '地域おこし協力隊' }, ['chiiki-okoshi', 'teijuu-gaiyou']);
r = S.search(prepared, { q: '地域おこし協力隊' });
assert.deepStrictEqual(r.hits.map((h) => h.tier), [2, 1]);

// kana queries find the Kuromoji reading that the Java side exported; katakana and hiragana alike
same({ q: 'ちいきおこし' }, ['chiiki-okoshi']);
same({ q: 'チイキオコシ' }, ['chiiki-okoshi']);
// width and case: ＩＣＴ in the sheet's text, grouped under its program
same({ q: 'ict' }, ['teijuu']);
r = S.search(prepared, { q: 'ＩＣＴ' });
assert.strictEqual(r.hits[0].matched, false);
assert.deepStrictEqual(r.hits[0].documents.map((d) => d.slug), ['judgit-2019-soumu-0020']);
// other names and line breaks in names
same({ q: '地域おこし協力隊推進費' }, ['chiiki-okoshi']);
same({ q: '児童扶養手当' }, ['jidou']);
assert.strictEqual(S.search(prepared, { q: '児童扶養手当' }).hits[0].tier, 3);

// AND
same({ q: '定住 研究' }, ['teijuu-kenkyu']);
same({ q: '定住 道路' }, []);

// filters from the query and from the URL
same({ q: '総務省 H20' }, ['teijuu']);
same({ ministry: 'mlit' }, ['douro', 'douro-hosei']);
same({ q: '国交省 道路' }, ['douro', 'douro-hosei']);
same({ year: '2012' }, ['douro', 'teijuu-kenkyu', 'douro-hosei']);
same({ q: '平成24年度' }, ['douro', 'teijuu-kenkyu', 'douro-hosei']);
same({ q: 'H24', year: '2019' }, ['teijuu', 'chiiki-okoshi']);
same({ kind: 'supplementary' }, ['douro']);
same({ kind: 'request', q: '推進' }, ['teijuu']);
same({ kind: '概要', q: '定住' }, ['teijuu-gaiyou']);
same({ kind: 'document', q: '定住自立圏' }, ['judgit-2019-soumu-0020', 'teijuu-gaiyou']);
same({ kind: 'program', q: '定住自立圏' }, ['teijuu', 'teijuu-kenkyu']);
same({ kind: 'レビューシート', year: '2019' }, ['judgit-2019-soumu-0020', 'judgit-2019-soumu-0100']);

// nothing asked, nothing found
assert.strictEqual(S.search(prepared, { q: '   ' }).total, 0);
checks++;

// programs are searchable before the document shards arrive
const partial = S.prepare(index, undefined);
assert.strictEqual(partial.complete, false);
assert.deepStrictEqual(S.search(partial, { q: '定住自立圏' }).hits.map((h) => h.id), ['teijuu', 'teijuu-kenkyu']);
checks++;

// the page never writes data as HTML
assert.ok(!/\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/.test(fs.readFileSync(searchJs, 'utf8')));
checks++;

console.log(`ok ${checks} checks`);
