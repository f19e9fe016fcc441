// node bench/load-hash.mjs (after scripts/build-wasm.sh). Issue 5: what hashing the model with WebCrypto saves.
// fromBytes load time: model hashed inside wasm (fromBytes) vs by WebCrypto (fromBytesPrehashed), same process, alternating.
import { readFileSync } from 'node:fs';
import { Guard as WasmGuard } from '../js/pkg/palisade.js';
import { Guard } from '../js/node.js';
await Guard.load(); // instantiate the module
const model = readFileSync(new URL('../model/palisade.onnx', import.meta.url));
const tok = readFileSync(new URL('../model/tokenizer.json', import.meta.url));
const cfg = readFileSync(new URL('../model/config.json', import.meta.url), 'utf8');
const t = { wasm: [], webcrypto: [], hashOnlyWasm: [], hashOnlyCrypto: [] };
for (let i = 0; i < 5; i++) {
  let s = performance.now(); WasmGuard.fromBytes(model, tok, cfg).free(); t.wasm.push(performance.now() - s);
  s = performance.now();
  const d = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', model)), (b) => b.toString(16).padStart(2, '0')).join('');
  t.hashOnlyCrypto.push(performance.now() - s);
  WasmGuard.fromBytesPrehashed(model, d, tok, cfg).free(); t.webcrypto.push(performance.now() - s);
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1].toFixed(0);
console.log(`fromBytes, hash in wasm: ${med(t.wasm)} ms; WebCrypto digest + fromBytesPrehashed: ${med(t.webcrypto)} ms (digest alone ${med(t.hashOnlyCrypto)} ms); ratio ${(med(t.webcrypto) / med(t.wasm)).toFixed(2)}; 5 runs each, alternating, median`);
