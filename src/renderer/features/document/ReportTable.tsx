import type { TableDef } from '@shared/format';
import type { Cells } from '@shared/report';

function show(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A table exactly as the official format prints it: the merges come from the format data. */
export function ReportTable({ table, cells, caption }: { table: TableDef; cells: Cells; caption: string }) {
  const rows = [...table.head.map((r) => ({ r, head: true })), ...table.body.map((r) => ({ r, head: false }))];
  return (
    <table className={`report-table report-table-${table.id}`} aria-label={caption}>
      <tbody>
        {rows.map(({ r, head }, i) => (
          <tr key={i} className={head ? 'head' : undefined}>
            {r.map((c, j) =>
              c.type === 'label' ? (
                <th key={j} rowSpan={c.rowspan} colSpan={c.colspan} className={c.role} scope={c.role ? 'col' : 'row'}>
                  {c.text}
                </th>
              ) : (
                <td key={j} colSpan={c.colspan} data-cell={c.cell}>
                  {show(cells[c.cell])}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
