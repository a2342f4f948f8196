import { lastYearUnavailable } from '@shared/report';
import { useStore } from '../../store/store';

/**
 * 显示上年数 on or off (视图 menu, toolbar). A report without last year's numbers says why, rather than
 * turning on a view that shows nothing.
 */
export function toggleLastYear(): void {
  const s = useStore.getState();
  if (!s.report) return;
  const why = lastYearUnavailable(s.report);
  if (why) {
    s.setShowLastYear(false);
    s.say(why);
    return;
  }
  const on = !s.showLastYear;
  s.setShowLastYear(on);
  const year = s.report.lastYear?.year;
  s.say(
    on
      ? `表格中灰色小字是${year}年度报告的数字；“二、上年结转”一行显示的是${year}年度的“结转下年度继续办理”，两者应相等。`
      : '已隐藏上年数。',
  );
}
