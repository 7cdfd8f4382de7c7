import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { emblemDataUrl } from '../integration/reports/fixtures';
import { expect, screenshot, SHOTS_DIR, test, wordsBrokenAcrossLines, wrappedLines } from './fixtures';

test.use({ webArgs: ['--demo'] });

const text = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

test('an appointment order renewing the terms ending: chosen from the register, numbered, recorded on each term and printed', async ({ page, app }) => {
  await app.call('settings-save', { ...(await app.call('settings-get', {})), emblem: emblemDataUrl(240) });
  await page.setViewportSize({ width: 1366, height: 768 });
  // The register's "terms ending" view, as the dashboard's card opens it.
  await app.open(page, '/volunteers?termEndsWithinDays=90');
  await expect(page.getByRole('combobox', { name: 'วาระสิ้นสุด' })).toHaveValue('ภายใน 90 วัน');
  const ending = await app.call('volunteer-list', { termEndsWithinDays: 90, pageSize: 200 });
  expect(ending.total).toBeGreaterThan(2);
  await page.getByRole('link', { name: 'ออกคำสั่งต่อวาระ' }).click();

  // Everyone in that view is on the order until unticked.
  await expect(page.getByRole('heading', { name: 'ออกคำสั่งแต่งตั้งอาสาสมัครแรงงาน' })).toBeVisible();
  await expect(page.getByTestId('order-chosen')).toHaveText(`เลือกแล้ว ${ending.total} จาก ${ending.total} คน`);
  const left = ending.rows[0];
  const leftName = `${left.title}${left.firstName} ${left.lastName}`;
  await page.getByRole('checkbox', { name: new RegExp(`^${leftName} ·`) }).uncheck();
  await expect(page.getByTestId('order-chosen')).toHaveText(`เลือกแล้ว ${ending.total - 1} จาก ${ending.total} คน`);
  const orderNo = page.getByRole('textbox', { name: 'เลขที่คำสั่ง (เลขที่/ปี พ.ศ.)' });
  await expect(orderNo).toHaveValue(/^1\/25\d\d$/);
  await orderNo.fill('15/2569');
  // A basis of two lines, wider than a one-line field: all of it in view, its line break kept.
  const basis = 'ระเบียบกระทรวงแรงงานว่าด้วยอาสาสมัครแรงงาน พ.ศ. 2548\nและคำสั่งสำนักงานปลัดกระทรวงแรงงาน ที่ 123/2560 เรื่อง มอบอำนาจให้ผู้ว่าราชการจังหวัดแต่งตั้งอาสาสมัครแรงงาน';
  const basisField = page.getByRole('textbox', { name: 'อาศัยอำนาจตาม' });
  await basisField.fill(basis);
  await expect(basisField).toHaveValue(basis);
  await expect.poll(() => basisField.evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth)).toBe(true);
  await screenshot(page, 'order-form-renewal');
  // At Windows' 125 % scaling (1093×615) the people's lines wrap, but never inside a date
  // ("ครบวาระ 30" over "ธ.ค. 2569") nor with a separator starting a line.
  await page.setViewportSize({ width: 1093, height: 615 });
  await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(1093);
  const people = page.locator('label').filter({ hasText: /ครบวาระ\s\d/ });
  await expect(people).toHaveCount(ending.total);
  expect(await wordsBrokenAcrossLines(people)).toEqual([]);
  const lines = (await wrappedLines(people)).flat();
  expect(lines.filter((line) => line.trim().startsWith('·'))).toEqual([]);
  await screenshot(page, 'order-form-renewal-1093');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: /^บันทึกคำสั่งและวาระ/ }).click();

  await expect(page.getByRole('heading', { name: 'คำสั่งที่ 15/2569 เรื่อง แต่งตั้งอาสาสมัครแรงงาน' })).toBeVisible();
  await expect(page.getByTestId('order-people')).toHaveText(`อาสาสมัครตามคำสั่ง ${ending.total - 1} คน`);
  await screenshot(page, 'order-page');

  // Recorded on each person's term; the one left out keeps the old term.
  const renewed = await app.call('volunteer-get', { id: ending.rows[1].id });
  expect(renewed.terms.at(-1)?.orderNo).toBe('15/2569');
  const [saved] = (await app.call('order-list', {})).filter((o) => o.orderNo === '15/2569');
  expect((await app.call('order-get', { id: saved.id })).legalBasis).toBe(basis);
  expect((await app.call('volunteer-get', { id: left.id })).volunteer.appointmentOrderNo).not.toBe('15/2569');

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'พิมพ์คำสั่ง (PDF)' }).click()]);
  expect(pdf.suggestedFilename()).toBe('คำสั่งแต่งตั้งอาสาสมัครแรงงาน-15-2569.pdf');
  const file = path.join(SHOTS_DIR, 'order-renewal.pdf');
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await pdf.saveAs(file);
  const printed = text(file);
  for (const s of ['คำสั่งสำนักงานแรงงานจังหวัดสงขลา', 'ที่ 15/2569', 'เรื่อง แต่งตั้งอาสาสมัครแรงงาน', 'สั่ง ณ วันที่', '(นายสมมติ ตัวอย่าง)', 'บัญชีรายชื่ออาสาสมัครแรงงาน']) expect(printed).toContain(s);
  expect(printed).not.toContain(leftName);
  // The basis is read inside the order's sentence: printed whole, flowing on without its line break.
  const flowing = basis.replace('\n', ' ');
  expect(printed.replace(/\s+/g, '')).toContain(`อาศัยอำนาจตาม${flowing}`.replace(/\s+/g, ''));
  expect(printed).toContain('พ.ศ. 2548 และคำสั่ง');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', file, file.replace(/\.pdf$/, '')]);

  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ไฟล์ Word' }).click()]);
  expect(word.suggestedFilename()).toBe('คำสั่งแต่งตั้งอาสาสมัครแรงงาน-15-2569.docx');
  // The Word copy writes the space after พ.ศ. and inside a date as a no-break space (Word and LibreOffice cut `พ.ศ. 2|563`): read as the space a clerk sees.
  const xml = execFileSync('unzip', ['-p', await word.path(), 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, '').replaceAll('\u00A0', ' ');
  for (const s of ['ที่ 15/2569', 'แต่งตั้งอาสาสมัครแรงงาน', '(นายสมมติ ตัวอย่าง)', `อาศัยอำนาจตาม${flowing}`]) expect(xml).toContain(s);

  // The order is listed, and nobody it renewed is still in the terms ending.
  await page.getByRole('link', { name: 'คำสั่งแต่งตั้ง' }).first().click();
  await expect(page.getByRole('link', { name: '15/2569' })).toBeVisible();
  expect((await app.call('order-candidates', { kind: 'renewal', withinDays: 90 })).map((c) => c.id)).toEqual([left.id]);
});

test('a volunteer card: photo added on the volunteer page, printed, reprinted as ฉบับที่ 2, listed in the record of service, and its barcode checks the volunteer in at the desk', async ({ page, app }) => {
  await app.call('settings-save', { ...(await app.call('settings-get', {})), emblem: emblemDataUrl(240) });
  await page.setViewportSize({ width: 1366, height: 768 });
  const [v] = (await app.call('volunteer-list', { status: 'active', district: 'หาดใหญ่', pageSize: 1 })).rows;
  const name = `${v.title}${v.firstName} ${v.lastName}`;
  await app.open(page, `/volunteers/${v.id}`);
  await expect(page.getByRole('heading', { name })).toBeVisible();

  const photo = Buffer.from(emblemDataUrl(300).split(',')[1], 'base64');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'เพิ่มรูปถ่าย' }).click()]);
  await chooser.setFiles({ name: 'รูปถ่าย.png', mimeType: 'image/png', buffer: photo });
  await expect(page.getByRole('img', { name: 'รูปถ่ายสำหรับบัตร' })).toBeVisible();
  const cardNo = (await page.getByTestId('card-no').textContent())!;
  expect(cardNo).toMatch(/^\d{9}$/);

  const [first] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'พิมพ์บัตรประจำตัว' }).click()]);
  expect(text(await first.path())).toContain(`เลขที่บัตร ${cardNo}`);
  await expect(page.getByRole('button', { name: 'พิมพ์บัตรใหม่ (ฉบับที่ 2)' })).toBeVisible();
  const [second] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'พิมพ์บัตรใหม่ (ฉบับที่ 2)' }).click()]);
  expect(second.suggestedFilename()).toBe(`บัตรอาสาสมัครแรงงาน-${cardNo}-ฉบับที่2.pdf`);
  const file = path.join(SHOTS_DIR, 'id-card-reprint.pdf');
  await second.saveAs(file);
  expect(text(file)).toContain(`เลขที่บัตร ${cardNo} ฉบับที่ 2`);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, file.replace(/\.pdf$/, '')]);
  await page.getByText('บัตรประจำตัวและรูปถ่าย').scrollIntoViewIfNeeded();
  await screenshot(page, 'volunteer-card-panel');

  // The record of service lists the cards printed.
  const [record] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'พิมพ์ประวัติการปฏิบัติงาน' }).click()]);
  const recorded = text(await record.path());
  for (const s of ['ประวัติการปฏิบัติงานอาสาสมัครแรงงาน', name, cardNo, '(นายสมมติ ตัวอย่าง)']) expect(recorded).toContain(s);

  // At a seminar's desk, the card's number (as a USB scanner types it, then Enter) checks the volunteer in.
  const s = await app.call('seminar-create', {
    title: 'โครงการสัมมนาเครือข่ายอาสาสมัครแรงงาน', venueRoom: 'ห้องประชุม', venuePlace: 'ศาลากลาง', venueAddress: '', notes: '', chairName: '', chairPosition: '', reporterName: '', reporterPosition: '',
    objectives: [], responsibleOfficer: '', days: [{ date: '2026-12-20', sessions: [{ start: '09:00', end: '12:00', topic: 'ภาคเช้า' }] }], groups: [{ name: 'อาสาสมัครแรงงาน', plannedCount: 50 }],
  });
  await app.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[0].id, filter: { q: '', district: 'หาดใหญ่', status: 'active' } });
  await app.open(page, `/seminars/${s.id}/checkin/${s.days[0].sessions[0].id}`);
  await expect(page.getByLabel('พิมพ์ชื่อหรือเลขประจำตัวประชาชน แล้วกด Enter')).toBeFocused();
  await page.keyboard.type(cardNo);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-feedback')).toContainText(`ลงชื่อแล้ว: ${name}`);
  await expect(page.getByTestId('checkin-total')).toHaveText(/^1\//);
});

test('an order cancelled (ยกเลิกคำสั่ง) with its reason: its terms are gone, it stays listed as cancelled and prints only marked ยกเลิก', async ({ page, app }) => {
  // A small laptop at 125 % scaling: the dialog's confirm stays reachable below its long notice,
  // and after a refused try the message about it does not cover the button.
  await page.setViewportSize({ width: 1093, height: 615 });
  const ending = await app.call('order-candidates', { kind: 'renewal', withinDays: 90 });
  const today = new Date().toISOString().slice(0, 10);
  const order = await app.call('order-create', { kind: 'renewal', orderNo: '16/2569', orderDate: today, termStart: today, termEnd: `${Number(today.slice(0, 4)) + 3}${today.slice(4)}`, volunteerIds: ending.slice(0, 3).map((c) => c.id) });
  await app.open(page, `/orders/${order.id}`);
  // The page's buttons wrap into rows that each start at the page's left edge, as its other rows do.
  const heading = (await page.getByRole('heading', { name: 'คำสั่งที่ 16/2569 เรื่อง แต่งตั้งอาสาสมัครแรงงาน' }).boundingBox())!;
  const controls = [page.locator('.mantine-Switch-root'), ...['พิมพ์คำสั่ง (PDF)', 'ไฟล์ Word', 'พิมพ์บัตรประจำตัว (3 ใบ)', 'ยกเลิกคำสั่ง'].map((name) => page.getByRole('button', { name }))];
  const rowStarts = new Map<number, number>();
  for (const c of controls) {
    const box = (await c.boundingBox())!;
    const row = [...rowStarts.keys()].find((top) => Math.abs(top - box.y) < box.height / 2) ?? box.y;
    rowStarts.set(row, Math.min(rowStarts.get(row) ?? Infinity, box.x));
  }
  expect([...rowStarts.values()].map((x) => Math.round(x - heading.x))).toEqual([...rowStarts.keys()].map(() => 0));
  await screenshot(page, 'order-page-1093');
  await page.getByRole('button', { name: 'ยกเลิกคำสั่ง' }).click();
  const dialog = page.getByRole('dialog', { name: 'ยกเลิกคำสั่งที่ 16/2569' });
  await expect(dialog).toContainText('อาสาสมัคร 3 คนจะถูกลบ');
  // The reason is where the cursor starts; an empty one is refused.
  await dialog.getByRole('button', { name: 'ยืนยันยกเลิกคำสั่ง' }).click();
  await expect(dialog.getByText('กรุณากรอกเหตุผลที่ยกเลิก')).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: 'ยังบันทึกไม่ได้ มี 1 ช่องที่ต้องแก้ไข' });
  await expect(notice).toBeVisible();
  await screenshot(page, 'order-cancel-refused');
  // The notice about the refused try keeps clear of the dialog's buttons (it sat over ยืนยัน's lower half).
  const [a, b] = [(await notice.boundingBox())!, (await dialog.getByRole('button', { name: 'ยืนยันยกเลิกคำสั่ง' }).boundingBox())!];
  expect(a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height).toBe(true);
  await dialog.getByRole('textbox', { name: 'เหตุผลที่ยกเลิก' }).focus();
  await page.keyboard.type('ออกคำสั่งซ้ำกับคำสั่งที่ 15/2569');
  await screenshot(page, 'order-cancel-dialog');
  await dialog.getByRole('button', { name: 'ยืนยันยกเลิกคำสั่ง' }).click();

  await expect(page.getByText('ยกเลิกแล้ว', { exact: true })).toBeVisible();
  await expect(page.getByText('เหตุผล: ออกคำสั่งซ้ำกับคำสั่งที่ 15/2569', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'ไฟล์ Word' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /พิมพ์บัตรประจำตัว/ })).toHaveCount(0);
  await screenshot(page, 'order-cancelled');
  for (const c of ending.slice(0, 3)) expect((await app.call('volunteer-get', { id: c.id })).terms.map((t) => t.orderNo)).not.toContain('16/2569');

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'พิมพ์คำสั่ง (PDF มีตรายกเลิก)' }).click()]);
  const file = path.join(SHOTS_DIR, 'order-cancelled.pdf');
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await pdf.saveAs(file);
  expect(text(file)).toContain('คำสั่งนี้ถูกยกเลิกแล้ว');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, file.replace(/\.pdf$/, '')]);

  await page.getByRole('link', { name: 'คำสั่งแต่งตั้งทั้งหมด' }).click();
  await expect(page.getByRole('row', { name: /16\/2569/ })).toContainText('ยกเลิกแล้ว');
});

test('a card whose stored photo is damaged still prints, with an empty frame, and the clerk is told whose photo to upload again', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const [v] = (await app.call('volunteer-list', { status: 'active', district: 'หาดใหญ่', pageSize: 1 })).rows;
  await app.call('volunteer-photo-set', { volunteerId: v.id, bytes: new Uint8Array(Buffer.from(emblemDataUrl(300).split(',')[1], 'base64')) });
  // The file is cut short on disk, as a copy interrupted would leave it.
  const folder = path.join(app.dataDir, 'photos', `volunteer-${v.id}`);
  const photo = path.join(folder, fs.readdirSync(folder)[0]);
  fs.writeFileSync(photo, fs.readFileSync(photo).subarray(0, 200));
  await app.open(page, `/volunteers/${v.id}`);
  const [card] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'พิมพ์บัตรประจำตัว' }).click()]);
  expect(text(await card.path())).toContain('ติดรูปถ่าย');
  await expect(page.getByText('บัตร 1 ใบพิมพ์โดยเว้นช่องรูปว่างไว้')).toBeVisible();
  await expect(page.getByText(`${v.title}${v.firstName} ${v.lastName} (ไฟล์รูปเสียหาย)`, { exact: false })).toBeVisible();
  await screenshot(page, 'card-damaged-photo');
});
