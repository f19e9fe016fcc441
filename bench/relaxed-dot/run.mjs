// node run.mjs [module.wasm] [rows,k,n]: times k16, kship, k8 and k14 (src/lib.rs) on one FFN-sized product,
// by default 128 rows × 384 × 1536, alternating, and prints multiply-adds per second and the ratios to k16.
// kship is k16's loop inside the shipped kernel's blocking (src/lib.rs).
import { readFileSync } from 'node:fs';

const path = process.argv[2] || new URL('./target/wasm32-unknown-unknown/release/relaxed_dot_probe.wasm', import.meta.url);
let exports;
try {
  ({ instance: { exports } } = await WebAssembly.instantiate(readFileSync(path)));
} catch (e) {
  console.error(`this runtime cannot compile the relaxed-SIMD module (${e.message}); Node ${process.version}`);
  process.exit(2);
}
exports.init();
const [rows, k, n] = (process.argv[3] ?? "128,384,1536").split(",").map(Number);
const best = { k16: Infinity, kship: Infinity, k8: Infinity, k14: Infinity };
for (let round = 0; round < 5; round++) {
  for (const f of Object.keys(best)) {
    for (let i = 0; i < 3; i++) exports[f](rows, k, n);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) exports[f](rows, k, n);
    best[f] = Math.min(best[f], (performance.now() - t0) / 20);
  }
}
console.log(`Node ${process.version}, ${rows}×${k}×${n}, best of 5 rounds of 20 calls`);
for (const [f, ms] of Object.entries(best)) {
  console.log(`${f.padEnd(4)} ${ms.toFixed(2)} ms  ${((rows * k * n) / ms / 1e6).toFixed(1)} G multiply-adds/s  ${(best.k16 / ms).toFixed(2)}× k16`);
}
