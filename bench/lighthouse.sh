#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the article in the
# given locales, with Debian's Chromium, the built site served on 127.0.0.1.
#
#   bench/lighthouse.sh [LOCALE...]      default: en ar     (run `mvn -B package -DskipTests` first)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SITE=$(dirname "$HERE")/target/site
WORK=${LIGHTHOUSE_WORK:-/tmp/babelbake-lighthouse}
PORT=${LIGHTHOUSE_PORT:-8766}
LOCALES=("${@:-en ar}")
[[ -f $SITE/index.html ]] || { echo "lighthouse: no site in $SITE; run mvn -B package -DskipTests" >&2; exit 1; }
command -v chromium >/dev/null || { echo "lighthouse: install chromium (Debian)" >&2; exit 1; }
mkdir -p "$WORK"
[[ -x $WORK/node_modules/.bin/lighthouse ]] || (cd "$WORK" && npm install --no-audit --no-fund --silent lighthouse@12.8.2)
python3 -m http.server -d "$SITE" "$PORT" --bind 127.0.0.1 >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
sleep 1
for locale in ${LOCALES[*]}; do
  out=$WORK/$locale.json
  CHROME_PATH=/usr/bin/chromium "$WORK/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/$locale/imnm/index.html" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$out" >/dev/null
  python3 - "$out" "$locale" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = {k: round(v["score"] * 100) for k, v in report["categories"].items()}
print(sys.argv[2], " ".join(f"{k}={v}" for k, v in scores.items()))
PY
done
