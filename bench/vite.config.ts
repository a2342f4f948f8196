import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Benchmarks run the shared modules as Node runs them in the CLI: bundled once, then timed with node.
 * The county bench is an entry of its own, run by run.js in a child process so its memory is its own.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../src/shared') } },
  build: {
    ssr: true,
    outDir: resolve(import.meta.dirname, '../out/bench'),
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: { run: resolve(import.meta.dirname, 'run.ts'), county: resolve(import.meta.dirname, 'county-alone.ts') },
      // Shared chunks beside the entries: the benches find the project's files from their own folder.
      output: { entryFileNames: '[name].js', chunkFileNames: '[name].js' },
    },
  },
  logLevel: 'warn',
});
