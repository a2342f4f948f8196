import { SEVERITY_LABELS } from '@shared/rules';
import type { Finding } from '@shared/rules';

/**
 * A finding as a clerk reads it: how bad, then what is wrong in plain words. The rule's code means nothing
 * to a clerk, so it comes last, small and muted, only to look it up in 帮助 → 检查规则.
 */
export function FindingText({ finding }: { finding: Finding }) {
  return (
    <>
      <b className={`severity ${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</b> {finding.message}
      <span className="rule-tag" title={`检查规则编号，可在 帮助（F1）→ 检查规则 中查看“${finding.rule}”`}>
        {finding.rule}
      </span>
    </>
  );
}
