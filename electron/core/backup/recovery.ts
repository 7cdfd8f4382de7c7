import fs from 'node:fs';
import path from 'node:path';
import { backupSummary, type BackupInfo } from '@shared/api/backup';
import { backupDir, backupFiles, fsyncFile, readBackupInfo, tempBeside } from './files';
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

/**
 * Moves the database that would not open (and its WAL) aside into `damaged/`, never deleting or
 * overwriting it, then puts a copy of the backup in its place. Returns where the old one went.
 */
export function restoreAtStartup(dbFile: string, dataDir: string, backup: BackupInfo): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const keptDir = path.join(dataDir, DAMAGED_DIR, stamp);
  fs.mkdirSync(keptDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (fs.existsSync(dbFile + suffix)) fs.renameSync(dbFile + suffix, path.join(keptDir, path.basename(dbFile) + suffix));
  }
  const tmp = tempBeside(dbFile);
  fs.copyFileSync(path.join(backupDir(dataDir), backup.id), tmp);
  // A copy saved from outside and dropped into backups/ by hand may carry photos.
  unpackPhotos(tmp, dataDir);
  fsyncFile(tmp);
  fs.renameSync(tmp, dbFile);
  return keptDir;
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
