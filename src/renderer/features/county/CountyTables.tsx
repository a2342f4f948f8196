import { formatIndex, TABLE_NAMES } from '@shared/format';
import type { CellDef, TableId } from '@shared/format';
import type { CountyView } from '@shared/county/view';

/**
 * A sum of 万元 amounts keeps the units' six decimals (万元 to the 分, REPORT-FORMAT §4.1: printed as entered),
 * which reads like an unrounded figure: the tooltip gives the same sum in 元.
 */
function cellTitle(cell: CellDef, value: number | null | undefined): string {
  if (cell.unit !== '万元' || value === undefined || value === null) return cell.colLabel;
  const yuan = (value * 10_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${cell.colLabel}：${value} 万元 = ${yuan} 元（各单位金额精确到分相加）`;
}

/** The county's summed tables, read-only, row by row as the format prints them (the editor shows them in full). */
export function CountyTables({ view }: { view: CountyView }) {
  const index = formatIndex(view.formatId);
  const rows = (table: TableId) => [...index.byRow.entries()].filter(([row]) => row.startsWith(`${table}.`));
  return (
    <section className="county-tables" aria-label="汇总表格">
      <h2>全县汇总表格（{view.tables.sources.length} 个单位逐格相加）</h2>
      {view.tables.notes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
      {(['T2', 'T3', 'T4'] as const).map((table) => {
        const body = rows(table);
        const cols = body[0]?.[1] ?? [];
        return (
          <table key={table} className="county-sum" data-table={table}>
            <caption>{TABLE_NAMES[table]}</caption>
            {table === 'T3' ? (
              <thead>
                <tr>
                  <th />
                  {cols.map((c) => (
                    <th key={c.id}>{c.colLabel}</th>
                  ))}
                </tr>
              </thead>
            ) : null}
            <tbody>
              {body.map(([row, cells]) => (
                <tr key={row}>
                  <th scope="row">{cells[0]?.rowLabel}</th>
                  {cells.map((c) => (
                    <td
                      key={c.id}
                      data-cell={c.id}
                      title={table === 'T3' ? undefined : cellTitle(c, view.tables.cells[c.id])}
                    >
                      {table === 'T3' ? null : <small>{c.colLabel} </small>}
                      {view.tables.cells[c.id] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
