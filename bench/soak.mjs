// Soak test in Node: many scoring calls on mixed inputs (bench/soak-workload.mjs) against one
// Guard, with memory sampled every `--every` calls after a forced garbage collection. Fails (exit 1)
// when any metric grows more than `--limit` (default 5 %) between the end of the warm-up (first
// `--warmup` fraction of calls) and the end of the run.
//
//   node bench/soak.mjs [--calls 100000] [--every N] [--warmup 0.1] [--limit 0.05] [--seed 1] [--write]
//
// `--write` puts the report into bench/SOAK_RESULTS.md (section "node").
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { Guard } from '../js/node.js';
import { makeWorkload } from './soak-workload.mjs';
import { flags, report, writeSection } from './soak-report.mjs';

const opts = flags(process.argv.slice(2), { calls: '100000', warmup: '0.1', limit: '0.05', seed: '1' });
const calls = Number(opts.calls);
const every = Number(opts.every ?? Math.max(1, Math.round(calls / 50)));
const warmupCalls = Math.round(calls * Number(opts.warmup));
const limit = Number(opts.limit);

// A full collection before each sample, so heap figures measure what is retained, not garbage
// that has not been collected yet.
setFlagsFromString('--expose-gc');
const gc = globalThis.gc ?? runInNewContext('gc');

const metrics = ['rss', 'heapUsed', 'external', 'arrayBuffers', 'wasmMemory'];
// arrayBuffers stays in the kilobytes (the model lives in wasm memory), where a few kilobytes of
// noise would read as tens of percent: it is reported but not checked.
const checked = ['rss', 'heapUsed', 'external', 'wasmMemory'];
const samples = [];
let t0 = performance.now();
function sample(n) {
  gc();
  const m = process.memoryUsage();
  const s = { calls: n, seconds: (performance.now() - t0) / 1000, rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, wasmMemory: Guard.wasmMemoryBytes() };
  samples.push(s);
  const mb = (x) => (x / 2 ** 20).toFixed(1);
  console.log(`${String(n).padStart(7)} calls ${s.seconds.toFixed(0).padStart(5)} s  rss ${mb(s.rss)}  heap ${mb(s.heapUsed)}  external ${mb(s.external)}  arrayBuffers ${mb(s.arrayBuffers)}  wasm ${mb(s.wasmMemory)} MiB`);
}

const guard = await Guard.load();
const step = makeWorkload(guard, Number(opts.seed));
const counts = {};
// SIGINT/SIGTERM end the run early with a report of what was done (the loop yields at each sample).
let stop = false;
process.on('SIGINT', () => (stop = true)).on('SIGTERM', () => (stop = true));
t0 = performance.now();
sample(0);
let done = 0;
while (done < calls && !stop) {
  const kind = step(++done);
  counts[kind] = (counts[kind] ?? 0) + 1;
  if (done % every === 0 || done === calls) {
    sample(done);
    await new Promise((r) => setImmediate(r));
  }
}
if (samples[samples.length - 1].calls !== done) sample(done);
const seconds = (performance.now() - t0) / 1000;

const cmd = `node bench/soak.mjs --calls ${calls}`;
const extra = done < calls ? [`**Stopped early** at ${done.toLocaleString('en')} of ${calls.toLocaleString('en')} calls.`] : [];
const r = report({ title: 'Node', command: cmd, calls: done, seconds, counts, samples, metrics, checked, warmupCalls, limit, extra });
console.log(`\n${r.markdown}`);
if (opts.write) writeSection(fileURLToPath(new URL('SOAK_RESULTS.md', import.meta.url)), 'node', r.markdown);
if (r.failed.length) {
  console.error(`soak: memory grew more than ${100 * limit} % after warm-up: ${r.failed.join(', ')}`);
  process.exit(1);
}
