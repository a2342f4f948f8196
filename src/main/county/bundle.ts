import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleIndexHtml } from '@shared/county/bundle-index';
import type { BundleItem } from '@shared/county/bundle-index';
import { countedFile } from '@shared/county/assemble';
import type { CountyResult } from '@shared/county/assemble';
import type { Result } from '@shared/ipc/contract';
import { writeFileAtomic } from '../files/atomic-write';
import { suggestedFileName } from '../files/naming';
import { writePdf } from '../export/export-report';
import type { ExportContext } from '../export/export-report';
import { BUNDLE_MARKER } from './read-workspace';

export interface BundleOutcome {
  items: BundleItem[];
  /** Units whose report could not be put in (with why). */
  skipped: string[];
}

/**
 * The 集中公布包: every reporting unit's PDF, named by its official title, in roster order, with an
 * index.html for the portal. A unit's own PDF is published as it sent it; a .nianbao (or a report
 * read from Word or a web page) is exported by nianbao. The workspace's files are only read.
 */
export async function writeBundle(
  folder: string,
  result: CountyResult,
  dir: string,
  exports: ExportContext,
  heading = `${result.year}年度政府信息公开工作年度报告`,
): Promise<Result<BundleOutcome>> {
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, BUNDLE_MARKER), '年报编辑器的集中公布包：汇总时不读取本文件夹。\n');
  } catch (error) {
    return { ok: false, error: { code: 'bundle', message: `无法创建文件夹“${dir}”：${(error as Error).message}` } };
  }
  const items: BundleItem[] = [];
  const skipped: string[] = [];
  const used = new Set<string>();
  for (const u of result.units) {
    const file = countedFile(u);
    if (!file?.report) continue;
    let name = suggestedFileName(file.report, 'pdf');
    for (let n = 2; used.has(name); n++) name = suggestedFileName(file.report, 'pdf', n);
    used.add(name);
    const target = join(dir, name);
    if (file.kind === 'pdf') {
      await writeFileAtomic(target, await readFile(join(folder, file.rel)));
    } else {
      const written = await writePdf(file.report, target, exports);
      if (!written.ok) {
        skipped.push(`${u.name}：${written.error.message}`);
        continue;
      }
    }
    items.push({ unit: u.name, title: file.report.title || name.replace(/\.pdf$/, ''), file: name });
  }
  await writeFileAtomic(join(dir, 'index.html'), bundleIndexHtml(heading, items));
  return { ok: true, value: { items, skipped } };
}
