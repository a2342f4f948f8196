import { FORMATS, formatForYear, formatIndex, t3ColumnName, TABLE_NAMES } from '../format';
import type { TableId } from '../format';
import { describeCell } from '../report';
import type { Report } from '../report';
import { ids, ruleLayout, sumOf } from './layout';
import type { CellRef } from './layout';
import { decimalPlaces } from './text';
import type { RuleDef, RuleInput, RuleResult } from './types';

function colName(col: string): string {
  return `“${t3ColumnName(col)}”`;
}

/**
 * H1 in the clerk's words: both sides, the difference and where to look. A report carried over from last
 * year whose carried-in applications appear nowhere yet says exactly that.
 */
function h1Message(report: Report, col: string, inflow: number, outflow: number, carried: number): string {
  const head = `第三部分表格${colName(col)}列：`;
  if (report.lastYear && carried > 0 && inflow - outflow === carried) {
    return `${head}上年结转${carried}件尚未计入办理结果或结转下年度：请在“三、本年度办理结果”中填写这些申请的办理结果，仍未办结的填入“四、结转下年度继续办理”。`;
  }
  const check =
    inflow > outflow
      ? '请核对“结转下年度继续办理”或各项办理结果'
      : '请核对“本年新收”“上年结转”，或各项办理结果是否多填';
  return `${head}新收+上年结转=${inflow}，办结+结转下年=${outflow}，相差${Math.abs(inflow - outflow)}件：${check}。`;
}

const H1: RuleDef = {
  id: 'H1',
  severity: 'error',
  title: '第三部分勾稽关系：第一项+第二项=第三项+第四项',
  check: ({ report, values: v }) => {
    const out: RuleResult[] = [];
    for (const c of ruleLayout(report.formatId).t3Columns) {
      const carried = v[c.carriedIn.at] ?? 0;
      const inflow = (v[c.newCell.at] ?? 0) + carried;
      const outflow = (v[c.resultTotal.at] ?? 0) + (v[c.carryOut.at] ?? 0);
      if (inflow !== outflow) {
        out.push({
          cells: ids([c.resultTotal, c.carryOut, c.newCell, c.carriedIn]),
          message: h1Message(report, c.col, inflow, outflow, carried),
        });
      }
    }
    return out;
  },
};

const H2: RuleDef = {
  id: 'H2',
  severity: 'error',
  title: '第三部分每行“总计”=六类申请人之和',
  check: ({ report, values: v }) => {
    const out: RuleResult[] = [];
    for (const r of ruleLayout(report.formatId).t3Rows) {
      const sum = sumOf(v, r.six);
      const total = v[r.total.at] ?? 0;
      if (sum !== total) {
        out.push({
          cells: ids([r.total, ...r.six]),
          message: `${describeCell(report.formatId, r.total.id)}：六类申请人合计为${sum}，总计填写为${total}，相差${Math.abs(sum - total)}件：请核对这一行各类申请人的数字或“总计”。`,
        });
      }
    }
    return out;
  },
};

const H3: RuleDef = {
  id: 'H3',
  severity: 'error',
  title: '第三部分“（七）总计”=（一）至（六）各项之和',
  check: ({ report, values: v }) => {
    const out: RuleResult[] = [];
    for (const c of ruleLayout(report.formatId).t3Columns) {
      const sum = sumOf(v, c.outcomes);
      const total = v[c.resultTotal.at] ?? 0;
      if (sum !== total) {
        out.push({
          cells: ids([c.resultTotal, ...c.outcomes]),
          message: `第三部分表格${colName(c.col)}列：（一）至（六）各项办理结果之和为${sum}，“（七）总计”填写为${total}，相差${Math.abs(sum - total)}件：请核对各项办理结果或“（七）总计”。`,
        });
      }
    }
    return out;
  },
};

const H4: RuleDef = {
  id: 'H4',
  severity: 'error',
  title: '第四部分“总计”=维持+纠正+其他+尚未审结',
  check: ({ report, values: v }) => {
    const out: RuleResult[] = [];
    for (const g of ruleLayout(report.formatId).t4Groups) {
      const sum = sumOf(v, g.parts);
      const total = v[g.total.at] ?? 0;
      if (sum !== total) {
        out.push({
          cells: ids([g.total, ...g.parts]),
          message: `第四部分表格“${g.label}”：结果维持、结果纠正、其他结果、尚未审结之和为${sum}，总计填写为${total}，相差${Math.abs(sum - total)}件：请核对各项结果或“总计”。`,
        });
      }
    }
    return out;
  },
};

const H5: RuleDef = {
  id: 'H5',
  severity: 'error',
  title: '数量为不小于0的整数，金额不为负且最多6位小数',
  check: ({ report, index, raw }) => {
    const out: RuleResult[] = [];
    for (let i = 0; i < raw.length; i++) {
      const v = raw[i];
      const def = index.cells[i];
      if (typeof v !== 'number' || !def) continue;
      let problem: string | undefined;
      if (def.kind === 'count' && (!Number.isInteger(v) || v < 0)) problem = `数量应为不小于0的整数，现为${v}`;
      else if (def.kind === 'signed' && !Number.isInteger(v)) problem = `增减数应为整数（减少用负数），现为${v}`;
      else if (def.kind === 'amount' && v < 0) problem = `金额不能为负数，现为${v}`;
      else if (def.kind === 'amount' && decimalPlaces(v) > 6)
        problem = `金额最多保留6位小数（万元精确到分），现为${v}（${decimalPlaces(v)}位小数）`;
      if (problem) out.push({ cells: [def.id], message: `${describeCell(report.formatId, def.id)}：${problem}。` });
    }
    return out;
  },
};

const H6: RuleDef = {
  id: 'H6',
  severity: 'error',
  title: '报告格式与年度相符',
  check: ({ report }) => {
    const expected = formatForYear(report.year);
    if (expected === report.formatId) return [];
    const want = FORMATS[expected];
    const have = FORMATS[report.formatId];
    return [
      {
        cells: [],
        message: `${report.year}年度的报告应使用《${want.name}》（${want.document}），当前使用的是${have.document}的格式。`,
      },
    ];
  },
};

/**
 * Whether the clerk has started a table: any cell of it holds a number that is not an automatic total.
 * The editor paints an untouched table's blanks only once it is started or checked before export.
 */
export function tableStarted(report: Report, table: TableId): boolean {
  for (const def of formatIndex(report.formatId).cells) {
    if (def.table === table && !def.derived && report.cells[def.id] != null) return true;
  }
  return false;
}

const B1: RuleDef = {
  id: 'B1',
  severity: 'warning',
  title: '表格中不留空白（没有的填0）',
  check: ({ report, index, raw }) => {
    // One finding per table, with every blank cell, so 「空白填0」 fixes it in one step and a fresh report
    // lists three findings rather than a wall of them.
    const byTable = new Map<TableId, { rows: string[]; cells: string[] }>();
    // Rows an import left blank because their digits split more than one way are the import's finding (I1).
    const undecided = report.published?.splits ?? {};
    for (let i = 0; i < raw.length; i++) {
      const def = index.cells[i];
      if (raw[i] !== null || !def || def.row in undecided) continue;
      const table = def.table;
      let t = byTable.get(table);
      if (!t) byTable.set(table, (t = { rows: [], cells: [] }));
      if (!t.rows.includes(def.rowLabel)) t.rows.push(def.rowLabel);
      t.cells.push(def.id);
    }
    const parts = FORMATS[report.formatId].parts;
    return [...byTable].map(([table, t]) => {
      const rows =
        t.rows.length > 2 ? `“${t.rows.slice(0, 2).join('”“')}”等${t.rows.length}行` : `“${t.rows.join('”“')}”`;
      const part = parts.find((p) => p.table === table)?.id;
      return {
        cells: t.cells,
        ...(part ? { part } : {}),
        message: `${TABLE_NAMES[table]}有${t.cells.length}个空白单元格（${rows}）：公布的表格应填写数字，没有的填0（可点“空白填0”一次填好）。`,
      };
    });
  },
};

/** Cross-year rules compare only with the report of the year before. */
function lastYear({ report, previous }: RuleInput) {
  return previous && previous.year === report.year - 1 ? previous : undefined;
}

const X1: RuleDef = {
  id: 'X1',
  severity: 'warning',
  title: '上年结转=上一年报告的结转下年度继续办理',
  check: (input) => {
    const prev = lastYear(input);
    if (!prev) return [];
    const now = (c: { carriedIn: CellRef }) => input.values[c.carriedIn.at] ?? 0;
    const before = (c: { carryOut: CellRef }) => prev.cells[c.carryOut.id] ?? 0;
    const differ = ruleLayout(input.report.formatId).t3Columns.filter((c) => now(c) !== before(c));
    if (differ.length === 0) return [];
    const pairs = differ.map((c) => `${t3ColumnName(c.col)}本年${now(c)}、上年${before(c)}`);
    return [
      {
        cells: differ.map((c) => c.carriedIn.id),
        message: `第三部分表格“二、上年结转”应等于${prev.year}年度报告的“四、结转下年度继续办理”，现不一致：${pairs.join('；')}。`,
      },
    ];
  },
};

const X2: RuleDef = {
  id: 'X2',
  severity: 'info',
  title: '现行有效件数=上年现行有效+本年制发−本年废止',
  check: (input) => {
    const prev = lastYear(input);
    if (!prev || input.report.formatId !== 'gov-2021' || prev.formatId !== 'gov-2021') return [];
    const out: RuleResult[] = [];
    for (const [row, name] of [
      ['regulation', '规章'],
      ['normative', '行政规范性文件'],
    ] as const) {
      const base = `T2.a20_1.${row}`;
      const before = prev.cells[`${base}.in_force`] ?? 0;
      const expected = before + input.n(`${base}.issued`) - input.n(`${base}.repealed`);
      const actual = input.n(`${base}.in_force`);
      if (expected !== actual) {
        out.push({
          cells: [`${base}.in_force`, `${base}.issued`, `${base}.repealed`],
          message: `第二部分表格“${name}”：上年现行有效${before}件+本年制发${input.n(`${base}.issued`)}件−本年废止${input.n(`${base}.repealed`)}件=${expected}件，现行有效件数填写为${actual}件，请核实。`,
        });
      }
    }
    return out;
  },
};

const W1: RuleDef = {
  id: 'W1',
  severity: 'warning',
  title: '乡镇不制定规章',
  check: ({ report, index }) => {
    if (report.unit.kind !== 'township') return [];
    const cells = index.cells.filter((c) => c.row === 'T2.a20_1.regulation' && (report.cells[c.id] ?? 0) !== 0);
    if (cells.length === 0) return [];
    return [
      {
        cells: cells.map((c) => c.id),
        message: `乡镇人民政府没有制定规章的权限（立法法），第二部分表格“规章”行应为0，现填写为${cells.map((c) => report.cells[c.id]).join('、')}。`,
      },
    ];
  },
};

const W2: RuleDef = {
  id: 'W2',
  severity: 'info',
  title: '“其他处理”占比偏高',
  check: ({ report, values, settings }) => {
    // The share of all outcomes as listed, not of （七）总计, which H3 checks separately and may be wrong.
    const { outcomeTotals, otherTotals } = ruleLayout(report.formatId);
    const total = sumOf(values, outcomeTotals);
    const other = sumOf(values, otherTotals);
    if (total <= 0 || other / total <= settings.otherShare) return [];
    const pct = Math.round((other / total) * 100);
    return [
      {
        cells: ids(otherTotals),
        message: `“（六）其他处理”共${other}件，占全部办理结果${total}件的${pct}%，超过${Math.round(settings.otherShare * 100)}%；原则上申请都应按法定方式处理，主管部门会关注这一数据。`,
      },
    ];
  },
};

/** A T2 row whose every measure repeats one non-zero number (e.g. 行政处罚 30/30/30) was likely mistyped. */
function repeatedRows({ report, index, raw }: RuleInput): RuleResult[] {
  const out: RuleResult[] = [];
  for (const row of ruleLayout(report.formatId).t2Rows) {
    const first = raw[row[0]?.at ?? -1];
    if (row.length < 3 || typeof first !== 'number' || first === 0) continue;
    if (row.every((c) => raw[c.at] === first)) {
      const def = index.cells[row[0]?.at ?? -1];
      out.push({
        cells: ids(row),
        message: `第二部分表格“${def?.rowLabel ?? ''}”各列都是${first}（${row.map((c) => index.cells[c.at]?.colLabel).join('、')}），含义不同的数字完全相同，请核实是否误填。`,
      });
    }
  }
  return out;
}

const W3: RuleDef = {
  id: 'W3',
  severity: 'info',
  title: '数字重复或与上年完全相同',
  check: (input) => {
    const out = repeatedRows(input);
    const prev = lastYear(input);
    if (prev && prev.formatId === input.report.formatId) {
      const cells = input.index.cells;
      const same = cells.every((c) => (input.report.cells[c.id] ?? null) === (prev.cells[c.id] ?? null));
      const anyNonZero = cells.some((c) => (input.report.cells[c.id] ?? 0) !== 0);
      if (same && anyNonZero) {
        out.push({
          cells: [],
          message: `全部表格数字与${prev.year}年度报告完全相同，请核实是否沿用了上一年的数据。`,
        });
      }
    }
    return out;
  },
};

export const TABLE_RULES: readonly RuleDef[] = [H1, H2, H3, H4, H5, H6, B1, X1, X2, W1, W2, W3];
