import { fitImported } from '@shared/import/fit-report';
import { isFlat, unflatten } from '@shared/import/flat-text';
import { isMarkdown, markdownText } from '@shared/import/markdown-text';
import { importText } from '@shared/import/text-report';
import { htmlText } from './html-text';
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
  const md = markdown ? markdownText(source, htmlText) : undefined;
  const text = flat ? unflatten(source) : (md?.text ?? source);
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
  if (md && md.ocrCells > 0)
    notices.push(
      `原文有 ${md.ocrCells} 个表格单元格是识别时把数字认成了字母（如 O、l、〇），已按 0、1 读取，请对照原文核对。`,
    );
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
  return {
    ok: true,
    report: checked.report,
    notices: [...notices, ...checked.notices],
    shape,
    source: imported.source,
  };
}
