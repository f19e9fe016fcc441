// Live guardrail scores for a textarea. The model runs in a Web Worker (`palisade/worker`), so
// typing never waits for inference; while one text is being scored, only the newest edit is queued.
import { createGuardWorker } from 'palisade/worker';

const $ = (selector) => document.querySelector(selector);
const text = $('#text');
const kind = $('#kind');

const started = performance.now();
const guard = await createGuardWorker();
$('#status').textContent = `Model ${guard.modelVersion} ready in ${Math.round(performance.now() - started)} ms — scored on this device, nothing is sent anywhere.`;
text.disabled = false;
text.focus();

let busy = false;
let queued = false;

async function scoreLatest() {
  if (busy) {
    queued = true;
    return;
  }
  busy = true;
  try {
    do {
      queued = false;
      const input = text.value;
      const as = kind.value;
      const verdict = await (as === 'output' ? guard.scoreOutput(input) : guard.scorePrompt(input));
      if (!queued) render(input, as, verdict);
    } while (queued);
  } catch (e) {
    $('#status').textContent = `Error ${e.code ?? ''}: ${e.message}`;
  } finally {
    busy = false;
  }
}

function render(input, as, v) {
  const decision = $('#decision');
  decision.textContent = v.decision;
  decision.className = v.decision;
  $('#score').textContent = v.score.toFixed(4);

  const rows = Object.entries(v.labels).map(([label, p]) => {
    const row = document.createElement('tr');
    const name = document.createElement('td');
    name.textContent = label;
    const value = document.createElement('td');
    value.dataset.label = label;
    value.dataset.p = String(p); // full precision for scripts; people read the percentage
    value.textContent = `${(p * 100).toFixed(2)} %`;
    const bar = document.createElement('td');
    bar.className = 'bar';
    bar.append(Object.assign(document.createElement('span'), { style: `width: ${(p * 100).toFixed(1)}%` }));
    row.append(name, value, bar);
    return row;
  });
  $('#labels').replaceChildren(...rows);

  // The span is in UTF-16 offsets, so it slices the JS string directly.
  const where = $('#highlight');
  if (v.span && v.decision !== 'allow') {
    const mark = document.createElement('mark');
    mark.textContent = input.slice(v.span.start, v.span.end);
    where.replaceChildren(input.slice(0, v.span.start), mark, input.slice(v.span.end));
  } else {
    where.replaceChildren(input);
  }
  document.body.dataset.kind = as;
  document.body.dataset.scored = input; // lets tests wait for the render of exactly this text
}

text.addEventListener('input', scoreLatest);
kind.addEventListener('change', scoreLatest);
document.body.dataset.ready = 'true';
