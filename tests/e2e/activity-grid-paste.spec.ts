import { expect, pickByKeyboard, screenshot, test } from './fixtures';
import { volunteer } from '../helpers/seminar-fixtures';

// The screen size the offices' laptops have.
test.use({ viewport: { width: 1366, height: 768 } });

test('the monthly grid takes a column pasted from Excel cell by cell, and counts typed with the Thai layout on', async ({ page, app, context }) => {
  test.setTimeout(900_000);
  for (let n = 1; n <= 4; n++) await app.call('volunteer-create', { ...volunteer(n, 'หาดใหญ่', 'คลองแห'), termStart: '2024-10-01', termEnd: '2027-09-30' });
  const ids = Object.fromEntries((await app.call('volunteer-list', { district: 'หาดใหญ่' })).rows.map((r) => [r.firstName, r.id]));
  const kinds = await app.call('activity-kinds-get', {});

  await app.open(page, '/activities');
  const district = page.getByRole('combobox', { name: 'อำเภอ' });
  await district.focus();
  await pickByKeyboard(page, district, 'หาดใหญ่ (4 คน)');
  const grid = page.getByRole('table', { name: /อำเภอหาดใหญ่$/ });
  await expect(grid.getByRole('row')).toHaveCount(5);
  const cell = (n: number, kind: number) => grid.getByRole('textbox', { name: `นายสมหมาย${n} ทดสอบ${n} ${kinds[kind].name}` });

  // A column of four counts copied from Excel (one blank), pasted into the first person's cell:
  // each count goes down into its own row; before, they ran together as 1258 in one cell.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await cell(1, 1).focus();
  await page.evaluate(() => navigator.clipboard.writeText('12\r\n5\r\n\r\n8\r\n'));
  await page.keyboard.press('Control+v');
  await expect(cell(1, 1)).toHaveValue('12');
  await expect(cell(2, 1)).toHaveValue('5');
  await expect(cell(3, 1)).toHaveValue('');
  await expect(cell(4, 1)).toHaveValue('8');

  // Two columns pasted into the last row: what falls below the grid is said, not silently dropped.
  await cell(4, 2).focus();
  await page.evaluate(() => navigator.clipboard.writeText('7\t1,200\n9\t3\n'));
  await page.keyboard.press('Control+v');
  await expect(cell(4, 2)).toHaveValue('7');
  await expect(cell(4, 3)).toHaveValue('1200');
  await expect(page.getByText('ไม่ได้วาง 2 ช่องเกินขอบตาราง กรุณาตรวจสอบตารางก่อนกดบันทึก')).toBeVisible();

  // With Windows' Thai layout on, the number-row keys 1 2 3 type ๅ / -: the cell reads the keys'
  // digits (123), where it used to drop every one of them and stay empty.
  await cell(2, 0).focus();
  const cdp = await context.newCDPSession(page);
  for (const [code, key] of [['Digit1', 'ๅ'], ['Digit2', '/'], ['Digit3', '-']]) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', code, key, text: key, unmodifiedText: key, windowsVirtualKeyCode: 48 + Number(code.at(-1)) });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', code, key, windowsVirtualKeyCode: 48 + Number(code.at(-1)) });
  }
  await expect(cell(2, 0)).toHaveValue('123');
  // The English layout's minus still types nothing.
  await page.keyboard.type('-');
  await expect(cell(2, 0)).toHaveValue('123');
  await screenshot(page, 'activities-grid-pasted');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('button', { name: 'บันทึกทั้งตาราง', exact: true })).toBeDisabled();
  const month = await page.getByRole('combobox', { name: 'เดือน (พ.ศ.)' }).inputValue();
  const thaiMonths = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
  const [m, be] = month.split(' ');
  const saved = await app.call('activity-grid-get', { month: `${Number(be) - 543}-${String(thaiMonths.indexOf(m) + 1).padStart(2, '0')}`, district: 'หาดใหญ่' });
  const cells = (first: string) => saved.rows.find((r) => r.volunteerId === ids[first])!.cells;
  expect(cells('สมหมาย1')).toEqual({ [kinds[1].id]: 12 });
  expect(cells('สมหมาย2')).toEqual({ [kinds[0].id]: 123, [kinds[1].id]: 5 });
  expect(cells('สมหมาย3')).toEqual({});
  expect(cells('สมหมาย4')).toEqual({ [kinds[1].id]: 8, [kinds[2].id]: 7, [kinds[3].id]: 1200 });
});
