import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { expect } from 'vitest';

const requireHere = Module.createRequire(import.meta.url);
const { FakeMessagePortMain } = requireHere('./fake-message-port.cjs') as { FakeMessagePortMain: new (raw: unknown) => { raw: unknown; postMessage(data: unknown, transfer?: unknown[]): void } };

/**
 * Electron's utility process, modelled by a real worker thread running the module with Electron's
 * `process.parentPort` (fake-utility-child.cjs), so the core really runs apart from the shell and
 * the forwarding over a MessagePort is tested end to end.
 */
class FakeUtilityProcess {
  private worker: Worker;
  private parent: InstanceType<typeof FakeMessagePortMain>;
  private exitListeners: ((code: number) => void)[] = [];
  constructor(modulePath: string) {
    this.worker = new Worker(path.join(import.meta.dirname, 'fake-utility-child.cjs'), { workerData: { modulePath } });
    this.parent = new FakeMessagePortMain(this.worker);
    this.worker.on('exit', (code) => this.exitListeners.forEach((l) => l(code)));
    // A core that fails to load fails the test with its own error, not only "the core is gone".
    this.worker.on('error', (e) => console.error('[stand-in utility process]', e));
  }
  get pid() {
    return process.pid;
  }
  postMessage(data: unknown, transfer: unknown[] = []) {
    this.parent.postMessage(data, transfer);
  }
  on(event: string, listener: (code: number) => void) {
    if (event === 'exit') this.exitListeners.push(listener);
    return this;
  }
  kill() {
    void this.worker.terminate();
    return true;
  }
}

/**
 * Electron cannot run here, so the built main bundle is loaded under Node with this stand-in for
 * the `electron` module, which records what the shell asks of it, in order.
 */
export interface Recorded {
  /** `setPath userData`, `lock`, `whenReady` (asked, not fired), `registerSchemes`, `handle app`, ... in call order. */
  calls: string[];
  paths: Record<string, string>;
  ipcChannels: string[];
  windows: { options: { webPreferences: Record<string, unknown> }; loaded: string[] }[];
  appEvents: string[];
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocols: Record<string, (request: Request) => Response | Promise<Response>>;
  /** The IPC handlers the shell registered, by channel, to call as the renderer would. */
  ipcHandlers: Record<string, (event: { senderFrame: unknown }, ...args: unknown[]) => Promise<unknown>>;
  /** What the next save and open dialogs answer (a path), or undefined for "cancelled". */
  dialogAnswers: { save?: string; open?: string };
  /** Paths shown in the file manager. */
  revealed: string[];
  /** Utility processes the shell started (worker threads here); `kill()` ends one. */
  utilityProcesses: { kill(): boolean }[];
  /** Every module the main process itself loaded (bare names and resolved paths), in order. */
  loaded: string[];
  /** What the shell sent to the window with webContents.send. */
  sent: unknown[][];
}

export function fakeElectron(userData: string) {
  const rec: Recorded = { calls: [], paths: { userData }, ipcChannels: [], windows: [], appEvents: [], schemes: [], protocols: {}, ipcHandlers: {}, dialogAnswers: {}, revealed: [], utilityProcesses: [], loaded: [], sent: [] };
  let readyResolve: () => void = () => {};
  let isReady = false;
  const ready = new Promise<void>((r) => (readyResolve = r));
  const listeners: Record<string, ((...a: unknown[]) => void)[]> = {};
  const app = {
    setPath: (name: string, p: string) => (rec.calls.push(`setPath ${name}`), (rec.paths[name] = p)),
    setAppLogsPath: (p: string) => (rec.calls.push('setAppLogsPath'), (rec.paths.logs = p)),
    getPath: (name: string) => rec.paths[name],
    requestSingleInstanceLock: () => (rec.calls.push('lock'), true),
    on: (name: string, fn: (...a: unknown[]) => void) => {
      rec.appEvents.push(name);
      (listeners[name] ??= []).push(fn);
      return app;
    },
    whenReady: () => (rec.calls.push('whenReady'), ready),
    getVersion: () => '0.0.0-test',
    isPackaged: false,
    quit: () => {},
    exit: () => rec.calls.push('exit'),
  };
  const opened: BrowserWindow[] = [];
  class BrowserWindow {
    webContents = { mainFrame: { url: 'app://asa-desk/index.html' }, send: (...args: unknown[]) => rec.sent.push(args), on: (name: string) => rec.calls.push(`webContents ${name}`) };
    entry: Recorded['windows'][number];
    constructor(options: Recorded['windows'][number]['options']) {
      this.entry = { options, loaded: [] };
      rec.windows.push(this.entry);
      opened.push(this);
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
  const electron = {
    app,
    BrowserWindow,
    session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
    protocol: {
      // Electron throws when schemes are registered after ready; the stand-in records it instead.
      registerSchemesAsPrivileged: (schemes: Recorded['schemes']) => (rec.calls.push(isReady ? 'registerSchemes after ready' : 'registerSchemes'), rec.schemes.push(...schemes)),
      handle: (scheme: string, fn: Recorded['protocols'][string]) => (rec.calls.push(`handle ${scheme}`), (rec.protocols[scheme] = fn)),
    },
    utilityProcess: {
      fork: (modulePath: string) => {
        rec.calls.push(`fork ${path.basename(modulePath)}`);
        const child = new FakeUtilityProcess(modulePath);
        rec.utilityProcesses.push(child);
        return child;
      },
    },
    MessageChannelMain: class {
      port1: unknown;
      port2: unknown;
      constructor() {
        const { port1, port2 } = new MessageChannel();
        this.port1 = new FakeMessagePortMain(port1);
        this.port2 = new FakeMessagePortMain(port2);
      }
    },
    ipcMain: {
      handle: (channel: string, fn: Recorded['ipcHandlers'][string]) => {
        rec.ipcChannels.push(channel);
        rec.ipcHandlers[channel] = fn;
      },
    },
    dialog: {
      showErrorBox: (t: string, m: string) => { throw new Error(`${t}: ${m}`); },
      showSaveDialog: async () => ({ canceled: !rec.dialogAnswers.save, filePath: rec.dialogAnswers.save }),
      showOpenDialog: async () => ({ canceled: !rec.dialogAnswers.open, filePaths: rec.dialogAnswers.open ? [rec.dialogAnswers.open] : [] }),
    },
    shell: { showItemInFolder: (p: string) => rec.revealed.push(p) },
  };
  return {
    rec,
    /** The window the shell opened last. */
    lastWindow: () => opened[opened.length - 1],
    /** Fires an app event the shell listens to. */
    fire: (name: string, ...args: unknown[]) => listeners[name]?.forEach((fn) => fn(...args)),
    /**
     * Loads out/main/index.js with this stand-in, lets `ready` happen, and returns the undo.
     * Needs `npm run build` first.
     */
    async loadBuiltMain(): Promise<() => void> {
      const mainFile = path.resolve('out/main/index.js');
      expect(fs.existsSync(mainFile), 'run `npm run build` first').toBe(true);
      const loader = Module as unknown as { _load: (...a: unknown[]) => unknown };
      const originalLoad = loader._load;
      loader._load = function (request: unknown, ...rest: unknown[]) {
        rec.loaded.push(String(request));
        if (request === 'electron') return electron;
        return originalLoad.call(this, request, ...rest);
      };
      Module.createRequire(mainFile)(mainFile);
      isReady = true;
      readyResolve();
      // The shell opens its window once the core's process has opened the register (or gives up).
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the shell neither opened its window nor exited in 60 s')), 60_000);
        const check = setInterval(() => {
          if (rec.windows.length === 0 && !rec.calls.includes('exit')) return;
          clearInterval(check);
          clearTimeout(timer);
          resolve();
        }, 20);
      });
      return () => (loader._load = originalLoad);
    },
  };
}
