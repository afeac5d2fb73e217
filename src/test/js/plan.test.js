'use strict';
// node src/test/js/plan.test.js SEARCH_DIR PLAN_CASES.tsv QUERY_TEXT_CASES.tsv YEAR_CASES.tsv
// search.js must make Java's plan of each query (on the static index in SEARCH_DIR, exported from the fixture's
// Lucene index), normalise query text and read fiscal years as Java does (PlanCasesTest).
const assert = require('assert');
const path = require('path');
const { table } = require('./tables');
const { open } = require('./static-index');
const S = require(path.resolve(__dirname, '../../../site-templates/assets/search.js'));

/** Plans compared as Java wrote them: numbers as floats (Java printed a float; JS holds its exact value). */
function same(got, want, where) {
  if (typeof want === 'number') {
    assert.strictEqual(got, Math.fround(want), where);
  } else if (Array.isArray(want)) {
    assert.ok(Array.isArray(got) && got.length === want.length, `${where}: ${JSON.stringify(got)} is not ${JSON.stringify(want)}`);
    want.forEach((w, i) => same(got[i], w, where + '[' + i + ']'));
  } else if (want !== null && typeof want === 'object') {
    Object.keys(want).forEach((k) => same(got[k], want[k], where + '.' + k));
  } else {
    assert.strictEqual(got, want, where);
  }
}

async function main() {
  const [dir, planCases, textCases, yearCases] = process.argv.slice(2);
  const index = open(dir);
  let n = 0;
  const planner = S.planner(index.head);
  for (const [input, expected] of table(textCases)) {
    assert.strictEqual(planner.normalise(input), expected, `normalise(${JSON.stringify(input)})`);
    n++;
  }
  for (const [input, expected] of table(yearCases)) {
    const got = planner.parseYear(input);
    assert.strictEqual(got === null ? '' : String(got), expected, `parseYear(${JSON.stringify(input)})`);
    n++;
  }
  const engine = S.engine(index.head, index.load);
  for (const [query, expected] of table(planCases)) {
    const p = await engine.plans(query);
    const want = JSON.parse(expected);
    const got = { strict: p.strict, relaxed: p.relaxed, years: p.years };
    if (p.excluded !== undefined) got.excluded = p.excluded;
    if (p.typed !== undefined) got.typed = p.typed;
    assert.deepStrictEqual(Object.keys(got).sort(), Object.keys(want).sort(), `${query}: the plans' parts`);
    same(got, want, query);
    n++;
  }
  console.log(`ok ${n} cases`);
}
main().catch((e) => { console.error(e.stack || e); process.exit(1); });
