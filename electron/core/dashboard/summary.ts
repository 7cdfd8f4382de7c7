import type { DashboardSummary } from '@shared/api/dashboard';
import { TERM_ENDING_DAYS } from '@shared/api/dashboard-terms';
import { BUDGET_CATEGORIES, type BudgetCategory, type SeminarStatus } from '@shared/schemas/seminar';
import { addDays, fiscalYearOf, fiscalYearRange, todayIso } from '@shared/thai';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { roundBaht } from '../seminars/read';
import { ensureGeoTable } from './geo-table';

/**
 * Active on a day: the term had begun, and the status was still active then (a volunteer who left
 * later was active until the date the change took effect).
 */
const ACTIVE_ON = `(v.term_start IS NULL OR v.term_start <= @asOf) AND (v.status = 'active' OR v.status_date > @asOf)`;

/**
 * One pass over the `volunteers_dashboard` index: per district, the active, those whose term ends
 * soon, and those whose address names no real place (an erased person has no address to fix).
 * Grouping by address place first looks each place up once, not once per volunteer.
 */
export const VOLUNTEERS_SQL = `
  WITH places AS (
    SELECT v.area_district AS district, v.addr_province AS province, v.addr_district AS addr_district,
           v.addr_subdistrict AS subdistrict, count(*) AS active,
           sum(v.term_end BETWEEN @asOf AND @until) AS ending, sum(v.erased_at IS NULL) AS kept
    FROM volunteers v
    WHERE ${ACTIVE_ON}
    GROUP BY v.area_district, v.addr_province, v.addr_district, v.addr_subdistrict
  )
  SELECT district, sum(active) AS active, sum(ending) AS ending,
         sum(CASE WHEN EXISTS (
           SELECT 1 FROM temp.geo_places g
           WHERE g.province = places.province AND g.district = places.addr_district AND g.subdistrict = places.subdistrict
         ) THEN 0 ELSE kept END) AS unmatched
  FROM places
  GROUP BY district`;

/** The year's seminars by start month and status, with planned, registered and attended head counts. */
const SEMINARS = `
  WITH fy AS (SELECT id, status, CAST(substr(first_date, 6, 2) AS INTEGER) AS month FROM seminars WHERE fiscal_year = @fy),
  planned AS (SELECT g.seminar_id, sum(g.planned_count) AS n FROM seminar_groups g JOIN fy ON fy.id = g.seminar_id GROUP BY g.seminar_id),
  registered AS (SELECT p.seminar_id, count(*) AS n FROM seminar_participants p JOIN fy ON fy.id = p.seminar_id GROUP BY p.seminar_id),
  attended AS (
    SELECT p.seminar_id, count(*) AS n FROM seminar_participants p JOIN fy ON fy.id = p.seminar_id
    WHERE EXISTS (SELECT 1 FROM seminar_attendance a WHERE a.participant_id = p.id AND a.status = 'present')
    GROUP BY p.seminar_id
  )
  SELECT fy.month, fy.status, count(*) AS seminars,
         coalesce(sum(planned.n), 0) AS planned, coalesce(sum(registered.n), 0) AS registered, coalesce(sum(attended.n), 0) AS attended
  FROM fy
  LEFT JOIN planned ON planned.seminar_id = fy.id
  LEFT JOIN registered ON registered.seminar_id = fy.id
  LEFT JOIN attended ON attended.seminar_id = fy.id
  GROUP BY fy.month, fy.status`;

/** Planned amounts rounded per line, as the seminar page shows them. */
const BUDGET = `
  SELECT b.category, sum(round(b.quantity * b.times * b.rate, 2)) AS planned, sum(coalesce(b.actual_amount, 0)) AS actual
  FROM seminar_budget_lines b JOIN seminars s ON s.id = b.seminar_id
  WHERE s.fiscal_year = @fy AND s.status <> 'cancelled'
  GROUP BY b.category`;

const WITHOUT_REPORT_WHERE = `fiscal_year = @fy AND status = 'done' AND trim(outcomes) = ''`;
const WITHOUT_REPORT_COUNT = `SELECT count(*) FROM seminars WHERE ${WITHOUT_REPORT_WHERE}`;
const WITHOUT_REPORT_LIST = `SELECT id, title, first_date AS firstDate FROM seminars WHERE ${WITHOUT_REPORT_WHERE} ORDER BY first_date, id LIMIT 5`;

const YEARS = 'SELECT DISTINCT fiscal_year FROM seminars';


/** Offered even without seminars: next year (for planning) back to five years ago, as the seminar list offers. */
const RECENT_YEARS = [1, 0, -1, -2, -3, -4, -5];

/** October → September: the months of a fiscal year in order. */
function fiscalMonths(fy: number): { month: number; year: number }[] {
  const start = Number(fiscalYearRange(fy).start.slice(0, 4));
  return Array.from({ length: 12 }, (_, i) => ({ month: ((9 + i) % 12) + 1, year: i < 3 ? start : start + 1 }));
}

/** The day volunteers are counted on: today, unless the year is over. */
function asOfDay(fy: number, today: string): string {
  const { end } = fiscalYearRange(fy);
  return end < today ? end : today;
}

interface SeminarGroupRow {
  month: number;
  status: SeminarStatus;
  seminars: number;
  planned: number;
  registered: number;
  attended: number;
}

export type BackupAge = Pick<DashboardSummary['todo'], 'lastBackupAt' | 'lastBackupAgeHours'>;

/**
 * The home page's figures for one fiscal year: a handful of aggregate queries in one read
 * transaction, so every number comes from the same moment of the register.
 */
export function dashboardSummary(db: Db, opts: { fiscalYear?: number; now: Date; backup: BackupAge }): DashboardSummary {
  const today = todayIso(opts.now);
  const current = fiscalYearOf(today);
  const fy = opts.fiscalYear ?? current;
  const asOf = asOfDay(fy, today);
  // The volunteers' query joins the geography, loaded into a temp table once per connection.
  ensureGeoTable(db);
  // One snapshot for every figure; it only reads, so it takes no write lock.
  return db.transaction((): DashboardSummary => {
    const districts = prepared(db, VOLUNTEERS_SQL).all({ asOf, until: addDays(asOf, TERM_ENDING_DAYS) }) as {
      district: string;
      active: number;
      ending: number;
      unmatched: number;
    }[];
    const groups = prepared(db, SEMINARS).all({ fy }) as SeminarGroupRow[];
    const budgetRows = prepared(db, BUDGET).all({ fy }) as { category: BudgetCategory; planned: number; actual: number }[];
    const years = prepared(db, YEARS).pluck().all() as number[];

    const seminars: Record<SeminarStatus, number> = { planned: 0, running: 0, done: 0, cancelled: 0 };
    const participants = { planned: 0, registered: 0, attended: 0 };
    const months = fiscalMonths(fy).map((m) => ({ ...m, seminars: 0, attended: 0 }));
    for (const g of groups) {
      seminars[g.status] += g.seminars;
      if (g.status === 'cancelled') continue;
      const m = months.find((x) => x.month === g.month)!;
      m.seminars += g.seminars;
      m.attended += g.attended;
      // Head counts only mean something once a seminar has been held.
      if (g.status === 'planned') continue;
      participants.planned += g.planned;
      participants.registered += g.registered;
      participants.attended += g.attended;
    }
    const byCategory = BUDGET_CATEGORIES.map((category) => {
      const row = budgetRows.find((b) => b.category === category);
      return { category, planned: roundBaht(row?.planned ?? 0), actual: roundBaht(row?.actual ?? 0) };
    }).filter((b) => b.planned > 0 || b.actual > 0);

    return {
      fiscalYear: fy,
      fiscalYears: [...new Set([...years, ...RECENT_YEARS.map((d) => current + d), fy])].sort((a, b) => b - a),
      today,
      asOf,
      volunteers: {
        active: districts.reduce((s, d) => s + d.active, 0),
        termsEnding: districts.reduce((s, d) => s + d.ending, 0),
        byDistrict: districts
          .map((d) => ({ district: d.district, count: d.active }))
          .sort((a, b) => b.count - a.count || a.district.localeCompare(b.district, 'th')),
      },
      seminars,
      participants: { ...participants, attendanceRate: participants.planned > 0 ? participants.attended / participants.planned : null },
      budget: {
        planned: roundBaht(byCategory.reduce((s, b) => s + b.planned, 0)),
        actual: roundBaht(byCategory.reduce((s, b) => s + b.actual, 0)),
        byCategory,
      },
      months,
      todo: {
        seminarsWithoutReport: prepared(db, WITHOUT_REPORT_COUNT).pluck().get({ fy }) as number,
        seminarsWithoutReportList: prepared(db, WITHOUT_REPORT_LIST).all({ fy }) as DashboardSummary['todo']['seminarsWithoutReportList'],
        volunteersWithoutAddressMatch: districts.reduce((s, d) => s + d.unmatched, 0),
        ...opts.backup,
      },
    };
  }).deferred();
}
