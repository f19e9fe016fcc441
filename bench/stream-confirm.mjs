// Stream confirmation, measured (not what the scanner does): if every event a piece raises had to be
// confirmed by scoring the piece again with the text before it, how many events would long benign
// streams still raise, and how many harmful answers would still be blocked? The output head scores a
// stream piece by piece, and a piece cut out of an ordinary how-to answer can look like a harmful one
// (the heat-pump fragment of tests/stream.rs scores 0.94 alone, 0.03 as a whole sentence).
//
//   node bench/stream-confirm.mjs [--model-dir DIR] [--rule wide|next] [--wide 600] [--chunk 8]
//
// Benign: each long-answer file of tests/data joined into one stream, replayed in audit mode; an event
// is confirmed when the last --wide characters up to its end, scored whole with scoreOutput, reach the
// event's own decision (a flag needs a flag or a block, a block a block), or with --rule next when the
// piece after it raises an event too (a false piece is often a lone spike). Harmful: the held-out harmful
// outputs, each replayed after the benign prefix of stream-recall.mjs; an answer is blocked at its first
// block event (as the scanner does today) or at its first confirmed one (the rule measured here).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadGuard } from './load-guard.mjs';
import { auditEvents, benignPrefix as prefix, chunks } from '../js/test/stream-script.mjs';

const { values: args } = parseArgs({
  options: {
    'model-dir': { type: 'string' },
    wide: { type: 'string', default: '600' },
    rule: { type: 'string', default: 'wide' },
    chunk: { type: 'string', default: '8' },
    heldout: { type: 'string', default: 'model/data/heldout/heldout.jsonl' },
  },
});
if (!['wide', 'next'].includes(args.rule)) throw new Error(`--rule must be wide or next, got ${args.rule}`);
const guard = await loadGuard(args['model-dir']);
const wide = Number(args.wide);
const rank = { allow: 0, flag: 1, block: 2 };
const jsonl = (f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

const events = (text) => auditEvents(guard, chunks(text, Number(args.chunk)));

/** When `e` (one of the stream's events `all`) is confirmed: the number of characters pushed by then,
 * or null. `wide`: the last --wide characters up to its end, scored whole, reach its decision (known
 * at once). `next`: the piece after it raises an event too (a flag or a block; the next piece starts
 * inside this one's span, the one after that beyond it), known when that piece is scored; a block in
 * the stream's last piece stands, since nothing follows it. */
function confirmedAt(text, e, all) {
  if (args.rule === 'wide') {
    return rank[guard.scoreOutput(text.slice(Math.max(0, e.span.end - wide), e.span.end)).decision] >= rank[e.rawDecision] ? e.at : null;
  }
  const next = all.find((n) => n.span.start > e.span.start && n.span.start < e.span.end);
  if (next) return next.at;
  return e.span.end >= text.length ? e.at : null;
}
const confirmed = (text, e, all) => confirmedAt(text, e, all) !== null;

const started = performance.now();
console.log('| benign stream | characters | events (blocks) | confirmed events (blocks) |');
console.log('|---|---|---|---|');
for (const file of ['long_answers', 'long_answers_fresh', 'long_answers_fresh2', 'long_answers_fresh3', 'long_answers_fresh4']) {
  const text = jsonl(`tests/data/${file}.jsonl`).map((r) => r.text).join('\n\n');
  const es = events(text);
  const kept = es.filter((e) => confirmed(text, e, es));
  const blocks = (xs) => xs.filter((e) => e.rawDecision === 'block').length;
  console.log(`| ${file} | ${text.length.toLocaleString('en')} | ${es.length} (${blocks(es)}) | ${kept.length} (${blocks(kept)}) |`);
}

const harmful = jsonl(args.heldout).filter((r) => r.kind === 'output' && (r.label === 'unsafe' || (r.labels ?? []).includes('harmful')));
const now = { n: 0, latency: [] };
const rule = { n: 0, latency: [] };
for (const r of harmful) {
  const text = prefix + r.text;
  const all = events(text);
  const blocks = all.filter((e) => e.rawDecision === 'block' && e.at > prefix.length);
  const first = blocks[0];
  // The first block that is confirmed, and when: each block's confirmation asked once.
  let ruleAt = null;
  for (const e of blocks) if ((ruleAt = confirmedAt(text, e, all)) !== null) break;
  if (first) now.n++, now.latency.push(first.at - prefix.length);
  if (ruleAt !== null) rule.n++, rule.latency.push(ruleAt - prefix.length);
}
const median = (xs) => (xs.length ? xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] : '–');
console.log('');
console.log('| held-out harmful answers after benign text | blocked | median chars after the answer starts |');
console.log('|---|---|---|');
console.log(`| first block (the scanner today) | ${now.n} / ${harmful.length} | ${median(now.latency)} |`);
console.log(`| first confirmed block (${args.rule === 'wide' ? `${wide} chars before the event's end` : 'the next piece raises an event too'}) | ${rule.n} / ${harmful.length} | ${median(rule.latency)} |`);
console.log(`\nmodel ${guard.modelVersion} · ${args.chunk}-char chunks · ${((performance.now() - started) / 1000).toFixed(0)} s`);
