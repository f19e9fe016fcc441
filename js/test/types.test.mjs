// The TypeScript declarations, checked by `tsc --strict` in a project that installed the tarball:
// correct use compiles, the marked misuses must be reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsRoot, projectWithPalisade } from './helpers.mjs';

test('index.d.ts and worker.d.ts type-check a user program', () => {
  const app = projectWithPalisade('ts-app');
  for (const f of ['usage.ts', 'tsconfig.json']) copyFileSync(join(jsRoot, 'test/fixtures/types', f), join(app, f));
  const tsc = spawnSync(join(jsRoot, 'node_modules/.bin/tsc'), ['-p', app], { encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});
