import { join } from 'node:path';
import { bundledSamplePath } from './handlers';

/** Where the running app is: Electron's `app.isPackaged`, `process.resourcesPath`, and out/main's folder. */
export interface AppLayout {
  isPackaged: boolean;
  resourcesPath: string;
  mainDir: string;
}

/**
 * The folders the main process reads. Packaged, the code is in resources/app.asar/out and the fonts and the
 * sample lie beside the asar in resources/ (electron-builder.yml extraResources); from a checkout they
 * are in the repository's resources/.
 */
export function appPaths(layout: AppLayout) {
  const resources = layout.isPackaged ? layout.resourcesPath : join(layout.mainDir, '../../resources');
  return {
    resources,
    fonts: join(resources, 'fonts'),
    sample: bundledSamplePath(resources),
    renderer: join(layout.mainDir, '../renderer'),
    preload: join(layout.mainDir, '../preload/index.cjs'),
  };
}

/**
 * The report file a launch was asked to open (a double-click, 打开方式, a second launch): the first
 * `.nianbao` argument after the executable that is not a switch Chromium or Electron added.
 */
export function reportPathIn(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.nianbao'));
}
