import type { dashboardApi } from '@shared/api/dashboard';
import type { HandlerMap } from '../context';
import { lastBackupAt } from './last-backup';
import { dashboardSummary } from './summary';

const HOUR = 3_600_000;

export const dashboardHandlers: HandlerMap<keyof typeof dashboardApi> = {
  'dashboard-summary': ({ fiscalYear }, ctx) => {
    const now = ctx.now();
    const last = lastBackupAt(ctx.dataDir);
    return dashboardSummary(ctx.db, {
      fiscalYear,
      now,
      backup: {
        lastBackupAt: last?.toISOString() ?? null,
        lastBackupAgeHours: last ? Math.max(0, Math.floor((now.getTime() - last.getTime()) / HOUR)) : null,
      },
    });
  },
};
