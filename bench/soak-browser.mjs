// Soak test in headless Chromium: the soak workload (bench/soak-workload.mjs) through the
// package's browser entry on one page, memory sampled every `--every` calls after a forced
// garbage collection (DevTools protocol). Fails (exit 1) when a metric grows more than `--limit`
// (default 5 %) between the end of the warm-up and the end of the run.
//
//   node bench/soak-browser.mjs [--calls 10000] [--every N] [--warmup 0.1] [--limit 0.05] [--seed 1] [--write]
//
// Metrics: the page's JS heap (after GC), the module's wasm linear memory, and the resident
// memory of this browser's renderer processes (/proc). `--write` puts the report into
// bench/SOAK_RESULTS.md (section "browser").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsRoot, launchChromium, serveStatic } from '../js/test/helpers.mjs';
import { flags, report, writeSection } from './soak-report.mjs';

const opts = flags(process.argv.slice(2), { calls: '10000', warmup: '0.1', limit: '0.05', seed: '1' });
const calls = Number(opts.calls);
const every = Number(opts.every ?? Math.max(1, Math.round(calls / 40)));
const warmupCalls = Math.round(calls * Number(opts.warmup));
const limit = Number(opts.limit);
const benchDir = fileURLToPath(new URL('.', import.meta.url));

/** Chromium processes now: pid → { ppid, renderer, rss bytes }. */
function chromiumProcesses() {
  const out = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (!/chrom/i.test(cmd.split('\0')[0])) continue;
      const status = readFileSync(`/proc/${d}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)[1]);
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      out.set(Number(d), { ppid, renderer: cmd.includes('--type=renderer'), rss });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

// Processes that exist before launch belong to someone else (other tests may run Chromium too).
const before = new Set(chromiumProcesses().keys());
const server = await serveStatic({ '/': jsRoot, '/bench/': benchDir });
const browser = await launchChromium();
const mine = () => [...chromiumProcesses()].filter(([pid]) => !before.has(pid)).map(([, p]) => p);

const page = await browser.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(e));
await page.goto(`${server.url}bench/soak.html?seed=${opts.seed}`);
await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');

const metrics = ['jsHeapUsed', 'wasmMemory', 'rendererRss'];
const samples = [];
const counts = {};
const t0 = performance.now();
async function sample(n) {
  await cdp.send('HeapProfiler.collectGarbage');
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  const s = {
    calls: n,
    seconds: (performance.now() - t0) / 1000,
    jsHeapUsed: m.JSHeapUsedSize,
    wasmMemory: await page.evaluate(() => window.soakWasmBytes()),
    rendererRss: mine().filter((p) => p.renderer).reduce((t, p) => t + p.rss, 0),
  };
  samples.push(s);
  const mb = (x) => (x / 2 ** 20).toFixed(1);
  console.log(`${String(n).padStart(6)} calls ${s.seconds.toFixed(0).padStart(5)} s  js heap ${mb(s.jsHeapUsed)}  wasm ${mb(s.wasmMemory)}  renderer rss ${mb(s.rendererRss)} MiB`);
}

await sample(0);
for (let done = 0; done < calls; ) {
  const n = Math.min(every, calls - done);
  for (const [k, v] of Object.entries(await page.evaluate((n) => window.soakRun(n), n))) counts[k] = (counts[k] ?? 0) + v;
  done += n;
  await sample(done);
}
const seconds = (performance.now() - t0) / 1000;
const version = browser.version();
await browser.close();
server.close();
if (errors.length) throw errors[0];

const r = report({
  title: 'Browser (headless Chromium)',
  command: `node bench/soak-browser.mjs --calls ${calls}`,
  calls,
  seconds,
  counts,
  samples,
  metrics,
  warmupCalls,
  limit,
  extra: [`Chromium ${version}, one page, the package's browser entry (\`js/browser.js\`) served from 127.0.0.1.`],
});
console.log(`\n${r.markdown}`);
if (opts.write) writeSection(join(benchDir, 'SOAK_RESULTS.md'), 'browser', r.markdown);
if (r.failed.length) {
  console.error(`soak: memory grew more than ${100 * limit} % after warm-up: ${r.failed.join(', ')}`);
  process.exit(1);
}
