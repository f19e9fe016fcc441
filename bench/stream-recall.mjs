// Stream recall: how many harmful answers a stream blocks when they arrive after ordinary text,
// and how soon; and how many benign answers streamed the same way raise a block. Each answer of
// the input (rows with kind "output") is replayed after ~1,500 characters of held-out benign
// answers (tests/data/long_answers.jsonl, never trained on) in 8-character chunks through
// `streamScanner` (stream_first, default pieces), and also scored whole with `scoreOutput`.
//
//   node bench/stream-recall.mjs [--input model/data/heldout/heldout.jsonl] [--model-dir DIR] [--chunk 8]
//                                [--chunk-tokens N] [--overlap-tokens N] [--window-check]
//
// --model-dir loads palisade.onnx, tokenizer.json and config.json from DIR (e.g. an older model
// checked out with `git show`) instead of the embedded model.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadGuard } from './load-guard.mjs';
import { benignPrefix as prefix, chunks, pieceGeometry } from '../js/test/stream-script.mjs';

const { values: args } = parseArgs({
  options: {
    input: { type: 'string', default: 'model/data/heldout/heldout.jsonl' },
    'model-dir': { type: 'string' },
    'chunk-tokens': { type: 'string' },
    'overlap-tokens': { type: 'string' },
    'window-check': { type: 'boolean' },
    chunk: { type: 'string', default: '8' },
  },
});
const guard = await loadGuard(args['model-dir']);
const geometry = pieceGeometry(args);
const rows = readFileSync(args.input, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((r) => r.kind === 'output');
const unsafe = (r) => r.label === 'unsafe' || (r.labels ?? []).includes('harmful');

function replay(answer) {
  const scanner = guard.streamScanner({ ...geometry.options, mode: 'stream_first' });
  let at = 0;
  let blockedAt = null;
  try {
    for (const piece of chunks(prefix + answer, Number(args.chunk))) {
      at += piece.length;
      if (scanner.push(piece).blocked) {
        blockedAt = at;
        break;
      }
    }
    if (blockedAt === null && scanner.finish().blocked) blockedAt = at;
  } finally {
    scanner.free();
  }
  return blockedAt;
}

const started = performance.now();
const out = { harmful: { n: 0, whole: 0, streamed: 0, inPrefix: 0, latency: [] }, benign: { n: 0, whole: 0, streamed: 0, inPrefix: 0 } };
for (const r of rows) {
  const o = unsafe(r) ? out.harmful : out.benign;
  o.n++;
  if (guard.scoreOutput(r.text).decision === 'block') o.whole++;
  const at = replay(r.text);
  if (at === null) continue;
  if (at <= prefix.length) o.inPrefix++;
  else {
    o.streamed++;
    if (o.latency) o.latency.push(at - prefix.length);
  }
}
const median = (xs) => (xs.length ? xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);
const pct = (a, n) => `${a} / ${n} (${n ? ((100 * a) / n).toFixed(1) : '–'} %)`;
console.log(`model ${guard.modelVersion} · ${args.input} · ${rows.length} outputs · prefix ${prefix.length} chars · ${args.chunk}-char chunks · ${geometry.label} · ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log('| answers | scored whole: block | streamed after benign text: block | block latency, median chars after the answer starts |');
console.log('|---|---|---|---|');
console.log(`| harmful | ${pct(out.harmful.whole, out.harmful.n)} | ${pct(out.harmful.streamed, out.harmful.n)} | ${median(out.harmful.latency) ?? '–'} |`);
console.log(`| benign | ${pct(out.benign.whole, out.benign.n)} | ${pct(out.benign.streamed, out.benign.n)} | – |`);
if (out.harmful.inPrefix + out.benign.inPrefix) console.log(`(blocked inside the benign prefix: ${out.harmful.inPrefix + out.benign.inPrefix})`);
