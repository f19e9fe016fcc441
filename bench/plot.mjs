// Latency vs text length per engine, as SVG (Vega-Lite rendered headless; no canvas or fonts needed).
import * as vega from 'vega';
import { compile } from 'vega-lite';

/** `series`: [{ engine, points: [{ tokens, ms }] }] → SVG text (log-log axes). */
export async function plot(series) {
  const values = series.flatMap((s) => s.points.map((p) => ({ engine: s.engine, tokens: p.tokens, ms: p.ms })));
  const spec = compile({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Palisade vs peers: p50 latency per text (same model, same windows)',
    width: 560,
    height: 340,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'tokens', type: 'quantitative', scale: { type: 'log' }, title: 'text length (tokens)' },
      y: { field: 'ms', type: 'quantitative', scale: { type: 'log' }, title: 'p50 latency (ms, log)' },
      color: { field: 'engine', type: 'nominal', legend: { orient: 'bottom', columns: 2, labelLimit: 400 } },
    },
  }).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  return view.toSVG();
}
