import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../../helpers';

/** Bundles child.ts to plain JavaScript once, so each of hundreds of child processes starts fast. */
export async function buildChild(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'nianbao-child-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@shared': join(ROOT, 'src/shared') } },
    // Bundled whole, so the child runs from a temp folder without node_modules.
    ssr: { noExternal: true },
    build: {
      ssr: join(ROOT, 'test/main/children/child.ts'),
      outDir,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'child.mjs' } },
    },
  });
  return join(outDir, 'child.mjs');
}
