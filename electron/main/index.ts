import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { RemoteCore } from '../core/entry';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { startCoreProcess } from './core-process';
import { registerIpc } from './ipc';
import { hardenApp } from './security';
import { RENDERER_DIR, createMainWindow } from './window';

/** Set by electron-builder's portable launcher: the folder the portable exe was started from. */
const portableDir = process.env.PORTABLE_EXECUTABLE_DIR;
/** Beside the portable exe: the register, photos and backups, and Electron's own files in `electron/`. */
const PORTABLE_DATA = 'AsaDeskData';

/**
 * The portable exe writes nothing of its own outside its folder: Electron's user-data (local
 * storage, caches, window preferences, the single-instance lock), session data, crash dumps and
 * logs go to `AsaDeskData\electron`. Must run before the single-instance lock and `ready`, which
 * create files in user-data.
 */
function keepElectronFilesBesideExe(): void {
  if (!portableDir) return;
  const own = path.join(portableDir, PORTABLE_DATA, 'electron');
  app.setPath('userData', own);
  app.setPath('sessionData', own);
  app.setPath('crashDumps', path.join(own, 'Crashpad'));
  app.setAppLogsPath(path.join(own, 'logs'));
}

/** The portable build keeps its data beside the exe, in a folder the user can see and copy. */
function dataDirectory(): string {
  return portableDir ? path.join(portableDir, PORTABLE_DATA) : path.join(app.getPath('userData'), 'data');
}

/** Packaged, resources/ is copied beside app.asar; in development it is the project's own. */
function resourcesDirectory(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(__dirname, '../../resources');
}

let win: BrowserWindow | null = null;
let core: RemoteCore | null = null;
let stopCore = () => {};

/**
 * Opens the register in the core's utility process, through the core's own recovery
 * (core/startup.ts). A register that will not open is never replaced by itself: the user is told
 * why and offered the newest good backup, which replaces it only on their say-so, the old file
 * being kept in `damaged/`. The dialogs are the shell's; the files are the core's.
 */
async function openCore(): Promise<RemoteCore | null> {
  const dataDir = dataDirectory();
  const { connection, stop } = startCoreProcess();
  stopCore = stop;
  const outcome = await connection.open({ dataDir, resourcesDir: resourcesDirectory(), version: app.getVersion(), autoBackup: true });
  if (outcome.ok) return outcome.core;
  const title = 'Asa Desk เปิดฐานข้อมูลไม่ได้';
  if (!outcome.backup) {
    dialog.showErrorBox(title, outcome.message);
  } else if (dialog.showMessageBoxSync({ type: 'error', title, message: title, detail: outcome.message, buttons: ['กู้คืนจากข้อมูลสำรองนี้', 'ปิดโปรแกรม'], defaultId: 1, cancelId: 1, noLink: true }) === 0) {
    const restored = await outcome.restore();
    if (restored.ok) return restored.core;
    dialog.showErrorBox(title, `${restored.message}\n\nโฟลเดอร์ข้อมูล: ${dataDir}`);
  }
  stop();
  return null;
}

async function start(): Promise<void> {
  core = await openCore();
  if (!core) {
    app.exit(1);
    return;
  }
  registerIpc(() => win, core);
  serveRenderer(RENDERER_DIR);
  win = createMainWindow();
  win.on('closed', () => (win = null));
}

keepElectronFilesBesideExe();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenApp();
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  // Quitting waits once for the on-exit backup, then quits for real.
  app.on('before-quit', (e) => {
    const closing = core;
    if (!closing) return;
    core = null;
    e.preventDefault();
    void closing.shutdown().finally(() => {
      stopCore();
      app.quit();
    });
  });
  // Quitting without before-quit (the OS ending the session): the core's process goes with us.
  app.on('will-quit', () => stopCore());
}
