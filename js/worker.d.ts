/**
 * `palisade/worker`: the Guard API with the model in a Web Worker, so a page's main thread never
 * runs inference. Every method is asynchronous; model bytes are transferred, not copied.
 *
 * @example
 * import { createGuardWorker } from 'palisade/worker';
 * const guard = await createGuardWorker();
 * const v = await guard.scorePrompt(textarea.value);
 * if (v.decision === 'block') showWarning(v.span);
 */
import type { ByteSource, Explanation, ScoreOptions, Verdict } from './index.js';

/** Options of `createGuardWorker`. Without `model`/`tokenizer`/`config` the embedded model loads. */
export interface GuardWorkerOptions {
  /**
   * ONNX bytes of another model. An `ArrayBuffer`, or a `Uint8Array` spanning its whole buffer, is
   * transferred to the worker: afterwards it is detached (length 0) on the caller's side.
   */
  model?: ByteSource;
  /** `tokenizer.json` bytes of that model (transferred like `model`). */
  tokenizer?: ByteSource;
  /** Its `config.json`: JSON text, an object, bytes, a `Response` or a `URL`. */
  config?: string | object | Uint8Array | ArrayBuffer | Response | URL;
  /**
   * A Worker you started yourself on `palisade/worker-thread` (for bundlers or a CSP that need the
   * worker URL spelled out in your code). It is not terminated if loading fails.
   * @example new Worker(new URL('palisade/worker-thread', import.meta.url), { type: 'module' })
   */
  worker?: Worker;
}

/** Options of `GuardWorker.scoreBatch`. */
export interface BatchControl {
  /** Aborting rejects the call at once with the signal's reason and stops the worker at the next slice (8 texts). */
  signal?: AbortSignal;
  /** Called after each slice with how many texts are scored so far. */
  onProgress?: (progress: { done: number; total: number }) => void;
}

/** A Guard living in a Web Worker. Errors are `Error`s with the same `code`s as `Guard`'s. */
export interface GuardWorker {
  /** The model config (labels, thresholds, operating points), read once at load. */
  readonly config: Record<string, unknown>;
  /** The model version. */
  readonly modelVersion: string;
  /**
   * Scores a user prompt.
   * @example const v = await guard.scorePrompt('How do I bake bread?');
   */
  scorePrompt(text: string, options?: ScoreOptions): Promise<Verdict>;
  /**
   * Scores an LLM output.
   * @example const v = await guard.scoreOutput(answer);
   */
  scoreOutput(text: string, options?: ScoreOptions): Promise<Verdict>;
  /**
   * Explains a verdict word by word (one model run per word of the worst window).
   * @example const { words } = await guard.explain(text);
   */
  explain(text: string, options?: ScoreOptions & { kind?: 'prompt' | 'output' }): Promise<Explanation>;
  /**
   * Scores many texts; abortable between slices.
   * @example const vs = await guard.scoreBatch(texts, {}, { signal: AbortSignal.timeout(5000) });
   */
  scoreBatch(texts: string[], options?: ScoreOptions, control?: BatchControl): Promise<Verdict[]>;
  /** Stops the worker; pending calls reject with code `WORKER_TERMINATED`. */
  terminate(): void;
}

/**
 * Starts the worker and resolves once its model is loaded.
 * @example const guard = await createGuardWorker({ model, tokenizer, config });
 */
export function createGuardWorker(options?: GuardWorkerOptions): Promise<GuardWorker>;
