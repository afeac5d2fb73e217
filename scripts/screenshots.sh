#!/usr/bin/env bash
# Regenerates docs/screenshots/: a program, a ministry, a year and the search page at 375 px and 1,280 px, in
# headless Chromium (playwright-core from `npm ci`, Debian's chromium); and site-templates/assets/favicon.png from
# favicon.svg. Never edit those images by hand.
#
#   scripts/screenshots.sh            builds content/ + ../shared/corpus/judgit into a temporary folder first
#   scripts/screenshots.sh SITE_DIR   uses a site already built
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-}
if [ -z "$site" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  [ -f target/seisaku.jar ] || mvn -B -q package -DskipTests
  sources=()
  [ -d ../shared/corpus/judgit/data ] && sources=(--source judgit:../shared/corpus/judgit)
  java -Xmx4g -jar target/seisaku.jar build "${sources[@]}" --out "$tmp/site" --index "$tmp/index" -q
  site=$tmp/site
fi
node scripts/favicon.mjs
rm -f docs/screenshots/*.png
node scripts/screenshots.mjs "$site" docs/screenshots \
  program=programs/chiiki-okoshi-kyoryokutai/index.html \
  ministry=ministries/soumu/index.html \
  year=years/2019/index.html \
  "search=search/index.html?q=協力隊"
