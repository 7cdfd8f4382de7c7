import { expect, screenshot, test } from './fixtures';

test('office settings are edited, saved, and kept after a reload', async ({ page, app }) => {
  await app.open(page, '/settings');
  await expect(page.getByRole('heading', { name: 'ตั้งค่าหน่วยงาน' })).toBeVisible();

  // An empty office name is refused with a Thai message next to the field.
  await page.getByRole('button', { name: 'บันทึก' }).click();
  await expect(page.getByText('กรุณากรอกชื่อหน่วยงาน', { exact: true })).toBeVisible();

  await page.getByLabel('ชื่อหน่วยงาน').fill('สำนักงานแรงงานจังหวัดสงขลา');
  await page.getByRole('combobox', { name: 'จังหวัด' }).fill('สงข');
  await page.getByRole('option', { name: 'สงขลา' }).click();
  await page.getByLabel('โทรศัพท์').fill('074-311-047');
  await page.getByLabel('ชื่อหัวหน้าหน่วยงาน').fill('นายสมชาย ใจดี');
  await page.getByLabel('ตำแหน่ง', { exact: true }).fill('แรงงานจังหวัดสงขลา');
  await page.getByRole('button', { name: 'เพิ่มผู้ลงนาม' }).click();
  await page.getByLabel('ผู้ลงนามคนที่ 1', { exact: true }).fill('นางสาวสุดา รักงาน');
  await page.getByLabel('ตำแหน่ง').nth(1).fill('นักวิชาการแรงงานชำนาญการ');
  await page.getByLabel('ชื่อผู้ใช้งาน').fill('สุดา');
  await page.getByRole('button', { name: 'บันทึก' }).click();
  // The lasting result (the office name in the header), not the notice that closes by itself.
  await expect(page.getByTestId('office-name')).toHaveText('สำนักงานแรงงานจังหวัดสงขลา');
  await screenshot(page, 'settings');

  await page.reload();
  await expect(page.getByLabel('ชื่อหน่วยงาน')).toHaveValue('สำนักงานแรงงานจังหวัดสงขลา');
  await expect(page.getByLabel('ผู้ลงนามคนที่ 1', { exact: true })).toHaveValue('นางสาวสุดา รักงาน');
  await expect(page.getByRole('combobox', { name: 'จังหวัด' })).toHaveValue('สงขลา');
  await expect(page.getByLabel('โทรศัพท์')).toHaveValue('074-311-047');
});

test('the shell is Thai and every navigation entry opens a page', async ({ page, app }) => {
  await app.open(page);
  // Each entry and the heading of the page it opens (the one before stays up until the new one is shown).
  const pages: [string, string | RegExp][] = [
    ['อาสาสมัคร', 'ทะเบียนอาสาสมัครแรงงาน'],
    ['โครงการ/สัมมนา', 'โครงการและการสัมมนา'],
    ['รายงาน', 'รายงานและเอกสาร'],
    ['ตั้งค่า', 'ตั้งค่าหน่วยงาน'],
    ['หน้าหลัก', /^ภาพรวมจังหวัด/],
  ];
  for (const [label, heading] of pages) {
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByText(label, { exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await screenshot(page, 'shell');
});
