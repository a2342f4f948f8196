import type { AppInfo } from '@shared/ipc/contract';

/**
 * The one place that touches window.api. Outside Electron (a plain browser during development)
 * there is no bridge, and the shell still shows the built-in sample.
 */
export async function appInfo(): Promise<AppInfo | undefined> {
  if (typeof window.api === 'undefined') return undefined;
  const result = await window.api.appInfo();
  return result.ok ? result.value : undefined;
}
