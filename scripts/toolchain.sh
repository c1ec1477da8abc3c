# Sourced by the other scripts: where the tools are, and how to run cargo for wasm32.
# The wasm path is chosen once by setup.sh and recorded in .tools/wasm-toolchain.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
WASM_TOOLCHAIN_FILE=.tools/wasm-toolchain
DEBIAN_RUST_BIN=$PWD/.tools/debian-rust/bin
mkdir -p .tools

# Runs cargo for wasm32-unknown-unknown. On the Debian path only Debian's cargo, rustc, rustdoc and
# clippy come first on PATH, and the build-std variables exist only inside this call, because
# they break native builds with the rustup toolchain.
wasm_cargo() {
  if [ "$(cat "$WASM_TOOLCHAIN_FILE")" = debian ]; then
    env PATH="$DEBIAN_RUST_BIN:$PATH" \
      RUSTC_BOOTSTRAP=1 \
      CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-22/bin/wasm-ld \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
      CARGO_TARGET_DIR=target/wasm-debian \
      cargo "$@"
  else
    env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
      CARGO_TARGET_DIR=target/wasm \
      cargo "$@"
  fi
}

wasm_target_dir() {
  if [ "$(cat "$WASM_TOOLCHAIN_FILE")" = debian ]; then echo target/wasm-debian; else echo target/wasm; fi
}

# The wasm features rustc emits for wasm32 (rustc --print cfg), for wasm-opt to accept.
WASM_OPT_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-reference-types --enable-multivalue --enable-mutable-globals)

# A wasm-bindgen package from a crate's wasm, optimised: wasm_package <name> <out dir> [wasm-opt
# options]. Shared by the engine's build and the bench's jieba-rs peer, which is built the same
# way. wasm-opt comes from the npm package binaryen (Debian's binaryen 108 corrupts wasm-bindgen
# output); the options given come before -O3, as --no-inline must.
wasm_package() {
  local name=$1 out=$2
  shift 2
  mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" \
    "$(wasm_target_dir)/wasm32-unknown-unknown/release/$name.wasm"
  node_modules/.bin/wasm-opt "$@" -O3 "${WASM_OPT_FEATURES[@]}" "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
}
