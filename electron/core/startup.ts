import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '@shared/api/backup';
import { AppFailure } from '@shared/errors';
import { backupDir, backupFiles, sweepTemp } from './backup/files';
import { DAMAGED_DIR, finishInterruptedRestore, newestGoodBackup, rescueMessage, restoreAtStartup } from './backup/recovery';
import { DATABASE_FILE } from './db/open';
import { createCore, type Core, type CoreOptions } from './index';
import { lockDataDir, type DataDirLock } from './lock';

/** The register will not open: what to tell the user, and the way out the shell may offer. */
export interface Rescue {
  /** Thai: what is wrong, the newest good backup if any, and the data folder. */
  message: string;
  backup: BackupInfo | null;
  /** Restores `backup` (the old register kept in `damaged/`) and opens it. Only when `backup` is set. */
  restore(): { core: Core; kept: string };
  /** Lets go of the data folder when the shell gives up (the end of the process does too). */
  close(): void;
}

export type OpenOutcome = { ok: true; core: Core } | { ok: false; rescue: Rescue };

function hasFiles(dir: string): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir).length > 0;
}

/**
 * A register that is gone or empty (0 bytes) in a folder that has held one: SQLite would quietly
 * create a fresh, empty register there, and the next backup would start rotating the good ones out.
 */
function missingRegister(dataDir: string): string | null {
  const file = path.join(dataDir, DATABASE_FILE);
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  if (size(file) > 0 || size(`${file}-wal`) > 0) return null;
  if (backupFiles(dataDir).length === 0 && !hasFiles(path.join(dataDir, DAMAGED_DIR))) return null;
  const what = fs.existsSync(file) ? `ไฟล์ทะเบียน ${DATABASE_FILE} ว่างเปล่า (0 ไบต์)` : `ไม่พบไฟล์ทะเบียน ${DATABASE_FILE}`;
  return (
    `${what} ในโฟลเดอร์ข้อมูล ทั้งที่โฟลเดอร์นี้เคยมีทะเบียนอยู่ (มีข้อมูลสำรองหรือไฟล์ที่เก็บไว้) ` +
    'โปรแกรมจะไม่สร้างทะเบียนว่างขึ้นใหม่แทน ไฟล์อาจถูกลบ ย้าย หรือเสียหายจากไฟดับ/แฟลชไดรฟ์ถูกดึงออก ' +
    `หากตั้งใจเริ่มทะเบียนใหม่จริง ให้ย้ายโฟลเดอร์ "backups" และ "${DAMAGED_DIR}" ออกไปเก็บที่อื่นก่อนแล้วเปิดโปรแกรมใหม่`
  );
}

export const problemOf = (e: unknown) => (e instanceof AppFailure ? e.message : `เริ่มโปรแกรมไม่ได้: ${(e as Error).message}`);

/**
 * The one way a shell opens the register: takes the data folder's lock (core/lock.ts), finishes a
 * start-up restore a kill cut short, removes temporary copies killed work left in the data folder
 * and in `backups/`, then opens the core. A register that is missing, empty, damaged or from a
 * newer version is never replaced by itself: the outcome carries the Thai explanation and, when
 * there is a good backup, the restore the shell offers (a dialog, or a command-line flag). The
 * lock is released when the core is closed, or when the process ends.
 */
export function openOrRecover(options: CoreOptions): OpenOutcome {
  const { dataDir } = options;
  fs.mkdirSync(dataDir, { recursive: true });
  let lock: DataDirLock;
  try {
    lock = lockDataDir(dataDir);
  } catch (e) {
    return { ok: false, rescue: { message: `${problemOf(e)}\n\nโฟลเดอร์ข้อมูล: ${dataDir}`, backup: null, restore: noBackup, close: () => {} } };
  }
  const open = (): Core => {
    const core = createCore(options);
    return {
      ...core,
      close() {
        core.close();
        lock.release();
      },
      async shutdown() {
        await core.shutdown();
        lock.release();
      },
    };
  };
  let problem: string;
  try {
    finishInterruptedRestore(dataDir);
    // Nothing else runs yet and the folder is ours: every leftover is from a killed process.
    sweepTemp(dataDir, 0);
    sweepTemp(backupDir(dataDir), 0);
    problem = missingRegister(dataDir) ?? '';
    if (!problem) return { ok: true, core: open() };
  } catch (e) {
    problem = problemOf(e);
  }
  const backup = newestGoodBackup(dataDir);
  return {
    ok: false,
    rescue: {
      message: rescueMessage(problem, backup, dataDir),
      backup,
      restore() {
        if (!backup) return noBackup();
        const kept = restoreAtStartup(dataDir, backup);
        return { core: open(), kept };
      },
      close: lock.release,
    },
  };
}

function noBackup(): never {
  throw new AppFailure('NOT_FOUND', 'ไม่มีข้อมูลสำรองที่ใช้กู้คืนได้');
}
