import type { spreadsheetsApi } from '@shared/api/spreadsheets';
import type { HandlerMap } from '../context';
import { exportDistrictSummary } from './export/district-summary';
import { exportAttendance, exportBudget } from './export/seminar';
import { exportVolunteers } from './export/volunteers';
import { activityErrorWorkbook, analyzeActivityImport, commitActivityImport, toActivityPreview } from './import/activity-import';
import { analyzeImport, commitImport, errorWorkbook, toPreview } from './import/volunteer-import';

export const spreadsheetsHandlers: HandlerMap<keyof typeof spreadsheetsApi> = {
  'volunteer-export-xlsx': ({ query, columns, job }, ctx) =>
    job ? ctx.jobs.run(job, (j) => exportVolunteers(ctx, query, j, columns)) : exportVolunteers(ctx, query, null, columns),
  'seminar-attendance-xlsx': ({ seminarId }, ctx) => exportAttendance(ctx, seminarId),
  'seminar-budget-xlsx': ({ seminarId }, ctx) => exportBudget(ctx, seminarId),
  'district-summary-xlsx': ({ fiscalYear }, ctx) => exportDistrictSummary(ctx, fiscalYear),
  'volunteer-import-preview': async ({ file, mapping, areaFromAddress, job }, ctx) =>
    job
      ? ctx.jobs.run(job, async (j) => toPreview(await analyzeImport(ctx, file, { mapping, areaFromAddress, purpose: 'preview' }, j)))
      : toPreview(await analyzeImport(ctx, file, { mapping, areaFromAddress, purpose: 'preview' })),
  'volunteer-import-commit': ({ file, mapping, areaFromAddress, job, duplicates, conflictUpdates }, ctx) =>
    ctx.jobs.run(job, async (j) => commitImport(ctx, await analyzeImport(ctx, file, { mapping, areaFromAddress, purpose: 'commit' }, j), duplicates, conflictUpdates, j)),
  'volunteer-import-errors': async ({ file, mapping, areaFromAddress }, ctx) => errorWorkbook(await analyzeImport(ctx, file, { mapping, areaFromAddress, purpose: 'errors' })),
  'activity-import-preview': async ({ file, mapping, month, job }, ctx) =>
    job
      ? ctx.jobs.run(job, async (j) => toActivityPreview(await analyzeActivityImport(ctx, file, mapping, month, j)))
      : toActivityPreview(await analyzeActivityImport(ctx, file, mapping, month)),
  'activity-import-commit': ({ file, mapping, month, job }, ctx) =>
    ctx.jobs.run(job, async (j) => commitActivityImport(ctx, await analyzeActivityImport(ctx, file, mapping, month, j), j)),
  'activity-import-errors': async ({ file, mapping, month }, ctx) => activityErrorWorkbook(await analyzeActivityImport(ctx, file, mapping, month)),
};
