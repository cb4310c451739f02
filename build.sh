#!/usr/bin/env bash
# Builds the sample publication in every language of the edition (bokmål and nynorsk):
# output/2025/nb/ and nn/ (web site and PDF each). Extra arguments go to
# `annual-report build`, e.g. ./build.sh --no-pdf or ./build.sh --out /tmp/site
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh build
exec dotnet run --project src/AnnualReport.Cli -c Release -- build "$@"
