import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { AppFailure } from '@shared/errors';
import { stripControls } from '@shared/schemas/common';
import { decodeText, parseCsv } from './csv';
import { sniff } from './sniff';
import { measureXlsx, type XlsxSize } from './xlsx-size';

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
 * Cells with a value that an .xlsx may hold: 50,000 people with 40 columns each. Parsed, a cell
 * costs a few hundred bytes, so this keeps an import's memory within about 400 MB.
 */
export const MAX_CELLS = 2_000_000;
/** Row elements, blank or not: a sheet formatted down to row 1,048,576 row by row would be as heavy as a full one. */
const MAX_ROW_ELEMENTS = 200_000;

const isBlankCell = (c: RawCell) => c === null || (typeof c === 'string' && c.trim() === '');
const hasData = (row: RawRow | undefined) => !!row && row.some((c) => !isBlankCell(c));

function cellValue(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    return r === undefined || (typeof r === 'object' && !(r instanceof Date)) ? null : r;
  }
  if ('hyperlink' in v) return v.text;
  // Error values (#N/A, #REF!) carry nothing to import.
  return null;
}

/** Blank rows after the last one holding data (a stray formatted row far below) are not rows. */
function trimTrailing(rows: RawRow[]): RawRow[] {
  let end = rows.length;
  while (end > 0 && !hasData(rows[end - 1])) end--;
  rows.length = end;
  return rows;
}

const tooBig = (s: XlsxSize) => s.dataRows > MAX_ROWS + 100 || s.cells > MAX_CELLS || s.rowElements > MAX_ROW_ELEMENTS;

async function readXlsx(bytes: Uint8Array): Promise<RawSheet[]> {
  // Decided from the sheets' XML, streamed, before the workbook is parsed whole.
  const size = await measureXlsx(bytes, tooBig);
  if (size.dataRows > MAX_ROWS + 100) tooMany();
  if (size.cells > MAX_CELLS) {
    throw new AppFailure('BAD_FILE', 'ไฟล์มีข้อมูลมากเกินกว่าที่โปรแกรมจะนำเข้าได้ในครั้งเดียว กรุณาแบ่งเป็นหลายไฟล์ หรือลบคอลัมน์ที่ไม่ใช้ออก');
  }
  if (size.rowElements > MAX_ROW_ELEMENTS) {
    throw new AppFailure('BAD_FILE', 'แผ่นงานมีแถวว่างที่จัดรูปแบบไว้จำนวนมากใต้ตาราง กรุณาเลือกแถวว่างใต้รายชื่อทั้งหมดใน Excel แล้วลบแถว (Delete) จากนั้นบันทึกและนำเข้าใหม่');
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppFailure('BAD_FILE', 'อ่านไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหาย กรุณาเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx');
  }
  const sheets: RawSheet[] = [];
  wb.eachSheet((ws) => {
    if (ws.state !== 'visible') return;
    const rows: RawRow[] = [];
    // Only the rows the sheet has: a styled cell on row 1,048,576 must not make a million empty ones.
    ws.eachRow((row, n) => {
      const values = row.values as ExcelJS.CellValue[];
      // row.values is 1-based: index 0 is always empty.
      rows[n - 1] = values.slice(1).map(cellValue);
    });
    trimTrailing(rows);
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.push({ name: ws.name, rows });
  });
  return sheets;
}

/** Excel serial day numbers count from 1899-12-30 (its 1900 leap-year bug included); read as UTC midnight. */
function serialDate(n: number): Date {
  return new Date(Math.round((n - 25569) * 86_400_000));
}

function xlsCell(cell: XLSX.CellObject | undefined): RawCell {
  if (!cell || cell.v === undefined || cell.t === 'e' || cell.t === 'z') return null;
  // Date cells are numbers with a date format; converted here in UTC, as exceljs gives them.
  if (cell.t === 'n' && cell.z !== undefined && XLSX.SSF.is_date(cell.z)) return serialDate(cell.v as number);
  if (cell.v instanceof Date) return new Date(Date.UTC(cell.v.getFullYear(), cell.v.getMonth(), cell.v.getDate()));
  return cell.v as string | number | boolean;
}

/**
 * Excel 97–2003 (.xls) through SheetJS: the same rows as an .xlsx gives, merged cells repeated
 * over their whole area (as exceljs does) and date cells as dates.
 */
function readXls(bytes: Uint8Array): RawSheet[] {
  let wb: XLSX.WorkBook;
  try {
    // Reading stops after the limit's rows, so a full sheet never fills memory.
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellDates: false, cellNF: true, sheetRows: MAX_ROWS + 102 });
  } catch {
    throw new AppFailure('BAD_FILE', 'อ่านไฟล์ Excel (.xls) ไม่ได้ ไฟล์อาจเสียหาย กรุณาเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx');
  }
  const sheets: RawSheet[] = [];
  wb.SheetNames.forEach((name, i) => {
    if (wb.Workbook?.Sheets?.[i]?.Hidden) return;
    const ws = wb.Sheets[name];
    const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
    const rows: RawRow[] = [];
    for (let r = 0; r < data.length; r++) {
      const src = data[r];
      rows[r] = src ? Array.from({ length: src.length }, (_, c) => xlsCell(src[c])) : [];
    }
    for (const m of ws['!merges'] ?? []) {
      const master = rows[m.s.r]?.[m.s.c] ?? null;
      for (let r = m.s.r; r <= m.e.r && r < rows.length; r++) {
        for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) (rows[r] ??= [])[c] = master;
      }
    }
    trimTrailing(rows);
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    sheets.push({ name, rows });
  });
  return sheets;
}

function tooMany(): never {
  throw new AppFailure('BAD_FILE', `ไฟล์มีข้อมูลเกิน ${MAX_ROWS.toLocaleString('en-US')} แถว กรุณาแบ่งเป็นหลายไฟล์`);
}

function readCsv(bytes: Uint8Array): RawSheet[] {
  // A NUL or other control character anywhere (some tools leave one near the start) is dropped.
  return [{ name: 'CSV', rows: trimTrailing(parseCsv(stripControls(decodeText(bytes)))) }];
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
