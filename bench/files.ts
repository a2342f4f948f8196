import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FileService } from '../src/main/files/documents';
import { medianAsyncMs, report } from './measure';

const SAMPLE = resolve(import.meta.dirname, '../../resources/sample/sample-report.nianbao');

/** Save (backup + temp file + fsync + rename + folder fsync) and open of a typical report, on this disk. */
export async function benchFiles(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const path = join(dir, '示例镇2025.nianbao');
  copyFileSync(SAMPLE, path);
  const files = new FileService({ userData: join(dir, 'userdata') });
  const opened = await files.open(path);
  if (!opened.ok) throw new Error(opened.error.message);
  const { docId, report: r } = opened.value;
  let i = 0;
  const save = await medianAsyncMs(101, () => files.save(docId, { ...r, preamble: `第${i++}次` }));
  report('files.save', save, 'ms', '≤ 20');
  await files.close(docId, { discard: false });
  const open = await medianAsyncMs(101, async () => {
    const o = await files.open(path);
    if (o.ok) await files.close(o.value.docId, { discard: false });
  });
  report('files.open', open, 'ms', '≤ 10');
}
