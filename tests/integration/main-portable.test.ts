import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The portable exe (electron-builder sets PORTABLE_EXECUTABLE_DIR) must keep everything beside
 * itself. The built main bundle is loaded under Node with a stand-in `electron` that records, in
 * order, where the shell points Electron's own folders and when it takes the lock and waits for ready.
 */
const exeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-portable-'));
const appData = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-appdata-'));
const calls: string[] = [];
const paths: Record<string, string> = { userData: path.join(appData, 'Asa Desk') };

function fakeElectron() {
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((r) => (readyResolve = r));
  const app = {
    setPath: (name: string, p: string) => (calls.push(`setPath ${name}`), (paths[name] = p)),
    setAppLogsPath: (p: string) => (calls.push('setAppLogsPath'), (paths.logs = p)),
    getPath: (name: string) => paths[name],
    requestSingleInstanceLock: () => (calls.push('lock'), true),
    on: () => app,
    whenReady: () => (calls.push('whenReady'), ready),
    getVersion: () => '0.0.0-test',
    isPackaged: false,
    quit: () => {},
    exit: () => {},
  };
  class BrowserWindow {
    webContents = { mainFrame: {}, send: () => {} };
    once() {}
    on() {}
    loadFile() {
      return Promise.resolve();
    }
    loadURL() {
      return Promise.resolve();
    }
  }
  return {
    app,
    BrowserWindow,
    session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
    ipcMain: { handle: () => {} },
    dialog: { showErrorBox: (t: string, m: string) => { throw new Error(`${t}: ${m}`); } },
    shell: {},
    ready: readyResolve,
  };
}

describe('the portable exe', () => {
  const electron = fakeElectron();
  const originalLoad = (Module as unknown as { _load: (...a: unknown[]) => unknown })._load;

  beforeAll(async () => {
    const mainFile = path.resolve('out/main/index.js');
    expect(fs.existsSync(mainFile), 'run `npm run build` first').toBe(true);
    process.env.PORTABLE_EXECUTABLE_DIR = exeDir;
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
    delete process.env.PORTABLE_EXECUTABLE_DIR;
    fs.rmSync(exeDir, { recursive: true, force: true });
    fs.rmSync(appData, { recursive: true, force: true });
  });

  it("points Electron's own folders into AsaDeskData before the lock and before ready, and keeps the register there", () => {
    const own = path.join(exeDir, 'AsaDeskData', 'electron');
    expect(paths).toMatchObject({ userData: own, sessionData: own, crashDumps: path.join(own, 'Crashpad'), logs: path.join(own, 'logs') });
    expect(calls.indexOf('setPath userData')).toBeLessThan(calls.indexOf('lock'));
    expect(calls.indexOf('setPath sessionData')).toBeLessThan(calls.indexOf('whenReady'));
    expect(fs.existsSync(path.join(exeDir, 'AsaDeskData', 'asa-desk.sqlite'))).toBe(true);
    expect(fs.readdirSync(appData)).toEqual([]);
  });
});
