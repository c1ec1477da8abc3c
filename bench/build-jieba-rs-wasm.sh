#!/usr/bin/env bash
# Builds bench/jieba-rs-wasm the way scripts/build.sh builds the engine (cargo → wasm-bindgen →
# wasm-opt -O3) into target/bench/jieba-rs-wasm, with jieba-rs's own full dictionary beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
manifest=bench/jieba-rs-wasm/Cargo.toml
out=target/bench/jieba-rs-wasm
wasm_cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path "$manifest"
wasm_package jieba_rs_wasm_peer "$out"
# The dictionary native jieba-rs builds in (`Jieba::new()`), from the crate's own source.
crate_dir=$(cargo metadata --quiet --format-version 1 --manifest-path "$manifest" |
  node -e 'const m = JSON.parse(require("fs").readFileSync(0, "utf8"));
    console.log(require("path").dirname(m.packages.find((p) => p.name === "jieba-rs").manifest_path))')
cp "$crate_dir/src/data/dict.txt" "$out/dict.txt"
