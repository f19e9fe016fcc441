#!/usr/bin/env bash
# Builds the probe with Debian's rustc-web (../../scripts/bootstrap.sh installs it), as the module is.
set -euo pipefail
cd "$(dirname "$0")"
RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS="-C target-feature=+simd128" \
  /usr/bin/cargo build --release -Zbuild-std=core,panic_abort --target wasm32-unknown-unknown
