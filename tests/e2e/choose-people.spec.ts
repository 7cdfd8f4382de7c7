import { expect, screenshot, test } from './fixtures';
import { nationalIdFor, songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('choosing volunteers: register filters, two people of one name told apart, ticks, only those not yet in', async ({ page, app }) => {
  for (let n = 1; n <= 6; n++) await app.call('volunteer-create', volunteer(n, 'เมืองสงขลา', n <= 3 ? 'บ่อยาง' : 'เขารูปช้าง'));
  // Namesakes: the same name in two subdistricts, told apart by subdistrict and the end of the ID.
  await app.call('volunteer-create', { ...volunteer(7, 'หาดใหญ่', 'คอหงส์'), firstName: 'สมหมาย1', lastName: 'ทดสอบ1' });
  const lastYear = await app.call('seminar-create', { ...songkhlaSeminar, title: 'สัมมนาปีก่อน', days: [{ date: '2019-03-13', sessions: [{ start: '09:00', end: '12:00', topic: '' }] }] });
  await app.call('participant-add-volunteers', { seminarId: lastYear.id, groupId: lastYear.groups[2].id, filter: { district: 'เมืองสงขลา', subdistrict: 'เขารูปช้าง' } });
  const came = (await app.call('seminar-get', { id: lastYear.id })).participants.slice(0, 2);
  for (const p of came) await app.call('attendance-mark', { sessionId: lastYear.days[0].sessions[0].id, participantId: p.id, status: 'present' });
  const s = await app.call('seminar-create', songkhlaSeminar);

  await app.open(page, `/seminars/${s.id}`);
  await page.getByRole('button', { name: 'เพิ่มอาสาสมัครจากทะเบียน' }).click();
  const dialog = page.getByRole('dialog');
  const rows = dialog.getByTestId('pick-table').locator('tbody tr');
  await expect(rows).toHaveCount(7);
  await dialog.getByLabel('ชื่อหรือเลขประจำตัว').fill('สมหมาย1 ');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('คอหงส์');
  await expect(rows.nth(0)).toContainText(`…${nationalIdFor(7).slice(9, 11)}-${nationalIdFor(7)[12]}`);
  await expect(rows.nth(1)).toContainText('บ่อยาง');
  await screenshot(page, 'choose-volunteers-namesakes');
  await dialog.getByRole('checkbox', { name: 'เลือก นายสมหมาย1 ทดสอบ1' }).nth(1).check();

  // Ticks stay while the filters change: add those who came to last year's seminar.
  await dialog.getByLabel('ชื่อหรือเลขประจำตัว').fill('');
  await dialog.getByLabel('เคยเข้าร่วมโครงการ').click();
  await page.getByRole('option', { name: 'สัมมนาปีก่อน (ปีงบประมาณ 2562)' }).click();
  await expect(rows).toHaveCount(2);
  await dialog.getByLabel('เลือกทั้งหมดที่ตรงเงื่อนไข (2 คน)').click();
  await screenshot(page, 'choose-volunteers');
  await expect(dialog.getByRole('button', { name: 'เพิ่มที่เลือก 3 คน' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'เพิ่มที่เลือก 3 คน' }).press('Enter');
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText('เพิ่มผู้เข้าร่วม 3 คนแล้ว')).toBeVisible();
  const added = (await app.call('seminar-get', { id: s.id })).participants;
  expect(added.map((p) => p.agency).sort()).toEqual(['ตำบลบ่อยาง อำเภอเมืองสงขลา', 'ตำบลเขารูปช้าง อำเภอเมืองสงขลา', 'ตำบลเขารูปช้าง อำเภอเมืองสงขลา']);

  // Opened again: only people not yet in the seminar are offered.
  await page.getByRole('button', { name: 'เพิ่มอาสาสมัครจากทะเบียน' }).click();
  await expect(rows).toHaveCount(4);
  await dialog.getByLabel('อำเภอ').click();
  await page.getByRole('option', { name: /^เมืองสงขลา/ }).click();
  await dialog.getByLabel('ตำบล').click();
  await page.getByRole('option', { name: /^เขารูปช้าง/ }).click();
  await expect(rows).toHaveCount(1);
});

test('the speaker is picked from the contacts directory with position and agency', async ({ page, app }) => {
  await app.call('contact-save', { name: 'นางวิทยา บรรยายดี', position: 'นักวิชาการแรงงานชำนาญการ', agency: 'สำนักงานจัดหางานจังหวัดสงขลา', phone: '', notes: '', isGovernment: true });
  const s = await app.call('seminar-create', songkhlaSeminar);
  await app.open(page, `/seminars/${s.id}`);
  await page.getByRole('tab', { name: 'วิทยากรและงบประมาณ' }).click();
  await page.getByRole('combobox', { name: 'ชื่อวิทยากร' }).fill('วิทยา');
  await page.getByRole('option', { name: 'นางวิทยา บรรยายดี' }).click();
  await expect(page.getByLabel('ตำแหน่ง', { exact: true })).toHaveValue('นักวิชาการแรงงานชำนาญการ');
  await expect(page.getByLabel('สังกัด/หน่วยงาน')).toHaveValue('สำนักงานจัดหางานจังหวัดสงขลา');
  await page.getByRole('button', { name: 'เพิ่มวิทยากร' }).click();
  await expect.poll(async () => (await app.call('seminar-get', { id: s.id })).speakers.map((x) => x.agency)).toEqual(['สำนักงานจัดหางานจังหวัดสงขลา']);
});
