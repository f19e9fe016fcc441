// `palisade/worker`: the Guard API, asynchronous, with the model in a Web Worker so the page's
// main thread never runs inference. Model bytes are transferred to the worker, not copied.

/** The buffers behind byte sources that can be handed over to the worker without a copy. */
async function transferable(source, transfer) {
  if (source == null || typeof source === 'string') return source;
  if (source instanceof URL) return source.href; // fetched inside the worker
  if (typeof Response !== 'undefined' && source instanceof Response) source = await source.arrayBuffer();
  if (source instanceof ArrayBuffer) {
    transfer.push(source);
    return source;
  }
  if (ArrayBuffer.isView(source)) {
    // A view over part of a buffer is copied: transferring would take the rest of the caller's buffer.
    if (source.byteOffset === 0 && source.byteLength === source.buffer.byteLength && source.buffer instanceof ArrayBuffer) {
      transfer.push(source.buffer);
      return source;
    }
    return source.slice();
  }
  return source; // plain config objects are cloned; anything else is reported by the worker
}

/** The config is small: read it here and send it as text (a string config *is* JSON text). */
async function configSource(config) {
  if (config instanceof URL) return (await fetch(config)).text();
  if (typeof Response !== 'undefined' && config instanceof Response) return config.text();
  if (config instanceof ArrayBuffer) return new Uint8Array(config);
  return config;
}

function abortReason(signal) {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Starts a Web Worker with its own Guard and resolves when the model is ready.
 *
 * @example
 * import { createGuardWorker } from 'palisade/worker';
 * const guard = await createGuardWorker();
 * const v = await guard.scorePrompt(textarea.value);
 */
export async function createGuardWorker(options = {}) {
  const { worker: given, model, tokenizer, config } = options;
  const worker = given ?? new Worker(new URL('./worker-thread.js', import.meta.url), { type: 'module', name: 'palisade' });
  const pending = new Map();
  let nextId = 1;
  let closed = false;

  worker.onmessage = ({ data }) => {
    const call = pending.get(data.id);
    if (!call) return;
    if (data.progress) return call.onProgress?.(data.progress);
    pending.delete(data.id);
    call.cleanup?.();
    if (data.error) call.reject(Object.assign(new Error(data.error.message), data.error));
    else call.resolve(data.result);
  };
  const terminated = () => Object.assign(new Error('the guard worker was terminated'), { code: 'WORKER_TERMINATED' });
  /** Rejects every pending call (and drops their AbortSignal listeners). */
  const rejectAll = (makeError) => {
    for (const call of pending.values()) {
      call.cleanup?.();
      call.reject(makeError());
    }
    pending.clear();
  };
  const failAll = (message) => rejectAll(() => Object.assign(new Error(message), { code: 'WORKER_FAILED' }));
  worker.onerror = (event) => {
    event.preventDefault?.();
    failAll(`palisade worker failed: ${event.message ?? 'could not start'}`);
  };
  worker.onmessageerror = () => failAll('palisade worker could not read a message');

  function call(method, args, { transfer = [], signal, onProgress } = {}) {
    if (closed) return Promise.reject(terminated());
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const entry = { resolve, reject, onProgress };
      if (signal) {
        const onAbort = () => {
          pending.delete(id);
          worker.postMessage({ method: 'abort', args: [id] });
          reject(abortReason(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        entry.cleanup = () => signal.removeEventListener('abort', onAbort);
      }
      pending.set(id, entry);
      worker.postMessage({ id, method, args }, transfer);
    });
  }

  const transfer = [];
  const loadArgs = model || tokenizer || config
    ? { model: await transferable(model, transfer), tokenizer: await transferable(tokenizer, transfer), config: await configSource(config) }
    : undefined;
  let info;
  try {
    info = await call('load', [loadArgs], { transfer });
  } catch (e) {
    if (!given) worker.terminate();
    throw e;
  }

  return {
    /** The model config (labels, thresholds, operating points). */
    config: info.config,
    /** The model version. */
    modelVersion: info.modelVersion,
    scorePrompt: (text, opts) => call('scorePrompt', [text, opts]),
    scoreOutput: (text, opts) => call('scoreOutput', [text, opts]),
    explain: (text, opts) => call('explain', [text, opts]),
    /** `signal` stops the batch between slices; `onProgress({ done, total })` reports as it goes. */
    scoreBatch: (texts, opts, { signal, onProgress } = {}) => call('scoreBatch', [texts, opts], { signal, onProgress }),
    /** Stops the worker; pending calls reject with `WORKER_TERMINATED`. */
    terminate() {
      closed = true;
      worker.terminate();
      rejectAll(terminated);
    },
  };
}
