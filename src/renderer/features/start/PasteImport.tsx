import { useState } from 'react';
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
  return (
    <div className="paste-import">
      <h3>粘贴导入</h3>
      <textarea
        aria-label="粘贴报告内容"
        placeholder="在网页或 Word 中选中整篇报告，复制（Ctrl+C），在这里粘贴（Ctrl+V）"
        rows={3}
        readOnly={pasted !== null}
        value={pasted ? pasted.preview : typed}
        onPaste={(e) => {
          const html = e.clipboardData.getData('text/html');
          const text = e.clipboardData.getData('text/plain');
          if (!html && !text) return;
          e.preventDefault();
          setTyped('');
          const preview = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
          const chars = text.length;
          setPasted(html ? { html, preview, chars } : { text, preview, chars });
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
