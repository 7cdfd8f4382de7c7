import { z } from 'zod';
import type { BudgetCategory, SeminarStatus } from '../schemas/seminar';
import { method } from './define';

export interface DashboardDistrict {
  /** `''` for volunteers whose area has no district yet. */
  district: string;
  count: number;
}

export interface DashboardMonth {
  /** 1–12; the list runs October → September, the order of the fiscal year. */
  month: number;
  /** Christian-era year of that month. */
  year: number;
  /** Seminars starting in the month (cancelled ones left out). */
  seminars: number;
  /** People present in at least one session of those seminars. */
  attended: number;
}

export interface DashboardBudgetItem {
  category: BudgetCategory;
  planned: number;
  actual: number;
}

/** A seminar that is done but has no outcomes written for its result report. */
export interface DashboardSeminarRef {
  id: number;
  title: string;
  firstDate: string;
}

/** Everything the home page shows for one fiscal year, from one call. */
export interface DashboardSummary {
  fiscalYear: number;
  /** The years the selector offers: next year back to five years ago and any with seminars, newest first. */
  fiscalYears: number[];
  today: string;
  /**
   * The day the volunteer figures are counted on: today within the current or a future fiscal
   * year, the year's last day (30 September) for a past one.
   */
  asOf: string;
  volunteers: {
    active: number;
    /** Active volunteers whose term ends within TERM_ENDING_DAYS of `asOf`. */
    termsEnding: number;
    /** Active volunteers per district of their area, most first. */
    byDistrict: DashboardDistrict[];
  };
  seminars: Record<SeminarStatus, number>;
  /** Seminars held (running or done): planned head count, registered, attended. */
  participants: { planned: number; registered: number; attended: number; attendanceRate: number | null };
  /** Budget lines of the year's seminars, cancelled ones left out. */
  budget: { planned: number; actual: number; byCategory: DashboardBudgetItem[] };
  months: DashboardMonth[];
  todo: {
    /** How many done seminars have no result (outcomes) written, and the first few of them. */
    seminarsWithoutReport: number;
    seminarsWithoutReportList: DashboardSeminarRef[];
    /** Active volunteers whose address (ตำบล/อำเภอ/จังหวัด) is not a place in the geography dataset. */
    volunteersWithoutAddressMatch: number;
    /** The newest backup in the data folder (ISO), or null when there is none. */
    lastBackupAt: string | null;
    /** Hours since that backup. */
    lastBackupAgeHours: number | null;
  };
}

export const fiscalYearInput = z.number().int().min(2500, 'ปีงบประมาณไม่ถูกต้อง').max(2700, 'ปีงบประมาณไม่ถูกต้อง');

export const dashboardApi = {
  /** Without a fiscal year: the current one. */
  'dashboard-summary': method<DashboardSummary>()(z.object({ fiscalYear: fiscalYearInput.optional() }).strict()),
};
