#!/usr/bin/env bash
# Build benchmark: `seisaku build` of content/ plus the review-sheet corpus, each run a fresh JVM into fresh
# folders, timed by GNU time (wall clock, peak RSS). Then a rebuild over the previous output, which must be
# byte-identical. Prints a Markdown table for BENCHMARKS.md.
#   bench/build.sh [CORPUS_DIR]     (default ../shared/corpus/judgit; RUNS=3)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/judgit}
runs=${RUNS:-3}
[ -d "$corpus/data" ] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
[ -f target/seisaku.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sheets=$(find "$corpus/data" -name '*.json' | wc -l)

walls=(); rss=()
for i in $(seq "$runs"); do
  rm -rf "$work/site" "$work/index"
  /usr/bin/time -v java -Xmx4g -jar target/seisaku.jar build --source "judgit:$corpus" \
      --out "$work/site" --index "$work/index" 2> "$work/err.$i"
  w=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/err.$i" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/err.$i")
  walls+=("$w"); rss+=("$r")
  grep -E '^(read|link|index|render|…) ' "$work/err.$i" | sed "s/^/  run $i: /" >&2
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
maxrss=$(printf '%s\n' "${rss[@]}" | sort -g | tail -1)

cp -r "$work/site" "$work/site.before"
/usr/bin/time -v java -Xmx4g -jar target/seisaku.jar build --source "judgit:$corpus" \
    --out "$work/site" --index "$work/index" -q 2> "$work/err.rebuild"
rebuild=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/err.rebuild" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
identical=$(diff -r -q "$work/site.before" "$work/site" >/dev/null && echo yes || echo NO)

files=$(find "$work/site" -type f | wc -l)
html=$(find "$work/site" -name '*.html' | wc -l)
programs=$(find "$work/site/programs" -mindepth 2 -name index.html | wc -l)
documents=$(find "$work/site/documents" -mindepth 2 -path '*/documents/*/index.html' ! -path '*/documents/years/*' | wc -l)
site_mb=$(du -sm "$work/site" | cut -f1)
index_mb=$(du -sm "$work/index" | cut -f1)

cat <<TABLE
Build of content/ + $sheets review sheets ($(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)):

| measure | value |
|---|---|
| wall time, fresh build (median of $runs) | $(median "${walls[@]}") s (runs: ${walls[*]}) |
| peak RSS (max of $runs) | $((maxrss / 1024)) MiB |
| rebuild over the previous output | $rebuild s, byte-identical: $identical |
| files written | $files ($html HTML pages: $programs program pages, $documents document pages) |
| site size | $site_mb MiB |
| index size | $index_mb MiB |
TABLE
