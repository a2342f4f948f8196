import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Benchmarks run the shared modules as Node runs them in the CLI: bundled once, then timed with node. */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../src/shared') } },
  build: {
    ssr: resolve(import.meta.dirname, 'run.ts'),
    outDir: resolve(import.meta.dirname, '../out/bench'),
    emptyOutDir: true,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'run.js' } },
  },
  logLevel: 'warn',
});
