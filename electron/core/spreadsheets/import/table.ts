import * as XLSX from '@e965/xlsx';
import { AppFailure } from '@shared/errors';
import { stripControls } from '@shared/schemas/common';
import { decodeText, parseCsv } from './csv';
import { sniff } from './sniff';
import { readBiff8, workbookStream } from './xls-read';
import { measureXls } from './xls-size';
import { applyMerges, readXlsxRows, serialDate, XlsxTooBig, type Merge, type XlsxLimits } from './xlsx-read';

/** A cell as read, before any field's rules apply. Dates come from real date cells only. */
export type RawCell = string | number | boolean | Date | null;
export type RawRow = RawCell[];

export interface RawSheet {
  name: string;
  rows: RawRow[];
}

/** More rows than any province's register; beyond this the file is surely something else. */
export const MAX_ROWS = 50_000;
/**
 * Cells with a value that an .xlsx may hold: 50,000 people with 40 columns each, which keeps an
 * import's memory within 400 MB.
 */
export const MAX_CELLS = 2_000_000;
/** Row elements, blank or not: a sheet formatted down to row 1,048,576 row by row would be as heavy as a full one. */
const MAX_ROW_ELEMENTS = 200_000;

const isBlankCell = (c: RawCell) => c === null || (typeof c === 'string' && c.trim() === '');
const hasData = (row: RawRow | undefined) => !!row && row.some((c) => !isBlankCell(c));

/** Blank rows after the last one holding data (a stray formatted row far below) are not rows. */
function trimTrailing(rows: RawRow[]): RawRow[] {
  let end = rows.length;
  while (end > 0 && !hasData(rows[end - 1])) end--;
  rows.length = end;
  return rows;
}

const LIMITS: XlsxLimits = { dataRows: MAX_ROWS + 100, rowElements: MAX_ROW_ELEMENTS, cells: MAX_CELLS };

async function readXlsx(bytes: Uint8Array): Promise<RawSheet[]> {
  try {
    // Streamed, and stopped as soon as a limit is passed: a too-big file is never read whole.
    const sheets = await readXlsxRows(bytes, LIMITS);
    for (const s of sheets) {
      trimTrailing(s.rows);
      for (let i = 0; i < s.rows.length; i++) s.rows[i] ??= [];
    }
    return sheets;
  } catch (err) {
    if (!(err instanceof XlsxTooBig)) throw err;
    if (err.limit === 'dataRows') tooMany();
    if (err.limit === 'cells') tooMuchData();
    throw new AppFailure('BAD_FILE', 'แผ่นงานมีแถวว่างที่จัดรูปแบบไว้จำนวนมากใต้ตาราง กรุณาเลือกแถวว่างใต้รายชื่อทั้งหมดใน Excel แล้วลบแถว (Delete) จากนั้นบันทึกและนำเข้าใหม่');
  }
}

/** A sheet's rows as every reader gives them: merged cells repeated over their whole area (as exceljs does), no trailing blank rows, no holes. */
function finishSheet(name: string, rows: RawRow[], merges: Merge[]): RawSheet {
  applyMerges(rows, merges);
  trimTrailing(rows);
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name, rows };
}

const xlsDamaged = () => new AppFailure('BAD_FILE', 'อ่านไฟล์ Excel (.xls) ไม่ได้ ไฟล์อาจเสียหาย กรุณาเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx');

/**
 * Excel 97–2003 (.xls): sized from its records first, then read record by record (xls-read.ts).
 * SheetJS reads only what that reader leaves (Excel 5/95 and older workbooks, encrypted ones): an
 * object per cell, which those small old files can afford.
 */
function readXls(bytes: Uint8Array): RawSheet[] {
  let stream: Uint8Array | null;
  let sheets: ReturnType<typeof readBiff8> = null;
  try {
    stream = workbookStream(bytes);
    if (stream) {
      // Decided from the records, before a row is made.
      const size = measureXls(stream);
      if (size.dataRows > LIMITS.dataRows) tooMany();
      if (size.cells > LIMITS.cells) tooMuchData();
      sheets = readBiff8(stream);
    }
  } catch (err) {
    if (err instanceof AppFailure) throw err;
    throw xlsDamaged();
  }
  if (sheets) return sheets.filter((s) => s.visible).map((s) => finishSheet(s.name, s.rows, s.merges));
  return readXlsBySheetJs(bytes);
}

function xlsCell(cell: XLSX.CellObject | undefined, date1904: boolean): RawCell {
  if (!cell || cell.v === undefined || cell.t === 'e' || cell.t === 'z') return null;
  // Date cells are numbers with a date format; converted here in UTC, as exceljs gives them.
  if (cell.t === 'n' && cell.z !== undefined && XLSX.SSF.is_date(cell.z)) return serialDate(cell.v as number, date1904);
  if (cell.v instanceof Date) return new Date(Date.UTC(cell.v.getFullYear(), cell.v.getMonth(), cell.v.getDate()));
  return cell.v as string | number | boolean;
}

/** An .xls read by SheetJS, visible sheets only; also what the record reader is tested against. */
export function readXlsBySheetJs(bytes: Uint8Array): RawSheet[] {
  let wb: XLSX.WorkBook;
  try {
    // No display text (`cellText`) or HTML per cell: only values and number formats are used.
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellDates: false, cellNF: true, cellText: false, cellHTML: false, sheetRows: MAX_ROWS + 102 });
  } catch {
    throw xlsDamaged();
  }
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const sheets: RawSheet[] = [];
  wb.SheetNames.forEach((name, i) => {
    if (wb.Workbook?.Sheets?.[i]?.Hidden) return;
    const ws = wb.Sheets[name];
    const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
    const rows: RawRow[] = [];
    for (let r = 0; r < data.length; r++) {
      const src = data[r];
      rows[r] = src ? Array.from({ length: src.length }, (_, c) => xlsCell(src[c], date1904)) : [];
    }
    sheets.push(finishSheet(name, rows, (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }))));
  });
  return sheets;
}

function tooMuchData(): never {
  throw new AppFailure('BAD_FILE', 'ไฟล์มีข้อมูลมากเกินกว่าที่โปรแกรมจะนำเข้าได้ในครั้งเดียว กรุณาแบ่งเป็นหลายไฟล์ หรือลบคอลัมน์ที่ไม่ใช้ออก');
}

function tooMany(): never {
  throw new AppFailure('BAD_FILE', `ไฟล์มีข้อมูลเกิน ${MAX_ROWS.toLocaleString('en-US')} แถว กรุณาแบ่งเป็นหลายไฟล์`);
}

function readCsv(bytes: Uint8Array): RawSheet[] {
  // A NUL or other control character anywhere (some tools leave one near the start) is dropped.
  return [{ name: 'CSV', rows: trimTrailing(parseCsv(stripControls(decodeText(bytes)), { maxDataRows: MAX_ROWS + 100, tooMany })) }];
}

/** Every visible sheet of an .xlsx or .xls, or the one table of a CSV. Throws BAD_FILE in Thai. */
export async function readTable(bytes: Uint8Array): Promise<RawSheet[]> {
  const kind = sniff(bytes);
  const sheets = kind === 'xlsx' ? await readXlsx(bytes) : kind === 'xls' ? readXls(bytes) : readCsv(bytes);
  // Counted over rows that hold data: blank rows in between are not people either.
  if (sheets.some((s) => s.rows.reduce((n, r) => (hasData(r) ? n + 1 : n), 0) > MAX_ROWS + 100)) tooMany();
  if (!sheets.some((s) => s.rows.some(hasData))) throw new AppFailure('BAD_FILE', 'ไฟล์ไม่มีข้อมูล (ทุกแผ่นงานว่างเปล่า)');
  return sheets;
}
