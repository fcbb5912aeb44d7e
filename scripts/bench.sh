#!/usr/bin/env bash
# The benchmark (not part of `make test`): builds the release graphic and a 5,000-event
# edition, then measures them beside a static twin and a TimelineJS + Observable Plot page in
# headless Chromium on loopback, and prints one table. Takes about ten minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh --browser

lock="bench/package-lock.json"
stamp="bench/node_modules/.lock-installed"
if [ ! -f "$stamp" ] || ! cmp -s "$lock" "$stamp"; then
  (cd bench && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  cp "$lock" "$stamp"
fi

. scripts/release-env.sh
trunk build --release --offline --locked
TARIFF_TIMELINE_SYNTHETIC_EVENTS=5000 trunk build --release --offline --locked --dist dist-5000
cd bench && node run.mjs
