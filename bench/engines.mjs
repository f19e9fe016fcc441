// Palisade against the peers on the same model, the same texts and the same windows.
//
//   bash bench/run.sh            # full run: installs bench deps, builds the no-SIMD module, writes
//                                # bench/RESULTS.md and bench/latency.svg
//   node bench/engines.mjs --smoke   # CI: 2 lengths, few runs, nothing written (≤ 2 minutes)
//   bash bench/run.sh --model fp32   # every engine on the same network with plain fp32 weights
//                                    # (bench/fp32_export.py) → bench/RESULTS-fp32.md
//
// Every engine runs in a process of its own (engine-run.mjs, or `palisade bench` for the native
// Palisade rows), so cold start and peak RSS are each engine's alone; the texts, the windows and the
// run counts are the same for all of them, and scores are checked to agree.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Tokenizer } from '@huggingface/tokenizers';

const { values } = parseArgs({ options: { smoke: { type: 'boolean' }, runs: { type: 'string' }, cold: { type: 'string' }, model: { type: 'string', default: 'shipped' } } });
if (!['shipped', 'fp32'].includes(values.model)) throw new Error('--model is shipped or fp32');
const fp32 = values.model === 'fp32';
const smoke = !!values.smoke;
const RUNS = Number(values.runs ?? (smoke ? 3 : 20));
// Cold start is one sample per process, and a process's start varies by 10-20 % on this machine, so
// it gets rounds of its own: every engine once per round, in a fresh process, the order rotated.
const COLD = Number(values.cold ?? (smoke ? 1 : 6));
if (!(Number.isInteger(RUNS) && RUNS >= 1 && Number.isInteger(COLD) && COLD >= 1)) throw new Error('--runs and --cold are whole numbers ≥ 1');
const repo = new URL('../', import.meta.url);
const work = new URL('work/', import.meta.url);
mkdirSync(work, { recursive: true });
const tok = new Tokenizer(JSON.parse(readFileSync(new URL('model/tokenizer.json', repo), 'utf8')), {});
const config = JSON.parse(readFileSync(new URL('model/config.json', repo), 'utf8'));

// Real text of N tokens: prefixes of the held-out long answers (several languages).
const long = readFileSync(new URL('tests/data/long_answers.jsonl', repo), 'utf8').trim().split('\n').map((l) => JSON.parse(l).text).join('\n\n');
const tokensOf = (t) => tok.encode(t, { add_special_tokens: false }).ids.length;
function textOf(tokens) {
  let lo = 1, hi = long.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokensOf(long.slice(0, mid)) < tokens) lo = mid + 1;
    else hi = mid;
  }
  return long.slice(0, lo);
}
const lengths = smoke ? [16, 128] : [16, 128, 512, 2048];

// 64 mixed prompts: every k-th row of the authored benign tasks, attacks and injections.
function every(file, n) {
  const rows = readFileSync(new URL(`model/data/authored/${file}`, repo), 'utf8').trim().split('\n').map((l) => JSON.parse(l).text);
  const k = Math.max(1, Math.floor(rows.length / n));
  return rows.filter((_, i) => i % k === 0).slice(0, n);
}
const batch = [...every('benign_tasks.jsonl', 40), ...every('attacks_translated.jsonl', 12), ...every('injections_original.jsonl', 12)];
const inputs = {
  texts: lengths.map((n) => ({ name: String(n), text: textOf(n) })),
  batch: smoke ? batch.slice(0, 16) : batch,
  runs: RUNS,
  warmup: smoke ? 1 : 3,
  batch_runs: smoke ? 1 : 5,
};
let modelDir = null;
if (fp32) {
  modelDir = new URL('fp32', work).pathname;
  execFileSync('python3', [new URL('fp32_export.py', import.meta.url).pathname, modelDir], { stdio: 'inherit' });
}
inputs.model_dir = modelDir;
const inputsPath = new URL('inputs.json', work).pathname;
writeFileSync(inputsPath, JSON.stringify(inputs));

// The no-SIMD module: built by run.sh (scripts/build-wasm.sh with PALISADE_WASM_SIMD=0) into
// bench/work/pkg-nosimd; here it gets the package's JS beside it.
const nosimdPkg = new URL('pkg-nosimd/palisade_bg.wasm', work);
if (existsSync(nosimdPkg)) {
  const dir = new URL('js-nosimd/', work);
  mkdirSync(new URL('pkg/', dir), { recursive: true });
  for (const f of readdirSync(new URL('js/', repo)).filter((f) => f.endsWith('.js'))) writeFileSync(new URL(f, dir), readFileSync(new URL(`js/${f}`, repo)));
  writeFileSync(new URL('package.json', dir), readFileSync(new URL('js/package.json', repo)));
  for (const f of readdirSync(new URL('pkg-nosimd/', work))) writeFileSync(new URL(`pkg/${f}`, dir), readFileSync(new URL(`pkg-nosimd/${f}`, work)));
  // The entry loads the relaxed-SIMD file where Node compiles relaxed SIMD: here it is the same
  // no-SIMD module, so that the row measures no SIMD on every Node.
  writeFileSync(new URL('pkg/palisade_relaxed_bg.wasm', dir), readFileSync(nosimdPkg));
}
// Which of the package's two modules Palisade's Node entry loads in this Node (js/relaxed.js).
const { hasRelaxedSimd } = await import(new URL('js/relaxed.js', repo).href);
const moduleNote = hasRelaxedSimd()
  ? `this Node compiles relaxed SIMD, so the Node entry loaded pkg/palisade_relaxed_bg.wasm (SIMD128 + relaxed SIMD: tract-int7's kernel uses the int8 dot product; every other engine runs the same code as in pkg/palisade_bg.wasm)`
  : `this Node does not compile relaxed SIMD, so the Node entry loaded pkg/palisade_bg.wasm (SIMD128; tract-int7 runs its sums with i32x4.dot_i16x8_s)`;

const bin = process.env.PALISADE_BIN || `${process.env.HOME}/.cache/palisade/target/release/palisade`;
const engines = [
  { id: 'palisade', name: 'Palisade wasm (tract + integer kernel, SIMD128)', run: ['node', 'palisade'] },
  { id: 'palisade-f32', name: 'Palisade wasm (tract f32 kernels, SIMD128)', run: ['node', 'palisade-f32'] },
  { id: 'palisade-int7', name: `Palisade wasm (tract-int7: integer kernel, 7-bit activations${hasRelaxedSimd() ? ', relaxed SIMD' : ', SIMD128'})`, run: ['node', 'palisade-int7'] },
  { id: 'palisade-nosimd', name: 'Palisade wasm (tract, no SIMD)', run: ['node', 'palisade-nosimd'], skip: !existsSync(nosimdPkg) && 'no-SIMD module not built (bash bench/run.sh builds it)' },
  { id: 'ort-web', name: 'transformers.js backend: onnxruntime-web wasm, 1 thread', run: ['node', 'ort-web'] },
  { id: 'ort-node-1', name: 'onnxruntime-node native, 1 thread', run: ['node', 'ort-node-1'] },
  { id: 'ort-node-default', name: 'onnxruntime-node native, default threads', run: ['node', 'ort-node-default'] },
  { id: 'native-tract', name: 'Palisade native (tract + integer kernel)', run: ['bin', 'tract'], skip: !existsSync(bin) && `no ${bin} (cargo build --release --features ort)` },
  { id: 'native-tract-f32', name: 'Palisade native (tract f32 kernels)', run: ['bin', 'tract-f32'], skip: !existsSync(bin) && `no ${bin}` },
  { id: 'native-ort', name: 'Palisade native (ort, 1 thread)', run: ['bin', 'ort'], skip: !existsSync(bin) && `no ${bin}` },
];

/** Runs engine `e` in a fresh process on the inputs at `path` and returns its JSON report. */
function runEngine(e, path) {
  const [how, arg] = e.run;
  const out = how === 'node'
    ? execFileSync(process.execPath, [new URL('engine-run.mjs', import.meta.url).pathname, arg, path], { maxBuffer: 1 << 26 })
    : execFileSync(bin, ['bench', '--input', path, '--engine', arg, ...(modelDir ? ['--model-dir', modelDir] : [])], { maxBuffer: 1 << 26 });
  return JSON.parse(out.toString().trim().split('\n').at(-1));
}

const reports = [];
for (const e of engines) {
  if (e.skip) {
    console.error(`skip ${e.name}: ${e.skip}`);
    continue;
  }
  console.error(`running ${e.name} …`);
  reports.push({ ...e, r: runEngine(e, inputsPath), cold: [] });
}

// Cold-start rounds: process start → library imported → model ready → first score of the shortest
// text, nothing else in the process.
const coldPath = new URL('inputs-cold.json', work).pathname;
writeFileSync(coldPath, JSON.stringify({ ...inputs, texts: inputs.texts.slice(0, 1), batch: [], runs: 1, warmup: 0, batch_runs: 0 }));
for (let round = 0; round < COLD; round++) {
  console.error(`cold start, round ${round + 1} of ${COLD} …`);
  for (let k = 0; k < reports.length; k++) {
    const e = reports[(k + round) % reports.length];
    e.cold.push(runEngine(e, coldPath));
  }
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const f = (x) => (x == null ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const byId = Object.fromEntries(reports.map((e) => [e.id, e]));
const web = byId['ort-web'];
const native = byId['ort-node-1'];
const p50 = (e, n) => quantile(e.r.latency[n], 0.5);
const ref = byId.palisade;
const diff = (e) => Math.max(...lengths.map((n) => Math.max(...e.r.scores[n].map((p, j) => Math.abs(p - ref.r.scores[n][j])))));
const prompts = (e) => (e.r.batch_size * 1000) / quantile(e.r.batch_ms, 0.5);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const cold = (e, field) => median(e.cold.map((r) => r[field]).filter((x) => x != null));
const coldRange = (e, field) => {
  const xs = e.cold.map((r) => r[field]);
  return xs.length > 1 ? ` (${f(Math.min(...xs))}–${f(Math.max(...xs))})` : '';
};
// Per round, against the peer's process of the same round (neighbours in time share the machine's state).
const coldRatios = (e) => e.cold.map((r, i) => r.first_score_ms / web.cold[i].first_score_ms);
const mb = (b) => (b / 1e6).toFixed(1);

// Bytes a web app ships for each option (the native ones ship nothing to a browser).
const size = (u) => statSync(u).size;
const gz = (u) => gzipSync(readFileSync(u), { level: 9 }).length;
const pk = new URL('js/pkg/', repo);
const ortDist = new URL('node_modules/onnxruntime-web/dist/', import.meta.url);
const model = modelDir ? new URL(`file://${modelDir}/palisade.onnx`) : new URL('model/palisade.onnx', repo);
const tokJson = new URL('model/tokenizer.json', repo);
const shipped = [
  ['Palisade: palisade_bg.wasm (code + model + tokenizer)', new URL('palisade_bg.wasm', pk)],
  ['Palisade: palisade.js glue + guard.js + node/browser entry', [new URL('palisade.js', pk), new URL('js/guard.js', repo), new URL('js/browser.js', repo), new URL('js/stream.js', repo)]],
  ['transformers.js: transformers.web.min.js (browser bundle, tokenizer included)', new URL('node_modules/@huggingface/transformers/dist/transformers.web.min.js', import.meta.url)],
  ['onnxruntime-web: ort-wasm-simd-threaded.wasm', new URL('ort-wasm-simd-threaded.wasm', ortDist)],
  ['onnxruntime-web: ort.wasm.min.mjs + its wasm glue', [new URL('ort.wasm.min.mjs', ortDist), new URL('ort-wasm-simd-threaded.mjs', ortDist)]],
  [`model: palisade.onnx (${fp32 ? 'fp32' : 'int8'} weights)`, model],
  ['model: tokenizer.json', tokJson],
];
const sum = (x, fn) => (Array.isArray(x) ? x.reduce((a, u) => a + fn(u), 0) : fn(x));
const bytes = shipped.filter(([, u]) => (Array.isArray(u) ? u : [u]).every((x) => existsSync(x))).map(([n, u]) => [n, sum(u, size), sum(u, gz)]);
const total = (prefixes) => bytes.filter(([n]) => prefixes.some((p) => n.startsWith(p))).reduce((a, [, r, g]) => [a[0] + r, a[1] + g], [0, 0]);
const palisadeBytes = total(['Palisade']);
const webBytes = total(['transformers.js', 'onnxruntime-web', 'model']);

const lines = [
  `# Palisade vs peers on the same model${fp32 ? ' (fp32 export)' : ''}`,
  '',
  `${new Date().toISOString().slice(0, 10)} · ${os.cpus()[0].model} (${os.cpus().length} cores) · Node ${process.version} · \`bash bench/run.sh\`${smoke ? ' (smoke)' : ''} · p50/p95 of ${RUNS} runs after ${inputs.warmup} warm-up runs, each engine in its own process · ${moduleNote}`,
  '',
  `Same ONNX file (${fp32 ? `the shipped network with its weights stored as plain fp32 by bench/fp32_export.py, ${mb(size(model))} MB` : `model/palisade.onnx, ${mb(size(model))} MB, int8 weights dequantised in-graph, which Palisade's wasm module embeds as the tract plan compiled from it; Palisade's default engine multiplies the int8 values themselves on its integer kernel, activations rounded to 15 bits per row, while the peers and the tract-f32 rows run the dequantised f32 weights`}) and the same windows for every engine (${config.window.size - 2} tokens + CLS/SEP, stride ${config.window.stride}; windows of similar length run together, a short last window runs alone). Texts: prefixes of tests/data/long_answers.jsonl of N tokens. Peers include tokenisation (transformers.js's tokenizer); Palisade includes normalisation and tokenisation.`,
  '',
  '## Latency per text (ms)',
  '',
  `| engine | ${lengths.map((n) => `${n} tok p50 / p95`).join(' | ')} | ${lengths.map((n) => `${n} tok ÷ transformers.js`).join(' | ')} | ${lengths.map((n) => `${n} tok ÷ native 1T`).join(' | ')} | max abs diff vs Palisade |`,
  `|${'---|'.repeat(2 + lengths.length * 3)}`,
  ...reports.map((e) => `| ${e.name} | ${lengths.map((n) => `${f(p50(e, n))} / ${f(quantile(e.r.latency[n], 0.95))}`).join(' | ')} | ${lengths.map((n) => (web ? (p50(e, n) / p50(web, n)).toFixed(2) + '×' : '–')).join(' | ')} | ${lengths.map((n) => (native ? (p50(e, n) / p50(native, n)).toFixed(2) + '×' : '–')).join(' | ')} | ${diff(e).toExponential(1)} |`),
  '',
  `## Batch, cold start, memory`,
  '',
  `Batch: ${inputs.batch.length} mixed prompts (authored benign tasks, translated attacks, injections; ${Math.min(...inputs.batch.map(tokensOf))}–${Math.max(...inputs.batch.map(tokensOf))} tokens), median of ${inputs.batch_runs} runs. Cold start: ${COLD} round${COLD > 1 ? 's' : ''}, every engine once per round in a fresh process that does nothing else (order rotated each round), timed from the process's start: library imported → model ready → first score (the ${inputs.texts[0].name}-token text); medians${COLD > 1 ? ', with the range in brackets; the ratio is the medians\', and per round against the peer\'s process of the same round' : ''}. Peak RSS is from the latency run.`,
  '',
  '| engine | batch: prompts/s | ÷ transformers.js | imported (ms) | ready (ms) | first score (ms) | first score ÷ transformers.js | per round | peak RSS (MB) |',
  '|---|---|---|---|---|---|---|---|---|',
  ...reports.map((e) => `| ${e.name} | ${f(prompts(e))} | ${web ? (prompts(e) / prompts(web)).toFixed(2) + '×' : '–'} | ${f(cold(e, 'imported_ms'))} | ${f(cold(e, 'ready_ms'))} | ${f(cold(e, 'first_score_ms'))}${coldRange(e, 'first_score_ms')} | ${web ? (cold(e, 'first_score_ms') / cold(web, 'first_score_ms')).toFixed(2) + '×' : '–'} | ${web && COLD > 1 ? `${Math.min(...coldRatios(e)).toFixed(2)}–${Math.max(...coldRatios(e)).toFixed(2)}×` : '–'} | ${mb(e.r.peak_rss_bytes)} |`),
  '',
  '## Bytes shipped to a web app',
  '',
  '| file(s) | raw (MB) | gzip -9 (MB) |',
  '|---|---|---|',
  ...bytes.map(([n, r, g]) => `| ${n} | ${mb(r)} | ${mb(g)} |`),
  `| **Palisade total** | **${mb(palisadeBytes[0])}** | **${mb(palisadeBytes[1])}** |`,
  `| **transformers.js + onnxruntime-web + model + tokenizer total** | **${mb(webBytes[0])}** | **${mb(webBytes[1])}** |`,
  `| Palisade ÷ peer | ${(palisadeBytes[0] / webBytes[0]).toFixed(2)}× | ${(palisadeBytes[1] / webBytes[1]).toFixed(2)}× |`,
  '',
];
const md = lines.join('\n');
console.log(md);

if (!smoke) {
  const results = new URL(fp32 ? 'RESULTS-fp32.md' : 'RESULTS.md', import.meta.url);
  const old = existsSync(results) ? readFileSync(results, 'utf8') : '';
  // The hand-written reading and the log of attempts below the generated tables are kept.
  const keep = old.includes('\n## Reading it') ? old.slice(old.indexOf('\n## Reading it')) : '';
  writeFileSync(results, md + keep);
  const { plot } = await import('./plot.mjs');
  writeFileSync(new URL(fp32 ? 'latency-fp32.svg' : 'latency.svg', import.meta.url), await plot(reports.map((e) => ({ engine: e.name, points: lengths.map((n) => ({ tokens: n, ms: p50(e, n) })) }))));
  console.error(`wrote ${results.pathname} and the plot`);
}
