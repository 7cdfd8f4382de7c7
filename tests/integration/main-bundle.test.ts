import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Electron cannot run here, so the built main bundle is loaded under Node with a stand-in for the
 * `electron` module that records what the shell asks of it.
 */
interface Recorded {
  handles: string[];
  windows: { options: { webPreferences: Record<string, unknown> }; loaded: string[] }[];
  appEvents: string[];
  webContentsHandlers: string[];
  singleInstanceAsked: boolean;
}

const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-main-'));
const rec: Recorded = { handles: [], windows: [], appEvents: [], webContentsHandlers: [], singleInstanceAsked: false };

function fakeElectron() {
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((r) => (readyResolve = r));
  const listeners: Record<string, ((...a: unknown[]) => void)[]> = {};
  const app = {
    requestSingleInstanceLock: () => ((rec.singleInstanceAsked = true), true),
    on: (name: string, fn: (...a: unknown[]) => void) => {
      rec.appEvents.push(name);
      (listeners[name] ??= []).push(fn);
      return app;
    },
    whenReady: () => ready,
    getPath: () => userData,
    getVersion: () => '0.0.0-test',
    isPackaged: false,
    quit: () => {},
    exit: () => {},
    fire: (name: string, ...args: unknown[]) => listeners[name]?.forEach((fn) => fn(...args)),
  };
  class BrowserWindow {
    webContents = { mainFrame: {}, send: () => {} };
    entry: Recorded['windows'][number];
    constructor(options: Recorded['windows'][number]['options']) {
      this.entry = { options, loaded: [] };
      rec.windows.push(this.entry);
    }
    once() {}
    on() {}
    loadFile(file: string) {
      this.entry.loaded.push(file);
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.entry.loaded.push(url);
      return Promise.resolve();
    }
  }
  const session = { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } };
  return {
    app,
    BrowserWindow,
    session,
    ipcMain: { handle: (channel: string) => rec.handles.push(channel) },
    dialog: { showErrorBox: (t: string, m: string) => { throw new Error(`${t}: ${m}`); } },
    shell: {},
    ready: readyResolve,
  };
}

describe('the built Electron main bundle', () => {
  const electron = fakeElectron();
  const originalLoad = (Module as unknown as { _load: (...a: unknown[]) => unknown })._load;

  beforeAll(async () => {
    const mainFile = path.resolve('out/main/index.js');
    expect(fs.existsSync(mainFile), 'run `npm run build` first').toBe(true);
    (Module as unknown as { _load: (...a: unknown[]) => unknown })._load = function (request: unknown, ...rest: unknown[]) {
      if (request === 'electron') return electron;
      return originalLoad.call(this, request, ...rest);
    };
    Module.createRequire(mainFile)(mainFile);
    electron.ready();
    await new Promise((r) => setTimeout(r, 50));
  });

  afterAll(() => {
    (Module as unknown as { _load: unknown })._load = originalLoad;
    electron.app.fire('will-quit');
    fs.rmSync(userData, { recursive: true, force: true });
  });

  it('takes the single-instance lock and registers exactly one IPC channel', () => {
    expect(rec.singleInstanceAsked).toBe(true);
    expect(rec.handles).toEqual(['asa:invoke']);
  });

  it('opens one window with the security options and an existing preload', () => {
    expect(rec.windows).toHaveLength(1);
    const prefs = rec.windows[0].options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(fs.existsSync(String(prefs.preload))).toBe(true);
    expect(String(prefs.preload)).toMatch(/index\.cjs$/);
    expect(fs.existsSync(rec.windows[0].loaded[0])).toBe(true);
  });

  it('refuses navigation and new windows for every web contents, and keeps data in the user-data folder', () => {
    expect(rec.appEvents).toContain('web-contents-created');
    const prevented: string[] = [];
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (e: { preventDefault(): void }) => void) => fn({ preventDefault: () => prevented.push(name) }),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    };
    electron.app.fire('web-contents-created', {}, contents);
    expect(prevented).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
    expect(openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(fs.existsSync(path.join(userData, 'data', 'asa-desk.sqlite'))).toBe(true);
  });
});
