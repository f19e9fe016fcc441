// Streaming moderation on top of the core's StreamScanner: a web-streams TransformStream and an
// async iterator over OpenAI-style server-sent events. Runtime-independent (Node ≥ 18, browsers,
// workerd all have TransformStream and TextDecoder).

/** Thrown (or used to error a stream) when a piece of the stream is blocked. */
export class StreamBlockedError extends Error {
  constructor(event) {
    // Name the label that decided (its probability is the event's score: for outputs only the
    // config's output_labels decide), not merely the highest one.
    const labels = event ? Object.entries(event.labels) : [];
    const top = labels.find(([, p]) => p === event.score) ?? labels.sort((a, b) => b[1] - a[1])[0];
    super(top ? `stream blocked by palisade: ${top[0]} ${top[1].toFixed(3)}` : 'stream blocked by palisade');
    this.name = 'StreamBlockedError';
    this.code = 'STREAM_BLOCKED';
    /** The block event: decision, labels, score, span (UTF-16 offsets in the whole stream), piece, view. */
    this.event = event;
  }
}

function invalid(message) {
  return Object.assign(new Error(message), { code: 'INVALID_OPTION' });
}

/** Splits adapter options (`onEvent`, `onBlock`) from the scanner's (validated by the core). */
function splitOptions(options = {}) {
  if (options === null || typeof options !== 'object') throw invalid('stream options must be an object');
  const { onEvent, onBlock = 'error', ...scan } = options;
  if (onEvent !== undefined && typeof onEvent !== 'function') throw invalid('onEvent must be a function');
  const replace = typeof onBlock === 'object' && onBlock !== null && typeof onBlock.replacement === 'string';
  if (onBlock !== 'error' && !replace) throw invalid("onBlock must be 'error' or { replacement: string }");
  return { scan, onEvent, replacement: replace ? onBlock.replacement : undefined };
}

/**
 * Applies one scanner update: reports events, returns the text to pass on and, when blocked,
 * the block event.
 */
function apply(update, onEvent) {
  let block;
  for (const e of update.events) {
    onEvent?.(e);
    if (e.decision === 'block') block = e;
  }
  return { text: update.released, blocked: update.blocked, block };
}

/** `guard.moderateStream(options)`: a TransformStream of text that passes only cleared text. */
export function moderateStream(newScanner, options) {
  const { scan, onEvent, replacement } = splitOptions(options);
  const scanner = newScanner(scan); // invalid options throw here, at the call
  let freed = false;
  const release = () => {
    if (!freed) scanner.free();
    freed = true;
  };
  const handle = (update, controller) => {
    const { text, blocked, block } = apply(update, onEvent);
    if (text) controller.enqueue(text);
    if (!blocked) return;
    release();
    if (replacement !== undefined) {
      controller.enqueue(replacement);
      controller.terminate();
    } else {
      controller.error(new StreamBlockedError(block));
    }
  };
  return new TransformStream({
    transform(chunk, controller) {
      if (typeof chunk !== 'string') {
        release();
        throw Object.assign(new TypeError('moderateStream() takes text: pipe bytes through a TextDecoderStream first'), { code: 'INVALID_INPUT' });
      }
      try {
        handle(scanner.push(chunk), controller);
      } catch (e) {
        release();
        throw e;
      }
    },
    flush(controller) {
      try {
        handle(scanner.finish(), controller);
      } finally {
        release();
      }
    },
  });
}

/** The content deltas of an OpenAI-style chat completion stream. */
async function* completionDeltas(source) {
  if (typeof Response !== 'undefined' && source instanceof Response) source = source.body;
  if (source && typeof source.getReader === 'function') {
    yield* sseDeltas(source);
    return;
  }
  if (source && typeof source[Symbol.asyncIterator] === 'function') {
    // Already-parsed chunks, as the `openai` SDK yields them (or plain strings).
    for await (const chunk of source) {
      const delta = typeof chunk === 'string' ? chunk : deltaOf(chunk);
      if (delta) yield delta;
    }
    return;
  }
  throw Object.assign(new TypeError('expected a Response, a ReadableStream of SSE bytes, or an async iterable of chunks'), { code: 'INVALID_INPUT' });
}

function deltaOf(chunk) {
  const choice = chunk?.choices?.[0];
  return choice?.delta?.content ?? choice?.text ?? '';
}

async function* sseDeltas(stream) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      ended = done;
      buffer += done ? decoder.decode() : typeof value === 'string' ? value : decoder.decode(value, { stream: true });
      const lines = buffer.split(/\r?\n/);
      buffer = done ? '' : lines.pop();
      for (const line of lines) {
        if (!line.startsWith('data:')) continue; // comments, event names, blank separators
        const payload = line.slice(5).trim();
        if (payload === '[DONE]') return;
        let chunk;
        try {
          chunk = JSON.parse(payload);
        } catch {
          throw Object.assign(new Error(`not a JSON event: ${payload.slice(0, 80)}`), { code: 'INVALID_INPUT' });
        }
        const delta = deltaOf(chunk);
        if (delta) yield delta;
      }
      if (done) return;
    }
  } finally {
    // Stopped early (blocked, [DONE], or the consumer left): cancel the upstream so the model
    // server stops generating and the connection is released.
    if (!ended) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/** `guard.moderateCompletionStream(source, options)`: cleared text of a chat completion stream. */
export async function* moderateCompletionStream(newScanner, source, options) {
  const { scan, onEvent, replacement } = splitOptions(options);
  const scanner = newScanner(scan);
  try {
    for await (const delta of completionDeltas(source)) {
      const { text, blocked, block } = apply(scanner.push(delta), onEvent);
      if (text) yield text;
      if (blocked) {
        if (replacement === undefined) throw new StreamBlockedError(block);
        yield replacement;
        return;
      }
    }
    const { text, blocked, block } = apply(scanner.finish(), onEvent);
    if (text) yield text;
    if (blocked) {
      if (replacement === undefined) throw new StreamBlockedError(block);
      yield replacement;
    }
  } finally {
    scanner.free();
  }
}
