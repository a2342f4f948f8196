import { NARRATIVE_PARTS } from '../format';
import type { NarrativePartId } from '../format';
import { suggestTitle } from '../report';
import type { Report } from '../report';
import { toHalfWidthDigits } from './numerals';
import type { RuleDef } from './types';

/**
 * What a report cannot be published without: not rules of the format's tables (spec §7), but checks of
 * the report's own fields, judged beside them. The closing date and the narrative parts are warnings: a fresh report
 * has none of them yet, and its first screen should not open with errors.
 */

const blank = (text: string) => text.trim() === '';

const C1: RuleDef = {
  id: 'C1',
  severity: 'error',
  title: '标题不能为空',
  check: ({ report }) =>
    blank(report.title)
      ? [
          {
            cells: [],
            message: `报告标题为空：请在“标题”中填写，例如“${suggestTitle(report.unit.name.trim() || '某镇人民政府', report.year)}”。`,
          },
        ]
      : [],
};

const C2: RuleDef = {
  id: 'C2',
  severity: 'error',
  title: '单位全称不能为空',
  check: ({ report }) =>
    blank(report.unit.name)
      ? [{ cells: [], message: '单位全称为空：请在“单位全称”中填写发布报告的机关全称，如“某镇人民政府”。' }]
      : [],
};

const C3: RuleDef = {
  id: 'C3',
  severity: 'error',
  title: '落款单位不能为空',
  check: ({ report }) =>
    blank(report.closing.unit)
      ? [{ cells: [], message: '落款单位为空：请在报告末尾的“落款单位”中填写单位全称（一般与单位全称相同）。' }]
      : [],
};

const C4: RuleDef = {
  id: 'C4',
  severity: 'warning',
  title: '落款日期未填写',
  check: ({ report }) =>
    blank(report.closing.date)
      ? [{ cells: [], message: `落款日期未填写：请在报告末尾填写成文日期（应不晚于${report.year + 1}年1月31日）。` }]
      : [],
};

/**
 * A title carried over or copied from another year keeps that year's number: the published title would
 * name the wrong year. A warning (not an error): the clerk may mean a year in the unit's name.
 */
const C6: RuleDef = {
  id: 'C6',
  severity: 'warning',
  title: '标题中的年份与报告年度不符',
  check: ({ report }) => {
    const years = [...toHalfWidthDigits(report.title).matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
    const wrong = years.find((y) => y !== report.year);
    if (wrong === undefined) return [];
    const suggested = suggestTitle(report.unit.name.trim() || '某镇人民政府', report.year);
    return [
      {
        cells: [],
        message: `标题中的年份是${wrong}年，但这是${report.year}年度的报告：请改正标题，或点“使用建议标题”改为“${suggested}”。`,
      },
    ];
  },
};

/**
 * An empty narrative part is one cause, told once here; the content rules of the part (N3, N5, N6) judge
 * only what is written, so a fresh report does not list each empty part three ways.
 */
const EMPTY_PART_ADVICE: Readonly<Record<NarrativePartId, (report: Report) => string>> = {
  overview: () =>
    '第一部分“总体情况”还没有内容：请概述本年度主动公开、依申请公开、政府信息管理、平台建设和监督保障情况。',
  problems: () =>
    '第五部分“存在的主要问题及改进情况”还没有内容：请实事求是写出本年度存在的具体问题和有针对性的改进措施。',
  other: (report) =>
    report.formatId === 'gov-2021'
      ? '第六部分“其他需要报告的事项”还没有内容：2021年格式要求在此报告信息处理费的收取情况，没有收取也应写明（如“本年度未收取信息处理费。”）。'
      : '第六部分“其他需要报告的事项”还没有内容：没有需要报告的事项也应写明（如“本年度无其他需要报告的事项。”）。',
};

const C5: RuleDef = {
  id: 'C5',
  severity: 'warning',
  title: '正文部分（一、五、六）未填写',
  check: ({ report }) =>
    NARRATIVE_PARTS.filter((part) => blank(report.parts[part])).map((part) => ({
      cells: [],
      part,
      message: EMPTY_PART_ADVICE[part](report),
    })),
};

export const COMPLETENESS_RULES: readonly RuleDef[] = [C1, C2, C3, C4, C5, C6];
