import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Input } from '@shared/api';
import { testCore, tempDir, type TestCore } from '../helpers/core';
import {
  DISTRICT_PEOPLE, ENGLISH_PEOPLE, MESSY_PEOPLE, MOO_PEOPLE, PARTS_PEOPLE, districtWorkbook, englishCombinedCsv, englishPartsWithStrayRow, messyOfficeList,
  mooHeaderCsv, scientificIdCsv, tis620WithNuls, byLibreOffice, unmarkedAddressList, UNMARKED_PEOPLE, type ExpectedPerson,
} from '../helpers/import-corpus';
import { badId, readXlsx, sofficeAvailable, validId } from '../helpers/spreadsheet-fixtures';

/**
 * Issue 14's corpus: real office lists imported whole, each person checked field by field after
 * the commit, read back from the register.
 */

async function songkhlaOffice(): Promise<TestCore> {
  const core = testCore();
  await core.call('settings-save', { ...(await core.call('settings-get', {})), officeName: 'สำนักงานแรงงานจังหวัดสงขลา', province: 'สงขลา' });
  return core;
}

type ImportInput = Omit<Input<'volunteer-import-commit'>, 'file' | 'job' | 'duplicates'>;

async function commit(core: TestCore, name: string, bytes: Uint8Array, extra: ImportInput & { duplicates?: 'skip' | 'update' } = {}) {
  return core.call('volunteer-import-commit', { file: { name, bytes }, job: `j-${name}-${Math.random()}`, duplicates: 'skip', ...extra });
}

/** Each expected person as the register now holds them. */
async function expectPeople(core: TestCore, people: ExpectedPerson[]) {
  for (const p of people) {
    const found = await core.call('volunteer-list', { q: p.nationalId });
    expect(found.rows, p.nationalId).toHaveLength(1);
    const v = (await core.call('volunteer-get', { id: found.rows[0].id })).volunteer;
    expect({
      nationalId: v.nationalId, title: v.title, firstName: v.firstName, lastName: v.lastName, birthDate: v.birthDate, phone: v.phone,
      address: { houseNo: v.address.houseNo, moo: v.address.moo, subdistrict: v.address.subdistrict, district: v.address.district, province: v.address.province, postcode: v.address.postcode },
      area: v.area,
    }).toEqual(p);
  }
}

describe('import corpus: office lists as they come', () => {
  it('messy list: title rows, two-row merged header, +66 phones, totals row, no area columns', async () => {
    const core = await songkhlaOffice();
    const file = { name: 'อสร-สงขลา.xlsx', bytes: await messyOfficeList() };
    const p = await core.call('volunteer-import-preview', { file });
    expect(p.headerRow).toBe(4);
    expect(p.columns.map((c) => c.field)).toEqual([null, 'fullName', 'nationalId', 'birthDate', 'phone', 'address.houseNo', 'address.moo', 'address.subdistrict', 'address.district', 'address.province']);
    expect(p.counts).toMatchObject({ total: 4, new: 4, error: 0, warning: 1 });
    expect(p.summaryRows).toBe(1);
    expect(p.areaFromAddress).toEqual({ applied: true, count: 4 });
    expect(p.unmapped).toEqual([]);
    expect(p.rows[3].warnings).toEqual([expect.stringContaining('"ไม่มีโทรศัพท์"')]);
    expect(await commit(core, file.name, file.bytes)).toEqual({ inserted: 4, updated: 0, skipped: 0, unchanged: 0, failed: 0 });
    await expectPeople(core, MESSY_PEOPLE);

    // The district summary and the dashboard count them under their districts, none under "ไม่ระบุอำเภอ".
    const dashboard = await core.call('dashboard-summary', {});
    expect(dashboard.volunteers.byDistrict).toEqual([
      { district: 'เมืองสงขลา', count: 2 },
      { district: 'สะเดา', count: 1 },
      { district: 'หาดใหญ่', count: 1 },
    ]);
    const summary = await readXlsx((await core.call('district-summary-xlsx', { fiscalYear: 2568 })).bytes);
    const firstColumn = summary.worksheets[0].getColumn(1).values.map(String);
    expect(firstColumn).toEqual(expect.arrayContaining(['เมืองสงขลา', 'สะเดา', 'หาดใหญ่']));
    expect(firstColumn).not.toContain('ไม่ระบุอำเภอ');
  });

  it('leaves the area blank when the clerk turns "area from the home address" off', async () => {
    const core = await songkhlaOffice();
    const bytes = await messyOfficeList();
    const p = await core.call('volunteer-import-preview', { file: { name: 'a.xlsx', bytes }, areaFromAddress: false });
    expect(p.areaFromAddress).toEqual({ applied: false, count: 4 });
    await commit(core, 'a.xlsx', bytes, { areaFromAddress: false });
    await expectPeople(core, MESSY_PEOPLE.map((x) => ({ ...x, area: { subdistrict: '', district: '', province: '' } })));
  });

  it('English headers, a combined address column, subtotals, a bad e-mail and a bidi override', async () => {
    const core = await songkhlaOffice();
    const bytes = englishCombinedCsv();
    const p = await core.call('volunteer-import-preview', { file: { name: 'list.csv', bytes } });
    expect(p.columns.map((c) => c.field)).toEqual([null, 'title', 'firstName', 'lastName', 'nationalId', 'birthDate', 'phone', 'email', 'address.full', null]);
    expect(p.unmapped).toEqual(['Shoe size']);
    expect(p.summaryRows).toBe(2);
    expect(p.counts).toMatchObject({ total: 3, new: 3, error: 0 });
    expect(p.rows[1].warnings.join()).toContain('"not-an-email"');
    await commit(core, 'list.csv', bytes);
    await expectPeople(core, ENGLISH_PEOPLE);
    const somsri = await core.call('volunteer-list', { q: validId(112) });
    expect((await core.call('volunteer-get', { id: somsri.rows[0].id })).volunteer.email).toBe('not-an-email');
  });

  it('a combined address column typed without markers or with parts left out is split with the geography', async () => {
    const core = await songkhlaOffice();
    const bytes = await unmarkedAddressList();
    const p = await core.call('volunteer-import-preview', { file: { name: 'ที่อยู่.xlsx', bytes } });
    expect(p.columns.map((c) => c.field)).toEqual([null, 'fullName', 'nationalId', 'address.full', 'phone']);
    expect(p.counts).toMatchObject({ total: 5, new: 5, error: 0, warning: 0 });
    expect(p.areaFromAddress).toEqual({ applied: true, count: 5 });
    await commit(core, 'ที่อยู่.xlsx', bytes);
    await expectPeople(core, UNMARKED_PEOPLE);
  });

  it('English part headers (Village No., Tambon, Amphoe, Changwat) and a formatted cell on row 1,048,576', async () => {
    const core = await songkhlaOffice();
    const bytes = await englishPartsWithStrayRow();
    const p = await core.call('volunteer-import-preview', { file: { name: 'en.xlsx', bytes } });
    expect(p.counts).toMatchObject({ total: 20, new: 20, error: 0, warning: 0 });
    expect(p.areaFromAddress).toBeNull();
    await commit(core, 'en.xlsx', bytes);
    await expectPeople(core, PARTS_PEOPLE);
  });

  it('explains IDs that Excel turned into 3.10E+12 and how to fix them', async () => {
    const core = await songkhlaOffice();
    const p = await core.call('volunteer-import-preview', { file: { name: 'sci.csv', bytes: scientificIdCsv() } });
    expect(p.counts).toMatchObject({ total: 3, new: 1, error: 2 });
    for (const r of p.rows.slice(0, 2)) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toContain('3.10E+12');
      expect(r.errors[0]).toContain('ข้อความ (Text)');
    }
  });

  it('reads a TIS-620 CSV with NUL bytes, and no NUL reaches the register', async () => {
    const core = await songkhlaOffice();
    const bytes = tis620WithNuls();
    expect(bytes.indexOf(0)).toBe(0);
    await commit(core, 'nul.csv', bytes);
    const list = await core.call('volunteer-list', {});
    expect(list.rows.map((r) => [r.nationalId, r.firstName, r.lastName, r.phone]).sort()).toEqual([
      [validId(131), 'สมชาย', 'ใจดี', '0812345678'],
      [validId(132), 'มาลี', 'ศรีสุข', '0891112222'],
    ]);
  });

  it.skipIf(!sofficeAvailable())('.xls saved by LibreOffice: merged cells, dates and Thai text as from .xlsx (needs soffice)', async () => {
    const core = await songkhlaOffice();
    const xls = byLibreOffice(await messyOfficeList(), tempDir(), 'xls');
    expect([...xls.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const p = await core.call('volunteer-import-preview', { file: { name: 'อสร.xls', bytes: xls } });
    expect(p.summaryRows).toBe(1);
    expect(p.counts).toMatchObject({ total: 4, new: 4, error: 0 });
    await commit(core, 'อสร.xls', xls);
    await expectPeople(core, MESSY_PEOPLE);
  }, 240_000);

  it.skipIf(!sofficeAvailable())('.xlsx saved again by LibreOffice (its own zip order, styles and shared strings) imports the same people (needs soffice)', async () => {
    const core = await songkhlaOffice();
    const xlsx = byLibreOffice(await messyOfficeList(), tempDir(), 'xlsx');
    const p = await core.call('volunteer-import-preview', { file: { name: 'อสร-lo.xlsx', bytes: xlsx } });
    expect(p.headerRow).toBe(4);
    expect(p.summaryRows).toBe(1);
    expect(p.counts).toMatchObject({ total: 4, new: 4, error: 0 });
    await commit(core, 'อสร-lo.xlsx', xlsx);
    await expectPeople(core, MESSY_PEOPLE);
  }, 240_000);

  it('update mode: the same ID with another name and birth date is a conflict, decided per row', async () => {
    const core = await songkhlaOffice();
    await commit(core, 'first.xlsx', await messyOfficeList());
    const other = new TextEncoder().encode(
      ['คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,วันเกิด,โทรศัพท์', `นาย,สมศักดิ์,ใจดี,${validId(101)},1/1/2525,0800000001`, `นาง,มาลี,ศรีสุข,${validId(103)},1/7/2518,0800000003`].join('\n'),
    );
    const p = await core.call('volunteer-import-preview', { file: { name: 'second.csv', bytes: other } });
    expect(p.counts).toMatchObject({ existing: 2, conflict: 1 });
    expect(p.rows[0].conflict).toEqual({ register: { name: 'นายสมชาย ใจดี', birthDate: '1980-03-13' }, file: { name: 'นายสมศักดิ์ ใจดี', birthDate: '1982-01-01' } });
    expect(p.rows[1].conflict).toBeNull();
    // "Update" updates the matching person only; the conflicting one stays as the register has it.
    expect(await commit(core, 'second.csv', other, { duplicates: 'update' })).toEqual({ inserted: 0, updated: 1, skipped: 1, unchanged: 0, failed: 0 });
    // Only the phone is new; the address and the area, which this file has no columns for, stay.
    await expectPeople(core, [MESSY_PEOPLE[0], { ...MESSY_PEOPLE[2], phone: '0800000003' }]);
    // Chosen for that row: the file's data replaces the register's.
    // มาลี's row was taken by the update just before: now unchanged.
    expect(await commit(core, 'second.csv', other, { duplicates: 'skip', conflictUpdates: [{ sheet: 'CSV', row: 2 }] })).toEqual({ inserted: 0, updated: 1, skipped: 0, unchanged: 1, failed: 0 });
    const changed = await core.call('volunteer-list', { q: validId(101) });
    expect(changed.rows[0]).toMatchObject({ firstName: 'สมศักดิ์', lastName: 'ใจดี' });
  });

  it('"Moo" is the village number (หมู่ที่)', async () => {
    const core = await songkhlaOffice();
    const bytes = mooHeaderCsv();
    const p = await core.call('volunteer-import-preview', { file: { name: 'moo.csv', bytes } });
    expect(p.columns.map((c) => [c.header, c.field])).toContainEqual(['Moo', 'address.moo']);
    expect(p.unmapped).toEqual([]);
    await commit(core, 'moo.csv', bytes);
    await expectPeople(core, MOO_PEOPLE);
  });
});

/** What the preview says of each sheet of the district workbook, all sheets ticked. */
const DISTRICT_SHEETS = [
  { name: 'อ.เมือง', status: 'imported', headerRow: 2, rows: 3, size: 4, blank: [], reason: null },
  { name: 'อ.หาดใหญ่', status: 'imported', headerRow: 4, rows: 4, size: 5, blank: [], reason: null },
  { name: 'อ.สิงหนคร', status: 'imported', headerRow: 1, rows: 2, size: 2, blank: [], reason: null },
  { name: 'สรุป', status: 'left-out', headerRow: null, rows: 0, size: 0, blank: [], reason: 'ไม่พบหัวตารางที่ตรงกัน' },
  { name: 'หมายเหตุ', status: 'left-out', headerRow: null, rows: 0, size: 0, blank: [], reason: 'ไม่พบหัวตารางที่ตรงกัน' },
  { name: 'Sheet3', status: 'left-out', headerRow: null, rows: 0, size: 0, blank: [], reason: 'แผ่นงานว่าง' },
];

/** The whole district workbook (.xlsx or .xls): every district sheet in one preview and one commit, each row with its sheet. */
async function importDistricts(name: string, bytes: Uint8Array) {
  const core = await songkhlaOffice();
  const file = { name, bytes };
  const p = await core.call('volunteer-import-preview', { file });
  expect(p.sheetName).toBe('อ.เมือง');
  expect(p.headerRow).toBe(2);
  expect(p.sheets).toEqual(DISTRICT_SHEETS);
  expect(p.summaryRows).toBe(2);
  expect(p.unmapped).toEqual([]);
  expect(p.counts).toMatchObject({ total: 9, new: 7, error: 2 });
  expect(p.rows.map((r) => [r.sheet, r.row, r.nationalId, r.status])).toEqual([
    ['อ.เมือง', 3, validId(301), 'new'],
    ['อ.เมือง', 4, validId(302), 'new'],
    ['อ.เมือง', 5, validId(303), 'new'],
    ['อ.หาดใหญ่', 5, validId(311), 'new'],
    ['อ.หาดใหญ่', 6, validId(312), 'new'],
    ['อ.หาดใหญ่', 7, expect.stringMatching(/^\d{13}$/), 'error'],
    ['อ.หาดใหญ่', 8, validId(301), 'error'],
    ['อ.สิงหนคร', 2, validId(321), 'new'],
    ['อ.สิงหนคร', 3, validId(322), 'new'],
  ]);
  // A repeated ID is caught across sheets, and the message says which sheet and row has it first.
  expect(p.rows[6].errors).toEqual(["เลขประจำตัวประชาชนซ้ำกับแผ่นงาน 'อ.เมือง' แถว 3 ในไฟล์เดียวกัน"]);
  expect(p.rows[5].errors.join()).toContain('เลขประจำตัวประชาชน');

  // The error workbook says the sheet and the row of each, with the cells in the first sheet's column order.
  const errors = await readXlsx((await core.call('volunteer-import-errors', { file })).bytes);
  const ws = errors.worksheets[0];
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 3)).toEqual(['ข้อผิดพลาด', 'แผ่นงาน', 'แถวในไฟล์เดิม']);
  const nameAt = header.indexOf('ชื่อ-สกุล') + 1;
  const idAt = header.indexOf('เลขประจำตัวประชาชน') + 1;
  const back = [2, 3].map((r) => [ws.getCell(r, 2).value, ws.getCell(r, 3).value, ws.getCell(r, nameAt).value, String(ws.getCell(r, idAt).value)]);
  expect(back).toEqual([
    ['อ.หาดใหญ่', 7, 'นายผิด เลขบัตร', badId(313)],
    ['อ.หาดใหญ่', 8, 'นายซ้ำ ข้ามแผ่น', validId(301)],
  ]);
  expect(ws.rowCount).toBe(3);

  expect(await commit(core, name, bytes)).toEqual({ inserted: 7, updated: 0, skipped: 0, unchanged: 0, failed: 2 });
  await expectPeople(core, DISTRICT_PEOPLE);
  return core;
}

describe('import corpus: one sheet per district', () => {
  it('imports every district sheet of an .xlsx together, leaves the summary, notes and blank sheets out and says so', async () => {
    await importDistricts('อสร-รายอำเภอ.xlsx', await districtWorkbook());
  });

  it.skipIf(!sofficeAvailable())('the same workbook saved as .xls by LibreOffice (needs soffice)', async () => {
    const xls = byLibreOffice(await districtWorkbook(), tempDir(), 'xls');
    expect([...xls.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    await importDistricts('อสร-รายอำเภอ.xls', xls);
  }, 240_000);

  it('a sheet the clerk unticks is left out of the preview, the commit and the error workbook', async () => {
    const core = await songkhlaOffice();
    const file = { name: 'd.xlsx', bytes: await districtWorkbook() };
    const p = await core.call('volunteer-import-preview', { file, skipSheets: ['อ.หาดใหญ่'] });
    expect(p.sheets[1]).toEqual({ name: 'อ.หาดใหญ่', status: 'unticked', headerRow: 4, rows: 0, size: 5, blank: [], reason: null });
    expect(p.counts).toMatchObject({ total: 5, new: 5, error: 0 });
    expect(p.summaryRows).toBe(1);
    expect(new Set(p.rows.map((r) => r.sheet))).toEqual(new Set(['อ.เมือง', 'อ.สิงหนคร']));
    await expect(core.call('volunteer-import-errors', { file, skipSheets: ['อ.หาดใหญ่'] })).rejects.toThrow('"NOT_FOUND"');
    expect(await commit(core, file.name, file.bytes, { skipSheets: ['อ.หาดใหญ่'] })).toEqual({ inserted: 5, updated: 0, skipped: 0, unchanged: 0, failed: 0 });
    await expectPeople(core, DISTRICT_PEOPLE.filter((x) => !x.address.district.startsWith('หาดใหญ่')));
    expect((await core.call('volunteer-list', { q: validId(311) })).rows).toHaveLength(0);
    // A mapping without the ID column checks no row, and still says which sheets would be read.
    const noId = await core.call('volunteer-import-preview', { file, mapping: { '2': null } });
    expect(noId.mappingProblem).not.toBeNull();
    expect(noId.sheets.map((x) => x.status)).toEqual(['imported', 'imported', 'imported', 'left-out', 'left-out', 'left-out']);
    // The last sheet cannot be left out too: there would be nothing to import.
    await expect(core.call('volunteer-import-preview', { file, skipSheets: ['อ.เมือง', 'อ.หาดใหญ่', 'อ.สิงหนคร'] })).rejects.toThrow('"VALIDATION"');
  });

  it('conflicts on the same row number of two sheets are told apart and decided each on its own', async () => {
    const core = await songkhlaOffice();
    const earlier = new TextEncoder().encode(['คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน', `นาย,สมปอง,ใจดี,${validId(301)}`, `นาง,จันทรา,เพ็ญ,${validId(322)}`].join('\n'));
    await commit(core, 'earlier.csv', earlier);
    const file = { name: 'd.xlsx', bytes: await districtWorkbook() };
    const p = await core.call('volunteer-import-preview', { file });
    expect(p.rows.filter((r) => r.conflict).map((r) => [r.sheet, r.row])).toEqual([['อ.เมือง', 3], ['อ.สิงหนคร', 3]]);
    const result = await commit(core, file.name, file.bytes, { conflictUpdates: [{ sheet: 'อ.สิงหนคร', row: 3 }] });
    expect(result).toEqual({ inserted: 5, updated: 1, skipped: 1, unchanged: 0, failed: 2 });
    expect((await core.call('volunteer-list', { q: validId(301) })).rows[0]).toMatchObject({ firstName: 'สมปอง' });
    expect((await core.call('volunteer-list', { q: validId(322) })).rows[0]).toMatchObject({ firstName: 'จันทร์' });
  });

  it('a district sheet without a column the others have (no phone, no birth date) is read with them, those cells blank, and says so', async () => {
    const core = await songkhlaOffice();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('อ.เมือง').addRows([['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'วันเกิด', 'โทรศัพท์'], ['นาย', 'หนึ่ง', 'เมือง', validId(341), '1/1/2520', '0811111111']]);
    wb.addWorksheet('อ.จะนะ').addRows([['เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'วันเกิด'], [validId(342), 'นาง', 'สอง', 'จะนะ', '2/2/2522']]);
    wb.addWorksheet('อ.เทพา').addRows([['เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล'], [validId(343), 'นาย', 'สาม', 'เทพา']]);
    // Without the ID column a row cannot be told apart from the register's: that sheet stays out.
    wb.addWorksheet('อ.นาทวี').addRows([['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'วันเกิด', 'โทรศัพท์'], ['นาง', 'สี่', 'นาทวี', '4/4/2524', '0844444444']]);
    const file = { name: 'districts.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
    const p = await core.call('volunteer-import-preview', { file });
    expect(p.sheets.slice(1)).toEqual([
      { name: 'อ.จะนะ', status: 'imported', headerRow: 1, rows: 1, size: 1, blank: ['โทรศัพท์'], reason: null },
      { name: 'อ.เทพา', status: 'imported', headerRow: 1, rows: 1, size: 1, blank: ['วันเกิด', 'โทรศัพท์'], reason: null },
      {
        name: 'อ.นาทวี', status: 'left-out', headerRow: null, rows: 0, size: 0, blank: [],
        reason: "ไม่พบหัวตารางที่ตรงกัน (คอลัมน์ต่างจากแผ่นงาน 'อ.เมือง': ไม่มี เลขประจำตัวประชาชน) หากเป็นรายชื่อชุดเดียวกัน กรุณาแก้หัวตารางให้ตรงกันแล้วเลือกไฟล์อีกครั้ง",
      },
    ]);
    expect(p.rows.map((r) => [r.sheet, r.nationalId, r.status])).toEqual([['อ.เมือง', validId(341), 'new'], ['อ.จะนะ', validId(342), 'new'], ['อ.เทพา', validId(343), 'new']]);
    expect(await commit(core, file.name, file.bytes)).toEqual({ inserted: 3, updated: 0, skipped: 0, unchanged: 0, failed: 0 });
    const person = async (seed: number) => (await core.call('volunteer-get', { id: (await core.call('volunteer-list', { q: validId(seed) })).rows[0].id })).volunteer;
    expect(await person(342)).toMatchObject({ firstName: 'สอง', birthDate: '1979-02-02', phone: '' });
    expect(await person(343)).toMatchObject({ firstName: 'สาม', birthDate: null, phone: '' });
  });

  it('sheets that together pass the row limit are listed for the clerk to choose from, saying which to leave out', async () => {
    const core = await songkhlaOffice();
    const wb = new ExcelJS.Workbook();
    for (const name of ['อ.เมือง', 'อ.หาดใหญ่']) {
      const ws = wb.addWorksheet(name);
      ws.addRow(['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน']);
      for (let i = 0; i < 25_060; i++) ws.addRow(['นาย', 'คน', `ที่${i}`, validId(name === 'อ.เมือง' ? i : 100_000 + i)]);
    }
    const file = { name: 'big.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
    const all = await core.call('volunteer-import-preview', { file });
    expect(all.mappingProblem).toBe(
      "แผ่นงานที่เลือกไว้รวมกันมีข้อมูล 50,120 แถว เกินที่นำเข้าได้ครั้งละ 50,000 แถว กรุณาเอาเครื่องหมายออกจากแผ่นงาน 'อ.หาดใหญ่' (25,060 แถว) แล้วกด \"ตรวจสอบข้อมูล\" อีกครั้ง แผ่นงานที่เอาออกนำเข้าได้ในครั้งถัดไป",
    );
    expect(all.rows).toEqual([]);
    expect(all.sheets.map((s) => [s.name, s.status, s.size])).toEqual([['อ.เมือง', 'imported', 25_060], ['อ.หาดใหญ่', 'imported', 25_060]]);
    const refused = await core.dispatch('volunteer-import-commit', { file, job: 'all', duplicates: 'skip' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: all.mappingProblem } });
    // One sheet left out: the rest are checked, and the left-out sheet still says how big it is.
    const one = await core.call('volunteer-import-preview', { file, skipSheets: ['อ.หาดใหญ่'] });
    expect(one.mappingProblem).toBeNull();
    expect(one.counts).toMatchObject({ total: 25_060, new: 25_060, error: 0 });
    expect(one.sheets.map((s) => [s.name, s.status, s.size])).toEqual([['อ.เมือง', 'imported', 25_060], ['อ.หาดใหญ่', 'unticked', 25_060]]);
  }, 180_000);
});

