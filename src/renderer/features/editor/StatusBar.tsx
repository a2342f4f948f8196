import { FORMATS } from '@shared/format';
import { folderOf } from '../../app/commands';
import { isDirty, useStore } from '../../store/store';

export function StatusBar() {
  const name = useStore((s) => s.doc?.name);
  const path = useStore((s) => s.doc?.path);
  const readOnly = useStore((s) => s.doc?.readOnly);
  const dirty = useStore(isDirty);
  const formatId = useStore((s) => s.report?.formatId);
  const copy = useStore((s) => s.lastRecoveryCopy);
  const notice = useStore((s) => s.notice);
  return (
    <footer className="status-bar">
      <span title={path ?? undefined}>{name}</span>
      {path ? <span title={path}>{folderOf(path)}</span> : null}
      <span className={dirty || !path ? 'unsaved' : 'saved'} data-dirty={dirty}>
        {/* A report that never went to a file is not 已保存, even before its first edit. */}
        {path ? (dirty ? '● 未保存' : '已保存') : `${dirty ? '● ' : ''}尚未保存为文件`}
      </span>
      {readOnly ? <span>只读文件</span> : null}
      {dirty && copy ? <span>恢复副本 {copy}</span> : null}
      <span className="status-notice" role="status">
        {notice}
      </span>
      {formatId ? <span>{FORMATS[formatId].document}</span> : null}
    </footer>
  );
}
