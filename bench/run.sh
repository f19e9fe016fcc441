#!/usr/bin/env bash
# The whole benchmark in one command: bench deps, the native CLI, the no-SIMD module, then
# engines.mjs → bench/RESULTS.md and bench/latency.svg. Run on a quiet machine (minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -f js/pkg/palisade_bg.wasm ] || bash scripts/build-wasm.sh
# onnxruntime-node's install script downloads CUDA packages from nuget; its CPU binaries ship in the package.
(cd bench && npm ci --ignore-scripts --no-audit --no-fund)
cargo build --release --features ort
PALISADE_WASM_SIMD=0 bash scripts/build-wasm.sh
node bench/engines.mjs "$@"
