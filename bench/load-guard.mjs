// The guard a bench script measures: the embedded model, or the three files of another model
// directory (an older release, a training candidate) given as `--model-dir DIR`.
//
//   import { loadGuard } from './load-guard.mjs';
//   const guard = await loadGuard(args['model-dir']);   // undefined → the embedded model
import { readFileSync } from 'node:fs';
import { Guard } from '../js/node.js';

export async function loadGuard(dir) {
  if (!dir) return Guard.load();
  return Guard.fromBytes(
    readFileSync(`${dir}/palisade.onnx`),
    readFileSync(`${dir}/tokenizer.json`),
    readFileSync(`${dir}/config.json`, 'utf8'),
  );
}
