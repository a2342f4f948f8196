import './preview.css';
import { useEffect, useRef } from 'react';
import { closePreview, exportReport, printReport } from '../../app/commands';
import { useStore } from '../../store/store';

/**
 * 打印预览 inside the editor window: the pages main printed from the same print page as 打印 and
 * 导出PDF, as images, zoomable, with the page count and the two ways out to paper.
 */
export function PrintPreview() {
  const preview = useStore((s) => s.preview);
  const zoomBy = useStore((s) => s.previewZoomBy);
  const panel = useRef<HTMLDivElement>(null);
  const open = preview !== null;
  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);
  if (!preview) return null;
  const { pages, zoom } = preview;
  return (
    <div
      className="print-preview"
      role="dialog"
      aria-modal="true"
      aria-label="打印预览"
      tabIndex={-1}
      ref={panel}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          closePreview();
        }
      }}
    >
      <div className="preview-bar" role="toolbar" aria-label="打印预览工具栏">
        <strong>打印预览</strong>
        <span className="preview-count" aria-live="polite">
          {pages ? `共 ${pages.length} 页` : '正在生成……'}
        </span>
        <span className="sep" />
        <button onClick={() => zoomBy(-1)} title="缩小（Ctrl+−）" aria-label="缩小预览">
          −
        </button>
        <span className="zoom">{Math.round(zoom * 100)}%</span>
        <button onClick={() => zoomBy(1)} title="放大（Ctrl+=）" aria-label="放大预览">
          +
        </button>
        <span className="sep" />
        <button onClick={() => void printReport()} disabled={!pages} title="打印（Ctrl+P）">
          打印
        </button>
        <button onClick={() => void exportReport('pdf')} disabled={!pages} title="公文格式 PDF，供上传门户网站">
          导出PDF
        </button>
        <span className="grow" />
        <button onClick={closePreview} title="返回编辑（Esc）">
          关闭预览
        </button>
      </div>
      <div className="preview-pages" data-loading={pages ? undefined : 'true'}>
        {pages ? (
          pages.map((page, i) => (
            <figure key={i} className="preview-page">
              <img
                src={page.image}
                width={Math.round(page.width * zoom)}
                height={Math.round(page.height * zoom)}
                alt={`第 ${i + 1} 页`}
              />
              <figcaption>
                第 {i + 1} 页 / 共 {pages.length} 页
              </figcaption>
            </figure>
          ))
        ) : (
          <p className="preview-wait">正在按打印效果排版……</p>
        )}
      </div>
    </div>
  );
}
