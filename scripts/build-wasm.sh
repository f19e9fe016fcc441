#!/usr/bin/env bash
# Builds the WebAssembly module with the embedded model and writes the JS bindings to js/pkg/.
# Uses Debian's rustc-web (the rustup toolchain here has no wasm32 target or rust-src).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
T0=$SECONDS
# The module embeds a tract plan compiled from model/palisade.onnx by the native CLI rather than the
# ONNX file: a plan loads without the ONNX parse, type inference and decluttering, which were most
# of a cold start in WebAssembly (bench/RESULTS.md). Kept per hash of the model and the engine code
# that writes and reads plans, so rebuilding the module for an unchanged model reuses the same bytes.
MODEL_KEY=$(cat model/palisade.onnx src/engine/*.rs Cargo.lock | sha256sum | cut -c1-32)
export PALISADE_PLAN="$CARGO_TARGET_DIR/plan/$MODEL_KEY.plan"
if [ ! -f "$PALISADE_PLAN" ]; then
  cargo build --release --features ort --bin palisade
  mkdir -p "$(dirname "$PALISADE_PLAN")"
  "$PALISADE_BIN" compile-plan --out "$PALISADE_PLAN.tmp" --model-dir model
  mv "$PALISADE_PLAN.tmp" "$PALISADE_PLAN"
fi
export CARGO=/usr/bin/cargo RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
# SIMD128 on by default: every current browser, Node >= 16 and workerd run it, and tract's kernels use it.
# PALISADE_WASM_SIMD=0 builds the scalar module the benchmark compares against (own target and
# output directories, so it never replaces the shipped one).
if [ "${PALISADE_WASM_SIMD:-1}" = 0 ]; then
  export RUSTFLAGS=""
  SIMD_FLAG=""
  TARGET_DIR="$CARGO_TARGET_DIR/wasm-nosimd"
  OUT="${PALISADE_WASM_OUT:-bench/work/pkg-nosimd}"
else
  export RUSTFLAGS="-C target-feature=+simd128"
  SIMD_FLAG="--enable-simd"
  TARGET_DIR="$CARGO_TARGET_DIR/wasm"
  OUT="${PALISADE_WASM_OUT:-js/pkg}"
fi
# build_module FEATURES OUT_DIR: cargo, then wasm-bindgen's module and glue into OUT_DIR.
build_module() {
  /usr/bin/cargo build --profile wasm --lib --no-default-features --features "$1" \
    -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown --target-dir "$TARGET_DIR"
  rm -rf "$2" && mkdir -p "$2"
  # No name or producers section: they are 3.6 MB of the module and only help a profiler.
  wasm-bindgen --target web --remove-name-section --remove-producers-section --out-dir "$2" --out-name palisade \
    "$TARGET_DIR"/wasm32-unknown-unknown/wasm/palisade.wasm
}
build_module embedded-plan "$OUT"
# A second module, feature `relaxed-simd`, which the JS entries load where WebAssembly.validate
# accepts relaxed SIMD (Chrome, Node >= 22; not Node 20 or Safari): the `tract-int7` engine's kernel
# uses its int8 dot product there (src/engine/kernel7.rs), 2.4x the default kernel's loop in Node 24
# (bench/relaxed-dot/). Only that function has the target feature (compiling the whole crate with
# +relaxed-simd let LLVM and tract use relaxed instructions in f32 code too, and the default engine's
# scores moved by ~1e-4), so every engine scores bit for bit as in the SIMD128 module
# (js/test/browser.test.mjs). Its glue must be byte for byte the plain module's, since one palisade.js
# serves both. Same target directory: only the palisade crate is compiled again.
# PALISADE_WASM_RELAXED=0 skips it (quicker local rebuilds).
if [ "${PALISADE_WASM_SIMD:-1}" != 0 ] && [ "${PALISADE_WASM_RELAXED:-1}" != 0 ]; then
  RELAXED_OUT="$CARGO_TARGET_DIR/wasm-relaxed-pkg"
  build_module embedded-plan,relaxed-simd "$RELAXED_OUT"
  rm -f "$RELAXED_OUT/.gitignore"
  for f in palisade.js palisade.d.ts palisade_bg.wasm.d.ts; do
    cmp -s "$OUT/$f" "$RELAXED_OUT/$f" || { echo "the relaxed-SIMD module's $f differs from the plain module's" >&2; exit 1; }
  done
  cp "$RELAXED_OUT/palisade_bg.wasm" "$OUT/palisade_relaxed_bg.wasm"
fi
T1=$SECONDS
# No wasm-opt by default. rustc's LTO output is already optimised, and binaryen's -O3 (inlining into
# large functions) made the module slower to start: V8 compiles each function lazily on its first call
# and tiers hot ones up in the background, and both take longer on its bigger functions. Fresh Node
# processes, same crate: process start to first score 890 -> 777 ms (medians of 5), the next 15 short
# texts 758 -> 389 ms, steady state the same, gzip size the same (bench/RESULTS.md, log).
# PALISADE_WASM_OPT="-O3" (or -Os, -O2) runs wasm-opt again, to reproduce that comparison; it takes
# minutes on this module, so its output is reused while wasm-bindgen's output is unchanged.
if [ -n "${PALISADE_WASM_OPT:-}" ]; then
  OPT_CACHE="$TARGET_DIR/opt-cache"
  KEY=$( (echo "$PALISADE_WASM_OPT"; cat "$OUT/palisade_bg.wasm") | sha256sum | cut -c1-32)
  if [ -f "$OPT_CACHE/$KEY.wasm" ]; then
    cp "$OPT_CACHE/$KEY.wasm" "$OUT/palisade_bg.wasm"
    echo "wasm-opt: unchanged input, reused $OPT_CACHE/$KEY.wasm"
  else
    wasm-opt $PALISADE_WASM_OPT $SIMD_FLAG --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-reference-types --enable-multivalue --enable-mutable-globals \
      "$OUT/palisade_bg.wasm" -o "$OUT/palisade_bg.opt.wasm"
    mv "$OUT/palisade_bg.opt.wasm" "$OUT/palisade_bg.wasm"
    rm -rf "$OPT_CACHE" && mkdir -p "$OPT_CACHE" && cp "$OUT/palisade_bg.wasm" "$OPT_CACHE/$KEY.wasm"
  fi
fi
rm -f "$OUT/.gitignore"
size() { stat -c %s "$1"; }
gz() { gzip -9 -c "$1" | wc -c; }
W="$OUT/palisade_bg.wasm"
printf 'built %s in %ss (of which after cargo: %ss)\n' "$W" $((SECONDS - T0)) $((SECONDS - T1))
printf '  %-28s %10s bytes raw  %10s bytes gzip\n' "palisade_bg.wasm (all)" "$(size $W)" "$(gz $W)"
printf '  %-28s %10s bytes raw  %10s bytes gzip\n' "  of which the model's plan" "$(size $PALISADE_PLAN)" "$(gz $PALISADE_PLAN)"
printf '  %-28s %10s bytes raw  %10s bytes gzip\n' "  of which tokenizer.json" "$(size model/tokenizer.json)" "$(gz model/tokenizer.json)"
printf '  %-28s %10s bytes raw  %10s bytes gzip\n' "palisade.js (glue)" "$(size $OUT/palisade.js)" "$(gz $OUT/palisade.js)"
if [ -f "$OUT/palisade_relaxed_bg.wasm" ]; then
  printf '  %-28s %10s bytes raw  %10s bytes gzip\n' "palisade_relaxed_bg.wasm" "$(size $OUT/palisade_relaxed_bg.wasm)" "$(gz $OUT/palisade_relaxed_bg.wasm)"
fi
