import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FileService } from '../../src/main/files/documents';
import { loadReport, tempSampleCopy } from '../helpers';
import { buildChild } from './children/build';

let child: string;
beforeAll(async () => {
  child = await buildChild();
}, 60_000);

let dir: string;
let path: string;
beforeEach(async () => {
  ({ dir, path } = await tempSampleCopy('recovery', '示例镇2025.nianbao'));
});

/** A session that edits without saving and is killed once its recovery copy is on disk. */
function killedEditingSession(): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, 'edit', join(dir, 'ud'), path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    proc.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('flushed')) setTimeout(() => proc.kill('SIGKILL'), 30);
    });
    proc.on('error', reject);
    proc.on('exit', () => resolve());
  });
}

describe('recovery after a killed session', () => {
  it('offers the unsaved edits at the next start, saying what changed; accepting restores them exactly', async () => {
    const original = await readFile(path);
    await killedEditingSession();
    expect(await readFile(path)).toEqual(original);

    const files = new FileService({ userData: join(dir, 'ud') });
    const offers = await files.recovery.list();
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({
      path,
      name: '示例镇2025.nianbao',
      title: '示例镇人民政府2025年政府信息公开工作年度报告',
    });
    expect(offers[0]?.changes).toMatch(/^表格数字改动 1 处；第五部分文字有改动/);

    const accepted = await files.acceptRecovery(offers[0]?.id ?? '');
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    expect(accepted.value.dirty).toBe(true);
    expect(accepted.value.path).toBe(path);
    expect(accepted.value.report.cells['T3.new.natural']).toBe(99);
    expect(accepted.value.report.parts.problems).toBe('一是恢复测试发现的问题。二是将加强整改。');
    // Still unsaved: the file is untouched until the clerk saves, and the copy stays on offer until then.
    expect(await readFile(path)).toEqual(original);
    expect(await files.recovery.list()).toHaveLength(1);

    const saved = await files.save(accepted.value.docId, accepted.value.report);
    expect(saved.ok).toBe(true);
    expect(loadReport(path).cells['T3.new.natural']).toBe(99);
    // The copy is removed after the save has answered: wait for it, however loaded the machine.
    await expect.poll(() => files.recovery.list()).toEqual([]);
  });

  it('declining keeps the file exactly as it was and removes the offer', async () => {
    const original = await readFile(path);
    await killedEditingSession();
    const files = new FileService({ userData: join(dir, 'ud') });
    const [offer] = await files.recovery.list();
    expect(offer).toBeDefined();
    await files.discardRecovery(offer?.id ?? '');
    expect(await files.recovery.list()).toEqual([]);
    expect(await readFile(path)).toEqual(original);
  });
});
