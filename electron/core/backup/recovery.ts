import fs from 'node:fs';
import path from 'node:path';
import { backupSummary, type BackupInfo } from '@shared/api/backup';
import { DATABASE_FILE } from '../db/open';
import { writeFileAtomic } from '../files/atomic-write';
import { backupDir, backupFiles, fsyncFile, isTempFile, readBackupInfo, tempBeside } from './files';
import { unpackPhotos } from './photos';

/**
 * Startup recovery, for when the database fails its check, is from a newer version or will not
 * open. Runs before any core exists; the shell explains the problem in Thai and offers this.
 */

/** Where a database that would not open is kept, untouched, after a restore replaces it. */
export const DAMAGED_DIR = 'damaged';

/** The newest backup that passes a full integrity check and this version can open, or null. */
export function newestGoodBackup(dataDir: string): BackupInfo | null {
  for (const name of backupFiles(dataDir)) {
    try {
      return readBackupInfo(path.join(backupDir(dataDir), name), name, dataDir);
    } catch {
      // Try the next older one.
    }
  }
  return null;
}

/** Written once the good copy is staged and checked; its presence means "finish the swap". */
const RESTORE_MARKER = 'restore-in-progress.json';

interface RestorePlan {
  /** The staged, checked copy beside the register (a hidden temporary name). */
  staged: string;
  /** Where the old register goes, relative to the data folder (under `damaged/`). */
  kept: string;
}

/**
 * Restores `backup` over a register that would not open, in an order a kill cannot break: the
 * copy is made beside the register, its photos unpacked, checked and flushed first; only then is a
 * marker written and the old files moved into `damaged/` and the copy renamed into place. A kill
 * before the marker leaves the old register as it was (and a temporary file the next start
 * sweeps); a kill after it is finished by `finishInterruptedRestore` at the next start. Returns
 * where the old register went.
 */
export function restoreAtStartup(dataDir: string, backup: BackupInfo): string {
  const dbFile = path.join(dataDir, DATABASE_FILE);
  const staged = tempBeside(dbFile);
  try {
    fs.copyFileSync(path.join(backupDir(dataDir), backup.id), staged);
    // A copy saved from outside and dropped into backups/ by hand may carry photos.
    unpackPhotos(staged, dataDir);
    readBackupInfo(staged, backup.id, dataDir);
    fsyncFile(staged);
  } catch (e) {
    fs.rmSync(staged, { force: true });
    throw e;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const plan: RestorePlan = { staged: path.basename(staged), kept: path.join(DAMAGED_DIR, stamp) };
  writeFileAtomic(path.join(dataDir, RESTORE_MARKER), JSON.stringify(plan));
  finishInterruptedRestore(dataDir);
  return path.join(dataDir, plan.kept);
}

/**
 * Completes a start-up restore that a kill cut short, from its marker: moves whatever is left of
 * the old register into `damaged/`, renames the staged copy into place, removes the marker. Each
 * step can be repeated, so a kill in here is finished by the next start too. Nothing to do without
 * a marker. Must run before the temporary files are swept: the staged copy is one.
 */
export function finishInterruptedRestore(dataDir: string): void {
  const marker = path.join(dataDir, RESTORE_MARKER);
  if (!fs.existsSync(marker)) return;
  const plan = JSON.parse(fs.readFileSync(marker, 'utf8')) as RestorePlan;
  // Only names this module writes: a marker cannot move files anywhere else.
  if (!isTempFile(plan.staged) || !/^damaged[\\/][0-9TZ-]+$/.test(plan.kept)) throw new Error(`unexpected ${RESTORE_MARKER}`);
  const staged = path.join(dataDir, plan.staged);
  if (fs.existsSync(staged)) {
    const dbFile = path.join(dataDir, DATABASE_FILE);
    const keptDir = path.join(dataDir, plan.kept);
    fs.mkdirSync(keptDir, { recursive: true });
    // One rename each; a kill between them leaves the rest to the next start.
    for (const suffix of ['-wal', '-shm', '-journal', '']) {
      if (fs.existsSync(dbFile + suffix)) fs.renameSync(dbFile + suffix, path.join(keptDir, DATABASE_FILE + suffix));
    }
    fs.renameSync(staged, dbFile);
  }
  fs.rmSync(marker);
}

/** What the shell tells the user when the database will not open, in Thai, the same in every shell. */
export function rescueMessage(problem: string, backup: BackupInfo | null, dataDir: string): string {
  const lines = [problem, ''];
  if (backup) {
    lines.push(`ข้อมูลสำรองล่าสุดที่ตรวจแล้วว่าใช้ได้: ${backupSummary(backup)}`);
    lines.push(`หากกู้คืน ไฟล์ฐานข้อมูลเดิมจะถูกย้ายไปเก็บไว้ในโฟลเดอร์ "${DAMAGED_DIR}" โดยไม่ถูกลบหรือเขียนทับ`);
  } else {
    lines.push('ไม่พบข้อมูลสำรองที่ใช้ได้ในโฟลเดอร์ข้อมูล กรุณาติดต่อผู้ดูแลระบบ และอย่าลบไฟล์ในโฟลเดอร์ข้อมูล');
  }
  lines.push('', `โฟลเดอร์ข้อมูล: ${dataDir}`);
  return lines.join('\n');
}
