import { backupFiles } from '../backup/files';

// Backup files are named `<kind>-YYYYMMDD-HHMMSS-xxxx.sqlite` in local time (backup/files.ts).
const STAMP = /^[a-z-]+?-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-/;

/**
 * When the newest backup in the data folder was taken. Read from its name, which costs nothing,
 * rather than from the copy itself, which would mean opening and checking a whole database on
 * every visit to the home page.
 */
export function lastBackupAt(dataDir: string): Date | null {
  const [newest] = backupFiles(dataDir);
  const m = newest ? STAMP.exec(newest) : null;
  return m ? new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : null;
}
