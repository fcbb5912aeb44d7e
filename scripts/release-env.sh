# Sourced before a release build (`trunk build --release`, `trunk serve --release`): the
# WebAssembly is built with a pinned nightly toolchain that rebuilds the standard library
# with panics that abort at once. A release build already aborts on panic; this also leaves
# out the panic messages, their locations and the formatting they pull in (about 11 KB of
# the wasm in brotli). `-Zfmt-debug=none` leaves out every `Debug` implementation (about
# 3 KB more; `{:?}` prints nothing, so no message to a reader uses it) and
# `-Zlocation-detail=none` the source locations left (0.3 KB). scripts/setup.sh installs
# the toolchain if the machine lacks it. A plain `trunk build --release` without this file
# still works, with the default toolchain and a larger wasm.
RELEASE_PINNED=nightly-2026-05-20
# The same build, which a machine may already have as its `nightly`: then that one is used
# and nothing is downloaded.
RELEASE_RUSTC="rustc 1.97.0-nightly (e50aa6fba 2026-05-19)"
RELEASE_TOOLCHAIN="$RELEASE_PINNED"
if ! rustup toolchain list | grep "^$RELEASE_PINNED-" >/dev/null &&
  [ "$(RUSTUP_AUTO_INSTALL=0 rustc +nightly -V 2>/dev/null || true)" = "$RELEASE_RUSTC" ]; then
  RELEASE_TOOLCHAIN=nightly
fi
export RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN"
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# rust-lld, less the exports of classes the app never uses (scripts/wasm-ld.mjs).
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/wasm-ld.mjs"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER
# Replaces `target.wasm32-unknown-unknown.rustflags` of .cargo/config.toml: keep both in step.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
