import { FORMATS } from '@shared/format';
import { findingPart, worstSeverity } from '@shared/rules';
import type { Finding } from '@shared/rules';
import { useStore } from '../../store/store';

/** The checks of the closing (落款单位, 落款日期): they belong to no part, but to the 落款 entry. */
const CLOSING_RULES = new Set(['C3', 'C4']);

function go(id: string): void {
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
}

/** How many errors and warnings an entry has, coloured by the worst of them (a part with warnings only is not red). */
function Count({ findings }: { findings: readonly Finding[] }) {
  const shown = findings.filter((f) => f.severity !== 'info');
  const worst = worstSeverity(shown);
  return worst ? (
    <span className={`outline-count ${worst}`} data-severity={worst}>
      {shown.length}
    </span>
  ) : null;
}

export function Outline() {
  const formatId = useStore((s) => s.report?.formatId);
  const findings = useStore((s) => s.findings);
  if (!formatId) return null;
  const format = FORMATS[formatId];
  return (
    <nav className="outline" aria-label="目录">
      <button onClick={() => go('details')}>标题与单位</button>
      {format.parts.map((p) => (
        <button key={p.id} onClick={() => go(`part-${p.id}`)}>
          {p.heading}
          <Count findings={findings.filter((f) => findingPart(formatId, f) === p.id)} />
        </button>
      ))}
      <button onClick={() => go('closing')}>
        落款
        <Count findings={findings.filter((f) => CLOSING_RULES.has(f.rule))} />
      </button>
    </nav>
  );
}
