import { z } from 'zod';
import { empty } from '../schemas/common';
import { formatThaiDateLong, formatThaiTime, todayIso } from '../thai/dates';
import { method, type FilePayload } from './define';
import { filePayload, jobId } from './spreadsheets';

/** `auto`: the daily and on-exit copies; `manual`: "back up now"; `pre-restore`: taken just before a restore. */
export type BackupKind = 'auto' | 'manual' | 'pre-restore';

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
  counts: { volunteers: number; seminars: number; participants: number };
}

/** `14 มีนาคม 2568 เวลา 08.30 น.` in the viewer's local time. */
export function backupWhen(info: Pick<BackupInfo, 'createdAt'>): string {
  const d = new Date(info.createdAt);
  const hhmm = `${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${formatThaiDateLong(todayIso(d))} เวลา ${formatThaiTime(hhmm)}`;
}

/** One Thai line a person can decide on: when the copy was taken and what it holds. */
export function backupSummary(info: BackupInfo): string {
  const { volunteers, seminars, participants } = info.counts;
  return `${backupWhen(info)} (อาสาสมัคร ${volunteers.toLocaleString('th-TH')} คน, โครงการ ${seminars.toLocaleString('th-TH')} โครงการ, ผู้เข้าร่วม ${participants.toLocaleString('th-TH')} คน)`;
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
  /** A checked copy as a file, for the user to save to a folder or USB stick. */
  'backup-export': method<FilePayload>()(z.object({ job: jobId.optional() }).strict()),
  /** Date and counts of a backup, for the restore confirmation. */
  'backup-inspect': method<BackupInfo>()(backupSource),
  /** Replaces the register with the backup; the current database is backed up first. */
  'backup-restore': method<RestoreResult>()(
    z.object({ source: backupSource, confirm: z.literal(true, 'กรุณายืนยันการกู้คืนข้อมูล') }).strict(),
  ),
  'backup-settings-get': method<BackupSettings>()(empty),
  'backup-settings-save': method<BackupSettings>()(backupSettings),
};
