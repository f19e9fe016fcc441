// Node entry: instantiates the wasm module synchronously from the file next to this one: the
// relaxed-SIMD build where this Node compiles it (22 and later), else the SIMD128 one. Both give the
// same scores on every engine; `tract-int7` is faster in the first (src/engine/kernel7.rs).
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/palisade.js';
import { makeGuard } from './guard.js';
import { hasRelaxedSimd } from './relaxed.js';

export { StreamBlockedError } from './guard.js';

let wasm;
function ensureReady() {
  wasm ??= initSync({ module: readFileSync(new URL(moduleFile(), import.meta.url)) });
}

/** The module file this runtime loads (the relaxed-SIMD one where it compiles). */
function moduleFile() {
  return hasRelaxedSimd() ? './pkg/palisade_relaxed_bg.wasm' : './pkg/palisade_bg.wasm';
}

export const Guard = makeGuard(ensureReady, () => wasm?.memory.buffer.byteLength ?? 0);

