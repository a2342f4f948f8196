import { useEffect, useRef } from 'react';
import { answerModal } from '../../app/ask';
import { useStore } from '../../store/store';

export function Modal() {
  const modal = useStore((s) => s.modal);
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => primary.current?.focus(), [modal]);
  if (!modal) return null;
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && answerModal('cancel')}>
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="modal-title"
        aria-describedby="modal-message"
      >
        <h2 id="modal-title">{modal.title}</h2>
        <p id="modal-message">{modal.message}</p>
        <div className="modal-actions">
          {modal.actions.map((a) => (
            <button
              key={a.id}
              ref={a.primary ? primary : undefined}
              className={a.primary ? 'primary' : undefined}
              onClick={() => answerModal(a.id)}
            >
              {a.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
