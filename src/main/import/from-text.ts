import { fitImported } from '@shared/import/fit-report';
import { isFlat, unflatten } from '@shared/import/flat-text';
import { isMarkdown, markdownText } from '@shared/import/markdown-text';
import { importText } from '@shared/import/text-report';
import { validateReport } from '@shared/report/load';
import type { ImportShape, SourceResult } from './diagnostics';

/**
 * A report read from text (a dump, a web page's text, a Word file's or a PDF's text layer), or why not.
 * Text with no line breaks and Markdown are first given the lines the text importer reads.
 */
export function fromText(source: string, given: ImportShape): SourceResult {
  const byLines = given === 'pdf-text' || given === 'docx';
  const flat = !byLines && isFlat(source);
  const markdown = !byLines && !flat && isMarkdown(source);
  const shape: ImportShape = flat ? 'text-flat' : markdown ? 'markdown' : given;
  const text = flat ? unflatten(source) : markdown ? markdownText(source) : source;
  const imported = importText(text);
  if (imported.headings === 0 && Object.values(imported.report.cells).every((v) => v === null)) {
    return {
      ok: false,
      errors: [
        {
          code: 'unreadable',
          message: '没有在文件中找到年度报告的标题、正文或表格，它可能不是政府信息公开工作年度报告。',
        },
      ],
    };
  }
  const notices = [...imported.notices, ...fitImported(imported.report)];
  if (imported.labelsSuggest)
    notices.push(
      `表格用语属于${imported.labelsSuggest === 'gov-2019' ? '2019年试行' : '2021年'}格式，与报告年度不符，请核对。`,
    );
  // The file schema decides, as for a file opened: an import the app could not save is refused here, with why.
  const checked = validateReport(imported.report);
  if (!checked.ok) {
    const why = checked.errors.map((e) => e.message).join('\n');
    return { ok: false, errors: [{ code: 'unreadable', message: `原文读到的内容无法作为报告保存：${why}` }] };
  }
  return { ok: true, report: checked.report, notices: [...notices, ...checked.notices], shape };
}
