import { countRegister, DEADLINE_STATE_LABELS, openDeadlines } from '../register';
import type { RuleDef, RuleResult } from './types';

/** Applications still open past their 第三十三条 due date, on the day of the check. */
const R1: RuleDef = {
  id: 'R1',
  severity: 'warning',
  title: '登记台账：依申请公开超期未答复',
  check: ({ report, today }) => {
    if (!report.register || !today) return [];
    return openDeadlines(report.register, today)
      .filter((r) => r.state === 'overdue')
      .map((r): RuleResult => ({
        cells: [],
        part: 'requests',
        message: `登记台账第“${r.app.number || '（无登记号）'}”号申请（${r.app.received}收到）答复期限为${r.due}，至${today}${DEADLINE_STATE_LABELS.overdue}${r.left === null ? '' : ` ${-r.left} 个工作日`}，仍未答复。${r.estimated ? '（该期限涉及节假日安排未收录的年份，只扣除了周末，请核对。）' : ''}`,
      }));
  },
};

/** With table three counted from the register, the applications that could not be placed in it. */
const R2: RuleDef = {
  id: 'R2',
  severity: 'warning',
  title: '登记台账：有申请未计入第三部分表格',
  check: ({ report }) => {
    if (!report.register?.countsTable) return [];
    return countRegister(report.register, report.formatId, report.year).skipped.map((s) => ({
      cells: [],
      part: 'requests',
      message: `登记台账第“${s.number || '（无登记号）'}”号申请未计入第三部分表格：${s.reason}。`,
    }));
  },
};

export const REGISTER_RULES: readonly RuleDef[] = [R1, R2];
