import { formatIndex, TABLE_NAMES } from '../format';
import type { FormatId, TableId } from '../format';

/** Chinese names of the file's fields, so a load error says what the clerk would recognise. */
const FIELD_NAMES: Record<string, string> = {
  formatId: '报告格式',
  year: '报告年度',
  unit: '单位信息',
  'unit.name': '单位名称',
  'unit.kind': '单位类型',
  'unit.region': '所在地区',
  title: '标题',
  preamble: '引言',
  parts: '正文',
  'parts.overview': '第一部分“总体情况”',
  'parts.problems': '第五部分“存在的主要问题及改进情况”',
  'parts.other': '第六部分“其他需要报告的事项”',
  cells: '表格数据',
  closing: '落款',
  'closing.unit': '落款单位',
  'closing.date': '落款日期',
  settings: '设置',
  'settings.autoTotals': '“自动合计”设置',
  'settings.procurementUnit': '采购总金额的单位',
  'settings.amountDecimals': '金额保留的小数位数',
  published: '原文用语记录',
  'published.acknowledged': '已确认的导入提示',
  register: '登记台账',
};

/** Fields of one application of the register (register.applications.N.field). */
const APPLICATION_FIELDS: Record<string, string> = {
  id: '内部编号',
  number: '登记号',
  received: '收到日期',
  channel: '渠道',
  applicant: '申请人类型',
  subject: '申请内容',
  name: '申请人',
  contact: '联系方式',
  correction: '补正',
  extended: '延期日期',
  consultation: '征求第三方意见',
  outcome: '办理结果',
  answered: '答复日期',
  feeNotice: '收费通知日期',
  carriedIn: '上年结转',
};

/** 「第三部分表格“（七）总计”行“总计”列」 */
export function describeCell(formatId: FormatId, cellId: string): string {
  const def = formatIndex(formatId).byId.get(cellId);
  if (!def) return `单元格 ${cellId}`;
  if (def.table === 'T4') return `${TABLE_NAMES.T4}“${def.rowLabel}·${def.colLabel}”`;
  return `${TABLE_NAMES[def.table]}“${def.rowLabel}”行“${def.colLabel}”列`;
}

export function describeField(path: readonly PropertyKey[], formatId?: FormatId): string {
  const keys = path.map(String);
  if (keys[0] === 'cells' && keys[1] !== undefined) {
    return formatId ? `${describeCell(formatId, keys[1])}（${keys[1]}）` : `单元格 ${keys[1]}`;
  }
  const joined = keys.join('.');
  if (keys[0] === 'register' && keys[1] === 'applications' && keys[2] !== undefined) {
    const field = keys[3] ? (APPLICATION_FIELDS[keys[3]] ?? keys[3]) : '';
    return `登记台账第 ${Number(keys[2]) + 1} 件申请的${field || '内容'}（${joined}）`;
  }
  if (keys[0] === 'published' && keys[1] === 'extraRows' && keys[2] !== undefined)
    return `原文中不属于官方格式的第 ${Number(keys[2]) + 1} 行（${joined}）`;
  const name = FIELD_NAMES[joined];
  return name ? `${name}（${joined}）` : `字段 ${joined || '（根）'}`;
}

/** What a wrong value actually is, in words: 「文字“３０”」, 「数字 -1」, 「缺失」. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '缺失';
  if (value === null) return '空值 null';
  if (typeof value === 'string') {
    const shown = value.length > 20 ? `${value.slice(0, 20)}…` : value;
    return `文字“${shown}”`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? `数字 ${value}` : '无法表示的数字（过大，或 NaN）';
  if (typeof value === 'boolean') return `真假值 ${value}`;
  if (Array.isArray(value)) return '列表';
  return '对象';
}

/** 「第三部分表格“（一）予以公开”至“（七）总计”共22行」: rows as the clerk finds them in the table. */
export function describeRows(formatId: FormatId, rowKeys: readonly string[]): string {
  const index = formatIndex(formatId);
  const label = (row: string) => index.byRow.get(row)?.[0]?.rowLabel ?? row;
  const table = (row: string) => TABLE_NAMES[row.split('.')[0] as TableId];
  const [first] = rowKeys;
  const last = rowKeys[rowKeys.length - 1];
  if (!first || !last) return '';
  if (rowKeys.length === 1) return `${table(first)}“${label(first)}”行`;
  return `${table(first)}“${label(first)}”至“${label(last)}”共${rowKeys.length}行`;
}
