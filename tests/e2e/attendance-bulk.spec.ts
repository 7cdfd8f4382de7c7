import type { Page } from '@playwright/test';
import { participantCode } from '@shared/schemas/participant-code';
import { expect, screenshot, test } from './fixtures';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

const VOLUNTEERS = 110;

test.use({ viewport: { width: 1366, height: 768 } });

test('the afternoon starts from the morning list (เหมือนช่วงเช้า) and the paper sheets are keyed into a grid, by keyboard only', async ({ page, app }) => {
  // Seeded through the API: a two-day seminar of four sessions, one official and 110 volunteers
  // (created at once, so the sheet's order is not their numbers': people are named from the list).
  await Promise.all(Array.from({ length: VOLUNTEERS }, (_, i) => app.call('volunteer-create', volunteer(i + 1))));
  const s = await app.call('seminar-create', {
    ...songkhlaSeminar,
    days: [
      songkhlaSeminar.days[0],
      { date: '2020-03-14', sessions: [{ start: '09:00', end: '12:00', topic: 'ศึกษาดูงาน' }, { start: '13:00', end: '16:00', topic: 'สรุปผล' }] },
    ],
  });
  await app.call('participant-add-walkin', { seminarId: s.id, groupId: s.groups[0].id, name: 'นายหัวหน้า ส่วนราชการ', position: 'จัดหางานจังหวัด', agency: '', phone: '' });
  await app.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, filter: { district: 'เมืองสงขลา' } });
  const detail = await app.call('seminar-get', { id: s.id });
  const people = detail.participants;
  const [morning, afternoon, dayTwo] = detail.days.flatMap((d) => d.sessions).map((x) => x.id);
  expect(people).toHaveLength(VOLUNTEERS + 1);
  // The morning: the official and the first 99 volunteers came; the desk already saw one of them leave at noon.
  await app.call('attendance-save', { seminarId: s.id, cells: people.slice(0, 100).map((p) => ({ sessionId: morning, participantId: p.id, status: 'present' as const })) });
  await app.call('attendance-mark', { sessionId: afternoon, participantId: people[1].id, status: 'absent' });

  // The afternoon desk: Tab from the search box to "เหมือนช่วงเช้า", Enter, the dialog states the count, Enter copies.
  await app.open(page, `/seminars/${s.id}/checkin/${afternoon}`);
  const box = page.getByLabel('พิมพ์ชื่อหรือเลขประจำตัวประชาชน แล้วกด Enter');
  await expect(box).toBeFocused();
  await expect(page.getByTestId('checkin-total')).toHaveText('0/111');
  const sameAsMorning = page.getByRole('button', { name: 'เหมือนช่วงเช้า…' });
  // The button shows once the earlier sessions are read; Tab reaches it from the search box.
  await expect(sameAsMorning).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(sameAsMorning).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'ลงชื่อเหมือนช่วงก่อนหน้า แล้วแก้เฉพาะคนที่ต่างกัน' });
  await expect(dialog.getByTestId('copy-preview')).toHaveText('จะลงชื่อว่ามาในช่วงนี้ 99 คน จากผู้ที่มาช่วงเช้า 100 คน (อีก 1 คนบันทึกไว้ในช่วงนี้แล้ว คงไว้ตามเดิม)');
  await expect(dialog.getByRole('button', { name: 'ลงชื่อ 99 คน' })).toBeFocused();
  await screenshot(page, 'desk-copy-dialog');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-feedback')).toContainText('✓ ลงชื่อเหมือนช่วงเช้าแล้ว 99 คน');
  await expect(page.getByTestId('checkin-total')).toHaveText('99/111');
  await expect(box).toBeFocused();

  // The differences: one more left at noon (Shift+Enter), a volunteer who missed the morning came (Enter).
  await page.keyboard.type(people[5].name);
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByTestId('checkin-feedback')).toContainText(`บันทึกว่าขาด: ${people[5].name}`);
  await expect(page.getByTestId('checkin-total')).toHaveText('98/111');
  await page.keyboard.type(people[105].name);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-total')).toHaveText('99/111');
  await screenshot(page, 'desk-after-copy');

  // Ctrl+Z takes back the marks one by one, then the whole copy; the clerk types names with the Thai
  // layout on, where the Z key gives ผ, so the later presses come that way.
  for (const [total, said, thai] of [['98/111', people[105].name, false], ['99/111', people[5].name, true], ['0/111', 'ลงชื่อเหมือนช่วงเช้า 99 คน', true]] as const) {
    if (thai) await pressWithThaiLayout(page, { key: 'ผ', code: 'KeyZ', keyCode: 90 });
    else await page.keyboard.press('Control+z');
    await expect(page.getByTestId('checkin-feedback')).toContainText(`เลิกทำแล้ว: ${said}`);
    await expect(page.getByTestId('checkin-total')).toHaveText(total);
  }
  const afternoonBoard = await app.call('attendance-board', { sessionId: afternoon });
  expect(afternoonBoard.roster.filter((p) => p.status).map((p) => [p.id, p.status])).toEqual([[people[1].id, 'absent']]);
  // And copied again, for good.
  await page.keyboard.press('Tab');
  await expect(sameAsMorning).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'ลงชื่อ 99 คน' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-total')).toHaveText('99/111');

  // The paper sheets of day two, keyed in the grid: the grid has the keyboard at once.
  await app.open(page, `/seminars/${s.id}/attendance`);
  const grid = page.getByRole('grid', { name: 'ตารางลงชื่อผู้เข้าร่วมแต่ละช่วง' });
  await expect(grid).toBeFocused();
  const count = (sessionId: number) => page.getByTestId(`sheet-count-${sessionId}`);
  await expect(count(morning)).toHaveText('มา 100 คน');
  await expect(count(afternoon)).toHaveText('มา 99 คน');
  await expect(count(dayTwo)).toHaveText('มา 0 คน');
  const cell = (participant: number, session: number) => page.locator(`#sheet-${people[participant].id}-${session}`);
  const active = () => grid.getAttribute('aria-activedescendant');

  // Day two's morning column: the first ten rows ticked down the sheet (Space, ↓).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(active).toBe(`sheet-${people[0].id}-${dayTwo}`);
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Space');
    await expect(cell(i, dayTwo)).toHaveText('✓ มา');
    await page.keyboard.press('ArrowDown');
  }
  // Jumps: a code typed as printed under the barcode, then part of a name; Enter returns to the grid.
  await page.keyboard.type(participantCode(people[60].id));
  await expect(page.getByLabel('ไปยังแถว: พิมพ์รหัสใต้บาร์โค้ดหรือชื่อ แล้วกด Enter')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(grid).toBeFocused();
  await expect.poll(active).toBe(`sheet-${people[60].id}-${dayTwo}`);
  await page.keyboard.press('Space');
  await page.keyboard.type(people[108].name);
  await page.keyboard.press('Enter');
  await expect.poll(active).toBe(`sheet-${people[108].id}-${dayTwo}`);
  await page.keyboard.press('Space');
  // Space again unticks: a mistake costs nothing.
  await page.keyboard.press('Space');
  await expect(cell(108, dayTwo)).toHaveText('');
  await page.keyboard.press('Space');
  // ← to the afternoon of day one: one of the copied people had in fact not signed.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Space');
  await expect(cell(108, afternoon)).toHaveText('✓ มา');
  await page.keyboard.type(people[50].name);
  await page.keyboard.press('Enter');
  await expect.poll(active).toBe(`sheet-${people[50].id}-${afternoon}`);
  await page.keyboard.press('Space');
  await expect(cell(50, afternoon)).toHaveText('');

  await expect(count(dayTwo)).toHaveText('มา 12 คน');
  await expect(count(afternoon)).toHaveText('มา 99 คน');
  await expect(page.getByTestId('sheet-dirty')).toHaveText('ยังไม่ได้บันทึก 14 ช่อง');
  await expect(cell(0, dayTwo)).toHaveAttribute('data-changed', 'true');
  await screenshot(page, 'attendance-sheet-unsaved');

  // Leaving with unsaved ticks asks first; "กลับไปกรอกต่อ" keeps them.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
  const back = page.getByRole('link', { name: `← ${s.title}` });
  await expect(back).toBeFocused();
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: 'ยังไม่ได้บันทึกข้อมูล' });
  await expect(ask.getByRole('button', { name: 'กลับไปกรอกต่อ' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('sheet-dirty')).toHaveText('ยังไม่ได้บันทึก 14 ช่อง');

  // Ctrl+S saves every changed cell in one go, wherever the focus is on the page.
  await expect(back).toBeFocused();
  await page.keyboard.press('Control+s');
  await expect(page.getByText('บันทึกการลงชื่อจากใบลงทะเบียนแล้ว 14 ช่อง')).toBeVisible();
  await expect(page.getByTestId('sheet-dirty')).toBeHidden();
  await page.reload();
  await expect(grid).toBeFocused();
  await expect(count(morning)).toHaveText('มา 100 คน');
  await expect(count(afternoon)).toHaveText('มา 99 คน');
  await expect(count(dayTwo)).toHaveText('มา 12 คน');
  await screenshot(page, 'attendance-sheet-saved');
  const saved = await app.call('attendance-sheet', { seminarId: s.id });
  expect(saved.rows.filter((r) => r.marks[dayTwo] === 'present').map((r) => r.participantId)).toEqual([...people.slice(0, 10), people[60], people[108]].map((p) => p.id));
});

/** Ctrl and a key as Chromium reports them with the Thai layout on: the key's place (code) is Latin, its character Thai. */
async function pressWithThaiLayout(page: Page, k: { key: string; code: string; keyCode: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const ctrl = 2;
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', { type, key: k.key, code: k.code, windowsVirtualKeyCode: k.keyCode, modifiers: ctrl });
  }
  await cdp.detach();
}

test('the paper-sheet grid marks ขาด with Shift+Space, says so in its key legend, and fits a 1093×615 window', async ({ page, app }) => {
  for (let i = 1; i <= 3; i++) await app.call('volunteer-create', volunteer(i));
  const s = await app.call('seminar-create', songkhlaSeminar);
  await app.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, filter: { district: 'เมืองสงขลา' } });
  // In the sheet's order, as the grid shows them.
  const people = (await app.call('attendance-sheet', { seminarId: s.id })).rows.map((r) => ({ id: r.participantId }));
  const [morning, afternoon] = s.days[0].sessions.map((x) => x.id);
  await app.call('attendance-save', { seminarId: s.id, cells: [{ sessionId: morning, participantId: people[0].id, status: 'present' }] });

  await page.setViewportSize({ width: 1093, height: 615 });
  await app.open(page, `/seminars/${s.id}/attendance`);
  const grid = page.getByRole('grid', { name: 'ตารางลงชื่อผู้เข้าร่วมแต่ละช่วง' });
  await expect(grid).toBeFocused();
  await expect(page.getByText('ขาด (กดซ้ำเพื่อยกเลิก)')).toBeVisible();
  const cell = (p: number, session: number) => page.locator(`#sheet-${people[p].id}-${session}`);

  // The first person, saved present in the morning, had in fact not signed: Shift+Space marks ขาด.
  await page.keyboard.press('Shift+Space');
  await expect(cell(0, morning)).toHaveText('ขาด');
  await expect(page.getByTestId(`sheet-count-${morning}`)).toHaveText('มา 0 คน');
  // The afternoon: the first present (Space), the second absent, the third absent then taken back.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Space');
  await expect(cell(2, afternoon)).toHaveText('ขาด');
  await page.keyboard.press('Shift+Space');
  await expect(cell(2, afternoon)).toHaveText('');
  await expect(cell(1, afternoon)).toHaveText('ขาด');
  await expect(page.getByTestId('sheet-dirty')).toHaveText('ยังไม่ได้บันทึก 3 ช่อง');
  await screenshot(page, 'attendance-sheet-absent-1093');
  const save = page.getByRole('button', { name: 'บันทึกทั้งตาราง (3 ช่อง)' });
  const box = await save.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(1093);

  await page.keyboard.press('Control+s');
  await expect(page.getByText('บันทึกการลงชื่อจากใบลงทะเบียนแล้ว 3 ช่อง')).toBeVisible();
  const marks = (await app.call('attendance-sheet', { seminarId: s.id })).rows.map((r) => [r.marks[morning] ?? null, r.marks[afternoon] ?? null]);
  expect(marks).toEqual([['absent', 'present'], [null, 'absent'], [null, null]]);
});

test('at a 1093×615 window the desk shows its answer to a name without scrolling, beside a long seminar title', async ({ page, app }) => {
  const s = await app.call('seminar-create', {
    ...songkhlaSeminar,
    title: 'โครงการสัมมนาเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน เพื่อการคุ้มครองแรงงานนอกระบบ จังหวัดสงขลา ประจำปีงบประมาณ พ.ศ. 2563',
  });
  await app.call('volunteer-create', volunteer(1));
  await app.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, filter: { district: 'เมืองสงขลา' } });
  await page.setViewportSize({ width: 1093, height: 615 });
  await app.open(page, `/seminars/${s.id}/checkin/${s.days[0].sessions[0].id}`);
  const box = page.getByLabel('พิมพ์ชื่อหรือเลขประจำตัวประชาชน แล้วกด Enter');
  await expect(box).toBeFocused();
  const inView = async () => {
    const feedback = (await page.getByTestId('checkin-feedback').boundingBox())!;
    expect(feedback.y + feedback.height).toBeLessThanOrEqual(615);
  };
  await page.keyboard.type('ไม่มีชื่อนี้');
  await expect(page.getByTestId('checkin-feedback')).toContainText('กด Ctrl+Enter');
  await inView();
  await screenshot(page, 'desk-not-found-1093');
  await box.fill('สมหมาย1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-feedback')).toContainText('ลงชื่อแล้ว: นายสมหมาย1 ทดสอบ1');
  await inView();
  await screenshot(page, 'desk-checked-1093');
});
