#!/usr/bin/env bash
# Renders every golden chart (tests/AnnualReport.Tests/Charts/Golden/*.svg: each chart type and
# edge case) to a PNG through the browser, with the site's fonts, so a person can look at them.
# Usage: scripts/chart-gallery.sh [OUT_DIR]   (default output/chart-gallery)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
mkdir -p "${1:-output/chart-gallery}"
out=$(cd "${1:-output/chart-gallery}" && pwd)
browser=${ANNUAL_REPORT_BROWSER:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
sandbox=()
[ "$(id -u)" = 0 ] && sandbox=(--no-sandbox)
fonts="$PWD/node_modules/@fontsource/noto-sans/files"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

for svg in tests/AnnualReport.Tests/Charts/Golden/*.svg; do
  name=$(basename "$svg" .svg)
  width=680; [ "$name" = sparkline ] && width=240
  cat > "$out/$name.html" <<HTML
<!doctype html><html lang="nb"><head><meta charset="utf-8"><style>
@font-face { font-family: "Noto Sans"; font-weight: 400; src: url("file://$fonts/noto-sans-latin-400-normal.woff2"); }
@font-face { font-family: "Noto Sans"; font-weight: 700; src: url("file://$fonts/noto-sans-latin-700-normal.woff2"); }
body { margin: 8px; font-family: "Noto Sans", sans-serif; } svg { width: ${width}px; height: auto; }
</style></head><body>$(cat "$svg")</body></html>
HTML
  "$browser" --headless "${sandbox[@]}" --disable-gpu --disable-background-networking --disable-component-update \
    --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size=$((width + 16)),900 \
    --screenshot="$out/$name.png" "file://$out/$name.html" >/dev/null 2>&1
  echo "$out/$name.png"
done
