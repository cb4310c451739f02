#!/usr/bin/env bash
# Builds the sample publication: output/2025/ (web site and PDF). Extra arguments go to
# `annual-report build`, e.g. ./build.sh --no-pdf or ./build.sh --out /tmp/site
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh build
exec dotnet run --project src/AnnualReport.Cli -c Release -- build "$@"
