import ExcelJS from 'exceljs';
import { AppFailure } from '@shared/errors';
import { decodeText, parseCsv } from './csv';
import { sniff } from './sniff';

/** A cell as read, before any field's rules apply. Dates come from real date cells only. */
export type RawCell = string | number | boolean | Date | null;
export type RawRow = RawCell[];

export interface RawSheet {
  name: string;
  rows: RawRow[];
}

/** More rows than any province's register; beyond this the file is surely something else. */
export const MAX_ROWS = 50_000;

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

async function readXlsx(bytes: Uint8Array): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppFailure('BAD_FILE', 'อ่านไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหาย กรุณาเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx');
  }
  const sheets: RawSheet[] = [];
  wb.eachSheet((ws) => {
    if (ws.state !== 'visible') return;
    if (ws.rowCount > MAX_ROWS + 100) tooMany();
    const rows: RawRow[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = row.values as ExcelJS.CellValue[];
      // row.values is 1-based: index 0 is always empty.
      rows[n - 1] = values.slice(1).map(cellValue);
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.push({ name: ws.name, rows });
  });
  return sheets;
}

function tooMany(): never {
  throw new AppFailure('BAD_FILE', `ไฟล์มีข้อมูลเกิน ${MAX_ROWS.toLocaleString('en-US')} แถว กรุณาแบ่งเป็นหลายไฟล์`);
}

/** Every visible sheet of an .xlsx, or the one table of a CSV. Throws BAD_FILE in Thai. */
export async function readTable(bytes: Uint8Array): Promise<RawSheet[]> {
  const kind = sniff(bytes);
  const sheets = kind === 'xlsx' ? await readXlsx(bytes) : [{ name: 'CSV', rows: parseCsv(decodeText(bytes)) }];
  if (sheets.some((s) => s.rows.length > MAX_ROWS + 100)) tooMany();
  const hasData = sheets.some((s) => s.rows.some((r) => r.some((c) => c !== null && String(c).trim() !== '')));
  if (!hasData) throw new AppFailure('BAD_FILE', 'ไฟล์ไม่มีข้อมูล (ทุกแผ่นงานว่างเปล่า)');
  return sheets;
}
