#!/usr/bin/env bash
# Runs the tests. Both tiers by default: the fast tier (unit, golden, command-line and data tests,
# no browser) and the full tier (end-to-end builds printed by the real Chromium, poppler and
# axe-core checks, browser and disk faults).
#   ./test.sh          both tiers, as CI runs them
#   ./test.sh --fast   the fast tier alone, for constant use while working (under a minute)
# Other arguments go to `dotnet test`. Installs what is missing (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")"
filter=()
if [ "${1:-}" = --fast ]; then
  shift
  filter=(--filter "Tier!=Full")
  scripts/setup.sh fast
else
  scripts/setup.sh test
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test AnnualReport.sln -c Release "${filter[@]}" "$@" 2>&1 | tee "$log" || status=$?
# One plain closing line that any reader of the log understands: "N passed, N failed".
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { gsub(",", "", p); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit $status
