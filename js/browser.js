// Browser entry: instantiates the wasm module (streaming when the server sends application/wasm)
// from the file next to this one; bundlers that understand `new URL(..., import.meta.url)` copy it.
import init from './pkg/palisade.js';
import { makeGuard } from './guard.js';
import { hasRelaxedSimd } from './relaxed.js';

export { StreamBlockedError } from './guard.js';

let ready;
let wasm;
function ensureReady() {
  ready ??= init({ module_or_path: moduleUrl() }).then((exports) => {
    wasm = exports;
  });
  return ready;
}

/**
 * The module this browser loads: the relaxed-SIMD build where it compiles (Chrome, Edge, Firefox),
 * else the SIMD128 one (Safari). Both give the same scores on every engine; `tract-int7` is faster
 * in the first. Written out twice so that bundlers see both files.
 */
function moduleUrl() {
  return hasRelaxedSimd()
    ? new URL('./pkg/palisade_relaxed_bg.wasm', import.meta.url)
    : new URL('./pkg/palisade_bg.wasm', import.meta.url);
}

export const Guard = makeGuard(ensureReady, () => wasm?.memory.buffer.byteLength ?? 0);
