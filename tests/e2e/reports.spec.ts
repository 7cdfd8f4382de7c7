import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { seedSeminar, songkhlaSeminar } from '../helpers/seminar-fixtures';
import { expect, expectPdfPreviewLoaded, screenshot, test } from './fixtures';

const TITLE = songkhlaSeminar.title;
const PEOPLE = ['นางสาวกัญญาณัฐ ญาณวุฒิ', 'ว่าที่ร้อยตรีสมชาย ใจดี', 'นายประยุทธ์ บุญญาศิริ', 'นางน้ำฝน ศรีสำราญ'];

test('a sign-in sheet from the seminar page: options, preview, saved as a PDF', async ({ page, app }) => {
  const id = await seedSeminar(app, { people: PEOPLE, planned: 4 });
  await app.open(page, `/seminars/${id}`);
  await page.getByRole('link', { name: 'พิมพ์เอกสาร' }).click();

  await expect(page.getByRole('heading', { name: 'รายงานและเอกสาร' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'ใบลงทะเบียนผู้เข้าร่วม' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'โครงการ' })).toHaveValue(new RegExp(TITLE));
  await page.getByRole('combobox', { name: 'วันและช่วงเวลา' }).click();
  await page.getByRole('option', { name: /ภาคเช้า/ }).click();
  await page.getByRole('switch', { name: /ใช้เลขไทย/ }).check();
  await screenshot(page, 'reports-options');

  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  const preview = page.getByTitle('ตัวอย่างเอกสาร');
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute('src', /^blob:/);
  await expectPdfPreviewLoaded(page);
  await screenshot(page, 'reports-preview');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกไฟล์ PDF' }).click()]);
  // Each variant under its own name: the group, the day and the session.
  expect(download.suggestedFilename()).toBe(`ใบลงทะเบียน-${id}-กลุ่มอาสาสมัครแรงงาน-13มี.ค.2563-0900-1200.pdf`);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  for (const name of PEOPLE) expect(text).toContain(name);
  expect(text).toContain('วันที่ ๑๓ มีนาคม ๒๕๖๓ เวลา ๐๙.๐๐ – ๑๒.๐๐ น. (ภาคเช้า)');

  // Changing an option sets the old preview aside.
  await page.getByRole('switch', { name: 'แยกแผ่นตามกลุ่มเป้าหมาย' }).uncheck();
  await expect(preview).toBeHidden();

  // Nobody has a travel amount yet: a notice says what is missing, not a failure.
  await page.getByRole('radio', { name: /หลักฐานการจ่ายเงิน/ }).check();
  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'ยังพิมพ์เอกสารนี้ไม่ได้' });
  await expect(notice).toContainText('จึงยังพิมพ์เอกสารนี้ไม่ได้');
});

test('the register listing opens from the volunteer list with its filter, IDs masked', async ({ page, app }) => {
  await app.call('demo-load', {});
  const summary = await app.call('volunteer-summary', {});
  const district = summary.districts[0].district;
  await app.open(page, '/volunteers');
  await page.getByRole('combobox', { name: 'อำเภอ' }).click();
  await page.getByRole('option', { name: new RegExp(`^${district} \\(`) }).click();
  await page.getByRole('link', { name: 'พิมพ์รายชื่อ (PDF)' }).click();

  await expect(page.getByRole('radio', { name: 'ทะเบียนอาสาสมัครแรงงาน' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'อำเภอ' })).toHaveValue(district);
  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await expect(page.getByTitle('ตัวอย่างเอกสาร')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกไฟล์ PDF' }).click()]);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-'], { encoding: 'utf8' });
  expect(text).toContain(`อำเภอ${district} (${summary.districts[0].count} คน)`);
  expect(text).toMatch(/\d-\d{4}-xxxxx-xx-\d/);
  await expectPdfPreviewLoaded(page);
  await screenshot(page, 'reports-volunteer-list');
});

test('two seminars of the same long title are told apart in the seminar select: date first in the box, the whole title under it and in the list', async ({ page, app }) => {
  const long = (year: number) => `โครงการสัมมนาเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน เพื่อการคุ้มครองแรงงานนอกระบบ จังหวัดสงขลา ประจำปีงบประมาณ พ.ศ. ${year}`;
  const seminar = (year: number, date: string) => app.call('seminar-create', {
    title: long(year), venueRoom: '', venuePlace: 'โรงแรมบีพี สมิหลา บีช', venueAddress: '', notes: '', chairName: '', chairPosition: '', reporterName: '', reporterPosition: '',
    objectives: ['เพื่อพัฒนาศักยภาพอาสาสมัครแรงงาน'], responsibleOfficer: '',
    days: [{ date, sessions: [{ start: '09:00', end: '12:00', topic: 'ภาคเช้า' }] }], groups: [{ name: 'อาสาสมัครแรงงาน', plannedCount: 4 }],
  });
  await seminar(2563, '2020-03-13');
  const later = await seminar(2564, '2021-03-12');

  for (const [width, height] of [[1366, 768], [1093, 615]] as const) {
    await page.setViewportSize({ width, height });
    await app.open(page, `/reports?doc=signin&seminar=${later.id}`);
    const select = page.getByRole('combobox', { name: 'โครงการ' });
    // The box begins with what tells two runs of the same seminar apart: its date.
    await expect(select).toHaveValue(`12 มี.ค. 2564 ${long(2564)}`);
    const chosen = page.getByTestId('report-seminar-chosen');
    await expect(chosen).toHaveText(`${long(2564)}12 มีนาคม 2564 · โรงแรมบีพี สมิหลา บีช`);
    // Wrapped within the options card: its first run of words has no space for the card's width.
    expect(await chosen.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await screenshot(page, `reports-seminar-select-${width}`);

    await select.click();
    const options = page.getByRole('option');
    await expect(options).toHaveCount(2);
    for (const [i, year, date] of [[0, 2564, '12 มีนาคม 2564'], [1, 2563, '13 มีนาคม 2563']] as const) {
      await expect(options.nth(i)).toContainText(long(year));
      await expect(options.nth(i)).toContainText(date);
      // Each option shows its whole title, wrapped: nothing runs past the list's edge.
      const box = (await options.nth(i).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await options.nth(i).evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
    await screenshot(page, `reports-seminar-options-${width}`);
    await page.keyboard.press('Escape');
  }
});
