import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toThaiDigits } from '@shared/thai/digits';
import { DATABASE_FILE } from '../../electron/core';
import { ACTIVITY_NOW, activityRegister } from '../helpers/activity-fixtures';
import { testCore, type TestCore } from '../helpers/core';
import { readXlsx, validId, xlsxOf } from '../helpers/spreadsheet-fixtures';

/**
 * The activity register of activity-fixtures (five volunteers of หาดใหญ่, one of เมืองสงขลา whose
 * term starts 1 January 2026), one of หาดใหญ่ resigned on 1 February 2026, and someone in
 * เมืองสงขลา with the same name as the first.
 */
async function setup() {
  const core = testCore({ now: () => ACTIVITY_NOW });
  const ids = await activityRegister(core, [...Array<string>(5).fill('2024-10-01'), '2026-01-01']);
  const people = await Promise.all(ids.map(async (id) => (await core.call('volunteer-get', { id })).volunteer));
  await core.call('volunteer-status-change', { id: ids[2], status: 'resigned', date: '2026-02-01', reason: 'ย้ายที่อยู่' });
  const twin = await core.call('volunteer-create', {
    ...people[0], nationalId: validId(77), area: { province: 'สงขลา', district: 'เมืองสงขลา', subdistrict: 'บ่อยาง' },
  });
  const name = (i: number) => `${people[i].title}${people[i].firstName} ${people[i].lastName}`;
  return { core, ids, people, name, twin: twin.id };
}

function activityRows(core: TestCore): { volunteer_id: number; kind_id: number; date: string; whole_month: number; people: number; place: string; agency: string; outcome: string | null }[] {
  const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
  const rows = db.prepare('SELECT volunteer_id, kind_id, date, whole_month, people, place, agency, outcome FROM activities ORDER BY id').all() as ReturnType<typeof activityRows>;
  db.close();
  return rows;
}

const HEADER = ['ลำดับ', 'ชื่อ-สกุล', 'เลขประจำตัวประชาชน', 'อำเภอ', 'วันที่', 'ประเภทกิจกรรม', 'จำนวน (คน)', 'สถานที่', 'หน่วยงานที่ส่งต่อ', 'ผลการส่งต่อ', 'หมายเหตุ'];

describe('activity import (one row per activity)', () => {
  async function recordsFile(s: Awaited<ReturnType<typeof setup>>, extra: (string | number | Date | null)[][] = []) {
    const { people, name } = s;
    return {
      name: 'ผลงาน-อสร-กพ69.xlsx',
      bytes: await xlsxOf([
        ['รายงานผลการปฏิบัติงานอาสาสมัครแรงงาน เดือนกุมภาพันธ์ 2569'],
        [],
        HEADER,
        // Row 4: by national ID in Thai digits, a B.E. date in Thai digits, a count in Thai digits.
        [1, name(0), toThaiDigits(people[0].nationalId), 'หาดใหญ่', toThaiDigits('3/2/2569'), 'ประชาสัมพันธ์ข้อมูลข่าวสาร', '๑๒', 'ตลาดคอหงส์', null, null, 'แจกแผ่นพับ'],
        // Row 5: by name and district, a date cell, a referral named by its short name.
        [2, name(1), null, 'อ.หาดใหญ่', new Date(Date.UTC(2026, 1, 5)), 'ชี้เป้า', 1, 'หมู่ 3', 'สำนักงานจัดหางานจังหวัด', 'ได้รับความช่วยเหลือแล้ว', 'ผู้ว่างงาน'],
        // Row 6: a name two people share, without an ID or district.
        [3, name(0), null, null, '6/2/2569', 'จัดเก็บข้อมูลแรงงาน', 4, '', null, null, null],
        // Row 7: a kind the office does not have.
        [4, name(3), people[3].nationalId, 'หาดใหญ่', '7/2/2569', 'ปลูกป่า', 20, '', null, null, null],
        // Row 8: a negative count.
        [5, name(4), people[4].nationalId, 'หาดใหญ่', '8/2/2569', 'จัดเก็บข้อมูลแรงงาน', -3, '', null, null, null],
        // Row 9: a date still to come (today is 15 March 2569).
        [6, name(3), people[3].nationalId, 'หาดใหญ่', '1/4/2569', 'อื่น ๆ', 2, '', null, null, null],
        // Row 10: before the person's term (it starts 1 January 2569).
        [7, name(5), people[5].nationalId, 'เมืองสงขลา', '15/12/2568', 'ร่วมกิจกรรม/จิตอาสา', 30, 'วัดบ่อยาง', null, null, null],
        // Row 11: someone who resigned on 1 February: recorded, with a warning.
        [8, name(2), people[2].nationalId, 'หาดใหญ่', '10 ก.พ. 2569', 'ร่วมกิจกรรม/จิตอาสา', 15, 'วัดคลองแห', null, null, null],
        ['รวมทั้งสิ้น', null, null, null, null, null, 77, null, null, null, null],
        // Row 13: row 4 again, as a clerk pasting the same report twice would.
        [9, name(0), people[0].nationalId, 'หาดใหญ่', '3/2/2569', 'ประชาสัมพันธ์ข้อมูลข่าวสาร', 12, 'ตลาดคอหงส์ ', null, null, null],
        ...extra,
      ], 'ผลงาน'),
    };
  }

  it('matches each row to a volunteer, a kind and a date, with the grid and form checks per row, and writes nothing', async () => {
    const s = await setup();
    const { core, people, name } = s;
    const p = await core.call('activity-import-preview', { file: await recordsFile(s) });
    expect(p).toMatchObject({ headerRow: 3, mappingProblem: null, shape: 'records', summaryRows: 1 });
    expect(p.columns.map((c) => c.field)).toEqual([null, 'fullName', 'nationalId', 'district', 'date', 'kind', 'people', 'place', 'agency', 'outcome', 'notes']);
    expect(p.counts).toEqual({ total: 9, new: 3, duplicate: 1, error: 5, warning: 2, records: 3, duplicateRecords: 1 });
    const row = new Map(p.rows.map((r) => [r.row, r]));
    expect(row.get(4)).toMatchObject({ status: 'new', name: name(0), when: '3 ก.พ. 2569', items: [{ kind: 'ประชาสัมพันธ์ข้อมูลข่าวสาร', people: 12, duplicate: false }], errors: [] });
    expect(row.get(5)).toMatchObject({ status: 'new', name: name(1), nationalId: people[1].nationalId, items: [{ kind: 'ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ', people: 1 }], warnings: [] });
    expect(row.get(6)!.errors).toEqual([`ชื่อ ${name(0)} ตรงกับอาสาสมัครหลายคน: ${name(0)} (ต.${people[0].area.subdistrict} อ.หาดใหญ่), ${name(0)} (ต.บ่อยาง อ.เมืองสงขลา) กรุณาใส่เลขประจำตัวประชาชนหรืออำเภอ`]);
    expect(row.get(7)!.errors).toEqual(['ไม่รู้จักประเภทกิจกรรม "ปลูกป่า" ประเภทที่ใช้อยู่: ประชาสัมพันธ์ข้อมูลข่าวสาร, ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ, จัดเก็บข้อมูลแรงงาน, ร่วมกิจกรรม/จิตอาสา, อื่น ๆ (แก้ชื่อในไฟล์ให้ตรง หรือเพิ่มประเภทที่หน้าประเภทกิจกรรม)']);
    expect(row.get(8)!.errors).toEqual(['จำนวนคน: จำนวนต้องไม่ติดลบ']);
    expect(row.get(9)!.errors).toEqual([`${name(3)}: วันที่ 1 เมษายน 2569 ยังมาไม่ถึง บันทึกกิจกรรมล่วงหน้าไม่ได้ กรุณาตรวจสอบวันที่`]);
    expect(row.get(10)!.errors).toEqual([`${name(5)}: วันที่ 15 ธันวาคม 2568 อยู่ก่อนเริ่มวาระ (1 มกราคม 2569) กรุณาตรวจสอบวันที่หรือวาระของอาสาสมัคร`]);
    expect(row.get(11)).toMatchObject({ status: 'new', warnings: [`${name(2)} ลาออกตั้งแต่ 1 กุมภาพันธ์ 2569 แต่มีกิจกรรมวันที่ 10 กุมภาพันธ์ 2569 บันทึกไว้แล้ว กรุณาตรวจสอบ`] });
    expect(row.get(13)).toMatchObject({ status: 'duplicate', warnings: ['ซ้ำกับแถวที่ 4 ในไฟล์ (อาสาสมัคร วันที่ ประเภท และสถานที่เดียวกัน) จึงข้าม'] });
    expect(activityRows(core)).toEqual([]);
  });

  it('commits in one transaction, and a second import of the same file records nothing twice', async () => {
    const s = await setup();
    const { core, ids } = s;
    const kinds = await core.call('activity-kinds-get', {});
    const file = await recordsFile(s);
    expect(await core.call('activity-import-commit', { file, job: 'act-1' })).toEqual({ inserted: 3, duplicates: 1, failed: 5 });
    expect(activityRows(core)).toEqual([
      { volunteer_id: ids[0], kind_id: kinds[0].id, date: '2026-02-03', whole_month: 0, people: 12, place: 'ตลาดคอหงส์', agency: '', outcome: null },
      { volunteer_id: ids[1], kind_id: kinds[1].id, date: '2026-02-05', whole_month: 0, people: 1, place: 'หมู่ 3', agency: 'สำนักงานจัดหางานจังหวัด', outcome: 'helped' },
      { volunteer_id: ids[2], kind_id: kinds[3].id, date: '2026-02-10', whole_month: 0, people: 15, place: 'วัดคลองแห', agency: '', outcome: null },
    ]);
    // The volunteer's own list shows them as the detailed form's records.
    expect((await core.call('activity-list', { volunteerId: ids[1] }))[0]).toMatchObject({ kindName: 'ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ', notes: 'ผู้ว่างงาน', wholeMonth: false });

    const again = await core.call('activity-import-preview', { file });
    expect(again.counts).toMatchObject({ new: 0, duplicate: 4, error: 5, records: 0, duplicateRecords: 4 });
    const refused = await core.dispatch('activity-import-commit', { file, job: 'act-2' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'ทุกรายการในไฟล์นี้บันทึกไว้แล้ว ไม่มีรายการใหม่ให้นำเข้า' } });
    // The same report with one more row: only that row is added.
    const more = await recordsFile(s, [[10, s.name(4), s.people[4].nationalId, 'หาดใหญ่', '9/2/2569', 'อื่น ๆ', 6, 'อบต.', null, null, null]]);
    expect(await core.call('activity-import-commit', { file: more, job: 'act-3' })).toEqual({ inserted: 1, duplicates: 4, failed: 5 });
    expect(activityRows(core)).toHaveLength(4);
  });

  it('writes all or nothing: a failure on the last record leaves no record of the file', async () => {
    const s = await setup();
    const db = new Database(path.join(s.core.dataDir, DATABASE_FILE));
    db.exec(`CREATE TRIGGER fail_import BEFORE INSERT ON activities WHEN new.volunteer_id = ${s.ids[2]} BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    db.close();
    const r = await s.core.dispatch('activity-import-commit', { file: await recordsFile(s), job: 'act-fail' });
    expect(r.ok).toBe(false);
    expect(activityRows(s.core)).toEqual([]);
  });

  it('gives the rows with errors back as a workbook, each with what to fix', async () => {
    const s = await setup();
    const out = await s.core.call('activity-import-errors', { file: await recordsFile(s) });
    expect(out.name).toBe('ผลงาน-อสร-กพ69-แถวที่ต้องแก้ไข.xlsx');
    const ws = (await readXlsx(out.bytes)).worksheets[0];
    const values = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    const header = values.findIndex((r) => r[0] === 'ข้อผิดพลาด');
    const bad = values.slice(header + 1);
    expect(bad.map((r) => r[1])).toEqual([6, 7, 8, 9, 10]);
    expect(String(bad[1][0])).toContain('ไม่รู้จักประเภทกิจกรรม "ปลูกป่า"');
    expect(bad[1].slice(2)).toEqual([4, s.name(3), s.people[3].nationalId, 'หาดใหญ่', '7/2/2569', 'ปลูกป่า', 20]);
  });
});

describe('activity import (a sheet per district)', () => {
  /**
   * A report kept as a sheet per district, each with its own title and column order, and a summary
   * sheet: every district's rows come in one preview, each named by sheet and row.
   */
  async function districtReport(s: Awaited<ReturnType<typeof setup>>) {
    const { people, name } = s;
    const wb = new ExcelJS.Workbook();
    const hatyai = wb.addWorksheet('อ.หาดใหญ่');
    hatyai.addRow(['ผลการปฏิบัติงาน อำเภอหาดใหญ่ เดือนกุมภาพันธ์ 2569']);
    hatyai.addRow([]);
    hatyai.addRow(HEADER);
    hatyai.addRow([1, name(0), people[0].nationalId, 'หาดใหญ่', '3/2/2569', 'ประชาสัมพันธ์ข้อมูลข่าวสาร', 12, 'ตลาดคอหงส์', null, null, null]);
    hatyai.addRow([2, name(3), people[3].nationalId, 'หาดใหญ่', '7/2/2569', 'ปลูกป่า', 20, '', null, null, null]);
    hatyai.addRow(['รวม', null, null, null, null, null, 32]);
    const muang = wb.addWorksheet('อ.เมือง');
    muang.addRow([...HEADER].reverse());
    muang.addRow([null, null, null, 'วัดบ่อยาง', 30, 'ร่วมกิจกรรม/จิตอาสา', '20/2/2569', 'เมืองสงขลา', people[5].nationalId, name(5), 1]);
    // Row 4 of อ.หาดใหญ่ again: the same person, day, kind and place.
    muang.addRow([null, null, null, 'ตลาดคอหงส์', 12, 'ประชาสัมพันธ์ข้อมูลข่าวสาร', '3/2/2569', 'หาดใหญ่', people[0].nationalId, name(0), 2]);
    const summary = wb.addWorksheet('สรุป');
    summary.addRow(['อำเภอ', 'จำนวนกิจกรรม']);
    summary.addRow(['หาดใหญ่', 2]);
    return { name: 'ผลงาน-รายอำเภอ.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
  }

  it('reads every district sheet, names each row by sheet and row, and writes them in one commit', async () => {
    const s = await setup();
    const file = await districtReport(s);
    const p = await s.core.call('activity-import-preview', { file });
    expect(p.sheets).toEqual([
      { name: 'อ.หาดใหญ่', status: 'imported', headerRow: 3, rows: 2, size: 3, blank: [], reason: null },
      { name: 'อ.เมือง', status: 'imported', headerRow: 1, rows: 2, size: 2, blank: [], reason: null },
      { name: 'สรุป', status: 'left-out', headerRow: null, rows: 0, size: 0, blank: [], reason: 'ไม่พบหัวตารางที่ตรงกัน' },
    ]);
    expect(p.summaryRows).toBe(1);
    expect(p.rows.map((r) => [r.sheet, r.row, r.status])).toEqual([
      ['อ.หาดใหญ่', 4, 'new'],
      ['อ.หาดใหญ่', 5, 'error'],
      ['อ.เมือง', 2, 'new'],
      ['อ.เมือง', 3, 'duplicate'],
    ]);
    expect(p.rows[3].warnings).toEqual(["ซ้ำกับแผ่นงาน 'อ.หาดใหญ่' แถว 4 ในไฟล์ (อาสาสมัคร วันที่ ประเภท และสถานที่เดียวกัน) จึงข้าม"]);
    const ws = (await readXlsx((await s.core.call('activity-import-errors', { file })).bytes)).worksheets[0];
    expect([1, 2].map((r) => [ws.getCell(r, 2).value, ws.getCell(r, 3).value])).toEqual([['แผ่นงาน', 'แถวในไฟล์เดิม'], ['อ.หาดใหญ่', 5]]);
    expect(await s.core.call('activity-import-commit', { file, job: 'act-sheets' })).toEqual({ inserted: 2, duplicates: 1, failed: 1 });
    expect(activityRows(s.core).map((r) => [r.volunteer_id, r.date, r.people])).toEqual([[s.ids[0], '2026-02-03', 12], [s.ids[5], '2026-02-20', 30]]);
  });
});

describe('activity import (a volunteer × kind table of a month)', () => {
  const KINDS = ['ประชาสัมพันธ์ข้อมูลข่าวสาร', 'ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ', 'จัดเก็บข้อมูลแรงงาน', 'ร่วมกิจกรรม/จิตอาสา', 'อื่น ๆ'];

  const TITLE = 'สรุปผลการปฏิบัติงานอาสาสมัครแรงงาน อำเภอหาดใหญ่ ประจำเดือนกุมภาพันธ์ ๒๕๖๙';

  async function tableFile(s: Awaited<ReturnType<typeof setup>>, first: (number | string | null)[] = [10, 2, null, 5, null], title = TITLE) {
    const { name } = s;
    return {
      name: 'สรุปผลงาน-หาดใหญ่.xlsx',
      bytes: await xlsxOf([
        [title],
        ['ที่', 'ชื่อ - สกุล', 'อำเภอ', ...KINDS],
        [1, name(0), 'หาดใหญ่', ...first],
        [2, name(1), 'หาดใหญ่', '๓', 0, '4 คน', null, 1],
        [3, name(3), 'หาดใหญ่', -1, null, null, null, null],
        // Nothing counted this month: nothing to record.
        [4, name(4), 'หาดใหญ่', null, null, null, null, null],
        ['รวม', null, null, 13, 2, 4, 5, 1],
      ]),
    };
  }

  it('reads the month from the title line (the clerk may choose another) or asks for it when the file names none, then saves the counts as the monthly grid does; a second import is all duplicates', async () => {
    const s = await setup();
    const { core, ids, name } = s;
    const noMonth = await core.call('activity-import-preview', { file: await tableFile(s, undefined, 'สรุปผลการปฏิบัติงานอาสาสมัครแรงงาน อำเภอหาดใหญ่') });
    expect(noMonth).toMatchObject({ shape: 'table', titleMonth: null, mappingProblem: 'ไฟล์ไม่มีคอลัมน์เดือนหรือวันที่ กรุณาเลือกเดือนของรายงานนี้', rows: [] });
    expect(noMonth.columns.map((c) => c.field)).toEqual([null, 'fullName', 'district', ...((await core.call('activity-kinds-get', {})).map((k) => `kind:${k.id}`))]);

    const file = await tableFile(s);
    const chosen = await core.call('activity-import-preview', { file, month: '2026-01' });
    expect(chosen.rows[0]).toMatchObject({ when: 'มกราคม 2569' });
    const p = await core.call('activity-import-preview', { file });
    expect(p.titleMonth).toEqual({ month: '2026-02', line: TITLE });
    expect(p.mappingProblem).toBeNull();
    expect(p.counts).toEqual({ total: 3, new: 2, duplicate: 0, error: 1, warning: 0, records: 6, duplicateRecords: 0 });
    expect(p.summaryRows).toBe(1);
    expect(p.rows[0]).toMatchObject({ row: 3, name: name(0), when: 'กุมภาพันธ์ 2569', items: [{ kind: KINDS[0], people: 10 }, { kind: KINDS[1], people: 2 }, { kind: KINDS[3], people: 5 }] });
    expect(p.rows[2]).toMatchObject({ row: 5, status: 'error', errors: [`${KINDS[0]}: จำนวนต้องไม่ติดลบ`] });

    expect(await core.call('activity-import-commit', { file, job: 'grid-1' })).toEqual({ inserted: 6, duplicates: 0, failed: 1 });
    const grid = await core.call('activity-grid-get', { month: '2026-02', district: 'หาดใหญ่' });
    const cells = (id: number) => Object.values(grid.rows.find((r) => r.volunteerId === id)!.cells);
    expect(cells(ids[0])).toEqual([10, 2, 5]);
    expect(cells(ids[1])).toEqual([3, 4, 1]);
    expect(activityRows(core).every((r) => r.whole_month === 1 && r.date === '2026-02-01')).toBe(true);

    const again = await core.call('activity-import-preview', { file, month: '2026-02' });
    expect(again.counts).toMatchObject({ new: 0, duplicate: 2, records: 0, duplicateRecords: 6 });
    // A count changed since: refused on its row, the grid is where it is corrected.
    const changed = await core.call('activity-import-preview', { file: await tableFile(s, [11, 2, null, 5, null]), month: '2026-02' });
    expect(changed.rows[0]).toMatchObject({ status: 'error', errors: [`เดือนกุมภาพันธ์ 2569 บันทึก "${KINDS[0]}" ไว้แล้ว 10 คน แต่ในไฟล์ 11 คน แก้ไขได้ที่ตารางบันทึกผลงานรายเดือน`] });
    expect(activityRows(core)).toHaveLength(6);
  });

  it('reads the month from a column and a row by national ID, with the grid’s checks of the month', async () => {
    const s = await setup();
    const { core, people } = s;
    const file = {
      name: 'ผลงาน.xlsx',
      bytes: await xlsxOf([
        ['เลขประจำตัวประชาชน', 'เดือน', ...KINDS],
        [people[0].nationalId, 'ก.พ. 2569', 3, null, null, null, null],
        [people[5].nationalId, 'ธันวาคม 2568', 8, null, null, null, null],
        [people[1].nationalId, '4/2569', 1, null, null, null, null],
        [people[3].nationalId, 'เดือนหน้า', 1, null, null, null, null],
      ]),
    };
    const p = await core.call('activity-import-preview', { file });
    expect(p.rows.map((r) => [r.status, r.when, r.errors])).toEqual([
      ['new', 'กุมภาพันธ์ 2569', []],
      ['error', 'ธันวาคม 2568', [`${s.name(5)}: เดือนธันวาคม 2568 อยู่ก่อนเริ่มวาระ (1 มกราคม 2569) กรุณาตรวจสอบวันที่หรือวาระของอาสาสมัคร`]],
      ['error', 'เมษายน 2569', [`${s.name(1)}: เดือนเมษายน 2569 ยังมาไม่ถึง บันทึกกิจกรรมล่วงหน้าไม่ได้ กรุณาตรวจสอบวันที่`]],
      ['error', '', ['อ่านเดือน "เดือนหน้า" ไม่ได้ (ใช้รูปแบบ ตุลาคม 2568 หรือ 10/2568)']],
    ]);
  });
});
