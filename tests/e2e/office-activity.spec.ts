import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { volunteer } from '../helpers/seminar-fixtures';
import { readXlsx } from '../helpers/spreadsheet-fixtures';

// The screen size the offices' laptops have.
test.use({ viewport: { width: 1366, height: 768 } });

const VOLUNTEERING = 'ร่วมกิจกรรม/จิตอาสา';

test('an office activity made on the seminar form counts in the month\'s activity report under ร่วมกิจกรรม/จิตอาสา for those who came', async ({ page, app }) => {
  test.setTimeout(900_000);
  for (let n = 1; n <= 3; n++) await app.call('volunteer-create', { ...volunteer(n, 'หาดใหญ่', 'คลองแห'), termStart: '2024-10-01', termEnd: '2027-09-30' });
  // November of the current fiscal year (its second month), as the report page offers it.
  const fy = (await app.call('dashboard-summary', {})).fiscalYear;
  const nav = page.getByRole('navigation', { name: 'เมนูหลัก' });
  await app.open(page, '/');

  // The community-service day, planned on the seminar form as a กิจกรรมจิตอาสา.
  await nav.getByText('โครงการ/สัมมนา', { exact: true }).click();
  await page.getByRole('button', { name: 'สร้างโครงการ' }).click();
  await page.getByLabel('ชื่อโครงการ').fill('อสร.ร่วมใจอาสา พัฒนาบ้านเกิด');
  await page.getByRole('combobox', { name: 'ประเภท', exact: true }).click();
  await page.getByRole('option', { name: 'กิจกรรมจิตอาสา' }).click();
  await page.getByLabel('วันที่ 1').fill(`15/11/${fy - 1}`);
  await page.getByLabel('วันที่ 1').blur();
  await expect(page.getByText(`15 พฤศจิกายน ${fy - 1}`)).toBeVisible();
  await page.getByLabel('สถานที่', { exact: true }).fill('วัดคลองแห');
  await page.getByLabel('วัตถุประสงค์ข้อ 1', { exact: true }).fill('เพื่อพัฒนาชุมชน');
  await page.getByLabel('กลุ่มที่ 1', { exact: true }).fill('อาสาสมัครแรงงาน');
  await page.getByLabel('จำนวน (คน)').fill('3');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'อสร.ร่วมใจอาสา พัฒนาบ้านเกิด' })).toBeVisible();
  const seminarId = Number(/seminars\/(\d+)/.exec(page.url())![1]);
  expect((await app.call('seminar-get', { id: seminarId })).kind).toBe('activity');

  // The district's three volunteers from the register.
  await page.getByRole('button', { name: 'เพิ่มอาสาสมัครจากทะเบียน' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('อำเภอ').click();
  await page.getByRole('option', { name: /^หาดใหญ่/ }).click();
  await dialog.getByLabel('เลือกทั้งหมดที่ตรงเงื่อนไข (3 คน)').click();
  await expect(dialog.getByRole('button', { name: 'เพิ่มที่เลือก 3 คน' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'เพิ่มที่เลือก 3 คน' }).press('Enter');
  await expect(page.getByRole('tab', { name: 'ผู้เข้าร่วม (3)' })).toBeVisible();
  await expect(dialog).toBeHidden();

  // The signed sheet keyed afterwards: สมหมาย1 and สมหมาย2 came, สมหมาย3 did not.
  await page.getByRole('tab', { name: 'ลงชื่อเข้าร่วม' }).click();
  await page.getByRole('link', { name: 'บันทึกจากใบลงทะเบียน' }).click();
  const grid = page.getByRole('grid', { name: 'ตารางลงชื่อผู้เข้าร่วมแต่ละช่วง' });
  await expect(grid).toBeFocused();
  for (const name of ['สมหมาย1', 'สมหมาย2']) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(grid).toBeFocused();
    await expect.poll(() => grid.getAttribute('aria-activedescendant')).toMatch(/^sheet-/);
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Control+s');
  await expect(page.getByText('บันทึกการลงชื่อจากใบลงทะเบียนแล้ว 2 ช่อง')).toBeVisible();
  const sheet = await app.call('attendance-sheet', { seminarId });
  expect(sheet.rows.filter((r) => Object.values(r.marks).includes('present')).map((r) => r.name).sort()).toEqual(['นายสมหมาย1 ทดสอบ1', 'นายสมหมาย2 ทดสอบ2']);

  // November's report, one by one: both under ร่วมกิจกรรม/จิตอาสา, สมหมาย3 alone with nothing.
  await nav.getByText('ผลงานอาสาสมัคร', { exact: true }).click();
  await page.getByRole('link', { name: 'รายงานผลการปฏิบัติงาน' }).click();
  await expect(page).toHaveURL(/#\/activities\/report/);
  await page.getByText('รายเดือน', { exact: true }).click();
  await page.getByRole('combobox', { name: 'เดือน', exact: true }).click();
  await page.getByRole('option', { name: 'พฤศจิกายน' }).click();
  await page.getByText('รายบุคคล', { exact: true }).click();
  await expect(page.getByText(`เดือนพฤศจิกายน ${fy - 1} · ทุกอำเภอ · รวม 2 คน · ไม่มีผลงาน 1 จาก 3 คน`)).toBeVisible();
  const table = page.getByTestId('activity-report');
  const heads = await table.locator('thead th').allInnerTexts();
  const column = heads.findIndex((h) => h.replace(/\s+/g, '') === VOLUNTEERING);
  expect(column).toBeGreaterThan(0);
  for (const name of ['สมหมาย1', 'สมหมาย2']) {
    const row = table.getByRole('row', { name: new RegExp(name) });
    await expect(row.getByRole('cell').nth(column)).toHaveText('1');
    await expect(row.getByRole('cell').last()).toHaveText('1');
  }
  await expect(table.getByRole('row', { name: /สมหมาย3/ })).toHaveCount(0);
  await expect(page.getByTestId('office-activity-note')).toContainText(`ช่อง "${VOLUNTEERING}" รวมการมาร่วมกิจกรรมของสำนักงาน 2 ครั้ง`);
  await screenshot(page, 'office-activity-report');

  // The ministry workbook lists สมหมาย3 alone among those with nothing recorded.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'บันทึกเป็น Excel' }).click();
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asa-office-activity-')), 'report.xlsx');
  await (await download).saveAs(saved);
  const wb = await readXlsx(new Uint8Array(fs.readFileSync(saved)));
  const idle = wb.getWorksheet('ไม่มีผลงาน')!;
  const names: unknown[] = [];
  idle.eachRow((r) => names.push(r.getCell(2).value));
  expect(names).toContain('นายสมหมาย3 ทดสอบ3');
  expect(names).not.toContain('นายสมหมาย1 ทดสอบ1');
  expect(names).not.toContain('นายสมหมาย2 ทดสอบ2');

  // The kinds page says which kind collects office activities, and that kind, now in use, cannot be removed.
  await app.open(page, '/activities/kinds');
  await expect(page.getByLabel('ชื่อประเภทที่ 4')).toHaveValue(VOLUNTEERING);
  const row = page.getByRole('row').filter({ has: page.getByTestId('office-activity-kind') });
  await expect(row.getByLabel('ชื่อประเภทที่ 4')).toBeVisible();
  await expect(row.getByRole('cell').nth(3)).toHaveText('2');
  await expect(row.getByRole('button', { name: 'ลบประเภทนี้' })).toBeDisabled();
  await screenshot(page, 'office-activity-kinds');
});
