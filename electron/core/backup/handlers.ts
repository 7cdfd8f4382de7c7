import type { backupApi } from '@shared/api/backup';
import type { HandlerMap } from '../context';
import { inspectBackup, restoreBackup } from './restore';
import { exportBackup, listBackups, readBackupSettings, saveBackupSettings, takeBackup } from './service';

export const backupHandlers: HandlerMap<keyof typeof backupApi> = {
  'backup-list': (_input, ctx) => listBackups(ctx.dataDir),
  'backup-create': ({ job }, ctx) => (job ? ctx.jobs.run(job, (j) => takeBackup(ctx, 'manual', j)) : takeBackup(ctx, 'manual')),
  'backup-export': ({ job }, ctx) => (job ? ctx.jobs.run(job, (j) => exportBackup(ctx, j)) : exportBackup(ctx)),
  'backup-inspect': (source, ctx) => inspectBackup(ctx, source),
  'backup-restore': ({ source }, ctx) => restoreBackup(ctx, source),
  'backup-settings-get': (_input, ctx) => readBackupSettings(ctx.db),
  'backup-settings-save': (input, ctx) => saveBackupSettings(ctx, input),
};
