import { z } from 'zod';
import { empty } from '../schemas/common';
import { formatThaiClock, formatThaiDateLong, todayIso } from '../thai/dates';
import { method, type FilePayload } from './define';
import { filePayload, jobId } from './spreadsheets';

/** `auto`: the daily and on-exit copies; `manual`: "back up now"; `pre-restore`: taken just before a restore. */
export type BackupKind = 'auto' | 'manual' | 'pre-restore';
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = { auto: 'อัตโนมัติ', manual: 'สำรองเอง', 'pre-restore': 'ก่อนกู้คืน' };

/** What the user sees of a backup before choosing it, read from the backup file itself. */
export interface BackupInfo {
  /** The file name inside the data folder's `backups/` (empty for an uploaded file). */
  id: string;
  kind: BackupKind;
  /** When the copy was taken (ISO, UTC). */
  createdAt: string;
  sizeBytes: number;
  schemaVersion: number;
  appVersion: string;
  /**
   * `photos`: seminar photos the backup refers to; `photosPresent`: how many of them a restore
   * would have, carried in the file itself (a copy saved to a folder or USB stick) or already in
   * this data folder.
   */
  counts: { volunteers: number; seminars: number; participants: number; photos: number; photosPresent: number };
}

/** A copy saved outside the data folder: one file holding the database and the photos it refers to. */
export interface BackupExport extends FilePayload {
  /** Photos whose bytes are in the file. */
  photos: number;
  /** Photos the register refers to whose file was already missing from the data folder. */
  missingPhotos: number;
}

/** `14 มีนาคม 2568 เวลา 08.30 น.` in the viewer's local time. */
/** After a PDPA erase: a backup in the data folder that still holds the person, and when it goes. */
export interface HeldInBackup {
  id: string;
  /** Thai: the kind and when it was taken. */
  label: string;
  /** Thai: when the rotation removes it. */
  leaves: string;
}

export function backupWhen(info: Pick<BackupInfo, 'createdAt'>): string {
  const d = new Date(info.createdAt);
  return `${formatThaiDateLong(todayIso(d))} เวลา ${formatThaiClock(d)}`;
}

/** One Thai line a person can decide on: when the copy was taken and what it holds. */
export function backupSummary(info: BackupInfo): string {
  const { volunteers, seminars, participants, photos } = info.counts;
  const n = (x: number) => x.toLocaleString('th-TH');
  const pictures = photos ? `, ${photosLine(info)}` : '';
  return `${backupWhen(info)} (อาสาสมัคร ${n(volunteers)} คน, โครงการ ${n(seminars)} โครงการ, ผู้เข้าร่วม ${n(participants)} คน${pictures})`;
}

/** `รูปภาพ 12 รูป` or, when some files are gone, `รูปภาพ 12 รูป (มีไฟล์ 10 รูป ไม่พบ 2 รูป)`. */
export function photosLine(info: Pick<BackupInfo, 'counts'>): string {
  const { photos, photosPresent } = info.counts;
  const n = (x: number) => x.toLocaleString('th-TH');
  if (photosPresent >= photos) return `รูปภาพ ${n(photos)} รูป`;
  return `รูปภาพ ${n(photos)} รูป (มีไฟล์ ${n(photosPresent)} รูป ไม่พบ ${n(photos - photosPresent)} รูป)`;
}

export const backupSettings = z.object({
  /** Newest automatic copy of each of the last N days. */
  keepDaily: z.number().int().min(1, 'ต้องเก็บอย่างน้อย 1 วัน').max(365, 'เก็บได้ไม่เกิน 365 วัน'),
  /** Newest automatic copy of each of the last N months, beyond the daily ones. */
  keepMonthly: z.number().int().min(0).max(120, 'เก็บได้ไม่เกิน 120 เดือน'),
});
export type BackupSettings = z.infer<typeof backupSettings>;
export const defaultBackupSettings: BackupSettings = { keepDaily: 14, keepMonthly: 12 };

/** A backup in the data folder, named only by its file name (never a path). */
export const backupId = z.string().regex(/^[a-z0-9-]+\.sqlite$/, 'ไม่พบข้อมูลสำรองนี้');

/** A backup kept by the app, or a file the user picked (from a USB stick, say). */
export const backupSource = z.union([z.object({ id: backupId }).strict(), z.object({ file: filePayload }).strict()], 'กรุณาเลือกข้อมูลสำรอง');

export interface RestoreResult {
  restored: BackupInfo;
  /** The copy of the database as it was just before the restore. */
  safetyCopy: BackupInfo;
}

export const backupApi = {
  'backup-list': method<BackupInfo[]>()(empty),
  /** "Back up now" into the data folder; checked with integrity_check before it counts. */
  'backup-create': method<BackupInfo>()(z.object({ job: jobId.optional() }).strict()),
  /** A checked copy as one file, photos included, for the user to save to a folder or USB stick. */
  'backup-export': method<BackupExport>()(z.object({ job: jobId.optional() }).strict()),
  /** Date and counts of a backup, for the restore confirmation. */
  'backup-inspect': method<BackupInfo>()(backupSource),
  /** Replaces the register with the backup; the current database is backed up first. */
  'backup-restore': method<RestoreResult>()(
    z.object({ source: backupSource, confirm: z.literal(true, 'กรุณายืนยันการกู้คืนข้อมูล') }).strict(),
  ),
  'backup-settings-get': method<BackupSettings>()(empty),
  'backup-settings-save': method<BackupSettings>()(backupSettings),
};
