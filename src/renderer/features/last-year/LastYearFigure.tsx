import { lastYearFigure } from '@shared/report';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import './last-year.css';

/** Last year's number under this year's in a cell, while 显示上年数 is on. */
export function LastYearFigure({ id }: { id: string }) {
  const [value, what] = useStore(
    useShallow((s) => {
      const figure = s.showLastYear && s.report ? lastYearFigure(s.report, id) : undefined;
      return figure ? [figure.value, figure.what] : [undefined, undefined];
    }),
  );
  if (value === undefined) return null;
  const shown = value === null ? '空' : String(value);
  return (
    <span className="cell-last" title={`${what}：${shown}`} aria-label={`${what}：${shown}`}>
      上年 {shown}
    </span>
  );
}
