// The scripted streams the stream tests share (Node builds them; Chromium and workerd get them as
// data): a harmful completion from the training-side authored outputs, replayed after benign
// answers, and long ordinary answers (tests/data/long_answers*.jsonl, never trained on).
import { readFileSync } from 'node:fs';

const repo = new URL('../../', import.meta.url);
const jsonl = (path) => readFileSync(new URL(path, repo), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

// The same answer as tests/stream.rs replays (see its HARMFUL_REPLAY for why this one).
export const harmful = jsonl('model/data/authored/outputs.jsonl').find((r) => r.text.startsWith("Sure, here's how to cook meth at home")).text;

/** Benign authored answers (not refusals), joined until `minLength`; `fromEnd` takes them last first. */
export function benignAnswers(minLength, lang = 'en', { fromEnd = false } = {}) {
  const pool = jsonl('model/data/authored/outputs.jsonl').filter((r) => r.lang === lang && r.labels.length === 0 && !r.text.startsWith('I can'));
  if (fromEnd) pool.reverse();
  let out = '';
  for (let i = 0; out.length < minLength; i++) out += pool[i % pool.length].text + '\n\n';
  return out;
}

export const longAnswers = jsonl('tests/data/long_answers.jsonl').map((r) => r.text).join('\n\n');

/** Ordinary text a harmful answer is streamed after (bench/stream-recall.mjs, bench/stream-confirm.mjs):
 * the start of `longAnswers`, cut at the first paragraph end after 1,500 characters. */
export const benignPrefix = longAnswers.slice(0, longAnswers.indexOf('\n\n', 1500) + 2);

/** Ten more long benign answers in nine languages (tests/data/long_answers_fresh.jsonl), written
 * by someone who had seen no model's events (the independent check until model 0.4.0). */
export const freshAnswers = jsonl('tests/data/long_answers_fresh.jsonl').map((r) => r.text).join('\n\n');

/** Twelve long benign answers in ten languages (tests/data/long_answers_fresh2.jsonl), written by
 * someone who had seen nothing of the repository (tests/stream.rs says how independent they are). */
export const fresh2Answers = jsonl('tests/data/long_answers_fresh2.jsonl').map((r) => r.text).join('\n\n');

/** Splits `text` into chunks of `size` UTF-16 units without splitting a surrogate pair. */
export function chunks(text, size) {
  const out = [];
  for (let i = 0; i < text.length; ) {
    let j = Math.min(i + size, text.length);
    if (j < text.length && /[\uD800-\uDBFF]/.test(text[j - 1])) j++;
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

/** The harmful replay: benign answers, the harmful completion, then more ordinary answers (the
 * same as tests/stream.rs; not one sentence repeated, which the model reads as a jailbreak). */
export function harmfulReplay() {
  const prefix = benignAnswers(1500);
  return { text: prefix + harmful + '\n\n' + benignAnswers(1200, 'en', { fromEnd: true }), harmStart: prefix.length };
}

/** Every event a stream raises in audit mode (one block does not hide the rest), each with `at`, the
 * number of UTF-16 units pushed when it came; the scanner is freed even if a push throws. `options`
 * are the scanner's (piece geometry, context), with the policy's mode set to audit.
 * Shared by bench/stream-events.mjs and bench/stream-confirm.mjs. */
export function auditEvents(guard, pieces, options = {}) {
  const scanner = guard.streamScanner({ ...options, policy: { ...options.policy, mode: 'audit' } });
  const out = [];
  let at = 0;
  try {
    for (const piece of pieces) {
      at += piece.length;
      for (const e of scanner.push(piece).events) out.push({ ...e, at });
    }
    for (const e of scanner.finish().events) out.push({ ...e, at });
  } finally {
    scanner.free();
  }
  return out;
}

/** The scanner's piece geometry from a bench's `--chunk-tokens` / `--overlap-tokens` (strings, as
 * `parseArgs` gives them): only what was given, so the scanner's own defaults (32 new tokens after 16
 * of context) hold otherwise. `label` names it for a report line. */
export function pieceGeometry(args) {
  const options = {
    ...(args['chunk-tokens'] ? { chunkTokens: Number(args['chunk-tokens']) } : {}),
    ...(args['overlap-tokens'] ? { overlapTokens: Number(args['overlap-tokens']) } : {}),
    ...(args['window-check'] ? { windowCheck: true } : {}),
  };
  return { options, label: `pieces ${options.chunkTokens ?? 'default'}/${options.overlapTokens ?? 'default'}${options.windowCheck ? ', window check' : ''}` };
}
