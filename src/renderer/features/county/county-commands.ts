import type { CountyView } from '@shared/county/view';
import { bridge, BridgeError } from '../../bridge/api';
import { tell } from '../../app/ask';
import { showOpened } from '../../app/commands';
import { useStore } from '../../store/store';
import { useCounty } from './county-store';

const county = () => useCounty.getState();

async function attempt<T>(title: string, task: () => Promise<T>): Promise<T | undefined> {
  try {
    return await task();
  } catch (error) {
    await tell(title, error instanceof BridgeError ? error.message : `出现意外错误：${(error as Error).message}`);
    return undefined;
  }
}

/** Main reads the folder; the screen shows its progress until the view arrives. */
async function reading(task: () => Promise<CountyView | null>): Promise<void> {
  const view = await attempt('无法读取工作文件夹', async () => {
    try {
      return await task();
    } finally {
      county().setProgress(null);
    }
  });
  if (view) county().setView(view);
}

export function showCounty(): void {
  useStore.getState().setView('county');
}

/** 县级汇总 from the start screen: the last workspace again, or main's folder dialog. */
export async function openCounty(): Promise<void> {
  showCounty();
  if (!county().view) await chooseWorkspace();
}

export const chooseWorkspace = () => reading(() => bridge.countyOpen());

export function refreshCounty(): Promise<void> {
  const id = county().view?.id;
  return id ? reading(() => bridge.countyRefresh(id)) : Promise.resolve();
}

export async function openUnit(key: string, file: number): Promise<void> {
  const id = county().view?.id;
  if (!id) return;
  const opened = await attempt('无法打开报告', () => bridge.countyOpenUnit(id, key, file));
  if (opened) showOpened(opened);
}

export async function newCountyReport(): Promise<void> {
  const id = county().view?.id;
  if (!id) return;
  const opened = await attempt('无法生成县级报告', () => bridge.countyNewReport(id));
  if (opened) showOpened(opened);
}

export function setIncluded(key: string, included: boolean): Promise<void> {
  const id = county().view?.id;
  return id ? reading(() => bridge.countySetIncluded(id, key, included)) : Promise.resolve();
}

/** For a unit that sent several reports: the file (by its index in the unit's files) that counts. */
export function chooseFile(key: string, file: number): Promise<void> {
  const id = county().view?.id;
  return id ? reading(() => bridge.countyChoose(id, key, file)) : Promise.resolve();
}

export function saveRoster(text: string): Promise<void> {
  const id = county().view?.id;
  return id ? reading(() => bridge.countySaveRoster(id, text)) : Promise.resolve();
}

export function chooseRoster(): Promise<void> {
  const id = county().view?.id;
  return id ? reading(() => bridge.countyChooseRoster(id)) : Promise.resolve();
}

export async function exportSummary(kind: 'xlsx' | 'csv' | 'bundle' | 'print'): Promise<void> {
  const id = county().view?.id;
  if (!id) return;
  if (kind === 'print') {
    await attempt('无法打印', () => bridge.countyPrint(id));
    return;
  }
  if (kind === 'bundle') {
    const done = await attempt('无法生成集中公布包', () => bridge.countyExportBundle(id));
    if (done)
      await tell(
        '集中公布包',
        [
          `已在“${done.path}”写出 ${done.reports} 份报告和 index.html。`,
          ...done.skipped.map((s) => `未放入：${s}`),
        ].join('\n'),
      );
    return;
  }
  const done = await attempt('无法导出汇总表', () =>
    kind === 'xlsx' ? bridge.countyExportXlsx(id) : bridge.countyExportCsv(id),
  );
  if (done) useStore.getState().say(`已导出“${done.path}”。`);
}

/** Progress events from main while a workspace is read. */
export function startCountyProgress(): () => void {
  return bridge.onCountyProgress((p) => {
    if (p.id === county().view?.id || county().progress !== null || p.done === 1) county().setProgress(p);
  });
}
