#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: formatting and lints, native tests,
# the engine in wasm (Node, then headless Chromium), then the built page end to end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

step() { printf '\n== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check
# The bench's jieba-rs peer is a package of its own, built only for wasm32.
cargo fmt --check --manifest-path bench/jieba-rs-wasm/Cargo.toml

step "cargo clippy, native"
cargo clippy --quiet --all-targets -- -D warnings

step "cargo clippy, wasm32"
wasm_cargo clippy --quiet --target wasm32-unknown-unknown --lib --tests -- -D warnings
wasm_cargo clippy --quiet --target wasm32-unknown-unknown \
  --manifest-path bench/jieba-rs-wasm/Cargo.toml -- -D warnings

step "cargo test, native"
cargo test --quiet

step "wasm-bindgen-test in Node"
wasm_cargo test --target wasm32-unknown-unknown --test wasm

step "wasm-bindgen-test in headless Chromium"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
  wasm_cargo test --target wasm32-unknown-unknown --test wasm

step "build the page"
bash scripts/build.sh

step "end-to-end tests in Chromium (screenshots in test-results/)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs
