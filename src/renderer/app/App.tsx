import { useEffect } from 'react';
import { bridge } from '../bridge/api';
import { CountyScreen } from '../features/county/CountyScreen';
import { EditorScreen } from '../features/editor/EditorScreen';
import { Modal } from '../features/editor/Modal';
import { HelpDialog } from '../features/help/HelpDialog';
import { PrintPreview } from '../features/preview/PrintPreview';
import { StartScreen } from '../features/start/StartScreen';
import { docLabel, isDirty, useStore } from '../store/store';
import { startAutosaveFeed } from './autosave';
import { runCommand } from './command-table';
import { checkOutsideChange, handOverForClose, openSample, showOpened } from './commands';
import { handleShortcut } from './shortcuts';

/** First run opens the sample; a start with unsaved work from last time shows the recovery offer first. */
async function boot(): Promise<void> {
  const [offers, recent] = await Promise.all([bridge.recoveryList(), bridge.recentFiles()]).catch(() => [[], []]);
  if (offers.length === 0 && recent.length === 0) await openSample();
  if (useStore.getState().view !== 'editor') useStore.getState().setView('start');
}

function useWindowTitle(): void {
  const name = useStore(docLabel);
  const dirty = useStore(isDirty);
  useEffect(() => {
    // Electron shows the page title as the window title: the dirty marker is visible in the taskbar too.
    document.title = name ? `${dirty ? '● ' : ''}${name} - 年报编辑器` : '年报编辑器';
  }, [name, dirty]);
}

export function App() {
  const view = useStore((s) => s.view);
  const notice = useStore((s) => s.notice);
  useWindowTitle();

  useEffect(() => {
    void boot();
    const stopFeed = startAutosaveFeed();
    window.addEventListener('keydown', handleShortcut);
    const onFocus = () => void checkOutsideChange();
    window.addEventListener('focus', onFocus);
    let unsubscribe: (() => void)[] = [];
    try {
      unsubscribe = [
        bridge.onFileOpened(showOpened),
        bridge.onRecovery((recovery) => useStore.getState().setRecovery(recovery)),
        bridge.onCloseRequested(() => void handOverForClose()),
        bridge.onMenuCommand((command) => void runCommand(command)),
      ];
    } catch (error) {
      useStore.getState().say((error as Error).message);
    }
    return () => {
      stopFeed();
      window.removeEventListener('keydown', handleShortcut);
      window.removeEventListener('focus', onFocus);
      unsubscribe.forEach((u) => u());
    };
  }, []);

  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => useStore.getState().say(null), 4000);
    return () => clearTimeout(t);
  }, [notice]);

  return (
    <div className="app" data-view={view}>
      {view === 'start' ? <StartScreen /> : null}
      {view === 'editor' ? <EditorScreen /> : null}
      {view === 'county' ? <CountyScreen /> : null}
      {view === 'loading' ? <p className="loading">正在打开…</p> : null}
      {view === 'editor' ? <PrintPreview /> : null}
      <HelpDialog />
      <Modal />
    </div>
  );
}
