import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '@shared/import/text-report';
import { fixturePath, loadReport } from '../helpers';

/** busy-2024 as tab text with its labels misprinted (see make-shapes.ts): typos, dropped and added words, old wording. */
const deviant = readFileSync(fixturePath('corpus/busy-2024-deviant-labels.txt'), 'utf8');
const busy = loadReport(fixturePath('corpus/busy-2024.nianbao'));

describe('row labels printed in other words, matched by similarity', () => {
  it('typos, dropped and added words and 2019 wording are mapped, and the published wording is kept for W4', () => {
    const r = importText(deviant);
    expect(r.report.cells).toEqual(busy.cells);
    expect(r.report.published?.labels).toMatchObject({
      'T2.a20_1.normative': '规范性文件',
      'T3.open': '（一）予以公开的',
      'T3.none.unclear': '3.补正后申请内容不明确',
      'T3.other.no_correction': '1.申请人无正当理由逾期不补证、行政机关不再处理其政府信息公开申请',
      'T3.carry_out': '四、结转下年度继续办理的',
    });
  });

  it('a label that fits a later row as well is not mapped by its words: placed only by the official order, and told', () => {
    const r = importText(deviant.replace(/^（二）部分公开（区分处理的，只计这一情形，不计其他情形）/m, '公开'));
    expect(r.notices.join('\n')).toContain(
      '“公开”行与“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”“2.其他法律行政法规禁止公开”两行都相近',
    );
    expect(r.report.published?.byPosition).toEqual(['T3.partial']);
    expect(r.report.cells['T3.partial.total']).toBe(busy.cells['T3.partial.total']);
  });

  it('an ambiguous label whose numbers the order cannot place leaves its row blank, never under the other row', () => {
    // 予以公开 is gone and 部分公开 is printed 「公开」: one row of numbers for two rows, neither placed.
    const text = deviant
      .replace(/^（二）部分公开（区分处理的，只计这一情形，不计其他情形）/m, '公开')
      .replace(/^.*（一）予以公开的.*\n/m, '三、本年度办理结果\n');
    const r = importText(text);
    for (const row of ['T3.open', 'T3.partial'])
      for (const col of ['natural', 'total']) expect(r.report.cells[`${row}.${col}`], `${row}.${col}`).toBeNull();
    for (const col of ['natural', 'total'])
      expect(r.report.cells[`T3.deny.law.${col}`]).toBe(busy.cells[`T3.deny.law.${col}`]);
  });

  it('（六）其他处理 printed as one row, as the 2019 format did, in a 2021 report: its rows blank, its numbers shown', () => {
    const text = deviant
      .split('\n')
      .filter((l) => !/^\t?(2\.申请人逾期|3\.其他\t)/.test(l))
      .map((l) => (l.includes('（六）其他处理') ? '\t（六）其他处理\t\t20\t29\t20\t0\t16\t2\t87' : l))
      .join('\n');
    const r = importText(text);
    for (const row of ['no_correction', 'no_fee', 'misc']) expect(r.report.cells[`T3.other.${row}.total`]).toBeNull();
    expect(r.notices).toContain(
      '原文第三部分表格“（六）其他处理”只印了一行（20 29 20 0 16 2 87），本年度格式分为3行，无法拆分，已留空，请按原文分行填写。',
    );
    expect(r.report.cells['T3.result_total.total']).toBe(busy.cells['T3.result_total.total']);
  });
});
