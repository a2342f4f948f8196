import { describe, expect, it } from 'vitest';
import { changedFields, findMatches, replaceAll, replaceMatch } from '@shared/report';
import type { Report } from '@shared/report';
import { loadReport, SAMPLE_PATH } from '../helpers';

const carried = (): Report => {
  const r = loadReport(SAMPLE_PATH);
  return {
    ...r,
    title: '示例镇人民政府2024年政府信息公开工作年度报告',
    preamble: '统计期限自2024年1月1日起至2024年12月31日止。',
    parts: { overview: '2024年，本镇……2024年2024年', problems: '无2024', other: '本年度未收取信息处理费。' },
  };
};

describe('查找 and 替换 over the title, the preamble and the parts', () => {
  it('finds every occurrence in print order, without overlaps', () => {
    const matches = findMatches(carried(), '2024年');
    expect(matches.map((m) => m.field)).toEqual(['title', 'preamble', 'preamble', 'overview', 'overview', 'overview']);
    expect(matches[3]).toEqual({ field: 'overview', start: 0, end: 5 });
    expect(findMatches(carried(), 'aa')).toEqual([]);
    expect(findMatches({ ...carried(), preamble: 'aaaa' }, 'aa').length).toBe(2);
    expect(findMatches(carried(), '')).toEqual([]);
  });

  it('replaces all at once and says how many', () => {
    const report = carried();
    const { texts, count } = replaceAll(report, '2024年', '2025年');
    expect(count).toBe(6);
    expect(texts.title).toBe('示例镇人民政府2025年政府信息公开工作年度报告');
    expect(texts.parts.overview).toBe('2025年，本镇……2025年2025年');
    expect(texts.parts.problems).toBe('无2024');
    expect(changedFields(report, texts)).toEqual(['title', 'preamble', 'overview']);
  });

  it('replaces one occurrence only while the text there is still what was found', () => {
    const report = carried();
    const [, second] = findMatches(report, '2024年');
    const texts = replaceMatch(report, second!, '2024年', '2025年');
    expect(texts?.preamble).toBe('统计期限自2025年1月1日起至2024年12月31日止。');
    expect(replaceMatch({ ...report, preamble: '已改' }, second!, '2024年', '2025年')).toBeUndefined();
  });
});
