#!/usr/bin/env bash
# Search latency benchmark (issue 3, item 6). Not a test: run it by hand, alone on the machine.
#
#   bench/search-latency.sh            # uses ../shared/corpus/judgit; builds what is missing
#
# Measures, on the content/ + shared-corpus index:
#   (a) builds the jar, the bench class, and the site + index (site/, .seisaku/index) if absent;
#   (b) warm query latency p50/p90/p99 of Searcher.search (+ snippets, facets, JSON) over every judged query of
#       src/test/resources/search/judged-queries.tsv, against a StandardAnalyzer index of the same items;
#   (c) index size on disk;
#   (d) `search` wall time as a process (java -jar target/seisaku.jar search …), median of RUNS runs;
#   (e) `serve` startup: from launching the process to the first 200 from /api/search, median of RUNS runs;
#   (d) and (e) also with a class-data archive (AppCDS, as bin/seisaku uses target/seisaku.jsa), made here.
# Writes bench/out/search-latency.md and puts it into BENCHMARKS.md as the section "Search latency".
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${CORPUS:-../shared/corpus/judgit}
SYNONYMS=${SYNONYMS:-../shared/corpus/synonyms}
INDEX=${INDEX:-.seisaku/index}
SITE=${SITE:-site}
PASSES=${PASSES:-20}
RUNS=${RUNS:-5}
JAVA_OPTS=${JAVA_OPTS:--Xmx4g}
OUT=bench/out
mkdir -p "$OUT"
JAR=target/seisaku.jar

now_ms() { date +%s%3N; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "n/a"} else if (NR%2) {print a[(NR+1)/2]} else {print int((a[NR/2]+a[NR/2+1])/2)}}'; }

# (a) the jar and the bench class
if [ ! -f "$JAR" ] || [ ! -f target/test-classes/org/seisaku/bench/SearchLatency.class ]; then
  mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests
fi
[ -d "$CORPUS/data" ] || { echo "bench: no corpus at $CORPUS (set CORPUS=…)" >&2; exit 3; }
build_note="reused the existing $INDEX"
if [ ! -d "$INDEX" ] || [ ! -f "$SITE/index.html" ]; then
  t0=$(now_ms)
  # the site as it is published: Sudachi's synonyms too when they are there (the search expands with them)
  sudachi=()
  [ -d "$SYNONYMS" ] && sudachi=(--source "sudachi:$SYNONYMS")
  java $JAVA_OPTS -jar "$JAR" build --source "judgit:$CORPUS" "${sudachi[@]}" --index "$INDEX" --out "$SITE" -q
  build_note="built content/ + $CORPUS ${sudachi[*]} in $(( ($(now_ms) - t0) / 1000 )) s"
fi

# (b), (c) warm latency and index size, in one JVM each
latency=$(java $JAVA_OPTS -cp "$JAR:target/test-classes" org.seisaku.bench.SearchLatency \
  "$INDEX" src/test/resources/search/judged-queries.tsv "$PASSES" "$OUT")
# the everyday-word and concept queries (issue 11): longer, and the ones synonyms expand most
concept_latency=$(java $JAVA_OPTS -cp "$JAR:target/test-classes" org.seisaku.bench.SearchLatency \
  "$INDEX" src/test/resources/search/concept-queries.tsv "$PASSES" "$OUT")

# a class-data archive of the classes a search loads (what README "Faster start" describes)
JSA="$OUT/seisaku.jsa"
rm -f "$JSA"
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" search 予算 --index "$INDEX" --limit 1 >/dev/null 2>&1
CDS="-XX:SharedArchiveFile=$JSA -Xlog:cds=off -Xlog:cds+dynamic=off"

# (d) search as a process, end to end (JVM start, index open, Kuromoji load, one query, print)
declare -a QUERIES=("協力隊" "じさつ" "平成30年度 過疎")
process_rows=""
search_runs() { # label, JVM options, query
  local times=() t0 m
  for _ in $(seq "$RUNS"); do
    t0=$(now_ms)
    java $JAVA_OPTS $2 -jar "$JAR" search "$3" --index "$INDEX" --json >/dev/null
    times+=($(( $(now_ms) - t0 )))
  done
  m=$(printf '%s\n' "${times[@]}" | median)
  process_rows+="| \`search --json $3\`$1 | $m | $(printf '%s ' "${times[@]}")|"$'\n'
}
for q in "${QUERIES[@]}"; do search_runs "" "" "$q"; done
search_runs " (class-data archive)" "$CDS" "${QUERIES[0]}"

# (e) serve: launch → first 200 from /api/search
serve_runs() { # JVM options; sets serve_times
serve_times=()
for _ in $(seq "$RUNS"); do
  log="$OUT/serve.log"
  : > "$log"
  t0=$(now_ms)
  java $JAVA_OPTS $1 -jar "$JAR" serve --port 0 --site "$SITE" --index "$INDEX" > "$log" 2>&1 &
  pid=$!
  url=""
  for _ in $(seq 600); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.01
  done
  ok=""
  if [ -n "$url" ]; then
    for _ in $(seq 1000); do
      if curl -fsS -o /dev/null "${url}api/search?q=%E5%8D%94%E5%8A%9B%E9%9A%8A" 2>/dev/null; then ok=1; break; fi
      sleep 0.01
    done
  fi
  t=$(( $(now_ms) - t0 ))
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$ok" ] || { echo "bench: serve did not answer; see $log" >&2; exit 3; }
  serve_times+=("$t")
done
}
serve_runs ""
serve_median=$(printf '%s\n' "${serve_times[@]}" | median)
serve_plain="${serve_times[*]}"
serve_runs "$CDS"
serve_cds_median=$(printf '%s\n' "${serve_times[@]}" | median)
serve_cds="${serve_times[*]}"

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//' || echo unknown)
mem=$(free -g | awk '/^Mem:/ {print $2 " GB"}')
javav=$(java -version 2>&1 | head -1)
{
  echo "## Search latency"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($cpu), $mem memory, $javav, JVM options \`$JAVA_OPTS\`,"
  echo "with \`bench/search-latency.sh\` (PASSES=$PASSES RUNS=$RUNS; index: $build_note). Load average (1, 5, 15 min)"
  echo "$load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after: on a machine shared with other work, take the absolute"
  echo "figures as upper bounds and the ratios as the comparison."
  echo
  echo "### Warm queries (in one JVM)"
  echo
  echo "$latency"
  echo
  echo "The everyday-word and concept queries of \`concept-queries.tsv\` (issue 11), the same way:"
  echo
  echo "$concept_latency"
  echo
  echo "### As processes"
  echo
  echo "| command | median ms | runs (ms) |"
  echo "|---|---:|---|"
  printf '%s' "$process_rows"
  echo "| \`serve\`: launch → first 200 from \`/api/search?q=協力隊\` | $serve_median | $serve_plain |"
  echo "| \`serve\` (class-data archive): launch → first 200 | $serve_cds_median | $serve_cds |"
  echo
  echo "Index: \`$INDEX\` $(du -sh "$INDEX" | cut -f1) on disk (\`du -sh\`); site: \`$SITE\` $(du -sh "$SITE" | cut -f1)."
  echo
  cat <<'NOTES'
What the rows measure:
- *Warm queries*: one `Searcher.search` per judged query, one thread, the JVM warmed by 3 passes; the time is the
  whole answer of `/api/search` without HTTP: query understanding, the top 20, the total, facets over every
  match, the matching years of each program (a second query), snippets from the stored text, and the JSON.
- *Baseline*: the same items (programs and documents, not sheets) from our index's stored title and text, indexed
  with `StandardAnalyzer` (title, text; no readings, bigrams, term vectors or stored text) and queried with a
  plain boolean query (title^8 OR text), fetching the 20 titles. It is the floor of what Lucene costs on this
  corpus, not a search of the same quality (see "Search quality" for that); the ratio is the price of ours.
- *As processes*: wall time from launching `java -jar target/seisaku.jar` to its exit (`search`) or to the
  first 200 from `/api/search` (`serve`, which opens the index and loads Kuromoji's dictionaries in parallel).
  Much of it is class loading and JIT compilation, which the class-data archive (README "Faster start") cuts.
NOTES

} > "$OUT/search-latency.md"

# replace (or add) the section in BENCHMARKS.md, leaving the other sections as they are
touch BENCHMARKS.md
awk -v section="$OUT/search-latency.md" '
  BEGIN { while ((getline line < section) > 0) body = body line "\n" }
  /^## / { if (skipping) skipping = 0; if ($0 == "## Search latency") { printf "%s\n", body; skipping = 1; done = 1; next } }
  !skipping { print }
  END { if (!done) printf "%s%s", (NR ? "\n" : ""), body }
' BENCHMARKS.md > "$OUT/BENCHMARKS.md.new"
if [ ! -s BENCHMARKS.md ]; then printf '# Benchmarks\n\n' | cat - "$OUT/search-latency.md" > BENCHMARKS.md; else mv "$OUT/BENCHMARKS.md.new" BENCHMARKS.md; fi
cat "$OUT/search-latency.md"
