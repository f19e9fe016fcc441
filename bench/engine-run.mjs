// One engine of the benchmark, in a process of its own so that cold start and peak RSS are its
// alone. Spawned by engines.mjs:  node engine-run.mjs ENGINE INPUTS.json
// Prints one JSON report with the same fields as `palisade bench` (the native rows).
//
// Engines:
//   palisade          Palisade's shipped module (js/pkg: SIMD128), integer kernel for the int8 weights
//   palisade-f32      the same module with `engine: 'tract-f32'` (tract's f32 kernels)
//   palisade-int7     the same with `engine: 'tract-int7'` (7-bit activations; relaxed SIMD where Node has it)
//   palisade-nosimd   the same crate built without SIMD128 (bench/work/js-nosimd, see engines.mjs)
//   ort-web           onnxruntime-web's wasm backend (what transformers.js runs on), 1 thread,
//                     with transformers.js's tokenizer (@huggingface/tokenizers)
//   ort-node-1        onnxruntime-node (native), 1 intra-op thread
//   ort-node-default  onnxruntime-node with its default thread count
// Peers score Palisade's windows exactly as Palisade does (same windows, same length groups) and
// max-pool over them; their time includes tokenisation, as Palisade's includes normalisation.
import { readFileSync } from 'node:fs';

const [engine, inputsPath] = process.argv.slice(2);
const inputs = JSON.parse(readFileSync(inputsPath, 'utf8'));
const repo = new URL('../', import.meta.url);
// The shipped model, or the folder `engines.mjs --model fp32` wrote (same files, other weights).
const modelDir = inputs.model_dir ? new URL(`file://${inputs.model_dir}/`) : new URL('model/', repo);
const artefact = (name) => readFileSync(new URL(name, modelDir));
const now = () => performance.now(); // milliseconds since this process started

async function palisade(entry, engine) {
  const { Guard } = await import(entry);
  const imported = now();
  const guard = inputs.model_dir
    ? await Guard.load({ model: artefact('palisade.onnx'), tokenizer: artefact('tokenizer.json'), config: artefact('config.json'), engine })
    : await Guard.load({ engine });
  const labels = guard.config.labels;
  return { imported, labels, score: (t) => guard.scorePrompt(t).labels, batch: (ts) => guard.scoreBatch(ts) };
}

/** Palisade's windowing: 126 tokens + CLS/SEP, stride 96; rows grouped by length (≥ 85 % of the group's longest). */
function windowGroups(ids, win, sp) {
  const span = win.size - 2;
  const ranges = [];
  if (ids.length <= span) ranges.push([0, ids.length]);
  else for (let s = 0; ; s += win.stride) {
    const e = Math.min(s + span, ids.length);
    ranges.push([s, e]);
    if (e === ids.length) break;
  }
  const rows = ranges.map(([s, e]) => [sp.cls, ...ids.slice(s, e), sp.sep]).sort((a, b) => b.length - a.length);
  const groups = [];
  for (const row of rows) {
    const g = groups.at(-1);
    if (g && row.length >= g[0].length * 0.85) g.push(row);
    else groups.push([row]);
  }
  return groups.map((g) => {
    const cols = g[0].length;
    const idsArr = new BigInt64Array(g.length * cols).fill(BigInt(sp.pad));
    const mask = new BigInt64Array(g.length * cols);
    g.forEach((row, r) => row.forEach((t, j) => { idsArr[r * cols + j] = BigInt(t); mask[r * cols + j] = 1n; }));
    return { rows: g.length, cols, idsArr, mask };
  });
}

async function peer(ortModule, sessionOptions, configure) {
  const ort = await import(ortModule);
  const { Tokenizer } = await import('@huggingface/tokenizers');
  const imported = now();
  configure?.(ort);
  const config = JSON.parse(artefact('config.json'));
  const tok = new Tokenizer(JSON.parse(artefact('tokenizer.json')), {});
  const session = await ort.InferenceSession.create(artefact('palisade.onnx'), sessionOptions);
  const n = config.labels.length;
  const score = async (text) => {
    const best = new Array(n).fill(0);
    for (const w of windowGroups(tok.encode(text, { add_special_tokens: false }).ids, config.window, config.special_tokens)) {
      const out = await session.run({
        input_ids: new ort.Tensor('int64', w.idsArr, [w.rows, w.cols]),
        attention_mask: new ort.Tensor('int64', w.mask, [w.rows, w.cols]),
      });
      // The model's output has more columns than the labels (harm categories, then the output and
      // stream heads' columns): a row's labels are its first n columns, at the output's own stride.
      const probs = out[session.outputNames[0]];
      const width = probs.dims[1];
      for (let r = 0; r < w.rows; r++) for (let j = 0; j < n; j++) best[j] = Math.max(best[j], probs.data[r * width + j]);
    }
    return Object.fromEntries(config.labels.map((l, j) => [l, best[j]]));
  };
  return { imported, labels: config.labels, score, batch: async (ts) => { for (const t of ts) await score(t); } };
}

const makers = {
  palisade: () => palisade(new URL('js/node.js', repo).href),
  'palisade-f32': () => palisade(new URL('js/node.js', repo).href, 'tract-f32'),
  'palisade-int7': () => palisade(new URL('js/node.js', repo).href, 'tract-int7'),
  'palisade-nosimd': () => palisade(new URL('work/js-nosimd/node.js', import.meta.url).href),
  'ort-web': () => peer('onnxruntime-web', { executionProviders: ['wasm'] }, (ort) => { ort.env.wasm.numThreads = 1; }),
  'ort-node-1': () => peer('onnxruntime-node', { intraOpNumThreads: 1, interOpNumThreads: 1 }),
  'ort-node-default': () => peer('onnxruntime-node', {}),
};
if (!makers[engine]) throw new Error(`unknown engine ${engine} (one of ${Object.keys(makers).join(', ')})`);

const e = await makers[engine]();
const ready = now();
await e.score(inputs.texts[0].text);
const firstScore = now();
const latency = {};
const scores = {};
for (const { name, text } of inputs.texts) {
  for (let i = 0; i < inputs.warmup; i++) await e.score(text);
  const runs = [];
  let last;
  for (let i = 0; i < inputs.runs; i++) {
    const t0 = now();
    last = await e.score(text);
    runs.push(now() - t0);
  }
  latency[name] = runs;
  scores[name] = e.labels.map((l) => last[l]);
}
await e.batch(inputs.batch);
const batchMs = [];
for (let i = 0; i < inputs.batch_runs; i++) {
  const t0 = now();
  await e.batch(inputs.batch);
  batchMs.push(now() - t0);
}
console.log(JSON.stringify({
  engine,
  imported_ms: e.imported,
  ready_ms: ready,
  first_score_ms: firstScore,
  latency,
  scores,
  batch_ms: batchMs,
  batch_size: inputs.batch.length,
  peak_rss_bytes: process.resourceUsage().maxRSS * 1024,
}));
