import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { APP_ENTRY, APP_ORIGIN } from './app-protocol';

export const PRELOAD_PATH = path.join(__dirname, '../preload/index.cjs');
/** The built renderer, served to the window as app://asa-desk/ (app-protocol.ts). */
export const RENDERER_DIR = path.join(__dirname, '../renderer');

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Asa Desk — ระบบงานอาสาสมัครแรงงานจังหวัด',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Chromium's built-in PDF viewer shows a document's preview inside the page (Reports);
      // Electron enables it only with plugins on. No other plugin exists in Electron.
      plugins: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  // A form with unsaved changes holds the page back from unloading (LeaveGuard.tsx); Electron
  // would then silently refuse to close, so the clerk is asked here instead.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'ยังไม่ได้บันทึกข้อมูล',
      message: 'ข้อมูลที่กรอกหรือแก้ไขไว้ยังไม่ได้บันทึก',
      detail: 'ถ้าปิดโปรแกรมตอนนี้ ข้อมูลที่กรอกไว้จะหายไป',
      buttons: ['กลับไปกรอกต่อ', 'ปิดโดยไม่บันทึก'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadURL(APP_ENTRY);
  return win;
}

/** Calls are answered only for our own window's top frame showing our own page. */
export function isOwnFrame(win: BrowserWindow | null, frame: Electron.WebFrameMain | null): boolean {
  if (!win || !frame || frame !== win.webContents.mainFrame) return false;
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) return frame.url.startsWith(devUrl);
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}
