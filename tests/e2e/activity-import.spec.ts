import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { formatYearMonth } from '@shared/schemas/activity';
import { addDays, formatThaiDateNumeric, THAI_MONTHS_SHORT, todayIso, toThaiDigits } from '@shared/thai';
import { nationalIdFor, volunteer } from '../helpers/seminar-fixtures';
import { readXlsx } from '../helpers/spreadsheet-fixtures';
import { expect, pickByKeyboard, screenshot, test } from './fixtures';

// The screen size the offices' laptops have.
test.use({ viewport: { width: 1366, height: 768 } });

/**
 * A district's monthly report as typed in Excel: a title line, a kind column headed "งานที่ทำ" that
 * no alias knows (the clerk maps it), two good rows, three the app must refuse, and a totals row.
 */
async function monthlyReport(): Promise<Buffer> {
  const day = (back: number) => formatThaiDateNumeric(addDays(todayIso(), -back));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ผลงาน');
  ws.addRow(['รายงานผลการปฏิบัติงานอาสาสมัครแรงงาน อำเภอหาดใหญ่']);
  ws.addRow(['ลำดับ', 'ชื่อ-สกุล', 'เลขประจำตัวประชาชน', 'อำเภอ', 'วันที่', 'งานที่ทำ', 'จำนวน (คน)', 'สถานที่', 'หน่วยงานที่ส่งต่อ']);
  ws.addRow([1, 'นายสมหมาย1 ทดสอบ1', nationalIdFor(1), 'หาดใหญ่', day(5), 'ประชาสัมพันธ์ข้อมูลข่าวสาร', 12, 'ตลาดคลองแห', '']);
  ws.addRow([2, 'นายสมหมาย2 ทดสอบ2', '', 'หาดใหญ่', day(4), 'ชี้เป้า', 1, 'หมู่ 3', 'สำนักงานจัดหางานจังหวัด']);
  // The same name as someone in เมืองสงขลา, without an ID or district.
  ws.addRow([3, 'นายสมหมาย1 ทดสอบ1', '', '', day(3), 'จัดเก็บข้อมูลแรงงาน', 4, '', '']);
  ws.addRow([4, 'นายสมหมาย3 ทดสอบ3', nationalIdFor(3), 'หาดใหญ่', day(3), 'ปลูกป่า', 20, '', '']);
  ws.addRow([5, 'นายสมหมาย3 ทดสอบ3', nationalIdFor(3), 'หาดใหญ่', day(-10), 'จัดเก็บข้อมูลแรงงาน', 2, '', '']);
  ws.addRow(['รวม', '', '', '', '', '', 39, '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function pick(page: Page, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  const button = page.getByRole('button', { name: 'เลือกไฟล์ .xlsx .xls หรือ .csv', exact: true });
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'ผลงาน-หาดใหญ่.xlsx', mimeType: 'application/octet-stream', buffer });
}

test('a monthly activity report imports through the wizard by keyboard: rows matched, three refused with reasons, a second import records nothing twice', async ({ page, app }) => {
  test.setTimeout(900_000);
  for (let n = 1; n <= 3; n++) await app.call('volunteer-create', { ...volunteer(n, 'หาดใหญ่', 'คลองแห'), termStart: '2024-10-01', termEnd: '2028-09-30' });
  await app.call('volunteer-create', { ...volunteer(50, 'เมืองสงขลา'), firstName: 'สมหมาย1', lastName: 'ทดสอบ1', termStart: '2024-10-01', termEnd: '2028-09-30' });
  const ids = Object.fromEntries((await app.call('volunteer-list', { district: 'หาดใหญ่' })).rows.map((r) => [r.firstName, r.id]));

  await app.open(page, '/activities');
  await page.getByRole('link', { name: 'นำเข้าจาก Excel' }).click();
  await expect(page.getByRole('heading', { name: 'นำเข้าผลการปฏิบัติงานอาสาสมัครจากไฟล์ Excel' })).toBeVisible();
  await pick(page, await monthlyReport());

  await expect(page.getByText('พบหัวตารางที่แถว 2 ของแผ่นงาน ผลงาน (9 คอลัมน์)')).toBeVisible();
  const kindColumn = page.getByRole('combobox', { name: 'คอลัมน์ F งานที่ทำ นำเข้าเป็น' });
  await expect(kindColumn).toHaveValue('— ไม่นำเข้า —');
  await expect(page.getByText('ยังไม่ได้เลือกคอลัมน์กิจกรรม')).toBeVisible();
  const checkButton = page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true });
  await expect(checkButton).toBeDisabled();
  // Typed into the searchable select, chosen with the arrow keys and Enter.
  await kindColumn.click();
  await kindColumn.fill('ประเภท');
  await pickByKeyboard(page, kindColumn, 'ประเภทกิจกรรม');
  await expect(kindColumn).toHaveValue('ประเภทกิจกรรม');
  await expect(page.getByText('ยังไม่ได้เลือกคอลัมน์กิจกรรม')).toHaveCount(0);
  await screenshot(page, 'activity-import-mapping');
  await checkButton.focus();
  await page.keyboard.press('Enter');

  const counts = page.getByLabel('สรุปผลการตรวจสอบ');
  await expect(counts).toContainText('ทั้งหมด 5 แถว');
  await expect(counts).toContainText('บันทึกใหม่ 2 รายการ');
  await expect(counts).toContainText('มีข้อผิดพลาด 3 แถว');
  await expect(page.getByText('ข้ามแถวสรุปยอด (รวม ทั้งหมด Total) 1 แถว')).toBeVisible();
  // The rows with errors come first, each saying what to do.
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  const row = (n: number) => rows.filter({ has: page.getByRole('cell', { name: String(n), exact: true }) });
  await expect(row(5)).toContainText('ตรงกับอาสาสมัครหลายคน');
  await expect(row(5)).toContainText('อ.เมืองสงขลา');
  await expect(row(6)).toContainText('ไม่รู้จักประเภทกิจกรรม "ปลูกป่า" ประเภทที่ใช้อยู่: ประชาสัมพันธ์ข้อมูลข่าวสาร');
  await expect(row(7)).toContainText('ยังมาไม่ถึง');
  await screenshot(page, 'activity-import-preview');
  await page.getByText('ทั้งหมด (5)', { exact: true }).click();
  await expect(rows).toHaveCount(5);
  await expect(row(4)).toContainText('ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ 1');

  const commit = page.getByRole('button', { name: 'นำเข้า 2 รายการ' });
  await commit.focus();
  await page.keyboard.press('Enter');
  const result = page.getByLabel('ผลการนำเข้า');
  await expect(result).toContainText('บันทึกใหม่ (รายการ)2');
  await expect(result).toContainText('ไม่ได้นำเข้า (มีข้อผิดพลาด)3');
  await screenshot(page, 'activity-import-result');
  expect((await app.call('activity-list', { volunteerId: ids['สมหมาย1'] })).map((a) => [a.kindName, a.people, a.place])).toEqual([['ประชาสัมพันธ์ข้อมูลข่าวสาร', 12, 'ตลาดคลองแห']]);
  expect((await app.call('activity-list', { volunteerId: ids['สมหมาย2'] })).map((a) => [a.kindName, a.agency])).toEqual([['ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ', 'สำนักงานจัดหางานจังหวัด']]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'ดาวน์โหลดแถวที่มีข้อผิดพลาด' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ผลงาน-หาดใหญ่-แถวที่ต้องแก้ไข.xlsx');
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asa-activity-import-')), 'errors.xlsx');
  await file.saveAs(saved);
  const ws = (await readXlsx(new Uint8Array(fs.readFileSync(saved)))).worksheets[0];
  expect([2, 3, 4].map((r) => ws.getRow(r).getCell(2).value)).toEqual([5, 6, 7]);

  // The same file again: the mapping is remembered and nothing is recorded twice.
  await page.getByRole('button', { name: 'นำเข้าไฟล์อื่น' }).click();
  await pick(page, await monthlyReport());
  await expect(page.getByRole('combobox', { name: 'คอลัมน์ F งานที่ทำ นำเข้าเป็น' })).toHaveValue('ประเภทกิจกรรม');
  await checkButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('สรุปผลการตรวจสอบ')).toContainText('บันทึกไว้แล้ว (ข้าม) 2 รายการ');
  await expect(page.getByRole('button', { name: 'ไม่มีรายการใหม่ให้นำเข้า' })).toBeDisabled();
});

test('a volunteer × kind table of counts without a month column: the month is chosen on the mapping step and the counts land in the monthly grid', async ({ page, app }) => {
  test.setTimeout(900_000);
  for (let n = 1; n <= 2; n++) await app.call('volunteer-create', { ...volunteer(n, 'หาดใหญ่', 'คลองแห'), termStart: '2024-10-01', termEnd: '2028-09-30' });
  const ids = Object.fromEntries((await app.call('volunteer-list', { district: 'หาดใหญ่' })).rows.map((r) => [r.firstName, r.id]));
  const kinds = await app.call('activity-kinds-get', {});
  const lastMonth = addDays(`${todayIso().slice(0, 7)}-01`, -1).slice(0, 7);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('สรุป');
  ws.addRow(['สรุปผลการปฏิบัติงานอาสาสมัครแรงงาน อำเภอหาดใหญ่']);
  ws.addRow(['ที่', 'ชื่อ - สกุล', 'อำเภอ', ...kinds.map((k) => k.name)]);
  ws.addRow([1, 'นายสมหมาย1 ทดสอบ1', 'หาดใหญ่', 10, 2, null, 5, null]);
  ws.addRow([2, 'นายสมหมาย2 ทดสอบ2', 'หาดใหญ่', '๓', null, 4, null, 1]);
  ws.addRow(['รวม', null, null, 13, 2, 4, 5, 1]);

  await app.open(page, '/activities/import');
  await pick(page, Buffer.from(await wb.xlsx.writeBuffer()));
  await expect(page.getByRole('combobox', { name: `คอลัมน์ D ${kinds[0].name} นำเข้าเป็น` })).toHaveValue(`จำนวน: ${kinds[0].name}`);
  await expect(page.getByText('ไฟล์ไม่มีคอลัมน์เดือนหรือวันที่ กรุณาเลือกเดือนของรายงานนี้')).toBeVisible();
  const month = page.getByRole('combobox', { name: 'เดือนของรายงาน (พ.ศ.)' });
  await month.focus();
  await pickByKeyboard(page, month, formatYearMonth(lastMonth));
  await expect(month).toHaveValue(formatYearMonth(lastMonth));
  await page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByLabel('สรุปผลการตรวจสอบ')).toContainText('บันทึกใหม่ 6 รายการ');
  await expect(page.getByText('ไฟล์นี้เป็นตารางจำนวนรายเดือน')).toBeVisible();
  await expect(page.locator('tbody tr').first()).toContainText(formatYearMonth(lastMonth));
  await screenshot(page, 'activity-import-table-preview');
  await page.getByRole('button', { name: 'นำเข้า 6 รายการ' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('ผลการนำเข้า')).toContainText('บันทึกใหม่ (รายการ)6');

  const grid = await app.call('activity-grid-get', { month: lastMonth, district: 'หาดใหญ่' });
  const cells = (first: string) => grid.rows.find((r) => r.volunteerId === ids[first])!.cells;
  expect(cells('สมหมาย1')).toEqual({ [kinds[0].id]: 10, [kinds[1].id]: 2, [kinds[3].id]: 5 });
  expect(cells('สมหมาย2')).toEqual({ [kinds[0].id]: 3, [kinds[2].id]: 4, [kinds[4].id]: 1 });
});

test('a table of counts whose title line names the month: the wizard fills the month in, says which line it read, and the counts land in that month', async ({ page, app }) => {
  test.setTimeout(900_000);
  for (let n = 1; n <= 2; n++) await app.call('volunteer-create', { ...volunteer(n, 'หาดใหญ่', 'คลองแห'), termStart: '2024-10-01', termEnd: '2028-09-30' });
  const ids = Object.fromEntries((await app.call('volunteer-list', { district: 'หาดใหญ่' })).rows.map((r) => [r.firstName, r.id]));
  const kinds = await app.call('activity-kinds-get', {});
  // Two months back, written the short way with a two-digit B.E. year in Thai digits: "ประจำเดือน ก.ย. ๖๘".
  const month = addDays(`${addDays(`${todayIso().slice(0, 7)}-01`, -1).slice(0, 7)}-01`, -1).slice(0, 7);
  const [y, m] = month.split('-').map(Number);
  const title = `ผลการปฏิบัติงานอาสาสมัครแรงงาน อำเภอหาดใหญ่ ประจำเดือน ${THAI_MONTHS_SHORT[m - 1]} ${toThaiDigits(String((y + 543) % 100))}`;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('สรุป');
  ws.addRow([title]);
  ws.addRow(['ที่', 'ชื่อ - สกุล', 'อำเภอ', ...kinds.map((k) => k.name)]);
  ws.addRow([1, 'นายสมหมาย1 ทดสอบ1', 'หาดใหญ่', 7, null, null, null, null]);
  ws.addRow([2, 'นายสมหมาย2 ทดสอบ2', 'หาดใหญ่', null, 1, null, null, null]);

  await app.open(page, '/activities/import');
  await pick(page, Buffer.from(await wb.xlsx.writeBuffer()));
  const chosen = page.getByRole('combobox', { name: 'เดือนของรายงาน (พ.ศ.)' });
  await expect(chosen).toHaveValue(formatYearMonth(month));
  await expect(page.getByText(`อ่านจากหัวเรื่องของไฟล์: "${title}" ถ้าไม่ถูกต้อง เลือกเดือนใหม่ได้`)).toBeVisible();
  await expect(page.getByText('ไฟล์ไม่มีคอลัมน์เดือนหรือวันที่ กรุณาเลือกเดือนของรายงานนี้')).toHaveCount(0);
  await screenshot(page, 'activity-import-title-month');
  await page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByLabel('สรุปผลการตรวจสอบ')).toContainText('บันทึกใหม่ 2 รายการ');
  await expect(page.locator('tbody tr').first()).toContainText(formatYearMonth(month));
  await page.getByRole('button', { name: 'นำเข้า 2 รายการ' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('ผลการนำเข้า')).toContainText('บันทึกใหม่ (รายการ)2');
  const grid = await app.call('activity-grid-get', { month, district: 'หาดใหญ่' });
  expect(grid.rows.find((r) => r.volunteerId === ids['สมหมาย1'])!.cells).toEqual({ [kinds[0].id]: 7 });
  expect(grid.rows.find((r) => r.volunteerId === ids['สมหมาย2'])!.cells).toEqual({ [kinds[1].id]: 1 });
});
