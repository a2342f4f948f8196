import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    // Hooks export real PDFs and start Chromium: on a loaded 2-core machine that takes more than the default 10 s.
    hookTimeout: 60_000,
    // A poll waits for work the app does (a county re-read, a save, a recovery copy): its 1 s default was
    // outlasted on a loaded CI machine. A poll that succeeds returns as soon as it does, so this costs nothing.
    expect: { poll: { timeout: 20_000 } },
  },
});
