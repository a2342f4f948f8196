import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS, formatIndex } from '@shared/format';
import type { TableDef } from '@shared/format';
import { settleImportChecks, splitCells } from '@shared/import/review';
import { importText } from '@shared/import/text-report';
import { markdownText } from '@shared/import/markdown-text';
import { diagnose, importSummary } from '../../src/main/import/diagnostics';
import { evaluate } from '@shared/rules';
import type { CellValue, Report } from '@shared/report';
import { fixturePath, loadReport } from '../helpers';

const seed = (name: string) => importText(readFileSync(fixturePath(`seeds/${name}.txt`), 'utf8'));
const rules = (r: ReturnType<typeof seed>) => evaluate(r.report).map((f) => f.rule);

describe('text import of the seed reports (tables by their row labels)', () => {
  it('000 小纪汗镇 2021, tab-separated: every cell 0, title and parts found, N3', () => {
    const r = seed('000_21d3bb4be097aba7');
    expect(r.report).toMatchObject({ formatId: 'gov-2021', year: 2021, unit: { name: '小纪汗镇', kind: 'township' } });
    expect(r.report.title).toBe('小纪汗镇2021年政府信息公开工作年度报告');
    for (const c of formatIndex('gov-2021').cells) expect(r.report.cells[c.id], c.id).toBe(0);
    // Printed 「2021 年以来」 (WPS's 中西文间距, copied as a space): the clerk's report gets it without.
    expect(r.report.parts.overview).toMatch(/^2021年以来，小纪汗镇党委/);
    expect(r.report.parts.other).toBe('我单位无其他需要报告的事项。');
    expect(r.report.published).toEqual({ headings: {}, labels: {}, missingRows: [] });
    expect(r.notices).toEqual([]);
    // The copied text ends without a date: C4 asks for it.
    expect(rules(r)).toEqual(['C4', 'N3']);
  });

  it('001 崇文镇 2021, pipes, no title, outcome rows without labels: all zeros placed in order, told so', () => {
    const r = seed('001_f490327802bf34e8');
    expect(r.report).toMatchObject({ formatId: 'gov-2021', year: 2021, unit: { name: '崇文镇', kind: 'township' } });
    expect(r.report.title).toBe('崇文镇2021年政府信息公开工作年度报告');
    expect(r.notices[0]).toBe('原文没有标题，年度：2021年、单位：崇文镇是从正文推断的，请核对。');
    for (const c of formatIndex('gov-2021').cells) expect(r.report.cells[c.id], c.id).toBe(0);
    const outcomes = [...new Set(formatIndex('gov-2021').cells.map((c) => c.row))].filter((row) =>
      /^T3\.(open|partial|deny|none|skip|other|result_total)/.test(row),
    );
    expect(outcomes).toHaveLength(22);
    expect(r.report.published?.byPosition).toEqual(outcomes);
    expect(r.report.published?.missingRows).toEqual([]);
    expect(r.report.parts.other).toBe('无');
    expect(rules(r)).toEqual(['I2', 'C4', 'N3']);
  });

  it('002 宁河镇 2020, one cell per line: the numbers of the hand-built fixture, H1/H2/H3, W3, W4', () => {
    const r = seed('002_7b4b25fcf59f7d61');
    const byHand = loadReport(fixturePath('ninghe-2020.nianbao'));
    expect(r.report).toMatchObject({ formatId: 'gov-2019', year: 2020, unit: { name: '宁河镇' } });
    expect(r.report.cells).toEqual(byHand.cells);
    expect(r.report.published?.headings).toEqual(byHand.published?.headings);
    const errors = evaluate(r.report).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule).sort()).toEqual(['H1', 'H2', 'H3']);
    expect(rules(r)).toEqual(expect.arrayContaining(['W3', 'W4']));
  });

  it('003 八台镇 2021: the blank 国家秘密 row, local label variants, 4 decimals for 万元', () => {
    const r = seed('003_7ee47bbe9f020fb3');
    const six = ['natural', 'commercial', 'research', 'welfare', 'legal', 'other_org'];
    for (const c of formatIndex('gov-2021').cells) {
      const blank = c.row === 'T3.deny.secret' && six.some((s) => c.id.endsWith(`.${s}`));
      expect(r.report.cells[c.id], c.id).toBe(blank ? null : 0);
    }
    expect(r.report.published?.labels).toEqual({
      'T2.a20_1.repealed': '本年度废止件数',
      'T3.deny.law': '2.其他法律法规禁止公开',
    });
    expect(r.report.settings.amountDecimals).toBe(4);
    const found = evaluate(r.report);
    expect(found.filter((f) => f.rule === 'B1').map((f) => f.cells)).toEqual([six.map((s) => `T3.deny.secret.${s}`)]);
    expect(found.filter((f) => f.rule === 'W4')).toHaveLength(2);
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('004 魏店镇 2021: 行政许可 106 and blanks everywhere else, truncated rows and label variants reported', () => {
    const r = seed('004_b53832959225c400');
    expect(r.report).toMatchObject({ formatId: 'gov-2021', year: 2021, unit: { name: '魏店镇', kind: 'township' } });
    const filled = Object.entries(r.report.cells).filter(([, v]) => v !== null);
    expect(filled).toEqual([['T2.a20_5.licensing.decisions', 106]]);
    expect(r.report.preamble).toMatch(/^按照《中华人民共和国政府信息公开条例》/);
    expect(r.report.preamble).toContain('0938—6211010');
    expect(r.report.published?.missingRows).toEqual(['T2.a20_6.coercion', 'T2.a20_8.admin_fee', 'T3.other.misc']);
    expect(r.report.published?.labels).toMatchObject({
      'T2.a20_1.normative': '规范性文件',
      'T3.other.no_correction': '1.申请人无正当理由逾期不补证，行政机关不再处理其政府信息公开申请',
    });
    expect(rules(r)).toEqual(expect.arrayContaining(['B1', 'W4']));
    expect(evaluate(r.report).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('keeps rows the format does not have out of the table, and shows them with their numbers (I3)', () => {
    const base = readFileSync(fixturePath('seeds/000_21d3bb4be097aba7.txt'), 'utf8');
    const r = importText(base.replace('(七) 总计\t', '（八）转交其他机关办理\t\t2\t0\t0\t0\t0\t0\t2\n(七) 总计\t'));
    expect(r.report.published?.extraRows).toEqual([
      { table: 'T3', label: '（八）转交其他机关办理', values: ['2', '0', '0', '0', '0', '0', '2'] },
    ]);
    for (const c of formatIndex('gov-2021').cells) expect(r.report.cells[c.id], c.id).toBe(0);
    const i3 = evaluate(r.report).find((f) => f.rule === 'I3');
    expect(i3?.message).toContain('第三部分表格“（八）转交其他机关办理”（2 0 0 0 0 0 2）');
  });

  it('finds the six parts under other numberings, and without numbers when Word numbered them itself', () => {
    const base = readFileSync(fixturePath('seeds/000_21d3bb4be097aba7.txt'), 'utf8');
    const plain = importText(base).report;
    const variants = importText(
      base
        .replace('一、总体情况', '总体情况')
        .replace('二、主动公开政府信息情况', '第二部分 主动公开政府信息情况')
        .replace('三、收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请情况：')
        .replace('四、政府信息公开行政复议、行政诉讼情况', '四．政府信息公开行政复议、行政诉讼情况')
        .replace('五、存在的主要问题及改进情况', '5 存在的主要问题及改进情况')
        .replace('六、其他需要报告的事项', '其他需要报告的事项'),
    );
    expect(variants.headings).toBe(6);
    expect(variants.report.parts).toEqual(plain.parts);
    expect(variants.report.cells).toEqual(plain.cells);
    // A sentence that merely names a part is no heading.
    const sentence = importText(base.replace('一、总体情况', '以下是总体情况，请审阅。'));
    expect(sentence.headings).toBe(5);
  });

  it('never places a row of its own under a missing official row, nor takes a 小计 row for a column', () => {
    const base = readFileSync(fixturePath('seeds/000_21d3bb4be097aba7.txt'), 'utf8');
    const r = importText(
      base
        .replace(/\t3\. 其他\t[^\n]*\n/, '\t（八）转交其他机关\t4\t0\t0\t0\t0\t0\t4\n')
        .replace(
          '\t\t8. 属于行政查询事项\t0\t0\t0\t0\t0\t0\t0',
          '\t\t8. 属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\n\t\t小计\t0\t0\t0\t0\t0\t0\t0',
        ),
    );
    expect(r.report.published?.missingRows).toEqual(['T3.other.misc']);
    expect(r.report.published?.byPosition).toBeUndefined();
    expect(r.report.cells['T3.other.misc.natural']).toBeNull();
    // The 小计 row loses no data: it is told, not listed as a row whose numbers were dropped (I3).
    expect(r.report.published?.extraRows).toEqual([
      { table: 'T3', label: '（八）转交其他机关', values: ['4', '0', '0', '0', '0', '0', '4'] },
    ]);
    expect(r.notices).toEqual(['原文第三部分表格自加了1个小计行（官方格式没有），未导入：“小计” 0 0 0 0 0 0 0。']);
    for (const c of formatIndex('gov-2021').cells)
      if (!c.id.startsWith('T3.other.misc.')) expect(r.report.cells[c.id], c.id).toBe(0);
  });

  it('matches table two’s columns by their printed headers when a section lists them in another order', () => {
    const base = readFileSync(fixturePath('seeds/000_21d3bb4be097aba7.txt'), 'utf8');
    const r = importText(
      base
        .replace(
          '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
          '信息内容\t现行有效件数\t本年制发件数\t本年废止件数',
        )
        .replace('规章\t0\t0\t0', '规章\t9\t1\t0')
        .replace('行政规范性文件\t0\t0\t0', '行政规范性文件\t12\t3\t1'),
    );
    const cell = (row: string, m: string) => r.report.cells[`T2.a20_1.${row}.${m}`];
    expect(['issued', 'repealed', 'in_force'].map((m) => cell('regulation', m))).toEqual([1, 0, 9]);
    expect(['issued', 'repealed', 'in_force'].map((m) => cell('normative', m))).toEqual([3, 1, 12]);
    expect(r.notices).toEqual(['原文第二部分表格“第二十条第（一）项”的列顺序与官方格式不同，已按列名对应填入。']);
    // The official order read as before.
    const plain = importText(base.replace('规章\t0\t0\t0', '规章\t9\t1\t0'));
    expect(['issued', 'repealed', 'in_force'].map((m) => plain.report.cells[`T2.a20_1.regulation.${m}`])).toEqual([
      9, 1, 0,
    ]);
  });

  it('reads a total row printed as 「合计」, keeping the wording for W4', () => {
    const base = readFileSync(fixturePath('seeds/000_21d3bb4be097aba7.txt'), 'utf8');
    const r = importText(base.replace('(七) 总计\t\t0\t0\t0\t0\t0\t0\t0', '合计\t\t5\t0\t0\t0\t0\t0\t5'));
    expect(r.report.cells['T3.result_total.natural']).toBe(5);
    expect(r.report.cells['T3.result_total.total']).toBe(5);
    expect(r.report.published?.missingRows).toEqual([]);
    expect(r.report.published?.labels).toEqual({ 'T3.result_total': '合计' });
    expect(evaluate(r.report).map((f) => f.rule)).toEqual(expect.arrayContaining(['W4', 'H3']));
  });

  it('reads numbers printed with their cell’s unit (「5件」「12.5万元」), never one in 元 as 万元', () => {
    const base = readFileSync(fixturePath('seeds/000_21d3bb4be097aba7.txt'), 'utf8');
    const line = '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0';
    expect(base).toContain(line);
    const withUnits = (fee: string) =>
      importText(
        base
          .replace(line, '一、本年新收政府信息公开申请数量\t5件\t0\t0\t0\t0\t0 件\t5件')
          .replace(/(行政事业性收费\t)0/, `$1${fee}`),
      ).report.cells;
    const cells = withUnits('12.5万元');
    expect([cells['T3.new.natural'], cells['T3.new.other_org'], cells['T3.new.total']]).toEqual([5, 0, 5]);
    expect(cells['T2.a20_8.admin_fee.amount']).toBe(12.5);
    expect(withUnits('125000元')['T2.a20_8.admin_fee.amount']).toBeNull();
  });

  it('reads rows whose cells were joined by one space, 「—」 among them, past a page number between label and numbers', () => {
    const base = readFileSync(fixturePath('seeds/000_21d3bb4be097aba7.txt'), 'utf8');
    const joined = base
      .split('\n')
      .map((l) => (l.includes('\t') ? l.split('\t').filter(Boolean).join(' ') : l))
      .join('\n')
      .replace(
        '一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0',
        '一、本年新收政府信息公开申请数量\n- 2 -\n5 — 0 0 0 0 5',
      );
    const { cells, published } = importText(joined).report;
    expect(
      formatIndex('gov-2021')
        .byRow.get('T3.new')
        ?.map((c) => cells[c.id]),
    ).toEqual([5, null, 0, 0, 0, 0, 5]);
    expect(cells['T3.carried_in.natural']).toBe(0);
    expect(cells['T4.suit_after_review.total']).toBe(0);
    expect(published?.missingRows).toEqual([]);
  });

  describe('rows whose cell boundaries were lost in copying', () => {
    const base = readFileSync(fixturePath('seeds/000_21d3bb4be097aba7.txt'), 'utf8');
    const glue = (digits: string) =>
      importText(
        base.replace(
          '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
          `一、本年新收政府信息公开申请数量${digits}`,
        ),
      );

    it('are recovered when the sum rule allows one split only and the other rows agree with it', () => {
      const r = glue('0000000');
      expect(r.report.cells['T3.new.natural']).toBe(0);
      expect(r.report.cells['T3.new.total']).toBe(0);
      expect(r.report.published?.splits).toBeUndefined();
    });

    it('are left uncertain when the only split that adds up contradicts the other rows (a misprinted total)', () => {
      // 106 new applications against no results at all: the split adds up in its row, the table does not.
      const r = glue('10600000106');
      expect(r.report.cells['T3.new.natural']).toBeNull();
      expect(r.report.published?.splits).toEqual({ 'T3.new': [[106, 0, 0, 0, 0, 0, 106]] });
      expect(evaluate(r.report).find((f) => f.rule === 'I1')?.message).toContain('与其他行的合计关系不符');
      // No split adds up at all: uncertain too, never a blank without a word.
      const none = glue('1234567');
      expect(none.report.published?.splits).toEqual({ 'T3.new': [] });
      expect(evaluate(none.report).find((f) => f.rule === 'I1')?.message).toContain('没有一种拆法符合合计关系');
    });

    it('are left blank and marked uncertain when several splits fit', () => {
      const r = glue('150010016');
      const row = ['natural', 'commercial', 'research', 'welfare', 'legal', 'other_org', 'total'].map(
        (c) => `T3.new.${c}`,
      );
      for (const id of row) expect(r.report.cells[id]).toBeNull();
      // Both readings are kept for the clerk to pick; picking one settles the row.
      const splits = r.report.published?.splits?.['T3.new'] ?? [];
      expect([...splits].sort()).toEqual([
        [1, 5, 0, 0, 10, 0, 16],
        [15, 0, 0, 1, 0, 0, 16],
      ]);
      const asked = evaluate(r.report).find((f) => f.rule === 'I1');
      expect(asked?.cells).toEqual(row);
      expect(asked?.message).toContain('15、0、0、1、0、0、16');
      expect(asked?.message).toContain('1、5、0、0、10、0、16');
      const picked = {
        ...r.report,
        cells: { ...r.report.cells, ...splitCells(r.report.formatId, 'T3.new', [15, 0, 0, 1, 0, 0, 16]) },
      };
      const settled = settleImportChecks(picked, row);
      expect(settled.published?.splits).toEqual({});
      expect(evaluate(settled).filter((f) => f.rule === 'I1')).toEqual([]);
      expect(settled.cells['T3.new.welfare']).toBe(1);
      expect(r.report.cells['T3.carried_in.natural']).toBe(0);
      // Their blanks are the import's finding I1, not B1 as well.
      expect(evaluate(r.report).filter((f) => f.rule === 'B1')).toEqual([]);
    });

    it('are decided by the rules across rows when only one split keeps them', () => {
      // The outcome rows say 15 natural persons and 1 legal service body: only 15|0|0|1|0|0|16 balances.
      const text = base
        .replace('一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0', '一、本年新收政府信息公开申请数量150010016')
        .replace('(一) 予以公开\t\t0\t0\t0\t0\t0\t0\t0', '(一) 予以公开\t\t15\t0\t0\t1\t0\t0\t16')
        .replace('(七) 总计\t\t0\t0\t0\t0\t0\t0\t0', '(七) 总计\t\t15\t0\t0\t1\t0\t0\t16');
      const r = importText(text);
      expect(['natural', 'welfare', 'total'].map((c) => r.report.cells[`T3.new.${c}`])).toEqual([15, 1, 16]);
      expect(r.report.published?.splits).toBeUndefined();
      // The clerk is told how those seven cells were found.
      expect(r.source.splitBySums).toEqual(['T3.new']);
      expect(importSummary(diagnose(r.report, r.notices, 'text', r.source))).toContain(
        '已从原文填入 200 个单元格（按行名 193 个，按合计关系拆开连在一起的数字 7 个），空白 0 个。',
      );
      expect(evaluate(r.report).filter((f) => f.severity === 'error')).toEqual([]);
    });
  });
});

describe('an OCR table whose header row breaks the label into fragments', () => {
  const source = readFileSync(fixturePath('corpus/busy-2024-ocr-fragments.md'), 'utf8');
  const header = '| 本年新 | 收政府 | 信息公 | 开申请 | 数量 |   |   |   |';
  const row = (r: ReturnType<typeof importText>) =>
    formatIndex(r.report.formatId)
      .byRow.get('T3.new')
      ?.map((c) => r.report.cells[c.id]);

  it('a stray number in the header row is told, never placed, and the row is read from its whole label', () => {
    expect(source).toContain(header);
    const stray = source.replace(header, '| 本年新 | 收政府 | 信息公 | 开申请 | 数量 |   |   | 1,284 |');
    const r = importText(markdownText(stray).text);
    expect(row(r)).toEqual([144, 125, 93, 68, 163, 170, 763]);
    expect(r.notices.join('\n')).toContain('表头中有数字“1,284”');
  });

  it('a row printing more numbers than it has cells (OCR split 144 into 1 and 44) is left blank and told, never shifted', () => {
    const line = '| 本年新收政府信息公开申请数量 | 144 | 125 | 93 | 68 | 163 | 170 | 763 |';
    expect(source).toContain(line);
    const r = importText(markdownText(source.replace(line, line.replace('| 144 |', '| 1 | 44 |'))).text);
    expect(row(r)).toEqual([null, null, null, null, null, null, null]);
    expect(r.notices.join('\n')).toContain('有8个数字（应有7个），可能有数字被拆开');
  });

  it('a number with a stray space inside its own cell (「| 1 44 |」) is that cell’s number, and the clerk is told', () => {
    const line = '| 本年新收政府信息公开申请数量 | 144 | 125 | 93 | 68 | 163 | 170 | 763 |';
    const r = importText(markdownText(source.replace(line, line.replace('| 144 |', '| 1 44 |'))).text);
    expect(row(r)).toEqual([144, 125, 93, 68, 163, 170, 763]);
    expect(r.notices.join('\n')).toContain('的“1 44”中间夹着空格');
  });

  it('spaced numbers are not joined where the cells then do not match the row (two cells run into one, zeros that lost their cells)', () => {
    const line = '| 本年新收政府信息公开申请数量 | 144 | 125 | 93 | 68 | 163 | 170 | 763 |';
    for (const damaged of [
      line.replace('| 144 | 125 |', '| 144 125 |').replace('| 93 |', '| 9 3 |'),
      line.replace('| 144 |', '| 0 144 |'),
    ]) {
      const r = importText(markdownText(source.replace(line, damaged)).text);
      expect(row(r)).toEqual([null, null, null, null, null, null, null]);
    }
  });

  it('as many numbers as the row has cells after the fragments are the row’s own: read, not skipped', () => {
    const own = source.replace(header, '| 本年新 | 收政府 | 信息公 | 开申请 | 数量 | 1 | 2 | 3 | 4 | 5 | 6 | 21 |');
    const r = importText(markdownText(own).text);
    expect(row(r)).toEqual([1, 2, 3, 4, 5, 6, 21]);
  });
});

describe('text as converters lay it out (the Huai’an report through pdftotext -layout and a Markdown converter)', () => {
  const layout = readFileSync(fixturePath('corpus/huaian-2024-pdftotext-layout.txt'), 'utf8');
  const merged = readFileSync(fixturePath('corpus/huaian-2024-converter-merged.md'), 'utf8');
  const cells = (r: ReturnType<typeof importText>, row: string) =>
    formatIndex(r.report.formatId)
      .byRow.get(row)
      ?.map((c) => r.report.cells[c.id]);

  it('columns kept apart by runs of spaces are cells; one space inside a cell is one number with a stray space, told', () => {
    const line = '      （一）予以公开                   1288        21       0        0    50       3   1362';
    expect(layout).toContain(line);
    expect(cells(importText(layout), 'T3.open')).toEqual([1288, 21, 0, 0, 50, 3, 1362]);
    const spaced = importText(layout.replace(line, line.replace('1288', '1 288')));
    expect(cells(spaced, 'T3.open')).toEqual([1288, 21, 0, 0, 50, 3, 1362]);
    expect(spaced.notices.join('\n')).toContain('的“1 288”中间夹着空格');
  });

  it('a label wrapped around its numbers, with a group label printed down its own column between, is one label', () => {
    const r = importText(layout);
    expect(cells(r, 'T3.other.no_fee')).toEqual([6, 0, 0, 0, 0, 0, 6]);
    // Its lines before and after the numbers make the official label: nothing for W4 to report.
    expect(r.report.published?.labels).toEqual({});
  });

  it('table four’s fifteen numbers one per line are placed in their order only when its three 总计 hold', () => {
    const raw = readFileSync(fixturePath('corpus/huaian-2024-pdftotext-raw.txt'), 'utf8');
    // pdftotext without -layout reads the table column by column: 72 64 178 37, then 复议后起诉's 12 1 1 6 …
    expect(raw).toMatch(/^37\n\n结 果\n/m);
    const r = importText(raw);
    expect(cells(r, 'T4.review')).toEqual([null, null, null, null, null]);
    expect(r.notices.join('\n')).toContain('15个数字各占一行，按原文的顺序不符合各组“总计”的关系');
    // The same fifteen in the table's order are its row.
    const ordered = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20];
    const part = raw.slice(raw.indexOf('四、政府信息公开行政复议'), raw.indexOf('五、存在的主要问题'));
    const inOrder = importText(raw.replace(part, `四、政府信息公开行政复议、行政诉讼情况\n${ordered.join('\n')}\n`));
    expect(cells(inOrder, 'T4.review')).toEqual([72, 64, 178, 37, 351]);
    expect(cells(inOrder, 'T4.suit_after_review')).toEqual([12, 1, 1, 6, 20]);
  });

  it('a one-cell row repeated in every column it spans is read once, and told; different numbers stay blank', () => {
    const line = '| 行政许可 | 447228 | 447228 | 447228 |';
    expect(merged).toContain(line);
    const r = importText(markdownText(merged).text);
    expect(cells(r, 'T2.a20_5.licensing')).toEqual([447228]);
    expect(r.notices.join('\n')).toContain('“447228”在原文中重复印了3遍');
    const differ = importText(markdownText(merged.replace(line, '| 行政许可 | 447228 | 447229 | 447228 |')).text);
    expect(cells(differ, 'T2.a20_5.licensing')).toEqual([null]);
    expect(differ.notices.join('\n')).toContain('“行政许可”行在原文中有3个数字（应有1个）');
  });
});

/** `report` printed a cell a line, as scrapers and readers render a portal's tables; `cell` prints a value. */
function cellPerLine(
  report: Report,
  join: string,
  cell: (v: CellValue, id: string) => string = (v) => String(v ?? ''),
): string {
  const format = FORMATS[report.formatId];
  const table = (t: TableDef) =>
    [...t.head, ...t.body]
      .flat()
      .map((c) => (c.type === 'label' ? c.text : cell(report.cells[c.cell] ?? null, c.cell)))
      .join(join);
  return [
    report.title,
    ...format.parts.map(
      (p) => `${p.heading}\n${p.table ? table(format.tables[p.table]) : report.parts[p.id as 'overview']}`,
    ),
  ].join('\n');
}

describe('a table printed a cell a line (as some scrapers and readers render one)', () => {
  const expectCells = (text: string, report: Report) => {
    const r = importText(text);
    for (const c of formatIndex(report.formatId).cells) expect(r.report.cells[c.id], c.id).toBe(report.cells[c.id]);
  };

  it('reads every cell where it was printed with 「|」 lines between: a 「|」 is no blank cell', () => {
    const busy = loadReport(fixturePath('corpus/busy-2024.nianbao'));
    expectCells(cellPerLine(busy, '\n|\n'), busy);
  });

  it('reads the 2019 table’s 本年增/减 printed 「减4」「增3」', () => {
    const ninghe = loadReport(fixturePath('ninghe-2020.nianbao'));
    ninghe.cells['T2.a20_5.licensing.delta'] = -4;
    ninghe.cells['T2.a20_6.penalty.delta'] = 3;
    const delta = (v: CellValue, id: string) =>
      id.endsWith('.delta') && typeof v === 'number' && v !== 0
        ? `${v < 0 ? '减' : '增'}${Math.abs(v)}`
        : String(v ?? '');
    expectCells(cellPerLine(ninghe, ' |\n', delta), ninghe);
  });
});
