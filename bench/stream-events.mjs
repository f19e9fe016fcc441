// Stream events: every event a benign long stream raises, in audit mode so one block does not hide
// the rest. The stream tests require none on tests/data/long_answers_fresh.jsonl and allow one known
// piece on tests/data/long_answers.jsonl (tests/stream.rs); this prints each event's score, labels
// and text so a candidate model can be judged before it is shipped.
//
//   node bench/stream-events.mjs [--input tests/data/long_answers.jsonl] [--model-dir DIR] [--chunk 8,words] [--each]
//                                [--chunk-tokens N] [--overlap-tokens N] [--window-check]
//
// --chunk: comma-separated chunk sizes in characters, or `words` (split after each space, as the Rust
// stream tests push). The scanner's pieces follow the tokens it could cut safely, so where they fall
// depends on how the text arrives: a sentence can be one piece's start in one run and mid-piece in another.
// --each replays every row as its own stream (a row's events then cannot come from the row before);
// without it the rows are joined with blank lines into one stream, as the stream tests do.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadGuard } from './load-guard.mjs';
import { auditEvents, chunks, pieceGeometry } from '../js/test/stream-script.mjs';

const { values: args } = parseArgs({
  options: {
    input: { type: 'string', default: 'tests/data/long_answers.jsonl' },
    'model-dir': { type: 'string' },
    'chunk-tokens': { type: 'string' },
    'overlap-tokens': { type: 'string' },
    'window-check': { type: 'boolean' },
    chunk: { type: 'string', default: '8,words' },
    each: { type: 'boolean', default: false },
  },
});
const guard = await loadGuard(args['model-dir']);
const geometry = pieceGeometry(args);
const rows = readFileSync(args.input, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const streams = args.each
  ? rows.map((r) => ({ name: r.id ?? '?', text: r.text }))
  : [{ name: args.input, text: rows.map((r) => r.text).join('\n\n') }];

let total = 0;
let blocks = 0;
let chars = 0;
const split = (text, how) => (how === 'words' ? text.split(/(?<= )/) : chunks(text, Number(how)));
for (const how of args.chunk.split(',')) {
  for (const { name, text } of streams) {
    const events = auditEvents(guard, split(text, how), geometry.options);
    chars += text.length;
    for (const e of events) {
      const labels = Object.entries(e.labels).filter(([, v]) => v >= 0.5).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ');
      const snippet = text.slice(e.span.start, e.span.end).replace(/\s+/g, ' ');
      console.log(`${name} · chunks ${how} · ${e.rawDecision} ${e.score.toFixed(3)} [${labels}] @${e.span.start}: ${snippet.slice(0, 160)}`);
      total++;
      if (e.rawDecision === 'block') blocks++;
    }
  }
}
console.log(`model ${guard.modelVersion} · ${args.input} · chunks ${args.chunk} · ${geometry.label} · ${streams.length} stream(s), ${chars.toLocaleString('en')} chars replayed · ${total} events (${blocks} blocks)`);
