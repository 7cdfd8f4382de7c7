import { z } from 'zod';
import { method, type FilePayload } from './define';
import { volunteerListQuery } from './volunteers';
import { yearMonth } from '../schemas/activity';
import type { Address } from '../schemas/volunteer';

/** A file sent by the renderer; the size limit is checked by the core with a Thai message. */
export const filePayload = z.object({
  name: z.string().trim().max(300),
  // z.custom keeps the type as wide as FilePayload's (any ArrayBuffer behind the bytes).
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'ไม่ได้รับไฟล์'),
});

/** Column index (as text) → field key, or null to ignore that column. */
export const importMapping = z.record(z.string().regex(/^\d{1,4}$/), z.string().max(50).nullable());

export const jobId = z.string().min(1).max(100);

/** One column of the imported sheet and the field it fills. */
export interface ImportColumn {
  index: number;
  header: string;
  field: string | null;
  /** The first few values under the header, so the user sees what the column holds. */
  samples: string[];
}

export interface ImportField {
  key: string;
  label: string;
  required: boolean;
}

/**
 * `new`: will be added; `existing`: the register already has this national ID and the row would
 * change something (skipped or updated as the user chooses); `unchanged`: the register already
 * holds everything the row carries, so an update writes nothing; `error`: will not be imported.
 */
export type ImportRowStatus = 'new' | 'existing' | 'unchanged' | 'error';

/** Who a row is, as the register has them and as the file has them. */
export interface ImportPerson {
  name: string;
  birthDate: string | null;
}

/** A row of the file: its sheet and its number as Excel shows it (a number alone is ambiguous when several sheets are read). */
export interface ImportRowRef {
  sheet: string;
  row: number;
}

/**
 * How a row is named to the clerk: `แผ่นงาน 'อ.เมือง' แถว 5` when the import reads several sheets,
 * `แถวที่ 5` when it reads one.
 */
export function rowLabel(ref: ImportRowRef, manySheets: boolean): string {
  return manySheets ? `แผ่นงาน '${ref.sheet}' แถว ${ref.row}` : `แถวที่ ${ref.row}`;
}

/**
 * What became of one sheet of the workbook: `imported` with the rows read from it, `unticked` by
 * the clerk, or `left-out` (blank, or not a list with the same header) with the reason.
 */
export interface ImportSheetSummary {
  name: string;
  status: 'imported' | 'unticked' | 'left-out';
  /** Row number of the sheet's header as Excel shows it; null when it has none like the main one. */
  headerRow: number | null;
  /** Data rows read from it (blank and totals rows aside). */
  rows: number;
  /** Rows holding data below its header, read or not: what the row limit counts (0 when left out). */
  size: number;
  /** Fields (labels) the other sheets have a column for and this one has not: blank on its rows. */
  blank: string[];
  reason: string | null;
}

export interface ImportRowPreview extends ImportRowRef {
  status: ImportRowStatus;
  name: string;
  nationalId: string;
  district: string;
  errors: string[];
  /** Imported anyway, but worth a look (an address not found in the geography dataset, a phone kept as typed). */
  warnings: string[];
  /**
   * The register's person with this ID has another name or birth date: maybe a different person or
   * a mistyped ID. Updated only when the clerk says so for this row (`conflictUpdates`).
   */
  conflict: { register: ImportPerson; file: ImportPerson } | null;
  /**
   * The home address an update would write, when it differs from the register's: decided as a
   * whole (another subdistrict or district takes the file's whole address), never mixed part by part.
   * The renderer writes both out as it writes every address.
   */
  addressUpdate: { register: Address; file: Address } | null;
}

/** What every import wizard shows of the file before its rows: where the table is and what each column fills. */
export interface ImportSheetPreview {
  fileName: string;
  /** The sheet whose header the mapping shows; sheets with the same header are read with it (`sheets`). */
  sheetName: string;
  /** Row number of the header as Excel shows it. */
  headerRow: number;
  columns: ImportColumn[];
  fields: ImportField[];
  /**
   * Why no row can be checked yet (no column chosen for the national ID), in Thai; the rows are
   * then empty and the user fixes the mapping first.
   */
  mappingProblem: string | null;
  /** Totals rows (รวม, รวมทั้งสิ้น, ทั้งหมด, Total …) recognised and left out. */
  summaryRows: number;
  /** Headers of columns with data that fill no field, to say so once. */
  unmapped: string[];
  /** Every visible sheet of the workbook, in its order, and what became of it. */
  sheets: ImportSheetSummary[];
}

export interface ImportPreview extends ImportSheetPreview {
  rows: ImportRowPreview[];
  counts: { total: number; new: number; existing: number; unchanged: number; error: number; warning: number; conflict: number };
  /**
   * The file has no area-of-responsibility columns: how many people get their area from their home
   * address (`applied` false when the clerk turned that off). Null when the file has area columns.
   */
  areaFromAddress: { applied: boolean; count: number } | null;
  /**
   * The fields an update takes from the file (labels, in column order): a field whose column the
   * file lacks, or whose cell is blank on a row, keeps what the register holds.
   */
  updateFields: string[];
}

export interface ImportResult {
  inserted: number;
  updated: number;
  /** Already in the register and left as they are (conflicts not resolved for the file included). */
  skipped: number;
  /** Already in the register with everything the file carries: nothing written, in either mode. */
  unchanged: number;
  /** Rows with errors, left out; download them with `volunteer-import-errors`. */
  failed: number;
}

/**
 * `new`: will be recorded; `duplicate`: everything on the row is already recorded (the same
 * volunteer, date, kind and place; or the same month's count), skipped; `error`: will not be imported.
 */
export type ActivityImportRowStatus = 'new' | 'duplicate' | 'error';

export interface ActivityImportRowPreview extends ImportRowRef {
  status: ActivityImportRowStatus;
  /** The register's volunteer the row was matched to, or the name as the file has it. */
  name: string;
  nationalId: string;
  district: string;
  /** The day (B.E.) or the month the records are dated. */
  when: string;
  /** What the row records: a kind and people reached each, duplicates marked. */
  items: { kind: string; people: number; duplicate: boolean }[];
  errors: string[];
  warnings: string[];
}

/**
 * `records`: one row per activity (date, kind, people reached, place …), saved as the detailed
 * form saves; `table`: one row per volunteer with a column per kind holding the month's counts,
 * saved as the monthly grid saves.
 */
export type ActivityImportShape = 'records' | 'table';

export interface ActivityImportPreview extends ImportSheetPreview {
  shape: ActivityImportShape | null;
  /**
   * The month a title line above the header names (`YYYY-MM`) and that line as written: a table
   * of counts whose rows name no month takes it unless the clerk chooses another.
   */
  titleMonth: { month: string; line: string } | null;
  rows: ActivityImportRowPreview[];
  counts: { total: number; new: number; duplicate: number; error: number; warning: number; records: number; duplicateRecords: number };
}

export interface ActivityImportResult {
  /** Activity records written (a month's count of one kind is one record). */
  inserted: number;
  /** Records already in the register, skipped. */
  duplicates: number;
  /** Rows with errors, left out; download them with `activity-import-errors`. */
  failed: number;
}

/** Sheets the clerk unticked: their rows are not read. */
const skipSheets = z.array(z.string().max(200)).max(500).default([]);

const activityImportSource = {
  file: filePayload,
  skipSheets,
  mapping: importMapping.optional(),
  /** The month of a table of counts whose rows name no month or date (`YYYY-MM`); without it, the month its title line names. */
  month: yearMonth.optional(),
};

const importSource = {
  file: filePayload,
  skipSheets,
  /** The user's corrections; without it the detected (or remembered) mapping is used. */
  mapping: importMapping.optional(),
  /** When the file has no area columns, take each person's area from their home address (default on). */
  areaFromAddress: z.boolean().default(true),
};

/**
 * The register's columns, in the order the export writes them, with the importer's header names
 * (an exported register imports back unchanged). `print` marks the set offered by default: what
 * fits legibly across one A4 landscape page. The number and the name columns are always written.
 */
export const REGISTER_COLUMNS = [
  { key: 'title', label: 'คำนำหน้าชื่อ', print: true, always: true },
  { key: 'firstName', label: 'ชื่อ', print: true, always: true },
  { key: 'lastName', label: 'นามสกุล', print: true, always: true },
  { key: 'nationalId', label: 'เลขประจำตัวประชาชน', print: true },
  { key: 'birthDate', label: 'วันเกิด', print: false },
  { key: 'sex', label: 'เพศ', print: false },
  { key: 'phone', label: 'โทรศัพท์', print: true },
  { key: 'lineId', label: 'LINE ID', print: false },
  { key: 'email', label: 'อีเมล', print: false },
  { key: 'address.houseNo', label: 'บ้านเลขที่', print: false },
  { key: 'address.moo', label: 'หมู่ที่', print: false },
  { key: 'address.village', label: 'หมู่บ้าน/อาคาร', print: false },
  { key: 'address.soi', label: 'ซอย', print: false },
  { key: 'address.road', label: 'ถนน', print: false },
  { key: 'address.subdistrict', label: 'ตำบล/แขวง', print: false },
  { key: 'address.district', label: 'อำเภอ/เขต', print: false },
  { key: 'address.province', label: 'จังหวัด', print: false },
  { key: 'address.postcode', label: 'รหัสไปรษณีย์', print: false },
  { key: 'education', label: 'การศึกษา', print: false },
  { key: 'occupation', label: 'อาชีพ', print: false },
  { key: 'level', label: 'ระดับ อสร.', print: true },
  { key: 'area.subdistrict', label: 'ตำบลที่รับผิดชอบ', print: true },
  { key: 'area.district', label: 'อำเภอที่รับผิดชอบ', print: true },
  { key: 'area.province', label: 'จังหวัดที่รับผิดชอบ', print: false },
  { key: 'appointmentOrderNo', label: 'เลขที่คำสั่งแต่งตั้ง', print: false },
  { key: 'appointmentDate', label: 'วันที่แต่งตั้ง', print: false },
  { key: 'termStart', label: 'วันเริ่มวาระ', print: false },
  { key: 'termEnd', label: 'วันสิ้นสุดวาระ', print: true },
  { key: 'status', label: 'สถานะ', print: true },
  { key: 'notes', label: 'หมายเหตุ', print: false },
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number]['key'];
const registerColumnKeys = REGISTER_COLUMNS.map((c) => c.key) as [RegisterColumn, ...RegisterColumn[]];
/** The columns a printed register shows unless the clerk chooses others. */
export const REGISTER_PRINT_COLUMNS: RegisterColumn[] = REGISTER_COLUMNS.filter((c) => c.print).map((c) => c.key);

export const spreadsheetsApi = {
  /**
   * The register filtered as the list is filtered, print-ready, national IDs in full; every column
   * (the ministry's return) unless `columns` names the ones to print.
   */
  'volunteer-export-xlsx': method<FilePayload>()(
    z.object({
      query: volunteerListQuery.omit({ page: true, pageSize: true }).prefault({}),
      columns: z.array(z.enum(registerColumnKeys)).max(REGISTER_COLUMNS.length).optional(),
      job: jobId.optional(),
    }),
  ),
  /** Participants with a column per session, and a sheet of totals per target group. */
  'seminar-attendance-xlsx': method<FilePayload>()(z.object({ seminarId: z.number().int().positive() })),
  /** Planned and actual budget lines with formulas that Excel and LibreOffice compute. */
  'seminar-budget-xlsx': method<FilePayload>()(z.object({ seminarId: z.number().int().positive() })),
  /** Volunteers per district by status and by level, and the fiscal year's seminars and attendance. */
  'district-summary-xlsx': method<FilePayload>()(
    z.object({ fiscalYear: z.number('กรุณาระบุปีงบประมาณ').int().min(2500, 'ปีงบประมาณเป็นปี พ.ศ. เช่น 2568').max(2700, 'ปีงบประมาณเป็นปี พ.ศ. เช่น 2568') }),
  ),
  'volunteer-import-preview': method<ImportPreview>()(z.object({ ...importSource, job: jobId.optional() })),
  /** Commits every valid row in one transaction; nothing is written if anything fails or it is cancelled. */
  'volunteer-import-commit': method<ImportResult>()(
    z.object({
      ...importSource,
      job: jobId,
      duplicates: z.enum(['skip', 'update'], 'กรุณาเลือกวิธีจัดการรายชื่อที่มีอยู่แล้ว'),
      /** Rows whose conflict the clerk resolved for the file; other conflicts are skipped. */
      conflictUpdates: z.array(z.object({ sheet: z.string().max(200), row: z.number().int().positive() })).max(60_000).default([]),
    }),
  ),
  /** The rows with errors, as a workbook with an error column, to fix in Excel and import again. */
  'volunteer-import-errors': method<FilePayload>()(z.object(importSource)),
  /** Activity reports from an office's sheet, checked row by row against the register and the activity kinds. Changes nothing. */
  'activity-import-preview': method<ActivityImportPreview>()(z.object({ ...activityImportSource, job: jobId.optional() })),
  /** Records every valid row in one transaction; what is already recorded is skipped and counted, so a file imports once. */
  'activity-import-commit': method<ActivityImportResult>()(z.object({ ...activityImportSource, job: jobId })),
  'activity-import-errors': method<FilePayload>()(z.object(activityImportSource)),
};
