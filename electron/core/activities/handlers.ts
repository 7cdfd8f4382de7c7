import type { activitiesApi } from '@shared/api/activities';
import { AppFailure } from '@shared/errors';
import { ACTIVITY_OUTCOMES } from '@shared/schemas/activity';
import { formatThaiDateLong, todayIso } from '@shared/thai/dates';
import { diff } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import { readGrid, saveGrid } from './grid';
import { activityReport, activityReportDoc, activityReportFileName } from './report';
import { activityReportXlsx } from '../spreadsheets/export/activity-report';
import { readOfficeSettings } from '../settings/service';
import { kindList, readKinds, writeKinds } from './kinds';
import { deleteActivity, insertActivity, listVolunteerActivities, readActivity, updateActivity } from './repository';
import { checkActivityDate, NO_AGENCY_WARNING, readStandings } from './standing';
import { write } from '../write';

type Detail = Parameters<typeof insertActivity>[1];

const RETIRED = 'ประเภทกิจกรรมนี้เลิกใช้แล้ว กรุณาเลือกประเภทอื่น (เปิดใช้อีกครั้งได้ที่หน้าประเภทกิจกรรม)';

/**
 * Checks one activity of the detailed form: the kind and the person exist, the date is possible
 * for them (errors), or unusual (warnings, saved anyway). Returns whether it is a referral.
 */
function checkDetail(ctx: CoreContext, a: Detail, previousKindId?: number): { isReferral: boolean; warnings: string[] } {
  const kind = kindList(ctx.db).find((k) => k.id === a.kindId);
  if (!kind) throw new AppFailure('VALIDATION', 'ไม่พบประเภทกิจกรรมนี้ กรุณาเลือกใหม่', { kindId: 'ไม่พบประเภทกิจกรรมนี้ กรุณาเลือกใหม่' });
  // A retired kind keeps its old records (they may be corrected) but takes no new ones.
  if (!kind.active && kind.id !== previousKindId) throw new AppFailure('VALIDATION', RETIRED, { kindId: RETIRED });
  const standing = readStandings(ctx.db, [a.volunteerId]).get(a.volunteerId);
  if (!standing) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครรายนี้ อาจถูกลบหรือเปลี่ยนแปลงไปแล้ว');
  const check = checkActivityDate(standing, a.date, a.date, `วันที่ ${formatThaiDateLong(a.date)}`, todayIso(ctx.now()));
  if (check.error) throw new AppFailure('VALIDATION', check.error, { date: check.error });
  const warnings = check.warning ? [check.warning] : [];
  if (kind.isReferral && !a.agency) warnings.push(NO_AGENCY_WARNING);
  return { isReferral: kind.isReferral, warnings };
}

function mustExist(ctx: CoreContext, id: number) {
  const a = readActivity(ctx.db, id);
  if (!a) throw new AppFailure('NOT_FOUND', 'ไม่พบรายการกิจกรรมนี้ อาจถูกลบไปแล้ว');
  return a;
}

function detailOf(a: Detail): Detail {
  const { volunteerId, kindId, date, people, place, notes, agency, outcome } = a;
  return { volunteerId, kindId, date, people, place, notes, agency, outcome: outcome && ACTIVITY_OUTCOMES.includes(outcome) ? outcome : null };
}

export const activitiesHandlers: HandlerMap<keyof typeof activitiesApi> = {
  'activity-kinds-get': (_input, ctx) => readKinds(ctx.db),

  'activity-kinds-save': write((input, ctx) => {
    const before = kindList(ctx.db);
    writeKinds(ctx.db, input);
    return {
      result: readKinds(ctx.db),
      audit: { entity: 'settings', entityId: 'activity-kinds', action: 'update', details: { before, after: kindList(ctx.db) } },
    };
  }),

  'activity-grid-get': ({ month, district }, ctx) => readGrid(ctx.db, month, district),

  'activity-grid-save': write((input, ctx) => saveGrid(ctx.db, input, ctx.now())),

  'activity-create': write((input, ctx) => {
    const a = detailOf(input);
    const { isReferral, warnings } = checkDetail(ctx, a);
    const id = insertActivity(ctx.db, a, isReferral, ctx.now().toISOString());
    return { result: { id, warnings }, audit: { entity: 'activity', entityId: String(id), action: 'create', details: a } };
  }),

  'activity-update': write(({ id, ...input }, ctx) => {
    const before = mustExist(ctx, id);
    if (before.wholeMonth) throw new AppFailure('CONFLICT', 'รายการนี้มาจากตารางรายเดือน กรุณาแก้ไขในตารางบันทึกผลงานรายเดือน');
    const a = detailOf(input);
    const { isReferral, warnings } = checkDetail(ctx, a, before.kindId);
    updateActivity(ctx.db, id, a, isReferral, ctx.now().toISOString());
    const changes = diff(detailOf(before), a);
    return {
      result: { id, warnings },
      audit: Object.keys(changes).length ? { entity: 'activity', entityId: String(id), action: 'update', details: changes } : null,
    };
  }),

  'activity-delete': write(({ id }, ctx) => {
    const before = mustExist(ctx, id);
    deleteActivity(ctx.db, id);
    return { result: { id }, audit: { entity: 'activity', entityId: String(id), action: 'delete', details: detailOf(before) } };
  }),

  'activity-list': ({ volunteerId }, ctx) => listVolunteerActivities(ctx.db, volunteerId),

  'activity-report': (query, ctx) => activityReport(ctx.db, query),

  'activity-report-xlsx': async (query, ctx) => {
    const doc = activityReportDoc(ctx, query);
    const office = readOfficeSettings(ctx.db);
    return activityReportXlsx(doc, office.officeName, `${activityReportFileName(doc)}.xlsx`);
  },
};
