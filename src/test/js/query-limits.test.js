'use strict';
// node src/test/js/query-limits.test.js HEAD.json CASES.tsv
// search.js's checkQuery must decide each query as org.seisaku.serve.SearchParams.query does (SearchParamsTest
// writes the cases with Java's outcome: "query:" and the text run, or "error"), with the limits of the head.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { table } = require('./tables');
const S = require(path.resolve(__dirname, '../../../site-templates/assets/search.js'));

const [headFile, casesFile] = process.argv.slice(2);
const head = JSON.parse(fs.readFileSync(headFile, 'utf8'));
assert.ok(head.queryChars > 0 && head.queryWords > 0, 'the head exports the limits');
let n = 0;
for (const [query, expected] of table(casesFile)) {
  const got = S.checkQuery(head, query);
  assert.strictEqual(got.error ? 'error' : 'query:' + got.query, expected, JSON.stringify(query));
  n++;
}
console.log(`ok ${n} cases`);
