#!/usr/bin/env node
// The CLI is built with the app (`npm install` runs the build through `prepare`).
import { existsSync } from 'node:fs';

const entry = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('年报编辑器尚未构建：请先在项目目录运行 npm install（或 npm run build）。\n');
  process.exit(2);
}
await import(entry.href);
