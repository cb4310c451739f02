#!/usr/bin/env bash
# Times `annual-report municipalities --language nb`: every fact sheet (HTML and PDF) and the
# statistics bank in the main language (each further language adds as much again).
# Reports the wall time for all municipalities, the time per fact sheet, and the peak memory of
# the .NET process (/usr/bin/time); Chromium's processes are separate and reported by ps at the peak.
# Usage: bench/municipalities.sh [RUNS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
scripts/setup.sh build
dotnet build src/AnnualReport.Cli -c Release -v quiet -nologo >/dev/null
cli=src/AnnualReport.Cli/bin/Release/net10.0/annual-report.dll
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }

times=(); memory=(); chromium=()
for _ in $(seq "$runs"); do
  peak=0
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$cli" municipalities --language nb --out "$work/out" >/dev/null 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    rss=$( (ps -C chromium -o rss= 2>/dev/null || true) | awk '{ s += $1 } END { print s + 0 }')
    [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 0.5
  done
  wait "$pid"
  read -r seconds kb < "$work/time"
  times+=("$seconds"); memory+=("$kb"); chromium+=("$peak")
done

sheets=$(ls "$work/out"/nb/*.pdf | wc -l)
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
total=$(median "${times[@]}")
echo "runs: $runs; fact sheets: $sheets (HTML + PDF each) and the statistics bank"
echo "all municipalities, median: ${total} s   [${times[*]}]"
awk -v t="$total" -v n="$sheets" 'BEGIN { printf "per fact sheet: %.0f ms\n", t * 1000 / n }'
echo "peak memory, .NET process: $(( $(median "${memory[@]}") / 1024 )) MiB; Chromium processes together: $(( $(median "${chromium[@]}") / 1024 )) MiB"
