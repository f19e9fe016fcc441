// A short soak (the long ones are bench/soak.mjs and bench/soak-browser.mjs): the mixed soak
// workload against one Guard for up to 1,000 calls or 45 s, whichever comes first; after warm-up
// (the workload's largest calls once each, then 150 calls) the wasm linear memory must not grow at all and the JS heap (after a full GC) by at most 5 %.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Guard } from '../node.js';
import { makeWorkload, warmUp } from '../../bench/soak-workload.mjs';

setFlagsFromString('--expose-gc');
const gc = globalThis.gc ?? runInNewContext('gc');

test('1,000 mixed calls: no growth of wasm memory or JS heap after warm-up', () => {
  const guard = Guard.loadSync();
  const step = makeWorkload(guard, 7);
  const measure = () => {
    gc();
    return { heap: process.memoryUsage().heapUsed, wasm: Guard.wasmMemoryBytes() };
  };
  const deadline = performance.now() + 45_000;
  let calls = 0;
  warmUp(guard);
  while (calls < 150) step(++calls);
  const base = measure();
  while (calls < 1000 && performance.now() < deadline) step(++calls);
  const end = measure();
  assert.ok(calls >= 300, `only ${calls} calls in 45 s`);
  assert.equal(end.wasm, base.wasm, `wasm memory grew from ${base.wasm} to ${end.wasm} bytes over ${calls} calls`);
  assert.ok(end.heap <= base.heap * 1.05, `JS heap grew from ${base.heap} to ${end.heap} bytes over ${calls} calls`);
  guard.free();
});
