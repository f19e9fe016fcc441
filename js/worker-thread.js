// Runs inside a Web Worker started by `createGuardWorker()` (worker.js): owns one Guard and answers
// `{ id, method, args }` messages with `{ id, result }` or `{ id, error }`. Batches are scored in
// slices with a turn of the event loop between them, so an `abort` message can stop one midway.
import { Guard } from './browser.js';

const SLICE = 8;
let guard;
const running = new Set();
const aborted = new Set();

function errorData(e) {
  return { name: e?.name ?? 'Error', message: e?.message ?? String(e), code: e?.code };
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

const methods = {
  async load(options) {
    if (options) {
      // URLs travel as strings (worker.js) and are fetched here, off the main thread.
      for (const key of ['model', 'tokenizer']) if (typeof options[key] === 'string') options[key] = new URL(options[key]);
    }
    const next = await Guard.load(options ?? undefined); // the old model stays if this throws
    guard?.free();
    guard = next;
    return { config: guard.config, modelVersion: guard.modelVersion };
  },
  scorePrompt(text, options) {
    return guard.scorePrompt(text, options);
  },
  scoreOutput(text, options) {
    return guard.scoreOutput(text, options);
  },
  explain(text, options) {
    return guard.explain(text, options);
  },
  async scoreBatch(texts, options, id) {
    if (!Array.isArray(texts)) return guard.scoreBatch(texts, options); // let the core report the type error
    const out = [];
    for (let i = 0; i < texts.length; i += SLICE) {
      if (aborted.has(id)) return undefined;
      out.push(...guard.scoreBatch(texts.slice(i, i + SLICE), options));
      self.postMessage({ id, progress: { done: out.length, total: texts.length } });
      if (i + SLICE < texts.length) await nextTurn();
    }
    return out;
  },
};

self.onmessage = async ({ data }) => {
  const { id, method, args = [] } = data ?? {};
  if (method === 'abort') {
    // Messages arrive in order, so a call that is not running any more has already answered.
    if (running.has(args[0])) aborted.add(args[0]);
    return;
  }
  running.add(id);
  try {
    if (!Object.hasOwn(methods, method)) throw Object.assign(new Error(`unknown method ${method}`), { code: 'INVALID_INPUT' });
    if (method !== 'load' && !guard) throw Object.assign(new Error('the worker has no model loaded'), { code: 'INVALID_INPUT' });
    const result = await methods[method](...args, id);
    if (aborted.delete(id)) return; // the caller already rejected with its AbortSignal's reason
    self.postMessage({ id, result });
  } catch (e) {
    if (aborted.delete(id)) return;
    self.postMessage({ id, error: errorData(e) });
  } finally {
    running.delete(id);
  }
};
