'use strict';
// node src/test/js/normalise.test.js NORMALISE_CASES.tsv YEAR_CASES.tsv
// search.js must read both tables exactly as org.seisaku.search.Normaliser and FiscalYear.parse do (NormaliserTest).
const assert = require('assert');
const path = require('path');
const { table } = require('./tables');
const search = require(path.resolve(__dirname, '../../../site-templates/assets/search.js'));

const [casesFile, yearsFile] = process.argv.slice(2);
let n = 0;
for (const [input, expected] of table(casesFile)) {
  assert.strictEqual(search.normalise(input), expected, `normalise(${JSON.stringify(input)})`);
  n++;
}
for (const [input, expected] of table(yearsFile)) {
  const got = search.parseFiscalYear(input);
  assert.strictEqual(got === null ? '' : String(got), expected, `parseFiscalYear(${JSON.stringify(input)})`);
  n++;
}
console.log(`ok ${n} cases`);
