// Streaming moderation cost and block latency, through the WebAssembly module in Node.
//   node bench/stream.mjs [--quick]      → prints a table and writes bench/STREAM_RESULTS.md
// Per-chunk cost is compared, in the same run, with the naive peer: re-scoring the whole text so
// far after every chunk (what a guard without a stream scanner must do to moderate as it flows).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Guard } from '../js/node.js';
import { chunks, harmful, harmfulReplay, longAnswers } from '../js/test/stream-script.mjs';

const { values } = parseArgs({ options: { quick: { type: 'boolean' } } });
const guard = await Guard.load();
const text = values.quick ? longAnswers.slice(0, 6000) : longAnswers;
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

function scannerRun(parts, options) {
  const scanner = guard.streamScanner(options);
  const ms = [];
  for (const p of parts) {
    const t = performance.now();
    scanner.push(p);
    ms.push(performance.now() - t);
  }
  const t = performance.now();
  scanner.finish();
  const finish = performance.now() - t;
  const stats = scanner.stats;
  scanner.free();
  return { ms, finish, stats };
}

const rows = [];
for (const size of [8, 32, 128]) {
  const parts = chunks(text, size);
  // Audit mode: a (false) block would otherwise end the work early and flatter the averages.
  const { ms, finish, stats } = scannerRun(parts, { policy: { mode: 'audit' } });
  const quarter = Math.floor(ms.length / 4);
  const row = {
    chunk: size,
    chunks: parts.length,
    meanMs: mean(ms),
    p50: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    perKChar: (1000 * (ms.reduce((a, b) => a + b, 0) + finish)) / text.length,
    firstQ: mean(ms.slice(0, quarter)),
    lastQ: mean(ms.slice(-quarter)),
    scored: stats.bytesScored / stats.bytesPushed,
  };
  // The same stream with the window check on, for what it costs.
  const windowed = scannerRun(parts, { policy: { mode: 'audit' }, windowCheck: true });
  row.perKCharWindowed = (1000 * (windowed.ms.reduce((a, b) => a + b, 0) + windowed.finish)) / text.length;
  row.scoredWindowed = windowed.stats.bytesScored / windowed.stats.bytesPushed;
  // The naive peer re-scores everything so far after each chunk; bounded to the first 2,000 chars
  // (it is quadratic) and compared per chunk over that same prefix.
  const prefixParts = chunks(text.slice(0, 2000), size);
  const naive = [];
  let sofar = '';
  for (const p of prefixParts) {
    sofar += p;
    const t = performance.now();
    guard.scoreOutput(sofar);
    naive.push(performance.now() - t);
  }
  const ours = scannerRun(prefixParts, { policy: { mode: 'audit' } }).ms;
  row.naiveMeanMs = mean(naive);
  row.oursPrefixMs = mean(ours);
  rows.push(row);
}

const latency = [];
const { text: replay, harmStart } = harmfulReplay();
for (const mode of ['stream_first', 'buffered']) {
  for (const chunkTokens of [16, 32, 64]) {
    const scanner = guard.streamScanner({ mode, chunkTokens, overlapTokens: Math.floor(chunkTokens / 2) });
    let pushed = 0;
    let released = 0;
    let at = null;
    for (const p of chunks(replay, 8)) {
      const u = scanner.push(p);
      pushed += p.length;
      released += u.released.length;
      if (u.blocked) {
        at = pushed;
        break;
      }
    }
    scanner.free();
    latency.push({ mode, chunkTokens, after: at === null ? null : at - harmStart, leaked: Math.max(0, Math.min(released, harmStart + harmful.length) - harmStart) });
  }
}

const f = (x, d = 2) => x.toFixed(d);
const lines = [
  '# Streaming moderation: cost per chunk and block latency',
  '',
  `${new Date().toISOString().slice(0, 10)} · ${os.cpus()[0].model} (${os.cpus().length} cores) · Node ${process.version} · WebAssembly module, model ${guard.modelVersion} · \`node bench/stream.mjs${values.quick ? ' --quick' : ''}\``,
  '',
  `Stream: ${text.length.toLocaleString('en')} characters of ordinary assistant answers (tests/data/long_answers.jsonl), default scanner (32 new tokens + 16 of overlap per piece), policy mode \`audit\` so every piece is scored. Naive peer: re-score all text so far after each chunk, over the first 2,000 characters. Last two columns: the same stream with \`windowCheck: true\` (also a whole 126-token window every 96 tokens).`,
  '',
  '| chunk (chars) | chunks | mean ms/chunk | p50 | p95 | ms per 1k chars | first quarter mean | last quarter mean | bytes scored per byte | naive peer ms/chunk (first 2k chars) | ours, same prefix | naive / ours | with windowCheck: ms per 1k chars | bytes scored per byte |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.chunk} | ${r.chunks} | ${f(r.meanMs, 3)} | ${f(r.p50, 3)} | ${f(r.p95, 2)} | ${f(r.perKChar, 1)} | ${f(r.firstQ, 3)} | ${f(r.lastQ, 3)} | ${f(r.scored)} | ${f(r.naiveMeanMs)} | ${f(r.oursPrefixMs, 3)} | ${f(r.naiveMeanMs / r.oursPrefixMs, 0)}× | ${f(r.perKCharWindowed, 1)} | ${f(r.scoredWindowed)} |`),
  '',
  `Block latency on the harmful replay (${harmful.length}-character harmful completion after ${harmStart.toLocaleString('en')} characters of benign answers, pushed 8 characters at a time): characters pushed after the harmful text began when the block arrived, and how many of its characters had been released.`,
  '',
  '| mode | chunkTokens (overlap half) | block after (chars) | harmful chars released |',
  '|---|---|---|---|',
  ...latency.map((l) => `| ${l.mode} | ${l.chunkTokens} | ${l.after ?? 'not blocked'} | ${l.leaked} |`),
  '',
];
const md = lines.join('\n');
console.log(md);
// The file's later sections (recall when streamed, from bench/stream-recall.mjs runs, and what they
// mean) are kept: this script measures cost and latency only.
const out = new URL('STREAM_RESULTS.md', import.meta.url);
const kept = existsSync(out) ? readFileSync(out, 'utf8').split(/^(?=## Recall when streamed)/m).slice(1).join('') : '';
if (!values.quick) writeFileSync(out, kept ? `${md}\n${kept}` : md);
