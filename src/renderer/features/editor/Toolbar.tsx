import { useState } from 'react';
import { backToStart, exportReport, previewReport, printReport, redo, save, saveAs, undo } from '../../app/commands';
import { beforeCommand } from '../../app/before-command';
import { runCommand } from '../../app/command-table';
import { HistoryDialog } from './HistoryDialog';
import { LastYearToggle } from '../last-year/LastYearToggle';
import { hasPendingEdit, useStore } from '../../store/store';

export function Toolbar() {
  const [history, setHistory] = useState(false);
  const hasFile = useStore((s) => Boolean(s.doc?.path));
  const autoTotals = useStore((s) => s.report?.settings.autoTotals ?? false);
  const canUndo = useStore((s) => s.history.past.length > 0 || hasPendingEdit(s));
  const canRedo = useStore((s) => s.history.future.length > 0);
  const zoom = useStore((s) => s.zoom);
  const st = useStore.getState;
  return (
    <div className="toolbar" role="toolbar" aria-label="工具栏">
      <button onClick={() => void backToStart()} title="新建或打开其他报告">
        首页
      </button>
      <button onClick={() => void save()} title="保存（Ctrl+S）">
        保存
      </button>
      <button onClick={() => void saveAs()} title="另存为（Ctrl+Shift+S）">
        另存为
      </button>
      <button
        onClick={() => beforeCommand('历史版本') && setHistory(true)}
        disabled={!hasFile}
        title="保存前留下的各个版本，及每一版改了什么"
      >
        历史版本
      </button>
      {history ? <HistoryDialog onClose={() => setHistory(false)} /> : null}
      <span className="sep" />
      <button onClick={() => void previewReport()} title="按打印效果查看每一页">
        预览
      </button>
      <button onClick={() => void exportReport('pdf')} title="公文格式 PDF，供上传门户网站">
        导出PDF
      </button>
      <button onClick={() => void exportReport('docx')} title="Word 文档，供县政府办汇总编辑">
        导出Word
      </button>
      <button onClick={() => void printReport()} title="打印（Ctrl+P）">
        打印
      </button>
      <span className="sep" />
      <button onClick={undo} disabled={!canUndo} title="撤销（Ctrl+Z）">
        撤销
      </button>
      <button onClick={redo} disabled={!canRedo} title="重做（Ctrl+Y）">
        重做
      </button>
      <button onClick={() => runCommand('find')} title="查找和替换正文、标题中的文字（查找 Ctrl+F，替换 Ctrl+H）">
        查找
      </button>
      <span className="sep" />
      <label className="toggle" title="开启时“总计”列、（七）总计和复议诉讼“总计”自动计算">
        <input type="checkbox" checked={autoTotals} onChange={(e) => st().setAutoTotals(e.target.checked)} />
        自动合计
      </label>
      <LastYearToggle />
      <span className="sep" />
      <button onClick={() => st().zoomBy(-1)} title="缩小（Ctrl+−）" aria-label="缩小">
        −
      </button>
      <span className="zoom">{Math.round(zoom * 100)}%</span>
      <button onClick={() => st().zoomBy(1)} title="放大（Ctrl+=）" aria-label="放大">
        +
      </button>
      {/* At the right end, where WPS and Office keep their help. */}
      <button
        className="help-button"
        onClick={() => runCommand('help')}
        title="帮助：使用步骤、填写说明、检查规则、快捷键（F1）"
      >
        帮助
      </button>
    </div>
  );
}
