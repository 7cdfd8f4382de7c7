import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { AppFailure } from '@shared/errors';
import { createCore, type Core } from '../core';
import { registerIpc } from './ipc';
import { hardenApp } from './security';
import { createMainWindow } from './window';

/** The portable build keeps its data beside the exe, in a folder the user can see and copy. */
function dataDirectory(): string {
  const portableDir = process.env.PORTABLE_EXECUTABLE_DIR;
  return portableDir ? path.join(portableDir, 'AsaDeskData') : path.join(app.getPath('userData'), 'data');
}

/** Packaged, resources/ is copied beside app.asar; in development it is the project's own. */
function resourcesDirectory(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(__dirname, '../../resources');
}

let win: BrowserWindow | null = null;
let core: Core | null = null;

function start(): void {
  try {
    core = createCore({ dataDir: dataDirectory(), resourcesDir: resourcesDirectory(), version: app.getVersion() });
  } catch (e) {
    const message = e instanceof AppFailure ? e.message : `เริ่มโปรแกรมไม่ได้: ${(e as Error).message}`;
    dialog.showErrorBox('Asa Desk เปิดฐานข้อมูลไม่ได้', `${message}\n\nโฟลเดอร์ข้อมูล: ${dataDirectory()}`);
    app.exit(1);
    return;
  }
  registerIpc(() => win, core);
  win = createMainWindow();
  win.on('closed', () => (win = null));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp();
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
}
