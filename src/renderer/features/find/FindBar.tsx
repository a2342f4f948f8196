import './find.css';
import { useShallow } from 'zustand/react/shallow';
import { findMatches } from '@shared/report';
import { useStore } from '../../store/store';
import {
  closeFind,
  fieldLabel,
  findNext,
  matchContext,
  openFind,
  replaceCurrent,
  replaceEverything,
  setQuery,
  setReplacement,
} from './find-commands';

/** 查找/替换 over the title, the preamble and the narrative parts, above the document. */
export function FindBar() {
  const find = useStore((s) => s.find);
  const [report] = useStore(useShallow((s) => [s.find ? s.report : null] as const));
  if (!find || !report) return null;
  const matches = findMatches(report, find.query);
  const index = matches.length === 0 ? 0 : Math.min(find.index, matches.length - 1);
  const match = matches[index];
  const context = match ? matchContext(report, match) : undefined;
  return (
    <div
      className="find-bar"
      role="search"
      aria-label={find.replace ? '查找和替换' : '查找'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          closeFind();
        }
      }}
    >
      <div className="find-row">
        <label>
          查找
          <input
            id="find-query"
            value={find.query}
            placeholder="如：2024年"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                findNext(e.shiftKey ? -1 : 1);
              }
            }}
          />
        </label>
        <span className="find-count" aria-live="polite">
          {find.query ? (matches.length > 0 ? `第 ${index + 1} / ${matches.length} 处` : '没有找到') : ''}
        </span>
        <button onClick={() => findNext(-1)} disabled={matches.length === 0} title="上一个（Shift+Enter）">
          上一个
        </button>
        <button onClick={() => findNext(1)} disabled={matches.length === 0} title="下一个（Enter）">
          下一个
        </button>
        {!find.replace ? (
          <button onClick={() => openFind(true)} title="替换（Ctrl+H）">
            替换…
          </button>
        ) : null}
        <span className="grow" />
        <button onClick={closeFind} title="关闭（Esc）" aria-label="关闭查找">
          ×
        </button>
      </div>
      {find.replace ? (
        <div className="find-row">
          <label>
            替换为
            <input
              id="find-replacement"
              value={find.replacement}
              placeholder="如：2025年"
              onChange={(e) => setReplacement(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  replaceCurrent();
                }
              }}
            />
          </label>
          <button onClick={replaceCurrent} disabled={!match}>
            替换
          </button>
          <button onClick={replaceEverything} disabled={matches.length === 0} title="一次替换全部（可一步撤销）">
            全部替换
          </button>
        </div>
      ) : null}
      {match && context ? (
        <p className="find-context">
          <span className="find-where">{fieldLabel(report, match.field)}：</span>…{context.before}
          <mark>{context.hit}</mark>
          {context.after}…
        </p>
      ) : null}
    </div>
  );
}
