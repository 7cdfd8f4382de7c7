import type { FilePayload } from '@shared/api';
import type { ImportColumn } from '@shared/api/spreadsheets';
import { formatThaiDateNumeric, toIso } from '@shared/thai/dates';
import type { CoreContext } from '../../context';
import type { Job } from '../../events';
import { readSetting, writeSetting } from '../../settings/store';
import { PrintWorkbook } from '../writer';
import { applyMapping, detectHeader, rememberable, unmappedColumns, type FieldDef } from './headers';
import { readTable, type RawCell, type RawRow } from './table';

/*
 * The steps every import wizard shares (volunteers, activities): read the file, find the header,
 * map the columns (remembered per kind of import), walk the data rows skipping blank and totals
 * rows while the cancel button is heard, and write the rows with errors back as a workbook.
 */

/** Rows checked between two looks at the cancel button and progress bar. */
export const CHUNK = 500;

/** The sheet as found: where its header is, what each column fills, and the rows under it. */
export interface ImportSheet {
  fileName: string;
  sheetName: string;
  /** Row number of the header as Excel shows it. */
  headerRow: number;
  headers: string[];
  columns: ImportColumn[];
  unmapped: string[];
  raw: RawRow[];
}

function readRemembered(ctx: CoreContext, key: string): Record<string, string | null> {
  return (readSetting(ctx.db, key) as Record<string, string | null> | undefined) ?? {};
}

/** Remembers the clerk's mapping (header text → field) for the next file of this kind; call inside the commit's transaction. */
export function saveMapping(ctx: CoreContext, key: string, columns: ImportColumn[]): void {
  writeSetting(ctx.db, key, { ...readRemembered(ctx, key), ...rememberable(columns) });
}

/** Reads the file and maps its header: the clerk's corrections, else what was remembered under `key`, else the fields' names. */
export async function readImportSheet(
  ctx: CoreContext,
  file: FilePayload,
  fields: FieldDef[],
  key: string,
  mapping: Record<string, string | null> | undefined,
  job?: Job,
): Promise<ImportSheet> {
  job?.progress(0, 1, 'กำลังอ่านไฟล์');
  const sheets = await readTable(file.bytes);
  job?.throwIfCancelled();
  const detected = detectHeader(sheets, fields, readRemembered(ctx, key));
  const columns = applyMapping(detected.columns, mapping, fields);
  return {
    fileName: file.name,
    sheetName: detected.sheet.name,
    headerRow: detected.headerRow + 1,
    headers: columns.map((c) => c.header),
    columns,
    unmapped: unmappedColumns(columns),
    raw: detected.sheet.rows.slice(detected.headerRow + 1),
  };
}

const isBlank = (row: RawRow) => row.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** Words that open a totals row: `รวมทั้งสิ้น 47 คน`, `ทั้งหมด`, `Total`; a name such as `รวมพล` is not one. */
const SUMMARY = /^(รวมทั้งสิ้น|รวมทั้งหมด|รวม|ทั้งหมด|ยอดรวม|สรุป|grand total|sub-?total|total|sum)(?=$|[\s\d:.=(])/i;
const THIRTEEN_DIGITS = /\d{13}/;

/**
 * A totals row at the end of the list or between blocks: its first filled cells say รวม/ทั้งหมด/
 * Total and it holds no 13-digit ID. Skipped and counted, never reported as a person with errors.
 */
function isSummaryRow(row: RawRow, idColumn: number | undefined): boolean {
  const id = idColumn === undefined ? null : row[idColumn];
  if (id !== null && id !== undefined && THIRTEEN_DIGITS.test(String(id).replace(/[\s-]/g, ''))) return false;
  let looked = 0;
  for (const c of row) {
    if (c === null || (typeof c === 'string' && !c.trim())) continue;
    if (typeof c === 'string' && SUMMARY.test(c.trim())) return true;
    if (++looked >= 3) return false;
  }
  return false;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Stands in for a row's cells once its check has let them go. */
const RELEASED: RawRow = Object.freeze([]) as unknown as RawRow;

/**
 * Calls `check` for each data row with its number as Excel shows it, leaving out blank rows and
 * totals rows (counted and returned). Yields between chunks so a cancel request is heard. A check
 * that returns `false` is done with the row's cells, which are let go at once: a 48,000-person
 * sheet is then not held beside what was made of it (the error workbook needs only its bad rows).
 */
export async function eachDataRow(
  sheet: ImportSheet,
  idColumn: number | undefined,
  job: Job | undefined,
  check: (cells: RawRow, rowNo: number) => boolean | void,
): Promise<number> {
  const { raw } = sheet;
  let summaryRows = 0;
  for (let i = 0; i < raw.length; i++) {
    if (i % CHUNK === 0) {
      job?.progress(i, raw.length, 'กำลังตรวจสอบข้อมูล');
      await yieldToEventLoop();
      job?.throwIfCancelled();
    }
    if (isBlank(raw[i])) continue;
    if (isSummaryRow(raw[i], idColumn)) {
      summaryRows++;
      continue;
    }
    if (check(raw[i], sheet.headerRow + 1 + i) === false) raw[i] = RELEASED;
  }
  job?.progress(raw.length, raw.length, 'ตรวจสอบเสร็จแล้ว');
  return summaryRows;
}

/** Date cells become B.E. text the importer reads back, so a fixed file imports unchanged. */
function plain(cell: RawCell): string | number | null {
  if (cell === null || typeof cell === 'number' || typeof cell === 'string') return cell;
  if (cell instanceof Date) return formatThaiDateNumeric(toIso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()));
  return String(cell);
}

/** The rows that will not import, with their original cells and what is wrong, to fix in Excel and import again. */
export async function errorRowsWorkbook(sheet: ImportSheet, bad: { row: number; errors: string[] }[], fallbackName: string): Promise<FilePayload> {
  const wb = new PrintWorkbook();
  const firstRow = sheet.headerRow + 1;
  const out = wb.sheet<{ row: number; errors: string[] }>({
    name: 'แถวที่ต้องแก้ไข',
    orientation: 'landscape',
    columns: [
      { header: 'ข้อผิดพลาด', width: 50, value: (r) => r.errors.join('\n') },
      { header: 'แถวในไฟล์เดิม', width: 10, kind: 'int', value: (r) => r.row },
      ...sheet.headers.map((h, i) => ({ header: h, width: Math.min(40, Math.max(10, h.length + 4)), value: (r: { row: number }) => plain(sheet.raw[r.row - firstRow][i] ?? null) })),
    ],
  });
  for (const r of bad) out.add(r);
  await out.commit();
  const base = sheet.fileName.replace(/\.[^.]+$/, '') || fallbackName;
  return { name: `${base}-แถวที่ต้องแก้ไข.xlsx`, bytes: await wb.finish() };
}
