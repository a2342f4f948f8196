import { useEffect, useState } from 'react';
import { importPasted } from '../../app/commands';

type Pasted = ({ html: string } | { text: string }) & { preview: string; chars: number };

/** What the box shows of a paste: its beginning (a whole report in a text box only slows typing down). */
const PREVIEW_CHARS = 2000;

/**
 * 粘贴导入: the clerk selects the whole report on the county portal (or in Word), copies it and pastes
 * here. The clipboard's HTML is kept when there is some, since its tables still have their cells;
 * plain text otherwise. Nothing is imported until the clerk presses 导入.
 */
export function PasteImport() {
  const [pasted, setPasted] = useState<Pasted | null>(null);
  const [typed, setTyped] = useState('');
  const source = pasted ?? (typed.trim() ? { text: typed, chars: typed.length } : null);
  const take = (data: DataTransfer | null): boolean => {
    const html = data?.getData('text/html') ?? '';
    const text = data?.getData('text/plain') ?? '';
    if (!html && !text) return false;
    setTyped('');
    const preview = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
    setPasted(html ? { html, preview, chars: text.length } : { text, preview, chars: text.length });
    return true;
  };
  // Ctrl+V anywhere on the start screen but in a form field is meant for this box.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return;
      if (take(e.clipboardData)) e.preventDefault();
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);
  return (
    <div className="paste-import">
      <h3>粘贴导入</h3>
      <textarea
        aria-label="粘贴报告内容"
        placeholder="在网页或 Word 中选中整篇报告，复制（Ctrl+C），回到这里按 Ctrl+V 粘贴"
        rows={3}
        readOnly={pasted !== null}
        value={pasted ? pasted.preview : typed}
        onPaste={(e) => {
          if (take(e.clipboardData)) e.preventDefault();
        }}
        onChange={(e) => {
          setPasted(null);
          setTyped(e.target.value);
        }}
      />
      {pasted ? (
        <p className="muted paste-status" role="status">
          已粘贴{'html' in pasted ? '网页内容（含表格）' : '文本'}，约 {pasted.chars.toLocaleString('zh-CN')} 字。
          <button className="link" onClick={() => setPasted(null)}>
            清除
          </button>
        </p>
      ) : null}
      <button
        disabled={!source}
        onClick={() => {
          if (!source) return;
          void importPasted('html' in source ? { html: source.html } : { text: source.text }).then((done) => {
            if (done) setPasted(null);
          });
        }}
      >
        导入
      </button>
    </div>
  );
}
