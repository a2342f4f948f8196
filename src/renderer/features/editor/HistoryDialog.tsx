import { useEffect, useState } from 'react';
import type { BackupItem } from '@shared/ipc/contract';
import { restoreBackup } from '../../app/commands';
import { bridge } from '../../bridge/api';
import { isDirty, useStore } from '../../store/store';

const REASONS = { save: '保存前的版本', restore: '恢复前的版本' } as const;

/** 历史版本: the versions kept before each save; restoring one keeps the current file as a version too. */
export function HistoryDialog({ onClose }: { onClose: () => void }) {
  const docId = useStore((s) => s.doc?.docId);
  const [items, setItems] = useState<BackupItem[] | null>(null);
  useEffect(() => {
    if (!docId) return;
    // 此后到现在 counts the unsaved edits too: main is handed them first (the feed may still be waiting).
    const s = useStore.getState();
    void bridge
      .update(docId, isDirty(s) ? s.report : null)
      .then(() => bridge.backupList(docId))
      .then(setItems, () => setItems([]));
  }, [docId]);
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="modal history" role="dialog" aria-modal="true" aria-labelledby="history-title">
        <h2 id="history-title">历史版本</h2>
        <p className="muted">
          每次保存前，原来的文件都会留一份（最近 10 次保存，以及 30
          天内每天一份）。恢复某个版本时，当前文件也会先留一份，可以再恢复回来。
        </p>
        {items === null ? <p>正在读取…</p> : null}
        {items?.length === 0 ? <p>这个文件还没有历史版本（保存过一次以后才会有）。</p> : null}
        <ul>
          {items?.map((b) => (
            <li key={b.id}>
              <div className="history-version">
                <span>
                  {new Date(b.time).toLocaleString('zh-CN', { hour12: false })} · {REASONS[b.reason]} ·{' '}
                  {Math.ceil(b.bytes / 1024)} KB
                </span>
                <span className="history-changes">与前一版相比：{b.changes}</span>
                {b.sinceThen ? <span className="history-since muted">此后到现在：{b.sinceThen}</span> : null}
              </div>
              <button
                onClick={() => {
                  onClose();
                  void restoreBackup(b.id);
                }}
              >
                恢复此版本
              </button>
            </li>
          ))}
        </ul>
        <div className="modal-actions">
          <button className="primary" autoFocus onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
    </div>
  );
}
