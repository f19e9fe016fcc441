// Palisade's WebAssembly module vs the peers on the same model, the same text and the same windows
// (issue: benchmarks — a first cut; see "Not yet" at the end of RESULTS.md).
//   cd bench && npm install --ignore-scripts && node engines.mjs [--quick]
// Peers: onnxruntime-web (the wasm backend transformers.js uses; SIMD, 1 thread) with
// transformers.js's tokenizer (@huggingface/tokenizers), and onnxruntime-node (native CPU; 1 thread
// and default threads). Palisade's time includes normalisation and tokenisation; so do the peers'.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Tokenizer } from '@huggingface/tokenizers';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import { Guard } from '../js/node.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean' } } });
const RUNS = values.quick ? 5 : 20;
const repo = new URL('../', import.meta.url);
const modelBytes = readFileSync(new URL('model/palisade.onnx', repo));
const tokenizerJson = JSON.parse(readFileSync(new URL('model/tokenizer.json', repo), 'utf8'));
const { window: win, special_tokens: sp, labels } = JSON.parse(readFileSync(new URL('model/config.json', repo), 'utf8'));
const tok = new Tokenizer(tokenizerJson, {});

// Real text of N tokens: prefixes of the held-out long answers.
const long = readFileSync(new URL('tests/data/long_answers.jsonl', repo), 'utf8').trim().split('\n').map((l) => JSON.parse(l).text).join('\n\n');
function textOf(tokens) {
  let lo = 1, hi = long.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tok.encode(long.slice(0, mid), { add_special_tokens: false }).ids.length < tokens) lo = mid + 1;
    else hi = mid;
  }
  return long.slice(0, lo);
}
const lengths = values.quick ? [16, 128] : [16, 128, 512, 2048];
const inputs = Object.fromEntries(lengths.map((n) => [n, textOf(n)]));

/** Palisade's windows: 126 tokens + CLS/SEP, stride 96, padded into one batch. */
function windowsOf(text) {
  const ids = tok.encode(text, { add_special_tokens: false }).ids;
  const span = win.size - 2;
  const ranges = [];
  if (ids.length <= span) ranges.push([0, ids.length]);
  else for (let s = 0; ; s += win.stride) {
    const e = Math.min(s + span, ids.length);
    ranges.push([s, e]);
    if (e === ids.length) break;
  }
  const cols = Math.max(...ranges.map(([s, e]) => e - s)) + 2;
  const idsArr = new BigInt64Array(ranges.length * cols).fill(BigInt(sp.pad));
  const mask = new BigInt64Array(ranges.length * cols);
  ranges.forEach(([s, e], r) => {
    const row = [sp.cls, ...ids.slice(s, e), sp.sep];
    row.forEach((t, j) => {
      idsArr[r * cols + j] = BigInt(t);
      mask[r * cols + j] = 1n;
    });
  });
  return { rows: ranges.length, cols, idsArr, mask };
}

function peer(ort, session) {
  return async (text) => {
    const w = windowsOf(text);
    const feeds = { input_ids: new ort.Tensor('int64', w.idsArr, [w.rows, w.cols]), attention_mask: new ort.Tensor('int64', w.mask, [w.rows, w.cols]) };
    const out = await session.run(feeds);
    const probs = out[session.outputNames[0]].data;
    const best = labels.map((_, j) => Math.max(...Array.from({ length: w.rows }, (_, r) => probs[r * labels.length + j])));
    return best;
  };
}

async function timeIt(fn) {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const engines = [];
{
  const t0 = performance.now();
  const guard = await Guard.load();
  const cold = performance.now() - t0;
  engines.push({ name: 'Palisade wasm (tract, SIMD)', cold, score: async (t) => labels.map((l) => guard.scorePrompt(t).labels[l]) });
}
{
  ortWeb.env.wasm.numThreads = 1;
  const t0 = performance.now();
  const s = await ortWeb.InferenceSession.create(modelBytes, { executionProviders: ['wasm'] });
  engines.push({ name: 'onnxruntime-web wasm (transformers.js backend), 1 thread', cold: performance.now() - t0, score: peer(ortWeb, s) });
}
for (const threads of [1, 0]) {
  const t0 = performance.now();
  const s = await ortNode.InferenceSession.create(modelBytes, { intraOpNumThreads: threads, interOpNumThreads: 1 });
  engines.push({ name: `onnxruntime-node native, ${threads || 'default'} thread${threads === 1 ? '' : 's'}`, cold: performance.now() - t0, score: peer(ortNode, s) });
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const rows = [];
for (const e of engines) {
  const r = { name: e.name, cold: e.cold, lat: {}, diff: 0 };
  for (const n of lengths) {
    for (let i = 0; i < 3; i++) await e.score(inputs[n]); // warm-up
    const ms = [];
    for (let i = 0; i < RUNS; i++) ms.push(await timeIt(() => e.score(inputs[n])));
    r.lat[n] = { p50: quantile(ms, 0.5), p95: quantile(ms, 0.95) };
    const mine = await e.score(inputs[n]);
    const ref = await engines[0].score(inputs[n]);
    r.diff = Math.max(r.diff, ...mine.map((p, j) => Math.abs(p - ref[j])));
  }
  rows.push(r);
}

const f = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const webRow = rows[1];
const nativeRow = rows[2];
const wasm = readFileSync(new URL('js/pkg/palisade_bg.wasm', repo));
const webWasm = readFileSync(new URL('node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm', import.meta.url));
const lines = [
  '# Palisade vs peers on the same model (first cut)',
  '',
  `${new Date().toISOString().slice(0, 10)} · ${os.cpus()[0].model} (${os.cpus().length} cores) · Node ${process.version} · \`cd bench && node engines.mjs${values.quick ? ' --quick' : ''}\` · medians of ${RUNS} runs after 3 warm-up runs`,
  '',
  'Same ONNX file (model/palisade.onnx, int8 weights dequantised in-graph), same windows (126 tokens, stride 96) for every engine; inputs are prefixes of tests/data/long_answers.jsonl.',
  '',
  `| engine | load (ms) | ${lengths.map((n) => `${n} tok p50 / p95 (ms)`).join(' | ')} | ${lengths.map((n) => `${n} tok vs web`).join(' | ')} | ${lengths.map((n) => `${n} tok vs native 1T`).join(' | ')} | max abs diff vs Palisade |`,
  `|${'---|'.repeat(3 + lengths.length * 3)}`,
  ...rows.map((r) => `| ${r.name} | ${f(r.cold)} | ${lengths.map((n) => `${f(r.lat[n].p50)} / ${f(r.lat[n].p95)}`).join(' | ')} | ${lengths.map((n) => (r.lat[n].p50 / webRow.lat[n].p50).toFixed(2) + '×').join(' | ')} | ${lengths.map((n) => (r.lat[n].p50 / nativeRow.lat[n].p50).toFixed(2) + '×').join(' | ')} | ${r.diff.toExponential(1)} |`),
  '',
  `Bytes: Palisade ships one module of ${(wasm.length / 1e6).toFixed(1)} MB (${(gzipSync(wasm).length / 1e6).toFixed(1)} MB gzip) with model and tokenizer inside; onnxruntime-web's wasm alone is ${(webWasm.length / 1e6).toFixed(1)} MB (${(gzipSync(webWasm).length / 1e6).toFixed(1)} MB gzip), plus the ${(modelBytes.length / 1e6).toFixed(1)} MB model and the tokenizer.`,
  '',
  'Not yet (issue: benchmarks): a non-SIMD Palisade build, Palisade native (tract, ort) in the same table, transformers.js pipelines end to end, the 64-prompt batch, peak RSS, process-level cold start, a plot.',
  '',
];
const md = lines.join('\n');
console.log(md);
if (!values.quick) writeFileSync(new URL('RESULTS.md', import.meta.url), md);
