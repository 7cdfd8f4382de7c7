import { expect, screenshot, test } from './fixtures';
import { nationalIdFor, songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

test('possible duplicates: a pair side by side, values picked, merged with their seminars; another pair dismissed for good', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // One person entered twice: re-appointed as a new row with another phone; a second pair shares a phone only.
  const keep = await app.call('volunteer-create', { ...volunteer(1), phone: '', appointmentOrderNo: '12/2559', termStart: '2016-10-01', termEnd: '2019-09-30' });
  const other = await app.call('volunteer-create', {
    ...volunteer(2), firstName: 'สมหมาย1', lastName: 'ทดสอบ1', phone: '0899998888', appointmentOrderNo: '45/2562', termStart: '2019-10-01', termEnd: '2022-09-30',
  });
  await app.call('volunteer-create', { ...volunteer(3), firstName: 'สมศรี', lastName: 'มีสุข', phone: '0861112222', nationalId: nationalIdFor(300) });
  await app.call('volunteer-create', { ...volunteer(4), firstName: 'สมใจ', lastName: 'มีสุข', phone: '086-111-2222', nationalId: nationalIdFor(4000) });
  const s = await app.call('seminar-create', songkhlaSeminar);
  await app.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, volunteerIds: [other.id] });

  await app.open(page, '/volunteers');
  await page.getByRole('link', { name: 'ตรวจรายชื่อซ้ำ' }).click();
  const first = page.getByRole('group', { name: 'คู่ที่ 1' });
  await expect(first.getByText('ชื่อและวันเกิดตรงกัน')).toBeVisible();
  await expect(first.getByText('แต่งตั้งใหม่เป็นอีกแถว (วาระต่างกัน)')).toBeVisible();
  // The kept row has no phone: the other row's is picked already; the clerk takes the newer appointment too.
  await expect(first.getByLabel('โทรศัพท์: ใช้แถวที่จะรวมเข้ามา')).toBeChecked();
  await first.getByLabel('คำสั่งแต่งตั้งและวาระปัจจุบัน: ใช้แถวที่จะรวมเข้ามา').check();
  await screenshot(page, 'duplicates-pair-1366x768');
  await first.getByRole('button', { name: 'รวมเป็นคนเดียว' }).click();
  await expect(page.getByText('รวมข้อมูล นายสมหมาย1 ทดสอบ1 แล้ว ย้ายโครงการ 1 โครงการ รวมรายชื่อในโครงการเดียวกัน 0 โครงการ')).toBeVisible();

  // The shared-phone pair is now the only one: two different people.
  await expect(page.getByRole('group', { name: 'คู่ที่ 1' }).getByText('โทรศัพท์ตรงกัน')).toBeVisible();
  await page.getByRole('group', { name: 'คู่ที่ 1' }).getByRole('button', { name: 'ไม่ใช่คนเดียวกัน' }).click();
  await expect(page.getByText('ไม่พบรายชื่อที่อาจซ้ำกัน')).toBeVisible();
  await page.reload();
  await expect(page.getByText('ไม่พบรายชื่อที่อาจซ้ำกัน')).toBeVisible();

  // The kept person: the other row's phone and appointment, its seminar, and the merge in the history.
  await app.open(page, `/volunteers/${keep.id}`);
  await expect(page.getByText('089-999-8888').first()).toBeVisible();
  await expect(page.getByText(songkhlaSeminar.title).first()).toBeVisible();
  await screenshot(page, 'duplicates-merged-volunteer-1366x768');
  const history = page.getByText('รวมข้อมูลที่ซ้ำกัน');
  await history.scrollIntoViewIfNeeded();
  await expect(page.getByText('รวมแถวของ นายสมหมาย1 ทดสอบ1 (3-1000-00000-02-1) เข้ามา')).toBeVisible();
  await screenshot(page, 'duplicates-merge-history-1366x768');
});
