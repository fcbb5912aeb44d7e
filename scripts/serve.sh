#!/usr/bin/env bash
# Installs what is missing, then builds the graphic and serves it on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
. scripts/release-env.sh
exec trunk serve --release --offline --locked --address 127.0.0.1 --port 8080
