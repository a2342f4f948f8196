import { FORMATS } from '@shared/format';
import type { NarrativePartId } from '@shared/format';
import { chineseDate } from '@shared/report';
import type { Report } from '@shared/report';
import { ReportTable } from './ReportTable';

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split('\n')
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          <p key={i} className={/^（[一二三四五六七八九十]+）/.test(p) ? 'subheading' : undefined}>
            {p}
          </p>
        ))}
    </>
  );
}

/** The report read-only, in the order and with the headings of its format. */
export function ReportView({ report }: { report: Report }) {
  const format = FORMATS[report.formatId];
  return (
    <article className="document" aria-label="报告正文">
      <h1 className="doc-title">{report.title}</h1>
      {report.preamble ? <Paragraphs text={report.preamble} /> : null}
      {format.parts.map((part) => (
        <section key={part.id} id={`part-${part.id}`}>
          <h2>{part.heading}</h2>
          {part.table ? (
            <ReportTable table={format.tables[part.table]} cells={report.cells} caption={part.heading} />
          ) : (
            <Paragraphs text={report.parts[part.id as NarrativePartId]} />
          )}
        </section>
      ))}
      <div className="closing">
        <p>{report.closing.unit}</p>
        <p>{chineseDate(report.closing.date)}</p>
      </div>
    </article>
  );
}
