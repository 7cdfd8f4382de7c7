import { execFileSync } from 'node:child_process';
import { fiscalYearOf, todayIso } from '@shared/thai';
import { cellsBrokenInsideWords, expect, pickByKeyboard, screenshot, test, wordsBrokenAcrossLines, wrappedLines } from './fixtures';
import { nationalIdFor, volunteer } from '../helpers/seminar-fixtures';

// The screen size the offices' laptops have.
test.use({ viewport: { width: 1366, height: 768 } });

const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

test('อสร.ดีเด่น: choose the year, weigh referrals more and see the order change, tick two, record their award, print their certificates', async ({ page, app }) => {
  test.setTimeout(900_000);
  // This month's counts, so the ranking of the current fiscal year has them whatever the day.
  const today = todayIso();
  const month = today.slice(0, 7);
  for (let n = 1; n <= 3; n++) await app.call('volunteer-create', { ...volunteer(n, 'หาดใหญ่', 'คลองแห'), termStart: '2020-10-01', termEnd: '2030-09-30' });
  const ids = Object.fromEntries((await app.call('volunteer-list', { district: 'หาดใหญ่' })).rows.map((r) => [r.firstName, r.id]));
  const [publicity, referral] = await app.call('activity-kinds-get', {});
  await app.call('activity-grid-save', {
    month,
    district: 'หาดใหญ่',
    cells: [
      { volunteerId: ids['สมหมาย1'], kindId: publicity.id, people: 30 },
      { volunteerId: ids['สมหมาย2'], kindId: referral.id, people: 1 },
      { volunteerId: ids['สมหมาย3'], kindId: publicity.id, people: 5 },
    ],
  });

  // A clerk finds the helper beside the activity reports.
  await app.open(page, '/activities/report');
  await page.getByRole('link', { name: 'คัดเลือก อสร.ดีเด่น' }).click();
  await expect(page.getByRole('heading', { name: 'คัดเลือกอาสาสมัครแรงงานดีเด่น (อสร.ดีเด่น)' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'ปีงบประมาณ' })).toHaveValue(String(fiscalYearOf(today)));
  const ranking = page.getByTestId('nomination-ranking');
  const names = () => ranking.locator('tbody tr td:nth-child(3) a');
  await expect(names()).toHaveText(['นายสมหมาย1 ทดสอบ1', 'นายสมหมาย2 ทดสอบ2', 'นายสมหมาย3 ทดสอบ3']);

  // A weight that is not a number is said in Thai at its box; the ranking waits for a good one.
  const referralWeight = page.getByRole('textbox', { name: referral.name });
  // The kind's long name is read whole above its box (it was cut as "ความช่ว…"), and the boxes stay level.
  const label = page.locator(`label[for="${await referralWeight.getAttribute('id')}"]`);
  await expect(label).toHaveText(referral.name);
  // It wraps between words, not inside one (ความช่วย|เหลือ).
  expect(await wordsBrokenAcrossLines(page.locator('label').filter({ hasText: 'ส่งต่อ' }))).toEqual([]);
  expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth && getComputedStyle(el).textOverflow !== 'ellipsis')).toBe(true);
  const firstKind = page.getByRole('textbox', { name: publicity.name });
  expect((await referralWeight.boundingBox())!.y).toBe((await firstKind.boundingBox())!.y);
  // By keyboard, as a clerk keys it: the box emptied, then 10 typed and Tab to the next.
  await referralWeight.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expect(page.getByText('น้ำหนักต้องเป็นตัวเลข เช่น 1 หรือ 0.5')).toBeVisible();
  await page.keyboard.type('10');
  await page.keyboard.press('Tab');
  await expect(page.getByText('น้ำหนักต้องเป็นตัวเลข เช่น 1 หรือ 0.5')).toBeHidden();
  await expect(names()).toHaveText(['นายสมหมาย2 ทดสอบ2', 'นายสมหมาย1 ทดสอบ1', 'นายสมหมาย3 ทดสอบ3']);
  // The score's parts, each named: 1 referral × 10, 1 person × 0.1, no event, years in office.
  await expect(ranking.locator('tbody tr').first().getByTestId('nomination-score-parts')).toContainText('ผลงาน 10 · ผู้ได้รับประโยชน์ 0.1 · เข้าร่วม 0 · อายุงาน ');

  await page.getByRole('checkbox', { name: 'เลือก นายสมหมาย2 ทดสอบ2' }).check();
  await page.getByRole('checkbox', { name: 'เลือก นายสมหมาย1 ทดสอบ1' }).check();
  await screenshot(page, 'nomination-ranked');

  await page.getByRole('button', { name: 'บันทึกรางวัล (2 คน)' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'ผู้มอบ / คำสั่งหรือหนังสือที่' }).fill('คำสั่งจังหวัดสงขลา ที่ 99/2570');
  await screenshot(page, 'nomination-record-dialog');
  await dialog.getByRole('button', { name: 'บันทึกรางวัล' }).click();
  await expect(dialog).toBeHidden();
  await expect(ranking.getByText('อสร.ดีเด่นระดับจังหวัด')).toHaveCount(2);
  for (const first of ['สมหมาย1', 'สมหมาย2']) {
    expect(await app.call('award-list', { volunteerId: ids[first] })).toMatchObject([{ fiscalYear: fiscalYearOf(today), kind: 'outstanding_province', givenBy: 'คำสั่งจังหวัดสงขลา ที่ 99/2570' }]);
  }
  expect(await app.call('award-list', { volunteerId: ids['สมหมาย3'] })).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'พิมพ์เกียรติบัตร (2 คน)' }).click()]);
  const text = pdfText(await download.path());
  expect(text).toContain('เกียรติบัตร');
  // Numbered from the office's register, kept with each award.
  for (const n of [1, 2]) expect(text).toContain(`เลขที่ ${n}/${fiscalYearOf(today)}`);
  expect(text).toContain('นายสมหมาย2 ทดสอบ2');
  expect(text).toContain('นายสมหมาย1 ทดสอบ1');
  expect(text.replace(/\s+/g, '')).toContain(`ได้รับการคัดเลือกเป็นอาสาสมัครแรงงานดีเด่นประจำปีงบประมาณพ.ศ.${fiscalYearOf(today)}`);

  // The award shows on the person's page.
  await names().first().click();
  await expect(page.getByTestId('volunteer-awards')).toContainText('อสร.ดีเด่นระดับจังหวัด');
  await expect(page.getByTestId('volunteer-awards')).toContainText('คำสั่งจังหวัดสงขลา ที่ 99/2570');
  await screenshot(page, 'nomination-volunteer-awards');
});

test('อสร.ดีเด่น over a large register: the ranking opens a page at a time, tick-all takes the page shown and says so, ticks stay across pages, all by keyboard', async ({ page, app }) => {
  test.setTimeout(900_000);
  // 2,400 volunteers of หาดใหญ่ in one import, each with this month's count (people 1–97, so the order is known).
  const COUNT = 2_400;
  const lines = ['คำนำหน้าชื่อ,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,ตำบลที่รับผิดชอบ,อำเภอที่รับผิดชอบ,วันเริ่มวาระ,วันสิ้นสุดวาระ'];
  for (let i = 1; i <= COUNT; i++) lines.push(`นาย,ดีเด่น${i},ทะเบียนใหญ่,${nationalIdFor(i)},คลองแห,หาดใหญ่,01/10/2563,30/09/2573`);
  const imported = await app.call('volunteer-import-commit', { file: { name: 'รายชื่อ.csv', bytes: new TextEncoder().encode(lines.join('\r\n')) }, duplicates: 'skip', job: 'big-register' });
  expect(imported.inserted).toBe(COUNT);
  const [publicity] = await app.call('activity-kinds-get', {});
  const grid = await app.call('activity-grid-get', { month: todayIso().slice(0, 7), district: 'หาดใหญ่' });
  await app.call('activity-grid-save', {
    month: todayIso().slice(0, 7),
    district: 'หาดใหญ่',
    cells: grid.rows.map((r) => ({ volunteerId: r.volunteerId, kindId: publicity.id, people: (Number(r.name.match(/ดีเด่น(\d+)/)![1]) % 97) + 1 })),
  });

  await app.open(page, '/activities/nomination');
  const ranking = page.getByTestId('nomination-ranking');
  const pages = page.getByTestId('nomination-pages');
  await expect(pages).toContainText('หน้า 1 จาก 48 (ลำดับที่ 1–50 จาก 2,400 คน)');
  await expect(ranking.locator('tbody tr')).toHaveCount(50);
  await screenshot(page, 'nomination-large-register');

  // The ranking fits the window at 1366×768 and at Windows' 125 % scaling (1093×615): no sideways
  // scrolling, no column out of sight, and its heads and names break only between words.
  for (const [width, height] of [[1366, 768], [1093, 615]]) {
    await page.setViewportSize({ width, height });
    await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(width);
    await ranking.scrollIntoViewIfNeeded();
    await screenshot(page, `nomination-large-register-${width}`);
    const fits = await ranking.evaluate((table) => {
      let scrolls = document.documentElement.scrollWidth > document.documentElement.clientWidth;
      for (let el: Element | null = table; el; el = el.parentElement) {
        if (el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX)) scrolls = true;
      }
      return { inside: table.getBoundingClientRect().right <= document.documentElement.clientWidth + 1, scrolls };
    });
    expect(fits).toEqual({ inside: true, scrolls: false });
    expect(await cellsBrokenInsideWords(ranking.locator('thead th, tbody td:nth-child(3) a'))).toEqual([]);
    // The name column's head wraps after its slash, keeping อำเภอ with ตำบล.
    const [nameHead] = await wrappedLines(ranking.locator('thead th').filter({ hasText: 'ชื่อ – สกุล' }));
    expect(nameHead.map((line) => line.trim()).filter((line) => line.endsWith('อำเภอ'))).toEqual([]);
  }

  // Tick-all, by keyboard: the 50 on this page, as its label and the line above the table say.
  const all = page.getByRole('checkbox', { name: 'เลือกทั้งหมดในหน้านี้ (ลำดับที่ 1–50)' });
  await all.focus();
  await page.keyboard.press('Space');
  await expect(all).toBeChecked();
  await expect(page.getByTestId('nomination-chosen')).toContainText('เลือกแล้วทั้งหมด 50 คน (ในหน้านี้ 50) · ช่องบนหัวตารางเลือกทั้งหมดเฉพาะในหน้านี้ (ลำดับที่ 1–50) ที่เลือกไว้ในหน้าอื่นยังเลือกอยู่');
  await expect(page.getByRole('button', { name: 'บันทึกรางวัล (50 คน)' })).toBeEnabled();

  // The next page, by keyboard: its own tick-all is clear; one more person ticked makes 51 over both pages.
  await page.getByRole('button', { name: 'หน้าถัดไป' }).focus();
  await page.keyboard.press('Enter');
  await expect(pages).toContainText('หน้า 2 จาก 48 (ลำดับที่ 51–100 จาก 2,400 คน)');
  await expect(ranking.locator('tbody tr').first().locator('td').nth(1)).toHaveText('51');
  await expect(page.getByRole('checkbox', { name: 'เลือกทั้งหมดในหน้านี้ (ลำดับที่ 51–100)' })).not.toBeChecked();
  const first = ranking.locator('tbody tr').first().getByRole('checkbox');
  await first.focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('nomination-chosen')).toContainText('เลือกแล้วทั้งหมด 51 คน (ในหน้านี้ 1 · หน้าอื่น 50)');
  await expect(page.getByRole('checkbox', { name: 'เลือกทั้งหมดในหน้านี้ (ลำดับที่ 51–100)' })).toHaveJSProperty('indeterminate', true);
  await expect(page.getByRole('button', { name: 'พิมพ์เกียรติบัตร (51 คน)' })).toBeEnabled();
  await screenshot(page, 'nomination-large-register-page-2');

  // Back to the first page: its 50 are still ticked.
  await page.getByRole('button', { name: 'หน้า 1', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'เลือกทั้งหมดในหน้านี้ (ลำดับที่ 1–50)' })).toBeChecked();
});

test('อสร.ดีเด่น: the people ticked stay ticked through paging, another district, stricter conditions, another year and a look at a person; those hidden are named with why', async ({ page, app }) => {
  test.setTimeout(900_000);
  const today = todayIso();
  const month = today.slice(0, 7);
  // 60 of หาดใหญ่ (people reached 1–60, so ดีเด่น60 ranks first of them) and 3 of สะเดา who reached more.
  const lines = ['คำนำหน้าชื่อ,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,ตำบลที่รับผิดชอบ,อำเภอที่รับผิดชอบ,วันเริ่มวาระ,วันสิ้นสุดวาระ'];
  for (let i = 1; i <= 60; i++) lines.push(`นาย,ดีเด่น${i},หาดใหญ่,${nationalIdFor(i)},คลองแห,หาดใหญ่,01/10/2563,30/09/2573`);
  for (let i = 1; i <= 3; i++) lines.push(`นาย,ต่างอำเภอ${i},สะเดา,${nationalIdFor(100 + i)},สะเดา,สะเดา,01/10/2563,30/09/2573`);
  const imported = await app.call('volunteer-import-commit', { file: { name: 'รายชื่อ.csv', bytes: new TextEncoder().encode(lines.join('\r\n')) }, duplicates: 'skip', job: 'two-districts' });
  expect(imported.inserted).toBe(63);
  const [publicity, referral] = await app.call('activity-kinds-get', {});
  const numberOf = (name: string) => Number(name.match(/(\d+) /)![1]);
  for (const district of ['หาดใหญ่', 'สะเดา']) {
    const grid = await app.call('activity-grid-get', { month, district });
    await app.call('activity-grid-save', {
      month,
      district,
      cells: grid.rows.flatMap((r) => [
        { volunteerId: r.volunteerId, kindId: publicity.id, people: district === 'สะเดา' ? 100 + numberOf(r.name) : numberOf(r.name) },
        // ดีเด่น60 has a second kind of work, so a minimum of 2 records keeps them in.
        ...(r.name.includes('ดีเด่น60 ') ? [{ volunteerId: r.volunteerId, kindId: referral.id, people: 1 }] : []),
      ]),
    });
  }

  // Windows' 125 % scaling of the offices' laptops.
  await page.setViewportSize({ width: 1093, height: 615 });
  await app.open(page, '/activities/nomination');
  const ranking = page.getByTestId('nomination-ranking');
  const pages = page.getByTestId('nomination-pages');
  const chosen = page.getByTestId('nomination-chosen');
  const hidden = page.getByTestId('nomination-chosen-hidden');
  const box = (name: string) => page.getByRole('checkbox', { name: `เลือก นาย${name}`, exact: true });
  await expect(pages).toContainText('หน้า 1 จาก 2 (ลำดับที่ 1–50 จาก 63 คน)');

  // Three on page 1 (one of สะเดา), one on page 2, by keyboard.
  for (const name of ['ต่างอำเภอ3 สะเดา', 'ดีเด่น60 หาดใหญ่', 'ดีเด่น59 หาดใหญ่']) {
    await box(name).focus();
    await page.keyboard.press('Space');
  }
  await page.getByRole('button', { name: 'หน้าถัดไป' }).click();
  await expect(pages).toContainText('หน้า 2 จาก 2');
  await box('ดีเด่น1 หาดใหญ่').check();
  await expect(chosen).toContainText('เลือกแล้วทั้งหมด 4 คน');
  await page.getByRole('button', { name: 'หน้า 1', exact: true }).click();
  for (const name of ['ต่างอำเภอ3 สะเดา', 'ดีเด่น60 หาดใหญ่', 'ดีเด่น59 หาดใหญ่']) await expect(box(name)).toBeChecked();

  // Narrowed to หาดใหญ่: the three of หาดใหญ่ stay ticked; the one of สะเดา is still chosen, named with why it is not shown.
  const district = page.getByRole('combobox', { name: 'อำเภอ' });
  await district.focus({ timeout: 90_000 });
  await pickByKeyboard(page, district, 'หาดใหญ่');
  await expect(pages).toContainText('หน้า 1 จาก 2 (ลำดับที่ 1–50 จาก 60 คน)');
  await expect(box('ดีเด่น60 หาดใหญ่')).toBeChecked();
  await expect(box('ดีเด่น59 หาดใหญ่')).toBeChecked();
  await expect(chosen).toContainText('เลือกแล้วทั้งหมด 4 คน');
  await expect(hidden).toContainText('นายต่างอำเภอ3 สะเดา');
  await expect(hidden).toContainText('อยู่อำเภอสะเดา');
  await expect(page.getByRole('button', { name: 'บันทึกรางวัล (4 คน)' })).toBeEnabled();
  await hidden.scrollIntoViewIfNeeded();
  await screenshot(page, 'nomination-ticks-other-district');

  // A stricter minimum leaves two of them out of the ranking: still chosen, named with the reason; put back, they are ticked again.
  const minRecords = page.getByRole('textbox', { name: 'ขั้นต่ำ: ผลงาน (รายการ)' });
  await minRecords.fill('2');
  await expect(ranking.locator('tbody tr')).toHaveCount(1);
  await expect(box('ดีเด่น60 หาดใหญ่')).toBeChecked();
  await expect(chosen).toContainText('เลือกแล้วทั้งหมด 4 คน');
  await expect(hidden).toContainText('นายดีเด่น59 หาดใหญ่');
  await expect(hidden).toContainText('มีผลงาน 1 รายการ (ขั้นต่ำ 2 รายการ)');
  await hidden.scrollIntoViewIfNeeded();
  await screenshot(page, 'nomination-ticks-conditions');
  await minRecords.fill('1');
  await expect(box('ดีเด่น59 หาดใหญ่')).toBeChecked();
  await expect(hidden).not.toContainText('นายดีเด่น59 หาดใหญ่');

  // The year before has its own choices (none yet); back to this year, the four are there.
  const year = page.getByRole('combobox', { name: 'ปีงบประมาณ' });
  await year.focus({ timeout: 90_000 });
  await pickByKeyboard(page, year, String(fiscalYearOf(today) - 1));
  await expect(page.getByText('ไม่มีอาสาสมัครที่ผ่านเงื่อนไขขั้นต่ำในปีงบประมาณนี้')).toBeVisible();
  await expect(page.getByRole('button', { name: /^บันทึกรางวัล/ })).toBeDisabled();
  await year.focus({ timeout: 90_000 });
  await pickByKeyboard(page, year, String(fiscalYearOf(today)), 'ArrowUp');
  await expect(chosen).toContainText('เลือกแล้วทั้งหมด 4 คน');

  // A look at one person's page and back loses nothing.
  await ranking.getByRole('link', { name: 'นายดีเด่น60 หาดใหญ่' }).click();
  await expect(page.getByRole('heading', { name: /นายดีเด่น60 หาดใหญ่/ })).toBeVisible();
  await page.goBack();
  await expect(chosen).toContainText('เลือกแล้วทั้งหมด 4 คน');
  await expect(page.getByRole('button', { name: 'พิมพ์เกียรติบัตร (4 คน)' })).toBeEnabled();
});
