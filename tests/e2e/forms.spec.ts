import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';

/**
 * Every form saves the same way: a failed save scrolls to the first field with a message, puts
 * the cursor there and says in a notification how many fields need attention.
 */
async function expectRevealed(page: Page, count: number, firstField: string) {
  // The newest notification: one from the form before may still be fading.
  await expect(page.getByText(`ยังบันทึกไม่ได้ มี ${count} ช่องที่ต้องแก้ไข`).last()).toBeVisible();
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-invalid', 'true');
  await expect(focused).toBeInViewport();
  await expect(focused).toHaveAccessibleName(firstField);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('seminar form: times as offices write them, and a failed save shows where', async ({ page, app }) => {
  await app.open(page, '/seminars/new');
  await page.getByLabel('ชื่อโครงการ').fill('สัมมนาทดสอบเวลา');
  await page.getByLabel('วันที่ 1').fill('13/03/2563');
  const [start, end] = [page.getByLabel('เริ่ม'), page.getByLabel('สิ้นสุด')];
  await start.fill('11.00');
  await end.fill('1600');
  await end.blur();
  await expect(end).toHaveValue('16.00');
  await page.getByRole('button', { name: 'เพิ่มช่วงเวลา' }).click();
  await start.nth(1).fill('16 น.');
  await end.nth(1).fill('9:30');
  // The group name is far below: left empty, then บันทึก pressed at the top of the form's reach.
  await page.getByLabel('ชื่อโครงการ').focus();
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expectRevealed(page, 3, 'สิ้นสุด');
  await expect(page.getByText('เวลาสิ้นสุดต้องหลังเวลาเริ่ม · ดูข้อความสีแดงใต้ช่อง', { exact: false })).toBeVisible();
  await expect(end.nth(1)).toBeFocused();
  await screenshot(page, 'form-errors-seminar');
  await end.nth(1).fill('17.30');
  await page.getByLabel('วัตถุประสงค์ข้อ 1', { exact: true }).fill('เพื่อทดสอบ');
  await page.getByLabel('กลุ่มที่ 1', { exact: true }).fill('อาสาสมัครแรงงาน');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'สัมมนาทดสอบเวลา' })).toBeVisible();
  const id = Number(/seminars\/(\d+)/.exec(page.url())![1]);
  const saved = await app.call('seminar-get', { id });
  expect(saved.days[0].sessions.map((s) => [s.start, s.end])).toEqual([['11:00', '16:00'], ['16:00', '17:30']]);
});

test('volunteer form and register rules: the first field to fix is shown', async ({ page, app }) => {
  await app.open(page, '/volunteers/new');
  await page.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('สมหมาย');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expectRevealed(page, 3, 'คำนำหน้าชื่อ');
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'คำนำหน้าชื่อ' }).fill('นาย');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expectRevealed(page, 2, 'นามสกุล');

  await app.open(page, '/volunteers/rules');
  await page.getByLabel('วาระการดำรงตำแหน่ง (ปี)').fill('');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expectRevealed(page, 1, 'วาระการดำรงตำแหน่ง (ปี)');
});

test('office settings: an empty office name is reached and named', async ({ page, app }) => {
  await app.open(page, '/settings');
  await page.getByLabel('โทรศัพท์').fill('12');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expectRevealed(page, 3, 'ชื่อหน่วยงาน');
});

test('contacts, rates, speakers and budget lines: the same rule', async ({ page, app }) => {
  await app.open(page, '/seminars/contacts');
  await page.getByLabel('โทรศัพท์').fill('123');
  await page.getByRole('button', { name: 'เพิ่มรายชื่อ' }).click();
  await expectRevealed(page, 2, 'ชื่อ-นามสกุล');

  await app.open(page, '/seminars/rates');
  await page.getByRole('button', { name: 'เพิ่มอัตรา' }).click();
  await expectRevealed(page, 2, 'มีผลตั้งแต่');

  const s = await app.call('seminar-create', songkhlaSeminar);
  await app.open(page, `/seminars/${s.id}`);
  await page.getByRole('tab', { name: 'วิทยากรและงบประมาณ' }).click();
  await page.getByRole('button', { name: 'เพิ่มวิทยากร' }).click();
  await expectRevealed(page, 1, 'ชื่อวิทยากร');
  await page.getByRole('button', { name: 'เพิ่มรายการ' }).click();
  await expectRevealed(page, 1, 'หมวด');
  await expect(page.getByText('กรุณาเลือกหมวดค่าใช้จ่าย', { exact: true })).toBeVisible();
});

test('the desk walk-in and the outcomes: the same rule, then saved', async ({ page, app }) => {
  const s = await app.call('seminar-create', songkhlaSeminar);
  await app.open(page, `/seminars/${s.id}/checkin/${s.days[0].sessions[0].id}`);
  const box = page.getByLabel('พิมพ์ชื่อหรือเลขประจำตัวประชาชน แล้วกด Enter');
  await expect(box).toBeFocused();
  await page.keyboard.type('นายแขก');
  await page.keyboard.press('Control+Enter');
  const name = page.getByLabel('ชื่อ-นามสกุล');
  await expect(name).toHaveValue('นายแขก');
  // A name emptied by mistake: Enter reaches the field and says so; the person is not added.
  await name.fill('');
  await page.keyboard.press('Enter');
  await expectRevealed(page, 1, 'ชื่อ-นามสกุล');
  await page.keyboard.type('นายแขก หน้างาน');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-feedback')).toContainText('เพิ่มและลงชื่อแล้ว: นายแขก หน้างาน');

  await app.open(page, `/seminars/${s.id}`);
  await page.getByRole('tab', { name: 'ผลการดำเนินงาน' }).click();
  await page.getByRole('textbox', { name: 'ผลการดำเนินงาน', exact: true }).fill('ผู้เข้าร่วมเข้าใจบทบาทของอาสาสมัครแรงงาน');
  await page.getByLabel('ปัญหาและอุปสรรค').fill('ก'.repeat(10_001));
  await page.getByRole('textbox', { name: 'ผลการดำเนินงาน', exact: true }).focus();
  await page.getByRole('button', { name: 'บันทึกผลการดำเนินงาน' }).click();
  await expectRevealed(page, 1, 'ปัญหาและอุปสรรค');
  await screenshot(page, 'form-errors-outcome');
  await page.getByLabel('ปัญหาและอุปสรรค').fill('ฝนตกหนัก');
  await page.getByRole('button', { name: 'บันทึกผลการดำเนินงาน' }).click();
  await expect.poll(async () => (await app.call('seminar-get', { id: s.id })).problems).toBe('ฝนตกหนัก');
});
