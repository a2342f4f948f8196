import { FORMATS } from '@shared/format';
import { folderOf } from '../../app/commands';
import { docLabel, isDirty, useStore } from '../../store/store';

/** Shows or hides a side panel, so at 1024×640 the document can have the width. */
function PanelToggle({ panel, label }: { panel: 'outline' | 'problems'; label: string }) {
  const hidden = useStore((s) => s.hidden[panel]);
  return (
    <button className="link panel-toggle" aria-pressed={!hidden} onClick={() => useStore.getState().togglePanel(panel)}>
      {hidden ? `显示${label}` : `隐藏${label}`}
    </button>
  );
}

/** 「14:05」 in the clerk's time zone. */
const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString('zh-CN', { hour12: false, hour: '2-digit', minute: '2-digit' });

/** 原文对照 opens and closes here too, once the import notice is gone (only while an import's text is held). */
function SourceToggle() {
  const has = useStore((s) => s.source !== null);
  const open = useStore((s) => s.sourceOpen);
  if (!has) return null;
  return (
    <button className="link panel-toggle" aria-pressed={open} onClick={() => useStore.getState().setSourceOpen(!open)}>
      {open ? '隐藏原文对照' : '显示原文对照'}
    </button>
  );
}

export function StatusBar() {
  const name = useStore(docLabel);
  const imported = useStore((s) => Boolean(s.doc?.imported));
  const path = useStore((s) => s.doc?.path);
  const readOnly = useStore((s) => s.doc?.readOnly);
  const dirty = useStore(isDirty);
  const formatId = useStore((s) => s.report?.formatId);
  const docId = useStore((s) => s.doc?.docId);
  const recovery = useStore((s) => (s.recovery?.docId === docId ? s.recovery : null));
  const saveWarning = useStore((s) => (s.saveWarning && s.saveWarning.docId === docId ? s.saveWarning.message : null));
  const notice = useStore((s) => s.notice);
  return (
    <footer className="status-bar">
      <span className="status-name" title={path ?? name}>
        {name}
      </span>
      {path ? <span title={path}>{folderOf(path)}</span> : null}
      <span className={dirty || !path ? 'unsaved' : 'saved'} data-dirty={dirty}>
        {/* A report that never went to a file is not 已保存, even before its first edit (an import's name says so). */}
        {path ? (dirty ? '● 未保存' : '已保存') : imported ? (dirty ? '●' : '') : `${dirty ? '● ' : ''}尚未保存为文件`}
      </span>
      {readOnly ? <span>只读文件</span> : null}
      {/* Says what the app did (a copy for a crash), not that this is a recovered copy. */}
      {dirty && recovery && 'savedAt' in recovery ? <span>已自动保存恢复副本 {clock(recovery.savedAt)}</span> : null}
      <span className="status-notice" role="status" title={notice ?? undefined}>
        {notice}
      </span>
      {formatId ? <span>{FORMATS[formatId].document}</span> : null}
      <SourceToggle />
      <PanelToggle panel="outline" label="目录" />
      <PanelToggle panel="problems" label="检查结果" />
      {/* Failures around the file stay in view (not the notice's few seconds): the clerk must act on them. */}
      {dirty && recovery && 'problem' in recovery ? (
        <span className="status-problem" role="alert">
          ⚠ {recovery.problem}
        </span>
      ) : null}
      {saveWarning ? (
        <span className="status-problem" role="alert">
          ⚠ {saveWarning}
          <button className="link" onClick={() => useStore.getState().setSaveWarning(null)}>
            知道了
          </button>
        </span>
      ) : null}
    </footer>
  );
}
