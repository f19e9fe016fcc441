// Browser entry: instantiates the wasm module (streaming when the server sends application/wasm)
// from the file next to this one; bundlers that understand `new URL(..., import.meta.url)` copy it.
import init from './pkg/palisade.js';
import { makeGuard } from './guard.js';

export { StreamBlockedError } from './guard.js';

let ready;
let wasm;
function ensureReady() {
  ready ??= init({ module_or_path: new URL('./pkg/palisade_bg.wasm', import.meta.url) }).then((exports) => {
    wasm = exports;
  });
  return ready;
}

export const Guard = makeGuard(ensureReady, () => wasm?.memory.buffer.byteLength ?? 0);
