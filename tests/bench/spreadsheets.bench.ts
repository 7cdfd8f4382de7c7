/**
 * Spreadsheets (issue 7).
 * Import: a 10,000-row office list (.xlsx, Thai headers, B.E. text dates) read, validated and
 * committed through `volunteer-import-commit`, against exceljs's own read of the same file as the
 * floor. Target: ≤ 3 s and ≤ 2× the floor.
 * Export: `volunteer-export-xlsx` of 100,000 volunteers, timed in a fresh plain-Node process running
 * the bundled core, whose peak RSS is the export's own plus the product's baseline. Target: ≤ 8 s
 * and ≤ 350 MB.
 * Import memory (issue 14): peak RSS of a whole import (preview) in a fresh process, for the
 * largest files the app accepts (about 30 MB: 48,000 people with long notes, as .xlsx, CSV and
 * .xls) and files it refuses (a full 1,048,576-row sheet, too many rows in a CSV or an .xls).
 * Target: ≤ 400 MB each. Exits non-zero when a target is missed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { formatThaiDateNumeric } from '@shared/thai/dates';
import { CORE_EXEC_ARGV, DATABASE_FILE, createCore } from '../../electron/core';
// Run from the project root, as npm scripts are.
const RESOURCES_DIR = path.resolve('resources');
import { openDatabase } from '../../electron/core/db/open';
import { generateVolunteers, insertMany } from '../../electron/core/volunteers/sample';
import { bundleForNode } from '../helpers/node-bundle';

const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const EXPORT_ROWS = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const MB = 1024 * 1024;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function officeWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('รายชื่อ อสร.');
  ws.addRow(['ทะเบียนอาสาสมัครแรงงาน']);
  ws.addRow(['ลำดับ', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'วันเดือนปีเกิด', 'เพศ', 'เบอร์โทร', 'บ้านเลขที่', 'หมู่ที่', 'ตำบล', 'อำเภอ', 'จังหวัด', 'รหัสไปรษณีย์', 'ระดับ', 'ตำบลที่รับผิดชอบ', 'อำเภอที่รับผิดชอบ', 'จังหวัดที่รับผิดชอบ', 'วันเริ่มวาระ', 'วันสิ้นสุดวาระ']);
  generateVolunteers(rows, { seed: 3 }).forEach((v, i) => {
    const a = v.address;
    ws.addRow([
      i + 1, v.title, v.firstName, v.lastName, v.nationalId, v.birthDate && formatThaiDateNumeric(v.birthDate), v.sex === 'male' ? 'ชาย' : 'หญิง', v.phone,
      a.houseNo, a.moo, a.subdistrict, a.district, a.province, a.postcode, v.level, v.area.subdistrict, v.area.district, v.area.province,
      v.termStart && formatThaiDateNumeric(v.termStart), v.termEnd && formatThaiDateNumeric(v.termEnd),
    ]);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function benchImport(): Promise<boolean> {
  const bytes = await officeWorkbook(IMPORT_ROWS);
  const floors: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    floors.push(performance.now() - t);
  }
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-desk-bench-import-'));
    const core = createCore({ dataDir: dir, resourcesDir: RESOURCES_DIR, log: () => {} });
    const t = performance.now();
    const r = await core.dispatch('volunteer-import-commit', { file: { name: 'bench.xlsx', bytes }, job: `bench-${i}`, duplicates: 'skip' });
    times.push(performance.now() - t);
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
    if (!r.ok || (r.value as { inserted: number }).inserted !== IMPORT_ROWS) throw new Error(`import failed: ${JSON.stringify(r)}`);
  }
  const floor = median(floors);
  const ms = median(times);
  const ok = ms <= 3000 && ms <= 2 * floor;
  console.log(`import ${IMPORT_ROWS.toLocaleString('en-US')} rows (${(bytes.length / MB).toFixed(1)} MB xlsx): ${ms.toFixed(0)} ms validate + commit; exceljs read floor ${floor.toFixed(0)} ms; ratio ${(ms / floor).toFixed(2)}× — target ≤ 3000 ms and ≤ 2× ${ok ? 'OK' : 'MISSED'}`);
  return ok;
}

/**
 * The export runs in a fresh plain-Node process on this file bundled with esbuild (packages left
 * external, as electron-vite builds the app's main process), so the memory measured is the
 * product's: under tsx the process starts about 40 MB heavier with the compiler and its caches.
 */
function bundleSelf(): Promise<string> {
  return bundleForNode(fileURLToPath(import.meta.url), path.resolve('.bench/spreadsheets-bench.cjs'));
}

/**
 * Writes an .xlsx row by row with exceljs's streaming writer (the full sheet would not fit a
 * plain workbook). `row(i)` gives row i's cells; row 0 is the header.
 */
async function streamWorkbook(file: string, rows: number, row: (i: number) => (string | number)[]): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('รายชื่อ');
  for (let i = 0; i < rows; i++) ws.addRow(row(i)).commit();
  await ws.commit();
  await wb.commit();
  return fs.statSync(file).size;
}

/** Thai text that compresses about as badly as real notes do: a seeded shuffle of syllables. */
function notes(i: number, length: number): string {
  const syllables = ['ทำงาน', 'ชุมชน', 'ตำบล', 'ประชุม', 'อบรม', 'แรงงาน', 'นอกระบบ', 'ประสาน', 'ติดตาม', 'รายงาน', 'เกษตร', 'ประมง', 'ค้าขาย', 'ก่อสร้าง'];
  let x = (i + 1) * 2654435761;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += syllables[x % syllables.length] + (x % 7 === 0 ? ' ' : '') + String(x % 1000);
  }
  return out;
}

/**
 * This process's own peak RSS. Linux carries `getrusage`'s maxRSS across exec, so a child started
 * by a 300 MB bench would report at least 300 MB; VmHWM is the peak of the new program's memory.
 */
function peakRss(): number {
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(fs.existsSync('/proc/self/status') ? fs.readFileSync('/proc/self/status', 'utf8') : '');
  return hwm ? Number(hwm[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}

/** Runs an import preview in a fresh process and reads its peak RSS. */
function importChildRun(bundle: string, file: string): { ms: number; maxRss: number; outcome: string } {
  // With the V8 limits the app gives its core (electron/core/heap.ts).
  const child = spawnSync(process.execPath, [...CORE_EXEC_ARGV, bundle, 'import-child', file], { encoding: 'utf8', maxBuffer: 64 * MB });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; maxRss: number; outcome: string };
}

async function importChild(file: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-desk-bench-import-mem-'));
  const core = createCore({ dataDir: dir, resourcesDir: RESOURCES_DIR, log: () => {} });
  // The file's one copy, as the core receives it over IPC (a Buffer is a Uint8Array: no second copy).
  const bytes: Uint8Array = fs.readFileSync(file);
  const t = performance.now();
  const r = await core.dispatch('volunteer-import-preview', { file: { name: path.basename(file), bytes } });
  const ms = performance.now() - t;
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const outcome = r.ok ? `accepted, ${(r.value as { counts: { total: number } }).counts.total.toLocaleString('en-US')} rows checked` : `refused: ${r.error.message}`;
  console.log(JSON.stringify({ ms, maxRss: peakRss(), outcome }));
}

/** A CSV written line by line (UTF-8 with a BOM, as Excel saves "CSV UTF-8"). */
function writeCsv(file: string, rows: number, row: (i: number) => (string | number)[]): number {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, '\ufeff');
  let batch = '';
  for (let i = 0; i < rows; i++) {
    batch += row(i).map((c) => (typeof c === 'string' && /[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') + '\r\n';
    if (batch.length > 1_000_000) {
      fs.writeSync(fd, batch);
      batch = '';
    }
  }
  fs.writeSync(fd, batch);
  fs.closeSync(fd);
  return fs.statSync(file).size;
}

/** Excel 97–2003 from an .xlsx, by LibreOffice (null when it is not installed). */
function xlsOf(xlsx: string, dir: string): string | null {
  const out = path.join(dir, 'xls');
  const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'xls', '--outdir', out, xlsx], { stdio: 'ignore', timeout: 900_000 });
  const file = path.join(out, path.basename(xlsx).replace(/\.xlsx$/, '.xls'));
  return r.status === 0 && fs.existsSync(file) ? file : null;
}

/**
 * Peak RSS of an import preview, each file in a fresh process: the largest files the app accepts
 * (about 30 MB, 48,000 people with long Thai notes, as .xlsx and as CSV; .xls by LibreOffice when
 * installed, whose format stops at 65,536 rows) and files it refuses (a full 1,048,576-row sheet,
 * a CSV and an .xls with more rows than the limit).
 */
async function benchImportMemory(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-desk-bench-import-files-'));
  try {
    const bundle = await bundleSelf();
    const people = generateVolunteers(1000, { seed: 9 });
    const header = ['ลำดับ', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'วันเกิด', 'โทรศัพท์', 'ตำบล', 'อำเภอ', 'จังหวัด', 'หมายเหตุ'];
    const bigRows = Number(process.env.BENCH_BIG_ROWS ?? 48_000);
    const person = (i: number, noteLength: number) => {
      if (i === 0) return header;
      const v = people[i % people.length];
      return [i, v.title, v.firstName, v.lastName, String(1_100_000_000_000 + i), '13/03/2523', v.phone, v.address.subdistrict, v.address.district, v.address.province, notes(i, noteLength)];
    };
    const big = path.join(dir, 'big.xlsx');
    const bigSize = await streamWorkbook(big, bigRows + 1, (i) => person(i, 1000));
    const bigCsv = path.join(dir, 'big.csv');
    const bigCsvSize = writeCsv(bigCsv, bigRows + 1, (i) => person(i, 200));
    const full = path.join(dir, 'full.xlsx');
    const fullSize = await streamWorkbook(full, 1_048_576, (i) => (i === 0 ? header.slice(0, 5) : [i, 'นาย', 'เต็ม', 'แผ่นงาน', 1_100_000_000_000 + i]));
    const longCsv = path.join(dir, 'long.csv');
    const longCsvSize = writeCsv(longCsv, 600_000, (i) => (i === 0 ? header.slice(0, 5) : [i, 'นาย', 'เต็ม', 'แผ่นงาน', 1_100_000_000_000 + i]));
    const sizeOf = (n: number) => `${(n / MB).toFixed(1)} MB`;
    const cases: [string, string][] = [
      [`${sizeOf(bigSize)} .xlsx, ${bigRows.toLocaleString('en-US')} rows`, big],
      [`full sheet 1,048,576 rows (${sizeOf(fullSize)} .xlsx)`, full],
      [`${sizeOf(bigCsvSize)} CSV, ${bigRows.toLocaleString('en-US')} rows`, bigCsv],
      [`CSV of 600,000 rows (${sizeOf(longCsvSize)})`, longCsv],
    ];
    const xlsSource = path.join(dir, 'big-xls.xlsx');
    await streamWorkbook(xlsSource, bigRows + 1, (i) => person(i, 200));
    const bigXls = xlsOf(xlsSource, dir);
    const fullXlsSource = path.join(dir, 'full-xls.xlsx');
    await streamWorkbook(fullXlsSource, 65_536, (i) => (i === 0 ? header.slice(0, 5) : [i, 'นาย', 'เต็ม', 'แผ่นงาน', 1_100_000_000_000 + i]));
    const fullXls = bigXls && xlsOf(fullXlsSource, dir);
    if (bigXls && fullXls) {
      cases.push([`${sizeOf(fs.statSync(bigXls).size)} .xls by LibreOffice, ${bigRows.toLocaleString('en-US')} rows`, bigXls]);
      cases.push([`full .xls sheet 65,536 rows (${sizeOf(fs.statSync(fullXls).size)})`, fullXls]);
    } else {
      console.log('import memory, .xls: skipped (LibreOffice is not installed)');
    }
    let ok = true;
    for (const [label, file] of cases) {
      const { ms, maxRss, outcome } = importChildRun(bundle, file);
      const pass = maxRss <= 400 * MB;
      ok &&= pass;
      console.log(`import memory, ${label}: ${outcome}; ${ms.toFixed(0)} ms, peak RSS ${(maxRss / MB).toFixed(0)} MB — target ≤ 400 MB ${pass ? 'OK' : 'MISSED'}`);
    }
    return ok;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs in its own process so the peak RSS measured is the export's, not the seeding's. */
async function exportChild(dir: string): Promise<void> {
  const core = createCore({ dataDir: dir, resourcesDir: RESOURCES_DIR, log: () => {} });
  const t = performance.now();
  const r = await core.dispatch('volunteer-export-xlsx', { query: {} });
  const ms = performance.now() - t;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const size = (r.value as { bytes: Uint8Array }).bytes.length;
  core.close();
  console.log(JSON.stringify({ ms, size, maxRss: peakRss() }));
}

async function benchExport(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-desk-bench-export-'));
  try {
    const db = openDatabase(path.join(dir, DATABASE_FILE));
    db.transaction(() => insertMany(db, generateVolunteers(EXPORT_ROWS, { seed: 5 }), new Date()))();
    db.close();
    const child = spawnSync(process.execPath, [...CORE_EXEC_ARGV, await bundleSelf(), 'export-child', dir], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const { ms, size, maxRss } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; size: number; maxRss: number };
    const ok = ms <= 8000 && maxRss <= 350 * MB;
    console.log(`export ${EXPORT_ROWS.toLocaleString('en-US')} volunteers: ${ms.toFixed(0)} ms, ${(size / MB).toFixed(1)} MB xlsx, peak RSS ${(maxRss / MB).toFixed(0)} MB — target ≤ 8000 ms and ≤ 350 MB ${ok ? 'OK' : 'MISSED'}`);
    return ok;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (process.argv[2] === 'export-child') return exportChild(process.argv[3]);
  if (process.argv[2] === 'import-child') return importChild(process.argv[3]);
  // BENCH_ONLY=import|memory|export runs one part.
  const only = process.env.BENCH_ONLY;
  const importOk = !only || only === 'import' ? await benchImport() : true;
  const memoryOk = !only || only === 'memory' ? await benchImportMemory() : true;
  const exportOk = (!only || only === 'export') && !process.env.BENCH_SKIP_EXPORT ? await benchExport() : true;
  if (!importOk || !memoryOk || !exportOk) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
