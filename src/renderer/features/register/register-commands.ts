import { attempt, offerExported } from '../../app/commands';
import { bridge } from '../../bridge/api';
import { useStore } from '../../store/store';

const state = () => useStore.getState();

/** 导出Excel: the register as the office's own .xlsx (with the applicants' names: said in the status line). */
export async function exportRegisterXlsx(): Promise<void> {
  const report = state().report;
  if (!report) return;
  state().say('正在导出登记台账……');
  await attempt('导出登记台账失败', async () => {
    const done = await bridge.registerExportXlsx(report);
    state().say(done ? `已导出登记台账（含申请人信息，请妥善保管）：${done.path}` : null);
    if (done) await offerExported('导出登记台账', done);
  });
}

/** The spreadsheet the clerk picks, read by main; null when the dialog was cancelled or the file refused. */
export async function chooseSheet(): Promise<{ name: string; rows: string[][] } | null> {
  let sheet: { name: string; rows: string[][] } | null = null;
  await attempt('无法导入登记台账', async () => {
    sheet = await bridge.registerReadSheet();
  });
  return sheet;
}
