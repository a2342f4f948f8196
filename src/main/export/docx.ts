import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { FORMATS } from '@shared/format';
import type { GridRow, NarrativePartId, TableDef } from '@shared/format';
import { COLUMN_WIDTHS, printedValue, tableNote, titleLines } from '@shared/print';
import { chineseDate } from '@shared/report';
import type { Report } from '@shared/report';
import { withoutPersonalData } from '@shared/register/personal';

/** Font names as township PCs have them; Word and WPS substitute their own when one is missing. */
const FONT = { title: '方正小标宋简体', body: '仿宋_GB2312', heading: '黑体', sub: '楷体_GB2312', number: '宋体' };

const mmToTwip = (mm: number) => Math.round((mm / 25.4) * 1440);
const pt = (v: number) => v * 2; // docx sizes are half-points
/** 28.95 pt line pitch: 22 lines in the 225 mm 版心 (GB/T 9704). */
const LINE = Math.round(28.95 * 20);

function run(text: string, font: string, size: number): TextRun {
  return new TextRun({ text, font: { ascii: font, eastAsia: font, hAnsi: font }, size: pt(size) });
}

function bodyParagraphs(text: string): Paragraph[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const sub = /^（[一二三四五六七八九十]+）/.test(line);
      return new Paragraph({
        children: [run(line, sub ? FONT.sub : FONT.body, 16)],
        indent: { firstLine: pt(16) * 20 },
        spacing: { line: LINE, lineRule: LineRuleType.EXACT },
        alignment: AlignmentType.JUSTIFIED,
      });
    });
}

function tableRows(report: Report, grid: readonly GridRow[], header: boolean, size: number): TableRow[] {
  return grid.map(
    (row) =>
      new TableRow({
        tableHeader: header,
        cantSplit: true,
        children: row.map((c) => {
          const text = c.type === 'label' ? c.text : printedValue(report, c.cell);
          const centred = c.type === 'value' || header || c.role !== undefined;
          return new TableCell({
            verticalAlign: VerticalAlignTable.CENTER,
            ...(c.colspan ? { columnSpan: c.colspan } : {}),
            ...(c.type === 'label' && c.rowspan ? { rowSpan: c.rowspan } : {}),
            children: [
              new Paragraph({
                alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
                children: [run(text, c.type === 'label' && c.role === 'section' ? FONT.heading : FONT.body, size)],
              }),
            ],
          });
        }),
      }),
  );
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(report: Report, t: TableDef): Table {
  const size = t.id === 'T4' ? 9 : 10.5;
  const width = mmToTwip(210 - 28 - 26);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS[t.id].map((w) => Math.round((w / 100) * width)),
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [...tableRows(report, t.head, true, size), ...tableRows(report, t.body, false, size)],
  });
}

function pageNumberFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  const font = { ascii: FONT.number, eastAsia: FONT.number, hAnsi: FONT.number };
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: alignment === AlignmentType.RIGHT ? { right: pt(14) * 20 } : { left: pt(14) * 20 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: pt(14) })],
      }),
    ],
  });
}

/**
 * The report as a Word document for the county office: A4 with the 公文 margins, the usual font names,
 * real tables with the official merges and header rows repeated, 「— N —」 page numbers on the outer side.
 */
export async function exportDocx(
  full: Report,
  creator: string,
  options: { closing?: boolean } = {},
): Promise<Uint8Array> {
  const report = withoutPersonalData(full);
  const format = FORMATS[report.formatId];
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: LINE, line: Math.round(35 * 20), lineRule: LineRuleType.EXACT },
      children: titleLines(report).map(
        (line, i) =>
          new TextRun({
            text: line,
            break: i > 0 ? 1 : 0,
            font: { ascii: FONT.title, eastAsia: FONT.title, hAnsi: FONT.title },
            size: pt(22),
          }),
      ),
    }),
    ...bodyParagraphs(report.preamble),
  ];
  for (const part of format.parts) {
    children.push(
      new Paragraph({
        indent: { firstLine: pt(16) * 20 },
        spacing: { line: LINE, lineRule: LineRuleType.EXACT },
        keepNext: true,
        children: [run(part.heading, FONT.heading, 16)],
      }),
    );
    if (part.table) {
      children.push(table(report, format.tables[part.table]));
      const note = tableNote(report, part.table);
      if (note) children.push(new Paragraph({ children: [run(note, FONT.body, 10.5)] }));
    } else children.push(...bodyParagraphs(report.parts[part.id as NarrativePartId]));
  }
  if (options.closing !== false && (report.closing.unit || report.closing.date)) {
    for (const line of ['', report.closing.unit, chineseDate(report.closing.date)]) {
      children.push(
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: pt(16) * 80 },
          children: [run(line, FONT.body, 16)],
        }),
      );
    }
  }
  const doc = new Document({
    creator,
    title: report.title,
    subject: `${report.year}年政府信息公开工作年度报告`,
    keywords: `政府信息公开 年度报告 ${report.year} ${report.unit.name}`,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(210), height: mmToTwip(297) },
            margin: {
              top: mmToTwip(37),
              bottom: mmToTwip(35),
              left: mmToTwip(28),
              right: mmToTwip(26),
              footer: mmToTwip(21),
            },
          },
        },
        footers: { default: pageNumberFooter(AlignmentType.RIGHT), even: pageNumberFooter(AlignmentType.LEFT) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
