// The runtime-independent part of the JS API. Each entry (node.js, …) supplies how to
// instantiate the wasm module; this file only adapts the wasm-bindgen class to a friendly API.
import { Guard as WasmGuard } from './pkg/palisade.js';
import { moderateCompletionStream, moderateStream, StreamBlockedError } from './stream.js';

export { StreamBlockedError };

const textDecoder = new TextDecoder();

async function toBytes(source, what) {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  if (typeof Response !== 'undefined' && source instanceof Response) return new Uint8Array(await source.arrayBuffer());
  if (source instanceof URL) return new Uint8Array(await (await fetch(source)).arrayBuffer());
  const err = new Error(`${what} must be a Uint8Array, ArrayBuffer, Response or URL`);
  err.code = 'INVALID_INPUT';
  throw err;
}

/**
 * The sha256 of `bytes` as hex from WebCrypto, or null where WebCrypto is missing (an insecure
 * browser context) or refuses the buffer: the caller then lets the wasm module hash it, which is
 * several times slower for a model of tens of megabytes.
 */
async function sha256Hex(bytes) {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

function configText(config) {
  if (typeof config === 'string') return config;
  if (config instanceof Uint8Array) return textDecoder.decode(config);
  if (config && typeof config === 'object') return JSON.stringify(config);
  const err = new Error('config must be a JSON string, object or bytes');
  err.code = 'INVALID_INPUT';
  throw err;
}

/** The `engine` load option, checked here so that a wrong type fails before any work. */
function engineOption(options) {
  const engine = options?.engine;
  if (engine === undefined || engine === null) return undefined;
  if (typeof engine !== 'string') {
    const err = new Error(`engine must be a string ('tract', 'tract-f32' or 'tract-int7'), got ${typeof engine}`);
    err.code = 'INVALID_OPTION';
    throw err;
  }
  return engine;
}

/**
 * Builds the public `Guard` class around an `ensureReady()` that instantiates the module once and
 * a `memoryBytes()` that reads the size of its linear memory.
 */
export function makeGuard(ensureReady, memoryBytes) {
  return class Guard {
    #inner;

    constructor(inner) {
      if (!(inner instanceof WasmGuard)) {
        throw new TypeError('use Guard.load() or Guard.fromBytes() to create a Guard');
      }
      this.#inner = inner;
    }

    /**
     * The embedded default model, or `{ model, tokenizer, config }` for another one; `engine` is
     * `'tract'` (default: integer kernel for the int8 weights) or `'tract-f32'` (f32 kernels, the
     * onnxruntime-exact reference, ~1.8× slower).
     */
    static async load(options) {
      await ensureReady();
      if (options && (options.model || options.tokenizer || options.config)) {
        return Guard.fromBytes(options.model, options.tokenizer, options.config, { engine: options.engine });
      }
      return new Guard(WasmGuard.loadDefault(engineOption(options)));
    }

    /**
     * Bytes of WebAssembly linear memory the module holds now (0 before the first load). Linear
     * memory only grows, so this is also the high-water mark; it is what counts against an edge
     * worker's memory limit, besides the JS heap.
     */
    static wasmMemoryBytes() {
      return memoryBytes();
    }

    /** Synchronous load of the embedded model, where the runtime can instantiate wasm synchronously (Node). */
    static loadSync(options) {
      const pending = ensureReady();
      if (pending && typeof pending.then === 'function') {
        const err = new Error('Guard.loadSync() is not available in this runtime; use await Guard.load()');
        err.code = 'UNSUPPORTED';
        throw err;
      }
      return new Guard(WasmGuard.loadDefault(engineOption(options)));
    }

    /** Loads another model from its three artefacts (hashes are verified against the config). */
    static async fromBytes(model, tokenizer, config, options) {
      await ensureReady();
      const engine = engineOption(options);
      const cfg = configText(config instanceof Response || config instanceof URL ? await toBytes(config, 'config') : config);
      const modelBytes = await toBytes(model, 'model');
      const tokenizerBytes = await toBytes(tokenizer, 'tokenizer');
      const digest = await sha256Hex(modelBytes);
      return new Guard(
        digest === null
          ? WasmGuard.fromBytes(modelBytes, tokenizerBytes, cfg, engine)
          : WasmGuard.fromBytesPrehashed(modelBytes, digest, tokenizerBytes, cfg, engine),
      );
    }

    scorePrompt(text, options) {
      return this.#inner.scorePrompt(text, options);
    }

    scoreOutput(text, options) {
      return this.#inner.scoreOutput(text, options);
    }

    scoreBatch(texts, options) {
      return this.#inner.scoreBatch(texts, options);
    }

    /** Scores a text and says which words of its worst window drive the top label (occlusion). */
    explain(text, options) {
      return this.#inner.explain(text, options);
    }

    /** A low-level scanner for one stream: `push(text)`, `finish()`, `stats`, `free()`. */
    streamScanner(options) {
      return this.#inner.streamScanner(options ?? undefined);
    }

    /** A TransformStream of text that lets only cleared text through. */
    moderateStream(options) {
      return moderateStream((o) => this.#inner.streamScanner(o), options);
    }

    /** Cleared text deltas of an OpenAI-style chat completion stream (SSE `Response`, body, or SDK chunks). */
    moderateCompletionStream(source, options) {
      return moderateCompletionStream((o) => this.#inner.streamScanner(o), source, options);
    }

    get config() {
      return this.#inner.config;
    }

    get modelVersion() {
      return this.#inner.modelVersion;
    }

    /** Releases the model's wasm memory now instead of at garbage collection. */
    free() {
      this.#inner.free();
    }
  };
}
