import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, expectPdfPreviewLoaded, pickByKeyboard, screenshot, test } from './fixtures';
import { Effort } from './effort';
import { nationalIdFor, songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';
import { xlsxOf } from '../helpers/spreadsheet-fixtures';

const HEADS = 5;
const WORKING_GROUP = 20;
const SPEAKER = ['นายวิชัย สอนดี', 'นักวิชาการแรงงานชำนาญการ', 'สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดสงขลา'];

/** The office's register as kept in Excel: 75 volunteers of Mueang Songkhla and 10 of Hat Yai. */
async function registerFile(): Promise<Buffer> {
  const rows: (string | number)[][] = [['ลำดับ', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'วันเกิด', 'เพศ', 'ตำบล', 'อำเภอ', 'จังหวัด']];
  const people = [...Array.from({ length: 75 }, (_, i) => [i + 1, 'บ่อยาง', 'เมืองสงขลา'] as const), ...Array.from({ length: 10 }, (_, i) => [101 + i, 'หาดใหญ่', 'หาดใหญ่'] as const)];
  for (const [k, [n, subdistrict, district]] of people.entries()) {
    rows.push([k + 1, 'นาย', `สมหมาย${n}`, `ทดสอบ${n}`, nationalIdFor(n), '05/05/2518', 'ชาย', subdistrict, district, 'สงขลา']);
  }
  return Buffer.from(await xlsxOf(rows, 'อสร.'));
}

/** 26 contacts as copied from the office's Excel list (name, position, agency): tab-separated rows. */
const contactsCopied = [
  ...Array.from({ length: HEADS }, (_, i) => `นายหัวหน้า${i + 1} ส่วนราชการ\tหัวหน้าส่วนราชการ ${i + 1}\tสำนักงานจัดหางานจังหวัดสงขลา`),
  ...Array.from({ length: WORKING_GROUP }, (_, i) => `นางคณะทำงาน${i + 1} พัฒนา\tคณะทำงาน\tคณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด`),
  SPEAKER.join('\t'),
].join('\r\n');

/** The ten documents of the seminar, each made on the Reports page (the sign-in sheet is the one it opens on). */
const DOCUMENTS: { radio: string | RegExp; shows?: string[] }[] = [
  { radio: 'ใบลงทะเบียนผู้เข้าร่วม', shows: ['นายสมหมาย3 ทดสอบ3'] },
  { radio: 'หนังสือเชิญ' },
  { radio: /^บันทึกข้อความ ขออนุมัติโครงการ/, shows: ['อาหารว่าง 2 มื้อ (100 × 2 × 35 บาท)', '(นายสมชาย ใจดี)'] },
  { radio: 'กำหนดการ' },
  { radio: /^ป้ายชื่อผู้เข้าร่วม/ },
  { radio: /^แบบประเมินความพึงพอใจ/ },
  { radio: /^หลักฐานการจ่ายเงิน/, shows: ['นายสมหมาย3 ทดสอบ3'] },
  { radio: 'ใบสำคัญรับเงินวิทยากร', shows: [SPEAKER[0]] },
  { radio: 'วุฒิบัตร / เกียรติบัตร' },
  { radio: 'รายงานผลการดำเนินโครงการ', shows: ['ควรจัดต่อเนื่องทุกปี'] },
];

test('the whole Songkhla seminar, clicks and keystrokes counted: office set-up, register import, 26 contacts pasted, plan, 100 participants, speaker from contacts, budget, two sessions checked in by keyboard, travel money, outcomes, 10 documents', async ({ page, app }) => {
  // About 3 min on the shared 2-core machine at a load of 17-19 (85 imported, 90 check-ins by keyboard and the afternoon copied from the morning, 10 PDFs).
  test.setTimeout(900_000);
  // Every click and keystroke of the clerk below is counted (issue 16: the whole seminar in under
  // 425 clicks and 4,450 keystrokes). Nothing is seeded: the office starts empty.
  const effort = new Effort(page);
  const nav = page.getByRole('navigation', { name: 'เมนูหลัก' });
  await app.open(page, '/');

  // The office, set up once: its name, province and head (the letters' signer).
  await effort.click(nav.getByText('ตั้งค่า', { exact: true }));
  await effort.fill(page.getByLabel('ชื่อหน่วยงาน'), 'สำนักงานแรงงานจังหวัดสงขลา');
  await effort.fill(page.getByRole('combobox', { name: 'จังหวัด' }), 'สงข');
  await effort.click(page.getByRole('option', { name: 'สงขลา' }));
  await effort.fill(page.getByLabel('ชื่อหัวหน้าหน่วยงาน'), 'นายสมชาย ใจดี');
  await effort.fill(page.getByLabel('ตำแหน่ง', { exact: true }), 'แรงงานจังหวัดสงขลา');
  await effort.click(page.getByRole('button', { name: 'บันทึก' }));
  await expect(page.getByTestId('office-name')).toHaveText('สำนักงานแรงงานจังหวัดสงขลา');

  // The register, imported from the office's spreadsheet: its columns are known, nothing to map.
  await effort.click(nav.getByText('อาสาสมัคร', { exact: true }));
  await effort.click(page.getByRole('link', { name: 'นำเข้าจาก Excel' }));
  await effort.upload(page.getByRole('button', { name: 'เลือกไฟล์ .xlsx .xls หรือ .csv', exact: true }), { name: 'อสร-สงขลา.xlsx', buffer: await registerFile() });
  await effort.click(page.getByRole('button', { name: 'ตรวจสอบข้อมูล', exact: true }));
  await expect(page.getByLabel('สรุปผลการตรวจสอบ')).toContainText('เพิ่มใหม่ 85');
  await effort.click(page.getByRole('button', { name: 'นำเข้า 85 รายการ' }));
  await expect(page.getByLabel('ผลการนำเข้า')).toContainText('เพิ่มใหม่85');

  // 26 contacts (5 heads of office, 20 of the working group, the speaker) pasted from Excel as a grid.
  await effort.click(nav.getByText('โครงการ/สัมมนา', { exact: true }));
  await effort.click(page.getByRole('link', { name: 'ทะเบียนรายชื่อบุคคล' }));
  await effort.paste(page.getByLabel('วางรายชื่อจาก Excel'), contactsCopied);
  const contactsGrid = page.getByRole('table', { name: 'รายชื่อที่จะเพิ่ม' });
  await expect(contactsGrid.getByLabel('ชื่อ-นามสกุล แถวที่ 26')).toHaveValue(SPEAKER[0]);
  await effort.click(page.getByRole('button', { name: 'บันทึก 26 รายชื่อ' }));
  await expect(contactsGrid).toHaveCount(0);
  await expect(page.getByRole('cell', { name: SPEAKER[0], exact: true })).toBeVisible();
  await effort.click(nav.getByText('โครงการ/สัมมนา', { exact: true }));

  // The plan, typed as a clerk would: B.E. date, three target groups.
  await effort.click(page.getByRole('button', { name: 'สร้างโครงการ' }));
  await effort.fill(page.getByLabel('ชื่อโครงการ'), 'สัมมนาเครือข่ายอาสาสมัครแรงงานจังหวัดสงขลา');
  await effort.fill(page.getByLabel('วันที่ 1'), '13/03/2563');
  await effort.leave(page.getByLabel('วันที่ 1'));
  await expect(page.getByText('13 มีนาคม 2563')).toBeVisible();
  await expect(page.getByLabel('ปีงบประมาณ')).toHaveAttribute('placeholder', '2563');
  // The afternoon session, as offices write its time.
  await effort.click(page.getByRole('button', { name: 'เพิ่มช่วงเวลา' }));
  await effort.fill(page.getByLabel('เริ่ม').nth(1), '13.00');
  await effort.fill(page.getByLabel('สิ้นสุด').nth(1), '16.00');
  await effort.fill(page.getByLabel('สถานที่', { exact: true }), 'ศาลากลางจังหวัดสงขลา');
  await effort.fill(page.getByLabel('วัตถุประสงค์ข้อ 1', { exact: true }), 'เพื่อพัฒนาศักยภาพอาสาสมัครแรงงาน');
  await effort.click(page.getByRole('button', { name: 'เพิ่มกลุ่มเป้าหมาย' }));
  await effort.click(page.getByRole('button', { name: 'เพิ่มกลุ่มเป้าหมาย' }));
  const groups: [string, number, string][] = [
    ['หัวหน้าส่วนราชการสังกัดกระทรวงแรงงาน', HEADS, 'บุคลากรของรัฐ'],
    ['คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด', WORKING_GROUP, 'บุคลากรของรัฐ'],
    ['อาสาสมัครแรงงาน', 75, 'บุคคลภายนอก'],
  ];
  for (const [i, [name, count, category]] of groups.entries()) {
    await effort.fill(page.getByLabel(`กลุ่มที่ ${i + 1}`, { exact: true }), name);
    await effort.fill(page.getByLabel('จำนวน (คน)').nth(i), String(count));
    await effort.click(page.getByLabel('การเบิกจ่าย').nth(i));
    await effort.click(page.getByRole('option', { name: category }));
  }
  await expect(page.getByText('รวมเป้าหมาย 100 คน')).toBeVisible();
  await effort.click(page.getByRole('button', { name: 'บันทึก', exact: true }));
  await expect(page.getByRole('heading', { name: 'สัมมนาเครือข่ายอาสาสมัครแรงงานจังหวัดสงขลา' })).toBeVisible();
  await expect(page.getByText('ปีงบประมาณ 2563')).toBeVisible();
  const seminarId = Number(/seminars\/(\d+)/.exec(page.url())![1]);

  // 75 volunteers by the register's district filter, all of them ticked at once.
  await effort.click(page.getByRole('button', { name: 'เพิ่มอาสาสมัครจากทะเบียน' }));
  const dialog = page.getByRole('dialog');
  await effort.click(dialog.getByLabel('อำเภอ'));
  await effort.click(page.getByRole('option', { name: /^เมืองสงขลา/ }));
  // Ticking "all" asks the core for every match, so the button's count is what to wait on.
  await effort.click(dialog.getByLabel('เลือกทั้งหมดที่ตรงเงื่อนไข (75 คน)'));
  await expect(dialog.getByRole('button', { name: 'เพิ่มที่เลือก 75 คน' })).toBeEnabled();
  // By keyboard: the notification of a previous step may lie over the dialog's corner.
  await effort.activate(dialog.getByRole('button', { name: 'เพิ่มที่เลือก 75 คน' }));
  // The lasting result, not the notice (it closes by itself after a few seconds, which a busy machine can outlast).
  await expect(page.getByRole('tab', { name: 'ผู้เข้าร่วม (75)' })).toBeVisible();
  await expect(dialog).toBeHidden();

  // 25 officials from the contacts directory, into their two groups.
  let participants = 75;
  for (const [query, group, count] of [['หัวหน้า', groups[0][0], HEADS], ['คณะทำงาน', groups[1][0], WORKING_GROUP]] as const) {
    await effort.click(page.getByRole('button', { name: 'เพิ่มเจ้าหน้าที่/แขก' }));
    const d = page.getByRole('dialog');
    await effort.click(d.getByLabel('เพิ่มเข้ากลุ่ม'));
    // The dialog's list, not the table's native selects, which hold the same group names.
    await effort.click(page.getByRole('listbox').getByRole('option', { name: group }));
    await effort.fill(d.getByLabel('ค้นหาชื่อ ตำแหน่ง หรือหน่วยงาน'), query);
    await effort.click(d.getByLabel(`เลือกทั้งหมดที่ตรงเงื่อนไข (${count} คน)`));
    await expect(d.getByRole('button', { name: `เพิ่มที่เลือก ${count} คน` })).toBeEnabled();
    await effort.activate(d.getByRole('button', { name: `เพิ่มที่เลือก ${count} คน` }));
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
  await effort.click(page.getByRole('tab', { name: 'ลงชื่อเข้าร่วม' }));
  await effort.click(page.getByRole('link', { name: 'เปิดหน้าลงชื่อ' }).first());
  const box = page.getByLabel('พิมพ์ชื่อหรือเลขประจำตัวประชาชน แล้วกด Enter');
  await expect(box).toBeFocused();
  const typed = [
    ...Array.from({ length: 4 }, (_, i) => `หัวหน้า${i + 1} `),
    ...Array.from({ length: 16 }, (_, i) => `คณะทำงาน${i + 1} `),
    ...Array.from({ length: 70 }, (_, i) => `สมหมาย${i + 1} ทดสอบ${i + 1}`),
  ];
  // The count moves at once on Enter; waiting for it keeps each name's keys apart from the next.
  for (const [k, t] of typed.entries()) {
    await effort.type(t);
    await effort.press('Enter');
    await expect(page.getByTestId('checkin-total')).toHaveText(`${k + 1}/100`);
  }
  await expect(page.getByTestId('checkin-feedback')).toContainText('ลงชื่อแล้ว: นายสมหมาย70 ทดสอบ70');
  await expect(page.getByTestId('checkin-total')).toHaveText('90/100');

  // Checking in twice says so and counts once; undo takes a mark back.
  await effort.type('สมหมาย5 ทดสอบ5');
  await effort.press('Enter');
  await expect(page.getByTestId('checkin-feedback')).toContainText('ลงชื่อแล้ว เมื่อ');
  await effort.type('สมหมาย71 ทดสอบ71');
  await effort.press('Enter');
  await expect(page.getByTestId('checkin-total')).toHaveText('91/100');
  await effort.press('Control+z');
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
  await effort.click(page.getByRole('link', { name: /สัมมนาเครือข่าย/ }));
  await expect(page.getByTestId('summary-attended')).toHaveText('90');
  await expect(page.getByTestId('summary-rate')).toHaveText('90%');
  const rows = page.locator('[data-testid^="summary-group-"]');
  await expect(rows.nth(0)).toContainText('554');
  await expect(rows.nth(1)).toContainText('202016');
  await expect(rows.nth(2)).toContainText('757570');
  await screenshot(page, 'seminar-summary');
  // The list names the same three counts.
  await effort.click(page.getByRole('link', { name: '← รายการโครงการ' }));
  const listed = page.getByRole('row', { name: /สัมมนาเครือข่าย/ });
  await expect(page.getByRole('columnheader', { name: 'เข้าร่วมจริง' })).toBeVisible();
  await expect(listed.getByRole('cell').nth(4)).toHaveText('100');
  await expect(listed.getByRole('cell').nth(5)).toHaveText('100');
  await expect(listed.getByRole('cell').nth(6)).toHaveText('90');
  await effort.click(listed.getByRole('link'));

  // A budget line priced from the rate table in force on 13 March 2563 (snacks at a government venue: 35 baht).
  await effort.click(page.getByRole('tab', { name: 'วิทยากรและงบประมาณ' }));
  // The speaker picked from the contacts: position and agency (the receipt prints them) come along.
  await effort.fill(page.getByRole('combobox', { name: 'ชื่อวิทยากร' }), 'วิชัย');
  await effort.click(page.getByRole('option', { name: SPEAKER[0] }));
  await expect(page.getByLabel('สังกัด/หน่วยงาน')).toHaveValue(SPEAKER[2]);
  await expect(page.getByLabel('ตำแหน่ง', { exact: true })).toHaveValue(SPEAKER[1]);
  await effort.click(page.getByRole('button', { name: 'เพิ่มวิทยากร' }));
  await expect(page.getByRole('cell', { name: new RegExp(SPEAKER[2]) })).toBeVisible();
  await expect(page.getByLabel('สังกัด/หน่วยงาน')).toHaveValue('');
  // No category is preset: adding without one asks for it.
  await effort.click(page.getByRole('button', { name: 'เพิ่มรายการ' }));
  await expect(page.getByText('กรุณาเลือกหมวดค่าใช้จ่าย', { exact: true })).toBeVisible();
  await effort.fill(page.getByLabel('รายการ', { exact: true }), 'อาหารว่าง 2 มื้อ');
  await effort.click(page.getByRole('combobox', { name: 'อัตราจากตาราง' }));
  await effort.click(page.getByRole('option', { name: 'ค่าอาหารว่างและเครื่องดื่ม (สถานที่ราชการ)' }));
  // The rate item files the line under its category.
  await expect(page.getByRole('combobox', { name: 'หมวด' })).toHaveValue('ค่าอาหารว่างและเครื่องดื่ม');
  // The rate in force is shown before the line is added.
  await expect(page.getByText('ตามตาราง 35.00 บาท/คน/มื้อ')).toBeVisible();
  await expect(page.getByLabel('อัตรา (บาท)')).toHaveAttribute('placeholder', '35.00');
  await effort.fill(page.getByLabel('จำนวน', { exact: true }), '100');
  await effort.fill(page.getByLabel('ครั้ง/วัน/มื้อ'), '2');
  await effort.click(page.getByRole('button', { name: 'เพิ่มรายการ' }));
  await expect(page.getByText('100 × 2 × 35.00')).toBeVisible();
  await expect(page.getByTestId('seminar-summary')).toContainText('7,000.00 บาท');
  // The amount actually paid reads as baht: thousands separator, two decimals.
  const actual = page.getByLabel('ใช้จริง อาหารว่าง 2 มื้อ');
  await effort.fill(actual, '6300');
  await effort.leave(actual);
  await expect(actual).toHaveValue('6,300.00');
  await expect(page.getByTestId('seminar-summary')).toContainText('6,300.00 บาท');

  // Travel money: one amount for the volunteers' group, then the afternoon's desk and the outcomes.
  await effort.click(page.getByRole('tab', { name: /^ผู้เข้าร่วม/ }));
  await effort.pick(page.getByRole('combobox', { name: 'ให้กับ' }), page.getByRole('listbox').getByRole('option', { name: `กลุ่ม ${groups[2][0]}`, exact: true }));
  // Typed with Thai digits, as some clerks do.
  await effort.fill(page.getByLabel('คนละ (บาท)'), '๓๐๐');
  await effort.click(page.getByRole('button', { name: 'ใช้จำนวนนี้' }));
  await expect.poll(async () => (await app.call('seminar-get', { id: seminarId })).participants.filter((p) => p.travelAmount === 300).length).toBe(75);

  await effort.click(page.getByRole('tab', { name: 'ลงชื่อเข้าร่วม' }));
  await effort.click(page.getByRole('link', { name: 'เปิดหน้าลงชื่อ' }).nth(1));
  await expect(box).toBeFocused();
  // The afternoon starts from the morning's list (เหมือนช่วงเช้า); two volunteers went home at noon.
  const sameAsMorning = page.getByRole('button', { name: 'เหมือนช่วงเช้า…' });
  await expect(sameAsMorning).toBeVisible();
  await effort.press('Tab');
  await expect(sameAsMorning).toBeFocused();
  await effort.press('Enter');
  await expect(page.getByTestId('copy-preview')).toHaveText('จะลงชื่อว่ามาในช่วงนี้ 90 คน จากผู้ที่มาช่วงเช้า 90 คน');
  await effort.press('Enter');
  await expect(page.getByTestId('checkin-total')).toHaveText('90/100');
  for (const [k, t] of ['สมหมาย1 ทดสอบ1', 'สมหมาย2 ทดสอบ2'].entries()) {
    await effort.type(t);
    await effort.press('Shift+Enter');
    await expect(page.getByTestId('checkin-total')).toHaveText(`${89 - k}/100`);
  }
  await effort.click(page.getByRole('link', { name: /สัมมนาเครือข่าย/ }));

  await effort.click(page.getByRole('tab', { name: 'ผลการดำเนินงาน' }));
  await effort.fill(page.getByRole('textbox', { name: 'ผลการดำเนินงาน', exact: true }), 'ผู้เข้าร่วมเข้าใจบทบาทและแนวทางการทำงานของอาสาสมัครแรงงาน สร้างเครือข่ายการประสานงานในพื้นที่');
  await effort.fill(page.getByLabel('ปัญหาและอุปสรรค'), 'ผู้เข้าร่วมบางส่วนเดินทางไกล');
  await effort.fill(page.getByLabel('ข้อเสนอแนะ'), 'ควรจัดต่อเนื่องทุกปี');
  await effort.click(page.getByRole('button', { name: 'บันทึกผลการดำเนินงาน' }));
  await expect.poll(async () => (await app.call('seminar-get', { id: seminarId })).suggestions).toBe('ควรจัดต่อเนื่องทุกปี');

  // The ten documents, from the seminar's page: each previewed, then saved as a PDF.
  await effort.click(page.getByRole('link', { name: 'พิมพ์เอกสาร' }));
  for (const [k, doc] of DOCUMENTS.entries()) {
    const radio = page.getByRole('radio', { name: doc.radio, exact: typeof doc.radio === 'string' });
    if (k > 0) await effort.check(radio);
    await expect(radio).toBeChecked();
    await effort.click(page.getByRole('button', { name: 'แสดงตัวอย่าง' }));
    const download = page.waitForEvent('download');
    await effort.click(page.getByRole('button', { name: 'บันทึกไฟล์ PDF' }));
    const file = await (await download).path();
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('สัมมนาเครือข่ายอาสาสมัครแรงงานจังหวัดสงขลา');
    for (const shown of doc.shows ?? []) expect(text).toContain(shown);
  }
  await expectPdfPreviewLoaded(page);
  await screenshot(page, 'seminar-documents');

  // The clerk's effort for the whole seminar: printed, and held under issue 16's bounds.
  console.log(`The whole Songkhla seminar: ${effort}`);
  expect(effort.clicks).toBeLessThan(425);
  expect(effort.keys).toBeLessThan(4450);
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
  // The system's keys of a select: ↓ steps through the groups and only shows them; Enter saves the
  // one reached, once (a save per step wrote an audit entry for every group passed on the way).
  const saves: string[] = [];
  page.on('request', (r) => r.url().includes('/api/call/participant-update') && saves.push(r.url()));
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await expect(pickerLabel).toHaveText(s.groups[1].name);
  await page.keyboard.press('ArrowDown');
  await expect(pickerLabel).toHaveText(s.groups[2].name);
  await page.keyboard.press('ArrowUp');
  await expect(pickerLabel).toHaveText(s.groups[1].name);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(`summary-group-${s.groups[1].id}`)).toContainText('2011');
  expect(saves).toHaveLength(1);
  // Leaving the field commits a step too.
  await page.keyboard.press('ArrowDown');
  await expect(pickerLabel).toHaveText(s.groups[2].name);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId(`summary-group-${s.groups[2].id}`)).toContainText('7521');
  await expect.poll(async () => (await app.call('seminar-get', { id: s.id })).participants.find((p) => p.name === 'นายแขก หน้างาน')?.groupId).toBe(s.groups[2].id);
  expect(saves).toHaveLength(2);

  // Amounts as clerks type them: Thai digits and thousands commas.
  const travel = page.getByLabel('ค่าพาหนะของ นายสมหมาย1 ทดสอบ1');
  await travel.fill('๑,๒๕๐.๕');
  await travel.blur();
  await expect(travel).toHaveValue('1,250.50');
  // The amount is saved when the field is left; the reload comes once the core holds it.
  await expect.poll(async () => (await app.call('seminar-get', { id: s.id })).participants.find((p) => p.name === 'นายสมหมาย1 ทดสอบ1')?.travelAmount).toBe(1250.5);
  const allowance = page.getByLabel('ค่าตอบแทนของ นายสมหมาย1 ทดสอบ1');
  await allowance.fill('1,200');
  await allowance.blur();
  await expect(allowance).toHaveValue('1,200.00');
  await expect.poll(async () => (await app.call('seminar-get', { id: s.id })).participants.find((p) => p.name === 'นายสมหมาย1 ทดสอบ1')?.allowanceAmount).toBe(1200);
  await page.reload();
  await expect(page.getByLabel('ค่าพาหนะของ นายสมหมาย1 ทดสอบ1')).toHaveValue('1,250.50');
});
