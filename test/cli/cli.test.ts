import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import { serializeReport } from '@shared/report';
import { parseReportFile } from '@shared/report/load';
import { fixturePath, ROOT, runCli, SAMPLE_PATH } from '../helpers';
import { everyRuleOnce } from '../shared/synthetic';

const nianbao = (...args: string[]) => runCli(dir, ...args);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-cli-'));
});

describe('nianbao check', () => {
  it('groups findings by severity in Chinese and exits 1 on errors', () => {
    const r = nianbao('check', fixturePath('ninghe-2020.nianbao'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('错误（3）');
    expect(r.out).toContain(
      '[H1] 第三部分表格“总计”列：新收+上年结转=30，办结+结转下年=0，相差30件：请核对“结转下年度继续办理”或各项办理结果。',
    );
    expect(r.out.indexOf('错误（3）')).toBeLessThan(r.out.indexOf('警告（'));
    expect(r.out).toContain('共 3 个错误');
  });

  it('prints findings and a summary as JSON, exit 0 without errors', () => {
    const r = nianbao('check', fixturePath('xiaojihan-2021.nianbao'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { findings: { rule: string }[]; summary: Record<string, number> };
    expect(json.summary.error).toBe(0);
    // The fixture, imported from the published text, has no closing date (C4).
    expect(json.summary.warning).toBe(json.findings.filter((f) => f.rule === 'N3' || f.rule === 'C4').length);
    expect(json.findings.map((f) => f.rule)).toContain('N3');
  });

  it('runs the cross-year rules with --previous', async () => {
    const { report, previous } = everyRuleOnce();
    await writeFile(join(dir, 'now.nianbao'), serializeReport(report));
    await writeFile(join(dir, 'before.nianbao'), serializeReport(previous));
    const without = JSON.parse(nianbao('check', 'now.nianbao', '--json').out) as { findings: { rule: string }[] };
    const withPrev = JSON.parse(nianbao('check', 'now.nianbao', '--previous', 'before.nianbao', '--json').out) as {
      findings: { rule: string }[];
    };
    expect(without.findings.map((f) => f.rule)).not.toContain('X1');
    expect(withPrev.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['X1', 'X2', 'N8']));
  });

  it('exits 2 with the reason when the file cannot be read', async () => {
    await writeFile(join(dir, 'broken.nianbao'), '{"format":"nianbao-report","version":1,');
    const r = nianbao('check', 'broken.nianbao');
    expect(r.code).toBe(2);
    expect(r.err).toContain('文件内容不完整');
    expect(r.out).toBe('');
    const missing = nianbao('check', 'nope.nianbao');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('找不到文件');
    const previous = nianbao('check', SAMPLE_PATH, '--previous', 'nope.nianbao');
    expect(previous.code).toBe(2);
    expect(previous.err).toContain('上一年报告');
  });

  it('exits 2 on wrong arguments, with the usage', () => {
    const r = nianbao('check');
    expect(r.code).toBe(2);
    expect(r.err).toContain('用法');
    expect(nianbao('check', SAMPLE_PATH, '--frobnicate').code).toBe(2);
    expect(nianbao('explode').err).toContain('未知命令');
  });
});

describe('nianbao show', () => {
  it('prints the core shape with every cell id of the format', async () => {
    const source = JSON.parse(await readFile(fixturePath('ninghe-2020.nianbao'), 'utf8')) as {
      report: { cells: Record<string, unknown> };
    };
    delete source.report.cells['T4.review.total'];
    await writeFile(join(dir, 'partial.nianbao'), JSON.stringify(source));
    const r = nianbao('show', 'partial.nianbao', '--json');
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.out) as { formatId: string; year: number; unit: object; cells: Record<string, unknown> };
    expect(shown.formatId).toBe('gov-2019');
    expect(shown.year).toBe(2020);
    expect(Object.keys(shown.cells)).toEqual(formatIndex('gov-2019').cells.map((c) => c.id));
    expect(shown.cells['T4.review.total']).toBeNull();
    expect(shown.cells['T3.new.natural']).toBe(30);
    expect(r.err).toContain('缺少 1 个单元格');
  });

  it('prints a readable report without --json', () => {
    const r = nianbao('show', SAMPLE_PATH);
    expect(r.code).toBe(0);
    expect(r.out).toContain('三、收到和处理政府信息公开申请情况');
    expect(r.out).toMatch(/^ {2}（七）总计 .* 6$/m);
    expect(r.out).toContain('2026年1月20日');
  });
});

describe('nianbao new', () => {
  it('creates an empty report in the format of its year', async () => {
    const r = nianbao('new', '--year', '2021', '--unit', '某镇人民政府', '--kind', 'township', '-o', 'new.nianbao');
    expect(r.code).toBe(0);
    const loaded = parseReportFile(await readFile(join(dir, 'new.nianbao'), 'utf8'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.report).toMatchObject({
      formatId: 'gov-2021',
      year: 2021,
      unit: { name: '某镇人民政府', kind: 'township' },
    });
    expect(nianbao('new', '--year', '2020', '--unit', '某镇', '-o', 'old.nianbao').code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'old.nianbao'), 'utf8'))).toMatchObject({
      report: { formatId: 'gov-2019' },
    });
  });

  it('never overwrites an existing file unless asked', async () => {
    await writeFile(join(dir, 'mine.nianbao'), 'precious');
    const r = nianbao('new', '--year', '2021', '--unit', '某镇', '-o', 'mine.nianbao');
    expect(r.code).toBe(2);
    expect(r.err).toContain('已存在');
    expect(await readFile(join(dir, 'mine.nianbao'), 'utf8')).toBe('precious');
    expect(nianbao('new', '--year', '2021', '--unit', '某镇', '-o', 'mine.nianbao', '--force').code).toBe(0);
  });

  it('says what is wrong with its arguments', () => {
    const r = nianbao('new', '--year', '2018', '--kind', 'village');
    expect(r.code).toBe(2);
    expect(r.err).toContain('不支持2018年度的报告');
    expect(r.err).toContain('缺少 --unit');
    expect(r.err).toContain('“village”');
    expect(r.err).toContain('缺少 -o');
  });
});

describe('npx nianbao', () => {
  it('works from the project after npm install', () => {
    const r = spawnSync('npx', ['--no-install', 'nianbao', 'check', SAMPLE_PATH, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ findings: [], summary: { error: 0, warning: 0, info: 0 } });
  });
});

describe('a report made from last year’s', () => {
  it('runs the cross-year rules from the data it carries, without --previous', async () => {
    const { reportFromLastYear } = await import('@shared/report');
    const { loadReport } = await import('../helpers');
    const next = reportFromLastYear(loadReport(SAMPLE_PATH));
    next.cells['T3.carried_in.natural'] = 3;
    await writeFile(join(dir, 'next.nianbao'), serializeReport(next));
    const r = nianbao('check', 'next.nianbao', '--json');
    expect(r.err).toContain('跨年核对使用文件中保存的2025年度报告数据');
    const rules = (JSON.parse(r.out) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['X1', 'N8']));
  });
});
