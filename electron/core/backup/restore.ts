import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, RestoreResult } from '@shared/api/backup';
import type { FilePayload } from '@shared/api';
import { AppFailure } from '@shared/errors';
import type { CoreContext } from '../context';
import { openDatabase } from '../db/open';
import { backupDir, fsyncFile, isBackupName, META_KEY, readBackupInfo, tempBeside } from './files';
import { unpackPhotos } from './photos';
import { sweepUnusedPhotos, takeBackup } from './service';

export type BackupSource = { id: string } | { file: FilePayload };

/** Copies the chosen backup beside the live database, where the restore will rename it into place. */
function stage(ctx: CoreContext, source: BackupSource): string {
  const tmp = tempBeside(ctx.db.name);
  if ('id' in source) {
    const file = path.join(backupDir(ctx.dataDir), source.id);
    if (!isBackupName(source.id) || !fs.existsSync(file)) throw new AppFailure('NOT_FOUND', 'ไม่พบข้อมูลสำรองนี้ อาจถูกลบไปแล้ว');
    fs.copyFileSync(file, tmp);
  } else {
    fs.writeFileSync(tmp, source.file.bytes);
  }
  return tmp;
}

/** Date and counts of a backup, read from a private copy so the original is never touched. */
export function inspectBackup(ctx: CoreContext, source: BackupSource): BackupInfo {
  const staged = stage(ctx, source);
  try {
    return readBackupInfo(staged, 'id' in source ? source.id : '', ctx.dataDir);
  } finally {
    fs.rmSync(staged, { force: true });
  }
}

/** Puts `file` at the database's path in one rename, with no stale WAL left to replay over it. */
function swapIn(live: string, file: string): void {
  fsyncFile(file);
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(live + suffix, { force: true });
  fs.renameSync(file, live);
}

/**
 * Replaces the register with a checked backup. The database as it was is backed up first, and put
 * back if the restored one will not open. Older backups are migrated on opening. Photos a copy from
 * outside carries are written into the data folder first; no photo file is deleted by a restore
 * (backup/photos.ts), only swept afterwards if nothing, the restored register included, needs it.
 */
export async function restoreBackup(ctx: CoreContext, source: BackupSource): Promise<RestoreResult> {
  const staged = stage(ctx, source);
  try {
    const restored = readBackupInfo(staged, 'id' in source ? source.id : '', ctx.dataDir);
    const safetyCopy = await takeBackup(ctx, 'pre-restore');
    try {
      unpackPhotos(staged, ctx.dataDir);
    } catch (e) {
      throw new AppFailure('BAD_FILE', `กู้คืนข้อมูลไม่สำเร็จ: คัดลอกรูปภาพจากข้อมูลสำรองไม่ได้ (${(e as Error).message}) ข้อมูลเดิมไม่ถูกแก้ไข`);
    }
    const live = ctx.db.name;
    ctx.db.close();
    swapIn(live, staged);
    try {
      ctx.db = openDatabase(live);
    } catch {
      const back = tempBeside(live);
      fs.copyFileSync(path.join(backupDir(ctx.dataDir), safetyCopy.id), back);
      swapIn(live, back);
      ctx.db = openDatabase(live);
      throw new AppFailure('DATABASE', 'กู้คืนข้อมูลไม่สำเร็จ: เปิดข้อมูลสำรองไม่ได้ โปรแกรมนำข้อมูลเดิมกลับมาแล้ว');
    }
    // The label belongs to the copy, not to the register it became.
    ctx.db.prepare('DELETE FROM settings WHERE key = ?').run(META_KEY);
    ctx.audit({
      entity: 'backup',
      entityId: restored.id || null,
      action: 'restore',
      details: { createdAt: restored.createdAt, counts: restored.counts, safetyCopy: safetyCopy.id },
    });
    sweepUnusedPhotos(ctx);
    return { restored, safetyCopy };
  } finally {
    fs.rmSync(staged, { force: true });
  }
}
