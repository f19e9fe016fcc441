// What the Node and browser soak runs share: growth after warm-up, the Markdown table, and
// writing it into bench/SOAK_RESULTS.md between the run's own markers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export const MiB = 1024 * 1024;

/** Parses `--name value` flags into an object of strings (and `--flag` alone into `true`). */
export function flags(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument ${argv[i]}`);
    const next = argv[i + 1];
    out[m[1]] = next === undefined || next.startsWith('--') ? true : (i++, next);
  }
  return out;
}

/**
 * Growth of each metric from the first sample at or after the warm-up to the last sample, and
 * the largest value seen after warm-up, both relative to the warm-up sample.
 */
export function growth(samples, metrics, warmupCalls) {
  const base = samples.find((s) => s.calls >= warmupCalls) ?? samples[0];
  const last = samples[samples.length - 1];
  const after = samples.filter((s) => s.calls >= base.calls);
  return Object.fromEntries(metrics.map((m) => {
    const peak = Math.max(...after.map((s) => s[m]));
    return [m, { base: base[m], last: last[m], growth: (last[m] - base[m]) / base[m], peakGrowth: (peak - base[m]) / base[m] }];
  }));
}

const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(2)} %` : 'n/a');
const mib = (x) => (x / MiB).toFixed(1);

/** A Markdown report of one run: setup, growth per metric, and the samples. */
export function report({ title, command, calls, seconds, counts, samples, metrics, checked = metrics, warmupCalls, limit, extra = [] }) {
  const g = growth(samples, metrics, warmupCalls);
  const failed = checked.filter((m) => !(g[m].growth <= limit));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `### ${title}`,
    '',
    `${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (shared with other jobs) · ` +
      `Node ${process.version} · \`${command}\``,
    '',
    `${calls.toLocaleString('en')} calls in ${seconds.toFixed(0)} s (${((1000 * seconds) / calls).toFixed(1)} ms per call). ` +
      `Mix: ${Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}.`,
    ...extra,
    '',
    `Growth from the sample after warm-up (${warmupCalls.toLocaleString('en')} calls) to the end; limit ${pct(limit)}: ` +
      (failed.length ? `**FAILED** (${failed.join(', ')})` : '**passed**'),
    '',
    '| metric | after warm-up (MiB) | end (MiB) | growth | peak after warm-up |',
    '|---|---|---|---|---|',
    ...metrics.map((m) => `| ${m}${checked.includes(m) ? '' : ' (not checked)'} | ${mib(g[m].base)} | ${mib(g[m].last)} | ${pct(g[m].growth)} | ${pct(g[m].peakGrowth)} |`),
    '',
    '<details><summary>samples (MiB)</summary>',
    '',
    `| calls | s | ${metrics.join(' | ')} |`,
    `|---|---|${metrics.map(() => '---').join('|')}|`,
    ...samples.map((s) => `| ${s.calls} | ${s.seconds.toFixed(0)} | ${metrics.map((m) => mib(s[m])).join(' | ')} |`),
    '',
    '</details>',
  ];
  return { markdown: lines.join('\n'), failed, growth: g };
}

/** Replaces the text between `<!-- key -->` and `<!-- /key -->` in the results file (or appends it). */
export function writeSection(file, key, markdown) {
  const open = `<!-- ${key} -->`;
  const close = `<!-- /${key} -->`;
  const block = `${open}\n${markdown}\n${close}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Soak results\n';
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + close.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
}
