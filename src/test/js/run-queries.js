'use strict';
// node src/test/js/run-queries.js SEARCH_DIR QUERIES.txt [LIMIT]
// Runs each query (one a line) with search.js on a static index and prints one JSON line per query:
// {"q","total","relaxed","hits":[{"type","id","score"}],"facets":{…},"files","bytes"} (files and bytes: what the
// query loaded beyond head.js, uncompressed). The parity test (BrowserParityIT) compares them with the CLI's.
const fs = require('fs');
const path = require('path');
const { open } = require('./static-index');
const S = require(path.resolve(__dirname, '../../../site-templates/assets/search.js'));

async function main() {
  const [dir, queries, limit] = process.argv.slice(2);
  for (const q of fs.readFileSync(queries, 'utf8').split('\n').filter((l) => l.trim() !== '')) {
    const index = open(dir);
    const engine = S.engine(index.head, index.load);
    const r = await engine.search({ q, limit: Number(limit || 10) });
    const hits = [];
    for (const h of r.hits) {
      const m = await engine.metadata(h.doc);
      hits.push({ type: m.type, id: m.id, score: h.score });
    }
    console.log(JSON.stringify({ q, total: r.total, relaxed: r.relaxed, hits, facets: r.facets(),
      files: index.files.count, bytes: index.files.bytes }));
  }
}
main().catch((e) => { console.error(e.stack || e); process.exit(1); });
