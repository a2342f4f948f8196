import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveTotals, emptyReport, serializeReport, withAutoTotals } from '@shared/report';
import { checkYear, latestNewReportYear, parseReportFile, serializeReadable } from '@shared/report/load';
import type { LoadResult } from '@shared/report/load';
import { evaluate } from '@shared/rules';
import { fixturePath, SAMPLE_PATH } from '../helpers';

const good = JSON.parse(readFileSync(fixturePath('xiaojihan-2021.nianbao'), 'utf8')) as {
  report: Record<string, unknown> & { cells: Record<string, unknown> };
};

/** The good fixture with one change made to its parsed JSON, as text again. */
function variant(change: (file: typeof good) => void): string {
  const file = structuredClone(good);
  change(file);
  return JSON.stringify(file);
}

function errorsOf(result: LoadResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((e) => e.message);
}

describe('loading a .nianbao file', () => {
  it('loads a good file exactly as stored and writes it back unchanged', () => {
    const text = readFileSync(SAMPLE_PATH, 'utf8');
    const result = parseReportFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notices).toEqual([]);
    expect(serializeReport(result.report)).toBe(text);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseReportFile(`\uFEFF${readFileSync(SAMPLE_PATH, 'utf8')}`).ok).toBe(true);
  });

  it.each([
    ['an empty file', '', '文件是空的'],
    ['a truncated file', readFileSync(SAMPLE_PATH, 'utf8').slice(0, 500), '文件内容不完整'],
    ['a broken file', '{"format": "nianbao-report",\n  "version": 1,,}', '第 2 行'],
    [
      'NaN, which JSON cannot hold',
      '{"format":"nianbao-report","version":1,"report":{"year":NaN}}',
      '文件已损坏或不是年报编辑器的报告文件',
    ],
    ['JSON that is not a report', '{"name":"package"}', '不是年报编辑器的报告文件'],
    ['an array', '[1,2,3]', '不是年报编辑器的报告文件'],
    ['a version that is not a number', '{"format":"nianbao-report","version":"1"}', '版本号不正确'],
    ['no report inside', '{"format":"nianbao-report","version":1}', '缺少 report'],
  ])('refuses %s with a clear message', (_name, text, expected) => {
    const messages = errorsOf(parseReportFile(text));
    expect(messages.join('\n')).toContain(expected);
    // Plain words for a clerk: no parser jargon.
    expect(messages.join('\n')).not.toMatch(/JSON|position|token/i);
  });

  it('refuses a newer major version and asks to upgrade', () => {
    const messages = errorsOf(parseReportFile(variant((f) => Object.assign(f, { version: 2 }))));
    expect(messages[0]).toContain('请升级年报编辑器');
    expect(messages[0]).toContain('文件版本 2');
  });

  it('refuses an unknown format id, naming the ones it knows', () => {
    const messages = errorsOf(parseReportFile(variant((f) => (f.report.formatId = 'gov-2018'))));
    expect(messages[0]).toContain('未知的报告格式“gov-2018”');
    expect(messages[0]).toContain('gov-2021');
  });

  it.each([
    [2018, '不支持2018年度的报告'],
    [2100, '报告年度2100不合理'],
  ])('refuses year %i', (year, expected) => {
    expect(errorsOf(parseReportFile(variant((f) => (f.report.year = year))))[0]).toContain(expected);
  });

  describe('on a PC whose clock is wrong', () => {
    afterEach(() => vi.useRealTimers());

    it('a clock set back to 2009 (a dead CMOS battery) still opens and saves a 2025 report', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2009-01-01T08:00:00'));
      const loaded = parseReportFile(variant((f) => (f.report.year = 2025)));
      expect(loaded.ok).toBe(true);
      if (loaded.ok) expect(serializeReadable(loaded.report).ok).toBe(true);
      expect(checkYear(2025)).toBeUndefined();
      expect(latestNewReportYear()).toBeGreaterThanOrEqual(2027);
    });

    it('a clock run ahead does not make a file unreadable elsewhere: the year range is the same on every PC', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2040-06-01T08:00:00'));
      const text = variant((f) => (f.report.year = 2040));
      expect(parseReportFile(text).ok).toBe(true);
      vi.setSystemTime(new Date('2026-06-01T08:00:00'));
      expect(parseReportFile(text).ok).toBe(true);
      expect(checkYear(2040)).toContain('年度最晚为2027');
    });
  });

  it('refuses a number written as text, and says full-width digits are the problem', () => {
    const messages = errorsOf(parseReportFile(variant((f) => (f.report.cells['T3.new.natural'] = '３０'))));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('第三部分表格“一、本年新收政府信息公开申请数量”行“自然人”列（T3.new.natural）');
    expect(messages[0]).toContain('文字“３０”');
    expect(messages[0]).toContain('全角数字');
  });

  it('refuses a number too large for JSON to hold (1e999 reads as Infinity)', () => {
    const text = variant((f) => (f.report.cells['T3.new.natural'] = 7)).replace(
      '"T3.new.natural":7',
      '"T3.new.natural":1e999',
    );
    expect(errorsOf(parseReportFile(text))[0]).toContain('T3.new.natural');
  });

  it('refuses cell ids the format does not have, naming them', () => {
    const messages = errorsOf(
      parseReportFile(
        variant((f) => {
          f.report.cells['T3.other.total'] = 0; // a gov-2019 id in a gov-2021 report
          f.report.cells['T9.nonsense'] = 1;
        }),
      ),
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('“T3.other.total”不属于');
    expect(messages[1]).toContain('“T9.nonsense”');
  });

  it('lists every wrong field with its Chinese name', () => {
    const messages = errorsOf(
      parseReportFile(
        variant((f) => {
          f.report.unit = { name: '某镇', kind: 'village', region: '' };
          f.report.closing = { unit: '某镇', date: '2022年1月20日' };
          delete f.report.title;
          f.report.settings = { autoTotals: 'yes' };
        }),
      ),
    );
    const all = messages.join('\n');
    expect(all).toContain('单位类型（unit.kind）应为');
    expect(all).toContain('“village”');
    expect(all).toContain('落款日期（closing.date）');
    expect(all).toContain('缺少标题（title）');
    expect(all).toContain('“自动合计”设置（settings.autoTotals）应为真假值');
  });

  it('treats missing cells as blank, says so, and lets B1 report them', () => {
    const result = parseReportFile(
      variant((f) => {
        delete f.report.cells['T4.review.upheld'];
        delete f.report.cells['T4.review.total'];
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notices[0]).toContain('缺少 2 个单元格');
    expect(result.report.cells['T4.review.upheld']).toBeNull();
    const b1 = evaluate(result.report).filter((f) => f.rule === 'B1');
    expect(b1.map((f) => f.cells)).toEqual([['T4.review.upheld', 'T4.review.total']]);
  });

  it('keeps negative counts and over-precise amounts as stored, for H5 to report', () => {
    const result = parseReportFile(
      variant((f) => {
        f.report.cells['T3.new.natural'] = -3;
        f.report.cells['T2.a20_8.admin_fee.amount'] = 1.1234567;
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.cells['T3.new.natural']).toBe(-3);
    const h5 = evaluate(result.report).filter((f) => f.rule === 'H5');
    expect(h5.map((f) => f.cells[0])).toEqual(['T2.a20_8.admin_fee.amount', 'T3.new.natural']);
    expect(h5[0]?.message).toContain('7位小数');
    expect(h5[1]?.message).toContain('现为-3');
  });

  it('never recomputes stored totals, even with automatic totals on', () => {
    const result = parseReportFile(
      variant((f) => {
        f.report.cells['T3.new.natural'] = 4;
      }),
    );
    expect(result.ok && result.report.cells['T3.new.total']).toBe(0);
    expect(result.ok && evaluate(result.report).some((f) => f.rule === 'H2')).toBe(true);
  });

  it('keeps fields it does not know, so a later minor version loses nothing', () => {
    const result = parseReportFile(variant((f) => (f.report.futureField = { a: 1 })));
    expect(result.ok && serializeReport(result.report)).toContain('"futureField"');
  });
});

describe('empty report and totals', () => {
  it('chooses the format from the year and suggests the title', () => {
    const r2020 = emptyReport({ year: 2020, unitName: '某镇人民政府', kind: 'township' });
    const r2021 = emptyReport({ year: 2021, unitName: '某镇人民政府', kind: 'township' });
    expect(r2020.formatId).toBe('gov-2019');
    expect(r2021.formatId).toBe('gov-2021');
    expect(r2021.title).toBe('某镇人民政府2021年政府信息公开工作年度报告');
    expect(Object.keys(r2021.cells)).toHaveLength(200);
    expect(Object.values(r2021.cells).every((v) => v === null)).toBe(true);
    const reloaded = parseReportFile(serializeReport(r2021));
    expect(reloaded.ok && reloaded.report).toEqual(r2021);
  });

  it('derives T3 and T4 totals, leaving an untouched total blank', () => {
    const r = emptyReport({ year: 2021, unitName: '某镇', kind: 'township' });
    r.cells['T3.new.natural'] = 3;
    r.cells['T3.new.legal'] = 2;
    r.cells['T3.open.natural'] = 1;
    r.cells['T3.other.no_fee.research'] = 4;
    r.cells['T4.suit_direct.pending'] = 2;
    const cells = deriveTotals(r.formatId, r.cells);
    expect(cells['T3.new.total']).toBe(5);
    expect(cells['T3.result_total.natural']).toBe(1);
    expect(cells['T3.result_total.research']).toBe(4);
    expect(cells['T3.result_total.total']).toBe(5);
    expect(cells['T4.suit_direct.total']).toBe(2);
    expect(cells['T4.review.total']).toBeNull();
    expect(cells['T3.carry_out.total']).toBeNull();
    expect(withAutoTotals({ ...r, settings: { autoTotals: false } }).cells).toBe(r.cells);
  });
});
