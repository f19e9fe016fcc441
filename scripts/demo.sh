#!/usr/bin/env bash
# From a bare machine to Palisade scoring sample prompts through the WebAssembly module in Node.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/build-wasm.sh
node js/examples/demo.mjs "$@"
