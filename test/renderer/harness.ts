import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { BRIDGE_EVENTS, BRIDGE_METHODS } from '@shared/ipc/bridge';
import type { Events, RendererError } from '@shared/ipc/contract';
import { dispatch } from '../../src/main/app/handlers';
import type { Dialogs } from '../../src/main/app/handlers';
import { FileService } from '../../src/main/files/documents';
import { testHandlers } from '../main/handlers';
import { launch, openApp } from './browser';
import type { AppPage } from './browser';

export interface EditorApp extends AppPage {
  files: FileService;
  /** Print pages the editor sent to the system print dialog. */
  printed: string[];
  /** PDFs main printed for 预览 and 导出PDF, in order. */
  rendered: Uint8Array[];
  /** Files the export-done dialog had main open ('open:<path>') or show in their folder ('folder:<path>'). */
  shellOpened: string[];
  /** Errors the page reported to main as uncaught. */
  rendererErrors: RendererError[];
  /** Sends a main-process event to the page, as webContents.send would. */
  emit: <E extends keyof Events>(name: E, payload: Events[E]) => Promise<void>;
}

/**
 * The real renderer in Chromium with `window.api` bound, through Playwright's exposeBinding, to the
 * real main-process handlers and file service writing real files. Only the OS dialogs are answered
 * by the test (`dialogs`), since no person is there to click them.
 */
export async function openEditor(
  browser: Browser,
  options: { userData: string; dialogs: Dialogs; viewport?: { width: number; height: number } },
): Promise<EditorApp> {
  const files = new FileService({ userData: options.userData, autosaveMs: 50 });
  // Events main sends while a call runs (county:progress) reach the page once it is there.
  const target: { page?: Page } = {};
  const { handlers, printed, rendered, opened, rendererErrors, close } = testHandlers(
    files,
    options.dialogs,
    (name, payload) => {
      void target.page
        ?.evaluate(
          ([n, p]) => (globalThis as unknown as { __nianbaoEmit: (e: string, p: unknown) => void }).__nianbaoEmit(n, p),
          [name, payload] as const,
        )
        .catch(() => undefined);
    },
  );

  const app = await openApp(browser, {
    ...(options.viewport ? { viewport: options.viewport } : {}),
    before: async (page: Page) => {
      await page.exposeBinding('__nianbaoInvoke', (_source, channel: string, args: unknown[]) =>
        dispatch(handlers, channel, args),
      );
      await page.addInitScript(
        ({ methods, events }) => {
          const invoke = (globalThis as unknown as { __nianbaoInvoke: (c: string, a: unknown[]) => Promise<unknown> })
            .__nianbaoInvoke;
          const listeners: Record<string, ((p: unknown) => void)[]> = {};
          const api: Record<string, unknown> = {};
          for (const [name, channel] of Object.entries(methods))
            api[name] = (...args: unknown[]) => invoke(channel, args);
          for (const [name, event] of Object.entries(events)) {
            api[name] = (listener: (p: unknown) => void) => {
              (listeners[event] ??= []).push(listener);
              return () => (listeners[event] = (listeners[event] ?? []).filter((l) => l !== listener));
            };
          }
          Object.assign(globalThis, {
            api,
            __nianbaoEmit: (event: string, payload: unknown) => (listeners[event] ?? []).forEach((l) => l(payload)),
          });
        },
        { methods: BRIDGE_METHODS, events: BRIDGE_EVENTS },
      );
    },
  });
  target.page = app.page;
  app.page.on('close', () => void close());
  return {
    ...app,
    files,
    printed,
    rendered,
    shellOpened: opened,
    rendererErrors,
    emit: async (name, payload) => {
      await app.page.evaluate(
        ([n, p]) => (globalThis as unknown as { __nianbaoEmit: (e: string, p: unknown) => void }).__nianbaoEmit(n, p),
        [name, payload] as const,
      );
    },
  };
}

export const cell = (page: Page, id: string) => page.locator(`td[data-cell="${id}"]`);

/** Clicks a cell and types a value into it the way a clerk does, ending with Enter. */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await cell(page, id).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Types into a cell without ending the edit (no Enter, Tab or click elsewhere): the value is still pending. */
export async function typePending(page: Page, id: string, text: string): Promise<void> {
  await cell(page, id).click();
  await page.keyboard.type(text);
}

/** 首页 → 新建 with the given unit and year 2025, then back in the editor. */
export async function newReportFromStart(page: Page, unit = '某镇人民政府'): Promise<void> {
  if (await page.locator('.editor').count()) await page.getByRole('button', { name: '首页' }).click();
  // The editor has a 单位全称 field too: fill the form only once the start screen is there.
  await page.waitForSelector('.start');
  await page.getByLabel('单位全称').fill(unit);
  await page.getByLabel('报告年度').selectOption('2025');
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await page.waitForSelector('.editor');
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet');
    return browser;
  };
}

/** Screenshots land here for a person to look at; they are not committed. */
export const SCREENSHOTS = join(tmpdir(), 'nianbao-screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * One editor per test, closed after it. The returned `start` opens it on the test's own user-data folder
 * and dialogs (read when called, as each test sets its own) and waits until the app says it is ready.
 */
export function editorPerTest(
  setup: () => { browser: Browser; userData: string; dialogs: Dialogs },
): (viewport?: { width: number; height: number }) => Promise<EditorApp> {
  let opened: EditorApp | undefined;
  afterEach(async () => {
    await opened?.page.close();
    opened = undefined;
  });
  return async (viewport) => {
    const { browser, ...options } = setup();
    const app = await openEditor(browser, { ...options, ...(viewport ? { viewport } : {}) });
    opened = app;
    await app.page.waitForSelector('[data-ready="true"]');
    return app;
  };
}
