import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile, importPasted } from '../../src/main/import/bounded-import';
import { readReportSource } from '../../src/main/import/read-source';
import { fixturePath, ROOT } from '../helpers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-import-worker-'));
});

/** Untrusted files are read in a worker thread with a deadline and a memory cap (the built out/main/import-worker.js). */
describe('the bounded import worker', () => {
  it('reads a file and a paste exactly as the readers do in-process', async () => {
    const page = fixturePath('web/portal-2021.html');
    const [inWorker, direct] = [await importFile(page), await readReportSource(page)];
    expect(inWorker).toEqual(direct);
    const pasted = await importPasted({
      html: '<h1>宁河镇2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>全年公开12条。</p>',
    });
    expect(pasted.ok && pasted.report.parts.overview).toBe('全年公开12条。');
  });

  it('stops an import past its deadline and says so in Chinese, while the main thread keeps running', async () => {
    const big = `一、总体情况\n${'公开。\n'.repeat(2_000_000)}`; // about 1.5 s to read
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const r = await importPasted({ text: big }, { timeoutMs: 100, memoryMb: 384 });
    clearInterval(timer);
    expect(r.ok || r.errors[0]?.message).toContain('读取用时超过 1 秒，已停止');
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops an import that needs more memory than its cap, and says so', async () => {
    const html = `<html><body>${'<div><p>本镇坚持以公开为常态</p></div>'.repeat(200_000)}</body></html>`;
    const r = await importPasted({ html }, { timeoutMs: 60_000, memoryMb: 16 });
    expect(r.ok || r.errors[0]?.message).toContain('所需内存超过 16 MB，已停止');
  });

  it('nianbao import exits 2 with a Chinese message and no stack trace when it cannot read', async () => {
    await writeFile(join(dir, 'menu.html'), '<h1>食堂菜单</h1><p>周一：面条</p>');
    for (const file of [
      fixturePath('repro/docx-usize-lie-half.docx'),
      join(dir, 'menu.html'),
      join(dir, 'missing.docx'),
    ]) {
      const r = spawnSync(
        process.execPath,
        [join(ROOT, 'bin/nianbao.js'), 'import', file, '-o', join(dir, 'out.nianbao')],
        {
          encoding: 'utf8',
        },
      );
      expect(r.status, file).toBe(2);
      expect(r.stderr, file).toMatch(/^无法导入“.*”：\n {2}\S/);
      expect(r.stderr, file).not.toMatch(/\bat \S+:\d+|Error:|undefined/);
    }
  }, 120_000);
});
