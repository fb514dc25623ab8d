#!/usr/bin/env bash
# Lighthouse (mobile, its default) on sample pages with a camera photo as the hero: builds the sample site in input/,
# serves the output with a plain static server (python3 -m http.server: no compression, no cache headers) on a free
# loopback port, and prints the four category scores and the main metrics of each page. Lighthouse 12.2.3 is installed
# into its own folder (bench/.lighthouse, ignored by git) with `npm i -E`; Chromium is /usr/bin/chromium.
# Not part of CI: the scores depend on the machine (Lighthouse simulates a slow phone from what it observes, slowing the
# host's CPU 4 times; CPU=1 bash bench/lighthouse.sh sets another slowdown, for a host whose benchmark index, printed
# in the last column, already is a low-tier phone's: Chrome DevTools' calibration puts the Moto G Power, Lighthouse's
# emulated phone, at 264).
# Run from the repository root: bash bench/lighthouse.sh [page path …]
set -euo pipefail
root=$(pwd)
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(world/druvia-reopens-skarvik-breakwater/ science/kelby-turbines-pass-first-winter-test/)
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

tools="$root/bench/.lighthouse"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm i -E --no-audit --no-fund lighthouse@12.2.3 >/dev/null)
fi

dotnet run -c Release --project src/StaticNews.Cli -- build -i input -o "$work/site" >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 -d "$work/site" >/dev/null 2>&1 &
server=$!
sleep 1

echo "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | benchmark index |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for page in "${pages[@]}"; do
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" \
    --chrome-flags="--headless=new --no-sandbox" --throttling.cpuSlowdownMultiplier="${CPU:-4}" --output=json --output-path="$work/report.json" --quiet
  python3 - "$work/report.json" "$page" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
score = lambda c: round(report["categories"][c]["score"] * 100)
metric = lambda a: report["audits"][a]["displayValue"]
print(f"| {sys.argv[2]} | {score('performance')} | {score('accessibility')} | {score('best-practices')} | {score('seo')} | "
      f"{metric('first-contentful-paint')} | {metric('largest-contentful-paint')} | {metric('total-blocking-time')} | {metric('cumulative-layout-shift')} | {report['environment']['benchmarkIndex']} |")
PY
done
