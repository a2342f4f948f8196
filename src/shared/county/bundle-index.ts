import { escapeHtml } from '../print/escape';

export interface BundleItem {
  unit: string;
  title: string;
  file: string;
}

/**
 * The 集中公布包's index page for the portal's 政府信息公开 column: every report in roster order,
 * linked by file name, self-contained (no script, no outside style).
 */
export function bundleIndexHtml(heading: string, items: readonly BundleItem[]): string {
  const rows = items
    .map(
      (it, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(it.unit)}</td><td><a href="${encodeURIComponent(it.file)}">${escapeHtml(it.title)}</a></td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>
</head><body>
<h1>${escapeHtml(heading)}</h1>
<table><thead><tr><th>序号</th><th>单位</th><th>报告</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
