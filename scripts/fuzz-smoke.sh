#!/usr/bin/env bash
# Fuzz smoke: builds the cargo-fuzz targets (fuzz/) and runs each for a bounded time, starting
# from the committed seed corpus. Any crash, panic, timeout or OOM fails it.
# Installs cargo-fuzz into the tool cache when missing. Takes ≤ 2 min once the tool and the fuzz
# target dir are cached (a first build compiles every dependency with ASan: 20-45 min on 2 cores).
#
#   bash scripts/fuzz-smoke.sh                 # every target, the default budget
#   FUZZ_SECONDS=600 bash scripts/fuzz-smoke.sh score   # one target, longer
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
CARGO_FUZZ_VERSION=0.13.2
# Its own target dir: sanitizer flags differ from every other build, and a separate dir keeps
# the fuzz build from holding the lock of the shared one.
export CARGO_TARGET_DIR="$PALISADE_CACHE/fuzz-target"

# cargo-fuzz needs nightly compiler flags (-Zsanitizer): the rustup nightly where there is one,
# else the stable compiler with RUSTC_BOOTSTRAP=1 (it accepts the same flags).
if cargo +nightly --version >/dev/null 2>&1; then
  FUZZ=(cargo +nightly fuzz)
else
  export RUSTC_BOOTSTRAP=1
  FUZZ=(cargo fuzz)
fi
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  echo "installing cargo-fuzz $CARGO_FUZZ_VERSION into $PALISADE_CACHE/tools"
  cargo install -q cargo-fuzz --version "=$CARGO_FUZZ_VERSION" --root "$PALISADE_CACHE/tools"
fi

# Seconds per target: the cheap ones need little to cover their code; the model is ~5-50 ms per run.
declare -A SECONDS_FOR=([normalise]=20 [tokenise_window]=20 [score]=45)
# Longest input: whole windows of text for the cheap targets; the model's cost grows with length.
declare -A MAX_LEN=([normalise]=4096 [tokenise_window]=4096 [score]=1024)
TARGETS=("${@:-normalise tokenise_window score}")
read -r -a TARGETS <<<"${TARGETS[*]}"

cd fuzz
t0=$SECONDS
"${FUZZ[@]}" build -O
echo "fuzz targets built in $((SECONDS - t0))s"
for target in "${TARGETS[@]}"; do
  secs=${FUZZ_SECONDS:-${SECONDS_FOR[$target]}}
  # Start from the committed seeds only: replaying the long runs' corpora (fuzz/README.md) would
  # take minutes before the first new input. New inputs go to a scratch dir, never into the seeds.
  work=$(mktemp -d)
  log=$(mktemp)
  if ! "${FUZZ[@]}" run -O "$target" "$work" "corpus/$target" -- \
      -max_total_time="$secs" -max_len="${MAX_LEN[$target]}" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz smoke: $target FAILED (reproducer under fuzz/artifacts/$target/)" >&2
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  printf '  %-16s %8s execs in %3ss, no crash\n' "$target" "$runs" "$secs"
  rm -rf "$log" "$work"
done
echo "fuzz smoke passed in $((SECONDS - t0))s"
