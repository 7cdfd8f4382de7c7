import { execFileSync } from 'node:child_process';
import { expect, screenshot, test, type WebApp } from './fixtures';

const TITLE = 'โครงการสัมมนาเครือข่ายอาสาสมัครแรงงานจังหวัดสงขลา';

async function seedSeminar(app: WebApp): Promise<number> {
  await app.call('settings-save', {
    officeName: 'สำนักงานแรงงานจังหวัดสงขลา', province: 'สงขลา', address: 'ศาลากลางจังหวัดสงขลา ถนนราชดำเนิน', phone: '074311047', headName: 'นายสมชาย ใจดี', headPosition: 'แรงงานจังหวัดสงขลา',
    signatories: [{ name: 'นางสาวสุดา รักงาน', position: 'นักวิชาการแรงงานชำนาญการ' }], operatorName: 'สุดา', emblem: null,
  });
  const s = await app.call('seminar-create', {
    title: TITLE, venueRoom: 'ห้องประชุมชั้น 2', venuePlace: 'ศาลากลางจังหวัดสงขลา', venueAddress: '', notes: '',
    chairName: '', chairPosition: '', reporterName: '', reporterPosition: '', objectives: ['เพื่อพัฒนาศักยภาพอาสาสมัครแรงงาน'], responsibleOfficer: 'นางสาวสุดา รักงาน',
    days: [{ date: '2020-03-13', sessions: [{ start: '09:00', end: '12:00', topic: 'ภาคเช้า' }] }],
    groups: [{ name: 'อาสาสมัครแรงงาน', plannedCount: 40 }],
  });
  await app.call('budget-line-save', { seminarId: s.id, category: 'meal', description: 'ค่าอาหารกลางวัน', quantity: 40, times: 1, rate: 120 });
  return s.id;
}

const text = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
const wordText = (file: string) => execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, '');

test('a memo asking approval from the Reports page: its number typed, previewed, saved as PDF and as Word', async ({ page, app }) => {
  const id = await seedSeminar(app);
  await app.open(page, `/reports?seminar=${id}`);
  await page.getByRole('radio', { name: /บันทึกข้อความ ขออนุมัติโครงการ/ }).check();
  await expect(page.getByRole('radio', { name: 'ขออนุมัติโครงการ', exact: true })).toBeChecked();
  await page.getByRole('textbox', { name: 'ที่ (เลขที่หนังสือ)' }).fill('สข 0019/123');
  await page.getByRole('textbox', { name: 'หน่วยงานเจ้าของเรื่อง' }).fill('กลุ่มงานยุทธศาสตร์และสารสนเทศ');
  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await expect(page.getByTitle('ตัวอย่างเอกสาร')).toHaveAttribute('src', /^blob:/);
  await screenshot(page, 'reports-memo');

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกไฟล์ PDF' }).click()]);
  expect(pdf.suggestedFilename()).toBe(`ขออนุมัติโครงการ-${id}.pdf`);
  const memo = text(await pdf.path());
  for (const s of ['บันทึกข้อความ', 'ที่ สข 0019/123', 'กลุ่มงานยุทธศาสตร์และสารสนเทศ', 'ค่าอาหารกลางวัน', '4,800.00', '(นางสาวสุดา รักงาน)']) expect(memo).toContain(s);

  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกเป็นไฟล์ Word (.docx)' }).click()]);
  expect(word.suggestedFilename()).toBe(`ขออนุมัติโครงการ-${id}.docx`);
  const xml = wordText(await word.path());
  for (const s of ['บันทึกข้อความ', 'สข 0019/123', '4,800.00', '(นางสาวสุดา รักงาน)']) expect(xml).toContain(s);

  // The invitation, one per group with the list attached, from the same page.
  await page.getByRole('radio', { name: 'หนังสือเชิญ' }).check();
  await expect(page.getByRole('radio', { name: 'ฉบับละกลุ่ม แนบรายชื่อ' })).toBeChecked();
  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกไฟล์ PDF' }).click()]);
  const invitation = text(await letter.path());
  for (const s of ['ที่ สข 0019/123', 'เรียน อาสาสมัครแรงงาน (ตามบัญชีรายชื่อแนบท้าย)', 'ขอแสดงความนับถือ', '(นายสมชาย ใจดี)']) expect(invitation).toContain(s);
});

test('name tags and the agenda from the Reports page', async ({ page, app }) => {
  const id = await seedSeminar(app);
  const seminar = await app.call('seminar-get', { id });
  const { id: participantId } = await app.call('participant-add-walkin', { seminarId: id, groupId: seminar.groups[0].id, name: 'นางสาวกัญญาณัฐ ญาณวุฒิ', position: 'อาสาสมัครแรงงาน', agency: 'ตำบลบ่อยาง', phone: '' });
  await app.open(page, `/reports?seminar=${id}&doc=nametags`);
  await expect(page.getByRole('radio', { name: /ป้ายชื่อผู้เข้าร่วม/ })).toBeChecked();
  await page.getByText('10 ป้ายต่อแผ่น').click();
  await expect(page.getByRole('radio', { name: '10 ป้ายต่อแผ่น' })).toBeChecked();
  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  const [tags] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกไฟล์ PDF' }).click()]);
  expect(tags.suggestedFilename()).toBe(`ป้ายชื่อ-${id}.pdf`);
  const printed = text(await tags.path());
  expect(printed).toContain('นางสาวกัญญาณัฐ ญาณวุฒิ');
  expect(printed).toContain(String(participantId).padStart(7, '0'));
  // No Word copy for tags: they are printed as they are.
  await expect(page.getByRole('button', { name: /Word/ })).toHaveCount(0);

  await page.getByRole('radio', { name: 'กำหนดการ' }).check();
  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  const [agenda] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกไฟล์ PDF' }).click()]);
  const agendaText = text(await agenda.path());
  expect(agendaText).toContain('วันศุกร์ที่ 13 มีนาคม 2563');
  expect(agendaText).toContain('ภาคเช้า');
});
