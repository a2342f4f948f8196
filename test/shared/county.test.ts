import { describe, expect, it } from 'vitest';
import { sumAmounts, yuanToWan } from '@shared/county/decimal';
import { regionPrefixes, unitKey } from '@shared/county/names';
import { rosterFromRows } from '@shared/county/roster';
import { nearDuplicateGroups } from '@shared/county/sketch';
import { assembleCounty } from '@shared/county/assemble';
import type { LoadedFile } from '@shared/county/assemble';
import { countyView } from '@shared/county/view';
import { numbersFor, unitReport } from '../county/county-fixture';

describe('unit names as a county office compares them', () => {
  const prefixes = regionPrefixes('江苏省宿迁市沭阳县');
  it.each([
    ['沭阳县发展和改革局', '县发改局'],
    ['沭阳县发展和改革局', '发展改革局'],
    ['江苏省宿迁市沭阳县沭城街道办事处', '沭城街道'],
    ['沭阳县胡集镇人民政府', '胡集镇政府'],
    ['沭阳县人民政府办公室', '县政府办'],
    ['沭阳县人力资源和社会保障局', '县人社局'],
    ['沭阳县卫生健康委员会（本级）', '沭阳县卫健委员会'],
  ])('%s is %s', (a, b) => expect(unitKey(a, prefixes)).toBe(unitKey(b, prefixes)));
  it.each([
    ['沭阳县胡集镇人民政府', '沭阳县钱集镇人民政府'],
    ['沭阳县教育局', '沭阳县公安局'],
  ])('%s is not %s', (a, b) => expect(unitKey(a, prefixes)).not.toBe(unitKey(b, prefixes)));
});

describe('exact decimal sums of 万元 amounts', () => {
  it('adds without float drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumAmounts([0.1, 0.2])).toBe(0.3);
    expect(sumAmounts([24252.311082, 0.000001, 12.345678])).toBe(24264.656761);
    expect(sumAmounts(Array.from({ length: 1000 }, () => 0.01))).toBe(10);
    expect(yuanToWan(72419)).toBe(7.2419);
  });
});

describe('the roster from a spreadsheet’s rows', () => {
  it('reads 名称/类型/别名 with a header, and a bare list without one', () => {
    const { roster } = rosterFromRows([
      ['单位名称', '类型', '别名'],
      ['沭阳县发展和改革局', '部门', '县发改局、发改局'],
      ['沭阳县人民政府', '本级', ''],
      ['沭城街道办事处', '街道', ''],
    ]);
    expect(roster.entries).toEqual([
      { name: '沭阳县发展和改革局', kind: 'county-department', aliases: ['县发改局', '发改局'] },
      { name: '沭阳县人民政府', own: true, aliases: [] },
      { name: '沭城街道办事处', kind: 'township', aliases: [] },
    ]);
    expect(rosterFromRows([['胡集镇人民政府'], ['钱集镇人民政府']]).roster.entries.map((e) => e.name)).toEqual([
      '胡集镇人民政府',
      '钱集镇人民政府',
    ]);
  });
});

describe('near-identical narratives among many units', () => {
  const text = (seed: number) => {
    let k = seed;
    return Array.from({ length: 300 }, () =>
      String.fromCodePoint(0x4e00 + ((k = (k * 48271) % 2147483647) % 3000)),
    ).join('');
  };
  it('finds a copy with a few characters changed, and not unrelated texts', () => {
    const original = text(7);
    const copy = `${original.slice(0, 100)}某镇${original.slice(102, 250)}本镇${original.slice(252)}`;
    const items = [
      ...Array.from({ length: 200 }, (_, i) => ({ owner: `u${i}`, text: text(i + 100) })),
      { owner: 'a', text: original },
      { owner: 'b', text: copy },
    ];
    expect(nearDuplicateGroups(items, 0.9)).toEqual([[200, 201]]);
  });
  it('does not pair two files of one unit, nor short boilerplate', () => {
    const t = text(3);
    expect(
      nearDuplicateGroups(
        [
          { owner: 'a', text: t },
          { owner: 'a', text: t },
        ],
        0.9,
      ),
    ).toEqual([]);
    expect(
      nearDuplicateGroups(
        [
          { owner: 'a', text: '本年度未收取信息处理费。' },
          { owner: 'b', text: '本年度未收取信息处理费。' },
        ],
        0.9,
      ),
    ).toEqual([]);
  });
});

describe('a unit that sent two versions of its report', () => {
  const name = '沭阳县胡集镇人民政府';
  const version = (rel: string, date: string, modified: number, seed: number): LoadedFile => {
    const report = unitReport(name, 'township', 2021, numbersFor(seed, 2021), seed);
    report.closing.date = date;
    return { rel, sha256: rel, kind: 'nianbao', modified, result: { ok: true, report, notices: [] } };
  };
  const roster = rosterFromRows([[name]]).roster;
  const row = (files: LoadedFile[], chosen?: Record<string, string>) => {
    const result = assembleCounty(roster, files, chosen ? { chosen } : {});
    return { result, unit: result.units[0] };
  };
  const first = version('胡集镇.nianbao', '2022-01-20', Date.UTC(2022, 0, 20, 2), 3);
  const corrected = version('胡集镇（修改）.nianbao', '2022-01-26', Date.UTC(2022, 0, 19, 2), 9);

  it('counts the one dated later, lists both, and sums only that one', () => {
    const { result, unit } = row([first, corrected]);
    expect(unit?.files.map((f) => f.rel)).toEqual(['胡集镇.nianbao', '胡集镇（修改）.nianbao']);
    expect(unit?.choice).toMatchObject({ file: '胡集镇（修改）.nianbao', by: 'date' });
    expect(unit?.included).toBe(true);
    const cells = corrected.result.ok ? corrected.result.report.cells : {};
    expect(result.tables.cells['T3.new.total']).toBe(cells['T3.new.total']);
    expect(result.tables.sources.map((s) => s.file)).toEqual(['胡集镇（修改）.nianbao']);
  });

  it('with the same date, counts the file saved last and says when', () => {
    const same = { ...corrected, result: first.result, modified: Date.UTC(2022, 0, 21, 2) };
    expect(row([first, same]).unit?.choice).toMatchObject({ file: same.rel, by: 'modified' });
    expect(row([first, same]).unit?.choice?.reason).toMatch(/落款日期相同，计入最后保存（2022-01-21 \d\d:\d\d）/);
  });

  it('counts the clerk’s choice while that file is there, and the view says which file counts', () => {
    const { result, unit } = row([first, corrected], { [name]: '胡集镇.nianbao' });
    expect([unit?.choice?.file, unit?.choice?.by, unit?.choice?.reason]).toEqual([
      '胡集镇.nianbao',
      'chosen',
      '报送了 2 份文件，按您的选择计入“胡集镇.nianbao”',
    ]);
    expect(result.tables.sources.map((s) => s.file)).toEqual(['胡集镇.nianbao']);
    const view = countyView(result, {
      folder: '',
      rosterSource: null,
      roster: [],
      ignored: [],
      notes: [],
      includeOwn: false,
    });
    expect(view.units[0]?.files.map((f) => [f.counted, f.date])).toEqual([
      [true, '2022-01-20'],
      [false, '2022-01-26'],
    ]);
    expect(row([first, corrected], { [name]: '已删除.nianbao' }).unit?.choice?.by).toBe('date');
  });
});
