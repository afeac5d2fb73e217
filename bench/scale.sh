#!/usr/bin/env bash
# Scale benchmark (issue 10): seisaku's build of the review sheets against Hugo and Hugo + Pagefind on the same
# sheets, in one run, and seisaku alone on generated corpora of 20k, 47,597 and 100k sheets. Not a test.
#
#   bench/scale.sh                         # shared corpus + SCALES (default "20000 47597 100000")
#   SCALES="47597" PEERS_AT="shared 47597" bench/scale.sh
#   SCALES="" PEERS_AT=shared bench/scale.sh  # the shared corpus alone, with the peers
#
# For every corpus (the shared corpus ../shared/corpus/judgit, then each generated size):
#   - seisaku: a cold `build` (fresh JVM, fresh folders, -Xmx$HEAP), then a one-document rebuild (one sheet's
#     事業概要 changed, built over the previous output: the incremental build when there is one); for the corpora in
#     SMALL_HEAP_AT also a cold build with -Xmx$SMALL_HEAP (a JVM fills the heap it is given before it collects much, so
#     the peak RSS at -Xmx$HEAP says more about $HEAP than about the build; default 768m on the shared corpus);
#   - for the corpora in PEERS_AT: Hugo (Debian `hugo`) rendering the same sheets as pages (bench/hugo: content made
#     by convert.py beforehand, not timed), then Pagefind (npm `pagefind` of bench/browser) over Hugo's output;
#   - the tokenisation floor (org.seisaku.bench.TokenFloor: Kuromoji alone over the analysable text, every core).
# Wall, CPU (user + sys) and peak RSS from GNU time (`/usr/bin/time -v`). Each corpus's runs hold $LOCK
# (default /work/heavy.lock when it exists) so that they meet the same load.
# Generated corpora (org.seisaku.bench.CorpusGenerator, seed $SEED) stand in for the whole-government data
# (judgit/data, 47,597 sheets), which is not at hand here; they are made once under $WORK and kept.
# Writes bench/out/scale.md (a table for BENCHMARKS.md) and bench/out/scale.tsv (raw rows).
#
# Setup (once, not in CI): apt-get install hugo time; (cd bench/browser && npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${CORPUS:-../shared/corpus/judgit}
SCALES=${SCALES-20000 47597 100000}
PEERS_AT=${PEERS_AT-shared 47597}
REBUILD_AT=${REBUILD_AT:-shared}
HEAP=${HEAP:-1g}
SMALL_HEAP=${SMALL_HEAP:-768m}
SMALL_HEAP_AT=${SMALL_HEAP_AT-shared}
SEED=${SEED:-20261202}
WORK=${WORK:-/tmp/seisaku-scale}
LOCK=${LOCK:-$([ -e /work/heavy.lock ] && echo /work/heavy.lock || echo)}
OUT=bench/out
# the jar and bench classes are copied at the start, so that a rebuild of target/ cannot change them mid-run
JAR=$WORK/bin/seisaku.jar
CP=$JAR:$WORK/bin/test-classes

# ---- one corpus: bench/scale.sh --one NAME CORPUS_ROOT (run under the lock) --------------------------------------
if [ "${1:-}" = "--one" ]; then
  name=$2 root=$3
  w=$WORK/run-$name
  rm -rf "$w" && mkdir -p "$w"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  # timed NAME CMD…: runs CMD under GNU time, appends "corpus name wall cpu rss_kib exit" to the TSV
  timed() {
    local what=$1; shift
    local rc=0
    /usr/bin/time -v "$@" > "$w/$what.out" 2> "$w/$what.err" || rc=$?
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$w/$what.err" \
      | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$w/$what.err")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$w/$what.err")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$what" "$wall" "$cpu" "$rss" "$rc" "$load" >> "$OUT/scale.tsv"
    echo "  $name $what: ${wall}s wall, ${cpu}s CPU, $((rss / 1024)) MiB, exit $rc" >&2
    [ "$rc" = 0 ] || { grep -v '^\s' "$w/$what.err" | grep -v '^Command' | tail -3 >&2; }
  }
  sheets=$(find "$root/data" -name '*.json' | wc -l)
  echo "$name: $sheets sheets, load $load" >&2
  # seisaku builds a copy, so that one sheet can be changed for the rebuild
  cp -r "$root" "$w/corpus"
  timed seisaku java -Xmx"$HEAP" -jar "$JAR" build --source "judgit:$w/corpus" --out "$w/site" --index "$w/index"
  tr '\r' '\n' < "$w/seisaku.err" | grep -E '^… .*\([0-9.]+ s\)$' | sed "s/^/    /" >&2 || true
  cp "$w/seisaku.err" "$OUT/scale-$name-seisaku.err"
  if [[ " $SMALL_HEAP_AT " == *" $name "* ]]; then
    timed "seisaku-$SMALL_HEAP" java -Xmx"$SMALL_HEAP" -jar "$JAR" build --source "judgit:$w/corpus" --out "$w/small-site" \
      --index "$w/small-index"
    # the same bytes whatever the heap (the browser index's batches follow the heap)
    diff -rq "$w/site" "$w/small-site" > /dev/null || echo "  $name: -Xmx$SMALL_HEAP made another site" >&2
    rm -rf "$w/small-site" "$w/small-index"
  fi
  printf '%s\tsite\t%s\t%s\n' "$name" "$(find "$w/site" -type f | wc -l)" "$(du -sm "$w/site" | cut -f1)" >> "$OUT/scale-files.tsv"
  printf '%s\tbiggest\t%s\n' "$name" "$(find "$w/site" -name '*.html' -printf '%s %P\n' | sort -rn | sed -n 1p)" >> "$OUT/scale-files.tsv"
  if [[ " $REBUILD_AT " == *" $name "* ]]; then
  one=$(find "$w/corpus/data" -name '*.json' | sort | sed -n 1p)
  python3 - "$one" <<'PY'
import json, sys
p = sys.argv[1]
s = json.load(open(p, encoding="utf-8"))
s["事業概要"] = (s.get("事業概要") or "") + "（ベンチマークで変更）"
json.dump(s, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
  timed rebuild-one java -Xmx"$HEAP" -jar "$JAR" build --source "judgit:$w/corpus" --out "$w/site" --index "$w/index"
  fi
  rm -rf "$w/site" "$w/index" "$w/corpus"
  if [[ " $PEERS_AT " == *" $name "* ]]; then
    mkdir -p "$w/hugo" && cp -r bench/hugo/config.toml bench/hugo/layouts "$w/hugo/"
    python3 bench/hugo/convert.py "$root" "$w/hugo"
    timed hugo hugo --quiet -s "$w/hugo" -d "$w/hugo/public"
    timed pagefind bench/browser/node_modules/.bin/pagefind --site "$w/hugo/public" --silent
    rm -rf "$w/hugo"
  fi
  java -cp "$CP" org.seisaku.bench.TokenFloor content "$root" > "$w/floor.out"
  printf '%s\tfloor\t%s\n' "$name" "$(cat "$w/floor.out")" >> "$OUT/scale.tsv"
  echo "  $name floor: $(cat "$w/floor.out")" >&2
  rm -rf "$w"
  exit 0
fi

# ---- setup --------------------------------------------------------------------------------------------------------
[ -d "$CORPUS/data" ] || { echo "bench: no corpus at $CORPUS (set CORPUS=…)" >&2; exit 2; }
command -v hugo > /dev/null || { echo "bench: installing hugo (Debian)" >&2; apt-get install -y -q hugo > /dev/null; }
[ -x /usr/bin/time ] || apt-get install -y -q time > /dev/null
[ -x bench/browser/node_modules/.bin/pagefind ] || (cd bench/browser && npm ci --no-audit --no-fund --loglevel=error)
if [ ! -f target/seisaku.jar ] || [ ! -f target/test-classes/org/seisaku/bench/CorpusGenerator.class ]; then
  mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests
fi
mkdir -p "$OUT" "$WORK/bin"
cp "$(pwd)/target/seisaku.jar" "$WORK/bin/seisaku.jar"
rm -rf "$WORK/bin/test-classes" && cp -r target/test-classes "$WORK/bin/test-classes"
: > "$OUT/scale.tsv"
: > "$OUT/scale-files.tsv"
locked() { if [ -n "$LOCK" ]; then flock "$LOCK" "$@"; else "$@"; fi; }
started=$(date -u '+%Y-%m-%d %H:%M UTC')

locked bash "$0" --one shared "$CORPUS"
for n in $SCALES; do
  g=$WORK/gen-$n-$SEED
  if [ ! -f "$g/.done" ]; then
    rm -rf "$g"
    locked java -cp "$CP" org.seisaku.bench.CorpusGenerator "$CORPUS" "$g" "$n" "$SEED"
    touch "$g/.done"
  fi
  locked bash "$0" --one "$n" "$g"
done

# ---- the table ----------------------------------------------------------------------------------------------------
python3 - "$OUT/scale.tsv" "$OUT/scale-files.tsv" "$started" "$HEAP" > "$OUT/scale.md" <<'PY'
import sys, re, subprocess
rows, files = {}, {}
floors, loads = {}, {}
for line in open(sys.argv[1], encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if f[1] == "floor":
        floors[f[0]] = dict(kv.split("=") for kv in f[2].split())
        continue
    rows[(f[0], f[1])] = dict(wall=float(f[2]), cpu=float(f[3]), rss=int(f[4]) / 1024, rc=int(f[5]))
    loads.setdefault(f[0], f[6])
biggest = {}
for line in open(sys.argv[2], encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if f[1] == "biggest":
        biggest[f[0]] = f[2]
    elif f[2] and f[3]:  # a failed build wrote no site: no counts
        files[f[0]] = (int(f[2]), int(f[3]))
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
print(f"Run of {sys.argv[3]}; {cpu}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores; seisaku with -Xmx{sys.argv[4]}.\n")
print("| corpus | sheets' text | tool | wall s | CPU s | peak RSS MiB | exit | wall ÷ seisaku | load at start |")
print("|---|---:|---|---:|---:|---:|---:|---:|---|")
names = list(dict.fromkeys(k[0] for k in rows))
for n in names:
    base = rows.get((n, "seisaku"))
    fl = floors.get(n, {})
    for tool in ["seisaku"] + sorted(t for (c, t) in rows if c == n and t.startswith("seisaku-")) + ["rebuild-one", "hugo", "pagefind"]:
        r = rows.get((n, tool))
        if not r:
            continue
        ratio = f"{r['wall'] / base['wall']:.2f}" if base else ""
        print(f"| {n} | {fl.get('text_mb', '')} MB | {tool} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['rss']:.0f} | {r['rc']} | {ratio} | {loads[n]} |")
    h, p = rows.get((n, "hugo")), rows.get((n, "pagefind"))
    if h and p and base:
        wall, c, rss = h["wall"] + p["wall"], h["cpu"] + p["cpu"], max(h["rss"], p["rss"])
        print(f"| {n} | | hugo + pagefind | {wall:.1f} | {c:.1f} | {rss:.0f} | | {wall / base['wall']:.2f} | |")
    if fl and base:
        print(f"| {n} | | Kuromoji floor ({fl['threads']} threads) | {float(fl['floor_seconds']):.1f} | | | | {float(fl['floor_seconds']) / base['wall']:.2f} | |")
print()
print("| corpus | seisaku wall s | ÷ shared corpus | peak RSS MiB | exit | files | site MiB | biggest page (bytes) |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
sh = rows.get(("shared", "seisaku"))
for n in names:
    r = rows.get((n, "seisaku"))
    if not r:
        continue
    fi = files.get(n, ("", ""))
    print(f"| {n} | {r['wall']:.1f} | {r['wall'] / sh['wall']:.2f} | {r['rss']:.0f} | {r['rc']} | {fi[0]} | {fi[1]} | {biggest.get(n, '')} |")
PY
cat "$OUT/scale.md"
