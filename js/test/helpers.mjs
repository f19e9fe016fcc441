// What several runtime tests share: the packed tarball (packed once per change of the package's
// files), a clean project with it installed, a static file server on loopback, headless Chromium.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const jsRoot = fileURLToPath(new URL('..', import.meta.url));
export const artifacts = fileURLToPath(new URL('artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

/**
 * A new directory under the system's temporary one, removed when this test process exits (set
 * `PALISADE_KEEP_TEST_DIRS=1` to keep them for a look): each run used to leave ~0.5 GB behind.
 */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (!process.env.PALISADE_KEEP_TEST_DIRS) process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `npm pack` of js/, reused while none of the shipped files changed. */
export function packedTarball() {
  const pkg = JSON.parse(readFileSync(join(jsRoot, 'package.json'), 'utf8'));
  const key = createHash('sha256');
  for (const f of ['package.json', ...pkg.files]) {
    const s = statSync(join(jsRoot, f));
    key.update(`${f}:${s.size}:${s.mtimeMs}\n`);
  }
  const dir = join(tmpdir(), `palisade-pack-${key.digest('hex').slice(0, 16)}`);
  const tarball = join(dir, `palisade-${pkg.version}.tgz`);
  if (!existsSync(tarball)) {
    // The packs of earlier versions of the files are of no further use.
    for (const old of readdirSync(tmpdir()).filter((d) => d.startsWith('palisade-pack-') && join(tmpdir(), d) !== dir)) {
      rmSync(join(tmpdir(), old), { recursive: true, force: true });
    }
    mkdirSync(dir, { recursive: true });
    const staging = mkdtempSync(join(dir, 'tmp-'));
    // --ignore-scripts: the test command has just built pkg/; prepack would only rebuild it.
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', staging], { cwd: jsRoot, stdio: 'ignore' });
    renameSync(join(staging, `palisade-${pkg.version}.tgz`), tarball);
  }
  return tarball;
}

/** A new project directory with the packed tarball installed, as a user would have it. */
export function projectWithPalisade(name, extra = {}) {
  const app = tempDir(`palisade-${name}-`);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name, private: true, type: 'module', ...extra }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', '--ignore-scripts', packedTarball()], { cwd: app, stdio: 'ignore' });
  return app;
}

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };

/** Serves `routes` (URL prefix → directory) on 127.0.0.1; `headers` are added to every response. */
export async function serveStatic(routes, { headers = {}, index = 'index.html' } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = Object.keys(routes).filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (prefix === undefined) return res.writeHead(404).end();
    const root = normalize(routes[prefix] + sep);
    const rest = path.slice(prefix.length);
    const file = normalize(join(root, rest === '' || rest.endsWith('/') ? rest + index : rest));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Debian's Chromium, headless, with nothing that reaches the network on its own. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install chromium)`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}
