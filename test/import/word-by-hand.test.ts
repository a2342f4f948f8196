import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import { evaluate } from '@shared/rules';
import { readReportSource } from '../../src/main/import/read-source';
import { reportOf } from '../helpers';
import type { Cell } from './word-by-hand';
import { docx, paragraph, table } from './word-by-hand';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-word-by-hand-'));
});

const C = (text: string): Cell => ({
  text: '',
  merge: text === '' ? 'continue' : 'restart',
  ...(text ? { text } : {}),
});
const span = (text: string, n: number): Cell => ({ text, span: n });
const zeros = (n: number) => Array<string>(n).fill('0');

/** 黄集镇 2021, typed into a table that an office drew itself: a 小计 column, one row split, one row missing. */
function clerksReport(): Uint8Array {
  const t2 = table([
    [span('第二十条第（一）项', 4)],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', '0', '0', '0'],
    ['行政规范性文件', '1', '0', '4'],
    [span('第二十条第（五）项', 4)],
    ['信息内容', span('本年处理决定数量', 3)],
    ['行政许可', span('3', 3)],
    [span('第二十条第（六）项', 4)],
    ['信息内容', span('本年处理决定数量', 3)],
    ['行政处罚', span('12', 3)],
    ['行政强制', span('/', 3)],
    [span('第二十条第（八）项', 4)],
    ['信息内容', span('本年收费金额（单位：万元）', 3)],
    ['行政事业性收费', span('—', 3)],
  ]);
  const group = (label: string, first: boolean) =>
    ({ text: first ? label : '', merge: first ? 'restart' : 'continue' }) as Cell;
  const outcome = (g: Cell, label: string, values: string[]) => [
    { text: '', merge: 'continue' } as Cell,
    g,
    label,
    ...values,
  ];
  const t3 = table([
    [
      { ...span('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3), merge: 'restart' },
      span('申请人情况', 8),
    ],
    [{ ...span('', 3), merge: 'continue' }, C('自然人'), span('法人或其他组织', 6), C('总计')],
    [
      { ...span('', 3), merge: 'continue' },
      C(''),
      '商业\n企业',
      '科研\n机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '小计',
      C(''),
    ],
    [span('一、本年新收政府信息公开申请数量', 3), '4', '2', '0', '0', '1', '0', '3', '7'],
    [span('二、上年结转政府信息公开申请数量', 3), ...zeros(8)],
    [
      { text: '三、本年度办理结果', merge: 'restart' },
      span('（一）予以公开', 2),
      '2',
      '1',
      '0',
      '0',
      '0',
      '0',
      '1',
      '3',
    ],
    [
      { text: '', merge: 'continue' },
      span('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2),
      '1',
      '0',
      '0',
      '0',
      '1',
      '0',
      '2',
      '2',
    ],
    outcome(group('（三）不予公开', true), '1.属于国家秘密', zeros(8)),
    outcome(group('', false), '2.其他法律法规禁止公开', zeros(8)),
    outcome(group('', false), '3.危及“三安全一稳定”', zeros(8)),
    outcome(group('', false), '4.保护第三方合法权益', zeros(8)),
    outcome(group('', false), '5.属于三类内部事务信息', zeros(8)),
    outcome(group('', false), '6.属于四类过程性信息', zeros(8)),
    outcome(group('', false), '7.属于行政执法案卷', zeros(8)),
    // 「8.属于行政查询事项」 was deleted.
    outcome(group('（四）无法提供', true), '1.本机关不掌握相关政府信息', ['1', ...zeros(6), '1']),
    outcome(group('', false), '2.没有现成信息需要另行制作', zeros(8)),
    outcome(group('', false), '3.补正后申请内容仍不明确', zeros(8)),
    outcome(group('（五）不予处理', true), '1.信访举报投诉类申请', zeros(8)),
    outcome(group('', false), '2.重复申请', zeros(8)),
    outcome(group('', false), '3.要求提供公开出版物', zeros(8)),
    outcome(group('', false), '4.无正当理由大量反复申请', zeros(8)),
    outcome(group('', false), '5.要求行政机关确认或重新出具已获取信息', zeros(8)),
    // The long label broken over two table rows, the values on the second.
    outcome(group('（六）其他处理', true), '1.申请人无正当理由逾期不补正、', Array<string>(8).fill('')),
    outcome(group('', false), '行政机关不再处理其政府信息公开申请', ['0', '1', '0', '0', '0', '0', '1', '1']),
    outcome(group('', false), '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', zeros(8)),
    outcome(group('', false), '3.其他', zeros(8)),
    [{ text: '', merge: 'continue' }, span('（七）总计', 2), '4', '2', '0', '0', '1', '0', '3', '7'],
    [span('四、结转下年度继续办理', 3), ...zeros(8)],
  ]);
  const t4 = table([
    [span('行政复议', 5), span('行政诉讼', 10)],
    [
      C('结果\n维持'),
      C('结果\n纠正'),
      C('其他\n结果'),
      C('尚未\n审结'),
      C('总计'),
      span('未经复议直接起诉', 5),
      span('复议后起诉', 5),
    ],
    [
      C(''),
      C(''),
      C(''),
      C(''),
      C(''),
      ...'结果维持 结果纠正 其他结果 尚未审结 总计'.split(' '),
      ...'结果维持 结果纠正 其他结果 尚未审结 总计'.split(' '),
    ],
    ['0', '1', '0', '0', '1', ...zeros(5), '—', '—', '—', '—', '—'],
  ]);
  return docx([
    paragraph('黄集镇2021年政府信息公开工作年度报告', 'Title'),
    paragraph('本报告由黄集镇人民政府编制。'),
    paragraph('一、总体情况', 'Heading1'),
    paragraph('2021年，黄集镇深入贯彻《中华人民共和国政府信息公开条例》。'),
    paragraph('二、主动公开政府信息情况', 'Heading1'),
    t2,
    paragraph('三、收到和处理政府信息公开申请情况', 'Heading1'),
    t3,
    paragraph('四、政府信息公开行政复议、行政诉讼情况', 'Heading1'),
    t4,
    paragraph('5、存在的主要问题及改进情况', 'Heading1'),
    paragraph('公开的及时性有待提高。'),
    paragraph('六、其他需要报告的事项', 'Heading1'),
    paragraph('本年度未收取信息处理费。'),
    paragraph('黄集镇人民政府'),
    paragraph('2022年1月18日'),
  ]);
}

describe('a Word report typed into a table an office drew itself', () => {
  it('imports every number by its row and column labels', async () => {
    const file = join(dir, 'huangji-2021.docx');
    await writeFile(file, clerksReport());
    const r = await readReportSource(file);
    const report = reportOf(r);
    expect(report).toMatchObject({
      formatId: 'gov-2021',
      year: 2021,
      unit: { name: '黄集镇', kind: 'township' },
      preamble: '本报告由黄集镇人民政府编制。',
      closing: { unit: '黄集镇人民政府', date: '2022-01-18' },
    });
    expect(report.parts.problems).toBe('公开的及时性有待提高。');
    // Read from the table above; every cell not listed is printed as 0.
    const expected: Record<string, number | null> = {
      'T2.a20_1.normative.issued': 1,
      'T2.a20_1.normative.in_force': 4,
      'T2.a20_5.licensing.decisions': 3,
      'T2.a20_6.penalty.decisions': 12,
      'T2.a20_6.coercion.decisions': null, // 「/」
      'T2.a20_8.admin_fee.amount': null, // 「—」
      'T3.new.natural': 4,
      'T3.new.commercial': 2,
      'T3.new.legal': 1,
      'T3.new.total': 7,
      'T3.open.natural': 2,
      'T3.open.commercial': 1,
      'T3.open.total': 3,
      'T3.partial.natural': 1,
      'T3.partial.legal': 1,
      'T3.partial.total': 2,
      'T3.none.not_held.natural': 1,
      'T3.none.not_held.total': 1,
      'T3.other.no_correction.commercial': 1,
      'T3.other.no_correction.total': 1,
      'T3.result_total.natural': 4,
      'T3.result_total.commercial': 2,
      'T3.result_total.legal': 1,
      'T3.result_total.total': 7,
      'T4.review.corrected': 1,
      'T4.review.total': 1,
    };
    for (const id of ['natural', 'commercial', 'research', 'welfare', 'legal', 'other_org', 'total'])
      expected[`T3.deny.inquiry.${id}`] = null; // the deleted row
    for (const id of ['upheld', 'corrected', 'other', 'pending', 'total'])
      expected[`T4.suit_after_review.${id}`] = null;
    for (const c of formatIndex('gov-2021').cells)
      expect(report.cells[c.id], c.id).toBe(c.id in expected ? expected[c.id] : 0);
    expect(report.published).toMatchObject({
      headings: { problems: '5、存在的主要问题及改进情况' },
      labels: { 'T3.deny.law': '2.其他法律法规禁止公开' },
      missingRows: ['T3.deny.inquiry'],
    });
    expect(report.published?.splits).toBeUndefined();
    expect(r.ok && r.notices).toEqual([
      '原文第三部分表格多了一列“小计”（官方格式没有这一列），已略去。',
      '第三部分表格“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行的“小计”2与法人或其他组织各列之和1不符。',
    ]);
    expect(evaluate(report).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('opens in LibreOffice, so the hand-made file is a real Word document', async () => {
    const file = join(dir, 'check.docx');
    await writeFile(file, clerksReport());
    const r = spawnSync('soffice', ['--headless', '--convert-to', 'txt:Text', '--outdir', dir, file], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, HOME: dir },
    });
    expect(r.status, r.stderr).toBe(0);
    const text = spawnSync('cat', [join(dir, 'check.txt')], { encoding: 'utf8' }).stdout;
    expect(text).toContain('黄集镇2021年政府信息公开工作年度报告');
    expect(text).toContain('行政机关不再处理其政府信息公开申请');
  }, 150_000);
});
