import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { districtWorkbook, messyOfficeList } from '../helpers/import-corpus';
import { badId, readXlsx, validId } from '../helpers/spreadsheet-fixtures';
import { expect, pickByKeyboard, pickSpreadsheet, screenshot, test } from './fixtures';

const ROWS = 200;
/** Data rows (1-based) that are wrong in three ways a person cannot be registered with. */
const BAD: Record<number, string> = {
  17: 'เลขตรวจสอบ',
  48: 'กรุณากรอกชื่อ',
  133: 'ซ้ำกับแถวที่',
};
/** Rows wrong only in optional fields: imported, with a warning. */
const WARNED: Record<number, string> = {
  90: '31/02/2520',
  181: 'ไม่รู้จัก',
};
/** Title line, blank line, then the header: data row i is Excel row i + 3. */
const excelRow = (i: number) => i + 3;

/**
 * An office's list as typed in Excel: a title above the table, B.E. text dates, and an ID column
 * headed "เลข ปชช." that no alias knows, so the user must map it. `moved`: the list a year on, the
 * people of even rows moved to another subdistrict.
 */
async function officeList(moved = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('อสร. 2568');
  ws.addRow(['รายชื่ออาสาสมัครแรงงาน อำเภอเมืองสงขลา']);
  ws.addRow([]);
  ws.addRow(['ลำดับ', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลข ปชช.', 'วันเกิด', 'เพศ', 'ตำบล', 'อำเภอ', 'จังหวัด']);
  for (let i = 1; i <= ROWS; i++) {
    const row = [i, 'นาย', `นำเข้า${i}`, `ทดสอบ${i}`, validId(500 + i), '13/03/2523', 'ชาย', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา'];
    if (i === 17) row[4] = badId(500 + i);
    if (i === 48) row[2] = '';
    if (i === 90) row[5] = '31/02/2520';
    if (i === 133) row[4] = validId(500 + 10);
    if (i === 181) row[6] = 'ไม่ระบุ';
    if (moved && i % 2 === 0) row[7] = 'เกาะแต้ว';
    ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('import 200 rows with 3 bad ones and 2 warned: fix the mapping, commit 197, download the 3 to fix', async ({ page, app }) => {
  await app.open(page, '/volunteers');
  await page.getByRole('link', { name: 'นำเข้าจาก Excel' }).click();
  await expect(page.getByRole('heading', { name: 'นำเข้ารายชื่ออาสาสมัครจากไฟล์ Excel' })).toBeVisible();

  // A file that is not a spreadsheet is refused in Thai, and the user can pick again.
  await pickSpreadsheet(page, 'รายงาน.xlsx', Buffer.from('%PDF-1.7\n%âãÏÓ\n'));
  await expect(page.getByRole('alert')).toContainText('ไฟล์นี้เป็น PDF ไม่ใช่ตาราง');

  await pickSpreadsheet(page, 'อสร-เมืองสงขลา.xlsx', await officeList());
  await expect(page.getByText('พบหัวตารางที่แถว 3 ของแผ่นงาน อสร. 2568 (10 คอลัมน์)')).toBeVisible();
  await expect(page.getByText('ไฟล์นี้เป็น PDF')).toHaveCount(0);
  const idColumn = page.getByRole('combobox', { name: 'คอลัมน์ E เลข ปชช. นำเข้าเป็น' });
  await expect(idColumn).toHaveValue('— ไม่นำเข้า —');
  await expect(page.getByText('ยังไม่ได้เลือกคอลัมน์เลขประจำตัวประชาชน')).toBeVisible();
  await expect(page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'คอลัมน์ C ชื่อ นำเข้าเป็น' })).toHaveValue('ชื่อ *');
  await expect(page.getByRole('cell', { name: `${validId(501)} · ${validId(502)} · ${validId(503)}` })).toBeVisible();

  // Fix the mapping by keyboard: type into the searchable select, choose with Enter.
  await idColumn.click();
  await idColumn.fill('เลขประจำ');
  await pickByKeyboard(page, idColumn, 'เลขประจำตัวประชาชน *');
  await expect(idColumn).toHaveValue('เลขประจำตัวประชาชน *');
  await expect(page.getByText('ยังไม่ได้เลือกคอลัมน์เลขประจำตัวประชาชน')).toHaveCount(0);
  await screenshot(page, 'import-mapping');

  await page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }).click();
  const counts = page.getByLabel('สรุปผลการตรวจสอบ');
  await expect(counts).toContainText('ทั้งหมด 200 แถว');
  await expect(counts).toContainText('เพิ่มใหม่ 197');
  await expect(counts).toContainText('มีข้อผิดพลาด 3');
  // The rows with errors are shown first, each with what is wrong.
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  for (const [i, why] of Object.entries(BAD)) {
    await expect(rows.filter({ has: page.getByRole('cell', { name: String(excelRow(Number(i))), exact: true }) })).toContainText(why);
  }
  await page.getByText('มีคำเตือน (2)', { exact: true }).click();
  for (const [i, why] of Object.entries(WARNED)) {
    await expect(rows.filter({ has: page.getByRole('cell', { name: String(excelRow(Number(i))), exact: true }) })).toContainText(why);
  }
  await page.getByText('มีข้อผิดพลาด (3)', { exact: true }).click();
  await screenshot(page, 'import-preview');
  await page.getByText('ทั้งหมด (200)', { exact: true }).click();
  await expect(page.getByText('1–50 จาก 200 แถว')).toBeVisible();

  await page.getByRole('button', { name: 'นำเข้า 197 รายการ' }).click();
  const result = page.getByLabel('ผลการนำเข้า');
  await expect(result).toContainText('เพิ่มใหม่197');
  await expect(result).toContainText('ไม่ได้นำเข้า (มีข้อผิดพลาด)3');
  await screenshot(page, 'import-result');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'ดาวน์โหลดแถวที่มีข้อผิดพลาด' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('อสร-เมืองสงขลา-แถวที่ต้องแก้ไข.xlsx');
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asa-import-')), 'errors.xlsx');
  await file.saveAs(saved);
  const ws = (await readXlsx(new Uint8Array(fs.readFileSync(saved)))).worksheets[0];
  expect(ws.getRow(1).getCell(1).value).toBe('ข้อผิดพลาด');
  expect(ws.getRow(1).getCell(2).value).toBe('แถวในไฟล์เดิม');
  expect(ws.getRow(1).getCell(7).value).toBe('เลข ปชช.');
  expect(ws.actualRowCount).toBe(4);
  const back = [2, 3, 4].map((r) => ({ row: ws.getRow(r).getCell(2).value, error: String(ws.getRow(r).getCell(1).value), name: ws.getRow(r).getCell(5).value }));
  expect(back.map((b) => b.row)).toEqual(Object.keys(BAD).map((i) => excelRow(Number(i))));
  back.forEach((b, k) => expect(b.error).toContain(Object.values(BAD)[k]));
  expect(back[0].name).toBe('นำเข้า17');

  // The register now holds the 197; the import remembered the ID column for next time.
  await page.getByRole('button', { name: 'ไปที่ทะเบียนอาสาสมัคร' }).click();
  await expect(page.getByText('ทั้งหมด 197 คน')).toBeVisible();
  await page.getByRole('link', { name: 'นำเข้าจาก Excel' }).click();
  // A year on: the even rows moved subdistrict (99 of the 197), the others are as the register has them.
  await pickSpreadsheet(page, 'อสร-เมืองสงขลา.xlsx', await officeList(true));
  await expect(page.getByRole('combobox', { name: 'คอลัมน์ E เลข ปชช. นำเข้าเป็น' })).toHaveValue('เลขประจำตัวประชาชน *');
  await page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }).click();
  await expect(page.getByLabel('สรุปผลการตรวจสอบ')).toContainText('มีในทะเบียนแล้ว 99');
  await expect(page.getByLabel('สรุปผลการตรวจสอบ')).toContainText('ไม่เปลี่ยนแปลง 98');
  await expect(page.getByRole('button', { name: 'ไม่มีแถวที่นำเข้าได้' })).toBeDisabled();
  // Each moved person shows the address an update would write, the register's beside it.
  await page.getByText('มีในทะเบียนแล้ว (99)', { exact: true }).click();
  await expect(page.locator('tbody tr').first()).toContainText('ตำบลเกาะแต้ว อำเภอเมืองสงขลา จังหวัดสงขลา 90000เดิม: ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา 90000');
  await page.getByRole('radio', { name: 'ปรับปรุงข้อมูลในทะเบียนตามไฟล์' }).check();
  await expect(page.getByRole('button', { name: 'นำเข้า 99 รายการ' })).toBeEnabled();
  // An update takes only the file's columns, and its blank cells erase nothing: said beside the choice.
  const choice = page.getByRole('radiogroup', { name: /มีในทะเบียนแล้ว/ });
  await expect(choice).toContainText('ปรับปรุงเฉพาะ คำนำหน้าชื่อ, ชื่อ, นามสกุล');
  await expect(choice).toContainText('ข้อมูลอื่นในทะเบียนคงเดิม ช่องว่างในไฟล์ไม่ลบข้อมูลเดิม');
  await choice.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-update-fields');
  await page.getByRole('button', { name: 'นำเข้า 99 รายการ' }).click();
  const updated = page.getByLabel('ผลการนำเข้า');
  await expect(updated).toContainText('ปรับปรุงข้อมูล99');
  await expect(updated).toContainText('ไม่เปลี่ยนแปลง (ตรงกับทะเบียน)98');
  await screenshot(page, 'import-update-result');
});

test('exports the register filtered as the list is', async ({ page, app }) => {
  await app.open(page, '/volunteers');
  await page.getByRole('link', { name: 'นำเข้าจาก Excel' }).click();
  await pickSpreadsheet(page, 'อสร.xlsx', await officeList());
  const idColumn = page.getByRole('combobox', { name: 'คอลัมน์ E เลข ปชช. นำเข้าเป็น' });
  await idColumn.fill('เลขประจำ');
  await pickByKeyboard(page, idColumn, 'เลขประจำตัวประชาชน *');
  await expect(idColumn).toHaveValue('เลขประจำตัวประชาชน *');
  await page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }).click();
  await page.getByRole('button', { name: 'นำเข้า 197 รายการ' }).click();
  await page.getByRole('button', { name: 'ไปที่ทะเบียนอาสาสมัคร' }).click();

  await page.getByLabel('ค้นหา').fill('ทดสอบ12');
  await expect(page.getByText(/จาก 11 คน/)).toBeVisible();
  await screenshot(page, 'volunteers-spreadsheet-buttons');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'ส่งออก Excel ตามที่กรอง' }).click();
  // The columns that print on one A4 page wide are chosen by default.
  const dialog = page.getByRole('dialog', { name: 'เลือกคอลัมน์ที่จะส่งออก' });
  await expect(dialog.getByRole('checkbox', { name: 'สถานะ' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'วันเกิด' })).not.toBeChecked();
  await screenshot(page, 'volunteers-export-columns');
  await dialog.getByRole('button', { name: 'ส่งออก', exact: true }).click();
  const file = await download;
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asa-export-')), 'register.xlsx');
  await file.saveAs(saved);
  const ws = (await readXlsx(new Uint8Array(fs.readFileSync(saved)))).worksheets[0];
  expect(String(ws.getRow(2).getCell(1).value)).toContain('ค้นหา "ทดสอบ12" จำนวน 11 คน');
  // Title, filter line, header, then the 11 people (ทดสอบ12 and ทดสอบ120–129).
  expect(ws.actualRowCount).toBe(3 + 11);
  expect(ws.getRow(3).values).toContain('สถานะ');
  expect(ws.getRow(3).values).not.toContain('วันเกิด');
});

/** A second list of the same office: a totals row, no area columns, a column the app does not know, one ID under another name. */
async function secondList(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ปรับปรุง');
  ws.addRow(['รายชื่อปรับปรุงปี 2568']);
  ws.addRow(['ลำดับ', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'วันเกิด', 'โทรศัพท์', 'ตำบล', 'อำเภอ', 'จังหวัด', 'ขนาดเสื้อ']);
  ws.addRow([1, 'นาย', 'สมศักดิ์', 'ใจดี', validId(101), '1/1/2525', '+66 81 999 0001', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา', 'L']);
  ws.addRow([2, 'นาง', 'มาลี', 'ศรีสุข', validId(103), '01/07/2518', '081-222-3333', 'ปาดังเบซาร์', 'สะเดา', 'สงขลา', 'M']);
  ws.addRow([3, 'นาย', 'ใหม่', 'มาแรง', validId(150), '2/2/2530', '0899990000', 'คอหงส์', 'หาดใหญ่', 'สงขลา', 'XL']);
  ws.addRow(['รวมทั้งสิ้น 3 คน']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('notices of what the import did, and a conflict decided row by row', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open(page, '/volunteers');
  await page.getByRole('link', { name: 'นำเข้าจาก Excel' }).click();
  await pickSpreadsheet(page, 'อสร-สงขลา.xlsx', Buffer.from(await messyOfficeList()));
  await expect(page.getByText('พบหัวตารางที่แถว 4')).toBeVisible();
  await page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }).click();
  const notices = page.getByRole('region', { name: 'สิ่งที่โปรแกรมจัดการให้' });
  await expect(notices).toContainText('พื้นที่รับผิดชอบ: ใช้ตามที่อยู่ 4 คน');
  await expect(notices).toContainText('ข้ามแถวสรุปยอด (รวม ทั้งหมด Total) 1 แถว');
  await screenshot(page, 'import-notices');
  // Turned off, the preview is checked again without the area; on again for the import.
  await notices.getByRole('switch', { name: 'ใช้ที่อยู่เป็นพื้นที่รับผิดชอบ' }).click({ force: true });
  await expect(page.getByRole('region', { name: 'สิ่งที่โปรแกรมจัดการให้' })).toContainText('พื้นที่รับผิดชอบ: เว้นว่างไว้');
  await page.getByRole('region', { name: 'สิ่งที่โปรแกรมจัดการให้' }).getByRole('switch', { name: 'ใช้ที่อยู่เป็นพื้นที่รับผิดชอบ' }).click({ force: true });
  await expect(page.getByRole('region', { name: 'สิ่งที่โปรแกรมจัดการให้' })).toContainText('พื้นที่รับผิดชอบ: ใช้ตามที่อยู่ 4 คน');
  const commit = page.getByRole('button', { name: 'นำเข้า 4 รายการ' });
  // Not focused by itself: Enter while reading the preview does not import.
  await expect(commit).not.toBeFocused();
  await commit.click();
  await expect(page.getByLabel('ผลการนำเข้า')).toContainText('เพิ่มใหม่4');

  await page.getByRole('button', { name: 'นำเข้าไฟล์อื่น' }).click();
  await pickSpreadsheet(page, 'ปรับปรุง.xlsx', await secondList());
  await page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }).click();
  await expect(page.getByRole('region', { name: 'สิ่งที่โปรแกรมจัดการให้' })).toContainText('"ขนาดเสื้อ"');
  const conflicts = page.getByRole('region', { name: 'ข้อมูลไม่ตรงกับทะเบียน' });
  await expect(conflicts).toContainText('นายสมชาย ใจดี');
  await expect(conflicts).toContainText('นายสมศักดิ์ ใจดี');
  await expect(page.getByRole('button', { name: 'นำเข้า 1 รายการ' })).toBeVisible();
  await expect(conflicts).toContainText('ใช้ข้อมูลจากไฟล์: ปรับปรุงเฉพาะ คำนำหน้าชื่อ, ชื่อ, นามสกุล, วันเกิด, โทรศัพท์, ตำบล/แขวง, อำเภอ/เขต, จังหวัด');
  await conflicts.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-conflict');
  await conflicts.getByText('ใช้ข้อมูลจากไฟล์', { exact: true }).last().click();
  await expect(page.getByRole('button', { name: 'นำเข้า 2 รายการ' })).toBeVisible();
  await page.getByRole('button', { name: 'นำเข้า 2 รายการ' }).click();
  const result = page.getByLabel('ผลการนำเข้า');
  await expect(result).toContainText('เพิ่มใหม่1');
  await expect(result).toContainText('ปรับปรุงข้อมูล1');
  await page.getByRole('button', { name: 'ไปที่ทะเบียนอาสาสมัคร' }).click();
  await page.getByLabel('ค้นหา').fill('สมศักดิ์');
  await expect(page.getByText(/จาก 1 คน|ทั้งหมด 1 คน/)).toBeVisible();
});

test('a workbook with a sheet per district imports every district; the clerk unticks one by keyboard and the preview follows', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open(page, '/volunteers');
  await page.getByRole('link', { name: 'นำเข้าจาก Excel' }).click();
  await pickSpreadsheet(page, 'อสร-รายอำเภอ.xlsx', Buffer.from(await districtWorkbook()));
  await expect(page.getByText('พบหัวตารางที่แถว 2 ของแผ่นงาน อ.เมือง')).toBeVisible();
  await expect(page.getByText("แผ่นงานที่หัวตารางตรงกันจะนำเข้าด้วย ตามการจับคู่นี้ (ลำดับคอลัมน์ต่างกันได้): 'อ.หาดใหญ่', 'อ.สิงหนคร'")).toBeVisible();
  await screenshot(page, 'import-sheets-mapping');
  await page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }).click();

  const notices = page.getByRole('region', { name: 'สิ่งที่โปรแกรมจัดการให้' });
  await expect(notices).toContainText('อ่านรายชื่อจาก 3 แผ่นงานที่หัวตารางตรงกัน รวม 9 คน');
  await expect(notices).toContainText("แผ่นงาน 'สรุป' ไม่ได้นำเข้า: ไม่พบหัวตารางที่ตรงกัน");
  await expect(notices).toContainText("แผ่นงาน 'หมายเหตุ' ไม่ได้นำเข้า: ไม่พบหัวตารางที่ตรงกัน");
  await expect(notices).toContainText("แผ่นงาน 'Sheet3' ไม่ได้นำเข้า: แผ่นงานว่าง");
  const hatyai = notices.getByRole('checkbox', { name: "แผ่นงาน 'อ.หาดใหญ่': 4 คน (หัวตารางแถวที่ 4)" });
  await expect(hatyai).toBeChecked();
  // Rows name their sheet: row 3 is on two sheets.
  await expect(page.getByRole('cell', { name: "แผ่นงาน 'อ.หาดใหญ่' แถว 8", exact: true })).toBeVisible();
  await expect(page.getByText("เลขประจำตัวประชาชนซ้ำกับแผ่นงาน 'อ.เมือง' แถว 3 ในไฟล์เดียวกัน")).toBeVisible();
  await expect(page.getByRole('button', { name: 'นำเข้า 7 รายการ' })).toBeVisible();
  await notices.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-sheets');

  // Unticked by keyboard: the preview is checked again without that sheet.
  await hatyai.focus();
  await page.keyboard.press('Space');
  const unticked = page.getByRole('region', { name: 'สิ่งที่โปรแกรมจัดการให้' });
  await expect(unticked.getByRole('checkbox', { name: "แผ่นงาน 'อ.หาดใหญ่': ไม่นำเข้า (ไม่ได้เลือก)" })).not.toBeChecked();
  await expect(unticked).toContainText('อ่านรายชื่อจาก 2 แผ่นงานที่หัวตารางตรงกัน รวม 5 คน');
  await expect(page.getByLabel('สรุปผลการตรวจสอบ')).toContainText('ทั้งหมด 5 แถว');
  await expect(page.getByText(/อ\.หาดใหญ่' แถว/)).toHaveCount(0);
  await screenshot(page, 'import-sheets-unticked');
  await page.getByRole('button', { name: 'นำเข้า 5 รายการ' }).click();
  await expect(page.getByLabel('ผลการนำเข้า')).toContainText('เพิ่มใหม่5');
  await page.getByRole('button', { name: 'ไปที่ทะเบียนอาสาสมัคร' }).click();
  await expect(page.getByText('ทั้งหมด 5 คน')).toBeVisible();
});


/** Two district sheets of 25,060 people each, and a third without the phone column. */
async function bigDistricts(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  ['อ.เมือง', 'อ.หาดใหญ่'].forEach((name, k) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'โทรศัพท์']);
    for (let i = 0; i < 25_060; i++) ws.addRow(['นาย', 'คน', `ที่${i}`, validId(k * 100_000 + i), '0811111111']);
  });
  wb.addWorksheet('อ.จะนะ').addRows([['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน'], ['นาง', 'จะนะ', 'ไม่มีโทร', validId(300_001)]]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('sheets that together pass 50,000 rows: the clerk unticks one on the mapping step and imports the rest; a sheet without the phone column reads it blank', async ({ page, app }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open(page, '/volunteers');
  await page.getByRole('link', { name: 'นำเข้าจาก Excel' }).click();
  await pickSpreadsheet(page, 'อสร-ทั้งจังหวัด.xlsx', await bigDistricts());
  const sheets = page.getByRole('group', { name: 'เลือกแผ่นงานที่จะนำเข้า' });
  await expect(sheets.getByRole('checkbox', { name: "แผ่นงาน 'อ.จะนะ': 1 แถว — ไม่มีคอลัมน์ โทรศัพท์ จึงเว้นว่างไว้" })).toBeChecked();
  await page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }).click();
  // Over the limit: no row is checked, the mapping step says which sheet to leave out (the click waits for the check to end).
  await expect(page.getByText("แผ่นงานที่เลือกไว้รวมกันมีข้อมูล 50,121 แถว เกินที่นำเข้าได้ครั้งละ 50,000 แถว กรุณาเอาเครื่องหมายออกจากแผ่นงาน 'อ.หาดใหญ่' (25,060 แถว) แล้วกด")).toBeVisible();
  await sheets.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-sheets-over-limit');
  await sheets.getByRole('checkbox', { name: "แผ่นงาน 'อ.หาดใหญ่': 25,060 แถว" }).click();
  await page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }).click();
  const notices = page.getByRole('region', { name: 'สิ่งที่โปรแกรมจัดการให้' });
  // 25,061 people checked: on a busy machine this takes a while.
  await expect(notices).toContainText('อ่านรายชื่อจาก 2 แผ่นงานที่หัวตารางตรงกัน รวม 25,061 คน', { timeout: 240_000 });
  await expect(notices.getByRole('checkbox', { name: "แผ่นงาน 'อ.จะนะ': 1 คน (หัวตารางแถวที่ 1) — ไม่มีคอลัมน์ โทรศัพท์ จึงเว้นว่างไว้" })).toBeChecked();
  await expect(notices.getByRole('checkbox', { name: "แผ่นงาน 'อ.หาดใหญ่': ไม่นำเข้า (ไม่ได้เลือก)" })).not.toBeChecked();
  await notices.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-sheets-chosen');
  await page.getByRole('button', { name: 'นำเข้า 25,061 รายการ' }).click();
  await expect(page.getByLabel('ผลการนำเข้า')).toContainText('เพิ่มใหม่25,061');
});
