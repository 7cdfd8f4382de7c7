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
  'volunteer-import-preview': async ({ file, job, ...options }, ctx) =>
    job
      ? ctx.jobs.run(job, async (j) => toPreview(await analyzeImport(ctx, file, { ...options, purpose: 'preview' }, j)))
      : toPreview(await analyzeImport(ctx, file, { ...options, purpose: 'preview' })),
  'volunteer-import-commit': ({ file, mapping, skipSheets, areaFromAddress, job, duplicates, conflictUpdates }, ctx) =>
    ctx.jobs.run(job, async (j) => commitImport(ctx, await analyzeImport(ctx, file, { mapping, skipSheets, areaFromAddress, purpose: 'commit' }, j), duplicates, conflictUpdates, j)),
  'volunteer-import-errors': async ({ file, ...options }, ctx) => errorWorkbook(await analyzeImport(ctx, file, { ...options, purpose: 'errors' })),
  'activity-import-preview': async ({ file, job, ...options }, ctx) =>
    job
      ? ctx.jobs.run(job, async (j) => toActivityPreview(await analyzeActivityImport(ctx, file, options, j)))
      : toActivityPreview(await analyzeActivityImport(ctx, file, options)),
  'activity-import-commit': ({ file, job, ...options }, ctx) =>
    ctx.jobs.run(job, async (j) => commitActivityImport(ctx, await analyzeActivityImport(ctx, file, options, j), j)),
  'activity-import-errors': async ({ file, ...options }, ctx) => activityErrorWorkbook(await analyzeActivityImport(ctx, file, options)),
};
