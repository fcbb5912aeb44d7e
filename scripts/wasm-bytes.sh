#!/usr/bin/env bash
# Where the WebAssembly's bytes go: builds the release module, runs wasm-bindgen and the
# release build's last steps (scripts/finish-wasm.mjs) but keeping function names (-g),
# then prints its sections (code and data also in brotli) and its largest functions. Usage:
# bash scripts/wasm-bytes.sh [N functions]   (TARIFF_TIMELINE_DATA etc. apply as to a build)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh >/dev/null
. scripts/release-env.sh

cargo build --release --locked --target wasm32-unknown-unknown --bin tariff-timeline
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
wasm-bindgen --target web --out-dir "$out" target/wasm32-unknown-unknown/release/tariff-timeline.wasm
# The release build's last steps (unused exports out, wasm-opt), keeping the names.
node scripts/finish-wasm.mjs "$out/tariff-timeline.js" "$out/tariff-timeline_bg.wasm" -g
node bench/wasm-top.mjs "$out/tariff-timeline_bg.wasm" "${1:-40}"
