import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupKind } from '@shared/api/backup';
import { AppFailure } from '@shared/errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../settings/store';
import type { Job } from '../events';
import { embedPhotos, photoCounts } from './photos';

/** Backups live in the data folder, beside the database they copy. */
export const BACKUP_DIR = 'backups';
/** Written into each copy's settings table, so a file carries its own date wherever it is taken. */
export const META_KEY = 'backup:meta';

const NAME = /^(auto|manual|pre-restore)-\d{8}-\d{6}-[a-f0-9]{4}\.sqlite$/;
const KINDS: BackupKind[] = ['auto', 'manual', 'pre-restore'];

interface BackupMeta {
  kind: BackupKind;
  createdAt: string;
  appVersion: string;
}

export function backupDir(dataDir: string): string {
  return path.join(dataDir, BACKUP_DIR);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `auto-20250314-083000-1a2b.sqlite`: local time reads naturally in Explorer and sorts by date. */
export function backupName(kind: BackupKind, at: Date): string {
  const d = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const t = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `${kind}-${d}-${t}-${crypto.randomBytes(2).toString('hex')}.sqlite`;
}

export function isBackupName(name: string): boolean {
  return NAME.test(name);
}

function hasTable(db: Db, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

function count(db: Db, table: string): number {
  return hasTable(db, table) ? (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0;
}

/**
 * How much a register holds, for comparing backups: people, seminars and participants. An
 * unreadable file counts as 0.
 */
export function registerRows(file: string): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return count(db, 'volunteers') + count(db, 'seminars') + count(db, 'seminar_participants');
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

const unreadable = () => new AppFailure('BAD_FILE', 'ไฟล์นี้ไม่ใช่ข้อมูลสำรองของ Asa Desk หรือเสียหาย กรุณาเลือกไฟล์อื่น');

/**
 * Reads a backup's date and counts, after an integrity check. A file from a newer Asa Desk, a
 * damaged file or any other SQLite file is refused with a Thai message. Photos are counted as
 * present when the file carries them or `dataDir` has them.
 */
export function readBackupInfo(file: string, id: string, dataDir: string, check: 'integrity' | 'quick' = 'integrity'): BackupInfo {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw unreadable();
  }
  try {
    // A listing uses the quicker check: every copy had the full one when it was written.
    if (db.pragma(check === 'quick' ? 'quick_check' : 'integrity_check', { simple: true }) !== 'ok') {
      throw new AppFailure('BAD_FILE', 'ข้อมูลสำรองนี้เสียหาย (ไม่ผ่านการตรวจความสมบูรณ์) กรุณาเลือกข้อมูลสำรองอื่น');
    }
    if (!hasTable(db, 'schema_migrations') || !hasTable(db, 'settings')) throw unreadable();
    const schemaVersion = (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppFailure('BAD_FILE', 'ข้อมูลสำรองนี้สร้างโดย Asa Desk รุ่นที่ใหม่กว่า กรุณาติดตั้งโปรแกรมรุ่นล่าสุดก่อนกู้คืน');
    }
    const meta = (readSetting(db, META_KEY) ?? {}) as Partial<BackupMeta>;
    return {
      id,
      kind: KINDS.includes(meta.kind as BackupKind) ? (meta.kind as BackupKind) : 'manual',
      createdAt: typeof meta.createdAt === 'string' ? meta.createdAt : fs.statSync(file).mtime.toISOString(),
      sizeBytes: fs.statSync(file).size,
      schemaVersion,
      appVersion: typeof meta.appVersion === 'string' ? meta.appVersion : '',
      counts: {
        volunteers: count(db, 'volunteers'),
        seminars: count(db, 'seminars'),
        participants: count(db, 'seminar_participants'),
        ...photoCounts(db, dataDir),
      },
    };
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    throw unreadable();
  } finally {
    db.close();
  }
}

/**
 * Makes a fresh copy self-contained and labelled: rollback journal (one file, safe to carry on a
 * USB stick), the photos' bytes when it is to leave the data folder (`photosFrom`, see
 * backup/photos.ts), the meta row, then a full integrity check. Throws if the copy is not sound.
 */
export function sealCopy(
  file: string,
  meta: BackupMeta,
  photosFrom?: { dataDir: string; job?: Job },
): { included: number; missing: number } {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const photos = photosFrom ? embedPhotos(db, photosFrom.dataDir, photosFrom.job) : { included: 0, missing: 0 };
    writeSetting(db, META_KEY, meta);
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new AppFailure('DATABASE', `สำรองข้อมูลไม่สำเร็จ: สำเนาไม่ผ่านการตรวจความสมบูรณ์ (${String(check)})`);
    return photos;
  } finally {
    db.close();
  }
}

/** Flushes a finished file to disk before it is renamed into place. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A temporary name beside the target, hidden and ignored by listings. */
export function tempBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
}

/**
 * A temporary copy, or a journal SQLite kept beside one: the copy of a WAL register opens in WAL
 * mode until sealCopy turns it to a rollback journal, so a kill there leaves `-wal`/`-shm` too.
 */
export const isTempFile = (name: string): boolean => /^\..*\.tmp(-journal|-wal|-shm)?$/.test(name);

/** A temporary file younger than this may belong to a copy still being written (an export with photos). */
const TEMP_GRACE_MS = 60 * 60 * 1000;

/**
 * Removes temporary files a crash left behind; they never sit at a backup's own name. Recent ones
 * are left alone: a "back up now" must not pull the file from under an export still running. At
 * start-up, with the data folder locked and nothing running yet, every one goes (`graceMs` 0).
 */
export function sweepTemp(dir: string, graceMs = TEMP_GRACE_MS): void {
  if (!fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir)) {
    if (!isTempFile(f)) continue;
    const file = path.join(dir, f);
    try {
      // With no grace, whatever its time: a file's clock may read a little ahead of ours (mtime has
      // finer grain than Date.now(), and a copy keeps the time of the machine that made it).
      if (graceMs <= 0 || Date.now() - fs.statSync(file).mtimeMs >= graceMs) fs.rmSync(file, { force: true });
    } catch {
      // In use (Windows) or already gone: left for a later sweep.
    }
  }
}

/** The backups in the data folder, newest first, by name (which holds the local date and time). */
export function backupFiles(dataDir: string): string[] {
  const dir = backupDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  const stamp = (n: string) => n.replace(/^[a-z-]+?-(\d{8}-\d{6})-.*$/, '$1');
  return fs
    .readdirSync(dir)
    .filter(isBackupName)
    .sort((a, b) => stamp(b).localeCompare(stamp(a)) || b.localeCompare(a));
}
