import { periodLabel, periodRange, type ActivityReport, type ActivityReportRow } from '@shared/schemas/activity';
import type { ParsedInput } from '@shared/api';
import { formatBeFileDate, todayIso } from '@shared/thai/dates';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import type { ActivityReportDoc } from '../reports/documents/activity-report';
import { headOf } from '../reports/seminar-data';
import { readOfficeSettings } from '../settings/service';
import { prepared } from '../db/prepared';
import { readKinds } from './kinds';

export const NO_AGENCY = 'ไม่ระบุหน่วยงาน';
const NO_DISTRICT = 'ไม่ระบุอำเภอ';

/**
 * People reached per district (or per volunteer) and kind. The period's rows are read from
 * `activities_date` alone and summed per volunteer first, so each volunteer's district is looked
 * up once rather than once per row.
 */
const PER_VOLUNTEER = `
  WITH per AS (
    SELECT volunteer_id, kind_id, sum(people) AS people FROM activities
    WHERE date BETWEEN @start AND @end GROUP BY volunteer_id, kind_id
  )
  SELECT v.id, v.title || v.first_name || ' ' || v.last_name AS name, v.area_district AS district, v.area_subdistrict AS subdistrict,
         v.sort_name AS sortName, per.kind_id AS kindId, per.people
  FROM per JOIN volunteers v ON v.id = per.volunteer_id
  WHERE @district = '' OR v.area_district = @district`;

const REFERRALS = `
  SELECT a.agency, count(*) AS records, sum(a.people) AS people,
         count(CASE WHEN a.outcome = 'helped' THEN 1 END) AS helped, count(CASE WHEN a.outcome = 'not_helped' THEN 1 END) AS notHelped
  FROM activities a JOIN activity_kinds k ON k.id = a.kind_id AND k.is_referral = 1
  JOIN volunteers v ON v.id = a.volunteer_id
  WHERE a.date BETWEEN @start AND @end AND (@district = '' OR v.area_district = @district)
  GROUP BY a.agency`;

/**
 * Volunteers serving in the period: not erased, on duty or left during or after it, appointed
 * before its end (the monthly grid's rule, over the whole period); `idle` when nothing is recorded.
 */
const SERVING = `
  SELECT v.title || v.first_name || ' ' || v.last_name AS name, v.area_district AS district, v.area_subdistrict AS subdistrict,
         NOT EXISTS (SELECT 1 FROM activities a WHERE a.volunteer_id = v.id AND a.date BETWEEN @start AND @end) AS idle
  FROM volunteers v
  WHERE v.erased_at IS NULL AND (@district = '' OR v.area_district = @district)
    AND (v.status = 'active' OR v.status_date IS NULL OR v.status_date >= @start)
    AND COALESCE((SELECT min(t.term_start) FROM volunteer_terms t WHERE t.volunteer_id = v.id), '') <= @end
  ORDER BY v.area_district, v.area_subdistrict, v.sort_name`;

const thai = (a: string, b: string) => a.localeCompare(b, 'th');

export function activityReport(db: Db, q: ParsedInput<'activity-report'>): ActivityReport {
  const range = periodRange(q.period);
  const params = { ...range, district: q.district };
  const rows = prepared(db, PER_VOLUNTEER).all(params) as {
    id: number; name: string; district: string; subdistrict: string; sortName: string; kindId: number; people: number;
  }[];
  const used = new Set(rows.map((r) => r.kindId));
  const kinds = readKinds(db).filter((k) => k.active || used.has(k.id)).map(({ id, name, isReferral }) => ({ id, name, isReferral }));
  const column = new Map(kinds.map((k, i) => [k.id, i]));

  const groups = new Map<string, ActivityReportRow & { sortKey: string }>();
  for (const r of rows) {
    const byVolunteer = q.by === 'volunteer';
    const id = byVolunteer ? String(r.id) : r.district;
    let g = groups.get(id);
    if (!g) {
      g = {
        label: byVolunteer ? r.name.trim() : r.district || NO_DISTRICT,
        district: r.district,
        subdistrict: byVolunteer ? r.subdistrict : '',
        counts: kinds.map(() => 0),
        total: 0,
        sortKey: byVolunteer ? `${r.district}\u0000${r.subdistrict}\u0000${r.sortName}` : r.district || '\uffff',
      };
      groups.set(id, g);
    }
    g.counts[column.get(r.kindId)!] += r.people;
    g.total += r.people;
  }
  const sorted = [...groups.values()].sort((a, b) => thai(a.sortKey, b.sortKey)).map(({ sortKey: _, ...r }) => r);
  const totals = kinds.map((_, i) => sorted.reduce((s, r) => s + r.counts[i], 0));

  const agencies = (prepared(db, REFERRALS).all(params) as { agency: string; records: number; people: number; helped: number; notHelped: number }[])
    .map((a) => ({ ...a, agency: a.agency || NO_AGENCY, pending: a.records - a.helped - a.notHelped }))
    .sort((a, b) => (a.agency === NO_AGENCY ? 1 : b.agency === NO_AGENCY ? -1 : b.records - a.records || thai(a.agency, b.agency)));

  const serving = prepared(db, SERVING).all(params) as { name: string; district: string; subdistrict: string; idle: number }[];
  return {
    periodLabel: periodLabel(q.period),
    ...range,
    district: q.district,
    by: q.by,
    kinds,
    rows: sorted,
    totals,
    total: totals.reduce((a, b) => a + b, 0),
    agencies,
    inactive: serving.filter((s) => s.idle).map(({ name, district, subdistrict }) => ({ name: name.trim(), district, subdistrict })),
    serving: serving.length,
  };
}

/** The report with what its printed forms need: the province, the day, the head who signs. */
export function activityReportDoc(ctx: CoreContext, q: ParsedInput<'activity-report'>): ActivityReportDoc {
  const office = readOfficeSettings(ctx.db);
  return { report: activityReport(ctx.db, q), province: office.province, asOf: todayIso(ctx.now()), signer: headOf(office) };
}

/** `รายงานผลงานอาสาสมัคร-ปีงบประมาณ-2569-หาดใหญ่` and the like. */
export function activityReportFileName(doc: ActivityReportDoc): string {
  const { report } = doc;
  const period = report.periodLabel.replace(/ \(.*\)$/, '').replace(/\s+/g, '-');
  return ['รายงานผลงานอาสาสมัคร', period, report.district, report.by === 'volunteer' ? 'รายบุคคล' : '', formatBeFileDate(doc.asOf)].filter(Boolean).join('-');
}
