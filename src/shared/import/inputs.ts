/**
 * Every kind of file an import reads, as the clerk calls it: the open dialog's filter, the refusal of any
 * other file, 帮助 → 关于 and `nianbao --help` are all made from this one list.
 */
export const IMPORT_INPUTS: readonly { extensions: readonly string[]; name: string; how: string }[] = [
  { extensions: ['nianbao'], name: '年报编辑器报告文件', how: '原样读入' },
  { extensions: ['docx'], name: 'Word 文档', how: '按标题、段落和表格读取' },
  { extensions: ['html', 'htm'], name: '网页', how: '按标题、段落和表格读取（GB2312/GBK 网页也可）' },
  {
    extensions: ['pdf'],
    name: 'PDF（任何软件生成）',
    how: '年报编辑器导出的读回附带数据并与页面核对，其他按文字层的版面读取（扫描件除外）',
  },
  { extensions: ['txt'], name: '文本', how: '按标题和表格行名读取（UTF-8 或 GBK）' },
  { extensions: ['md'], name: 'Markdown', how: 'PDF 转换或识别得到的文字，按标题和表格读取' },
];

/** What 打开 and 从上一年报告新建 accept, without the dot. */
export const OPENABLE_EXTENSIONS = IMPORT_INPUTS.flatMap((input) => input.extensions);

/** The open dialog's filter: 「年度报告（*.nianbao *.docx *.html *.htm *.pdf *.txt *.md）」. */
export const OPEN_FILTER_NAME = `年度报告（${OPENABLE_EXTENSIONS.map((e) => `*.${e}`).join(' ')}）`;

/** 「.nianbao 年报编辑器报告文件、.docx Word 文档、…」 */
export const IMPORT_INPUT_NAMES = IMPORT_INPUTS.map(
  (input) => `${input.extensions.map((e) => `.${e}`).join('/')} ${input.name}`,
).join('、');
