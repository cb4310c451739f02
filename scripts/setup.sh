#!/usr/bin/env bash
# Installs what the build and the tests need beyond the .NET SDK, and only what is missing:
#   chromium        prints the PDF (Playwright drives it; no browser is ever downloaded)
#   poppler-utils   pdfinfo, pdftotext, pdffonts, pdfimages for the PDF tests
#   node_modules    the web fonts shipped with the site (@fontsource/noto-sans) and axe-core
#   annual-report   the command on PATH (build only): a link to scripts/annual-report in
#                   /usr/local/bin (root) or ~/.local/bin
# Usage: scripts/setup.sh [build|test|fast]   (build needs no poppler; the fast test tier no browser)
set -euo pipefail
cd "$(dirname "$0")/.."

purpose=${1:-test}
apt_packages=()
need_browser=true
[ "$purpose" = fast ] && need_browser=false
[ -n "${ANNUAL_REPORT_BROWSER:-}" ] && [ -x "${ANNUAL_REPORT_BROWSER}" ] && need_browser=false
if $need_browser && ! command -v chromium >/dev/null 2>&1; then apt_packages+=(chromium); fi
if [ "$purpose" = test ] && ! command -v pdfinfo >/dev/null 2>&1; then apt_packages+=(poppler-utils); fi

if [ ${#apt_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${apt_packages[*]} with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    log=$(mktemp)
    if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${apt_packages[@]}"; } >"$log" 2>&1; then
      cat "$log" >&2
      echo "setup: apt-get could not install ${apt_packages[*]} (log above)." >&2
      exit 1
    fi
    rm -f "$log"
  else
    echo "setup: missing ${apt_packages[*]}." >&2
    echo "setup: install them yourself, e.g. 'sudo apt-get install ${apt_packages[*]}' on Debian/Ubuntu," >&2
    echo "setup: or point ANNUAL_REPORT_BROWSER at an installed Chromium, Chrome or Edge." >&2
    exit 1
  fi
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "setup: npm is missing; install Node.js 18 or newer (Debian: apt-get install nodejs npm)." >&2
    exit 1
  fi
  echo "setup: installing npm packages (fonts, axe-core)" >&2
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

# The annual-report command, so that it runs as typed in a new shell.
if [ "$purpose" = build ]; then
  launcher="$(pwd)/scripts/annual-report"
  if [ "$(id -u)" = 0 ]; then bin=/usr/local/bin; else bin="$HOME/.local/bin"; fi
  if [ "$(readlink -f "$bin/annual-report" 2>/dev/null)" != "$launcher" ]; then
    if mkdir -p "$bin" 2>/dev/null && ln -sf "$launcher" "$bin/annual-report" 2>/dev/null; then
      echo "setup: the annual-report command is $bin/annual-report" >&2
      case ":$PATH:" in *":$bin:"*) ;; *) echo "setup: add $bin to PATH to run annual-report as typed" >&2 ;; esac
    else
      echo "setup: could not link $bin/annual-report; run scripts/annual-report instead" >&2
    fi
  fi
fi
