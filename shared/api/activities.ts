import { z } from 'zod';
import {
  activityGridQuery,
  activityGridSave,
  activityInput,
  activityKindsInput,
  activityReportQuery,
  activityUpdate,
  volunteerActivitiesQuery,
  type Activity,
  type ActivityGrid,
  type ActivityGridSaved,
  type ActivityKind,
  type ActivityReport,
  type ActivitySaved,
} from '../schemas/activity';
import { method, type FilePayload } from './define';

const byId = z.object({ id: z.number().int().positive() });

export const activitiesApi = {
  /** Every kind, retired ones too (old rows keep them), in the office's order. */
  'activity-kinds-get': method<ActivityKind[]>()(z.object({}).strict()),
  /** Replaces the list: kinds left out are removed if unused, refused if in use (retire them instead). */
  'activity-kinds-save': method<ActivityKind[]>()(activityKindsInput),
  /** The monthly grid of one district: its volunteers × the kinds, people reached in each cell. */
  'activity-grid-get': method<ActivityGrid>()(activityGridQuery),
  /** Saves the changed cells of a grid in one transaction: all of them or, on any error, none. */
  'activity-grid-save': method<ActivityGridSaved>()(activityGridSave),
  'activity-create': method<ActivitySaved>()(activityInput),
  'activity-update': method<ActivitySaved>()(activityUpdate),
  'activity-delete': method<{ id: number }>()(byId),
  /** One volunteer's activities, newest first. */
  'activity-list': method<Activity[]>()(volunteerActivitiesQuery),
  /** People reached per kind by district or volunteer, referrals per agency, volunteers with nothing recorded. */
  'activity-report': method<ActivityReport>()(activityReportQuery),
  /** The same report as the ministry's print-ready workbook. */
  'activity-report-xlsx': method<FilePayload>()(activityReportQuery),
};
