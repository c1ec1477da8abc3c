#!/usr/bin/env bash
# Makes this machine ready to build and test: the wasm32 standard library, wasm-bindgen-cli at the
# version Cargo.toml pins, npm dependencies, and Debian's Chromium for the browser tests.
# Idempotent: every step checks first, so a second run takes seconds. It installs only from the
# package registries (crates.io, npm, Debian); it never downloads a browser or binary elsewhere.
# Facts behind the choices: ../shared/TOOLCHAIN.md (when present) and ARCHITECTURE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

say() { printf 'setup: %s\n' "$*"; }

# A clean clone's build and tests write about 2.3 GB (target/, node_modules/), and a disk that runs
# out fails them with rustc's "No space left on device" halfway through: say so first (on a
# clone that has built before, most of that is there already).
free_mb=$(df -Pm . 2>/dev/null | awk 'NR == 2 { print $4 }') || true
if [ ! -d target ] && [ -n "$free_mb" ] && [ "$free_mb" -lt 2500 ]; then
  say "warning: only ${free_mb} MB free on this disk; a clean build and test needs about 2.5 GB"
fi

apt_updated=no
apt_install() {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    say "not root: using sudo for apt-get install $*"
    sudo=(sudo)
  fi
  if [ "$apt_updated" = no ]; then
    "${sudo[@]}" apt-get update -q >/dev/null
    apt_updated=yes
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "$@" >/dev/null
}

# 1. Native lints need rustfmt and clippy in the machine's rustup toolchain.
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding rustup component $component"
    timeout 120 rustup component add "$component"
  fi
done

# 2. The wasm32 standard library: rustup's target when it can be had quickly, otherwise Debian's
#    Rust with its std sources, built with build-std (scripts/toolchain.sh sets that up).
if [ ! -f "$WASM_TOOLCHAIN_FILE" ]; then
  if rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$' ||
    timeout 60 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
    echo rustup >"$WASM_TOOLCHAIN_FILE"
  else
    say "rustup's wasm32 target is not reachable: using Debian's Rust with build-std"
    echo debian >"$WASM_TOOLCHAIN_FILE"
  fi
fi
if [ "$(cat "$WASM_TOOLCHAIN_FILE")" = debian ]; then
  [ -x /usr/lib/llvm-22/bin/wasm-ld ] && [ -x /usr/bin/clippy-driver ] && [ -d /usr/lib/rustlib/src/rust ] ||
    apt_install rustc-web cargo-web rust-web-src rust-web-clippy lld-22
  mkdir -p "$DEBIAN_RUST_BIN"
  for tool in cargo rustc rustdoc cargo-clippy clippy-driver; do
    ln -sf "/usr/bin/$tool" "$DEBIAN_RUST_BIN/$tool"
  done
fi

# 3. wasm-bindgen-cli at exactly the version of the wasm-bindgen crate.
wanted=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' Cargo.toml)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wanted" ]; then
  say "installing wasm-bindgen-cli $wanted (a few minutes, once)"
  cargo install -q wasm-bindgen-cli --version "=$wanted"
fi

# 4. npm dependencies, from the committed lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dependencies"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 5. Debian's Chromium and ChromeDriver for the browser tests (never a downloaded browser), and a
#    CJK font so that screenshots show the Chinese text rather than empty boxes.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -d /usr/share/fonts/opentype/noto ]; then
  say "installing Debian's chromium, chromium-driver and fonts-noto-cjk"
  apt_install chromium chromium-driver fonts-noto-cjk
fi
