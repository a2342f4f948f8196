import { FORMATS } from '../format';
import type { GridRow, NarrativePartId, TableDef } from '../format';
import { chineseDate } from '../report';
import type { Report } from '../report';
import { withoutPersonalData } from '../register/personal';
import { escapeHtml as esc } from './escape';
import { printedValue } from './printed-value';
import { COLUMN_WIDTHS, printCss } from './styles';
import { tableNote } from './table-note';
import { titleLines } from './title';
import type { Paper } from './styles';

export interface PrintOptions {
  /** Where the font files are, as a URL the page can load (a relative path in the app, file:// in the CLI). */
  fontBase: string;
  paper?: Paper;
  /** The closing block (unit and date, right-aligned). */
  closing?: boolean;
  /** A 「草稿」 watermark, for printing a report that still has errors. */
  draft?: boolean;
}

function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) =>
      /^（[一二三四五六七八九十]+）/.test(line) ? `<p class="kai">${esc(line)}</p>` : `<p>${esc(line)}</p>`,
    )
    .join('\n');
}

function rows(report: Report, grid: readonly GridRow[], header: boolean): string {
  return grid
    .map((row) => {
      const cells = row.map((c) => {
        const span = `${c.colspan ? ` colspan="${c.colspan}"` : ''}${c.type === 'label' && c.rowspan ? ` rowspan="${c.rowspan}"` : ''}`;
        if (c.type === 'value') return `<td${span}>${esc(printedValue(report, c.cell))}</td>`;
        const kind = header || c.role === 'head' ? 'head' : c.role === 'section' ? 'section' : 'row';
        const text = c.vertical ? [...c.text].map(esc).join('<br>') : esc(c.text);
        return `<th class="${kind}"${span}>${text}</th>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
}

/** The body cut before each section row (T2's 第二十条第（X）项): a section is kept on one page. */
function sections(body: readonly GridRow[]): GridRow[][] {
  const groups: GridRow[][] = [];
  for (const row of body) {
    const first = row[0];
    if (groups.length === 0 || (first?.type === 'label' && first.role === 'section')) groups.push([]);
    groups[groups.length - 1]?.push(row);
  }
  return groups;
}

function table(report: Report, t: TableDef): string {
  const cols = COLUMN_WIDTHS[t.id].map((w) => `<col style="width:${w.toFixed(3)}%">`).join('');
  const head = t.head.length > 0 ? `<thead>${rows(report, t.head, true)}</thead>` : '';
  const body = sections(t.body).map((g) => `<tbody>${rows(report, g, false)}</tbody>`);
  return `<table class="${t.id}"><colgroup>${cols}</colgroup>${head}${body.join('')}</table>`;
}

/** A print page in parts: the styles and fonts (fixed by the print options), the title, the report itself. */
export interface PrintDocument {
  style: string;
  title: string;
  body: string;
}

/**
 * The report as a printable HTML document: one layout for the preview, the paper copy and the PDF,
 * so what the clerk previews is exactly what prints. Pure: the same report gives the same HTML. The
 * style depends only on the options, so a print page kept open can take another report's body alone.
 */
export function printDocument(full: Report, options: PrintOptions): PrintDocument {
  const report = withoutPersonalData(full);
  const format = FORMATS[report.formatId];
  const body = [
    options.draft ? '<div class="watermark">草稿</div>' : '',
    `<h1>${titleLines(report).map(esc).join('<br>')}</h1>`,
    report.preamble ? paragraphs(report.preamble) : '',
    ...format.parts.map((part) => {
      const note = part.table ? tableNote(report, part.table) : undefined;
      const content = part.table
        ? `${table(report, format.tables[part.table])}${note ? `\n<p class="table-note">${esc(note)}</p>` : ''}`
        : paragraphs(report.parts[part.id as NarrativePartId]);
      return `<section id="part-${part.id}"><h2>${esc(part.heading)}</h2>\n${content}</section>`;
    }),
    options.closing === false || (!report.closing.unit && !report.closing.date)
      ? ''
      : `<div class="closing"><p>${esc(report.closing.unit)}</p><p>${esc(chineseDate(report.closing.date))}</p></div>`,
  ];
  return {
    style: printCss(options.fontBase, options.paper ?? 'A4'),
    title: esc(report.title),
    body: `<body>
${body.filter(Boolean).join('\n')}
</body>`,
  };
}

export function documentHtml(doc: PrintDocument): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${doc.title}</title>
<style>${doc.style}</style></head>
${doc.body}</html>
`;
}

export function printHtml(report: Report, options: PrintOptions): string {
  return documentHtml(printDocument(report, options));
}
