import type { BackupSettings } from '@shared/api/backup';
import { addDays, formatThaiDateLong } from '@shared/thai/dates';

/** Copies taken by hand or before a restore are kept apart from the daily rotation, a few of each. */
export const KEEP_MANUAL = 10;
export const KEEP_PRE_RESTORE = 5;

/**
 * Which backups to delete, given file names newest first. Automatic copies: the newest of each of
 * the last `keepDaily` days that have one, plus the newest of each of the last `keepMonthly`
 * months (days a PC was switched off do not use up a slot). Other kinds: the newest few.
 */
export function backupsToDelete(namesNewestFirst: string[], settings: BackupSettings): string[] {
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  let manual = 0;
  let preRestore = 0;
  for (const name of namesNewestFirst) {
    const m = /^(auto|manual|pre-restore)-(\d{6})(\d{2})-/.exec(name);
    if (!m) continue;
    const [, kind, month, day] = m;
    if (kind === 'manual') {
      if (manual++ < KEEP_MANUAL) keep.add(name);
    } else if (kind === 'pre-restore') {
      if (preRestore++ < KEEP_PRE_RESTORE) keep.add(name);
    } else {
      const dayKey = month + day;
      if (!days.has(dayKey) && days.size < settings.keepDaily) {
        days.add(dayKey);
        keep.add(name);
      }
      if (!months.has(month) && months.size < settings.keepMonthly) {
        months.add(month);
        keep.add(name);
      }
    }
  }
  return namesNewestFirst.filter((n) => !keep.has(n));
}

const monthsAfter = (yyyymm: string, n: number): string => {
  const total = Number(yyyymm.slice(0, 4)) * 12 + Number(yyyymm.slice(4)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
};

/**
 * When the rotation will remove backup `name` (given every backup name, newest first), in Thai:
 * a count of copies for manual and pre-restore ones, an estimated date for automatic ones,
 * assuming the app is opened every day (a day it is not does not count towards the rotation).
 */
export function rotationEstimate(name: string, namesNewestFirst: string[], settings: BackupSettings, today: string): string {
  const m = /^(auto|manual|pre-restore)-(\d{6})(\d{2})-/.exec(name);
  if (!m) return '';
  const [, kind, month, day] = m;
  const newer = namesNewestFirst.slice(0, Math.max(0, namesNewestFirst.indexOf(name)));
  if (kind !== 'auto') {
    const keep = kind === 'manual' ? KEEP_MANUAL : KEEP_PRE_RESTORE;
    const left = Math.max(1, keep - newer.filter((n) => n.startsWith(`${kind}-`)).length);
    return kind === 'manual' ? `จะถูกลบเมื่อกด "สำรองข้อมูลตอนนี้" อีก ${left} ครั้ง` : `จะถูกลบเมื่อกู้คืนข้อมูลอีก ${left} ครั้ง`;
  }
  const autos = newer.filter((n) => n.startsWith('auto-'));
  const newerDays = new Set(autos.map((n) => n.slice(5, 13)).filter((d) => d !== month + day)).size;
  let leaves = addDays(today, Math.max(1, settings.keepDaily - newerDays));
  // The newest copy of a month already over stays as that month's copy for keepMonthly months.
  const thisMonth = today.slice(0, 7).replace('-', '');
  if (month < thisMonth && !autos.some((n) => n.slice(5, 11) === month)) {
    const newerMonths = new Set(autos.map((n) => n.slice(5, 11)).filter((x) => x !== month)).size;
    const byMonth = monthsAfter(thisMonth, Math.max(1, settings.keepMonthly - newerMonths));
    if (byMonth > leaves) leaves = byMonth;
  }
  return `จะถูกลบออกโดยอัตโนมัติประมาณวันที่ ${formatThaiDateLong(leaves)} (หากเปิดโปรแกรมทุกวัน)`;
}
