# Shared settings for the build scripts (sourced, not run).
export PALISADE_CACHE="${PALISADE_CACHE:-$HOME/.cache/palisade}"
export WASM_BINDGEN_VERSION=0.2.130
export BINARYEN_VERSION=132.0.0
export PATH="$PALISADE_CACHE/tools/bin:$PALISADE_CACHE/npm/node_modules/.bin:$PATH"
# pip's onnxruntime wheel ships the shared library the native `ort` engine loads at run time.
if [ -z "${ORT_DYLIB_PATH:-}" ]; then
  _ort=$(python3 -c 'import onnxruntime,os,glob;print((glob.glob(os.path.join(os.path.dirname(onnxruntime.__file__),"capi","libonnxruntime.so*"))+[""])[0])' 2>/dev/null || true)
  [ -n "$_ort" ] && export ORT_DYLIB_PATH="$_ort"
fi
# One cargo target dir outside the checkout, so a fresh clone on the same machine (CI) reuses builds.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PALISADE_CACHE/target}"
export PALISADE_BIN="${PALISADE_BIN:-$CARGO_TARGET_DIR/release/palisade}"
