import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable, type RawCell, type RawRow } from '../../electron/core/spreadsheets/import/table';
import { measureXls } from '../../electron/core/spreadsheets/import/xls-size';
import { workbookStream } from '../../electron/core/spreadsheets/import/xls-read';
import { tempDir } from '../helpers/core';
import { byLibreOffice, englishPartsWithStrayRow, messyOfficeList } from '../helpers/import-corpus';
import { readXlsx, sofficeAvailable } from '../helpers/spreadsheet-fixtures';

/**
 * The streaming .xlsx reader gives the rows exceljs's full read gives (the reader the import used
 * before): shared and inline strings, rich text, formulas' results, booleans, dates by built-in
 * and custom formats, merged cells over their area, hidden sheets left out, XML escapes.
 */

function reference(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    return r === undefined || (typeof r === 'object' && !(r instanceof Date)) ? null : r;
  }
  if ('hyperlink' in v) return v.text;
  return null;
}

/** Rows without trailing blanks, blanks as null: how two readers' rows are compared. */
const tidy = (rows: RawRow[]) =>
  rows.map((r) => {
    const out = Array.from(r ?? [], (c) => c ?? null);
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });

async function byExcelJs(bytes: Uint8Array): Promise<{ name: string; rows: RawRow[] }[]> {
  const wb = await readXlsx(bytes);
  const sheets: { name: string; rows: RawRow[] }[] = [];
  wb.eachSheet((ws) => {
    if (ws.state !== 'visible') return;
    const rows: RawRow[] = [];
    ws.eachRow((row, n) => {
      rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(reference);
    });
    while (rows.length && !(rows[rows.length - 1] ?? []).some((c) => c !== null && c !== '')) rows.length--;
    sheets.push({ name: ws.name, rows: tidy(Array.from(rows, (r) => r ?? [])) });
  });
  return sheets;
}

async function everyKind(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ทุกชนิด');
  ws.addRow(['หัวเรื่อง <ทะเบียน> & "อาสา" \'ปี\'']);
  ws.mergeCells('A1:D1');
  ws.addRow(['ข้อความ', { richText: [{ text: 'ตัว', font: { bold: true } }, { text: 'หนา' }] }, 42, 3.5, true, false]);
  ws.addRow([{ formula: '1+2', result: 3 }, { formula: '"ก"&"ข"', result: 'กข' }, new Date(Date.UTC(2024, 1, 29)), { text: 'ลิงก์', hyperlink: 'https://example.com' }, '  ช่องว่าง  ', 'บรรทัด\r\nใหม่']);
  const dates = ws.addRow([new Date(Date.UTC(1980, 2, 13)), 45000, 45000, 0.5]);
  dates.getCell(1).numFmt = 'd mmm yyyy';
  dates.getCell(2).numFmt = 'dd/mm/yyyy';
  dates.getCell(3).numFmt = '#,##0.00';
  ws.addRow(['อำเภอ', 'ตำบล']);
  ws.addRow([null, 'ตำบลที่สอง']);
  ws.mergeCells('A5:A6');
  ws.addRow([]);
  ws.addRow(['หลังแถวว่าง', null, null, null, null, null, null, null, null, null, 'คอลัมน์ K']);
  const hidden = wb.addWorksheet('ซ่อน');
  hidden.addRow(['ไม่ควรเห็น']);
  hidden.state = 'hidden';
  const second = wb.addWorksheet('แผ่นที่สอง');
  second.addRow(['ลำดับ', 'ชื่อ']);
  second.addRow([1, 'สมชาย']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('streaming .xlsx reader', () => {
  it('gives what exceljs reads whole, for every kind of cell, merges and sheets', async () => {
    const bytes = await everyKind();
    const ours = await readTable(bytes);
    expect(ours.map((s) => ({ name: s.name, rows: tidy(s.rows) }))).toEqual(await byExcelJs(bytes));
    // Spelled out, so a shared mistake in both readers would still show.
    const [first] = ours;
    expect(tidy(first.rows)[0]).toEqual(Array(4).fill('หัวเรื่อง <ทะเบียน> & "อาสา" \'ปี\''));
    expect(tidy(first.rows)[1]).toEqual(['ข้อความ', 'ตัวหนา', 42, 3.5, true, false]);
    expect(tidy(first.rows)[2]).toEqual([3, 'กข', new Date(Date.UTC(2024, 1, 29)), 'ลิงก์', '  ช่องว่าง  ', 'บรรทัด\nใหม่']);
    expect(tidy(first.rows)[3]).toEqual([new Date(Date.UTC(1980, 2, 13)), new Date(Date.UTC(2023, 2, 15)), 45000, 0.5]);
    expect(tidy(first.rows).slice(4)).toEqual([['อำเภอ', 'ตำบล'], ['อำเภอ', 'ตำบลที่สอง'], [], ['หลังแถวว่าง', ...Array(9).fill(null), 'คอลัมน์ K']]);
    expect(ours.map((s) => s.name)).toEqual(['ทุกชนิด', 'แผ่นที่สอง']);
  });

  it('reads the corpus lists as exceljs does, and leaves out a formatted empty row 1,048,576', async () => {
    for (const bytes of [await messyOfficeList(), await englishPartsWithStrayRow()]) {
      const ours = await readTable(bytes);
      expect(ours.map((s) => ({ name: s.name, rows: tidy(s.rows) }))).toEqual(await byExcelJs(bytes));
    }
  });

  it.skipIf(!sofficeAvailable())('reads workbooks LibreOffice saved (its zip order, styles, shared strings, booleans as formulas) to the same rows (needs soffice)', async () => {
    const messy = byLibreOffice(await messyOfficeList(), tempDir(), 'xlsx');
    expect((await readTable(messy)).map((s) => ({ name: s.name, rows: tidy(s.rows) }))).toEqual(await byExcelJs(messy));
    // exceljs reads LibreOffice's FALSE() as a formula without a result; the values are the same as in the file exceljs wrote.
    const made = await everyKind();
    const saved = byLibreOffice(made, tempDir(), 'xlsx');
    expect((await readTable(saved)).map((s) => tidy(s.rows))).toEqual((await readTable(made)).map((s) => tidy(s.rows)));
  }, 240_000);
});

/** An .xlsx written row by row to a temp file (a plain workbook of this size would be slow to build). */
async function streamed(rows: number, row: (i: number) => ExcelJS.CellValue[], style?: (r: ExcelJS.Row) => void): Promise<Uint8Array> {
  const file = path.join(tempDir(), 'big.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: !!style });
  const ws = wb.addWorksheet('รายชื่อ');
  for (let i = 0; i < rows; i++) {
    const r = ws.addRow(row(i));
    style?.(r);
    r.commit();
  }
  await ws.commit();
  await wb.commit();
  return new Uint8Array(fs.readFileSync(file));
}

const person = (i: number) => (i === 0 ? ['ลำดับ', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน'] : [i, 'สมชาย', 'ใจดี', String(1_100_000_000_000 + i)]);
const TOO_MANY = 'ไฟล์มีข้อมูลเกิน 50,000 แถว กรุณาแบ่งเป็นหลายไฟล์';

describe('files too big to import are refused from what they hold, while reading', () => {
  it('counts rows holding data: 50,100 rows (header, people, a totals row) and 150,000 blank lines are read; one row more is refused, in .xlsx and CSV', async () => {
    expect((await readTable(await streamed(50_100, person)))[0].rows).toHaveLength(50_100);
    await expect(readTable(await streamed(50_101, person))).rejects.toThrow(TOO_MANY);
    const csv = (rows: number, blanks: number) =>
      new TextEncoder().encode(Array.from({ length: rows }, (_, i) => person(i).join(',')).join('\n') + '\n'.repeat(blanks) + (blanks ? 'ท้าย,,,\n' : ''));
    expect((await readTable(csv(50_099, 150_000)))[0].rows.filter((r) => r.some((c) => c !== null))).toHaveLength(50_100);
    await expect(readTable(csv(50_101, 0))).rejects.toThrow(TOO_MANY);
  }, 120_000);

  it('counts an .xls sheet\'s rows from its records before a row is made: 50,100 rows are read, one more is refused; hidden sheets do not count', async () => {
    // One number a row keeps SheetJS's writer quick; the count is of rows, whatever they hold.
    const numbers = (rows: number) => XLSX.utils.aoa_to_sheet(Array.from({ length: rows }, (_, i) => [i + 1]));
    const xls = (rows: number, hiddenRows = 0) => {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, numbers(rows), 'รายชื่อ');
      if (hiddenRows) {
        XLSX.utils.book_append_sheet(wb, numbers(hiddenRows), 'ซ่อน');
        wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
      }
      return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    };
    const fits = xls(50_100);
    expect(measureXls(workbookStream(fits)!)).toEqual({ dataRows: 50_100, cells: 50_100 });
    expect((await readTable(fits))[0].rows).toHaveLength(50_100);
    const over = xls(50_101);
    expect(measureXls(workbookStream(over)!).dataRows).toBe(50_101);
    await expect(readTable(over)).rejects.toThrow(TOO_MANY);
    // A hidden sheet is not imported, so its rows neither count nor refuse the file.
    const withHidden = xls(3, 50_101);
    expect(measureXls(workbookStream(withHidden)!)).toEqual({ dataRows: 3, cells: 3 });
    expect((await readTable(withHidden)).map((s) => [s.name, s.rows.length])).toEqual([['รายชื่อ', 3]]);
  }, 300_000);

  it('refuses a sheet formatted row by row far below its list, saying how to delete those rows', async () => {
    // A row given a height is kept by Excel even when empty, as formatting does.
    const bytes = await streamed(210_000, (i) => (i < 21 ? person(i) : []), (r) => {
      if (r.number > 21) r.height = 20;
    });
    await expect(readTable(bytes)).rejects.toThrow(/แถวว่างที่จัดรูปแบบไว้จำนวนมาก.*ลบแถว/);
  }, 300_000);
});
