/** Set by electron.vite.config.ts at build time: true only in an `electron-vite dev` build. */
declare const __NIANBAO_DEV_BUILD__: boolean;
