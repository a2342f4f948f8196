import { lastYearUnavailable } from '@shared/report';
import { useStore } from '../../store/store';
import { toggleLastYear } from './last-year-commands';

/** The toolbar's 显示上年数: pressed while shown; without last year's data it stays clickable (not disabled) and says why. */
export function LastYearToggle() {
  const on = useStore((s) => s.showLastYear);
  const why = useStore((s) => (s.report ? lastYearUnavailable(s.report) : undefined));
  return (
    <button
      className={`toggle-button${why ? ' unavailable' : ''}`}
      aria-pressed={on}
      title={why ?? '在每个单元格中显示上一年报告的数字，便于核对结转和大的变化'}
      onClick={toggleLastYear}
    >
      {on ? '✓ ' : ''}显示上年数
    </button>
  );
}
