import { access, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { withFileLock } from './file-lock';
import { pathKey, samePath } from './store-paths';

export interface RecentEntry {
  /** What the renderer sends back to open it: never the path itself. */
  id: string;
  path: string;
  name: string;
  folder: string;
  title: string;
  openedAt: string;
}

export const RECENT_MAX = 10;

/** The recent-files list, kept in the user-data folder. */
export class RecentFiles {
  private readonly file: string;

  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = join(folder, 'recent.json');
  }

  async list(): Promise<(RecentEntry & { exists: boolean })[]> {
    const entries = await this.read();
    return Promise.all(
      entries.map(async (e) => ({
        ...e,
        exists: await access(e.path).then(
          () => true,
          () => false,
        ),
      })),
    );
  }

  async find(id: string): Promise<RecentEntry | undefined> {
    return (await this.read()).find((e) => e.id === id);
  }

  async add(path: string, title: string): Promise<void> {
    await withFileLock(this.file, async () => {
      const entries = (await this.read()).filter((e) => !samePath(e.path, path));
      entries.unshift({
        id: pathKey(path),
        path,
        name: basename(path),
        folder: dirname(path),
        title,
        openedAt: this.now().toISOString(),
      });
      await mkdir(dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(entries.slice(0, RECENT_MAX), null, 2));
    });
  }

  private async read(): Promise<RecentEntry[]> {
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as unknown;
      return Array.isArray(data) ? (data as RecentEntry[]).filter((e) => typeof e?.path === 'string') : [];
    } catch {
      // A missing or damaged list only loses the list, never a report.
      return [];
    }
  }
}
