// Edge-worker entry (workerd / Cloudflare Workers): the runtime only accepts pre-compiled wasm, so
// the module is imported statically (bundlers and `wrangler` turn the import into a WebAssembly.Module).
// The SIMD128 build, not the relaxed-SIMD one: a Worker uploads what it imports, and one 47 MB module
// is already the bulk of a Worker's size; `tract-int7` runs here with the same scores, on the SIMD128 loop.
import wasmModule from './pkg/palisade_bg.wasm';
import { initSync } from './pkg/palisade.js';
import { makeGuard } from './guard.js';

export { StreamBlockedError } from './guard.js';

let wasm;
function ensureReady() {
  wasm ??= initSync({ module: wasmModule });
}

export const Guard = makeGuard(ensureReady, () => wasm?.memory.buffer.byteLength ?? 0);
