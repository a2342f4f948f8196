import { useState } from 'react';
import type { DayKind, Register } from '@shared/register';
import { useStore } from '../../store/store';

const KIND_LABELS: Readonly<Record<DayKind, string>> = { off: '休息日', work: '工作日（调休上班）' };

/** The register with `date` set to `kind`, or its correction removed (an empty calendar leaves the file). */
function corrected(register: Register, date: string, kind: DayKind | null): Register {
  const calendar = { ...register.calendar };
  if (kind) calendar[date] = kind;
  else delete calendar[date];
  const next: Register = { ...register, calendar };
  if (Object.keys(calendar).length === 0) delete next.calendar;
  return next;
}

/**
 * 校正节假日: the clerk's own days on top of the official holiday data (a notice the program does not
 * know yet, a local day off). Each addition or removal is one undoable edit, and the due dates recount from it.
 */
export function CalendarCorrections({ register }: { register: Register }) {
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<DayKind>('off');
  const days = Object.entries(register.calendar ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const set = (d: string, k: DayKind | null) => useStore.getState().setRegister(corrected(register, d, k));
  return (
    <div className="calendar-corrections" role="group" aria-label="校正节假日">
      <span
        className="calendar-title"
        title="本程序收录了国务院办公厅的节假日安排通知；通知未收录或本地另有安排时，在此逐日校正"
      >
        校正节假日
      </span>
      <span className="muted">（计算答复期限用：通知未收录的放假日、调休上班日）</span>
      <input type="date" aria-label="校正日期" value={date} onChange={(e) => setDate(e.target.value)} />
      <select aria-label="校正为" value={kind} onChange={(e) => setKind(e.target.value as DayKind)}>
        {(Object.keys(KIND_LABELS) as DayKind[]).map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <button disabled={!date} onClick={() => set(date, kind)}>
        添加
      </button>
      {days.length > 0 ? (
        <ul aria-label="已校正的日期">
          {days.map(([d, k]) => (
            <li key={d}>
              {d} {KIND_LABELS[k]}
              <button aria-label={`删除 ${d} 的校正`} onClick={() => set(d, null)}>
                删除
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
