import ExcelJS from 'exceljs';
import { toThaiDigits } from '@shared/thai/digits';
import { validId, xlsxOf } from '../helpers/spreadsheet-fixtures';
import { expect, pickSpreadsheet, screenshot, test, type WebApp } from './fixtures';

const spaced = (id: string) => id.replace(/^(\d)(\d{4})(\d{5})(\d{2})(\d)$/, '$1 $2 $3 $4 $5');
const dashed = (id: string) => id.replace(/^(\d)(\d{4})(\d{5})(\d{2})(\d)$/, '$1-$2-$3-$4-$5');

/** A two-row header: the address merged over its parts, the other heads merged down. */
function header(ws: ExcelJS.Worksheet, top: number, heads: string[], parts: string[]) {
  ws.addRow([...heads, 'ที่อยู่']);
  ws.addRow([...heads.map(() => null), ...parts]);
  heads.forEach((_, i) => ws.mergeCells(top, i + 1, top + 1, i + 1));
  ws.mergeCells(top, heads.length + 1, top, heads.length + parts.length);
}

/**
 * Two district sheets as an office keeps them: a title row and a two-row header (ที่อยู่ merged
 * over its parts) on each, Thai digits in numbers, dates, phones and IDs, IDs with spaces and
 * dashes, blank rows between people, and no birth-date column on the second sheet. Row 8 is a
 * registered person who moved to another district, the file giving only the district.
 */
async function messyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const muang = wb.addWorksheet('อ.เมืองสงขลา');
  muang.addRow(['ทะเบียนอาสาสมัครแรงงาน อำเภอเมืองสงขลา']);
  muang.mergeCells('A1:I1');
  header(muang, 2, ['ลำดับ', 'ชื่อ-สกุล', 'เลขประจำตัวประชาชน', 'วัน/เดือน/ปี เกิด', 'เบอร์โทรศัพท์'], ['บ้านเลขที่', 'หมู่ที่', 'ตำบล', 'อำเภอ']);
  muang.addRow([toThaiDigits('1'), 'นายสมชาย ใจดี', spaced(validId(902)), toThaiDigits('13/03/2523'), toThaiDigits('081-234-5678'), toThaiDigits('12/3'), toThaiDigits('4'), 'บ่อยาง', 'เมืองสงขลา']);
  muang.addRow([toThaiDigits('2'), 'นางสาวสุดา รักงาน', dashed(validId(903)), '5 ม.ค. 2530', '0891112222', '45', '2', 'พะวง', 'เมืองสงขลา']);
  muang.addRow([]);
  muang.addRow([]);
  muang.addRow([toThaiDigits('3'), 'นายสมใจ ใจดี', ` ${toThaiDigits(dashed(validId(901)))} `, '1/1/2520', '0810000001', '45', null, null, 'หาดใหญ่']);
  muang.addRow([toThaiDigits('4'), 'นางมาลี ศรีสุข', validId(904), '1 ก.ค. 2518', '0812223333', '7', '1', 'เขารูปช้าง', 'เมืองสงขลา']);

  const hatyai = wb.addWorksheet('อ.หาดใหญ่');
  hatyai.addRow(['ทะเบียนอาสาสมัครแรงงาน อำเภอหาดใหญ่']);
  hatyai.mergeCells('A1:H1');
  // No birth-date column on this sheet.
  header(hatyai, 2, ['ลำดับ', 'ชื่อ-สกุล', 'เลขประจำตัวประชาชน', 'เบอร์โทรศัพท์'], ['บ้านเลขที่', 'หมู่ที่', 'ตำบล', 'อำเภอ']);
  hatyai.addRow([1, 'นายประเสริฐ มีสุข', spaced(toThaiDigits(validId(911))), '089-000-0311', '99', '3', 'คอหงส์', 'หาดใหญ่']);
  hatyai.addRow([]);
  hatyai.addRow([2, 'นางสมศรี ใจงาม', `${dashed(validId(912))}`, '66 89 000 0312', '8/1', '5', 'คูเต่า', 'หาดใหญ่']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const person = async (app: WebApp, seed: number) => {
  const { rows } = await app.call('volunteer-list', { q: validId(seed) });
  expect(rows).toHaveLength(1);
  return (await app.call('volunteer-get', { id: rows[0].id })).volunteer;
};

test('a messy two-sheet workbook imports whole and the moved person\'s update says what it leaves blank, all on a 1366 screen', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.call('settings-save', { ...(await app.call('settings-get', {})), officeName: 'สำนักงานแรงงานจังหวัดสงขลา', province: 'สงขลา' });
  const register = await xlsxOf([
    ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'บ้านเลขที่', 'หมู่ที่', 'ถนน', 'ตำบล', 'อำเภอ', 'จังหวัด', 'รหัสไปรษณีย์'],
    ['นาย', 'สมใจ', 'ใจดี', validId(901), '12/3', '4', 'ไทรบุรี', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา', '90000'],
  ]);
  await app.call('volunteer-import-commit', { file: { name: 'ทะเบียน.xlsx', bytes: register }, job: 'seed', duplicates: 'skip' });
  await app.open(page, '/volunteers');
  await page.getByRole('link', { name: 'นำเข้าจาก Excel' }).click();
  await pickSpreadsheet(page, 'อสร-สงขลา-รายอำเภอ.xlsx', await messyWorkbook());
  // The merged two-row header is read, the rows past the blank gap counted, the missing column named.
  const sheets = page.getByRole('group', { name: 'เลือกแผ่นงานที่จะนำเข้า' });
  await expect(sheets).toContainText("แผ่นงาน 'อ.เมืองสงขลา': 4 แถว");
  await expect(sheets).toContainText("แผ่นงาน 'อ.หาดใหญ่': 2 แถว — ไม่มีคอลัมน์ วันเกิด จึงเว้นว่างไว้");
  await expect(page.getByRole('combobox', { name: 'คอลัมน์ I อำเภอ นำเข้าเป็น' })).toHaveValue('อำเภอ/เขต');
  await screenshot(page, 'import-messy-mapping');

  await page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }).click();
  const counts = page.getByLabel('สรุปผลการตรวจสอบ');
  await expect(counts).toContainText('ทั้งหมด 6 แถว');
  await expect(counts).toContainText('เพิ่มใหม่ 5');
  await expect(counts).toContainText('มีในทะเบียนแล้ว 1');
  await expect(counts).toContainText('มีข้อผิดพลาด 0');
  const moved = page.locator('tbody tr').filter({ hasText: 'นายสมใจ' });
  await expect(moved).toContainText('เลขที่ 45 อำเภอหาดใหญ่ จังหวัดสงขลา');
  await expect(moved).toContainText('เดิม: เลขที่ 12/3 หมู่ที่ 4 ถนนไทรบุรี ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา 90000');
  const warning = moved.getByText(/ไฟล์ระบุอำเภอ\/เขต หาดใหญ่ ต่างจากทะเบียน ถ้าปรับปรุงจะเว้นว่าง หมู่ที่ \(เดิม 4\), ถนน \(เดิม ไทรบุรี\), ตำบล\/แขวง \(เดิม บ่อยาง\), รหัสไปรษณีย์ \(เดิม 90000\)/);
  await expect(warning).toBeVisible();
  // The warning lies within the window's width: the clerk reads it without scrolling the table sideways.
  const box = (await warning.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
  await expect(moved).not.toContainText('ระบุตำบล อำเภอ จังหวัด ไม่ครบ');
  await moved.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-messy-preview');

  await page.getByRole('radio', { name: 'ปรับปรุงข้อมูลในทะเบียนตามไฟล์' }).check();
  await page.getByRole('button', { name: 'นำเข้า 6 รายการ' }).click();
  const result = page.getByLabel('ผลการนำเข้า');
  await expect(result).toContainText('เพิ่มใหม่5');
  await expect(result).toContainText('ปรับปรุงข้อมูล1');

  // Thai digits, spaced and dashed IDs, and both sides of the blank rows, read back from the register.
  expect(await person(app, 902)).toMatchObject({ firstName: 'สมชาย', birthDate: '1980-03-13', phone: '0812345678', address: { houseNo: '12/3', moo: '4', subdistrict: 'บ่อยาง', province: 'สงขลา', postcode: '90000' } });
  expect(await person(app, 903)).toMatchObject({ firstName: 'สุดา', birthDate: '1987-01-05' });
  expect(await person(app, 904)).toMatchObject({ firstName: 'มาลี', address: { subdistrict: 'เขารูปช้าง' } });
  expect(await person(app, 911)).toMatchObject({ firstName: 'ประเสริฐ', birthDate: null, phone: '0890000311' });
  expect(await person(app, 912)).toMatchObject({ firstName: 'สมศรี', phone: '0890000312' });
  expect((await person(app, 901)).address).toEqual({ houseNo: '45', moo: '', village: '', soi: '', road: '', subdistrict: '', district: 'หาดใหญ่', province: 'สงขลา', postcode: '' });
});
