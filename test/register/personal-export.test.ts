import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyReport } from '@shared/report';
import { withRegisterCounts } from '@shared/register';
import { writeDocx, writePdf } from '../../src/main/export/export-report';
import { chromiumExports } from '../export/renderer';
import { HAND_REGISTER_2021, register } from './registers';

/** Personal data planted in the register: none of it may appear in anything exported. */
const PERSONAL = ['张三', '李四', '13800000001'];

const exports = chromiumExports();
let dir: string;
const report = withRegisterCounts({
  ...emptyReport({ year: 2021, unitName: '某镇人民政府', kind: 'township', region: '' }),
  register: register(HAND_REGISTER_2021),
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-personal-'));
});
afterAll(() => exports.close());

describe('personal fields are absent from every export', () => {
  it('the PDF text and its attached report.nianbao (which keeps the register without them)', async () => {
    const pdf = join(dir, 'report.pdf');
    expect((await writePdf(report, pdf, exports.context)).ok).toBe(true);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('收到和处理政府信息公开申请情况');
    const attached = join(dir, 'attached');
    execFileSync('mkdir', ['-p', attached]);
    execFileSync('pdfdetach', ['-saveall', '-o', attached, pdf]);
    const data = await readFile(join(attached, 'report.nianbao'), 'utf8');
    expect(data).toContain('"2021-003"');
    expect(data).toContain('低保名单');
    const raw = (await readFile(pdf)).toString('latin1');
    for (const p of PERSONAL) {
      expect(text).not.toContain(p);
      expect(data).not.toContain(p);
      expect(raw).not.toContain(p);
    }
  });

  it('every XML part of the DOCX', async () => {
    const docx = join(dir, 'report.docx');
    expect((await writeDocx(report, docx, exports.context)).ok).toBe(true);
    const parts = join(dir, 'docx');
    execFileSync('unzip', ['-o', '-q', docx, '-d', parts]);
    const files = (await readdir(parts, { recursive: true })).filter((f) => f.endsWith('.xml') || f.endsWith('.rels'));
    expect(files).toContain(join('word', 'document.xml'));
    const xml = (await Promise.all(files.map((f) => readFile(join(parts, f), 'utf8')))).join('\n');
    expect(xml).toContain('本年新收政府信息公开申请数量');
    for (const p of PERSONAL) expect(xml).not.toContain(p);
  });
});
