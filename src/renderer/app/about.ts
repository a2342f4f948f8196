import { FORMATS } from '@shared/format';
import { IMPORT_INPUT_NAMES } from '@shared/import/inputs';
import type { AppInfo } from '@shared/ipc/contract';
import { FILE_VERSION } from '@shared/report/types';

/** 帮助 → 关于: what the county's IT asks first (version), what the app reads and writes, the fonts' licence. */
export function aboutText(info: AppInfo): string {
  const formats = Object.values(FORMATS)
    .sort((a, b) => a.firstYear - b.firstYear)
    .map((f) => `· ${f.name}（${f.document}），${f.firstYear} 年度起`)
    .join('\n');
  return [
    `${info.name} 版本 ${info.version}`,
    '',
    '支持的报告格式：',
    formats,
    `报告文件：.nianbao（文件版本 ${FILE_VERSION}）；可打开 ${IMPORT_INPUT_NAMES}；可导出 PDF、Word。`,
    '',
    '内置字体：Fandol 仿宋、黑体、楷体、宋体（Fandol 团队：Clerk Ma、Jie Su），GNU GPL 第 3 版并附字体例外条款：',
    '嵌入这些字体的文档不受 GPL 约束。许可证全文见安装目录 resources/fonts 中的 COPYING-Fandol.txt。',
    '',
    '本程序完全离线运行，不发出任何网络请求。',
  ].join('\n');
}
