#!/usr/bin/env bash
# Browser search benchmark (issue 6): seisaku's static search against Pagefind over the same HTML, in the same run.
# Not a test: run it alone on the machine (here: flock /work/heavy.lock bench/browser-search.sh).
#
#   bench/browser-search.sh                  # builds content/ + ../shared/corpus/judgit into a temporary folder
#   SITE=path/to/site bench/browser-search.sh  # or measures a site built before (left untouched)
#   SITE=… PAGEFIND=no bench/browser-search.sh  # seisaku alone (the whole-government site: Pagefind's index of
#                                                # its HTML is not made, so no ratios)
#   PROFILE=phone bench/browser-search.sh       # as on a phone: Lighthouse's mobile throttling, 150 ms round trips
#                                                # and 1,638 kbit/s down (done by the server, for every engine alike)
#                                                # and a 4× slower CPU for the page (Chromium's CPU throttling)
#
# For every judged query (src/test/resources/search/judged-queries.tsv), cold (a new browser context, empty cache),
# served gzipped by bench/browser/serve.mjs: the bytes on the wire, the requests, and the time from navigation to the
# first result on screen, for seisaku's search page and for a page on Pagefind's JavaScript API (bench/browser/
# pagefind.html, which loads the first five results' data as Pagefind's UI does). Pagefind (npm `pagefind`) and
# playwright-core come from bench/browser/package.json (npm ci); Chromium is Debian's /usr/bin/chromium.
# Writes bench/out/browser-search.md (browser-search-phone.md for PROFILE=phone: medians, ratios, what 協力隊 downloads)
# and the raw lines beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/corpus/judgit}
PORT=${PORT:-8391}
OUT=bench/out
PROFILE=${PROFILE:-local}
case "$PROFILE" in
  local) export RTT_MS=0 DOWN_KBPS=0 CPU=1; NAME=browser-search ;;
  phone) export RTT_MS=150 DOWN_KBPS=1638 CPU=4; NAME=browser-search-phone ;;
  *) echo "bench: PROFILE is local or phone" >&2; exit 2 ;;
esac
mkdir -p "$OUT"
work=$(mktemp -d)
server=
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

[ -x /usr/bin/chromium ] || { echo "bench: needs Debian's chromium" >&2; exit 2; }
# npm ci only when the packages are missing: it empties node_modules first, which a worktree may share (a symlink)
[ -d bench/browser/node_modules/playwright-core ] && [ -d bench/browser/node_modules/pagefind ] ||
  (cd bench/browser && npm ci --no-audit --no-fund --loglevel=error)
[ -f target/seisaku.jar ] || mvn -B -q package -DskipTests
site=${SITE:-}
# the served root: the site, plus Pagefind's index of its HTML and the probe page
if [ -z "$site" ]; then
  [ -d "$CORPUS/data" ] || { echo "bench: no corpus at $CORPUS (set CORPUS=…)" >&2; exit 2; }
  java -Xmx4g -jar target/seisaku.jar build --source "judgit:$CORPUS" --out "$work/root" --index "$work/index" -q
else
  cp -rL "$site" "$work/root"
fi
site=$work/root
engines=seisaku,pagefind
pagefind_ms=0
if [ "${PAGEFIND:-yes}" = no ]; then
  engines=seisaku
else
  t0=$(date +%s%3N)
  bench/browser/node_modules/.bin/pagefind --site "$site" --output-path "$work/root/pagefind" --silent > /dev/null
  pagefind_ms=$(( $(date +%s%3N) - t0 ))
  cp bench/browser/pagefind.html "$work/root/pagefind-probe.html"
fi

cut -f2 src/test/resources/search/judged-queries.tsv | grep -v '^#' | grep -v '^$' | awk '!seen[$0]++' | head -n "${LIMIT:-1000}" > "$work/queries.txt"
node bench/browser/serve.mjs "$work/root" "$PORT" > "$work/serve.log" &
server=$!
for _ in $(seq 50); do grep -q listening "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
DETAIL=協力隊 ENGINES=$engines node bench/browser/measure.mjs "http://127.0.0.1:$PORT" "$work/queries.txt" \
  > "$OUT/$NAME.jsonl"

seisaku_bytes=$(du -sb "$site/search" | cut -f1)
pagefind_bytes=$(du -sbL "$work/root/pagefind" 2>/dev/null | cut -f1 || echo 0)
node - "$OUT/$NAME.jsonl" "$seisaku_bytes" "$pagefind_bytes" "$pagefind_ms" "$PROFILE" > "$OUT/$NAME.md" <<'JS'
const fs = require('fs');
const [file, seisakuBytes, pagefindBytes, pagefindMs, profile] = process.argv.slice(2);
const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const by = (engine, key) => lines.filter((l) => l.engine === engine).map((l) => l[key]);
const rows = [['bytes on the wire (gzipped, with headers)', 'bytes'], ['requests', 'requests'], ['time to first result (ms)', 'firstResultMs']];
const n = by('seisaku', 'bytes').length;
let out = `queries: ${n} judged queries, each cold (new browser context), served gzipped from 127.0.0.1`
  + (profile === 'phone' ? ' as over a phone network (150 ms round trips, 1,638 kbit/s down) to a 4× slower CPU' : '') + '\n\n';
out += '| median per query | seisaku | Pagefind | seisaku / Pagefind |\n|---|---:|---:|---:|\n';
const fmt = (x) => (x === undefined || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en'));
for (const [label, key] of rows) {
  const a = median(by('seisaku', key));
  const b = by('pagefind', key).length ? median(by('pagefind', key)) : undefined;
  out += `| ${label} | ${fmt(a)} | ${fmt(b)} | ${b === undefined ? '–' : (a / b).toFixed(2)} |\n`;
}
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
out += `| p90 bytes | ${fmt(p90(by('seisaku', 'bytes')))} | ${fmt(p90(by('pagefind', 'bytes')))} | |\n`;
out += `\nindex on disk: seisaku search/ ${(seisakuBytes / 1048576).toFixed(1)} MiB; Pagefind ${(pagefindBytes / 1048576).toFixed(1)} MiB (indexed in ${(pagefindMs / 1000).toFixed(0)} s)\n`;
for (const l of lines.filter((x) => x.files)) {
  out += `\n${l.engine}, 協力隊: ${l.requests} requests, ${l.bytes.toLocaleString('en')} bytes\n\n`;
  out += l.files.map(([u, b]) => `    ${u} ${b}`).join('\n') + '\n';
}
process.stdout.write(out);
JS
cat "$OUT/$NAME.md"
