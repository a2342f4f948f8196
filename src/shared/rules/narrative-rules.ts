import { NARRATIVE_PARTS } from '../format';
import { NUMERAL, readCount } from './numerals';
import { countChars, similarity } from './text';
import type { RuleDef, RuleInput, RuleResult } from './types';

/** A clause: nothing in a gap may cross 。；, or a line, so a negation never reaches the next clause. */
const GAP = '[^。；;\\n，,]';
const UNIT = '(?:件|条|个|宗|起|份|次)';

const RECEIVED_COUNT = new RegExp(
  `(?:收到|受理|接收|接到)${GAP}{0,30}?申请${GAP}{0,10}?(?:共计|共|合计|总计|为)?\\s*${NUMERAL}\\s*${UNIT}`,
  'g',
);
// 「无正当理由大量反复申请」 is a table label, not a statement: a 理 in the gap excludes it.
const NONE_RECEIVED = new RegExp(
  `(?:未|没有)(?:收到|接到|受理|接收|发生)${GAP}{0,20}?申请|(?:^|[，。；\\s])(?:本年度?|全年|今年)?无[^。；;\\n，,理]{0,12}?申请(?!人)`,
);
const denial = (what: string) => new RegExp(`(?:未|没有|无)(?:发生|出现|收到|涉及|产生)?${GAP}{0,25}?${what}`);
const NO_REVIEW = denial('行政复议');
const NO_SUIT = denial('行政诉讼');
const REVIEW_COUNT = new RegExp(`行政复议${GAP}{0,10}?${NUMERAL}\\s*${UNIT}`, 'g');
const SUIT_COUNT = new RegExp(`行政诉讼${GAP}{0,10}?${NUMERAL}\\s*${UNIT}`, 'g');

const STATEMENTS = {
  requests: [RECEIVED_COUNT, NONE_RECEIVED],
  review: [REVIEW_COUNT, SUIT_COUNT, NO_REVIEW, NO_SUIT],
} as const;

/**
 * The first sentence of a text that states what N1 (the applications) or N2 (reviews and lawsuits) read,
 * as its place in the text (to and with its 。): 插入数据说明 asks before writing a second one beside it.
 */
export function statedCountSentence(
  text: string,
  what: keyof typeof STATEMENTS,
): { index: number; length: number } | undefined {
  const hits = STATEMENTS[what].flatMap((pattern) => {
    const m = new RegExp(pattern.source).exec(text);
    return m ? [m.index] : [];
  });
  if (hits.length === 0) return undefined;
  const hit = Math.min(...hits);
  // From the clause's start (a 「；」 may end an unrelated clause before it) to the sentence's 。.
  const start = Math.max(...['。', '；', ';', '\n'].map((c) => text.lastIndexOf(c, hit))) + 1;
  const stops = ['。', '\n'].map((c) => text.indexOf(c, hit + 1)).filter((i) => i >= 0);
  const stop = stops.length > 0 ? Math.min(...stops) : text.length;
  const end = text[stop] === '。' ? stop + 1 : stop;
  return { index: start, length: end - start };
}

function statedCounts(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(pattern)) {
    const v = readCount(m[1] ?? '');
    if (v !== undefined) out.push(v);
  }
  return out;
}

const N1: RuleDef = {
  id: 'N1',
  severity: 'warning',
  title: '“总体情况”所述申请数与第三部分一致',
  check: ({ report, n }) => {
    const text = report.parts.overview;
    const received = n('T3.new.total');
    const out: RuleResult[] = [];
    if (received > 0 && NONE_RECEIVED.test(text)) {
      out.push({
        cells: ['T3.new.total'],
        part: 'overview',
        message: `第一部分写明未收到政府信息公开申请，但第三部分表格本年新收申请总计为${received}件，两者矛盾。`,
      });
    }
    for (const stated of statedCounts(text, RECEIVED_COUNT)) {
      if (stated !== received) {
        out.push({
          cells: ['T3.new.total'],
          part: 'overview',
          message: `第一部分写明收到申请${stated}件，第三部分表格本年新收申请总计为${received}件，两者应一致。`,
        });
        break;
      }
    }
    return out;
  },
};

const N2: RuleDef = {
  id: 'N2',
  severity: 'warning',
  title: '“总体情况”所述复议诉讼与第四部分一致',
  check: ({ report, n }) => {
    const text = report.parts.overview;
    const review = n('T4.review.total');
    const suits = n('T4.suit_direct.total') + n('T4.suit_after_review.total');
    const totals = ['T4.review.total', 'T4.suit_direct.total', 'T4.suit_after_review.total'];
    const out: RuleResult[] = [];
    const denied = [
      { name: '行政复议', denial: NO_REVIEW, actual: review, cells: [totals[0] ?? ''] },
      { name: '行政诉讼', denial: NO_SUIT, actual: suits, cells: totals.slice(1) },
    ].filter((d) => d.actual > 0 && d.denial.test(text));
    if (denied.length > 0) {
      out.push({
        cells: denied.flatMap((d) => d.cells),
        part: 'overview',
        message: `第一部分写明未发生${denied.map((d) => d.name).join('、')}，但第四部分表格${denied.map((d) => `${d.name}总计为${d.actual}件`).join('、')}，两者矛盾。`,
      });
    }
    const checks = [
      { name: '行政复议', pattern: REVIEW_COUNT, actual: review, cells: [totals[0] ?? ''] },
      { name: '行政诉讼', pattern: SUIT_COUNT, actual: suits, cells: totals.slice(1) },
    ];
    for (const c of checks) {
      const stated = statedCounts(text, c.pattern).find((v) => v !== c.actual);
      if (stated !== undefined) {
        out.push({
          cells: c.cells,
          part: 'overview',
          message: `第一部分写明${c.name}${stated}件，第四部分表格${c.name}总计为${c.actual}件，两者应一致。`,
        });
      }
    }
    return out;
  },
};

const N3: RuleDef = {
  id: 'N3',
  severity: 'warning',
  title: '第六部分报告信息处理费收取情况',
  check: ({ report }) => {
    // An empty part six is C5's (one finding per cause).
    const text = report.parts.other;
    if (report.formatId !== 'gov-2021' || text.trim() === '' || /处理费/.test(text)) return [];
    return [
      {
        cells: [],
        part: 'other',
        message:
          '第六部分没有报告信息处理费的收取情况：2021年格式要求在此专门报告，没有收取也应写明（如“本年度未收取信息处理费。”）。',
      },
    ];
  },
};

const FEE_NOTICE = /(?:收费|缴费|缴纳费用|处理费)[^。；;\n]{0,6}通知|通知[^。；;\n]{0,10}(?:缴纳|缴费)/;

const N4: RuleDef = {
  id: 'N4',
  severity: 'warning',
  title: '发出收费通知时第六部分应有说明',
  check: ({ report, n }) => {
    const noFee = n('T3.other.no_fee.total');
    if (noFee <= 0 || FEE_NOTICE.test(report.parts.other)) return [];
    return [
      {
        cells: ['T3.other.no_fee.total'],
        part: 'other',
        message: `第三部分表格有${noFee}件申请因逾期未缴纳费用不再处理，说明发出过收费通知，但第六部分没有报告收费通知和信息处理费情况。`,
      },
    ];
  },
};

const PROBLEM_WORDS = /问题|不足|短板|差距|薄弱|不够|不高|不强|有待|欠缺|滞后|不到位|不及时|不规范|不完善|不全面|单一/;
const MEASURE_WORDS = /改进|整改|措施|加强|完善|提升|提高|推进|健全|强化|规范|下一步|今后|将/;

const N5: RuleDef = {
  id: 'N5',
  severity: 'warning',
  title: '第五部分写明具体问题和改进措施',
  check: ({ report }) => {
    const text = report.parts.problems.trim();
    // An empty part five is C5's.
    if (text === '') return [];
    let problem: string | undefined;
    if (/^(?:无|没有|暂无|无问题)[。.]?$/.test(text)) problem = `只写了“${text}”`;
    else if (!PROBLEM_WORDS.test(text)) problem = '没有写出具体存在的问题';
    else if (!MEASURE_WORDS.test(text)) problem = '没有写出改进措施';
    if (!problem) return [];
    return [
      {
        cells: [],
        part: 'problems',
        message: `第五部分“存在的主要问题及改进情况”${problem}；格式要求实事求是、明确具体，写出有针对性的问题和有实效的改进举措。`,
      },
    ];
  },
};

const ASPECTS: readonly [string, RegExp][] = [
  ['主动公开', /主动公开/],
  ['依申请公开', /依申请/],
  ['政府信息管理', /信息管理/],
  ['政府信息公开平台建设', /平台/],
  ['监督保障', /监督|保障|考核|培训|评议|责任追究/],
];

const N6: RuleDef = {
  id: 'N6',
  severity: 'info',
  title: '“总体情况”涵盖五个方面',
  check: ({ report }) => {
    // An empty part one is C5's: listing five missing aspects of nothing says the same thing five times.
    if (report.parts.overview.trim() === '') return [];
    const missing = ASPECTS.filter(([, re]) => !re.test(report.parts.overview)).map(([name]) => name);
    if (missing.length === 0) return [];
    return [
      {
        cells: [],
        part: 'overview',
        message: `第一部分“总体情况”没有谈到${missing.map((m) => `“${m}”`).join('、')}；格式要求综述主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面。`,
      },
    ];
  },
};

const N7: RuleDef = {
  id: 'N7',
  severity: 'warning',
  title: '“总体情况”不超过一千字',
  check: ({ report, settings }) => {
    const chars = countChars(report.parts.overview);
    if (chars <= settings.overviewMaxChars) return [];
    return [
      {
        cells: [],
        part: 'overview',
        message: `第一部分“总体情况”有${chars}字，超过格式要求的${settings.overviewMaxChars}字，请精简。`,
      },
    ];
  },
};

const PART_NAMES = {
  overview: '第一部分“总体情况”',
  problems: '第五部分“存在的主要问题及改进情况”',
  other: '第六部分“其他需要报告的事项”',
};

const N8: RuleDef = {
  id: 'N8',
  severity: 'warning',
  title: '正文与上年报告雷同',
  check: ({ report, previous, settings }: RuleInput) => {
    if (!previous || previous.year >= report.year) return [];
    const out: RuleResult[] = [];
    for (const part of NARRATIVE_PARTS) {
      const now = report.parts[part];
      // A one-line 「无其他需要报告的事项」 repeated every year is not what 雷同 means.
      if (countChars(now) < 30) continue;
      const s = similarity(now, previous.parts[part]);
      if (s >= settings.copySimilarity) {
        out.push({
          cells: [],
          part,
          message: `${PART_NAMES[part]}与${previous.year}年度报告的相似度为${Math.round(s * 100)}%（达到${Math.round(settings.copySimilarity * 100)}%即视为雷同），格式要求不得年年雷同，请按本年度实际情况改写。`,
        });
      }
    }
    return out;
  },
};

export const NARRATIVE_RULES: readonly RuleDef[] = [N1, N2, N3, N4, N5, N6, N7, N8];
