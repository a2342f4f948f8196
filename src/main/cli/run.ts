import { parseArgs } from 'node:util';
import { IMPORT_INPUTS } from '@shared/import/inputs';
import { EXIT } from './io';
import type { CliIO } from './io';
import { UNIT_KIND_CHOICES } from './unit-kind';
import { VERSION } from './version';

/** Each input `import` reads, from the list the importer itself dispatches on. */
const INPUT_LINES = IMPORT_INPUTS.map(
  (input) => `        ${input.extensions.map((e) => `.${e}`).join(' ')}  ${input.name}：${input.how}`,
).join('\n');

export const USAGE = `年报编辑器命令行（nianbao ${VERSION}）

用法：
  nianbao check <报告文件> [--previous <上一年报告文件>] [--today <日期>] [--json]
      检查报告，按错误、警告、提示分组列出问题（含登记台账中超期未答复的申请，R1；--today 指定检查日）。
      报告文件和上一年报告也可以是 import 能导入的任何文件（Word、PDF、网页、文本……）：在内存中导入后检查，
      并说明导入时读到和提示的情况（不写入任何文件）。
      退出码：0 没有错误；1 有错误；2 文件无法读取。
  nianbao show <报告文件> [--json]
      显示报告内容：正文和对齐的文字表格；--json 输出格式、年度、单位、正文和每个单元格的值。
      与 check 一样接受 import 能导入的任何文件。
  nianbao new --year <年度> --unit <单位全称> [--kind <单位类型>] [--region <所在地区>] -o <新文件> [--force]
      创建一份空白报告（按年度自动选用格式）。--kind 中文或英文均可，默认乡镇：
        ${UNIT_KIND_CHOICES}
  nianbao export <报告文件> [--pdf <输出.pdf>] [--docx <输出.docx>] [--paper A4|A3] [--draft] [--without-closing]
      导出公文格式的 PDF（内嵌字体和报告数据；需要 Chromium：CHROMIUM_PATH 或 /usr/bin/chromium）
      和/或 Word 文档（官方表格合并单元格、表头跨页重复）。不指定 --pdf 和 --docx 时两者都导出，
      写在报告文件旁边，文件名与编辑器导出时一样（如“某镇人民政府2025年政府信息公开工作年度报告.pdf”）。
  nianbao import <要导入的文件> -o <输出.nianbao> [--json] [--force]
      导入报告并保存为报告文件；--json 输出导入诊断。可以导入：
${INPUT_LINES}
      退出码与 check 一致：0 导入后没有错误；1 导入的报告有错误，或有不确定、原文缺少的单元格；2 无法读取。
  nianbao county <工作文件夹> [--roster 名单.csv] [--previous <上一年的文件夹>] [--xlsx 汇总表.xlsx] [--csv 汇总表.csv]
                 [--report 县报告.nianbao] [--unit <县级报告的单位全称>] [--bundle <公布包文件夹>]
                 [--year <年度>] [--include-own] [--include <单位>]… [--force] [--json]
      县级汇总：读取各单位报送的报告（.nianbao、PDF、Word、网页、文本），按名单列出未报、已报、有错误等状态，
      进行跨单位检查（U1–U5），逐格汇总各单位表格，按需写出汇总表、县级报告和集中公布包。
      退出码：0 名单上每个单位都已报送且没有错误；1 有未报、有错误或无法读取的文件；2 文件夹无法读取。
  nianbao register <报告文件> [--import <台账.xlsx|.csv>] [--count] [--export <台账.xlsx>] [--due [--today <日期>] [--json]]
      依申请公开登记台账：--import 从表格读入申请（表头如 登记号、收到日期、申请人类型、申请人、联系电话、
      申请内容、办理结果、答复日期 直接识别；“公民”“企业”“同意公开”“信息不存在”等常用说法和官方行名均可），
      读不了的行逐行列出原因；--count 第三部分表格改为按台账统计；--export 导出台账为 .xlsx；
      --due 列出未答复的申请及答复期限（第三十三条，按国务院办公厅节假日安排计工作日）。
      退出码：0 成功；1 有未能读入的行；2 文件无法使用。
  nianbao help | --help | -h
      显示本说明（不带任何参数时也显示）。
  nianbao --version
      显示版本号。
`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  previous: { type: 'string' },
  year: { type: 'string' },
  unit: { type: 'string' },
  kind: { type: 'string' },
  region: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean', default: false },
  pdf: { type: 'string' },
  docx: { type: 'string' },
  paper: { type: 'string' },
  draft: { type: 'boolean', default: false },
  'without-closing': { type: 'boolean', default: false },
  roster: { type: 'string' },
  xlsx: { type: 'string' },
  csv: { type: 'string' },
  report: { type: 'string' },
  bundle: { type: 'string' },
  'include-own': { type: 'boolean', default: false },
  include: { type: 'string', multiple: true },
  import: { type: 'string' },
  count: { type: 'boolean', default: false },
  export: { type: 'string' },
  due: { type: 'boolean', default: false },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

function usageError(io: CliIO, message: string): number {
  io.err(`${message}\n\n${USAGE}`);
  return EXIT.unusable;
}

/**
 * Each command's modules are loaded when it runs: all of them together (docx, exceljs, pdf-lib, the
 * importers) took ~1–1.5 s to load before any command started, on a loaded machine (bench export.cli.*).
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, `参数有误：${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (values.help || command === 'help' || command === undefined) {
    io.out(USAGE);
    return EXIT.ok;
  }
  const file = rest[0];
  switch (command) {
    case 'check':
      if (!file || rest.length > 1) return usageError(io, 'check 需要且只需要一个报告文件。');
      return (await import('./check')).checkCommand(
        {
          file,
          json: values.json,
          ...(values.previous ? { previous: values.previous } : {}),
          ...(values.today ? { today: values.today } : {}),
        },
        io,
      );
    case 'show':
      if (!file || rest.length > 1) return usageError(io, 'show 需要且只需要一个报告文件。');
      return (await import('./show')).showCommand({ file, json: values.json }, io);
    case 'new':
      if (rest.length > 0) return usageError(io, `new 不接受位置参数“${rest.join(' ')}”，文件请用 -o 指定。`);
      return (await import('./new')).newCommand(
        {
          force: values.force,
          ...(values.year !== undefined ? { year: values.year } : {}),
          ...(values.unit !== undefined ? { unit: values.unit } : {}),
          ...(values.kind !== undefined ? { kind: values.kind } : {}),
          ...(values.region !== undefined ? { region: values.region } : {}),
          ...(values.output !== undefined ? { output: values.output } : {}),
        },
        io,
      );
    case 'export':
      if (!file || rest.length > 1) return usageError(io, 'export 需要且只需要一个报告文件。');
      return (await import('./export')).exportCommand(
        {
          file,
          draft: values.draft,
          withoutClosing: values['without-closing'],
          ...(values.pdf !== undefined ? { pdf: values.pdf } : {}),
          ...(values.docx !== undefined ? { docx: values.docx } : {}),
          ...(values.paper !== undefined ? { paper: values.paper } : {}),
        },
        io,
      );
    case 'import':
      if (!file || rest.length > 1) return usageError(io, 'import 需要且只需要一个要导入的文件。');
      return (await import('./import')).importCommand(
        {
          file,
          json: values.json,
          force: values.force,
          ...(values.output !== undefined ? { output: values.output } : {}),
        },
        io,
      );
    case 'county':
      if (!file || rest.length > 1) return usageError(io, 'county 需要且只需要一个工作文件夹。');
      return (await import('./county')).countyCommand(
        {
          folder: file,
          json: values.json,
          force: values.force,
          includeOwn: values['include-own'],
          include: values.include ?? [],
          ...(values.roster !== undefined ? { roster: values.roster } : {}),
          ...(values.previous !== undefined ? { previous: values.previous } : {}),
          ...(values.xlsx !== undefined ? { xlsx: values.xlsx } : {}),
          ...(values.csv !== undefined ? { csv: values.csv } : {}),
          ...(values.report !== undefined ? { report: values.report } : {}),
          ...(values.bundle !== undefined ? { bundle: values.bundle } : {}),
          ...(values.unit !== undefined ? { unit: values.unit } : {}),
          ...(values.year !== undefined ? { year: values.year } : {}),
        },
        io,
      );
    case 'register':
      if (!file || rest.length > 1) return usageError(io, 'register 需要且只需要一个报告文件。');
      if (!values.import && !values.export && !values.due && !values.count)
        return usageError(io, 'register 需要 --import、--count、--export 或 --due 中的至少一项。');
      return (await import('./register')).registerCommand(
        {
          file,
          count: values.count,
          due: values.due,
          json: values.json,
          ...(values.import !== undefined ? { import: values.import } : {}),
          ...(values.export !== undefined ? { export: values.export } : {}),
          ...(values.today !== undefined ? { today: values.today } : {}),
        },
        io,
      );
    default:
      return usageError(io, `未知命令“${command}”。`);
  }
}
