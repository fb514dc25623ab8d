#!/usr/bin/env bash
# Picture benchmark, side by side in one run: 200 distinct camera-sized JPEGs (4000 × 2667, some with GPS EXIF), each
# the hero of one article, built cold by StaticNews (every width of image_widths as WebP and JPEG, plus the crops and
# the stripped copy) and by Hugo 0.111.3 (bench/hugo-picture-theme: `.Resize` of each page bundle's photo to the same
# widths in WebP and JPEG), then a StaticNews rebuild with one picture replaced. Prints one Markdown table of wall time,
# CPU time (user + sys), peak memory and, for StaticNews, the pictures its summary line says it encoded.
# Not a test: the numbers depend on the machine. Needs ImageMagick (`convert`), exiftool, /usr/bin/time and Debian's
# hugo (apt-get install -y hugo). Run from the repository root: bash bench/picture-speed.sh [work folder]
# (COUNT=40 bash bench/picture-speed.sh for a shorter run).
set -euo pipefail
root=$(pwd)
work=${1:-/tmp/staticnews-picture-speed}
count=${COUNT:-200}
W=4000; H=2667
mkdir -p "$work"

for tool in convert exiftool hugo /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
# NO_BUILD=1 uses the Release CLI as it was last built.
[ "${NO_BUILD:-}" = 1 ] || dotnet build src/StaticNews.Cli -c Release -v quiet -nologo >/dev/null
cli="$root/src/StaticNews.Cli/bin/Release/net10.0/staticnews.dll"

# 1. The photos: one plasma scene of sky and sea with film grain, and for each photo a different offset of it, a
#    different set of shapes and colours and its own JPEG quality, so every file is distinct; every tenth carries GPS,
#    a serial number and an artist as a phone writes them. Made once and kept in the work folder.
photos="$work/photos"
if [ "$(ls "$photos" 2>/dev/null | wc -l)" -lt "$count" ]; then
  mkdir -p "$photos"
  [ -f "$work/scene.mpc" ] || convert -size "${W}x$((H * 55 / 100))" -seed 1 plasma:'#6e8fa8-#b9cddc' -blur 0x10 \
    \( -size "${W}x$((H - H * 55 / 100))" -seed 2 plasma:'#24465c-#3f6a82' -blur 0x3 \) -append \
    -attenuate 0.15 +noise Gaussian "$work/scene.mpc"
  for n in $(seq 1 "$count"); do
    i=$(printf '%03d' "$n")
    [ -f "$photos/p$i.jpg" ] && continue
    convert "$work/scene.mpc" -roll "+$((n * 97 % W))+$((n * 31 % 200))" \
      -fill "rgb($((n * 37 % 256)),$((n * 91 % 256)),$((n * 53 % 256)))" \
      -draw "rectangle $((n * 13 % 3000)),$((900 + n % 300)) $((n * 13 % 3000 + 400 + n % 500)),$((1500 + n % 400))" \
      -fill "rgb($((n * 71 % 256)),$((n * 17 % 256)),$((n * 29 % 256)))" \
      -draw "circle $((n * 211 % W)),$((400 + n % 200)) $((n * 211 % W + 60 + n % 90)),$((400 + n % 200))" \
      -quality $((84 + n % 8)) -sampling-factor 2x2 "$photos/p$i.jpg"
    if [ $((n % 10)) = 0 ]; then
      exiftool -q -overwrite_original -GPSLatitude=51.5 -GPSLatitudeRef=N -GPSLongitude=0.12 -GPSLongitudeRef=W \
        -SerialNumber="SN-$i" -Artist="Bench Photographer" -Make=BenchCam -Model=B-1 "$photos/p$i.jpg"
    fi
  done
fi

# 2. The same 200 stories for each generator.
sn="$work/staticnews"; hugo_site="$work/hugo"
rm -rf "$sn" "$hugo_site"
mkdir -p "$sn/input/world" "$sn/input/images" "$hugo_site/content/world" "$hugo_site/themes"
cat > "$sn/input/site.yml" <<'YAML'
name: "Picture Bench"
base_url: "https://bench.example.org/"
language: en-GB
timezone: UTC
sections:
  - slug: world
    name: World
YAML
printf -- '- slug: bench\n  name: "Bench Writer"\n' > "$sn/input/authors.yml"
for n in $(seq 1 "$count"); do
  i=$(printf '%03d' "$n")
  cp "$photos/p$i.jpg" "$sn/input/images/p$i.jpg"
  printf -- '---\ntitle: "Story %s"\ndate: 2026-01-01T%02d:%02d:00Z\nsection: world\nauthors: [bench]\nimage: {src: images/p%s.jpg, alt: "Photo %s"}\n---\n\nThe story of photo %s.\n' \
    "$i" $((n / 60)) $((n % 60)) "$i" "$i" "$i" > "$sn/input/world/story-$i.md"
  mkdir -p "$hugo_site/content/world/story-$i"
  cp "$photos/p$i.jpg" "$hugo_site/content/world/story-$i/photo.jpg"
  printf -- '---\ntitle: "Story %s"\ndate: 2026-01-01T%02d:%02d:00Z\n---\n\nThe story of photo %s.\n' \
    "$i" $((n / 60)) $((n % 60)) "$i" > "$hugo_site/content/world/story-$i/index.md"
done
cp -r bench/hugo-picture-theme "$hugo_site/themes/hugo-picture-theme"
cp bench/hugo-picture-theme/hugo.yaml "$hugo_site/hugo.yaml"

# 3. Timed runs: "name|command"; each under /usr/bin/time -v.
measure() {
  local name=$1; shift
  local log="$work/$name.time" out="$work/$name.out"
  /usr/bin/time -v -o "$log" "$@" > "$out" 2>&1 || { cat "$out" >&2; exit 1; }
  local wall cpu peak encoded
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$log")
  peak=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$log")
  encoded=$(grep -o '[0-9]* pictures encoded' "$out" || echo "–")
  printf '| %s | %.1f s | %s s | %s MB | %s |\n' "$name" "$wall" "$cpu" "$peak" "$encoded"
}

echo "| run ($count photos, $W × $H) | wall | CPU | peak memory | encoded |"
echo "|---|---|---|---|---|"
# Cold: no output and no picture store beside it (this run fills the store); Hugo without its resource cache.
measure "StaticNews cold" dotnet "$cli" build -i "$sn/input" -o "$sn/output"
measure "Hugo 0.111.3 cold (--ignoreCache)" hugo -s "$hugo_site" --ignoreCache --quiet -d "$hugo_site/public"
# Story 7's photo is replaced by another picture (story 1's, mirrored) under the same name.
convert "$photos/p001.jpg" -flop -quality 88 "$sn/input/images/p007.jpg"
measure "StaticNews rebuild, one picture replaced" dotnet "$cli" build -i "$sn/input" -o "$sn/output"
echo
echo "Published: StaticNews $(find "$sn/output/images" -type f | wc -l) picture files ($(du -sh "$sn/output/images" | cut -f1)), Hugo $(find "$hugo_site/public" -name '*.webp' -o -name '*.jpg' | wc -l) ($(du -shc $(find "$hugo_site/public" -name '*.webp' -o -name '*.jpg') | tail -1 | cut -f1))."
