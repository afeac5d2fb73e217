#!/usr/bin/env bash
# Import on hostile input: a text of random pieces of budget documents (figures, brackets, labels, marks, names, damage
# such as doubled or spaced letters, radicals and era ligatures), made the same way from the same seed each time, read
# by `seisaku import` of each jar given, alternating; wall and user CPU time and peak RSS by GNU time, the rows drafted,
# and whether the draft passes `check`. Prints a Markdown table for BENCHMARKS.md. Run it alone on the machine.
#   bench/import-hostile.sh JAR [JAR…]      (SEED=11 LINES=2500 ROUNDS=2; the text must stay under import's 8 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/import-hostile.sh JAR [JAR…]" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
seed=${SEED:-11}
lines=${LINES:-2500}
rounds=${ROUNDS:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/hostile.txt"

python3 - "$seed" "$lines" > "$file" <<'PY'
import random, sys
seed, lines = int(sys.argv[1]), int(sys.argv[2])
r = random.Random(seed)
pieces = ["予算", "５億円", "（", "）", "、", "。", "令和7年度", "平成２２年度", "補正", "において、", "○", "◎", "①", "・",
    "地域医療推進事業", "→", "（単位：億円）", "（単位：千円）", "1", "2,000", "１，２３４", "事業費", "国費", "（4億円）", "※1",
    "うち", "上限", "上限額", "１人１台", "【新規】", "【拡充】", "…", "／", "前年度", "では、", "に", "として", "を計上", " ", "  ",
    "　", "事項要求", "計", "合 計", "１．", "３年間で", "月", "８８億億円円", "３ ． ０ 億 円", "このうち、", "例えば、", "Ａ２ ",
    "第１次補正予算", "」*1に", "（例：", "【前年度】", "（ ）内は", "【 】内は", "契約ベース", "見込額", "関係予算", "を除く額は",
    "（国土交通省）", "地方財政計画", "特別交付税措置", "全体で約", "⽂", "⺠", "㍻", "（内訳）", "別途、", "年度末で", "の計",
    "「地域おこし協力隊推進事業」", "予算において総額", "概算要求時", "民間投資", "（給付費 ", "事務費 ", "の上限額",
    "２\n０\n年\n度", "\n", "\n\n", "施 策", "区 分", "平成２３年度\n予算額", "６２億７，", "１億２，００", "の内数", "程度"]
for _ in range(lines):
    print("".join(r.choice(pieces) for _ in range(r.randint(1, 600))))
PY
size=$(wc -c < "$file")
load0=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Import on hostile input: $(wc -l < "$file") lines, $size bytes (seed $seed), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $load0"
echo
echo "| jar | round | wall s | user s | peak RSS MB | rows drafted | draft passes check |"
echo "|---|---:|---:|---:|---:|---:|---|"
for round in $(seq 1 "$rounds"); do
  for jar in "$@"; do
    content="$work/content"
    rm -rf "$content"
    cp -r content "$content"
    /usr/bin/time -f '%e %U %M' -o "$work/time" java -jar "$jar" import "$file" --content "$content" \
        --fiscal-year 令和8年度 --ministry 総務省 --kind 要求 > "$work/out" 2>&1 || true
    read -r wall user rss < <(tail -1 "$work/time")
    rows=$(grep -o '[0-9,]* budget rows' "$work/out" | head -1 | tr -dc '0-9' || true)
    if java -jar "$jar" check --content "$content" > /dev/null 2>&1; then ok=yes; else ok="no (exit $?)"; fi
    echo "| $(basename "$jar") | $round | $wall | $user | $((rss / 1024)) | ${rows:-?} | $ok |"
  done
done
