import type { BackupSettings } from '@shared/api/backup';

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
