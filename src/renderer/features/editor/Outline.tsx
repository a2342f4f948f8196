import { FORMATS } from '@shared/format';
import { useStore } from '../../store/store';

function go(id: string): void {
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
}

export function Outline() {
  const formatId = useStore((s) => s.report?.formatId);
  const errorsByPart = useStore((s) => s.findings);
  if (!formatId) return null;
  const format = FORMATS[formatId];
  const count = (table?: string, part?: string) =>
    errorsByPart.filter(
      (f) => f.severity !== 'info' && ((table && f.cells[0]?.startsWith(`${table}.`)) || (part && f.part === part)),
    ).length;
  return (
    <nav className="outline" aria-label="目录">
      <button onClick={() => go('details')}>标题与单位</button>
      {format.parts.map((p) => {
        const n = count(p.table, p.id);
        return (
          <button key={p.id} onClick={() => go(`part-${p.id}`)}>
            {p.heading}
            {n > 0 ? <span className="outline-count">{n}</span> : null}
          </button>
        );
      })}
      <button onClick={() => go('closing')}>落款</button>
    </nav>
  );
}
