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
# wasm-opt -O3 takes about a minute, so the package is made again only when something it is made
# from changed: <out dir>/.packaged records a hash of the crate's wasm, the tools' versions and
# the options, and the hashes of the files the package then holds. One whose files changed since
# (a `wasm-opt -g` run by hand) or were never finished has no matching record and is made again.
wasm_package() {
  local name=$1 out=$2
  shift 2
  local wasm stamp inputs
  wasm="$(wasm_target_dir)/wasm32-unknown-unknown/release/$name.wasm"
  stamp="$out/.packaged"
  local bindgen_options=(--target web --no-typescript)
  local opt_options=("$@" -O3 "${WASM_OPT_FEATURES[@]}")
  inputs=$({
    sha256sum <"$wasm"
    wasm-bindgen --version
    sha256sum <node_modules/binaryen/package.json
    printf '%s\n' "${bindgen_options[@]}" -- "${opt_options[@]}"
  } | sha256sum)
  if [ -f "$stamp" ] && [ "$(head -n 1 "$stamp")" = "$inputs" ] &&
    (cd "$out" && tail -n +2 .packaged | sha256sum --check --status); then
    echo "$name.wasm unchanged since it was packaged into $out: packaging skipped"
    return
  fi
  echo "packaging $name.wasm into $out: wasm-bindgen, then wasm-opt -O3 (up to a minute)…"
  rm -f "$stamp"
  mkdir -p "$out"
  wasm-bindgen "${bindgen_options[@]}" --out-dir "$out" "$wasm"
  node_modules/.bin/wasm-opt "${opt_options[@]}" "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
  local made
  # The two files wasm-bindgen and wasm-opt make, not all the folder holds: the bench copies its
  # dictionary in beside them.
  made=$(cd "$out" && sha256sum "$name.js" "${name}_bg.wasm")
  printf '%s\n%s\n' "$inputs" "$made" >"$stamp"
}
