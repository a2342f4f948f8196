import { emptyReport } from '@shared/report';
import type { Report } from '@shared/report';
import { clone, loadReport, SAMPLE_PATH } from '../helpers';

function zeros(report: Report): Report {
  for (const id of Object.keys(report.cells)) report.cells[id] = 0;
  return report;
}

/**
 * A 2020 report kept in the 2021 format, with last year's (2019) report, built so that every rule of
 * the spec §7 fires exactly once. Each line says which rule it is there for.
 */
export function everyRuleOnce(): { report: Report; previous: Report } {
  const report = zeros(emptyReport({ year: 2021, unitName: '某镇人民政府', kind: 'township' }));
  report.year = 2020; // H6: the 2021 format for a 2020 report
  report.title = '某镇人民政府2020年政府信息公开工作年度报告'; // not C6: the title names the report's year
  report.closing.date = '2021-01-20';
  const c = report.cells;
  c['T3.new.natural'] = 30;
  c['T3.new.total'] = 30;
  c['T3.open.natural'] = 18;
  c['T3.open.total'] = 18;
  c['T3.other.no_fee.natural'] = 2; // N4: fee notices, but part 六 says nothing of them
  c['T3.other.no_fee.total'] = 2;
  c['T3.other.misc.natural'] = 10; // W2: 12 of 30 outcomes are 其他处理
  c['T3.other.misc.total'] = 10;
  c['T3.result_total.natural'] = 30;
  c['T3.result_total.total'] = 0; // H1, H2, H3 on the 总计 column / （七）总计 row
  c['T4.review.upheld'] = 1; // H4: total left 0
  c['T4.suit_direct.upheld'] = 1; // N2: part 一 says no lawsuit
  c['T4.suit_direct.total'] = 1;
  c['T2.a20_6.coercion.decisions'] = -1; // H5
  c['T2.a20_5.licensing.decisions'] = null; // B1
  c['T2.a20_1.regulation.issued'] = 1; // W1 (a township), X2 (0 + 1 − 0 ≠ 2)
  c['T2.a20_1.regulation.in_force'] = 2;
  c['T2.a20_1.normative.issued'] = 5; // W3: 5/5/5
  c['T2.a20_1.normative.repealed'] = 5;
  c['T2.a20_1.normative.in_force'] = 5;
  // N7 (over 1000 characters), N6 (only 主动公开 touched), N8 (same as last year), N1 (12 ≠ 30), N2.
  const sentence = '本镇坚持以公开为常态、不公开为例外，扎实推进主动公开工作，及时发布惠民政策。';
  report.parts.overview = `${sentence.repeat(30)}\n全年共收到政府信息公开申请12件，未发生行政诉讼。`;
  report.parts.problems = '无'; // N5
  report.parts.other = '无其他需要报告的事项。'; // N3
  report.published = { headings: { problems: '5、存在的主要问题及改进情况' } }; // W4

  const previous = zeros(emptyReport({ year: 2021, unitName: '某镇人民政府', kind: 'township' }));
  previous.year = 2019;
  previous.cells['T3.carry_out.legal'] = 2; // X1: this year's 上年结转 says 0
  previous.cells['T2.a20_1.normative.in_force'] = 5;
  previous.parts = { ...report.parts, problems: '一是宣传不够。二是将加强培训。' };
  return { report, previous };
}

/** The built-in sample with a consistent, differently worded report for the year before. */
export function noRuleFires(): { report: Report; previous: Report } {
  const report = loadReport(SAMPLE_PATH);
  const previous = clone(report);
  previous.year = report.year - 1;
  for (const col of ['natural', 'commercial', 'research', 'welfare', 'legal', 'other_org', 'total']) {
    previous.cells[`T3.carry_out.${col}`] = report.cells[`T3.carried_in.${col}`] ?? 0;
  }
  const c = report.cells;
  previous.cells['T2.a20_1.normative.in_force'] =
    (c['T2.a20_1.normative.in_force'] ?? 0) -
    (c['T2.a20_1.normative.issued'] ?? 0) +
    (c['T2.a20_1.normative.repealed'] ?? 0);
  previous.cells['T2.a20_5.licensing.decisions'] = 120;
  previous.parts = {
    overview: '上一年度，本镇围绕脱贫攻坚成果巩固开展政务公开，新建村级公开栏12处，政府信息查阅点投入使用。',
    problems: '公开栏更新慢，个别村三个月未更新；已建立月度检查制度并纳入考核。',
    other: '本年度未收取信息处理费。',
  };
  return { report, previous };
}
