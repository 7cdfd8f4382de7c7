import fs from 'node:fs';
import path from 'node:path';
import { defaultBackupSettings, backupSettings, type BackupExport, type BackupInfo, type BackupKind, type BackupSettings } from '@shared/api/backup';
import { AppFailure } from '@shared/errors';
import { datedFileName, todayIso } from '@shared/thai';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import type { Job } from '../events';
import { backupDir, backupFiles, backupName, fsyncFile, readBackupInfo, registerRows, sealCopy, sweepTemp, tempBeside } from './files';
import { sweepPhotos } from './photos';
import { backupsToDelete } from './rotation';
import { readSetting, writeSetting } from '../settings/store';
import { systemFailure } from '../system-errors';

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
 * checked, with the photos' bytes inside when `withPhotos`. The caller renames it into place, so a
 * crash never leaves half a backup at a real name.
 */
async function copyDatabase(
  ctx: CoreContext,
  file: string,
  kind: BackupKind,
  job?: Job,
  withPhotos = false,
): Promise<{ included: number; missing: number }> {
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
    const photos = sealCopy(file, { kind, createdAt: ctx.now().toISOString(), appVersion: ctx.version }, withPhotos ? { dataDir: ctx.dataDir, job } : undefined);
    fsyncFile(file);
    return photos;
  } catch (e) {
    fs.rmSync(file, { force: true });
    fs.rmSync(`${file}-journal`, { force: true });
    if (e instanceof AppFailure) throw e;
    const system = systemFailure(e);
    if (system) throw new AppFailure(system.code, `สำรองข้อมูลไม่สำเร็จ: ${system.message}`);
    throw new AppFailure('DATABASE', `สำรองข้อมูลไม่สำเร็จ (${(e as Error).message}) ข้อมูลในโปรแกรมไม่ได้รับผลกระทบ`);
  }
}

/**
 * Takes a backup into the data folder's `backups/`, then applies the rotation and removes photo
 * files no backup and not the register refers to any more (backup/photos.ts). The copy taken just
 * before a restore does not sweep: the backup being restored may refer to photos that only it needs.
 */
export async function takeBackup(ctx: CoreContext, kind: BackupKind, job?: Job): Promise<BackupInfo> {
  const dir = backupDir(ctx.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  sweepTemp(dir);
  const name = backupName(kind, ctx.now());
  const target = path.join(dir, name);
  const tmp = tempBeside(target);
  await copyDatabase(ctx, tmp, kind, job);
  fs.renameSync(tmp, target);
  for (const old of spareFullest(dir, name, backupsToDelete(backupFiles(ctx.dataDir), readBackupSettings(ctx.db)))) fs.rmSync(path.join(dir, old), { force: true });
  if (kind !== 'pre-restore') sweepUnusedPhotos(ctx);
  return readBackupInfo(target, name, ctx.dataDir, 'quick');
}

/**
 * A register emptied by accident (a missing file recreated, a wrong restore) makes near-empty
 * backups that the rotation would let push the good ones out, a day at a time. So when the copy
 * just taken holds less than half of what the fullest backup holds, that fullest one is not
 * deleted: at most one extra file, kept until a copy about as full comes along.
 */
function spareFullest(dir: string, taken: string, toDelete: string[]): string[] {
  if (toDelete.length === 0) return toDelete;
  let fullest = '';
  let most = -1;
  for (const name of toDelete) {
    const rows = registerRows(path.join(dir, name));
    if (rows > most) [fullest, most] = [name, rows];
  }
  // Only a fuller copy among those to delete matters: one that stays needs no sparing.
  return registerRows(path.join(dir, taken)) * 2 < most ? toDelete.filter((n) => n !== fullest) : toDelete;
}

/** Removes photo files that nothing in the data folder refers to any more; see backup/photos.ts. */
export function sweepUnusedPhotos(ctx: CoreContext): string[] {
  return sweepPhotos(ctx.db, ctx.dataDir, backupFiles(ctx.dataDir).map((n) => path.join(backupDir(ctx.dataDir), n)));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A checked copy as the bytes of one file holding the database and every photo it refers to, named
 * with the Buddhist-era date, for the user to save where they like (a folder, a USB stick). The
 * shell writes it to a temporary name and renames it, so the target is whole or absent.
 */
export async function exportBackup(ctx: CoreContext, job?: Job): Promise<BackupExport> {
  const dir = backupDir(ctx.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = tempBeside(path.join(dir, 'export.sqlite'));
  const photos = await copyDatabase(ctx, tmp, 'manual', job, true);
  try {
    const bytes = new Uint8Array(fs.readFileSync(tmp));
    const d = ctx.now();
    const name = `${datedFileName(['AsaDesk-สำรองข้อมูล'], todayIso(d))}-${pad(d.getHours())}${pad(d.getMinutes())}.sqlite`;
    // The copy holds everyone's personal data: who took it out of the app is recorded (PDPA).
    ctx.audit({ entity: 'backup', entityId: null, action: 'export', details: { file: name, size: bytes.length, photos: photos.included, missingPhotos: photos.missing } });
    return { name, bytes, photos: photos.included, missingPhotos: photos.missing };
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** The backups in the data folder, newest first; a copy that fails its check is left out. */
export function listBackups(dataDir: string): BackupInfo[] {
  const out: BackupInfo[] = [];
  for (const name of backupFiles(dataDir)) {
    try {
      out.push(readBackupInfo(path.join(backupDir(dataDir), name), name, dataDir, 'quick'));
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
