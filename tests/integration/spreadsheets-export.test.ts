import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { BE_DATE_FORMAT, ROW_HEIGHT, THAI_FONT } from '../../electron/core/spreadsheets/writer';
import { generateVolunteers, insertMany } from '../../electron/core/volunteers/sample';
import { readVolunteer } from '../../electron/core/volunteers/repository';
import { SEX_LABELS, STATUS_LABELS, type VolunteerData, type VolunteerStatus } from '@shared/schemas/volunteer';
import { formatThaiDateLong } from '@shared/thai/dates';
import { formatPhone } from '@shared/thai/phone';
import { tempDir, testCore, type TestCore } from '../helpers/core';
import { libreOfficeCsv, readXlsx, sofficeAvailable } from '../helpers/spreadsheet-fixtures';

const STATUSES: VolunteerStatus[] = ['active', 'active', 'active', 'term_ended', 'resigned'];

/** A register of `n` generated volunteers, with one known person first. */
function seed(core: TestCore, n: number): VolunteerData[] {
  const list = generateVolunteers(n);
  list[0] = { ...list[0], birthDate: '1980-03-13', termStart: '2020-03-13', termEnd: '2023-03-12', notes: 'บรรทัดแรก\nบรรทัดที่สอง' };
  const db = new Database(path.join(core.dataDir, DATABASE_FILE));
  insertMany(db, list, new Date('2024-01-01T00:00:00Z'), (_v, i) => STATUSES[i % STATUSES.length]);
  db.close();
  return list;
}

function withDb<T>(core: TestCore, fn: (db: Database.Database) => T): T {
  const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const HEADER_ROW = 3;

function utcDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

const cellText = (c: ExcelJS.Cell) => (c.value === null || c.value === undefined ? '' : c.value);

describe('volunteer register export', () => {
  it('is print-ready: A4 landscape, spread over pages with the names repeated, repeated frozen header, filter, Thai font, footer x / y', async () => {
    const core = testCore();
    seed(core, 12);
    const file = await core.call('volunteer-export-xlsx', { query: {} });
    // The B.E. date, as every date the office writes: 2569-12-04, not 2026-12-04.
    expect(file.name).toMatch(/^ทะเบียนอาสาสมัครแรงงาน-25\d{2}-\d{2}-\d{2}\.xlsx$/);
    const ws = (await readXlsx(file.bytes)).worksheets[0];
    // Every column of the return is too wide for one legible page: pages side by side, the names on each.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: false, scale: 90, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`, printTitlesColumn: 'A:D' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(ws.autoFilter).toBe('A3:AE3');
    expect(ws.headerFooter.oddFooter).toContain('&P / &N');
    expect(ws.getRow(HEADER_ROW).getCell(2).font.name).toBe(THAI_FONT);
    expect(ws.getRow(HEADER_ROW + 1).height).toBeGreaterThanOrEqual(ROW_HEIGHT);
    expect(ws.getRow(HEADER_ROW + 1).getCell(6).numFmt).toBe(BE_DATE_FORMAT);
    expect(ws.getRow(1).getCell(1).value).toBe('ทะเบียนอาสาสมัครแรงงาน');
  });

  it('reads back with every value equal, filtered as the list is filtered, and audits the export', async () => {
    const core = testCore();
    const list = seed(core, 40);
    const file = await core.call('volunteer-export-xlsx', { query: { status: 'active', sortBy: 'nationalId' } });
    const ws = (await readXlsx(file.bytes)).worksheets[0];
    const ids = withDb(core, (db) => db.prepare("SELECT id FROM volunteers WHERE status = 'active' ORDER BY national_id").pluck().all() as number[]);
    expect(ids.length).toBe(list.length - Math.floor(list.length / 5) * 2);
    expect(ws.actualRowCount).toBe(HEADER_ROW + ids.length);
    expect(String(ws.getRow(2).getCell(1).value)).toContain(`เฉพาะ สถานะปฏิบัติหน้าที่ จำนวน ${ids.length} คน`);
    ids.forEach((id, i) => {
      const v = withDb(core, (db) => readVolunteer(db, id))!;
      const row = ws.getRow(HEADER_ROW + 1 + i);
      const expected = [
        i + 1, v.title, v.firstName, v.lastName, v.nationalId, utcDate(v.birthDate), v.sex ? SEX_LABELS[v.sex] : '', formatPhone(v.phone), v.lineId, v.email,
        v.address.houseNo, v.address.moo, v.address.village, v.address.soi, v.address.road, v.address.subdistrict, v.address.district,
        v.address.province, v.address.postcode, v.education, v.occupation, v.level, v.area.subdistrict, v.area.district, v.area.province,
        v.appointmentOrderNo, utcDate(v.appointmentDate), utcDate(v.termStart), utcDate(v.termEnd), STATUS_LABELS[v.status], v.notes,
      ].map((x) => (x === null ? '' : x));
      expect(expected.map((_, c) => cellText(row.getCell(c + 1)))).toEqual(expected);
    });
    const audit = withDb(core, (db) => db.prepare("SELECT details FROM audit_log WHERE entity = 'volunteer' AND action = 'export'").pluck().all() as string[]);
    expect(audit.map((d) => JSON.parse(d))).toEqual([expect.objectContaining({ count: ids.length })]);
  });

  it('imports back into an empty register unchanged', async () => {
    const source = testCore();
    seed(source, 25);
    const file = await source.call('volunteer-export-xlsx', { query: {} });
    const target = testCore({ dataDir: tempDir() });
    const preview = await target.call('volunteer-import-preview', { file });
    expect(preview.counts).toMatchObject({ total: 25, new: 25, error: 0 });
    await target.call('volunteer-import-commit', { file, job: 'back', duplicates: 'skip' });
    const dataOf = (core: TestCore) =>
      withDb(core, (db) => (db.prepare('SELECT id FROM volunteers ORDER BY national_id').pluck().all() as number[]).map((id) => {
        const { id: _i, status: _s, statusDate: _d, erasedAt: _e, createdAt: _c, updatedAt: _u, ...data } = readVolunteer(db, id)!;
        return data;
      }));
    expect(dataOf(target)).toEqual(dataOf(source));
    // And into the register it came from: everyone is already there, as the register has them.
    expect((await source.call('volunteer-import-preview', { file })).counts).toMatchObject({ existing: 0, unchanged: 25, new: 0, error: 0 });
  });

  it.skipIf(!sofficeAvailable())('opens in LibreOffice with B.E. dates and IDs as text (needs soffice: apt package libreoffice-calc-nogui)', async () => {
    const core = testCore();
    const list = seed(core, 5);
    const file = await core.call('volunteer-export-xlsx', { query: { sortBy: 'nationalId' } });
    const csv = Object.values(libreOfficeCsv(file.bytes, tempDir()))[0];
    const first = csv.split('\n').find((l) => l.includes(list[0].nationalId))!;
    expect(first).toContain(`,${list[0].nationalId},`);
    expect(first).toContain('13 มีนาคม 2523');
    expect(first).toContain(formatThaiDateLong('2023-03-12'));
  });

  it('spools through a scratch file that is gone after a finished and after a cancelled export', async () => {
    // This test file runs in its own process: its temp folder is its own.
    const scratch = tempDir('asa-desk-tmp-');
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      const core = testCore();
      const list = seed(core, 450);
      const file = await core.call('volunteer-export-xlsx', { query: {}, job: 'whole' });
      expect(fs.readdirSync(scratch).filter((f) => f.startsWith('asa-desk-xlsx-'))).toEqual([]);
      expect((await readXlsx(file.bytes)).worksheets[0].rowCount).toBe(HEADER_ROW + list.length);
      const cancelled = core.dispatch('volunteer-export-xlsx', { query: {}, job: 'stopped' });
      await core.call('job-cancel', { job: 'stopped' });
      const r = await cancelled;
      expect(r.ok ? null : r.error.code).toBe('CANCELLED');
      expect(fs.readdirSync(scratch).filter((f) => f.startsWith('asa-desk-xlsx-'))).toEqual([]);
    } finally {
      process.env.TMPDIR = saved;
    }
  });
});
