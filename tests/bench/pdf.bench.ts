/**
 * Times the heaviest documents: a 1,000-participant sign-in sheet and the result report, and the
 * same 1,000 rows set as an xlsx and converted to PDF by LibreOffice (what an office without the
 * app would do). Run by `npm run bench`; fails when ours is not at least twice as fast.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { resultReport } from '../../electron/core/reports/documents/result-report';
import { signInSheetPdf } from '../../electron/core/reports/documents/sign-in-sheet';
import { loadFonts, pickFont } from '../../electron/core/reports/engine/fonts';
import type { DocEnv } from '../../electron/core/reports/engine/frame';
import { renderPdf } from '../../electron/core/reports/engine/render';
import { LONG_PARAGRAPH, OFFICE_NAME, PROJECT_TITLE, SEMINAR_DATE, songkhlaGroups, VENUE } from '../integration/reports/fixtures';

const env: DocEnv = { font: pickFont(loadFonts(path.resolve('resources'), []), 'sarabun'), thaiDigits: false, office: { officeName: OFFICE_NAME, emblem: null } };

async function time(label: string, run: () => Promise<Uint8Array>, rounds = 3): Promise<number> {
  await run(); // warm-up: font parsing, segmenter dictionary
  const ms: number[] = [];
  let size = 0;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    size = (await run()).length;
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(rounds / 2)];
  console.log(`${label}: median ${median.toFixed(0)} ms, ${(size / 1024).toFixed(0)} KiB`);
  return median;
}

type Person = { name: string; position: string; agency: string };

/** The sign-in sheet's rows as a print-ready workbook: title rows repeated on each A4 page, grid, Sarabun. */
async function signInXlsx(people: Person[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ใบลงทะเบียน', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:4' },
  });
  ws.columns = [{ width: 7 }, { width: 30 }, { width: 24 }, { width: 34 }, { width: 18 }];
  const font = { name: 'Sarabun', size: 11 };
  for (const line of ['ใบลงทะเบียนผู้เข้าร่วมโครงการ', PROJECT_TITLE, `วันที่ 13 มีนาคม 2563 ณ ${VENUE}`]) {
    const row = ws.addRow([line]);
    ws.mergeCells(row.number, 1, row.number, 5);
    row.getCell(1).font = { ...font, bold: true };
    row.getCell(1).alignment = { horizontal: 'center', wrapText: true };
  }
  const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
  const rows = [['ลำดับ', 'ชื่อ – สกุล', 'ตำแหน่ง', 'หน่วยงาน', 'ลายมือชื่อ'], ...people.map((p, i) => [i + 1, p.name, p.position, p.agency, ''])];
  for (const values of rows) {
    const row = ws.addRow(values);
    row.height = 24;
    row.eachCell({ includeEmpty: true }, (c) => {
      c.font = font;
      c.border = border;
      c.alignment = { vertical: 'middle', wrapText: true };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const hasSoffice = () => spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** The comparison needs LibreOffice Calc: installed from apt when missing (as root or with sudo). */
function ensureLibreOffice(): boolean {
  if (hasSoffice()) return true;
  console.log('installing libreoffice-calc-nogui from apt for the comparison');
  const [cmd, ...prefix] = [...(process.getuid?.() === 0 ? [] : ['sudo']), 'apt-get'];
  const apt = (...args: string[]) => spawnSync(cmd, [...prefix, ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (apt('update', '-qq').status !== 0) return false;
  return apt('install', '-y', '-qq', '--no-install-recommends', 'libreoffice-calc-nogui').status === 0 && hasSoffice();
}

/** One LibreOffice conversion, as a clerk's machine would run it: a fresh soffice process. */
function libreOfficePdf(xlsx: Buffer, dir: string): Promise<Uint8Array> {
  const src = path.join(dir, 'sheet.xlsx');
  fs.writeFileSync(src, xlsx);
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, src], { stdio: 'ignore', timeout: 300_000 });
  return Promise.resolve(new Uint8Array(fs.readFileSync(path.join(dir, 'sheet.pdf'))));
}

async function main(): Promise<void> {
  const groups = songkhlaGroups(975).map((g) => ({ name: g.name, people: g.people }));
  // As the app renders it: the people's names, agencies and the venue laid over the line breaker's dictionary.
  const names = [VENUE, ...groups.flatMap((g) => g.people.flatMap((p) => [p.name, p.agency]))];
  const ours = await time('sign-in sheet, 1,000 participants', () => signInSheetPdf({ projectTitle: PROJECT_TITLE, date: SEMINAR_DATE, venue: VENUE, groups, grouped: false }, env, names));
  await time('result report', () =>
    renderPdf(
      resultReport(
        {
          projectTitle: PROJECT_TITLE,
          fiscalYear: 2563,
          days: [{ date: SEMINAR_DATE, sessions: [{ start: '09:00', end: '12:00', topic: 'บทบาทหน้าที่ของอาสาสมัครแรงงาน' }] }],
          venue: VENUE,
          chair: null,
          reporter: null,
          objectives: ['เพื่อเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน'],
          groups: songkhlaGroups().map((g) => ({ name: g.name, planned: g.planned, attended: g.people.length })),
          budget: [{ description: 'ค่าอาหารกลางวัน', planned: 12000, actual: 11760 }],
          outcomes: LONG_PARAGRAPH,
          problems: LONG_PARAGRAPH,
          suggestions: LONG_PARAGRAPH,
          photos: [],
          reportedBy: { name: 'นางสาวสุดา รักงาน', position: 'นักวิชาการแรงงานชำนาญการ' },
        },
        env,
      ),
      env.font,
    ),
  );

  if (!ensureLibreOffice()) {
    console.log('LibreOffice (soffice) not found and could not be installed: install the apt package libreoffice-calc-nogui for the comparison');
    process.exitCode = 1;
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-bench-lo-'));
  try {
    const xlsx = await signInXlsx(groups.flatMap((g) => g.people));
    const theirs = await time('the same 1,000 rows, xlsx to PDF by LibreOffice', () => libreOfficePdf(xlsx, dir));
    const ratio = theirs / ours;
    console.log(`ratio: ours is ${ratio.toFixed(1)}x faster than LibreOffice (target at least 2x)`);
    if (ratio < 2) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
