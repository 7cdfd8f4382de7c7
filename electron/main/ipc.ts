import fs from 'node:fs';
import path from 'node:path';
import { dialog, ipcMain, shell, type BrowserWindow } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type BridgeAnswers, type BridgeRequest } from '@shared/api/bridge';
import type { Result } from '@shared/errors';
import type { Core } from '../core';
import { writeFileAtomic } from '../core/files/atomic-write';
import { isOwnFrame } from './window';

const refused: Result<never> = { ok: false, error: { code: 'UNAUTHORIZED', message: 'คำขอนี้ไม่ได้มาจากหน้าต่างของโปรแกรม' } };

function failed(e: unknown): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message: `ทำรายการกับไฟล์ไม่สำเร็จ: ${(e as Error).message}` } };
}

async function answer(win: BrowserWindow, core: Core, req: BridgeRequest): Promise<BridgeAnswers[BridgeRequest['kind']]> {
  switch (req.kind) {
    case 'call':
      return core.dispatch(req.method, req.input);
    case 'save-file': {
      const ext = path.extname(req.file.name).slice(1);
      const r = await dialog.showSaveDialog(win, {
        title: 'บันทึกไฟล์',
        defaultPath: req.file.name,
        filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
      });
      if (r.canceled || !r.filePath) return { ok: true, value: null };
      writeFileAtomic(r.filePath, req.file.bytes);
      return { ok: true, value: r.filePath };
    }
    case 'pick-file': {
      const r = await dialog.showOpenDialog(win, {
        title: 'เลือกไฟล์',
        properties: ['openFile'],
        filters: req.accept.length ? [{ name: 'ไฟล์ที่รองรับ', extensions: req.accept.map((a) => a.replace(/^\./, '')) }] : [],
      });
      const file = r.filePaths[0];
      if (r.canceled || !file) return { ok: true, value: null };
      return { ok: true, value: { name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) } };
    }
    case 'show-in-folder':
      shell.showItemInFolder(req.path);
      return { ok: true, value: null };
  }
}

/** The one IPC channel: every request is checked for its sender, then answered as a Result. */
export function registerIpc(getWindow: () => BrowserWindow | null, core: Core): void {
  ipcMain.handle(IPC_INVOKE, async (event, req: BridgeRequest) => {
    const win = getWindow();
    if (!win || !isOwnFrame(win, event.senderFrame)) return refused;
    try {
      return await answer(win, core, req);
    } catch (e) {
      return failed(e);
    }
  });
  core.onEvent((name, payload) => getWindow()?.webContents.send(IPC_EVENT, name, payload));
}
