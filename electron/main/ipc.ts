import fs from 'node:fs';
import path from 'node:path';
import { dialog, ipcMain, shell, type BrowserWindow } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type BridgeAnswers, type BridgeRequest } from '@shared/api/bridge';
import { bridgeRequest } from '@shared/api/bridge-schema';
import { maxPickedFileBytes, megabytes } from '@shared/api/limits';
import type { Result } from '@shared/errors';
import { writeFileAtomic, type RemoteCore } from '../core/entry';
import { isOwnFrame } from './window';
import { saveIssued } from './save-issued';

const refused: Result<never> = { ok: false, error: { code: 'UNAUTHORIZED', message: 'คำขอนี้ไม่ได้มาจากหน้าต่างของโปรแกรม' } };

const malformed: Result<never> = { ok: false, error: { code: 'VALIDATION', message: 'คำขอไม่ถูกต้อง' } };
const notOurs: Result<never> = { ok: false, error: { code: 'NOT_FOUND', message: 'เปิดได้เฉพาะไฟล์ที่โปรแกรมบันทึกไว้เอง' } };

function failed(e: unknown): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message: `ทำรายการกับไฟล์ไม่สำเร็จ: ${(e as Error).message}` } };
}

/** Files saved through `save-file` in this run: the only ones `show-in-folder` reveals. */
const savedPaths = new Set<string>();

/** The native save dialog, suggesting `name`: the path chosen, or null when cancelled. */
async function askWhere(win: BrowserWindow, name: string): Promise<string | null> {
  const ext = path.extname(name).slice(1);
  const r = await dialog.showSaveDialog(win, {
    title: 'บันทึกไฟล์',
    defaultPath: name,
    filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
  });
  return r.canceled || !r.filePath ? null : r.filePath;
}

/** Writes a saved file whole or not at all, and lets `show-in-folder` reveal it. */
function put(where: string, bytes: Uint8Array): void {
  writeFileAtomic(where, bytes);
  savedPaths.add(path.resolve(where));
}

async function answer(win: BrowserWindow, core: RemoteCore, req: BridgeRequest): Promise<BridgeAnswers[BridgeRequest['kind']]> {
  switch (req.kind) {
    case 'call':
      return core.dispatch(req.method, req.input);
    case 'save-file': {
      const where = await askWhere(win, req.file.name);
      if (where === null) return { ok: true, value: null };
      put(where, req.file.bytes);
      return { ok: true, value: where };
    }
    case 'save-issued':
      return saveIssued(core, req, (name) => askWhere(win, name), put);
    case 'pick-file': {
      const r = await dialog.showOpenDialog(win, {
        title: 'เลือกไฟล์',
        properties: ['openFile'],
        // "All files" too: a list saved under an odd extension is still judged by its content, with a Thai message.
        filters: req.accept.length ? [{ name: 'ไฟล์ที่รองรับ', extensions: req.accept.map((a) => a.replace(/^\./, '')) }, { name: 'ทุกไฟล์', extensions: ['*'] }] : [],
      });
      const file = r.filePaths[0];
      if (r.canceled || !file) return { ok: true, value: null };
      // Sized before it is read: a huge file would otherwise be read whole into memory.
      const limit = maxPickedFileBytes(req.accept);
      if (fs.statSync(file).size > limit) return { ok: false, error: { code: 'BAD_FILE', message: `ไฟล์ใหญ่เกิน ${megabytes(limit)} กรุณาเลือกไฟล์อื่น` } };
      return { ok: true, value: { name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) } };
    }
    case 'show-in-folder':
      // The page may ask to reveal only what the app itself saved for it, never any other path.
      if (!savedPaths.has(path.resolve(req.path))) return notOurs;
      shell.showItemInFolder(req.path);
      return { ok: true, value: null };
  }
}

/** The one IPC channel: every request is checked for its sender and its shape, then answered as a Result. */
export function registerIpc(getWindow: () => BrowserWindow | null, core: RemoteCore): void {
  ipcMain.handle(IPC_INVOKE, async (event, request: unknown) => {
    const win = getWindow();
    if (!win || !isOwnFrame(win, event.senderFrame)) return refused;
    const req = bridgeRequest.safeParse(request);
    if (!req.success) return malformed;
    try {
      return await answer(win, core, req.data as BridgeRequest);
    } catch (e) {
      return failed(e);
    }
  });
  core.onEvent((name, payload) => getWindow()?.webContents.send(IPC_EVENT, name, payload));
}
