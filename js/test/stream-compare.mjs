// Compares the results of a scripted stream across runtimes.
import assert from 'node:assert/strict';

export { runStream } from './fixtures/run-stream.js';

/** Same released text, error and events: decisions, pieces and spans exactly, scores to 1e-4. */
export function sameEvents(other, node, what) {
  assert.equal(other.error, node.error, what);
  assert.equal(other.text, node.text, what);
  assert.equal(other.events.length, node.events.length, `${what}: ${JSON.stringify(other.events)} vs ${JSON.stringify(node.events)}`);
  assert.ok(node.events.length > 0, `${what}: the script produces events`);
  other.events.forEach((e, i) => {
    const n = node.events[i];
    assert.deepEqual([e.decision, e.rawDecision, e.piece, e.span, e.view], [n.decision, n.rawDecision, n.piece, n.span, n.view], what);
    for (const [label, p] of Object.entries(n.labels)) assert.ok(Math.abs(e.labels[label] - p) <= 1e-4, `${what}: ${label} ${e.labels[label]} vs ${p}`);
  });
}
