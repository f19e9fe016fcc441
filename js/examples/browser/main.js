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
      // Only for texts that are not plainly allowed: an explanation costs a model run per word.
      const why = verdict.decision === 'allow' || queued ? null : await guard.explain(input, { kind: as });
      if (!queued) render(input, as, verdict, why);
    } while (queued);
  } catch (e) {
    $('#status').textContent = `Error ${e.code ?? ''}: ${e.message}`;
  } finally {
    busy = false;
  }
}

/** The words worth highlighting: those that raise the score by at least a quarter of the most. */
export function salient(words) {
  const max = Math.max(0, ...words.map((w) => w.weight));
  return words.filter((w) => max > 0 && w.weight >= 0.25 * max).map((w) => ({ ...w, share: w.weight / max }));
}

function render(input, as, v, why) {
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

  // The window that scored highest is outlined; inside it, the words that raise the score are
  // marked, darker for more weight. Offsets are UTF-16, so they slice the JS string directly.
  const where = $('#highlight');
  if (v.span && why) {
    const window = document.createElement('span');
    window.className = 'window';
    let at = v.span.start;
    for (const w of salient(why.words)) {
      window.append(input.slice(at, w.start));
      const mark = document.createElement('mark');
      mark.textContent = w.text;
      mark.title = `${why.label}: log-odds −${w.weight.toFixed(2)} without this word`;
      mark.style.setProperty('--weight', w.share.toFixed(2));
      window.append(mark);
      at = w.end;
    }
    window.append(input.slice(at, v.span.end));
    where.replaceChildren(input.slice(0, v.span.start), window, input.slice(v.span.end));
  } else {
    where.replaceChildren(input);
  }
  document.body.dataset.kind = as;
  document.body.dataset.scored = input; // lets tests wait for the render of exactly this text
}

text.addEventListener('input', scoreLatest);
kind.addEventListener('change', scoreLatest);
document.body.dataset.ready = 'true';
