import type { FilePayload } from '@shared/api';
import { rowLabel, type ImportColumn, type ImportRowRef, type ImportSheetSummary } from '@shared/api/spreadsheets';
import { AppFailure } from '@shared/errors';
import { formatThaiDateNumeric, toIso } from '@shared/thai/dates';
import type { CoreContext } from '../../context';
import type { Job } from '../../events';
import { readSetting, writeSetting } from '../../settings/store';
import { PrintWorkbook } from '../writer';
import { detectTables, isNumbering, rememberable, unmappedColumns, type FieldDef, type SheetFinding } from './headers';
import { MAX_ROWS, readTable, type RawCell, type RawRow } from './table';

/*
 * The steps every import wizard shares (volunteers, activities): read the file, find the header
 * (and every other sheet with the same one: a sheet per district), map the columns (remembered
 * per kind of import), walk the data rows skipping blank and totals rows while the cancel button
 * is heard, and write the rows with errors back as a workbook.
 */

/** Rows checked between two looks at the cancel button and progress bar. */
export const CHUNK = 500;

/** One sheet whose rows are read: a district's list under the same header as the main one. */
export interface ImportPart {
  sheetName: string;
  /** Row number of its header as Excel shows it. */
  headerRow: number;
  /** For each column of the main table, this sheet's column holding it (-1: none); null when its columns are the main table's. */
  columnOf: number[] | null;
  raw: RawRow[];
  /** Its own columns of a running number (ลำดับ, ที่): a row with nothing else is an empty line of a form numbered ahead. */
  numbering: number[];
  /** Data rows read from it so far (blank and totals rows aside). */
  rows: number;
}

/** The file as found: the main table's header and mapping, and the sheets whose rows are read with it. */
export interface ImportSheet {
  fileName: string;
  /** The main table's sheet: its header is the one the mapping shows. */
  sheetName: string;
  /** Row number of the header as Excel shows it. */
  headerRow: number;
  headers: string[];
  columns: ImportColumn[];
  unmapped: string[];
  parts: ImportPart[];
  /** Every sheet of the workbook, in its order, and what became of it. */
  findings: { name: string; headerRow: number | null; unticked: boolean; reason: string | null; size: number; blank: string[] }[];
  /** The rows above the main table's header: its sheet's title lines. */
  above: RawRow[];
  /** Why the rows cannot be checked as chosen (the sheets together pass the row limit), in Thai; null when they can. */
  problem: string | null;
}

function readRemembered(ctx: CoreContext, key: string): Record<string, string | null> {
  return (readSetting(ctx.db, key) as Record<string, string | null> | undefined) ?? {};
}

/** Remembers the clerk's mapping (header text → field) for the next file of this kind; call inside the commit's transaction. */
export function saveMapping(ctx: CoreContext, key: string, columns: ImportColumn[]): void {
  writeSetting(ctx.db, key, { ...readRemembered(ctx, key), ...rememberable(columns) });
}

const isBlankCell = (c: RawCell) => c === null || (typeof c === 'string' && c.trim() === '');
const isBlank = (row: RawRow) => row.every(isBlankCell);
const RUNNING_NUMBER = /^[\d๐-๙]+\.?$/;
/** Nothing but its running number (a totals line in that column is something else): a line of a form numbered ahead that no one filled. */
const isNumberOnly = (row: RawRow, numbering: number[]) =>
  numbering.length > 0 && row.every((c, i) => isBlankCell(c) || (numbering.includes(i) && (typeof c === 'number' || RUNNING_NUMBER.test(String(c).trim()))));

const dataRows = (rows: RawRow[], numbering: number[]) => rows.reduce((n, r) => (isBlank(r) || isNumberOnly(r, numbering) ? n : n + 1), 0);
const numberingOf = (t: NonNullable<SheetFinding['table']>) => t.columns.flatMap((c) => (isNumbering(c) ? [c.index] : []));
const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * The sheets chosen pass the row limit together: which to leave out (the biggest after the first,
 * until the rest fit: the fewest sheets) said in Thai, in the workbook's order, so the clerk
 * unticks them and imports them another time.
 */
function tooManyChosen(parts: { name: string; size: number }[]): string {
  const total = parts.reduce((n, p) => n + p.size, 0);
  const out = new Set<(typeof parts)[number]>();
  let left = total;
  for (const p of parts.slice(1).sort((a, b) => b.size - a.size)) {
    if (left <= MAX_ROWS) break;
    out.add(p);
    left -= p.size;
  }
  const leave = parts.filter((p) => out.has(p));
  return `แผ่นงานที่เลือกไว้รวมกันมีข้อมูล ${fmt(total)} แถว เกินที่นำเข้าได้ครั้งละ ${fmt(MAX_ROWS)} แถว กรุณาเอาเครื่องหมายออกจากแผ่นงาน ${leave.map((p) => `'${p.name}' (${fmt(p.size)} แถว)`).join(', ')} แล้วกด "ตรวจสอบข้อมูล" อีกครั้ง แผ่นงานที่เอาออกนำเข้าได้ในครั้งถัดไป`;
}

/** The sheet's part of the import, or null when it is left out (no matching header, or unticked). */
function partOf(f: SheetFinding, unticked: boolean): ImportPart | null {
  if (!f.table || unticked) return null;
  return { sheetName: f.sheet.name, headerRow: f.table.headerRow + 1, columnOf: f.columnOf, raw: f.sheet.rows.slice(f.table.headerRow + 1), numbering: numberingOf(f.table), rows: 0 };
}

/**
 * Reads the file and maps its header: the clerk's corrections, else what was remembered under `key`,
 * else the fields' names. Every sheet with the same header is read too, but for those in `skipSheets`.
 */
export async function readImportSheet(
  ctx: CoreContext,
  file: FilePayload,
  fields: FieldDef[],
  key: string,
  { mapping, skipSheets }: { mapping: Record<string, string | null> | undefined; skipSheets: string[] },
  job?: Job,
): Promise<ImportSheet> {
  job?.progress(0, 1, 'กำลังอ่านไฟล์');
  const sheets = await readTable(file.bytes);
  job?.throwIfCancelled();
  const { main, sheets: found } = detectTables(sheets, fields, readRemembered(ctx, key), mapping);
  const { columns } = main;
  const skip = new Set(skipSheets);
  const parts = found.flatMap((f) => partOf(f, skip.has(f.sheet.name)) ?? []);
  if (parts.length === 0) throw new AppFailure('VALIDATION', 'ไม่ได้เลือกแผ่นงานใดไว้ กรุณาเลือกอย่างน้อยหนึ่งแผ่นงาน', { skipSheets: 'ไม่ได้เลือกแผ่นงาน' });
  const sizes = new Map(found.map((f) => [f.sheet.name, f.table ? dataRows(f.sheet.rows.slice(f.table.headerRow + 1), numberingOf(f.table)) : 0]));
  // Each sheet is within the limit (the reader saw to it); the sheets read together must be too, or
  // a preview would pass its memory. Over it, no row is checked and the clerk chooses fewer sheets.
  const chosen = parts.map((p) => ({ name: p.sheetName, size: sizes.get(p.sheetName)! }));
  const problem = chosen.reduce((n, p) => n + p.size, 0) > MAX_ROWS + 100 ? tooManyChosen(chosen) : null;
  const joined = found.filter((f) => f.columnOf && parts.some((p) => p.sheetName === f.sheet.name));
  return {
    fileName: file.name,
    sheetName: main.sheet.name,
    headerRow: main.headerRow + 1,
    headers: columns.map((c) => c.header),
    columns,
    unmapped: [...unmappedColumns(columns), ...joined.flatMap((f) => f.unmapped.map((h) => `${h} (แผ่นงาน '${f.sheet.name}')`))],
    parts,
    findings: found.map((f) => ({
      name: f.sheet.name, headerRow: f.table ? f.table.headerRow + 1 : null, unticked: !!f.table && skip.has(f.sheet.name), reason: f.reason,
      size: sizes.get(f.sheet.name)!, blank: f.blank,
    })),
    above: main.sheet.rows.slice(0, main.headerRow),
    problem,
  };
}

/** The sheets to read with their cells let go: a mapping no row can be checked with still shows which sheets would be read. */
export const withoutRows = (sheet: ImportSheet): ImportPart[] => sheet.parts.map((p) => ({ ...p, raw: [] }));

/** What became of each sheet, with the rows read from those imported. */
export function sheetSummaries(sheet: ImportSheet): ImportSheetSummary[] {
  return sheet.findings.map((f) => {
    const part = sheet.parts.find((p) => p.sheetName === f.name);
    return { name: f.name, status: part ? 'imported' : f.unticked ? 'unticked' : 'left-out', headerRow: f.headerRow, rows: part?.rows ?? 0, size: f.size, blank: f.blank, reason: f.reason };
  });
}

/** How rows of this import are named in messages: with their sheet when several sheets are read. */
export function rowNamer(sheet: ImportSheet): (ref: ImportRowRef) => string {
  const many = sheet.parts.length > 1;
  return (ref) => rowLabel(ref, many);
}

/** A key for a row of the file, for maps and sets. */
export const rowKey = (ref: ImportRowRef) => `${ref.sheet}\n${ref.row}`;

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

/** A row's cells in the main table's column order. */
const inMainOrder = (cells: RawRow, columnOf: number[]): RawRow => columnOf.map((c) => (c < 0 ? null : (cells[c] ?? null)));

/**
 * Calls `check` for each data row of every sheet read, with its cells in the main table's column
 * order, its sheet and its number as Excel shows it, leaving out blank rows and totals rows
 * (counted and returned). Yields between chunks so a cancel request is heard. A check that
 * returns `false` is done with the row's cells, which are let go at once: a 48,000-person sheet is
 * then not held beside what was made of it (the error workbook needs only its bad rows).
 */
export async function eachDataRow(
  sheet: ImportSheet,
  idColumn: number | undefined,
  job: Job | undefined,
  check: (cells: RawRow, at: ImportRowRef) => boolean | void,
): Promise<number> {
  const total = sheet.parts.reduce((n, p) => n + p.raw.length, 0);
  let done = 0;
  let summaryRows = 0;
  for (const part of sheet.parts) {
    const { raw, columnOf } = part;
    const id = idColumn === undefined || !columnOf ? idColumn : columnOf[idColumn];
    for (let i = 0; i < raw.length; i++, done++) {
      if (done % CHUNK === 0) {
        job?.progress(done, total, 'กำลังตรวจสอบข้อมูล');
        await yieldToEventLoop();
        job?.throwIfCancelled();
      }
      if (isBlank(raw[i]) || isNumberOnly(raw[i], part.numbering)) continue;
      if (isSummaryRow(raw[i], id === -1 ? undefined : id)) {
        summaryRows++;
        continue;
      }
      part.rows++;
      if (check(columnOf ? inMainOrder(raw[i], columnOf) : raw[i], { sheet: part.sheetName, row: part.headerRow + 1 + i }) === false) raw[i] = RELEASED;
    }
  }
  job?.progress(total, total, 'ตรวจสอบเสร็จแล้ว');
  return summaryRows;
}

/** Date cells become B.E. text the importer reads back, so a fixed file imports unchanged. */
function plain(cell: RawCell): string | number | null {
  if (cell === null || typeof cell === 'number' || typeof cell === 'string') return cell;
  if (cell instanceof Date) return formatThaiDateNumeric(toIso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()));
  return String(cell);
}

type BadRow = ImportRowRef & { errors: string[] };

/** The rows that will not import, with their original cells (in the main table's column order) and what is wrong, to fix in Excel and import again. */
export async function errorRowsWorkbook(sheet: ImportSheet, bad: BadRow[], fallbackName: string): Promise<FilePayload> {
  const parts = new Map(sheet.parts.map((p) => [p.sheetName, p]));
  const cellsOf = (r: BadRow): RawRow => {
    const part = parts.get(r.sheet)!;
    const cells = part.raw[r.row - part.headerRow - 1];
    return part.columnOf ? inMainOrder(cells, part.columnOf) : cells;
  };
  const wb = new PrintWorkbook();
  const out = wb.sheet<BadRow & { cells: RawRow }>({
    name: 'แถวที่ต้องแก้ไข',
    orientation: 'landscape',
    columns: [
      { header: 'ข้อผิดพลาด', width: 50, value: (r) => r.errors.join('\n') },
      // Row numbers repeat from sheet to sheet: the sheet says which row is meant.
      ...(parts.size > 1 ? [{ header: 'แผ่นงาน', width: 14, value: (r: BadRow) => r.sheet }] : []),
      { header: 'แถวในไฟล์เดิม', width: 10, kind: 'int', value: (r) => r.row },
      ...sheet.headers.map((h, i) => ({ header: h, width: Math.min(40, Math.max(10, h.length + 4)), value: (r: { cells: RawRow }) => plain(r.cells[i] ?? null) })),
    ],
  });
  for (const r of bad) out.add({ ...r, cells: cellsOf(r) });
  await out.commit();
  const base = sheet.fileName.replace(/\.[^.]+$/, '') || fallbackName;
  return { name: `${base}-แถวที่ต้องแก้ไข.xlsx`, bytes: await wb.finish() };
}
