import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAll } from '../../src/main/app/close-flow';
import { dispatch } from '../../src/main/app/handlers';
import { FileService } from '../../src/main/files/documents';
import { fitFileName, suggestedFileName } from '../../src/main/files/naming';
import { loadReport, SAMPLE_PATH } from '../helpers';
import { testHandlers } from './handlers';

const bytes = (name: string) => Buffer.byteLength(name, 'utf8');
const withUnit = (name: string) => {
  const report = loadReport(SAMPLE_PATH);
  return { ...report, unit: { ...report.unit, name } };
};

describe('suggested file names fit the file system', () => {
  it('shortens a long Chinese unit name to 255 bytes by whole characters, keeping the extension, and the name can be created', async () => {
    const name = suggestedFileName(withUnit('某某县某某镇人民政府'.repeat(20)), 'nianbao');
    expect(bytes(name)).toBeLessThanOrEqual(255);
    expect(bytes(name)).toBeGreaterThan(240);
    expect(name.endsWith('.nianbao')).toBe(true);
    expect(name).not.toContain('\ufffd');
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-naming-'));
    await writeFile(join(dir, name), 'x');
    expect(await readdir(dir)).toEqual([name]);
  });

  it('never cuts a character outside the BMP in half', () => {
    const name = fitFileName('𠀀'.repeat(100), 'pdf');
    expect(bytes(name)).toBeLessThanOrEqual(255);
    expect([...name.slice(0, -4)].every((ch) => ch === '𠀀')).toBe(true);
  });

  it('keeps a variant suffix whole when the base is shortened', () => {
    const name = suggestedFileName(withUnit('镇'.repeat(200)), 'pdf', 2);
    expect(name.endsWith('（2）.pdf')).toBe(true);
    expect(bytes(name)).toBeLessThanOrEqual(255);
  });

  it.each([
    ['CON', 'CON_.pdf'],
    ['nul', 'nul_.pdf'],
    ['Com1', 'Com1_.pdf'],
    ['LPT9', 'LPT9_.pdf'],
    ['aux.年报', 'aux_.年报.pdf'],
    ['CONSOLE', 'CONSOLE.pdf'],
  ])('a Windows device name %s is not suggested as a file name', (base, expected) => {
    expect(fitFileName(base, 'pdf')).toBe(expected);
  });

  it('removes forbidden and control characters and trailing dots and spaces', () => {
    expect(fitFileName(' 某镇<>:"/\\|?*\u0007\u007f报告. . ', 'docx')).toBe('某镇报告.docx');
    expect(fitFileName('...', 'pdf')).toBe('政府信息公开工作年度报告.pdf');
    // Trailing dots left by the shortening are trimmed too.
    const name = fitFileName(`${'镇'.repeat(80)}.${'a'.repeat(30)}`, 'pdf');
    expect(name).toMatch(/^[镇.a]+\.pdf$/);
    expect(name.slice(0, -4).endsWith('.')).toBe(false);
  });

  it('every save and export dialog gets the fitted name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-naming-'));
    const asked: string[] = [];
    const dialogs = {
      chooseOpenPath: () => Promise.resolve(undefined),
      chooseSavePath: (name: string) => {
        asked.push(name);
        return Promise.resolve(undefined);
      },
    };
    const files = new FileService({ userData: join(dir, 'ud') });
    const { handlers, close } = testHandlers(files, dialogs);
    try {
      const report = withUnit(`CON${'镇'.repeat(120)}`);
      const doc = files.adopt(report, true);
      await dispatch(handlers, 'file:saveAs', [doc.docId, report]);
      await dispatch(handlers, 'export:pdf', [report, {}]);
      await dispatch(handlers, 'export:docx', [report, {}]);
      await closeAll(files, { unsaved: () => Promise.resolve('save'), failed: () => Promise.resolve() }, dialogs);
      expect(asked.map((n) => n.slice(n.lastIndexOf('.')))).toEqual(['.nianbao', '.pdf', '.docx', '.nianbao']);
      for (const name of asked) expect(bytes(name)).toBeLessThanOrEqual(255);
    } finally {
      await close();
    }
  });
});
