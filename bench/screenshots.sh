#!/usr/bin/env bash
# Builds the sample newsroom (input/), serves it on 127.0.0.1 and takes screenshots of one page of each kind at a
# phone (390x844) and a desktop (1440x900) viewport, in light and dark colour schemes, into docs/screenshots/.
# One command, from anywhere in the repository: bench/screenshots.sh   (CHROMIUM=… and PORT=… override the defaults)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chromium="${CHROMIUM:-/usr/bin/chromium}"
port="${PORT:-48731}"
shots="$root/docs/screenshots"
work="$(mktemp -d)"
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

# name → path below the site root: the kinds of page a reader meets.
pages=(
  "home:"
  "section:world/"
  "article-with-photo:business/insurers-count-cost-storm-ilse/"
  "article-without-photo:business/port-strike-ends-automation-deal/"
  "tag:tags/storm-ilse/"
  "static-page:about/"
)
sizes=("390x844" "1440x900")

dotnet run --project "$root/src/StaticNews.Cli" -c Release -- build --input "$root/input" --output "$work/site" --no-cache --now 2026-11-20T12:00:00Z >/dev/null
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
  if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null; then break; fi
  sleep 0.1
done

mkdir -p "$shots"
rm -f "$shots"/*.png
for entry in "${pages[@]}"; do
  name="${entry%%:*}"
  path="${entry#*:}"
  for size in "${sizes[@]}"; do
    # Blink's preferredColorScheme: 0 is dark, 1 is light; set either way so the machine's own setting never leaks in.
    for scheme in light dark; do
      value=1; [ "$scheme" = dark ] && value=0
      "$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
        --user-data-dir="$work/profile" --force-device-scale-factor=1 --window-size="${size/x/,}" \
        --blink-settings=preferredColorScheme=$value --virtual-time-budget=5000 \
        --screenshot="$shots/$name-$size-$scheme.png" "http://127.0.0.1:$port/$path" >/dev/null 2>&1
    done
  done
done
ls -1 "$shots"
