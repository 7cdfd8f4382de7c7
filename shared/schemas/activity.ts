import { z } from 'zod';
import { BE_OFFSET, THAI_MONTHS, formatThaiDateLong, type IsoDate } from '../thai/dates';
import { fiscalQuarterRange, fiscalYearRange, monthOfFiscalYear } from '../thai/fiscal';
import { isoDate, requiredText, text } from './common';
import type { VolunteerStatus } from './volunteer';

const id = z.number().int().positive();

/** What became of a person a volunteer referred (ชี้เป้า/ส่งต่อ). */
export const ACTIVITY_OUTCOMES = ['pending', 'helped', 'not_helped'] as const;
export type ActivityOutcome = (typeof ACTIVITY_OUTCOMES)[number];
export const ACTIVITY_OUTCOME_LABELS: Record<ActivityOutcome, string> = {
  pending: 'รอผล',
  helped: 'ได้รับความช่วยเหลือแล้ว',
  not_helped: 'ไม่ได้รับความช่วยเหลือ',
};

/** The ministry's agencies a volunteer refers people to (DOMAIN.md), offered as suggestions. */
export const REFERRAL_AGENCIES = [
  'สำนักงานจัดหางานจังหวัด',
  'สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัด',
  'สำนักงานประกันสังคมจังหวัด',
  'สำนักงานพัฒนาฝีมือแรงงาน',
] as const;

const NOT_NEGATIVE = 'จำนวนต้องไม่ติดลบ';

/** A count a clerk keys: people reached in a grid cell or by one activity. */
export const peopleCount = z
  // A count typed with a minus ('-4') reaches here as text: it is a number, only a negative one.
  .number({ error: (issue) => (typeof issue.input === 'string' && /^\s*[-−]\s*[\d๐-๙]/.test(issue.input) ? NOT_NEGATIVE : 'กรุณากรอกจำนวนเป็นตัวเลข') })
  .int('จำนวนต้องเป็นจำนวนเต็ม')
  .min(0, NOT_NEGATIVE)
  .max(100_000, 'จำนวนมากเกินไป (ไม่เกิน 100,000)');

/** `YYYY-MM` (C.E.), the month of a grid. */
export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'เดือนไม่ถูกต้อง');

export interface ActivityKind {
  id: number;
  name: string;
  /** Referrals name the agency and the outcome, and are counted per agency. */
  isReferral: boolean;
  /** A retired kind keeps its rows but is no longer offered. */
  active: boolean;
  /** Rows recorded under this kind: a kind in use can be retired, not removed. */
  used: number;
}

/**
 * The kind an office activity (a seminar-form event of kind 'activity', such as a community-service
 * day) counts under in the reports: ร่วมกิจกรรม/จิตอาสา. Known by its id, not by its name or place:
 * migration 0008 seeds it fourth into the new, empty kinds table, so it is 4 in every register, and
 * the office may rename or reorder its kinds without moving where office activities count. It
 * cannot be removed while an office activity counts under it (it is "in use").
 */
export const OFFICE_ACTIVITY_KIND_ID = 4;

/** A kind as the grid, the form and the reports use it (without the count of rows, which reads them all). */
export type ActivityKindInfo = Omit<ActivityKind, 'used'>;

export const activityKindsInput = z
  .object({
    kinds: z
      .array(z.object({ id: id.optional(), name: requiredText('ชื่อประเภทกิจกรรม', 200), isReferral: z.boolean(), active: z.boolean() }))
      .min(1, 'ต้องมีประเภทกิจกรรมอย่างน้อย 1 ประเภท')
      .max(30, 'ประเภทกิจกรรมได้ไม่เกิน 30 ประเภท'),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.kinds.forEach((k, i) => {
      if (seen.has(k.name)) ctx.addIssue({ code: 'custom', message: `ชื่อประเภท "${k.name}" ซ้ำกัน`, path: ['kinds', i, 'name'] });
      seen.add(k.name);
    });
    if (!v.kinds.some((k) => k.active)) ctx.addIssue({ code: 'custom', message: 'ต้องมีประเภทที่ใช้งานอยู่อย่างน้อย 1 ประเภท', path: ['kinds'] });
  });

/** One activity from the detailed form. */
export const activityInput = z
  .object({
    volunteerId: id,
    kindId: id,
    date: isoDate,
    people: peopleCount,
    place: text(300),
    notes: text(2000),
    /** A referral: the agency the person was sent to. */
    agency: text(200),
    outcome: z.enum(ACTIVITY_OUTCOMES).nullable().default(null),
  });
export type ActivityInput = z.input<typeof activityInput>;
export const activityUpdate = activityInput.extend({ id });

export interface Activity {
  id: number;
  volunteerId: number;
  kindId: number;
  kindName: string;
  isReferral: boolean;
  date: IsoDate;
  /** A row of the monthly grid: a month's count, dated the month's first day. */
  wholeMonth: boolean;
  people: number;
  place: string;
  notes: string;
  agency: string;
  outcome: ActivityOutcome | null;
  createdAt: string;
  updatedAt: string;
}

/** After a save: what was kept although the office may want to look again. */
export interface ActivitySaved {
  id: number;
  warnings: string[];
}

export const activityGridQuery = z.object({ month: yearMonth, district: requiredText('อำเภอ', 100) });

export const activityGridSave = activityGridQuery.extend({
  /** Only the cells that changed; null or 0 clears a cell. */
  cells: z
    .array(z.object({ volunteerId: id, kindId: id, people: peopleCount.nullable() }))
    .max(50_000, 'แก้ไขได้ไม่เกิน 50,000 ช่องต่อครั้ง'),
});
export type ActivityGridSave = z.input<typeof activityGridSave>;

export interface ActivityGridRow {
  volunteerId: number;
  name: string;
  subdistrict: string;
  status: VolunteerStatus;
  /** Grid cells by kind id. */
  cells: Record<number, number>;
  /** People reached by the month's detailed records, by kind id (shown beside the cell, not edited there). */
  detailed: Record<number, number>;
}

export interface ActivityGrid {
  month: string;
  district: string;
  kinds: ActivityKindInfo[];
  rows: ActivityGridRow[];
}

export interface ActivityGridSaved {
  changed: number;
  warnings: string[];
}

export const volunteerActivitiesQuery = z.object({ volunteerId: id });

export const REPORT_SCOPES = ['month', 'quarter', 'year'] as const;
export type ReportScope = (typeof REPORT_SCOPES)[number];

/** A reporting period inside a fiscal year (B.E.). */
export const activityPeriod = z
  .object({
    fiscalYear: z.number().int().min(2500, 'ปีงบประมาณไม่ถูกต้อง').max(2700, 'ปีงบประมาณไม่ถูกต้อง'),
    scope: z.enum(REPORT_SCOPES),
    /** With scope 'month': 1 = October … 12 = September. */
    month: z.number().int().min(1).max(12).optional(),
    /** With scope 'quarter': 1 = October–December. */
    quarter: z.number().int().min(1).max(4).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.scope === 'month' && p.month === undefined) ctx.addIssue({ code: 'custom', message: 'กรุณาเลือกเดือน', path: ['month'] });
    if (p.scope === 'quarter' && p.quarter === undefined) ctx.addIssue({ code: 'custom', message: 'กรุณาเลือกไตรมาส', path: ['quarter'] });
  });
export type ActivityPeriod = z.output<typeof activityPeriod>;

export const ACTIVITY_REPORT_GROUPINGS = ['district', 'volunteer'] as const;

export const activityReportQuery = z.object({
  period: activityPeriod,
  /** Empty: the whole province. */
  district: text(100).default(''),
  by: z.enum(ACTIVITY_REPORT_GROUPINGS).default('district'),
});
export type ActivityReportQuery = z.input<typeof activityReportQuery>;

export interface ActivityReportRow {
  /** A district's name, or a volunteer's full name. */
  label: string;
  district: string;
  subdistrict: string;
  /** People reached per kind, in the order of `kinds`. */
  counts: number[];
  total: number;
}

export interface ActivityReport {
  /** `ปีงบประมาณ 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569)` and the like. */
  periodLabel: string;
  start: IsoDate;
  end: IsoDate;
  district: string;
  by: (typeof ACTIVITY_REPORT_GROUPINGS)[number];
  kinds: { id: number; name: string; isReferral: boolean }[];
  rows: ActivityReportRow[];
  totals: number[];
  total: number;
  /** Referrals per agency: how many records and people, and their outcomes. */
  agencies: { agency: string; records: number; people: number; helped: number; pending: number; notHelped: number }[];
  /** Volunteers serving in the period who recorded nothing. */
  inactive: { name: string; district: string; subdistrict: string }[];
  /** Volunteers serving in the period (those with activity and those without). */
  serving: number;
  /** What days present at office activities added to their kind's column (see officeActivityNote). */
  officeActivities: number;
}

/**
 * The line that tells a reader of the report, on screen, in the PDF and in the workbook, that the
 * kind's column holds office activities too, and how they were counted; none when they added nothing.
 */
export function officeActivityNote(report: Pick<ActivityReport, 'kinds' | 'officeActivities'>): string | null {
  const kind = report.kinds.find((k) => k.id === OFFICE_ACTIVITY_KIND_ID);
  if (!kind || !report.officeActivities) return null;
  return `ช่อง "${kind.name}" รวมการมาร่วมกิจกรรมของสำนักงาน ${report.officeActivities.toLocaleString('en-US')} ครั้ง (นับคนละ 1 ต่อวันที่มา ถ้าเดือนนั้นกรอกผลงานประเภทนี้ไว้แล้ว ใช้จำนวนที่มากกว่า ไม่นับซ้ำ)`;
}

/** First and last day of a reporting period. */
export function periodRange(p: ActivityPeriod): { start: IsoDate; end: IsoDate } {
  if (p.scope === 'month') return monthOfFiscalYear(p.fiscalYear, p.month ?? 1);
  if (p.scope === 'quarter') return fiscalQuarterRange(p.fiscalYear, p.quarter ?? 1);
  return fiscalYearRange(p.fiscalYear);
}

/** How a report names its period, in the words of a Thai report heading. */
export function periodLabel(p: ActivityPeriod): string {
  const { start, end } = periodRange(p);
  if (p.scope === 'month') {
    const [y, m] = start.split('-').map(Number);
    return `เดือน${THAI_MONTHS[m - 1]} ${y + BE_OFFSET}`;
  }
  const span = `${formatThaiDateLong(start)} – ${formatThaiDateLong(end)}`;
  if (p.scope === 'quarter') return `ไตรมาสที่ ${p.quarter ?? 1} ปีงบประมาณ ${p.fiscalYear} (${span})`;
  return `ปีงบประมาณ ${p.fiscalYear} (${span})`;
}

/** `2025-10` → `ตุลาคม 2568`. */
export function formatYearMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${THAI_MONTHS[m - 1]} ${y + BE_OFFSET}`;
}
