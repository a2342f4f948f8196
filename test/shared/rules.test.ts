import { describe, expect, it } from 'vitest';
import { emptyReport } from '@shared/report';
import { evaluate, parseChineseNumeral, readCount, RULES } from '@shared/rules';
import { clone } from '../helpers';
import { everyRuleOnce, noRuleFires } from './synthetic';

const SPEC_RULES = [
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'B1',
  'X1',
  'X2',
  'N1',
  'N2',
  'N3',
  'N4',
  'N5',
  'N6',
  'N7',
  'N8',
  'W1',
  'W2',
  'W3',
  'W4',
];

describe('the rule engine', () => {
  it('has exactly the rules of the spec §7', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...SPEC_RULES].sort());
  });

  it('fires every rule exactly once on the synthetic report', () => {
    const { report, previous } = everyRuleOnce();
    const findings = evaluate(report, { previous });
    const fired = findings.map((f) => f.rule).sort();
    expect(fired).toEqual([...SPEC_RULES].sort());
    for (const f of findings) {
      expect(f.severity).toBe(RULES.find((r) => r.id === f.rule)?.severity);
      expect(f.message).toMatch(/^[^\n]+。$/);
    }
  });

  it('fires nothing on a clean report with a consistent previous year', () => {
    const { report, previous } = noRuleFires();
    expect(evaluate(report, { previous })).toEqual([]);
  });

  it('says the expected and the actual value, and points at the cells', () => {
    const { report, previous } = everyRuleOnce();
    const byRule = new Map(evaluate(report, { previous }).map((f) => [f.rule, f]));
    expect(byRule.get('H4')).toMatchObject({
      cells: ['T4.review.total', 'T4.review.upheld', 'T4.review.corrected', 'T4.review.other', 'T4.review.pending'],
      message:
        '第四部分表格“行政复议”：结果维持、结果纠正、其他结果、尚未审结之和为1，总计填写为0，相差1件：请核对各项结果或“总计”。',
    });
    expect(byRule.get('X1')?.cells).toEqual(['T3.carried_in.legal']);
    expect(byRule.get('X1')?.message).toContain('法律服务机构本年0、上年2');
    expect(byRule.get('X2')?.message).toContain('上年现行有效0件+本年制发1件−本年废止0件=1件，现行有效件数填写为2件');
    expect(byRule.get('N1')?.message).toContain('收到申请12件');
    expect(byRule.get('N1')?.message).toContain('30件');
    expect(byRule.get('N2')?.cells).toEqual(['T4.suit_direct.total', 'T4.suit_after_review.total']);
    expect(byRule.get('W2')?.message).toContain('40%');
    expect(byRule.get('N8')).toMatchObject({ part: 'overview' });
    expect(byRule.get('N8')?.message).toContain('100%');
    expect(byRule.get('H6')?.message).toContain('国办公开办函〔2019〕60号');
  });

  it('applies thresholds from settings', () => {
    const { report, previous } = everyRuleOnce();
    const rules = (settings: object) => evaluate(report, { previous, settings }).map((f) => f.rule);
    expect(rules({ otherShare: 0.5 })).not.toContain('W2');
    expect(rules({ overviewMaxChars: 5000 })).not.toContain('N7');
    expect(rules({ copySimilarity: 1.01 })).not.toContain('N8');
  });

  it('runs cross-year rules only against the year before', () => {
    const { report, previous } = everyRuleOnce();
    const rules = evaluate(report, { previous: { ...previous, year: 2018 } }).map((f) => f.rule);
    expect(rules).not.toContain('X1');
    expect(rules).not.toContain('X2');
  });
});

describe('B1 and the completeness checks', () => {
  it('gives one B1 finding per table of a fresh report, with every blank cell, and C4/C5 for what is unwritten', () => {
    const r = emptyReport({ year: 2025, unitName: '某镇人民政府', kind: 'township' });
    const found = evaluate(r);
    const b1 = found.filter((f) => f.rule === 'B1');
    expect(b1.map((f) => f.part)).toEqual(['active', 'requests', 'review']);
    expect(b1.reduce((n, f) => n + f.cells.length, 0)).toBe(Object.keys(r.cells).length);
    expect(b1[1]?.message).toMatch(
      /^第三部分表格有\d+个空白单元格（“一、本年新收政府信息公开申请数量”“二、上年结转政府信息公开申请数量”等\d+行）/,
    );
    expect(found.map((f) => f.rule).filter((id) => id.startsWith('C'))).toEqual(['C4', 'C5', 'C5', 'C5']);
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('an empty part is one finding (C5), not also N3, N5 and N6; written parts are judged by those', () => {
    const r = emptyReport({ year: 2025, unitName: '某镇人民政府', kind: 'township' });
    const narrative = (x: typeof r) =>
      evaluate(x)
        .filter((f) => f.part && ['overview', 'problems', 'other'].includes(f.part))
        .map((f) => [f.rule, f.part]);
    expect(narrative(r)).toEqual([
      ['C5', 'overview'],
      ['C5', 'problems'],
      ['C5', 'other'],
    ]);
    expect(evaluate(r).find((f) => f.part === 'other')?.message).toContain('信息处理费');
    r.parts = { overview: '全年主动公开信息20条。', problems: '无', other: '无其他需要报告的事项。' };
    expect(narrative(r)).toEqual([
      ['N3', 'other'],
      ['N5', 'problems'],
      ['N6', 'overview'],
    ]);
  });

  it('C1–C3 are errors for an empty title, unit name or closing unit, each saying where to fill it', () => {
    const r = emptyReport({ year: 2025, unitName: '某镇人民政府', kind: 'township' });
    r.title = ' ';
    r.unit.name = '';
    r.closing = { unit: '', date: '2026-01-20' };
    r.parts = {
      overview: '全年主动公开信息20条。',
      problems: '公开栏更新慢，将加强。',
      other: '本年度未收取信息处理费。',
    };
    const found = evaluate(r).filter((f) => f.rule.startsWith('C'));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ['C1', 'error'],
      ['C2', 'error'],
      ['C3', 'error'],
    ]);
    expect(found[0]?.message).toContain('“某镇人民政府2025年政府信息公开工作年度报告”');
    for (const f of found) expect(f.message).toMatch(/^[^\n]+。$/);
  });
});

describe('C6: the year in the title', () => {
  it('warns when the title names another year than the report’s, saying both and offering 使用建议标题', () => {
    const r = emptyReport({ year: 2025, unitName: '某镇人民政府', kind: 'township' });
    const c6 = () => evaluate(r).filter((f) => f.rule === 'C6');
    expect(c6()).toEqual([]);
    r.title = '某镇人民政府2026年政府信息公开工作年度报告';
    expect(c6().map((f) => f.severity)).toEqual(['warning']);
    expect(c6()[0]?.message).toBe(
      '标题中的年份是2026年，但这是2025年度的报告：请改正标题，或点“使用建议标题”改为“某镇人民政府2025年政府信息公开工作年度报告”。',
    );
    r.title = '某镇人民政府２０２４年度政府信息公开工作年度报告';
    expect(c6()[0]?.message).toContain('2024年');
    r.title = '某镇人民政府2025年度政府信息公开工作年度报告';
    expect(c6()).toEqual([]);
  });
});

describe('narrative rules read numbers as people write them', () => {
  it.each([
    ['三十', 30],
    ['十二', 12],
    ['一百零五', 105],
    ['两千', 2000],
    ['一万二千', 12000],
    ['〇', 0],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('reads Arabic, full-width and comma-grouped numbers', () => {
    expect(readCount('30')).toBe(30);
    expect(readCount('３０')).toBe(30);
    expect(readCount('1,200')).toBe(1200);
    expect(readCount('abc')).toBeUndefined();
  });

  function n1(overview: string, received: number) {
    const r = emptyReport({ year: 2022, unitName: '某镇', kind: 'township' });
    r.cells['T3.new.total'] = received;
    r.parts.overview = overview;
    return evaluate(r).filter((f) => f.rule === 'N1');
  }

  it.each([
    ['全年共收到政府信息公开申请三十件。', 30, 0],
    ['全年共收到政府信息公开申请三十件。', 12, 1],
    ['本年度受理依申请公开共计12件，均按期答复。', 12, 0],
    ['本年度受理依申请公开共计１２件。', 13, 1],
    ['今年来我镇未收到政府信息公开申请。', 0, 0],
    ['今年来我镇未收到政府信息公开申请。', 2, 1],
    ['对无正当理由大量反复申请的，依法不予处理。', 2, 0],
  ])('N1 on 「%s」 with %i received: %i finding(s)', (text, received, count) => {
    expect(n1(text, received)).toHaveLength(count);
  });

  it('N2 tells a denied review from a denied lawsuit', () => {
    const r = emptyReport({ year: 2022, unitName: '某镇', kind: 'township' });
    r.cells['T4.review.upheld'] = 1;
    r.cells['T4.review.total'] = 1;
    r.parts.overview = '全年被申请行政复议1件，未发生行政诉讼。';
    expect(evaluate(r).filter((f) => f.rule === 'N2')).toEqual([]);
    const denied = clone(r);
    denied.parts.overview = '全年未发生行政复议和行政诉讼。';
    expect(evaluate(denied).filter((f) => f.rule === 'N2')[0]?.message).toContain('行政复议总计为1件');
  });

  it('N8 sees through a changed year', () => {
    const r = emptyReport({ year: 2022, unitName: '某镇', kind: 'township' });
    const text = (y: number) =>
      `${y}年，我镇认真贯彻落实政府信息公开条例，全面推进决策、执行、管理、服务、结果公开，主动公开信息100条。`;
    r.parts.overview = text(2022);
    const prev = clone(r);
    prev.year = 2021;
    prev.parts.overview = text(2021);
    expect(evaluate(r, { previous: prev }).filter((f) => f.rule === 'N8')).toHaveLength(1);
  });
});
