import { CellCollector, label } from './grid';
import type { FormatId, GridRow, TableDef } from './types';

/** Applicant columns C (spec §5), in printed order; `total` completes C⁺. */
export const T3_APPLICANTS = [
  { id: 'natural', label: '自然人' },
  { id: 'commercial', label: '商业企业' },
  { id: 'research', label: '科研机构' },
  { id: 'welfare', label: '社会公益组织' },
  { id: 'legal', label: '法律服务机构' },
  { id: 'other_org', label: '其他' },
] as const;

export const T3_COLUMNS = [...T3_APPLICANTS.map((a) => a.id), 'total'] as const;
export type T3Column = (typeof T3_COLUMNS)[number];

/** How a column is named in messages: 「其他」 alone would be ambiguous beside （六）3.其他. */
export function t3ColumnName(col: string): string {
  if (col === 'total') return '总计';
  if (col === 'other_org') return '法人或其他组织·其他';
  return T3_APPLICANTS.find((a) => a.id === col)?.label ?? col;
}

export const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

interface OutcomeGroup {
  readonly id: string;
  readonly label: string;
  /** Sub-rows; a group without items is one row of its own. */
  readonly items?: readonly { readonly id: string; readonly label: string }[];
}

const DENY: OutcomeGroup = {
  id: 'deny',
  label: '（三）不予公开',
  items: [
    { id: 'secret', label: '1.属于国家秘密' },
    { id: 'law', label: '2.其他法律行政法规禁止公开' },
    { id: 'security', label: '3.危及“三安全一稳定”' },
    { id: 'third_party', label: '4.保护第三方合法权益' },
    { id: 'internal', label: '5.属于三类内部事务信息' },
    { id: 'process', label: '6.属于四类过程性信息' },
    { id: 'case_file', label: '7.属于行政执法案卷' },
    { id: 'inquiry', label: '8.属于行政查询事项' },
  ],
};

const NONE: OutcomeGroup = {
  id: 'none',
  label: '（四）无法提供',
  items: [
    { id: 'not_held', label: '1.本机关不掌握相关政府信息' },
    { id: 'need_create', label: '2.没有现成信息需要另行制作' },
    { id: 'unclear', label: '3.补正后申请内容仍不明确' },
  ],
};

const SKIP: OutcomeGroup = {
  id: 'skip',
  label: '（五）不予处理',
  items: [
    { id: 'petition', label: '1.信访举报投诉类申请' },
    { id: 'repeat', label: '2.重复申请' },
    { id: 'publication', label: '3.要求提供公开出版物' },
    { id: 'mass', label: '4.无正当理由大量反复申请' },
    { id: 'confirm', label: '5.要求行政机关确认或重新出具已获取信息' },
  ],
};

const OTHER_2021: OutcomeGroup = {
  id: 'other',
  label: '（六）其他处理',
  items: [
    { id: 'no_correction', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
    { id: 'no_fee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
    { id: 'misc', label: '3.其他' },
  ],
};

const OTHER_2019: OutcomeGroup = { id: 'other', label: '（六）其他处理' };

/** Outcome groups of 三、本年度办理结果 in printed order; （一）（二） are single rows. */
function outcomeGroups(format: FormatId): readonly OutcomeGroup[] {
  return [
    { id: 'open', label: '（一）予以公开' },
    { id: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
    DENY,
    NONE,
    SKIP,
    format === 'gov-2021' ? OTHER_2021 : OTHER_2019,
  ];
}

const outcomeRows = new Map<FormatId, readonly string[]>();

/** Row keys (without `T3.`) of every outcome row that （七）总计 sums (built once: the county asks per unit). */
export function t3OutcomeRows(format: FormatId): readonly string[] {
  let rows = outcomeRows.get(format);
  if (!rows) {
    rows = outcomeGroups(format).flatMap((g) => (g.items ? g.items.map((i) => `${g.id}.${i.id}`) : [g.id]));
    outcomeRows.set(format, rows);
  }
  return rows;
}

export function buildT3(format: FormatId): TableDef {
  const cc = new CellCollector('T3');
  const outcomes = t3OutcomeRows(format);

  const valueCells = (row: string, rowLabel: string, sumColumn: boolean) =>
    T3_COLUMNS.map((col) => {
      const id = `T3.${row}.${col}`;
      const derivedFrom =
        col === 'total'
          ? T3_APPLICANTS.map((a) => `T3.${row}.${a.id}`)
          : sumColumn
            ? outcomes.map((o) => `T3.${o}.${col}`)
            : undefined;
      return cc.value(id, 'count', rowLabel, t3ColumnName(col), derivedFrom ? { derivedFrom } : {});
    });

  const head: GridRow[] = [
    [label(T3_NOTE, { rowspan: 3, colspan: 3, role: 'head' }), label('申请人情况', { colspan: 7, role: 'head' })],
    [
      cc.named('T3.natural', '自然人', { rowspan: 2, role: 'head' }),
      label('法人或其他组织', { colspan: 5, role: 'head' }),
      cc.named('T3.total', '总计', { rowspan: 2, role: 'head' }),
    ],
    T3_APPLICANTS.slice(1).map((a) => cc.named(`T3.${a.id}`, a.label, { role: 'head' })),
  ];

  const groups = outcomeGroups(format);
  const resultRows = groups.reduce((n, g) => n + (g.items?.length ?? 1), 0) + 1;
  const body: GridRow[] = [
    [
      cc.named('T3.new', '一、本年新收政府信息公开申请数量', { colspan: 3 }),
      ...valueCells('new', '一、本年新收政府信息公开申请数量', false),
    ],
    [
      cc.named('T3.carried_in', '二、上年结转政府信息公开申请数量', { colspan: 3 }),
      ...valueCells('carried_in', '二、上年结转政府信息公开申请数量', false),
    ],
  ];
  groups.forEach((g, gi) => {
    const lead = gi === 0 ? [label('三、本年度办理结果', { rowspan: resultRows, vertical: true })] : [];
    if (!g.items) {
      body.push([...lead, cc.named(`T3.${g.id}`, g.label, { colspan: 2 }), ...valueCells(g.id, g.label, false)]);
      return;
    }
    g.items.forEach((item, ii) => {
      const groupLabel = ii === 0 ? [cc.named(`T3.${g.id}`, g.label, { rowspan: g.items?.length ?? 1 })] : [];
      body.push([
        ...(ii === 0 ? lead : []),
        ...groupLabel,
        cc.named(`T3.${g.id}.${item.id}`, item.label),
        ...valueCells(`${g.id}.${item.id}`, `${g.label} ${item.label}`, false),
      ]);
    });
  });
  body.push([
    cc.named('T3.result_total', '（七）总计', { colspan: 2 }),
    ...valueCells('result_total', '（七）总计', true),
  ]);
  body.push([
    cc.named('T3.carry_out', '四、结转下年度继续办理', { colspan: 3 }),
    ...valueCells('carry_out', '四、结转下年度继续办理', false),
  ]);

  return { id: 'T3', columns: 10, head, body, cells: cc.cells, labels: cc.labels };
}
