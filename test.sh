#!/usr/bin/env bash
# Runs every test: unit, golden and end-to-end (real Chromium, poppler). Installs what is missing.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test AnnualReport.sln -c Release "$@" 2>&1 | tee "$log" || status=$?
# One plain closing line that any reader of the log understands: "N passed, N failed".
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { gsub(",", "", p); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit $status
