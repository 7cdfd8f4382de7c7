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
  return isOwnPage(frame.url);
}

/** Our page: `app://asa-desk/…`, or in `npm run dev` the dev server's exact origin. */
export function isOwnPage(url: string): boolean {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  // The whole origin must match: `http://localhost:5173` is not `http://localhost:51730`.
  if (devUrl) return originOf(url) !== null && originOf(url) === originOf(devUrl);
  return url.startsWith(`${APP_ORIGIN}/`);
}

/** Chromium's built-in PDF viewer, which shows the Reports preview inside its frame. */
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/** What a frame inside our page may show: our own page, a PDF our page made (`blob:`), the PDF viewer. */
export function isOwnSubframe(url: string): boolean {
  return url === 'about:blank' || url.startsWith(PDF_VIEWER) || isOwnPage(url.startsWith('blob:') ? url.slice('blob:'.length) : url);
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
