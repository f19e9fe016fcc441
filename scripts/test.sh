#!/usr/bin/env bash
# Runs every test: model pipeline smoke, Rust (unit, integration, both engines, tokenizer parity,
# CLI), the wasm build, and the npm package's tests in Node. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
T0=$SECONDS
section() { printf '\n=== %s (t=%ss)\n' "$1" $((SECONDS - T0)); }

section "bootstrap"
bash scripts/bootstrap.sh

section "model pipeline smoke (data, contamination check, training, export on a tiny subset)"
python3 model/train/train.py --smoke 2>&1 | grep -E "contamination|rows$|kept|AUROC|chose|max abs|done in"

section "rust: cargo test --release --features ort"
cargo test --release --features ort

section "wasm build"
bash scripts/build-wasm.sh

section "js: node --test (npm package against the built wasm module)"
node --test --test-concurrency=1 js/test/*.test.mjs

printf '\nall tests passed in %ss\n' $((SECONDS - T0))
