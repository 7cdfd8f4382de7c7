import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable, readXlsBySheetJs, type RawSheet } from '../../electron/core/spreadsheets/import/table';
import { tempDir } from '../helpers/core';
import { byLibreOffice, messyOfficeList } from '../helpers/import-corpus';
import { sofficeAvailable } from '../helpers/spreadsheet-fixtures';

/**
 * The record-by-record .xls reader against SheetJS's full read of the same files, cell by cell:
 * workbooks saved by LibreOffice (shared strings split over CONTINUE records, RK and MULRK
 * numbers, formulas' cached values, merged cells, dates in built-in, custom and Thai formats,
 * hidden and empty sheets) and by SheetJS itself (inline LABEL strings).
 */

/** Every cell where the two reads differ, as `sheet!R1C1: ours ≠ theirs`; trailing blanks of a row are no difference. */
function differences(ours: RawSheet[], theirs: RawSheet[]): string[] {
  const out: string[] = [];
  if (JSON.stringify(ours.map((s) => s.name)) !== JSON.stringify(theirs.map((s) => s.name))) out.push(`sheets: ${ours.map((s) => s.name)} ≠ ${theirs.map((s) => s.name)}`);
  ours.forEach((sheet, i) => {
    const other = theirs[i]?.rows ?? [];
    for (let r = 0; r < Math.max(sheet.rows.length, other.length); r++) {
      const a = sheet.rows[r] ?? [];
      const b = other[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++) {
        const x = a[c] ?? null;
        const y = b[c] ?? null;
        const same = x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : Object.is(x, y);
        if (!same) out.push(`${sheet.name}!R${r + 1}C${c + 1}: ${String(x)} ≠ ${String(y)}`);
      }
    }
  });
  return out;
}

async function sameAsSheetJs(xls: Uint8Array): Promise<RawSheet[]> {
  const ours = await readTable(xls);
  expect(differences(ours, readXlsBySheetJs(xls))).toEqual([]);
  return ours;
}

/** Thai and Latin text of many lengths, so the shared strings run over several CONTINUE records and split inside strings. */
function text(i: number): string {
  const thai = 'อาสาสมัครแรงงานจังหวัดสงขลา ทำงานชุมชน ประสานงาน ';
  const latin = 'Volunteer labour office, Songkhla province; ';
  const base = i % 3 === 0 ? latin : i % 3 === 1 ? thai : thai + latin;
  return `${i} ${base.repeat(1 + (i % 17))}`.slice(0, 20 + ((i * 37) % 700));
}

/** Every kind of cell an office list holds, on several sheets. */
async function kitchenSink(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ทุกชนิด');
  ws.addRow(['ข้อความ', 'จำนวนเต็ม', 'ทศนิยม', 'ตรรกะ', 'สูตร', 'วันที่']);
  ws.mergeCells('A1:B1');
  const values: ExcelJS.CellValue[][] = [
    ['นายสมชาย ใจดี', 0, 3.14, true, { formula: 'B3*2', result: 84 } as ExcelJS.CellFormulaValue, new Date(Date.UTC(1980, 2, 13))],
    ['  ช่องว่างหน้าหลัง  ', 42, 0.1, false, { formula: '"ก"&"ข"', result: 'กข' } as ExcelJS.CellFormulaValue, new Date(Date.UTC(2024, 1, 29))],
    ['บรรทัดแรก\nบรรทัดสอง', -5, -12345.67, null, { formula: '1>0', result: true } as ExcelJS.CellFormulaValue, new Date(Date.UTC(1999, 11, 31))],
    ['Latin only', 1234567890123, 1e-7, null, { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue, new Date(Date.UTC(2567 - 543, 9, 1))],
    ['😀 อีโมจิ', 536870911, 123456789.5, null, { formula: 'A2&""', result: 'นายสมชาย ใจดี' } as ExcelJS.CellFormulaValue, null],
    ['เลขไทย ๑๒๓', -536870912, 2.5e10, null, null, 45000],
  ];
  for (const row of values) ws.addRow(row);
  const formats = ['dd/mm/yyyy', 'd mmm yy', '[$-th-TH,107]d mmmm yyyy;@', 'yyyy-mm-dd hh:mm', 'h:mm', '0.00'];
  formats.forEach((f, i) => (ws.getCell(`F${i + 2}`).numFmt = f));
  // A row of small integers side by side: LibreOffice writes them as one MULRK record.
  ws.addRow([1, 2, 3, 4, 5, 6, 7, 8]);
  ws.addRow(['ผสาน', null, null, 'ล่าง']);
  ws.mergeCells('A9:C9');
  ws.addRow(['ยาว', 'อ'.repeat(9000), 'L'.repeat(9000)]);

  const list = wb.addWorksheet('รายชื่อยาว');
  list.addRow(['ลำดับ', 'ข้อความ', 'เลข']);
  for (let i = 0; i < 3000; i++) list.addRow([i + 1, text(i), i * 1.5]);

  const hidden = wb.addWorksheet('ซ่อนไว้');
  hidden.state = 'hidden';
  hidden.addRow(['ไม่นำเข้า']);
  wb.addWorksheet('ว่าง');
  const last = wb.addWorksheet('แผ่นสุดท้าย');
  last.addRow(['ท้ายสุด', new Date(Date.UTC(2020, 0, 1))]);
  last.getCell('B1').numFmt = 'dd/mm/yyyy';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('.xls read record by record', () => {
  it.skipIf(!sofficeAvailable())('gives SheetJS\'s cells for workbooks LibreOffice saved as .xls (needs soffice)', async () => {
    const sink = await sameAsSheetJs(byLibreOffice(await kitchenSink(), tempDir(), 'xls'));
    // Hidden sheets are left out; the empty one gives no rows.
    expect(sink.map((s) => [s.name, s.rows.length])).toEqual([['ทุกชนิด', 10], ['รายชื่อยาว', 3001], ['ว่าง', 0], ['แผ่นสุดท้าย', 1]]);
    const [all, long] = sink;
    expect(all.rows[1]).toEqual(['นายสมชาย ใจดี', 0, 3.14, true, 84, new Date(Date.UTC(1980, 2, 13))]);
    expect(all.rows[3].slice(0, 5)).toEqual(['บรรทัดแรก\nบรรทัดสอง', -5, -12345.67, null, true]);
    expect(all.rows[4][1]).toBe(1234567890123);
    expect(all.rows[4][4]).toBeNull();
    expect(all.rows[5][0]).toBe('😀 อีโมจิ');
    expect(all.rows[7]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // A merged area repeats its first cell, as exceljs gives an .xlsx.
    expect(all.rows[0].slice(0, 2)).toEqual(['ข้อความ', 'ข้อความ']);
    expect(all.rows[8]).toEqual(['ผสาน', 'ผสาน', 'ผสาน', 'ล่าง']);
    expect(all.rows[9].slice(1)).toEqual(['อ'.repeat(9000), 'L'.repeat(9000)]);
    expect(long.rows.slice(1).map((r) => r[1])).toEqual(Array.from({ length: 3000 }, (_, i) => text(i)));

    const messy = await sameAsSheetJs(byLibreOffice(await messyOfficeList(), tempDir(), 'xls'));
    expect(messy[0].rows[2].slice(0, 7)).toEqual(['ลำดับ', 'ชื่อ-สกุล', 'เลขประจำตัวประชาชน', 'วัน/เดือน/ปี เกิด', 'เบอร์โทรศัพท์', 'ที่อยู่', 'ที่อยู่']);
    expect(messy[0].rows[6][3]).toEqual(new Date(Date.UTC(1975, 6, 1)));
  }, 300_000);

  it('gives SheetJS\'s cells for a workbook SheetJS wrote (inline strings, dates, a hidden sheet)', async () => {
    const wb = XLSX.utils.book_new();
    const people = XLSX.utils.aoa_to_sheet(
      [
        ['ชื่อ-นามสกุล', 'ตำแหน่ง', 'วันเกิด', 'จำนวน'],
        ['นายสมศักดิ์ ทองดี', 'นายอำเภอ', new Date(Date.UTC(1970, 4, 5)), 3],
        ['Ms. Jane Doe', 'ครู', new Date(Date.UTC(1988, 11, 1)), 2.75],
        [true, null, 'ไม่ใช่วันที่', -1],
      ],
      { cellDates: true },
    );
    people['!merges'] = [{ s: { r: 3, c: 0 }, e: { r: 3, c: 1 } }];
    XLSX.utils.book_append_sheet(wb, people, 'บุคคล');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['ซ่อน']]), 'ซ่อน');
    wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    const xls = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    const [sheet, ...rest] = await sameAsSheetJs(xls);
    expect(rest).toEqual([]);
    expect(sheet.rows[1]).toEqual(['นายสมศักดิ์ ทองดี', 'นายอำเภอ', new Date(Date.UTC(1970, 4, 5)), 3]);
    expect(sheet.rows[3]).toEqual([true, true, 'ไม่ใช่วันที่', -1]);
  });
});
