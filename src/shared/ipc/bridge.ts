import type { Channel, ChannelArgs, ChannelResult, EventName, Events } from './contract';

/**
 * The named functions `window.api` offers, each bound to one channel of the contract. The preload
 * builds them (and only them); browser tests bind the same names to the real main-process handlers.
 */
export const BRIDGE_METHODS = {
  countyOpen: 'county:open',
  countyRefresh: 'county:refresh',
  countyOpenUnit: 'county:openUnit',
  countyNewReport: 'county:newReport',
  countySetIncluded: 'county:setIncluded',
  countyChoose: 'county:choose',
  countySaveRoster: 'county:saveRoster',
  countyChooseRoster: 'county:chooseRoster',
  countyExportXlsx: 'county:exportXlsx',
  countyExportCsv: 'county:exportCsv',
  countyExportBundle: 'county:exportBundle',
  countyPrint: 'county:print',
  registerReadSheet: 'register:readSheet',
  registerExportXlsx: 'register:exportXlsx',
  registerDueAcross: 'register:dueAcross',
  appInfo: 'app:info',
  closeReady: 'app:closeReady',
  reportError: 'app:rendererError',
  newReport: 'file:new',
  openSample: 'file:openSample',
  newFromLastYear: 'file:newFromLastYear',
  openDialog: 'file:openDialog',
  importPasted: 'file:importPasted',
  openRecent: 'file:openRecent',
  recentFiles: 'file:recent',
  save: 'file:save',
  saveAs: 'file:saveAs',
  update: 'file:update',
  close: 'file:close',
  checkOutside: 'file:checkOutside',
  reload: 'file:reload',
  recoveryList: 'recovery:list',
  recoveryAccept: 'recovery:accept',
  recoveryDiscard: 'recovery:discard',
  backupList: 'backups:list',
  backupRestore: 'backups:restore',
  exportPdf: 'export:pdf',
  exportDocx: 'export:docx',
  print: 'export:print',
  preview: 'export:preview',
  openExported: 'export:open',
  showExportedInFolder: 'export:showInFolder',
} as const satisfies Record<string, Channel>;

/** Events, by the name of the function that subscribes to them. */
export const BRIDGE_EVENTS = {
  onCountyProgress: 'county:progress',
  onFileOpened: 'file:opened',
  onRecovery: 'file:recovery',
  onCloseRequested: 'app:closeRequested',
  onMenuCommand: 'menu:command',
} as const satisfies Record<string, EventName>;

type Methods = typeof BRIDGE_METHODS;
type EventsByName = typeof BRIDGE_EVENTS;

export type Api = {
  [K in keyof Methods]: (...args: ChannelArgs<Methods[K]>) => Promise<ChannelResult<Methods[K]>>;
} & {
  [K in keyof EventsByName]: (listener: (payload: Events[EventsByName[K]]) => void) => () => void;
};
