import { cellsBrokenInsideWords, wordsBrokenAcrossLines, expect, pickByKeyboard, screenshot, test } from './fixtures';
import { volunteer } from '../helpers/seminar-fixtures';

// The screen size the offices' laptops have.
test.use({ viewport: { width: 1366, height: 768 } });

test('the monthly grid is keyed and saved by keyboard only', async ({ page, app }) => {
  test.setTimeout(900_000);
  for (let n = 1; n <= 3; n++) await app.call('volunteer-create', { ...volunteer(n, 'หาดใหญ่', n === 3 ? 'คอหงส์' : 'คลองแห'), termStart: '2024-10-01', termEnd: '2027-09-30' });
  await app.call('volunteer-create', volunteer(9, 'เมืองสงขลา'));
  const ids = Object.fromEntries((await app.call('volunteer-list', { district: 'หาดใหญ่' })).rows.map((r) => [r.firstName, r.id]));
  const kinds = await app.call('activity-kinds-get', {});

  await app.open(page, '/activities');
  const month = page.getByRole('combobox', { name: 'เดือน (พ.ศ.)' });
  const monthValue = await month.inputValue();
  const district = page.getByRole('combobox', { name: 'อำเภอ' });
  await district.focus();
  await pickByKeyboard(page, district, 'หาดใหญ่ (3 คน)');
  const grid = page.getByRole('table', { name: `ผลงานเดือน${monthValue} อำเภอหาดใหญ่` });
  await expect(grid.getByRole('row')).toHaveCount(4);
  // By subdistrict, then name: คลองแห before คอหงส์.
  await expect(grid.getByRole('row').nth(3)).toContainText('สมหมาย3 ทดสอบ3');

  // Tab leaves the district picker for the first cell (names are not in the tab order).
  await page.keyboard.press('Tab');
  const cell = (name: string, kind: number) => grid.getByRole('textbox', { name: `นาย${name} ${kinds[kind].name}` });
  await expect(cell('สมหมาย1 ทดสอบ1', 0)).toBeFocused();
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await expect(cell('สมหมาย1 ทดสอบ1', 1)).toBeFocused();
  await page.keyboard.type('3');
  // Enter goes down the column.
  await page.keyboard.press('Enter');
  await expect(cell('สมหมาย2 ทดสอบ2', 1)).toBeFocused();
  // Thai digits are read; a minus sign cannot be typed.
  await page.keyboard.type('-๗');
  await expect(cell('สมหมาย2 ทดสอบ2', 1)).toHaveValue('7');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(cell('สมหมาย3 ทดสอบ3', 3)).toBeFocused();
  await page.keyboard.type('40');
  // Back to the first cell: typing replaces what it held.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect(cell('สมหมาย1 ทดสอบ1', 0)).toBeFocused();
  await page.keyboard.type('15');
  await expect(cell('สมหมาย1 ทดสอบ1', 0)).toHaveValue('15');
  await expect(page.getByRole('button', { name: 'บันทึกทั้งตาราง (4 ช่อง)' })).toBeEnabled();
  await screenshot(page, 'activities-grid-typed');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('button', { name: 'บันทึกทั้งตาราง', exact: true })).toBeDisabled();
  const [y, m] = [Number(monthValue.split(' ')[1]) - 543, monthValue.split(' ')[0]];
  const iso = `${y}-${String(['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'].indexOf(m) + 1).padStart(2, '0')}`;
  const saved = await app.call('activity-grid-get', { month: iso, district: 'หาดใหญ่' });
  const cells = (first: string) => saved.rows.find((r) => r.volunteerId === ids[first])!.cells;
  expect(cells('สมหมาย1')).toEqual({ [kinds[0].id]: 15, [kinds[1].id]: 3 });
  expect(cells('สมหมาย2')).toEqual({ [kinds[1].id]: 7 });
  expect(cells('สมหมาย3')).toEqual({ [kinds[3].id]: 40 });
  // The row total counts what is saved.
  await expect(grid.getByRole('row').nth(1)).toContainText('18');
  await screenshot(page, 'activities-grid-saved');

  // The volunteer's own page lists the month's records.
  await app.open(page, `/volunteers/${ids['สมหมาย1']}`);
  const list = page.getByTestId('volunteer-activities');
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list).toContainText(`เดือน${monthValue}`);
  await expect(list).toContainText(kinds[1].name);
});

test('the periodic report and the dashboard card show what was recorded', async ({ page, app }) => {
  test.setTimeout(900_000);
  for (let n = 1; n <= 3; n++) await app.call('volunteer-create', { ...volunteer(n, 'หาดใหญ่', 'คลองแห'), termStart: '2024-10-01', termEnd: '2027-09-30' });
  const ids = (await app.call('volunteer-list', { district: 'หาดใหญ่' })).rows.map((r) => r.id);
  const kinds = await app.call('activity-kinds-get', {});
  const fy = (await app.call('dashboard-summary', {})).fiscalYear;
  const month = `${fy - 543 - 1}-11`;
  await app.call('activity-grid-save', { month, district: 'หาดใหญ่', cells: [{ volunteerId: ids[0], kindId: kinds[0].id, people: 25 }, { volunteerId: ids[1], kindId: kinds[2].id, people: 12 }] });
  await app.call('activity-create', { volunteerId: ids[0], kindId: kinds[1].id, date: `${month}-20`, people: 1, place: '', notes: '', agency: 'สำนักงานจัดหางานจังหวัด', outcome: 'helped' });

  await app.open(page, '/activities/report');
  const table = page.getByTestId('activity-report');
  await expect(table.getByRole('row', { name: /หาดใหญ่/ })).toContainText('38');
  await expect(page.getByTestId('activity-report-agencies')).toContainText('สำนักงานจัดหางานจังหวัด');
  await expect(page.getByText('ไม่มีผลงาน 1 จาก 3 คน')).toBeVisible();
  await screenshot(page, 'activities-report');
  // At a 1093×615 window the first column's names and รวมทั้งสิ้น stay whole (รวมทั้ง|สิ้น), and ๆ
  // stays on its word's line in a head (อื่น|ๆ).
  await page.setViewportSize({ width: 1093, height: 615 });
  await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(1093);
  const other = table.locator('th').filter({ hasText: 'ๆ' });
  await expect(other).toHaveCount(1);
  expect(await cellsBrokenInsideWords(table.locator('tbody td:first-child'))).toEqual([]);
  expect(await cellsBrokenInsideWords(other)).toEqual([]);
  // The kind names wrap between words, not inside a compound (ช่วย|เหลือ, จิต|อาสา).
  expect(await wordsBrokenAcrossLines(table.locator('thead th'))).toEqual([]);
  await screenshot(page, 'activities-report-1093');

  await app.open(page, '/');
  await expect(page.getByTestId('card-activities')).toContainText('38');
  await expect(page.getByTestId('card-activities')).toContainText('มีผลงาน 2 จาก 3 คน');
  // The chart: a bar per kind recorded, each as long as the people it reached (25, 1 and 12).
  const bars = page.getByTestId('card-activities').locator('.recharts-bar-rectangle path');
  await expect(bars).toHaveCount(3);
  const lengths = await bars.evaluateAll((paths) => paths.map((p) => Math.round(p.getBoundingClientRect().width)));
  expect(lengths[0]).toBeGreaterThan(lengths[2]);
  expect(lengths[2]).toBeGreaterThan(lengths[1]);
  expect(lengths[0] / lengths[2]).toBeCloseTo(25 / 12, 0);
  // Each bar named by its kind, in full and inside the card (the longest ran out over its left edge).
  const labels = page.getByTestId('card-activities').locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
  await expect(labels).toHaveText(kinds.map((k) => k.name));
  const cardLeft = (await page.getByTestId('card-activities').boundingBox())!.x;
  const lefts = await labels.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().left));
  expect(Math.min(...lefts)).toBeGreaterThan(cardLeft);
  await page.getByTestId('card-activities').scrollIntoViewIfNeeded();
  await screenshot(page, 'activities-dashboard-card');
});

test('the detailed form records a referral on the day it is keyed, the form\'s own default', async ({ page, app }) => {
  await app.call('volunteer-create', { ...volunteer(1, 'หาดใหญ่', 'คลองแห'), termStart: '2024-10-01', termEnd: '2027-09-30' });
  const id = (await app.call('volunteer-list', { district: 'หาดใหญ่' })).rows[0].id;
  const kinds = await app.call('activity-kinds-get', {});
  const referral = kinds.find((k) => k.isReferral)!;

  await app.open(page, `/volunteers/${id}`);
  await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
  const dialog = page.getByRole('dialog', { name: 'บันทึกรายละเอียดกิจกรรม' });
  const kind = dialog.getByRole('combobox', { name: 'ประเภทกิจกรรม' });
  await kind.focus();
  await pickByKeyboard(page, kind, referral.name);
  // The referral's own fields appear with the kind.
  await dialog.getByRole('combobox', { name: 'หน่วยงานที่ส่งต่อ' }).fill('สำนักงานจัดหางานจังหวัด');
  await dialog.getByRole('textbox', { name: 'สถานที่' }).fill('ศาลาประชาคมหมู่ 3');
  // The count steps by ↑ and ↓ as a number field does, never below 0.
  const people = dialog.getByRole('textbox', { name: 'จำนวนผู้ได้รับประโยชน์ (คน)' });
  await people.fill('2');
  await people.press('ArrowUp');
  await expect(people).toHaveValue('3');
  for (const v of ['2', '1', '0', '0']) {
    await people.press('ArrowDown');
    await expect(people).toHaveValue(v);
  }
  await people.press('ArrowUp');
  await expect(people).toHaveValue('1');
  await screenshot(page, 'activities-detailed-form');
  // Today, as the window fills it, is today for the core too (not "in the future" in the small hours).
  await dialog.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(dialog).toBeHidden();
  const list = page.getByTestId('volunteer-activities');
  await expect(list).toContainText(referral.name);
  await expect(list).toContainText('ส่งต่อ สำนักงานจัดหางานจังหวัด');
  const saved = await app.call('activity-list', { volunteerId: id });
  expect(saved.map((a) => [a.kindId, a.place, a.people])).toEqual([[referral.id, 'ศาลาประชาคมหมู่ 3', 1]]);

  // The row's แก้ไข opens the same form on that record.
  await list.getByRole('button', { name: 'แก้ไข' }).click();
  const correcting = page.getByRole('dialog', { name: 'แก้ไขรายละเอียดกิจกรรม' });
  await expect(correcting.getByRole('textbox', { name: 'สถานที่' })).toHaveValue('ศาลาประชาคมหมู่ 3');
  await correcting.getByRole('textbox', { name: 'สถานที่' }).fill('ศาลาประชาคมหมู่ 4');
  await correcting.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(correcting).toBeHidden();
  await expect(list).toContainText('ศาลาประชาคมหมู่ 4');
});

test('the monthly grid keeps each name and subdistrict whole at a 1093×615 window (คลองหอยโข่ง, not คลองหอย|โข่ง)', async ({ page, app }) => {
  await page.setViewportSize({ width: 1093, height: 615 });
  await app.call('volunteer-create', volunteer(1, 'คลองหอยโข่ง', 'คลองหอยโข่ง'));
  await app.call('volunteer-create', volunteer(2, 'คลองหอยโข่ง', 'โคกม่วง'));
  await app.open(page, '/activities');
  const district = page.getByRole('combobox', { name: 'อำเภอ' });
  await district.focus();
  await pickByKeyboard(page, district, 'คลองหอยโข่ง (2 คน)');
  const grid = page.getByRole('table', { name: /อำเภอคลองหอยโข่ง$/ });
  await expect(grid.getByRole('row')).toHaveCount(3);
  // Each name cell and the subdistrict cell after it: on no more lines than it has words.
  await expect(grid.locator('tbody td:has(a)')).toHaveCount(2);
  expect(await cellsBrokenInsideWords(grid.locator('tbody td:has(a), tbody td:has(a) + td'))).toEqual([]);
  await expect(grid.getByText('คลองหอยโข่ง', { exact: true })).toBeVisible();
  // The kind names across the top wrap between words, not inside a compound (ส่ง|ต่อ, จิต|อาสา).
  await expect(grid.locator('thead th').filter({ hasText: 'ส่งต่อ' })).toHaveCount(1);
  expect(await wordsBrokenAcrossLines(grid.locator('thead th'))).toEqual([]);
  await screenshot(page, 'activities-grid-1093');
});
