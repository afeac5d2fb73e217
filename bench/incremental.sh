#!/usr/bin/env bash
# Incremental build benchmark: a cold full build of content/ plus the review-sheet corpus, then one document of
# content/ edited and `build` run again over that output (each a fresh JVM, timed by GNU time), then a full build of
# the edited input into fresh folders, compared with the incremental output by `diff -r`. Prints a Markdown table
# for BENCHMARKS.md. Run it alone on the machine (or under `flock /work/heavy.lock`).
#   bench/incremental.sh [CORPUS_DIR]     (default ../shared/corpus/judgit)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/judgit}
[ -d "$corpus/data" ] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
jar=${JAR:-target/seisaku.jar}
[ -f "$jar" ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r content "$work/content"
doc="$work/content/documents/2008-hatoyama-plan.md"

wall() { awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$1" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }
build() { # label out index [extra args]
  local label=$1 out=$2 index=$3; shift 3
  /usr/bin/time -v java -Xmx4g -jar "$jar" build --content "$work/content" --source "judgit:$corpus" \
      --out "$out" --index "$index" "$@" 2> "$work/err.$label"
  grep -E '^(read|link|index|render|commit|…) ' "$work/err.$label" | sed "s/^/  $label: /" >&2 || true
}

load0=$(cut -d' ' -f1-3 /proc/loadavg)
build full "$work/site" "$work/index"
echo "地域おこし協力隊と定住自立圏にもふれる一文を足した。" >> "$doc"
build incremental "$work/site" "$work/index"
load1=$(cut -d' ' -f1-3 /proc/loadavg)
build reference "$work/ref-site" "$work/ref-index" --full -q
identical=$(diff -r -q "$work/ref-site" "$work/site" >/dev/null && echo yes || echo NO)
written=$(grep -oE '[0-9,]+ written, [0-9,]+ as they were, [0-9,]+ deleted' "$work/err.incremental" || echo '?')
full=$(wall "$work/err.full"); inc=$(wall "$work/err.incremental")

# serve --watch over the same output: its first build (nothing changed), then one edit of the same document, twice;
# the time from the save to the page served with the edit, and the rebuild time serve reports
java -Xmx4g -jar "$jar" serve --watch --port 0 --content "$work/content" --source "judgit:$corpus" \
    --site "$work/site" --index "$work/index" -q > "$work/serve.out" 2> "$work/serve.err" &
serve=$!
# under set -e a failing command ends the trap: the server is already stopped when the benchmark ends normally, so
# its kill fails, and the folder was left behind with the script's exit status 1
trap 'kill $serve 2>/dev/null || true; wait $serve 2>/dev/null || true; rm -rf "$work"' EXIT
url=
for _ in $(seq 600); do url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$work/serve.out" | head -1 || true); [ -n "$url" ] && break; sleep 1; done
[ -n "$url" ] || { echo "bench: serve --watch did not start" >&2; cat "$work/serve.err" >&2; exit 1; }
watch_times=()
for n in 1 2; do
  sleep 3
  marker="監視ベンチ${n}回目の一文"
  start=$(date +%s.%N)
  echo "$marker" >> "$doc"
  until curl -fs "${url}documents/2008-hatoyama-plan/index.html" | grep -q "$marker"; do sleep 0.1; done
  watch_times+=("$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b-a}')")
  sleep 2
done
kill $serve; wait $serve 2>/dev/null || true
rebuilt=$(grep -oE 'rebuilt in [0-9.]+ s' "$work/serve.err" | sed 's/rebuilt in //; s/ s//' | tr '\n' ' ')

cat <<TABLE
Incremental build, one document of content/ edited, content/ + $(find "$corpus/data" -name '*.json' | wc -l) review sheets
($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1);
load average $load0 before, $load1 after):

| measure | value |
|---|---|
| full build (cold, fresh folders) | $full s |
| incremental build (one document edited) | $inc s ($(awk -v a="$inc" -v b="$full" 'BEGIN {printf "%.1f", 100*a/b}') % of the full build) |
| files of the incremental build | $written |
| byte-identical to a full build of the same input | $identical |
| serve --watch: from the save to the edited page served (two edits) | ${watch_times[*]} s |
| serve --watch: rebuild time it reports (two edits) | $rebuilt s |
TABLE
