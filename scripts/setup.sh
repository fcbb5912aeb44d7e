#!/usr/bin/env bash
# Installs what the build and the tests need, at pinned versions, skipping whatever is
# already present at the right version. Source it (`. scripts/setup.sh [--browser]`) so
# that PATH picks up the tools; --browser also installs Chromium for the browser tests.
set -euo pipefail

TRUNK_VERSION=0.21.14
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    say "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v cargo >/dev/null; then
  echo "cargo is missing: this project needs a Rust toolchain (rustup) on PATH" >&2
  exit 1
fi

if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep "^$component" >/dev/null; then
    rustup component add "$component"
  fi
done

# The release WebAssembly's pinned nightly (scripts/release-env.sh), with the standard
# library's source to rebuild and the wasm target.
read -r RELEASE_PINNED RELEASE_TOOLCHAIN < <(. "$ROOT/scripts/release-env.sh" && echo "$RELEASE_PINNED $RELEASE_TOOLCHAIN")
if ! rustup component list --installed --toolchain "$RELEASE_TOOLCHAIN" | grep '^rust-src' >/dev/null ||
  ! rustup target list --installed --toolchain "$RELEASE_TOOLCHAIN" | grep -x wasm32-unknown-unknown >/dev/null; then
  RELEASE_TOOLCHAIN="$RELEASE_PINNED"
  say "installing the $RELEASE_TOOLCHAIN toolchain of release builds"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (a few minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  # Not --locked: one of its locked dependencies is missing from the registry.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi

# wasm-opt (npm binaryen 132), Playwright and axe come from end2end/package-lock.json.
lock="$ROOT/end2end/package-lock.json"
stamp="$ROOT/end2end/node_modules/.lock-installed"
if [ ! -f "$stamp" ] || ! cmp -s "$lock" "$stamp"; then
  say "installing npm packages of end2end/ (exact versions from package-lock.json)"
  (cd "$ROOT/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  cp "$lock" "$stamp"
fi
# Debian's own wasm-opt (binaryen 108) writes modules that fail in Chromium: ours goes first.
export PATH="$ROOT/end2end/node_modules/.bin:$PATH"

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium chromium-driver
fi
# The build draws the fallback images with these fonts (examples/export_data.rs), and the
# Chinese pages are tested and looked at with a real CJK font, not tofu boxes. (No
# `grep -q` in these checks: it stops reading at the first match, and with pipefail the
# writer's broken pipe then counts as no match.)
fonts=()
fc-list 2>/dev/null | grep "DejaVu Sans" >/dev/null || fonts+=(fonts-dejavu-core)
fc-list :lang=zh 2>/dev/null | grep . >/dev/null || fonts+=(fonts-noto-cjk)
if [ "${#fonts[@]}" -gt 0 ]; then
  apt_install fontconfig "${fonts[@]}"
fi

# Fetch crates now: the build itself runs offline.
cargo fetch --locked --quiet
cargo fetch --locked --quiet --target wasm32-unknown-unknown
# …and the crates of the standard library that release builds rebuild.
cargo "+$RELEASE_TOOLCHAIN" fetch --locked --quiet \
  --manifest-path "$(rustc "+$RELEASE_TOOLCHAIN" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
