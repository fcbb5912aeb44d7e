#!/usr/bin/env bash
# Where the WebAssembly's bytes go: builds the release module, runs wasm-bindgen and
# wasm-opt with the release build's flags (index.html) but keeping function names (-g),
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
# The release build's wasm-opt level and flags, as index.html gives them to Trunk.
level="$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html)"
params="$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
[ -n "$level" ] && [ -n "$params" ] || { echo "no data-wasm-opt settings in index.html" >&2; exit 1; }
# shellcheck disable=SC2086 # the flags are words
wasm-opt "-O$level" $params -g "$out/tariff-timeline_bg.wasm" -o "$out/named.wasm"
node bench/wasm-top.mjs "$out/named.wasm" "${1:-40}"
