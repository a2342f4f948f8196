import { basename, dirname } from 'node:path';

/** Why a save failed, in words a clerk can act on. The original file is always intact when this is said. */
export function describeSaveError(error: unknown, path: string): { code: string; message: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
  const kept = '原文件没有被改动。';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code,
        message: `磁盘空间不足，报告没有保存到“${path}”。${kept}请清理磁盘，或用“另存为”保存到其他位置。`,
      };
    case 'EROFS':
      return { code, message: `“${path}”所在的磁盘或U盘是只读的，报告没有保存。${kept}请用“另存为”保存到其他位置。` };
    case 'EACCES':
    case 'EPERM':
      return {
        code,
        message: `没有权限写入“${path}”（文件可能是只读的，或被杀毒软件等程序占用），报告没有保存。${kept}请稍后重试或“另存为”。`,
      };
    case 'EBUSY':
      return { code, message: `“${path}”正被其他程序占用，报告没有保存。${kept}请关闭占用它的程序后重试。` };
    // A USB stick pulled out: the folder is gone (ENOENT) or the device fails (EIO); the folder is named.
    case 'ENOENT':
      return {
        code,
        message: `“${basename(path)}”所在的文件夹“${dirname(path)}”已不存在（U盘是否已拔出？），报告没有保存。${kept}请插回U盘后重试，或“另存为”到其他位置。`,
      };
    case 'EIO':
      return {
        code,
        message: `写入文件夹“${dirname(path)}”时磁盘出错（U盘是否已拔出或损坏？），“${basename(path)}”没有保存。${kept}请插回U盘后重试，或“另存为”到其他位置。`,
      };
    default:
      return { code, message: `保存到“${path}”失败（${code}），报告没有保存。${kept}` };
  }
}

/** The file is written, but its folder's sync failed: the rename may not survive a power cut. */
export function describeFolderSyncWarning(path: string, folder: string, error: NodeJS.ErrnoException): string {
  return `已保存到“${path}”，但所在文件夹“${folder}”未能同步到磁盘（${error.code ?? '未知错误'}）：如马上断电或拔出U盘，可能要重新保存。`;
}

/** A store in the user-data folder (backups, recovery copies) failed: which folder, why, and what it means. */
export function describeStoreError(error: unknown, what: string, folder: string, consequence: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? '磁盘空间不足'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? '没有写入权限'
        : `写入失败（${code ?? '未知错误'}）`;
  return `${what}“${folder}”${why}，${consequence}。请清理磁盘或检查该文件夹的权限。`;
}
