#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): the page's generated files first, then, in release
# builds, the minified glue and the compressed siblings of the finished files.
set -euo pipefail
cargo run --locked --quiet --example export_data
node scripts/post-build.mjs
