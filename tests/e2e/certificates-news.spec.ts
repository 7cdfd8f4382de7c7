import { execFileSync } from 'node:child_process';
import { seedSeminar } from '../helpers/seminar-fixtures';
import { expect, expectPdfPreviewLoaded, screenshot, test } from './fixtures';

const PEOPLE = ['นางสาวกัญญาณัฐ ญาณวุฒิ', 'นายประยุทธ์ บุญญาศิริ', 'นางน้ำฝน ศรีสำราญ'];

const pdfTextOf = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

test('certificates: a preview gives no number, it shows those the save will give; the save gives them and the field goes on from there', async ({ page, app }) => {
  const id = await seedSeminar(app, { people: PEOPLE, planned: 10, checkIn: true });
  await app.open(page, `/reports?doc=certificates&seminar=${id}`);
  const startNo = page.getByRole('textbox', { name: 'เลขที่วุฒิบัตร/เกียรติบัตร เริ่มที่' });
  await expect(startNo).toHaveValue('1');
  await expect(page.getByText('ต่อจากเลขล่าสุดของปีงบประมาณ 2563 (เลขถัดไป 1/2563)')).toBeVisible();

  // The office gave 1–40 by hand this year.
  await startNo.fill('41');
  await screenshot(page, 'certificates-start-number');
  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await expectPdfPreviewLoaded(page);
  // Looked at, twice: still nothing given, and the screen says the numbers come with the save.
  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await expectPdfPreviewLoaded(page);
  await expect(page.getByText('ยังไม่ได้ออกเลขที่', { exact: true })).toBeVisible();
  await expect(startNo).toHaveValue('41');
  expect(await app.call('report-certificate-numbering', { seminarId: id })).toEqual({ fiscalYear: 2563, next: 1, held: 0 });
  await screenshot(page, 'certificates-preview-not-issued');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ออกเลขที่และบันทึกไฟล์ PDF' }).click()]);
  const text = pdfTextOf(await download.path());
  for (const n of ['41/2563', '42/2563', '43/2563']) expect(text).toContain(`เลขที่ ${n}`);
  expect(text).not.toContain('ยังไม่ได้ออก');
  for (const name of PEOPLE) expect(text).toContain(name);
  await expect(page.getByText('ออกเลขที่ 41/2563 ถึง 43/2563 แล้ว')).toBeVisible();

  // Given now: the field goes on from the next free number, and says the three keep theirs.
  await expect(startNo).toHaveValue('44');
  await expect(page.getByText('(เลขถัดไป 44/2563) ผู้ที่ได้รับเลขแล้วในโครงการนี้ 3 คน ใช้เลขเดิม')).toBeVisible();
  await screenshot(page, 'certificates-numbers-given');
});

test('news: the count as chosen (planned or attended) and one of the seminar’s photos under it', async ({ page, app }) => {
  const id = await seedSeminar(app, { people: PEOPLE, planned: 10, checkIn: true });
  for (const [i, colour] of ['steelblue', 'darkorange'].entries()) {
    const bytes = execFileSync('convert', ['-size', '640x420', `gradient:${colour}-white`, 'jpg:-']);
    await app.call('seminar-photo-add', { seminarId: id, name: `ภาพ${i + 1}.jpg`, bytes: new Uint8Array(bytes), caption: `ภาพกิจกรรมที่ ${i + 1}` });
  }
  await app.open(page, `/reports?doc=news&seminar=${id}`);
  const body = page.getByRole('textbox', { name: 'เนื้อข่าว' });
  await expect(body).toHaveValue(/จำนวน 10 คน/);
  await page.locator('label', { hasText: 'ตามที่มาจริง' }).click();
  await expect(page.getByRole('radio', { name: 'ตามที่มาจริง' })).toBeChecked();
  await expect(body).toHaveValue(/จำนวน 3 คน/);
  await page.getByRole('checkbox', { name: 'ภาพกิจกรรมที่ 2' }).check();
  await screenshot(page, 'news-count-photo');

  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await expectPdfPreviewLoaded(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกไฟล์ PDF' }).click()]);
  const file = await download.path();
  const text = pdfTextOf(file);
  expect(text.replace(/\s+/g, '')).toContain('จำนวน3คน');
  expect(text).toContain('ภาพกิจกรรมที่ 2');
  expect(text).not.toContain('ภาพกิจกรรมที่ 1');
  // One picture placed in the page.
  expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2).toBe(1);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, 'test-results/screens/news-one-photo']);
});

test('speaker receipt: the payee’s national ID and address are added in the speaker form, checked, and the warning before printing goes', async ({ page, app }) => {
  const id = await seedSeminar(app, { people: PEOPLE, planned: 10, checkIn: true });
  const seminar = await app.call('seminar-get', { id });
  await app.call('speaker-save', { seminarId: id, sessionId: seminar.days[0].sessions[0].id, name: 'ดร.วิชัย ความรู้', position: 'อาจารย์', agency: 'มหาวิทยาลัยสงขลานครินทร์', isGovernment: true, hours: 3 });
  await app.open(page, `/reports?doc=speakers&seminar=${id}`);
  await expect(page.getByRole('alert').filter({ hasText: 'ดร.วิชัย ความรู้ (ยังไม่มีเลขประจำตัวประชาชนและที่อยู่)' })).toBeVisible();

  await app.open(page, `/seminars/${id}`);
  await page.getByRole('tab', { name: 'วิทยากรและงบประมาณ' }).click();
  await expect(page.getByText('ยังไม่มีเลขประจำตัวประชาชนและที่อยู่ (ใบสำคัญรับเงินจะเว้นให้เขียนเอง)')).toBeVisible();
  await page.getByRole('button', { name: 'แก้ไขวิทยากร ดร.วิชัย ความรู้' }).click();
  const form = page.getByTestId('speaker-edit');
  await form.getByRole('textbox', { name: 'เลขประจำตัวประชาชน' }).fill('1-1017-00203-45-2');
  await form.getByRole('textbox', { name: 'ที่อยู่' }).fill('15 ถนนกาญจนวนิช ตำบลคอหงส์ อำเภอหาดใหญ่ จังหวัดสงขลา 90110');
  await form.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
  await expect(form.getByText('เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)')).toBeVisible();
  await screenshot(page, 'speaker-edit-id');
  await form.getByRole('textbox', { name: 'เลขประจำตัวประชาชน' }).fill('1-1017-00203-45-0');
  await form.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('ยังไม่มีเลขประจำตัวประชาชน')).toBeHidden();
  expect((await app.call('seminar-get', { id })).speakers[0]).toMatchObject({ nationalId: '1101700203450', hours: 3 });

  await app.open(page, `/reports?doc=speakers&seminar=${id}`);
  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await expectPdfPreviewLoaded(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกไฟล์ PDF' }).click()]);
  const text = pdfTextOf(await download.path()).replace(/\s+/g, '');
  expect(text).toContain('เลขประจำตัวประชาชน1-1017-00203-45-0');
  expect(text).toContain('ตำบลคอหงส์');
});

test('speaker picked from contacts: the contact’s national ID and address come along, so the receipt has no dotted lines', async ({ page, app }) => {
  const id = await seedSeminar(app, { people: PEOPLE, planned: 10, checkIn: true });
  await app.call('contact-save', {
    name: 'ดร.สมพร วิชาการ', position: 'อาจารย์', agency: 'มหาวิทยาลัยทักษิณ', phone: '', isGovernment: true, notes: '',
    nationalId: '1-1017-00203-45-0', address: '15 ถนนกาญจนวนิช ตำบลคอหงส์ อำเภอหาดใหญ่ จังหวัดสงขลา 90110',
  });
  await app.open(page, `/seminars/${id}`);
  await page.getByRole('tab', { name: 'วิทยากรและงบประมาณ' }).click();
  const form = page.getByTestId('speaker-new');
  await form.getByRole('combobox', { name: 'ชื่อวิทยากร' }).fill('ดร.สมพร');
  await page.getByRole('option', { name: 'ดร.สมพร วิชาการ' }).click();
  await expect(form.getByRole('textbox', { name: 'เลขประจำตัวประชาชน' })).toHaveValue('1101700203450');
  await expect(form.getByRole('textbox', { name: 'ที่อยู่' })).toHaveValue('15 ถนนกาญจนวนิช ตำบลคอหงส์ อำเภอหาดใหญ่ จังหวัดสงขลา 90110');
  await screenshot(page, 'speaker-from-contact');
  await form.getByRole('button', { name: 'เพิ่มวิทยากร' }).click();
  await expect.poll(async () => (await app.call('seminar-get', { id })).speakers.map((s) => s.nationalId)).toEqual(['1101700203450']);

  await app.open(page, `/reports?doc=speakers&seminar=${id}`);
  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await expectPdfPreviewLoaded(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกไฟล์ PDF' }).click()]);
  const text = pdfTextOf(await download.path()).replace(/\s+/g, '');
  expect(text).toContain('เลขประจำตัวประชาชน1-1017-00203-45-0');
  expect(text).toContain('ที่อยู่15ถนนกาญจนวนิช');
});
