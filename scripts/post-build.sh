#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): the page's generated files first, then, in release
# builds, the minified glue and the compressed siblings of the finished files.
set -euo pipefail
# The host program builds with the default toolchain, not with the release WebAssembly's
# pinned nightly (scripts/release-env.sh), whose settings Trunk passes on to this hook.
if [ -n "${CARGO_UNSTABLE_BUILD_STD:-}" ]; then
  unset RUSTUP_TOOLCHAIN CARGO_UNSTABLE_BUILD_STD
fi
cargo run --locked --quiet --example export_data
node scripts/post-build.mjs
