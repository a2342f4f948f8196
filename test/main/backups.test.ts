import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_POLICY } from '../../src/main/files/backups';
import { FileService } from '../../src/main/files/documents';
import { SAMPLE_PATH, loadReport, tempSampleCopy } from '../helpers';

const DAY = 24 * 3600 * 1000;
let dir: string;
let path: string;
let clock: number;
let files: FileService;

beforeEach(async () => {
  ({ dir, path } = await tempSampleCopy('backups', '报告.nianbao'));
  clock = Date.parse('2026-01-01T09:00:00+08:00');
  files = new FileService({ userData: join(dir, 'ud'), now: () => new Date(clock) });
});

async function saveVersion(docId: string, text: string) {
  const report = { ...loadReport(SAMPLE_PATH), preamble: text };
  const r = await files.save(docId, report);
  if (!r.ok) throw new Error(r.error.message);
}

describe('backups', () => {
  it('keeps the last 10 saves plus the newest of each of the last 30 days', async () => {
    const opened = await files.open(path);
    if (!opened.ok) throw new Error('open');
    const id = opened.value.docId;
    // 40 days, 3 saves a day.
    for (let day = 0; day < 40; day++) {
      for (let s = 0; s < 3; s++) {
        clock += 3600 * 1000;
        await saveVersion(id, `第${day}天第${s}次`);
      }
      clock += DAY - 3 * 3600 * 1000;
    }
    const list = await files.backups.list(path);
    const times = list.map((b) => Date.parse(b.time));
    const days = new Set(times.map((t) => new Date(t).toDateString()));
    expect(list.length).toBeLessThanOrEqual(BACKUP_POLICY.lastSaves + BACKUP_POLICY.days);
    expect(list.length).toBeGreaterThanOrEqual(BACKUP_POLICY.days);
    expect(times.every((t) => t >= clock - (BACKUP_POLICY.days + 1) * DAY)).toBe(true);
    expect(days.size).toBeGreaterThanOrEqual(BACKUP_POLICY.days - 1);
    // The newest 10 saves are all there.
    expect(list.slice(0, 10).map((b) => b.reason)).toEqual(Array(10).fill('save'));
    expect(times.slice(0, 10).every((t, i, a) => i === 0 || t < (a[i - 1] ?? 0))).toBe(true);
  });

  it('restores a version, and the restore can itself be undone', async () => {
    const opened = await files.open(path);
    if (!opened.ok) throw new Error('open');
    const id = opened.value.docId;
    await saveVersion(id, '版本一');
    clock += 1000;
    await saveVersion(id, '版本二');
    clock += 1000;
    await saveVersion(id, '版本三');
    // Backups hold what each save replaced: the original, 版本一, 版本二.
    const list = await files.backups.list(path);
    const texts = await Promise.all(list.map(async (b) => (await files.backups.read(path, b.id)).report.preamble));
    expect(texts).toEqual(['版本二', '版本一', loadReport(SAMPLE_PATH).preamble]);

    clock += 1000;
    const restored = await files.restoreBackup(id, list[1]?.id ?? '');
    expect(restored.ok && restored.value.report.preamble).toBe('版本一');
    expect(loadReport(path).preamble).toBe('版本一');

    const afterRestore = await files.backups.list(path);
    expect(afterRestore[0]?.reason).toBe('restore');
    clock += 1000;
    const undone = await files.restoreBackup(id, afterRestore[0]?.id ?? '');
    expect(undone.ok && undone.value.report.preamble).toBe('版本三');
    expect(loadReport(path).preamble).toBe('版本三');
    // The outside-change check knows the restored bytes are ours.
    expect(await files.checkOutside(id)).toEqual({ ok: true, value: 'unchanged' });
  });

  it('refuses a backup id that is not one', async () => {
    const opened = await files.open(path);
    if (!opened.ok) throw new Error('open');
    const r = await files.restoreBackup(opened.value.docId, '../../etc/passwd');
    expect(r.ok).toBe(false);
    expect(await readdir(dir)).toContain('报告.nianbao');
  });
});

describe('backups when the clock is wrong', () => {
  const preambles = async () =>
    Promise.all(
      (await files.backups.list(path)).map(async (b) => (await files.backups.read(path, b.id)).report.preamble),
    );

  it('a clock set back years (a dead CMOS battery) still keeps the version each save replaced, newest first', async () => {
    const opened = await files.open(path);
    if (!opened.ok) throw new Error('open');
    clock = Date.parse('2026-12-01T09:00:00+08:00');
    for (let n = 1; n <= 12; n++) {
      clock += 3600 * 1000;
      await saveVersion(opened.value.docId, `版本${n}`);
    }
    // Months back: past the 30 days, and still a year a 2025 report may be saved in.
    clock = Date.parse('2026-01-02T00:00:00+08:00');
    await saveVersion(opened.value.docId, '时钟错乱后的版本');
    await saveVersion(opened.value.docId, '再存一次');
    const kept = await preambles();
    expect(kept.slice(0, 3)).toEqual(['时钟错乱后的版本', '版本12', '版本11']);
    const list = await files.backups.list(path);
    // Shown with the time the clock gave when it was written, wrong as it was.
    expect(list[0]?.time.startsWith('2026-01-01')).toBe(true);
  });

  it('a clock that ran years ahead once does not keep that version forever as the newest', async () => {
    const opened = await files.open(path);
    if (!opened.ok) throw new Error('open');
    const right = clock;
    clock = Date.parse('2030-06-01T09:00:00+08:00');
    await saveVersion(opened.value.docId, '时钟快了');
    clock = right;
    await saveVersion(opened.value.docId, '时钟已校正');
    expect((await preambles()).slice(0, 2)).toEqual(['时钟快了', loadReport(SAMPLE_PATH).preamble]);
    for (let n = 1; n <= BACKUP_POLICY.lastSaves; n++) {
      clock += 60 * 1000;
      await saveVersion(opened.value.docId, `之后${n}`);
    }
    const after = Array.from(
      { length: BACKUP_POLICY.lastSaves - 1 },
      (_, i) => `之后${BACKUP_POLICY.lastSaves - 1 - i}`,
    );
    expect(await preambles()).toEqual([...after, '时钟已校正']);
    expect((await files.backups.list(path)).every((b) => !b.time.startsWith('2030'))).toBe(true);
  });
});
