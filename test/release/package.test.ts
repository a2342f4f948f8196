import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPaths, reportPathIn } from '../../src/main/app/app-paths';
import type { SourceResult } from '../../src/main/import/diagnostics';
import { outsideAsar } from '../../src/main/import/bounded-import';
import { ROOT } from '../helpers';

/**
 * The packaged app, built here by electron-builder itself: the Linux `dir` target, offline, from a
 * stand-in Electron (a folder with a placeholder executable, so nothing is downloaded). The installers
 * (NSIS, deb, AppImage) need tools electron-builder downloads; their configuration is checked below.
 */
const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as {
  listPackage: (archive: string, options: { isPack: boolean }) => string[];
  extractFile: (archive: string, file: string) => Buffer;
};
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

interface BuilderConfig {
  productName: string;
  appId: string;
  executableName: string;
  files: string[];
  extraResources: { from: string; to: string }[];
  fileAssociations: { ext: string; mimeType: string; icon: string }[];
  win: { target: { target: string; arch: string[] }[]; icon: string };
  nsis: Record<string, unknown>;
  linux: { target: { target: string; arch: string[] }[]; icon: string; desktop: { entry: Record<string, string> } };
}
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

const MB = 1024 * 1024;
let out: string;
let app: string;
let archive: string;
let entries: string[];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-package-'));
  const standIn = join(dir, 'electron-stand-in');
  mkdirSync(standIn);
  writeFileSync(join(standIn, 'electron'), '#!/bin/sh\necho "stand-in for Electron"\n');
  chmodSync(join(standIn, 'electron'), 0o755);
  mkdirSync(join(standIn, 'locales'));
  for (const l of ['zh-CN', 'en-US', 'fr', 'ja']) writeFileSync(join(standIn, 'locales', `${l}.pak`), l);
  out = join(dir, 'dist');
  const { build, Platform, Arch } = await import('electron-builder');
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget(['dir'], Arch.x64),
    publish: 'never',
    // electron-builder.yml is read by electron-builder itself; only the stand-in and the output differ.
    config: { electronDist: standIn, npmRebuild: false, directories: { output: out, buildResources: 'build' } },
  });
  app = join(out, 'linux-unpacked');
  archive = join(app, 'resources', 'app.asar');
  entries = asar.listPackage(archive, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
}, 600_000);

const dirSize = (path: string): number =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, name) => sum + dirSize(join(path, name)), 0)
    : statSync(path).size;

describe('the packaged app (electron-builder, Linux dir target, stand-in Electron)', () => {
  it('has the ASCII executable and the asar beside the resources', () => {
    expect(existsSync(join(app, config.executableName))).toBe(true);
    expect(existsSync(archive)).toBe(true);
    // Electron's translations other than the two the app can show are left out.
    expect(readdirSync(join(app, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
  });

  it('holds package.json and the built out/main, out/preload, out/renderer in the asar, nothing else of the tree', () => {
    const top = new Set(entries.map((e) => e.split('/')[1]));
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json']);
    const outDirs = new Set(entries.filter((e) => e.startsWith('/out/')).map((e) => e.split('/')[2]));
    expect([...outDirs].sort()).toEqual(['main', 'preload', 'renderer']);
    for (const e of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'])
      expect(entries).toContain(e);
    const own = entries.filter((e) => !e.startsWith('/node_modules/'));
    expect(own.filter((e) => /\.(ts|tsx|map)$|\/(src|test|fixtures|bench|scripts)\//.test(e))).toEqual([]);
    const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as {
      main: string;
      version: string;
    };
    expect(packed.main).toBe('out/main/index.js');
    expect(packed.version).toBe(pkg.version);
  });

  it('carries only the run-time packages main loads from files; no devDependency, no bundled package', () => {
    const packages = new Set(
      entries
        .filter((e) => /^\/node_modules\/[^/]+/.test(e))
        .map((e) => {
          const [, , scope, name] = e.split('/');
          return scope?.startsWith('@') ? `${scope}/${name}` : scope;
        }),
    );
    for (const dep of Object.keys(pkg.dependencies)) expect(packages, dep).toContain(dep);
    for (const dev of Object.keys(pkg.devDependencies)) expect(packages.has(dev), dev).toBe(false);
  });

  it('puts the fonts, their licences and the sample in resources/, where the main process looks', () => {
    const paths = appPaths({ isPackaged: true, resourcesPath: join(app, 'resources'), mainDir: `${archive}/out/main` });
    expect(paths.resources).toBe(join(app, 'resources'));
    const fonts = readdirSync(paths.fonts);
    for (const f of ['NianbaoFang.ttf', 'NianbaoHei.ttf', 'NianbaoKai.ttf', 'NianbaoSongBold.ttf'])
      expect(fonts).toContain(f);
    expect(fonts).toContain('COPYING-Fandol.txt');
    expect(fonts).toContain('README-Fandol.txt');
    expect(existsSync(paths.sample)).toBe(true);
    // The renderer and the preload main loads are in the asar.
    expect(entries).toContain(`${paths.renderer.slice(archive.length)}/index.html`);
    expect(entries).toContain(paths.preload.slice(archive.length));
  });

  it('keeps the import worker, the chunks it imports and pdfjs-dist outside the asar, where a worker thread loads them', async () => {
    const unpacked = `${archive}.unpacked`;
    const worker = join(unpacked, 'out/main/import-worker.js');
    // Main finds the worker inside the asar (Electron's fs) and starts it from the unpacked copy.
    expect(outsideAsar(join(archive, 'out/main/import-worker.js'), existsSync)).toBe(worker);
    // Every module the worker imports, transitively, lies beside it as a plain file.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      expect(existsSync(file), file).toBe(true);
      for (const [, rel] of readFileSync(file, 'utf8').matchAll(/^import[^'"]*["'](\.{1,2}\/[^'"]+)["']/gm))
        visit(join(file, '..', rel ?? ''));
    };
    visit(worker);
    expect(seen.size).toBeGreaterThan(1);
    for (const f of ['legacy/build/pdf.mjs', 'cmaps', 'standard_fonts'])
      expect(existsSync(join(unpacked, 'node_modules/pdfjs-dist', f)), f).toBe(true);
    // Plain Node has no asar support at all: the worst case of any Electron. A real WPS PDF (pdfjs) and a
    // Word file are read by the packaged worker as the app runs it.
    const run = (path: string) =>
      new Promise<SourceResult>((resolve, reject) => {
        const w = new Worker(worker, { workerData: { kind: 'file', path }, stdout: true, stderr: true });
        w.once('message', (r: SourceResult) => {
          resolve(r);
          void w.terminate();
        });
        w.once('error', reject);
      });
    const pdf = await run(join(ROOT, 'test/fixtures/corpus/huaian-2024-wps.pdf'));
    expect(pdf.ok && pdf.report.year).toBe(2024);
    const docx = await run(join(ROOT, 'test/fixtures/reference/official-template-2021.docx'));
    expect(docx.ok || docx.errors[0]?.message).toBeTruthy();
  });

  it('ships the preload as the CommonJS script a sandboxed page needs', () => {
    const preload = asar.extractFile(archive, 'out/preload/index.cjs').toString('utf8');
    expect(() => new Script(preload)).not.toThrow();
    expect(preload).toMatch(/require\("electron"\)/);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('stays within its share of the size budget (app code and resources ≤ 50 MB, fonts ≤ 25 MB)', () => {
    const fonts = dirSize(join(app, 'resources', 'fonts'));
    const asarBytes = statSync(archive).size;
    const resources = dirSize(join(app, 'resources'));
    console.log(
      `bench: package-asar ${(asarBytes / MB).toFixed(1)} MB\nbench: package-fonts ${(fonts / MB).toFixed(1)} MB\nbench: package-resources ${(resources / MB).toFixed(1)} MB`,
    );
    expect(fonts).toBeLessThanOrEqual(25 * MB);
    // Of the 120 MB installed on Windows, the rest is Electron's own files (the stand-in here).
    expect(resources).toBeLessThanOrEqual(50 * MB);
  });
});

describe('the installers’ configuration (electron-builder.yml)', () => {
  it('names the product in Chinese, with an app id and the version from package.json', () => {
    expect(config.productName).toBe('年报编辑器');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')).not.toMatch(/^version:/m);
  });

  it('builds a per-user NSIS installer without administrator rights, with folder choice and shortcuts, and a portable exe', () => {
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
    });
  });

  it('builds .deb and AppImage for Linux x64 and arm64 (UOS, Kylin)', () => {
    expect(config.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.linux.desktop.entry.Name).toBe('年报编辑器');
  });

  it('associates .nianbao with the app (Windows registry by NSIS, a MIME type and .desktop entry on Linux)', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'nianbao', mimeType: 'application/x-nianbao', icon: 'build/file-icon' }),
    ]);
    expect(existsSync(join(ROOT, 'build/file-icon.ico'))).toBe(true);
    expect(existsSync(join(ROOT, 'build/file-icon.png'))).toBe(true);
  });

  it('has the icons at every size the targets use', () => {
    const ico = readFileSync(join(ROOT, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const n of [16, 24, 32, 48, 64, 128, 256, 512]) {
      const png = readFileSync(join(ROOT, config.linux.icon, `${n}x${n}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${n}px`).toEqual([n, n]);
    }
  });
});

describe('a launch with a file (double-click, 打开方式, a second launch)', () => {
  it('finds the report among the arguments Windows, Linux and Chromium pass', () => {
    expect(reportPathIn(['C:\\Program Files\\年报编辑器\\nianbao.exe', 'D:\\年报 2025\\某镇 2025.nianbao'])).toBe(
      'D:\\年报 2025\\某镇 2025.nianbao',
    );
    // A second instance's argv carries Chromium's switches before the file.
    expect(
      reportPathIn([
        '/opt/年报编辑器/nianbao',
        '--allow-file-access-from-files',
        '--x=a.nianbao',
        '/home/镇/报告.NIANBAO',
      ]),
    ).toBe('/home/镇/报告.NIANBAO');
    // From a checkout: electron . <file>.
    expect(reportPathIn(['electron', '.', 'report.nianbao'])).toBe('report.nianbao');
    expect(reportPathIn(['nianbao.exe'])).toBeUndefined();
    expect(reportPathIn(['nianbao.exe', 'report.docx'])).toBeUndefined();
  });

  it('resolves the resources from a checkout as well', () => {
    const paths = appPaths({ isPackaged: false, resourcesPath: '/unused', mainDir: join(ROOT, 'out/main') });
    expect(existsSync(paths.sample)).toBe(true);
    expect(existsSync(join(paths.renderer, 'index.html'))).toBe(true);
    expect(existsSync(paths.preload)).toBe(true);
  });
});
