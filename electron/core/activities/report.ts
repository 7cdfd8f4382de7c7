import { OFFICE_ACTIVITY_KIND_ID, periodLabel, periodRange, type ActivityReport, type ActivityReportRow } from '@shared/schemas/activity';
import type { ParsedInput } from '@shared/api';
import { datedFileName, todayIso, type IsoDate } from '@shared/thai/dates';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import type { ActivityReportDoc } from '../reports/documents/activity-report';
import { headOf } from '../reports/seminar-data';
import { readOfficeSettings } from '../settings/service';
import { prepared } from '../db/prepared';
import { kindList } from './kinds';
import { officeActivityMonths } from './office-activities';

export const NO_AGENCY = 'ไม่ระบุหน่วยงาน';
const NO_DISTRICT = 'ไม่ระบุอำเภอ';
const NAMED = `v.title || v.first_name || ' ' || v.last_name AS name, v.area_district AS district, v.area_subdistrict AS subdistrict, v.sort_name AS sortName`;

/**
 * People reached per volunteer, one column per kind (`k0`, `k1` … in the order of `kindIds`). The
 * province's report sums the period's rows from `activities_date`, which carries what it counts,
 * then names each volunteer by id; a district's report walks its own people and reads each one's
 * period by `activities_volunteer` (volunteer and date only, so the rows themselves are read: a
 * district's few are cheap, a province's 100,000 were not).
 */
const perVolunteer = (kindIds: number[], inDistrict: boolean) => {
  const sums = kindIds.map((id, i) => `sum(CASE WHEN a.kind_id = ${id} THEN a.people ELSE 0 END) AS k${i}`).join(', ');
  return inDistrict
    ? `SELECT v.id, ${NAMED}, ${sums}
       FROM volunteers v JOIN activities a ON a.volunteer_id = v.id AND a.date BETWEEN @start AND @end
       WHERE v.area_district = @district
       GROUP BY v.id`
    : `SELECT v.id, ${NAMED}, ${kindIds.map((_, i) => `s.k${i}`).join(', ')}
       FROM (SELECT a.volunteer_id, ${sums} FROM activities a WHERE a.date BETWEEN @start AND @end GROUP BY a.volunteer_id) s
       JOIN volunteers v ON v.id = s.volunteer_id`;
};

/**
 * Referrals per agency in the period. The records and people come from `activities_date`, which
 * carries them (+kind_id keeps SQLite off the kind index, which spans every year); the outcomes
 * from `activities_outcome`, which holds only the rows that have one (the detailed form's: the
 * grid's never do), so neither reads the table. Only a district's report joins the volunteers:
 * every row has its volunteer (a foreign key), and looking each one up cost the province's report
 * more than reading its referrals.
 */
const referralsSql = (inDistrict: boolean) => {
  const from = `FROM activities a ${inDistrict ? 'JOIN volunteers v ON v.id = a.volunteer_id AND v.area_district = @district' : ''}
    WHERE a.date BETWEEN @start AND @end AND +a.kind_id IN (SELECT id FROM activity_kinds WHERE is_referral = 1)`;
  return `
    SELECT c.agency, c.records, c.people, coalesce(o.helped, 0) AS helped, coalesce(o.notHelped, 0) AS notHelped
    FROM (SELECT a.agency, count(*) AS records, sum(a.people) AS people ${from} GROUP BY a.agency) c
    LEFT JOIN (SELECT a.agency, count(CASE WHEN a.outcome = 'helped' THEN 1 END) AS helped, count(CASE WHEN a.outcome = 'not_helped' THEN 1 END) AS notHelped
               ${from} AND a.outcome IS NOT NULL GROUP BY a.agency) o ON o.agency = c.agency`;
};

/**
 * Volunteers serving in the period: not erased, on duty or left during or after it, appointed
 * before its end (the monthly grid's rule, over the whole period).
 */
const SERVING = `
  SELECT v.id, v.title || v.first_name || ' ' || v.last_name AS name, v.area_district AS district, v.area_subdistrict AS subdistrict
  FROM volunteers v
  WHERE v.erased_at IS NULL AND (@district = '' OR v.area_district = @district)
    AND (v.status = 'active' OR v.status_date IS NULL OR v.status_date >= @start)
    AND COALESCE((SELECT min(t.term_start) FROM volunteer_terms t WHERE t.volunteer_id = v.id), '') <= @end
  ORDER BY v.area_district, v.area_subdistrict, v.sort_name`;

const NAMED_BY_ID = `SELECT v.id, ${NAMED} FROM volunteers v WHERE v.id IN (SELECT value FROM json_each(?))`;

/**
 * Adds to `people` (rows of perVolunteer over `kindIds`) what office activities add under their
 * kind (see office-activities.ts for how a day is counted and kept from counting twice), with a
 * row for a volunteer whose only work of the period was an office activity. Returns the people added.
 */
function addOfficeActivities(db: Db, people: (string | number)[][], kindIds: number[], range: { start: IsoDate; end: IsoDate }, district: string): number {
  const column = kindIds.indexOf(OFFICE_ACTIVITY_KIND_ID);
  if (column < 0) return 0;
  const added = new Map<number, number>();
  let total = 0;
  for (const m of officeActivityMonths(db, range, { district })) {
    added.set(m.volunteerId, (added.get(m.volunteerId) ?? 0) + m.people);
    total += m.people;
  }
  for (const r of people) {
    const more = added.get(r[0] as number);
    if (more === undefined) continue;
    r[5 + column] = (r[5 + column] as number) + more;
    added.delete(r[0] as number);
  }
  if (!added.size) return total;
  for (const named of prepared(db, NAMED_BY_ID).raw().all(JSON.stringify([...added.keys()])) as (string | number)[][]) {
    const row = [...named, ...kindIds.map(() => 0)];
    row[5 + column] = added.get(named[0] as number)!;
    people.push(row);
  }
  return total;
}

// One collator for every comparison: localeCompare builds one per call, which dominated a province's sort.
const thai = new Intl.Collator('th').compare;

export function activityReport(db: Db, q: ParsedInput<'activity-report'>): ActivityReport {
  const range = periodRange(q.period);
  const params = { ...range, district: q.district };
  const all = kindList(db);
  const kindIds = all.map((k) => k.id);
  const people = prepared(db, perVolunteer(kindIds, q.district !== '')).raw().all(params) as (string | number)[][];
  const officeActivities = addOfficeActivities(db, people, kindIds, range, q.district);
  // A retired kind is a column only where the period used it.
  const used = all.map((_, i) => people.some((r) => (r[5 + i] as number) > 0));
  const shown = all.map((k, i) => ({ k, i })).filter(({ k, i }) => k.active || used[i]);
  const kinds = shown.map(({ k }) => ({ id: k.id, name: k.name, isReferral: k.isReferral }));

  const byVolunteer = q.by === 'volunteer';
  const groups = new Map<string, ActivityReportRow & { sortKey: string }>();
  for (const r of people) {
    const [id, name, district, subdistrict, sortName] = r as [number, string, string, string, string];
    const key = byVolunteer ? String(id) : district;
    let g = groups.get(key);
    if (!g) {
      g = {
        label: byVolunteer ? name.trim() : district || NO_DISTRICT,
        district,
        subdistrict: byVolunteer ? subdistrict : '',
        counts: kinds.map(() => 0),
        total: 0,
        sortKey: byVolunteer ? `${district}\u0000${subdistrict}\u0000${sortName}` : district || '\uffff',
      };
      groups.set(key, g);
    }
    shown.forEach(({ i }, c) => {
      g.counts[c] += r[5 + i] as number;
      g.total += r[5 + i] as number;
    });
  }
  const rows = [...groups.values()].sort((a, b) => thai(a.sortKey, b.sortKey)).map(({ sortKey: _, ...r }) => r);
  const totals = kinds.map((_, i) => rows.reduce((s, r) => s + r.counts[i], 0));

  const agencies = (prepared(db, referralsSql(q.district !== '')).all(params) as { agency: string; records: number; people: number; helped: number; notHelped: number }[])
    .map((a) => ({ ...a, agency: a.agency || NO_AGENCY, pending: a.records - a.helped - a.notHelped }))
    .sort((a, b) => (a.agency === NO_AGENCY ? 1 : b.agency === NO_AGENCY ? -1 : b.records - a.records || thai(a.agency, b.agency)));

  const active = new Set(people.map((r) => r[0] as number));
  const serving = prepared(db, SERVING).all(params) as { id: number; name: string; district: string; subdistrict: string }[];
  return {
    periodLabel: periodLabel(q.period),
    ...range,
    district: q.district,
    by: q.by,
    kinds,
    rows,
    totals,
    total: totals.reduce((a, b) => a + b, 0),
    agencies,
    inactive: serving.filter((s) => !active.has(s.id)).map(({ name, district, subdistrict }) => ({ name: name.trim(), district, subdistrict })),
    serving: serving.length,
    officeActivities,
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
  return datedFileName(['รายงานผลงานอาสาสมัคร', period, report.district, report.by === 'volunteer' ? 'รายบุคคล' : ''], doc.asOf);
}
