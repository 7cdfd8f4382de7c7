import fs from 'node:fs';
import path from 'node:path';
import { defaultBackupSettings, backupSettings, type BackupInfo, type BackupKind, type BackupSettings } from '@shared/api/backup';
import { AppFailure } from '@shared/errors';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import type { Job } from '../events';
import { backupDir, backupFiles, backupName, fsyncFile, readBackupInfo, sealCopy, sweepTemp, tempBeside } from './files';
import { backupsToDelete } from './rotation';
import { readSetting, writeSetting } from '../settings/store';

const SETTINGS_KEY = 'backup';

export function readBackupSettings(db: Db): BackupSettings {
  const parsed = backupSettings.safeParse(readSetting(db, SETTINGS_KEY));
  return parsed.success ? parsed.data : defaultBackupSettings;
}

export function saveBackupSettings(ctx: CoreContext, input: BackupSettings): BackupSettings {
  ctx.db.transaction(() => {
    const before = readBackupSettings(ctx.db);
    writeSetting(ctx.db, SETTINGS_KEY, input);
    ctx.audit({ entity: 'settings', entityId: SETTINGS_KEY, action: 'update', details: { before, after: input } });
  })();
  return input;
}

/**
 * SQLite's online backup of the live database into `file` (a temporary name), then sealed and
 * checked. The caller renames it into place, so a crash never leaves half a backup at a real name.
 */
async function copyDatabase(ctx: CoreContext, file: string, kind: BackupKind, job?: Job): Promise<void> {
  try {
    await ctx.db.backup(file, {
      progress: ({ totalPages, remainingPages }) => {
        job?.progress(totalPages - remainingPages, totalPages, 'กำลังสำรองข้อมูล');
        // Throwing here is how better-sqlite3 aborts a backup (returning 0 would only pause it).
        job?.throwIfCancelled();
        return 1000;
      },
    });
    job?.throwIfCancelled();
    sealCopy(file, { kind, createdAt: ctx.now().toISOString(), appVersion: ctx.version });
    fsyncFile(file);
  } catch (e) {
    fs.rmSync(file, { force: true });
    fs.rmSync(`${file}-journal`, { force: true });
    if (e instanceof AppFailure) throw e;
    throw new AppFailure('DATABASE', `สำรองข้อมูลไม่สำเร็จ (${(e as Error).message}) ข้อมูลในโปรแกรมไม่ได้รับผลกระทบ`);
  }
}

/** Takes a backup into the data folder's `backups/`, then applies the rotation. */
export async function takeBackup(ctx: CoreContext, kind: BackupKind, job?: Job): Promise<BackupInfo> {
  const dir = backupDir(ctx.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  sweepTemp(dir);
  const name = backupName(kind, ctx.now());
  const target = path.join(dir, name);
  const tmp = tempBeside(target);
  await copyDatabase(ctx, tmp, kind, job);
  fs.renameSync(tmp, target);
  for (const old of backupsToDelete(backupFiles(ctx.dataDir), readBackupSettings(ctx.db))) fs.rmSync(path.join(dir, old), { force: true });
  return readBackupInfo(target, name, 'quick');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A checked copy as bytes, named with the Buddhist-era date, for the user to save where they like. */
export async function exportBackup(ctx: CoreContext, job?: Job): Promise<{ name: string; bytes: Uint8Array }> {
  const dir = backupDir(ctx.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = tempBeside(path.join(dir, 'export.sqlite'));
  await copyDatabase(ctx, tmp, 'manual', job);
  try {
    const bytes = new Uint8Array(fs.readFileSync(tmp));
    const d = ctx.now();
    const name = `AsaDesk-สำรองข้อมูล-${d.getFullYear() + 543}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}.sqlite`;
    // The copy holds everyone's personal data: who took it out of the app is recorded (PDPA).
    ctx.audit({ entity: 'backup', entityId: null, action: 'export', details: { file: name, size: bytes.length } });
    return { name, bytes };
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** The backups in the data folder, newest first; a copy that fails its check is left out. */
export function listBackups(dataDir: string): BackupInfo[] {
  const out: BackupInfo[] = [];
  for (const name of backupFiles(dataDir)) {
    try {
      out.push(readBackupInfo(path.join(backupDir(dataDir), name), name, 'quick'));
    } catch {
      // A damaged or foreign file is not offered for restore.
    }
  }
  return out;
}

function localDay(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
}

/** The first start of each day takes an automatic backup; later starts that day do not. */
export async function autoBackupIfDue(ctx: CoreContext): Promise<BackupInfo | null> {
  const today = `auto-${localDay(ctx.now())}-`;
  if (backupFiles(ctx.dataDir).some((n) => n.startsWith(today))) return null;
  return takeBackup(ctx, 'auto');
}
