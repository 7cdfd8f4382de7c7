import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { toThaiDigits } from '@shared/thai/digits';
import { testCore, type TestCore } from '../helpers/core';
import { badId, encodeWindows874, readXlsx, validId, xlsxOf } from '../helpers/spreadsheet-fixtures';

const HEADER = ['ลำดับ', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน (13 หลัก)', 'วันเดือนปีเกิด', 'เบอร์โทร', 'ตำบล', 'อำเภอ', 'จังหวัด', 'วันที่แต่งตั้ง'];
const place = ['บ่อยาง', 'เมืองสงขลา', 'สงขลา'];

/** An office's list: two title lines, a blank line, Thai headers, B.E. text dates, Thai digits. */
async function officeList(): Promise<Uint8Array> {
  return xlsxOf([
    ['ทะเบียนอาสาสมัครแรงงานจังหวัดสงขลา'],
    ['ข้อมูล ณ วันที่ 1 ตุลาคม 2567'],
    [],
    HEADER,
    [1, 'นาย', 'สมชาย', 'ใจดี', validId(1), '13/03/2523', '0812345678', ...place, '1 ต.ค. 2566'],
    // Thai digits in the ID and the date, ID typed with dashes.
    [2, 'นางสาว', 'สุดา', 'รักงาน', toThaiDigits(validId(2).replace(/^(\d)(\d{4})(\d{5})(\d{2})(\d)$/, '$1-$2-$3-$4-$5')), toThaiDigits('5 มกราคม 2530'), '0891112222', ...place, null],
    // A real date cell, an ID stored as a number, a phone number that lost its zero.
    [3, 'นาง', 'มาลี', 'ศรีสุข', Number(validId(3)), new Date(Date.UTC(1975, 6, 1)), 812223333, 'ต.เกาะแต้ว', 'อ.เมืองสงขลา', 'จ.สงขลา', null],
    [4, 'นาย', 'ผิด', 'เลขบัตร', badId(4), '1/1/2520', '', ...place, null],
    [5, 'นาย', '', 'ไม่มีชื่อ', validId(5), '1/1/2520', '', ...place, null],
    [6, 'นาย', 'วัน', 'ผิด', validId(6), '31/02/2520', '', ...place, null],
    // Same person twice in the file.
    [7, 'นาย', 'สมชาย', 'ซ้ำ', validId(1), '', '', ...place, null],
    // Address that is not in the geography dataset: imported with a warning.
    [8, 'นาย', 'ที่อยู่', 'แปลก', validId(8), '', '', 'ไม่มีจริง', 'เมืองสงขลา', 'สงขลา', null],
    [],
  ]);
}

const file = async () => ({ name: 'อสร-สงขลา.xlsx', bytes: await officeList() });

function countVolunteers(core: TestCore): number {
  const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
  const n = db.prepare('SELECT count(*) FROM volunteers').pluck().get() as number;
  db.close();
  return n;
}

describe('volunteer import', () => {
  it('finds the header under the title, maps Thai headers and checks every row like the form', async () => {
    const core = testCore();
    const p = await core.call('volunteer-import-preview', { file: await file() });
    expect(p.headerRow).toBe(4);
    expect(p.mappingProblem).toBeNull();
    // What the user sees beside each column: date cells in B.E., numbers as typed.
    expect(p.columns[5].samples).toEqual(['13/03/2523', toThaiDigits('5 มกราคม 2530'), '01/07/2518']);
    expect(p.columns.map((c) => c.field)).toEqual([null, 'title', 'firstName', 'lastName', 'nationalId', 'birthDate', 'phone', 'address.subdistrict', 'address.district', 'address.province', 'appointmentDate']);
    expect(p.counts).toMatchObject({ total: 8, new: 5, existing: 0, error: 3, warning: 2 });
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect(byRow.get(5)).toMatchObject({ status: 'new', name: 'นายสมชาย ใจดี', nationalId: validId(1), errors: [] });
    expect(byRow.get(6)).toMatchObject({ status: 'new', nationalId: validId(2) });
    expect(byRow.get(7)).toMatchObject({ status: 'new', warnings: [] });
    expect(byRow.get(8)!.errors.join()).toContain('เลขตรวจสอบ');
    expect(byRow.get(9)!.errors.join()).toContain('กรุณากรอกชื่อ');
    // A birth date that is no date is an optional field: the person comes in, the text goes to the notes.
    expect(byRow.get(10)).toMatchObject({ status: 'new', errors: [], warnings: [expect.stringContaining('31/02/2520')] });
    expect(byRow.get(11)!.errors.join()).toContain('ซ้ำกับแถวที่ 5');
    expect(byRow.get(12)).toMatchObject({ status: 'new', warnings: [expect.stringContaining('ไม่มีจริง')] });
    expect(countVolunteers(core)).toBe(0);
  });

  it('commits the valid rows in one go, with dates, digits and audit entries right', async () => {
    const core = testCore();
    const r = await core.call('volunteer-import-commit', { file: await file(), job: 'imp-1', duplicates: 'skip' });
    expect(r).toEqual({ inserted: 5, updated: 0, skipped: 0, unchanged: 0, failed: 3 });
    const list = await core.call('volunteer-list', { pageSize: 50 });
    expect(list.total).toBe(5);
    const malee = list.rows.find((v) => v.firstName === 'มาลี')!;
    const detail = await core.call('volunteer-get', { id: malee.id });
    expect(detail.volunteer).toMatchObject({
      title: 'นาง', sex: 'female', nationalId: validId(3), birthDate: '1975-07-01', phone: '0812223333',
      address: expect.objectContaining({ subdistrict: 'เกาะแต้ว', district: 'เมืองสงขลา', province: 'สงขลา' }),
    });
    const somchai = list.rows.find((v) => v.firstName === 'สมชาย')!;
    expect((await core.call('volunteer-get', { id: somchai.id })).volunteer).toMatchObject({ birthDate: '1980-03-13', appointmentDate: '2023-10-01', sex: 'male' });
    const suda = list.rows.find((v) => v.firstName === 'สุดา')!;
    expect((await core.call('volunteer-get', { id: suda.id })).volunteer.birthDate).toBe('1987-01-05');

    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    const audits = db.prepare("SELECT entity, action FROM audit_log WHERE action LIKE 'import%' OR entity = 'import'").all();
    db.close();
    expect(audits.filter((a) => (a as { action: string }).action === 'import')).toHaveLength(5);
    expect(audits).toContainEqual({ entity: 'import', action: 'volunteers' });
  });

  it('skips or updates people already in the register, as the user chooses', async () => {
    const core = testCore();
    await core.call('volunteer-import-commit', { file: await file(), job: 'a', duplicates: 'skip' });
    const changed = await xlsxOf([
      ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'เบอร์โทร'],
      ['นาย', 'สมชาย', 'ใจดีมาก', validId(1), '0899999999'],
      ['นาย', 'ใหม่', 'เข้ามา', validId(20), ''],
    ]);
    const f = { name: 'รอบสอง.csv.xlsx', bytes: changed };
    const p = await core.call('volunteer-import-preview', { file: f });
    expect(p.counts).toMatchObject({ new: 1, existing: 1, conflict: 1 });
    // Another last name under the same ID is a conflict, shown side by side.
    expect(p.rows[0].conflict).toEqual({ register: { name: 'นายสมชาย ใจดี', birthDate: '1980-03-13' }, file: { name: 'นายสมชาย ใจดีมาก', birthDate: null } });
    expect(await core.call('volunteer-import-commit', { file: f, job: 'b', duplicates: 'skip' })).toEqual({ inserted: 1, updated: 0, skipped: 1, unchanged: 0, failed: 0 });
    // "Update" alone never overwrites a conflicting person: only the rows the clerk chose.
    // The person added by the skip run is now in the register as the file has them: unchanged.
    expect(await core.call('volunteer-import-commit', { file: f, job: 'c', duplicates: 'update' })).toEqual({ inserted: 0, updated: 0, skipped: 1, unchanged: 1, failed: 0 });
    expect((await core.call('volunteer-list', { q: 'ใจดีมาก' })).rows).toHaveLength(0);
    expect(await core.call('volunteer-import-commit', { file: f, job: 'd', duplicates: 'update', conflictUpdates: [{ sheet: 'รายชื่อ', row: 2 }] })).toEqual({ inserted: 0, updated: 1, skipped: 0, unchanged: 1, failed: 0 });
    const list = await core.call('volunteer-list', { q: 'ใจดีมาก' });
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0].phone).toBe('0899999999');
    expect(countVolunteers(core)).toBe(6);
  });

  it('update mode changes only what the file carries: missing columns and blank cells keep the register', async () => {
    const core = testCore();
    await core.call('volunteer-import-commit', { file: await file(), job: 'a', duplicates: 'skip' });
    // No address, no appointment date; an e-mail column the first list had not.
    const phones = await xlsxOf([
      ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'เบอร์โทร', 'อีเมล', 'วันเกิด'],
      ['นาย', 'สมชาย', 'ใจดี', validId(1), '0899999999', 'somchai@example.com', '13/03/2523'],
      // Blank phone, e-mail and birth date: the register's stay.
      ['นางสาว', 'สุดา', 'รักงาน', validId(2), '', '', ''],
      ['นาง', 'มาลี', 'ศรีสุข', validId(3), '0812223333', 'malee@example.com', 'ไม่ทราบ'],
    ]);
    const f = { name: 'เบอร์โทรใหม่.xlsx', bytes: phones };
    const p = await core.call('volunteer-import-preview', { file: f });
    // สุดา's row carries nothing the register lacks: unchanged, and not counted as updated.
    expect(p.counts).toMatchObject({ existing: 2, unchanged: 1, conflict: 0 });
    expect(p.updateFields).toEqual(['คำนำหน้าชื่อ', 'ชื่อ', 'นามสกุล', 'โทรศัพท์', 'อีเมล', 'วันเกิด']);
    expect(await core.call('volunteer-import-commit', { file: f, job: 'b', duplicates: 'update' })).toEqual({ inserted: 0, updated: 2, skipped: 0, unchanged: 1, failed: 0 });

    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    const person = (n: number) =>
      db.prepare(
        `SELECT id, phone, email, birth_date AS birthDate, addr_subdistrict AS subdistrict, addr_district AS district, addr_province AS province,
                appointment_date AS appointmentDate, notes FROM volunteers WHERE national_id = ?`,
      ).get(validId(n)) as Record<string, unknown>;
    const changes = (id: unknown) =>
      (db.prepare("SELECT details FROM audit_log WHERE entity = 'volunteer' AND entity_id = ? AND action = 'import-update'").pluck().all(String(id)) as string[])
        .map((d) => (JSON.parse(d) as { changes: unknown }).changes);
    const somchai = person(1);
    expect(somchai).toMatchObject({
      phone: '0899999999', email: 'somchai@example.com', birthDate: '1980-03-13',
      subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา', appointmentDate: '2023-10-01', notes: '',
    });
    expect(changes(somchai.id)).toEqual([{ phone: ['0812345678', '0899999999'], email: ['', 'somchai@example.com'] }]);
    const suda = person(2);
    expect(suda).toMatchObject({ phone: '0891112222', email: '', birthDate: '1987-01-05', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา' });
    // Nothing differed: no entry that says nothing.
    expect(changes(suda.id)).toEqual([]);
    const malee = person(3);
    // The unreadable birth date keeps the register's and goes to the notes, once however often imported.
    expect(malee).toMatchObject({ phone: '0812223333', email: 'malee@example.com', birthDate: '1975-07-01', subdistrict: 'เกาะแต้ว', notes: 'วันเกิดในไฟล์: ไม่ทราบ' });
    expect(changes(malee.id)).toEqual([{ email: ['', 'malee@example.com'], notes: ['', 'วันเกิดในไฟล์: ไม่ทราบ'] }]);
    db.close();
    await core.call('volunteer-import-commit', { file: f, job: 'c', duplicates: 'update' });
    expect((await core.call('volunteer-get', { id: malee.id as number })).volunteer.notes).toBe('วันเกิดในไฟล์: ไม่ทราบ');
  });

  it('reads a two-row header whose groups share their part names: ตำบล under พื้นที่รับผิดชอบ is the area, not a second home subdistrict', async () => {
    const core = testCore();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('รายชื่อ');
    ws.addRow(['ชื่อ-สกุล', 'เลขประจำตัวประชาชน', 'ที่อยู่', null, null, 'พื้นที่รับผิดชอบ', null]);
    ws.addRow([null, null, 'บ้านเลขที่', 'ตำบล', 'อำเภอ', 'ตำบล', 'อำเภอ']);
    ws.mergeCells('A1:A2');
    ws.mergeCells('B1:B2');
    ws.mergeCells('C1:E1');
    ws.mergeCells('F1:G1');
    ws.addRow(['นายสมชาย ใจดี', validId(61), '12/3', 'บ่อยาง', 'เมืองสงขลา', 'คอหงส์', 'หาดใหญ่']);
    const file = { name: 'กลุ่มหัวตาราง.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
    const preview = await core.call('volunteer-import-preview', { file });
    expect(preview.columns.map((c) => [c.header, c.field])).toEqual([
      ['ชื่อ-สกุล', 'fullName'],
      ['เลขประจำตัวประชาชน', 'nationalId'],
      ['บ้านเลขที่', 'address.houseNo'],
      ['ตำบล', 'address.subdistrict'],
      ['อำเภอ', 'address.district'],
      ['พื้นที่รับผิดชอบ ตำบล', 'area.subdistrict'],
      ['พื้นที่รับผิดชอบ อำเภอ', 'area.district'],
    ]);
    expect(preview.unmapped).toEqual([]);
    await core.call('volunteer-import-commit', { file, job: 'groups', duplicates: 'skip' });
    const { rows } = await core.call('volunteer-list', { q: validId(61) });
    const v = (await core.call('volunteer-get', { id: rows[0].id })).volunteer;
    expect(v.address).toMatchObject({ houseNo: '12/3', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา' });
    expect(v.area).toMatchObject({ subdistrict: 'คอหงส์', district: 'หาดใหญ่' });
  });

  it('a form numbered ahead (ลำดับ 1–6, two filled) gives its two people, not four rows of errors, on every sheet', async () => {
    const core = testCore();
    const wb = new ExcelJS.Workbook();
    const main = wb.addWorksheet('อ.เมือง');
    main.addRow(['ลำดับ', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน']);
    main.addRow([1, 'นาย', 'หนึ่ง', 'ใจดี', validId(71)]);
    main.addRow([2, 'นาง', 'สอง', 'ใจดี', validId(72)]);
    for (const n of [3, 4, 5, '6.']) main.addRow([n]);
    // A totals line in the number's column is still counted as one, not taken for an empty line.
    main.addRow(['รวม 2 คน']);
    // Another district's sheet heads its running number otherwise, in Thai digits.
    const other = wb.addWorksheet('อ.หาดใหญ่');
    other.addRow(['ที่', 'เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล']);
    other.addRow([toThaiDigits('1'), validId(73), 'นาย', 'สาม', 'ใจดี']);
    other.addRow([toThaiDigits('2')]);
    // A row with a number and something typed is a person with errors, never skipped.
    other.addRow([toThaiDigits('3'), null, null, 'สี่']);
    const file = { name: 'แบบฟอร์ม.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
    const preview = await core.call('volunteer-import-preview', { file });
    expect(preview.summaryRows).toBe(1);
    expect(preview.rows.map((r) => [r.sheet, r.row, r.status])).toEqual([
      ['อ.เมือง', 2, 'new'], ['อ.เมือง', 3, 'new'], ['อ.หาดใหญ่', 2, 'new'], ['อ.หาดใหญ่', 4, 'error'],
    ]);
    // The sheets' sizes, shown when choosing them, leave the empty numbered lines out too (the totals line is one of the file's rows).
    expect(preview.sheets.map((x) => [x.name, x.size])).toEqual([['อ.เมือง', 3], ['อ.หาดใหญ่', 2]]);
  });

  it('lets the user fix the mapping and remembers it for the next file', async () => {
    const core = testCore();
    const bytes = await xlsxOf([
      ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลข ปชช.', 'พื้นที่'],
      ['นาย', 'ก', 'ข', validId(30), 'หมายเหตุบางอย่าง'],
    ]);
    const f = { name: 'x.xlsx', bytes };
    // "เลข ปชช." is not a known header: without it the import cannot check duplicates, so the
    // preview shows the columns (with their values) for the user to fix, and commit refuses.
    const unmapped = await core.call('volunteer-import-preview', { file: f });
    expect(unmapped.mappingProblem).toContain('เลขประจำตัวประชาชน');
    expect(unmapped.rows).toEqual([]);
    expect(unmapped.columns[3]).toEqual({ index: 3, header: 'เลข ปชช.', field: null, samples: [validId(30)] });
    const refused = await core.dispatch('volunteer-import-commit', { file: f, job: 'no-id', duplicates: 'skip' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('เลขประจำตัวประชาชน') } });
    const mapping = { '3': 'nationalId', '4': 'notes' };
    const p = await core.call('volunteer-import-preview', { file: f, mapping });
    expect(p.columns.map((c) => c.field)).toEqual(['title', 'firstName', 'lastName', 'nationalId', 'notes']);
    await core.call('volunteer-import-commit', { file: f, mapping, job: 'm', duplicates: 'skip' });
    // Next time the same headers map by themselves.
    const again = await core.call('volunteer-import-preview', { file: { name: 'y.xlsx', bytes } });
    expect(again.columns.map((c) => c.field)).toEqual(['title', 'firstName', 'lastName', 'nationalId', 'notes']);
    // The same person again: already in the register, with nothing the file would change.
    expect(again.counts).toMatchObject({ existing: 0, unchanged: 1 });
    const twice = await core.dispatch('volunteer-import-preview', { file: f, mapping: { '1': 'firstName', '2': 'firstName' } });
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('writes the rows with errors to a workbook that imports again once fixed', async () => {
    const core = testCore();
    const errors = await core.call('volunteer-import-errors', { file: await file() });
    expect(errors.name).toBe('อสร-สงขลา-แถวที่ต้องแก้ไข.xlsx');
    const wb = await readXlsx(errors.bytes);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('ข้อผิดพลาด');
    expect(ws.getRow(1).getCell(7).value).toBe(HEADER[4]);
    expect(ws.rowCount).toBe(4);
    expect(String(ws.getRow(2).getCell(1).value)).toContain('เลขตรวจสอบ');
    expect(ws.getRow(2).getCell(2).value).toBe(8);
    // Fix every bad row in "Excel", then import the same workbook.
    ws.getRow(2).getCell(7).value = validId(4);
    ws.getRow(3).getCell(5).value = 'มีชื่อแล้ว';
    ws.getRow(4).getCell(7).value = validId(7);
    const fixed = new Uint8Array(await wb.xlsx.writeBuffer());
    const p = await core.call('volunteer-import-preview', { file: { name: 'fixed.xlsx', bytes: fixed } });
    expect(p.counts).toMatchObject({ total: 3, new: 3, error: 0 });
  });

  it('reads CSV in Windows-874 (TIS-620), UTF-8 with BOM, and UTF-16 with tabs', async () => {
    const core = testCore();
    const lines = ['คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,วันเกิด', `นาย,สมชาย,"ใจดี, จริง",${validId(40)},13 มี.ค. 2523`];
    const text = lines.join('\r\n') + '\r\n';
    const utf8Bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const utf16 = Buffer.from('\ufeff' + text.replace(/,/g, '\t').replace('"ใจดี\t จริง"', 'ใจดี, จริง'), 'utf16le');
    for (const bytes of [encodeWindows874(text), utf8Bom, new Uint8Array(utf16)]) {
      const p = await core.call('volunteer-import-preview', { file: { name: 'list.csv', bytes } });
      expect(p.rows).toEqual([expect.objectContaining({ status: 'new', name: 'นายสมชาย ใจดี, จริง', nationalId: validId(40), errors: [] })]);
    }
  });

  it('refuses bad files with a Thai message and changes nothing', async () => {
    const core = testCore();
    const good = await officeList();
    const zipNoWorkbook = await (async () => {
      const { default: JSZip } = await import('jszip');
      const z = new JSZip();
      z.file('readme.txt', 'hello');
      return new Uint8Array(await z.generateAsync({ type: 'uint8array' }));
    })();
    // An encrypted .xlsx is an OLE file with EncryptionInfo/EncryptedPackage streams.
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from('EncryptionInfo', 'utf16le'), 1024);
    const oldXls = new Uint8Array(4096);
    oldXls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty', new Uint8Array(0), /ว่างเปล่า/],
      ['truncated zip', good.subarray(0, Math.floor(good.length / 2)), /ไม่สมบูรณ์|เสียหาย/],
      ['zip that is not a workbook', zipNoWorkbook, /ไม่ใช่สมุดงาน/],
      ['password-protected', ole, /รหัสผ่าน/],
      ['old .xls', oldXls, /\.xls/],
      ['binary junk', new Uint8Array(2000).map((_, i) => (i * 7919) % 256), /ไม่ใช่ไฟล์ตาราง/],
      ['pdf', new TextEncoder().encode('%PDF-1.7\n...'), /PDF/],
      ['no header', new TextEncoder().encode('a,b,c\n1,2,3\n'), /หัวตาราง/],
      ['header only', new TextEncoder().encode('ชื่อ,นามสกุล,เลขประจำตัวประชาชน\n'), /ไม่มีรายชื่อ/],
      ['unclosed quote', new TextEncoder().encode('ชื่อ,นามสกุล\n"สมชาย,ใจดี\n'), /เครื่องหมายคำพูด/],
      ['huge', new Uint8Array(31 * 1024 * 1024), /ใหญ่เกิน/],
      ['blank sheet', await xlsxOf([[], [null, '  ']]), /ไม่มีข้อมูล/],
    ];
    for (const [label, bytes, message] of cases) {
      const r = await core.dispatch('volunteer-import-commit', { file: { name: `${label}.xlsx`, bytes }, job: label, duplicates: 'skip' });
      expect(r.ok, label).toBe(false);
      if (r.ok) continue;
      expect(r.error.code, label).toBe('BAD_FILE');
      expect(r.error.message, label).toMatch(message);
    }
    expect(countVolunteers(core)).toBe(0);
  });

  it('stops when cancelled and writes nothing', async () => {
    const core = testCore();
    const rows = Array.from({ length: 3000 }, (_, i) => ['นาย', `ชื่อ${i}`, 'สกุล', validId(1000 + i)]);
    const bytes = await xlsxOf([['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน'], ...rows]);
    const stages: string[] = [];
    core.onEvent((name, payload) => {
      if (name !== 'job-progress') return;
      stages.push(payload.stage);
      if (payload.done >= 1000) void core.dispatch('job-cancel', { job: 'big' });
    });
    const r = await core.dispatch('volunteer-import-commit', { file: { name: 'big.xlsx', bytes }, job: 'big', duplicates: 'skip' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(stages).toContain('กำลังตรวจสอบข้อมูล');
    expect(countVolunteers(core)).toBe(0);
  });
});
