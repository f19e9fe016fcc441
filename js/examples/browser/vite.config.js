// Two settings make Palisade work under Vite:
// - `optimizeDeps.exclude`: the dev server's esbuild pre-bundling would rewrite the package's
//   `new URL('./pkg/palisade_bg.wasm', import.meta.url)` and lose the .wasm file;
// - `worker.format: 'es'`: the guard's Web Worker is an ES module that imports the wasm glue.
// (A plain object, not `defineConfig`, so the file needs nothing but Vite itself.)
export default {
  optimizeDeps: { exclude: ['palisade'] },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 100_000 },
};
