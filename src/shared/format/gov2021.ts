import { PARTS_2021 } from './parts';
import { buildT2 } from './t2';
import { buildT3 } from './t3';
import { buildT4 } from './t4';
import type { FormatDef } from './types';

const DECISIONS = [{ id: 'decisions', label: '本年处理决定数量', kind: 'count' }] as const;

export const GOV_2021: FormatDef = {
  id: 'gov-2021',
  document: '国办公开办函〔2021〕30号',
  name: '中华人民共和国政府信息公开工作年度报告格式',
  firstYear: 2021,
  parts: PARTS_2021,
  tables: {
    T2: buildT2([
      {
        id: 'a20_1',
        label: '第二十条第（一）项',
        measures: [
          { id: 'issued', label: '本年制发件数', kind: 'count' },
          { id: 'repealed', label: '本年废止件数', kind: 'count' },
          { id: 'in_force', label: '现行有效件数', kind: 'count' },
        ],
        rows: [
          { id: 'regulation', label: '规章' },
          { id: 'normative', label: '行政规范性文件' },
        ],
      },
      { id: 'a20_5', label: '第二十条第（五）项', measures: DECISIONS, rows: [{ id: 'licensing', label: '行政许可' }] },
      {
        id: 'a20_6',
        label: '第二十条第（六）项',
        measures: DECISIONS,
        rows: [
          { id: 'penalty', label: '行政处罚' },
          { id: 'coercion', label: '行政强制' },
        ],
      },
      {
        id: 'a20_8',
        label: '第二十条第（八）项',
        measures: [{ id: 'amount', label: '本年收费金额（单位：万元）', kind: 'amount', unit: '万元' }],
        rows: [{ id: 'admin_fee', label: '行政事业性收费' }],
      },
    ]),
    T3: buildT3('gov-2021'),
    T4: buildT4(),
  },
};
