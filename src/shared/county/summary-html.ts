import { escapeHtml } from '../print/escape';
import type { CountyResult } from './assemble';
import { unitRows } from './summary-rows';

/** The 汇总表 for paper: A4 landscape, header row repeated on every page, through the app's print path. */
export function summaryPrintHtml(result: CountyResult, heading: string): string {
  const [head = [], ...body] = unitRows(result);
  const cell = (v: string | number | null, tag = 'td') => `<${tag}>${escapeHtml(v === null ? '' : String(v))}</${tag}>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "FangSong", "仿宋", serif; font-size: 9pt; }
h1 { font-size: 14pt; text-align: center; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #000; padding: 1mm; }
td:nth-child(n+7):nth-child(-n+17) { text-align: right; }
tr { break-inside: avoid; }
</style></head><body>
<h1>${escapeHtml(heading)}</h1>
<table><thead><tr>${head.map((h) => cell(h, 'th')).join('')}</tr></thead>
<tbody>
${body.map((r) => `<tr>${r.map((v) => cell(v)).join('')}</tr>`).join('\n')}
</tbody></table>
</body></html>
`;
}
