import path from 'node:path';
import type { Page } from '@playwright/test';
import { SHOTS_DIR, cellsBrokenInsideWords, wordsBrokenAcrossLines, expect, screenshot, test } from './fixtures';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';

/** Long pages (the form, the detail page) are looked at whole. */
const fullPage = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });

test.describe('sample register', () => {
  test.use({ webArgs: ['--demo'] });

  test('lists, counts, finds by part of a name and opens a volunteer', async ({ page, app }) => {
    await app.open(page, '/volunteers');
    await expect(page.getByRole('heading', { name: 'ทะเบียนอาสาสมัครแรงงาน' })).toBeVisible();
    await expect(page.getByText(/^ทั้งหมด \d+ คน$/)).toBeVisible();
    await expect(page.getByText(/จาก \d+ คน/)).toBeVisible();
    // IDs are masked on the list until asked for.
    const idCell = page.locator('tbody tr').first().locator('td').nth(1);
    await expect(idCell).toHaveText(/^\d-\d{4}-xxxxx-xx-\d$/);
    await screenshot(page, 'volunteers-list');
    await page.getByRole('switch', { name: 'แสดงเลขประจำตัวประชาชนเต็ม' }).check();
    await expect(idCell).toHaveText(/^\d-\d{4}-\d{5}-\d{2}-\d$/);

    await page.getByRole('combobox', { name: 'อำเภอ' }).click();
    await page.getByRole('option', { name: /^หาดใหญ่/ }).click();
    await expect(page.locator('tbody tr').first()).toContainText('อ.หาดใหญ่');
    await page.getByRole('combobox', { name: 'ตำบล' }).click();
    await page.getByRole('option', { name: /^คอหงส์/ }).click();
    await expect(page.locator('tbody tr')).toHaveCount(1);
    await expect(page.locator('tbody tr').first()).toContainText('ต.คอหงส์ อ.หาดใหญ่');

    const firstName = await page.locator('tbody tr a').first().textContent();
    await page.locator('tbody tr a').first().click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(firstName!);
    await expect(page.getByText('ประวัติการแต่งตั้ง')).toBeVisible();
    await expect(page.getByText('การเข้าร่วมโครงการ/สัมมนา')).toBeVisible();
    await screenshot(page, 'volunteer-detail-sample');

    // The office's own rules: a stricter age turns into a warning on the detail page, not an error.
    await app.open(page, '/volunteers/rules');
    await page.getByLabel('อายุขั้นต่ำ (ปี)').fill('90');
    await page.getByRole('button', { name: 'บันทึก' }).click();
    // Saved, the page goes back to the register (the notice closes by itself, so the page is what is waited on).
    await expect(page.getByRole('heading', { name: 'ทะเบียนอาสาสมัครแรงงาน' })).toBeVisible();
    await page.locator('tbody tr a').first().click();
    await expect(page.getByText(/ต่ำกว่าเกณฑ์ 90 ปี/)).toBeVisible();
  });

  test('on a narrow window names and places wrap between words only, never inside one', async ({ page, app }) => {
    await page.setViewportSize({ width: 900, height: 768 });
    await app.open(page, '/volunteers');
    await expect(page.locator('tbody tr').first()).toBeVisible();
    const words = page.locator('tbody td span[style*="nowrap"]');
    await expect(words.first()).toBeVisible();
    // A word drawn over two lines would have two boxes.
    const broken = await words.evaluateAll((spans) => spans.filter((s) => s.getClientRects().length !== 1).map((s) => s.textContent));
    expect(broken).toEqual([]);
    // The narrow window does wrap some names and places: at a space, as checked above.
    const wrapped = await page.locator('tbody td').evaluateAll((cells) => cells.filter((c) => c.querySelector('span[style*="nowrap"]') && c.getBoundingClientRect().height > 40).length);
    expect(wrapped).toBeGreaterThan(0);
    await screenshot(page, 'volunteers-list-narrow');
  });

  test('a volunteer\'s page at 1093×615: the seminars table keeps each group\'s name whole, and the empty activities card says what to do', async ({ page, app }) => {
    await page.setViewportSize({ width: 1093, height: 615 });
    const [v] = (await app.call('volunteer-list', { status: 'active', pageSize: 1 })).rows;
    const s = await app.call('seminar-create', { ...songkhlaSeminar, title: 'โครงการสัมมนาเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน ประจำปีงบประมาณ 2568 ในพื้นที่จังหวัดสงขลา' });
    await app.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, volunteerIds: [v.id] });
    expect((await app.call('activity-list', { volunteerId: v.id })).length).toBe(0);
    await app.open(page, `/volunteers/${v.id}`);
    const seminars = page.getByTestId('volunteer-seminars');
    await expect(seminars).toContainText('อาสาสมัครแรงงาน');
    // The group column (the title beside it is a long run of words that may wrap anywhere).
    expect(await cellsBrokenInsideWords(seminars.locator('tbody td:nth-child(3)'))).toEqual([]);
    // The title may wrap between its words, but not inside a compound (เครือ|ข่าย).
    expect(await wordsBrokenAcrossLines(seminars.locator('tbody td:nth-child(2)'))).toEqual([]);
    // The date on one line (its year was put under it).
    const dateLines = await seminars.locator('tbody td').first().evaluate((c) => {
      const range = document.createRange();
      range.selectNodeContents(c);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(dateLines).toBe(1);
    await seminars.scrollIntoViewIfNeeded();
    await screenshot(page, 'volunteer-seminars-1093');

    // No activities yet: the card names its button and the monthly page, which its link opens.
    const card = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'ผลงานและกิจกรรม' }) });
    await expect(card).toContainText('ยังไม่มีบันทึกกิจกรรม — กด บันทึกกิจกรรม เพื่อบันทึกทีละครั้ง หรือบันทึกทั้งอำเภอในหน้า บันทึกผลงานอาสาสมัครรายเดือน');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'volunteer-activities-empty');
    await card.getByRole('link', { name: 'บันทึกผลงานอาสาสมัครรายเดือน' }).click();
    await expect(page.getByRole('heading', { name: 'บันทึกผลงานอาสาสมัครรายเดือน' })).toBeVisible();
  });
});

test('add a volunteer (bad ID first), pick the address by typing, find, edit, change status', async ({ page, app }) => {
  await app.open(page, '/volunteers');
  await page.getByRole('button', { name: 'เพิ่มอาสาสมัคร' }).click();
  await expect(page.getByRole('heading', { name: 'เพิ่มอาสาสมัครแรงงาน' })).toBeVisible();

  await page.getByRole('combobox', { name: 'คำนำหน้าชื่อ' }).fill('นางสาว');
  await page.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('มาลี');
  await page.getByRole('textbox', { name: 'นามสกุล', exact: true }).fill('เกษมสุขใจ');
  await page.getByLabel('เลขประจำตัวประชาชน').fill('3901100123455');
  await page.getByLabel('วันเกิด').fill('17/5/2523');
  await page.getByLabel('โทรศัพท์').fill('089-999-8888');
  await page.getByRole('button', { name: 'บันทึก' }).click();
  await expect(page.getByText('เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)', { exact: true })).toBeInViewport();
  await expect(page.getByLabel('เลขประจำตัวประชาชน')).toBeFocused();
  await screenshot(page, 'volunteer-form-error');

  await page.getByLabel('เลขประจำตัวประชาชน').fill('3901100123454');
  await expect(page.getByLabel('เลขประจำตัวประชาชน')).toHaveValue('3-9011-00123-45-4');
  await expect(page.getByText('เลขประจำตัวประชาชนไม่ถูกต้อง')).toHaveCount(0);

  // Each place field is brought to the middle of the window first, as a clerk scrolls to it: typed
  // into at the window's bottom edge, its list opened below the edge and the click never found it.
  const typePlace = async (field: string, text: string) => {
    const combo = page.getByRole('combobox', { name: field });
    await combo.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await combo.fill(text);
  };
  await typePlace('ตำบล › อำเภอ › จังหวัด › รหัสไปรษณีย์', 'คอหงส์');
  await page.getByRole('option', { name: 'ต.คอหงส์ › อ.หาดใหญ่ › จ.สงขลา › 90110' }).click();
  await expect(page.getByRole('combobox', { name: 'ตำบล › อำเภอ › จังหวัด › รหัสไปรษณีย์' })).toHaveValue('ต.คอหงส์ › อ.หาดใหญ่ › จ.สงขลา › 90110');
  await typePlace('พื้นที่รับผิดชอบ (ตำบล › อำเภอ › จังหวัด)', 'คอหงส์');
  await page.getByRole('option', { name: 'ต.คอหงส์ › อ.หาดใหญ่ › จ.สงขลา' }).click();
  await page.getByLabel('คำสั่งแต่งตั้งเลขที่').fill('45/2568');
  await page.getByLabel('วันเริ่มวาระ').fill('1/10/2567');
  await expect(page.getByLabel('วันสิ้นสุดวาระ')).toHaveValue('30/09/2570');
  await fullPage(page, 'volunteer-form');
  await page.getByRole('button', { name: 'บันทึก' }).click();

  await expect(page.getByRole('heading', { name: 'นางสาวมาลี เกษมสุขใจ' })).toBeVisible();
  await expect(page.getByText('3-9011-00123-45-4', { exact: true })).toBeVisible();

  // Found by a part of the surname from inside the word.
  await page.getByRole('link', { name: 'ทะเบียนอาสาสมัคร' }).click();
  await page.getByLabel('ค้นหา').fill('สุขใ');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await page.getByRole('link', { name: 'นางสาวมาลี เกษมสุขใจ' }).click();

  await page.getByRole('button', { name: 'แก้ไข' }).click();
  await page.getByLabel('โทรศัพท์').fill('081-111-1111');
  await page.getByRole('button', { name: 'บันทึก' }).click();
  await expect(page.getByText('โทรศัพท์: 089-999-8888 → 081-111-1111')).toBeVisible();

  await page.getByRole('button', { name: 'เปลี่ยนสถานะ' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('เหตุผล').fill('ย้ายไปทำงานต่างจังหวัด');
  await dialog.getByRole('button', { name: 'บันทึกสถานะ' }).click();
  await expect(page.getByText('ลาออก', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'ย้ายไปทำงานต่างจังหวัด', exact: true })).toBeVisible();
  await fullPage(page, 'volunteer-detail');
});

test('a half-filled form is not lost by clicking away: the clerk is asked first', async ({ page, app }) => {
  await app.open(page, '/volunteers/new');
  // Nothing typed yet: leaving needs no question.
  await page.getByRole('link', { name: 'โครงการ/สัมมนา' }).click();
  await expect(page.getByRole('heading', { name: 'โครงการและการสัมมนา' })).toBeVisible();

  await app.open(page, '/volunteers/new');
  await page.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('สมศรี');
  await page.getByRole('link', { name: 'โครงการ/สัมมนา' }).click();
  const ask = page.getByRole('dialog', { name: 'ยังไม่ได้บันทึกข้อมูล' });
  await expect(ask).toBeVisible();
  await screenshot(page, 'leave-guard');
  await ask.getByRole('button', { name: 'กลับไปกรอกต่อ' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'ชื่อ', exact: true })).toHaveValue('สมศรี');

  await page.getByRole('link', { name: 'หน้าหลัก' }).click();
  await ask.getByRole('button', { name: 'ออกโดยไม่บันทึก' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /ภาพรวมจังหวัด/ })).toBeVisible();
});
