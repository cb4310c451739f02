#!/usr/bin/env bash
# End-to-end timing of the sample publication, its main language (bokmål) alone, as before it had two.
#   median wall time of the whole build (`annual-report build`, HTML and PDF, process start included)
#   median wall time the same browser needs just to print the already-built print.html to PDF
#   and their ratio (build / print-only).
# Usage: bench/end-to-end.sh [RUNS]   (default 7; one warm-up run of each is not counted)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}

scripts/setup.sh build
dotnet build src/AnnualReport.Cli -c Release -v quiet -nologo >/dev/null
cli=src/AnnualReport.Cli/bin/Release/net10.0/annual-report.dll
browser=${ANNUAL_REPORT_BROWSER:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sandbox=()
[ "$(id -u)" = 0 ] && sandbox=(--no-sandbox)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

time_build() {
  local start; start=$(now_ms)
  dotnet "$cli" build --language nb --out "$work/out" --browser "$browser" >/dev/null 2>&1
  echo $(( $(now_ms) - start ))
}

time_print() {
  local start; start=$(now_ms)
  "$browser" --headless "${sandbox[@]}" --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile" --no-pdf-header-footer \
    --print-to-pdf="$work/print-only.pdf" "file://$work/out/nb/print.html" >/dev/null 2>&1
  echo $(( $(now_ms) - start ))
}

time_build >/dev/null
time_print >/dev/null
builds=(); prints=()
for _ in $(seq "$runs"); do
  builds+=("$(time_build)")
  prints+=("$(time_print)")
done

build_median=$(printf '%s\n' "${builds[@]}" | median)
print_median=$(printf '%s\n' "${prints[@]}" | median)
echo "runs: $runs (after one warm-up each)"
echo "build (HTML + PDF), median: ${build_median} ms   [${builds[*]}]"
echo "browser print only, median: ${print_median} ms   [${prints[*]}]"
awk -v b="$build_median" -v p="$print_median" 'BEGIN { printf "ratio build / print-only: %.2f\n", b / p }'
