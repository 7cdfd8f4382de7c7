import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { nationalIdCheckDigit } from '@shared/thai/national-id';

/** A valid national ID from a 12-digit seed. */
export function validId(seed: number): string {
  const first12 = String(110_000_000_000 + seed).padStart(12, '0').slice(0, 12);
  return first12 + nationalIdCheckDigit(first12);
}

/** The same ID with its check digit broken. */
export function badId(seed: number): string {
  const id = validId(seed);
  return id.slice(0, 12) + ((Number(id[12]) + 1) % 10);
}

/** Windows-874 (TIS-620 plus a few symbols): Thai letters sit at U+0E01–U+0E5B ↔ 0xA1–0xFB. */
export function encodeWindows874(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[i] = c;
    else if (c >= 0x0e01 && c <= 0x0e5b) out[i] = c - 0x0e01 + 0xa1;
    else throw new RangeError(`not in Windows-874: ${text[i]}`);
  }
  return out;
}

/** A workbook from rows of cells (first sheet), as an office would type it. */
export async function xlsxOf(rows: ExcelJS.CellValue[][], sheetName = 'รายชื่อ'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

export function sofficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Converts a workbook with LibreOffice to CSV of the displayed text (what a real office suite
 * shows), one CSV per sheet, keyed by sheet name.
 */
export function libreOfficeCsv(xlsx: Uint8Array, dir: string): Record<string, string> {
  const src = path.join(dir, 'in.xlsx');
  fs.writeFileSync(src, xlsx);
  // 44 = comma, 34 = quote, 76 = UTF-8, token 9 "true" = text as shown; the last token -1 writes every sheet.
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, src],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir)) {
    const m = /^in-(.+)\.csv$/.exec(f);
    if (m) out[m[1]] = fs.readFileSync(path.join(dir, f), 'utf8');
  }
  return out;
}

/** Converts a workbook to PDF with LibreOffice, as it prints; returns the PDF's path. */
export function libreOfficePdf(xlsx: Uint8Array, dir: string, name = 'in'): string {
  const src = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(src, xlsx);
  return libreOfficePdfs([src], dir)[0];
}

/**
 * Converts office files (workbooks, Word files) to PDF with LibreOffice in one run, with a profile
 * of its own in `dir` so parallel runs don't clash; returns the PDFs' paths in the same order.
 */
export function libreOfficePdfs(files: string[], dir: string): string[] {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 180_000 });
  return files.map((f) => path.join(dir, `${path.basename(f, path.extname(f))}.pdf`));
}
