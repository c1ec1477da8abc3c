#!/usr/bin/env bash
# Builds the engine to wasm (cargo → wasm-bindgen → wasm-opt) and bundles the page into www/dist.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

wasm_cargo build --quiet --lib --release --target wasm32-unknown-unknown
# -ocimfs caps inlining of functions with one caller: uncapped, -O3 folds the whole analysis into
# the exported `analyze` (146 KB of code in one function), which the browser compiles on first
# use (tens of ms before the first result) and again when it turns hot, and that optimising
# compile raised the renderer's peak memory by about 30 MB (see docs/performance.md, peak
# memory). At 200 bytes rather than 2000, Node 20's V8 analyses 10-13% faster (interleaved, same
# run) and Chromium's newer V8 as fast: large one-caller functions folded into their callers made
# V8 11's optimised code slower, while newer V8s inline small wasm functions themselves.
# --no-inline keeps three loops that run while the engine starts in functions of their own (they
# are #[inline(never)] in Rust too): the browser compiles a function again, optimised, once it has
# run long enough, and inlined into Engine::new or analyze each made that second compile cover the
# whole caller (up to 42 KB) during the first result.
wasm_package stance www/dist/pkg \
  '--no-inline=stance::dictionary::Unpacked::new*' \
  '--no-inline=stance::dictionary::Unpacked::frequencies_of*' \
  '--no-inline=stance::segment::Dictionary::load_for*' \
  -ocimfs 200
node scripts/build-web.mjs
