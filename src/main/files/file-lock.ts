/**
 * One write at a time per file. Autosave's recovery write, Ctrl+S and a backup restore can all be
 * asked for within the same tick; without this chain two renames could land in the wrong order and
 * an older report would win.
 */
const chains = new Map<string, Promise<unknown>>();

export function withFileLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = chains.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => undefined);
  chains.set(key, settled);
  void settled.then(() => {
    if (chains.get(key) === settled) chains.delete(key);
  });
  return run;
}
