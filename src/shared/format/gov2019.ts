import { PARTS_2019 } from './parts';
import { buildT2 } from './t2';
import { buildT3 } from './t3';
import { buildT4 } from './t4';
import type { FormatDef } from './types';

const ITEMS_DELTA = [
  { id: 'prev_items', label: '上一年项目数量', kind: 'count' },
  { id: 'delta', label: '本年增/减', kind: 'signed' },
] as const;

const ITEMS_DELTA_DECISIONS = [...ITEMS_DELTA, { id: 'decisions', label: '处理决定数量', kind: 'count' }] as const;

export const GOV_2019: FormatDef = {
  id: 'gov-2019',
  document: '国办公开办函〔2019〕60号',
  name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  firstYear: 2019,
  lastYear: 2020,
  parts: PARTS_2019,
  tables: {
    T2: buildT2([
      {
        id: 'a20_1',
        label: '第二十条第（一）项',
        measures: [
          { id: 'new_made', label: '本年新制作数量', kind: 'count' },
          { id: 'new_published', label: '本年新公开数量', kind: 'count' },
          { id: 'total_published', label: '对外公开总数量', kind: 'count' },
        ],
        rows: [
          { id: 'regulation', label: '规章' },
          { id: 'normative', label: '规范性文件' },
        ],
      },
      {
        id: 'a20_5',
        label: '第二十条第（五）项',
        measures: ITEMS_DELTA_DECISIONS,
        rows: [
          { id: 'licensing', label: '行政许可' },
          { id: 'other_service', label: '其他对外管理服务事项' },
        ],
      },
      {
        id: 'a20_6',
        label: '第二十条第（六）项',
        measures: ITEMS_DELTA_DECISIONS,
        rows: [
          { id: 'penalty', label: '行政处罚' },
          { id: 'coercion', label: '行政强制' },
        ],
      },
      {
        id: 'a20_8',
        label: '第二十条第（八）项',
        measures: ITEMS_DELTA,
        rows: [{ id: 'admin_fee', label: '行政事业性收费' }],
      },
      {
        id: 'a20_9',
        label: '第二十条第（九）项',
        measures: [
          { id: 'items', label: '采购项目数量', kind: 'count' },
          // The template prints no unit here; the report's settings say whether the clerk used 元 or 万元.
          { id: 'amount', label: '采购总金额', kind: 'amount', unit: 'choice' },
        ],
        rows: [{ id: 'procurement', label: '政府集中采购' }],
      },
    ]),
    T3: buildT3('gov-2019'),
    T4: buildT4(),
  },
};
