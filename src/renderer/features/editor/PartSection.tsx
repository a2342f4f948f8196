import { useRef } from 'react';
import type { NarrativePartId, PartDef } from '@shared/format';
import { countChars, DEFAULT_RULE_SETTINGS } from '@shared/rules';
import { useStore } from '../../store/store';
import { InsertDataButton } from '../data-sentences/InsertDataButton';

const OVERVIEW_HEADINGS = [
  '（一）主动公开',
  '（二）依申请公开',
  '（三）政府信息管理',
  '（四）政府信息公开平台建设',
  '（五）监督保障',
];
const NO_FEE = '本年度未收取信息处理费。';

/** One narrative part: the text, the official guidance beside it, and the part's helpers. */
export function PartSection({ part }: { part: PartDef }) {
  const id = part.id as NarrativePartId;
  const text = useStore((s) => s.report?.parts[id] ?? '');
  const formatId = useStore((s) => s.report?.formatId);
  const draftYear = useStore((s) => (s.report?.drafts?.includes(id) ? s.report.lastYear?.year : undefined));
  const setPart = useStore((s) => s.setPart);
  const area = useRef<HTMLTextAreaElement>(null);

  /** Inserts a line at the caret (or at the end), keeping paragraphs on lines of their own. */
  const insertLine = (line: string) => {
    const el = area.current;
    const at = el ? el.selectionStart : text.length;
    const before = text.slice(0, at);
    const after = text.slice(at);
    const next = `${before}${before && !before.endsWith('\n') ? '\n' : ''}${line}${after && !after.startsWith('\n') ? '\n' : ''}${after}`;
    setPart(id, next);
    requestAnimationFrame(() => el?.focus());
  };

  const missingHeadings = OVERVIEW_HEADINGS.filter((h) => !text.includes(h));
  const count = countChars(text);
  return (
    <>
      <p className="guidance">{part.guidance}</p>
      {id === 'overview' ? (
        <div className="helpers">
          <InsertDataButton ids={['requests', 'review']} label="插入数据说明" />
          {missingHeadings.map((h) => (
            <button key={h} className="chip" onClick={() => insertLine(h)} title="插入惯用小标题（可不用）">
              + {h}
            </button>
          ))}
          <span className={count > DEFAULT_RULE_SETTINGS.overviewMaxChars ? 'char-count over' : 'char-count'}>
            {count} / {DEFAULT_RULE_SETTINGS.overviewMaxChars} 字
          </span>
        </div>
      ) : null}
      {id === 'other' && formatId === 'gov-2021' && !text.includes('处理费') ? (
        <div className="helpers">
          <button className="chip" onClick={() => insertLine(NO_FEE)}>
            + {NO_FEE}
          </button>
          <button className="chip" onClick={() => insertLine('本年度共收取信息处理费  元（  件）。')}>
            + 本年度共收取信息处理费…元
          </button>
        </div>
      ) : null}
      {draftYear ? (
        <p className="draft-note" role="note">
          沿用上年，请更新：这是{draftYear}年度报告的原文，请按本年度实际情况改写（与上年雷同会被检查出来）。
        </p>
      ) : null}
      <textarea
        ref={area}
        id={`part-text-${id}`}
        className="part-text"
        aria-label={part.heading}
        rows={Math.min(24, Math.max(4, text.split('\n').length + 2))}
        value={text}
        onChange={(e) => setPart(id, e.target.value)}
      />
    </>
  );
}
