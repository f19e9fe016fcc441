// Node entry: instantiates the wasm module synchronously from the file next to this one.
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/palisade.js';
import { makeGuard } from './guard.js';

export { StreamBlockedError } from './guard.js';

let wasm;
function ensureReady() {
  wasm ??= initSync({ module: readFileSync(new URL('./pkg/palisade_bg.wasm', import.meta.url)) });
}

export const Guard = makeGuard(ensureReady, () => wasm?.memory.buffer.byteLength ?? 0);

