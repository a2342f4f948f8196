import { FORMATS } from '@shared/format';
import { IMPORT_INPUT_NAMES } from '@shared/import/inputs';
import type { AppInfo } from '@shared/ipc/contract';
import { FILE_VERSION } from '@shared/report/types';
import { bridge } from '../bridge/api';
import { ask, tell } from './ask';

/**
 * 帮助 → 关于: first what the app is, its version (what the county's IT asks first) and that it never needs
 * the network; then what it reads and writes. The fonts' licence is one button away, not the lead.
 */
export function aboutText(info: AppInfo): string {
  const formats = Object.values(FORMATS)
    .sort((a, b) => a.firstYear - b.firstYear)
    .map((f) => `· ${f.name}（${f.document}），${f.firstYear} 年度起`)
    .join('\n');
  return [
    `${info.name} 版本 ${info.version}`,
    '编写政府信息公开工作年度报告：按官方格式填写表格和正文，随时检查，导出 PDF、Word 或直接打印。',
    '完全离线使用：不需要联网，报告只保存在本机，程序不发出任何网络请求。',
    '',
    '支持的报告格式：',
    formats,
    `报告文件：.nianbao（文件版本 ${FILE_VERSION}）；可打开 ${IMPORT_INPUT_NAMES}；可导出 PDF、Word。`,
  ].join('\n');
}

export const LICENCE_TEXT = [
  '内置字体：Fandol 仿宋、黑体、楷体、宋体（Fandol 团队：Clerk Ma、Jie Su），GNU GPL 第 3 版并附字体例外条款：',
  '嵌入这些字体的文档不受 GPL 约束。许可证全文见安装目录 resources/fonts 中的 COPYING-Fandol.txt。',
].join('\n');

export async function showAbout(): Promise<void> {
  const chosen = await ask('关于年报编辑器', aboutText(await bridge.appInfo()), [
    { id: 'licences', label: '字体许可' },
    { id: 'ok', label: '确定', primary: true },
  ]);
  if (chosen === 'licences') await tell('字体许可', LICENCE_TEXT);
}
