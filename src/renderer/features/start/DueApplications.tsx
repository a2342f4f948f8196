import { useEffect, useState } from 'react';
import { calendarWarning, DEADLINE_STATE_LABELS, localIsoDate } from '@shared/register';
import type { DueAcross } from '@shared/ipc/contract';
import { openRecent } from '../../app/commands';
import { bridge } from '../../bridge/api';
import { revealApplication } from '../register/reveal';
import './due-applications.css';

/**
 * 即将到期 / 已超期: the applications of the recent reports' registers whose answer is due within
 * DUE_SOON_WORKDAYS working days or overdue; one click opens the report at the application.
 */
export function DueApplications() {
  const [due, setDue] = useState<DueAcross | null>(null);
  useEffect(() => {
    void bridge
      .registerDueAcross(localIsoDate())
      .then(setDue)
      .catch(() => setDue(null));
  }, []);
  if (!due || due.items.length === 0) return null;
  return (
    <section className="due-applications" aria-label="即将到期和已超期的申请">
      <h3>即将到期和已超期的申请（{due.items.length} 件）</h3>
      {due.calendarMissing.length > 0 ? (
        <p className="calendar-warning">{calendarWarning(due.calendarMissing)}</p>
      ) : null}
      <ul>
        {due.items.map((d) => (
          <li key={`${d.recentId}:${d.applicationId}`} className={d.state}>
            <button
              onClick={() => {
                revealApplication(d.applicationId);
                void openRecent(d.recentId);
              }}
              title={`${d.title}\n${d.file}`}
            >
              <strong>{DEADLINE_STATE_LABELS[d.state]}</strong> {d.number || '（无登记号）'} {d.subject}
              <small>
                {d.file} · 答复期限 {d.due}
                {d.estimated ? '（估算）' : ''}
                {d.left >= 0 ? `，还剩 ${d.left} 个工作日` : `，已超期 ${-d.left} 个工作日`}
              </small>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
