import { expect, screenshot, test } from './fixtures';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

test('copy last year\'s seminar: the new date, the year in the title, the budget at the new rate, the people', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const s = await app.call('seminar-create', { ...songkhlaSeminar, title: 'สัมมนาเครือข่ายอาสาสมัครแรงงาน ประจำปีงบประมาณ พ.ศ. 2563' });
  await app.call('budget-line-save', { seminarId: s.id, category: 'meal', description: '', rateItem: 'meal_full_gov', quantity: 100, times: 1 });
  await app.call('rate-save', { item: 'meal_full_gov', trainingType: 'outsider', effectiveFrom: '2021-01-01', amount: 700, note: '' });
  const people = [];
  for (let n = 1; n <= 2; n++) people.push((await app.call('volunteer-create', volunteer(n))).id);
  await app.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, volunteerIds: people });

  await app.open(page, `/seminars/${s.id}`);
  await page.getByRole('button', { name: 'ทำซ้ำจากโครงการเดิม' }).click();
  const dialog = page.getByRole('dialog', { name: 'ทำซ้ำจากโครงการเดิม' });
  // 13 March 2563 was a Friday: the default is the Friday a year on, in the next fiscal year.
  await expect(dialog.getByLabel('วันแรกของโครงการใหม่')).toHaveValue('12/03/2564');
  await expect(dialog.getByLabel('ชื่อโครงการใหม่')).toHaveValue('สัมมนาเครือข่ายอาสาสมัครแรงงาน ประจำปีงบประมาณ พ.ศ. 2564');
  await dialog.getByLabel('วันแรกของโครงการใหม่').fill('19/3/2564');
  await dialog.getByLabel('คัดลอกรายชื่อผู้เข้าร่วม 2 คนด้วย (ไม่รวมการลงชื่อ จำนวนเงิน และผลการดำเนินงาน)').check();
  await screenshot(page, 'seminar-copy-dialog-1366x768');
  await dialog.getByRole('button', { name: 'สร้างโครงการใหม่' }).click();

  await expect(page.getByRole('heading', { name: 'สัมมนาเครือข่ายอาสาสมัครแรงงาน ประจำปีงบประมาณ พ.ศ. 2564' })).toBeVisible();
  await expect(page.getByText('ค่าอาหาร ครบทุกมื้อ (สถานที่ราชการ): อัตราใหม่ 700.00 บาท', { exact: false })).toBeVisible();
  await expect(page.getByText(/ปีงบประมาณ 2564 · 19 มี.ค. 2564/)).toBeVisible();
  await expect(page.getByRole('tab', { name: 'ผู้เข้าร่วม (2)' })).toBeVisible();
  await screenshot(page, 'seminar-copy-result-1366x768');
  await expect(page).not.toHaveURL(new RegExp(`/seminars/${s.id}$`));
});
