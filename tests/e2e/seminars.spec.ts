import { expect, pickByKeyboard, screenshot, test } from './fixtures';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

const HEADS = 5;
const WORKING_GROUP = 20;

test('the Songkhla seminar: plan, 100 participants, 90 checked in by keyboard, summary', async ({ page, app }) => {
  // 1.5-2.5 min on the shared 2-core machine at a load of 12-14 (100 people added, 92 check-ins by keyboard).
  test.setTimeout(450_000);
  for (let n = 1; n <= 75; n++) await app.call('volunteer-create', volunteer(n, 'เมืองสงขลา'));
  for (let n = 101; n <= 110; n++) await app.call('volunteer-create', volunteer(n, 'หาดใหญ่', 'หาดใหญ่'));
  for (let n = 1; n <= HEADS; n++) {
    await app.call('contact-save', { name: `นายหัวหน้า${n} ส่วนราชการ`, position: `หัวหน้าส่วนราชการ ${n}`, agency: 'สำนักงานจัดหางานจังหวัดสงขลา', phone: '', notes: '' });
  }
  for (let n = 1; n <= WORKING_GROUP; n++) {
    await app.call('contact-save', { name: `นางคณะทำงาน${n} พัฒนา`, position: 'คณะทำงาน', agency: 'คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด', phone: '', notes: '' });
  }

  // The plan, typed as a clerk would: B.E. date, three target groups.
  await app.open(page, '/seminars');
  await page.getByRole('button', { name: 'สร้างโครงการ' }).click();
  await page.getByLabel('ชื่อโครงการ').fill('สัมมนาเครือข่ายอาสาสมัครแรงงานจังหวัดสงขลา');
  await page.getByLabel('วันที่ 1').fill('13/03/2563');
  await page.getByLabel('วันที่ 1').blur();
  await expect(page.getByText('13 มีนาคม 2563')).toBeVisible();
  await expect(page.getByLabel('ปีงบประมาณ')).toHaveAttribute('placeholder', '2563');
  await page.getByLabel('สถานที่', { exact: true }).fill('ศาลากลางจังหวัดสงขลา');
  await page.getByLabel('วัตถุประสงค์ข้อ 1', { exact: true }).fill('เพื่อพัฒนาศักยภาพอาสาสมัครแรงงาน');
  await page.getByRole('button', { name: 'เพิ่มกลุ่มเป้าหมาย' }).click();
  await page.getByRole('button', { name: 'เพิ่มกลุ่มเป้าหมาย' }).click();
  const groups: [string, number, string][] = [
    ['หัวหน้าส่วนราชการสังกัดกระทรวงแรงงาน', HEADS, 'บุคลากรของรัฐ'],
    ['คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด', WORKING_GROUP, 'บุคลากรของรัฐ'],
    ['อาสาสมัครแรงงาน', 75, 'บุคคลภายนอก'],
  ];
  for (const [i, [name, count, category]] of groups.entries()) {
    await page.getByLabel(`กลุ่มที่ ${i + 1}`, { exact: true }).fill(name);
    await page.getByLabel('จำนวน (คน)').nth(i).fill(String(count));
    await page.getByLabel('การเบิกจ่าย').nth(i).click();
    await page.getByRole('option', { name: category }).click();
  }
  await expect(page.getByText('รวมเป้าหมาย 100 คน')).toBeVisible();
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'สัมมนาเครือข่ายอาสาสมัครแรงงานจังหวัดสงขลา' })).toBeVisible();
  await expect(page.getByText('ปีงบประมาณ 2563')).toBeVisible();

  // 75 volunteers by the register's district filter, all of them ticked at once.
  await page.getByRole('button', { name: 'เพิ่มอาสาสมัครจากทะเบียน' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('อำเภอ').click();
  await page.getByRole('option', { name: /^เมืองสงขลา/ }).click();
  // Ticking "all" asks the core for every match, so the button's count is what to wait on.
  await dialog.getByLabel('เลือกทั้งหมดที่ตรงเงื่อนไข (75 คน)').click();
  await expect(dialog.getByRole('button', { name: 'เพิ่มที่เลือก 75 คน' })).toBeEnabled();
  // By keyboard: the notification of a previous step may lie over the dialog's corner.
  await dialog.getByRole('button', { name: 'เพิ่มที่เลือก 75 คน' }).press('Enter');
  // The lasting result, not the notice (it closes by itself after a few seconds, which a busy machine can outlast).
  await expect(page.getByRole('tab', { name: 'ผู้เข้าร่วม (75)' })).toBeVisible();
  await expect(dialog).toBeHidden();

  // 25 officials from the contacts directory, into their two groups.
  let participants = 75;
  for (const [query, group, count] of [['หัวหน้า', groups[0][0], HEADS], ['คณะทำงาน', groups[1][0], WORKING_GROUP]] as const) {
    await page.getByRole('button', { name: 'เพิ่มเจ้าหน้าที่/แขก' }).click();
    const d = page.getByRole('dialog');
    await d.getByLabel('เพิ่มเข้ากลุ่ม').click();
    // The dialog's list, not the table's native selects, which hold the same group names.
    await page.getByRole('listbox').getByRole('option', { name: group }).click();
    await d.getByLabel('ค้นหาชื่อ ตำแหน่ง หรือหน่วยงาน').fill(query);
    await d.getByLabel(`เลือกทั้งหมดที่ตรงเงื่อนไข (${count} คน)`).click();
    await expect(d.getByRole('button', { name: `เพิ่มที่เลือก ${count} คน` })).toBeEnabled();
    await d.getByRole('button', { name: `เพิ่มที่เลือก ${count} คน` }).press('Enter');
    participants += count;
    await expect(page.getByRole('tab', { name: `ผู้เข้าร่วม (${participants})` })).toBeVisible();
    await expect(d).toBeHidden();
  }
  expect(participants).toBe(100);
  // A participant's target group is shown whole in the table, not cut off.
  // The picker is a native select laid over its label, which wraps instead of being cut.
  const groupPicker = page.getByRole('combobox', { name: 'กลุ่มของ นายหัวหน้า1 ส่วนราชการ' });
  await expect(groupPicker.locator('option:checked')).toHaveText(groups[0][0]);
  const shown = groupPicker.locator('xpath=preceding-sibling::span');
  await expect(shown).toHaveText(groups[0][0]);
  expect(await shown.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(true);
  await screenshot(page, 'seminar-participants');

  // The desk: 90 people checked in by keyboard alone.
  await page.getByRole('tab', { name: 'ลงชื่อเข้าร่วม' }).click();
  await page.getByRole('link', { name: 'เปิดหน้าลงชื่อ' }).first().click();
  const box = page.getByLabel('พิมพ์ชื่อหรือเลขประจำตัวประชาชน แล้วกด Enter');
  await expect(box).toBeFocused();
  const typed = [
    ...Array.from({ length: 4 }, (_, i) => `หัวหน้า${i + 1} `),
    ...Array.from({ length: 16 }, (_, i) => `คณะทำงาน${i + 1} `),
    ...Array.from({ length: 70 }, (_, i) => `สมหมาย${i + 1} ทดสอบ${i + 1}`),
  ];
  // The count moves at once on Enter; waiting for it keeps each name's keys apart from the next.
  for (const [k, t] of typed.entries()) {
    await page.keyboard.type(t);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('checkin-total')).toHaveText(`${k + 1}/100`);
  }
  await expect(page.getByTestId('checkin-feedback')).toContainText('ลงชื่อแล้ว: นายสมหมาย70 ทดสอบ70');
  await expect(page.getByTestId('checkin-total')).toHaveText('90/100');

  // Checking in twice says so and counts once; undo takes a mark back.
  await page.keyboard.type('สมหมาย5 ทดสอบ5');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-feedback')).toContainText('ลงชื่อแล้ว เมื่อ');
  await page.keyboard.type('สมหมาย71 ทดสอบ71');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-total')).toHaveText('91/100');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('checkin-feedback')).toContainText('เลิกทำแล้ว: นายสมหมาย71 ทดสอบ71');
  await expect(page.getByTestId('checkin-total')).toHaveText('90/100');
  const cards = page.locator('[data-testid^="checkin-group-"]');
  await expect(cards.nth(0)).toContainText('4 / 5 ลงทะเบียน');
  await expect(cards.nth(1)).toContainText('16 / 20 ลงทะเบียน');
  await expect(cards.nth(2)).toContainText('70 / 75 ลงทะเบียน');
  await screenshot(page, 'seminar-checkin');

  // Reloading shows what the core kept, then the seminar's summary.
  await page.reload();
  await expect(page.getByTestId('checkin-total')).toHaveText('90/100');
  await page.getByRole('link', { name: /สัมมนาเครือข่าย/ }).click();
  await expect(page.getByTestId('summary-attended')).toHaveText('90');
  await expect(page.getByTestId('summary-rate')).toHaveText('90%');
  const rows = page.locator('[data-testid^="summary-group-"]');
  await expect(rows.nth(0)).toContainText('554');
  await expect(rows.nth(1)).toContainText('202016');
  await expect(rows.nth(2)).toContainText('757570');
  await screenshot(page, 'seminar-summary');
  // The list names the same three counts.
  await page.getByRole('link', { name: '← รายการโครงการ' }).click();
  const listed = page.getByRole('row', { name: /สัมมนาเครือข่าย/ });
  await expect(page.getByRole('columnheader', { name: 'เข้าร่วมจริง' })).toBeVisible();
  await expect(listed.getByRole('cell').nth(4)).toHaveText('100');
  await expect(listed.getByRole('cell').nth(5)).toHaveText('100');
  await expect(listed.getByRole('cell').nth(6)).toHaveText('90');
  await listed.getByRole('link').click();

  // A budget line priced from the rate table in force on 13 March 2563 (snacks at a government venue: 35 baht).
  await page.getByRole('tab', { name: 'วิทยากรและงบประมาณ' }).click();
  // A speaker with the agency the receipt prints.
  await page.getByRole('combobox', { name: 'ชื่อวิทยากร' }).fill('นายวิชัย สอนดี');
  await page.getByLabel('ตำแหน่ง', { exact: true }).fill('นักวิชาการแรงงานชำนาญการ');
  await page.getByLabel('สังกัด/หน่วยงาน').fill('สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดสงขลา');
  await page.getByRole('button', { name: 'เพิ่มวิทยากร' }).click();
  await expect(page.getByRole('cell', { name: /สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดสงขลา/ })).toBeVisible();
  await expect(page.getByLabel('สังกัด/หน่วยงาน')).toHaveValue('');
  // No category is preset: adding without one asks for it.
  await page.getByRole('button', { name: 'เพิ่มรายการ' }).click();
  await expect(page.getByText('กรุณาเลือกหมวดค่าใช้จ่าย', { exact: true })).toBeVisible();
  await page.getByLabel('รายการ', { exact: true }).fill('อาหารว่าง 2 มื้อ');
  await page.getByRole('combobox', { name: 'อัตราจากตาราง' }).click();
  await page.getByRole('option', { name: 'ค่าอาหารว่างและเครื่องดื่ม (สถานที่ราชการ)' }).click();
  // The rate item files the line under its category.
  await expect(page.getByRole('combobox', { name: 'หมวด' })).toHaveValue('ค่าอาหารว่างและเครื่องดื่ม');
  // The rate in force is shown before the line is added.
  await expect(page.getByText('ตามตาราง 35.00 บาท/คน/มื้อ')).toBeVisible();
  await expect(page.getByLabel('อัตรา (บาท)')).toHaveAttribute('placeholder', '35.00');
  await page.getByLabel('จำนวน', { exact: true }).fill('100');
  await page.getByLabel('ครั้ง/วัน/มื้อ').fill('2');
  await page.getByRole('button', { name: 'เพิ่มรายการ' }).click();
  await expect(page.getByText('100 × 2 × 35.00')).toBeVisible();
  await expect(page.getByTestId('seminar-summary')).toContainText('7,000.00 บาท');
  // The amount actually paid reads as baht: thousands separator, two decimals.
  const actual = page.getByLabel('ใช้จริง อาหารว่าง 2 มื้อ');
  await actual.fill('6300');
  await actual.blur();
  await expect(actual).toHaveValue('6,300.00');
  await expect(page.getByTestId('seminar-summary')).toContainText('6,300.00 บาท');
  await screenshot(page, 'seminar-budget');
});

test('at the desk a walk-in goes into the group picked by keyboard; the table changes groups and reads amounts as baht', async ({ page, app }) => {
  const s = await app.call('seminar-create', songkhlaSeminar);
  await app.call('volunteer-create', volunteer(1));
  const [heads, , volunteers] = s.groups;
  await app.call('participant-add-volunteers', { seminarId: s.id, groupId: volunteers.id, filter: { q: '', district: '', status: 'active' } });
  await app.open(page, `/seminars/${s.id}/checkin/${s.days[0].sessions[0].id}`);

  await expect(page.getByLabel('พิมพ์ชื่อหรือเลขประจำตัวประชาชน แล้วกด Enter')).toBeFocused();
  await page.keyboard.type('นายแขก หน้างาน');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByLabel('ชื่อ-นามสกุล')).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  const groupBox = page.getByRole('combobox', { name: 'กลุ่ม' });
  await expect(groupBox).toBeFocused();
  // The form starts on the last group; arrows up to the first, Enter on the highlighted one.
  await expect(groupBox).toHaveValue(s.groups[2].name);
  await pickByKeyboard(page, groupBox, heads.name, 'ArrowUp');
  // Enter picked the group and did not save yet; the next Enter saves.
  await expect(groupBox).toHaveValue(heads.name);
  await expect(groupBox).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-feedback')).toContainText('เพิ่มและลงชื่อแล้ว: นายแขก หน้างาน');
  await expect(page.getByTestId(`checkin-group-${heads.id}`)).toContainText('1 / 1 ลงทะเบียน');

  await page.getByRole('link', { name: /สัมมนาเครือข่าย/ }).click();
  const picker = page.getByRole('combobox', { name: 'กลุ่มของ นายแขก หน้างาน' });
  const pickerLabel = picker.locator('xpath=preceding-sibling::span');
  await expect(pickerLabel).toHaveText(heads.name);
  // The system's keys of a select: ↓ moves to the next group and saves it.
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await expect(pickerLabel).toHaveText(s.groups[1].name);
  await expect(page.getByTestId(`summary-group-${s.groups[1].id}`)).toContainText('2011');

  const travel = page.getByLabel('ค่าพาหนะของ นายสมหมาย1 ทดสอบ1');
  await travel.fill('1250.5');
  await travel.blur();
  await expect(travel).toHaveValue('1,250.50');
  // The amount is saved when the field is left; the reload comes once the core holds it.
  await expect.poll(async () => (await app.call('seminar-get', { id: s.id })).participants.find((p) => p.name === 'นายสมหมาย1 ทดสอบ1')?.travelAmount).toBe(1250.5);
  await page.reload();
  await expect(page.getByLabel('ค่าพาหนะของ นายสมหมาย1 ทดสอบ1')).toHaveValue('1,250.50');
});
