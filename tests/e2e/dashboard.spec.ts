import path from 'node:path';
import { addDays, fiscalYearOf, fiscalYearRange, todayIso } from '@shared/thai';
import { expect, screenshot, SHOTS_DIR, test } from './fixtures';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';

const oneDay = (date: string) => [{ date, sessions: [{ start: '09:00', end: '12:00', topic: 'บรรยาย' }, { start: '13:00', end: '16:00', topic: 'ฝึกปฏิบัติ' }] }];

test.use({ webArgs: ['--demo'] });

test('the home dashboard shows the sample province for the fiscal year, and the selector drives it', async ({ page, app }) => {
  const fy = fiscalYearOf(todayIso());
  const { start } = fiscalYearRange(fy);

  // This year's seminars: one done with three volunteers (two present) and a budget, one planned.
  const people = await app.call('volunteer-list', { status: 'active', pageSize: 3 });
  const done = await app.call('seminar-create', { ...songkhlaSeminar, status: 'done', days: oneDay(addDays(start, 20)) });
  await app.call('participant-add-volunteers', { seminarId: done.id, groupId: done.groups[2].id, volunteerIds: people.rows.map((r) => r.id) });
  const detail = await app.call('seminar-get', { id: done.id });
  for (const p of detail.participants.slice(0, 2)) {
    await app.call('attendance-mark', { sessionId: done.days[0].sessions[0].id, participantId: p.id, status: 'present' });
  }
  await app.call('budget-line-save', { seminarId: done.id, category: 'meal', description: 'ค่าอาหารกลางวัน', quantity: 100, times: 1, rate: 300, actualAmount: 27_000 });
  await app.call('budget-line-save', { seminarId: done.id, category: 'snack', description: 'อาหารว่าง 2 มื้อ', quantity: 100, times: 2, rate: 35, actualAmount: 6_300 });
  await app.call('seminar-create', { ...songkhlaSeminar, title: 'อบรมกฎหมายคุ้มครองแรงงาน', days: oneDay(addDays(start, 130)) });

  const summary = await app.call('volunteer-summary', {});
  const ending = await app.call('volunteer-list', { termEndsWithinDays: 90 });

  await app.open(page);
  await expect(page.getByRole('heading', { level: 2, name: `ภาพรวมจังหวัด ปีงบประมาณ ${fy}` })).toBeVisible();
  // The cards agree with the register's own counts.
  await expect(page.getByTestId('stat-active')).toContainText(summary.byStatus.active.toLocaleString('en-US'));
  await expect(page.getByTestId('stat-ending')).toContainText(String(ending.total));
  await expect(page.getByTestId('stat-seminars')).toContainText('1 / 2');
  await expect(page.getByTestId('stat-participants')).toContainText('2');
  await expect(page.getByTestId('stat-participants')).toContainText('จากเป้าหมาย 100 คน (2%)');
  await expect(page.getByTestId('stat-budget')).toContainText('33,300.00');
  await expect(page.getByTestId('stat-budget')).toContainText('จากที่วางแผน 37,000.00 บาท');

  // Charts with Thai labels: districts of Songkhla, B.E. months from ต.ค., expense items.
  await expect(page.getByTestId('chart-districts')).toContainText('หาดใหญ่');
  await expect(page.getByTestId('chart-months').locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')).toHaveText([
    'ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.',
  ]);
  await expect(page.getByTestId('chart-budget')).toContainText('ค่าอาหารว่างและเครื่องดื่ม');

  // What needs doing: the done seminar has no result written yet, and links to it.
  await expect(page.getByTestId('todo-reports')).toContainText('1 โครงการ');
  await expect(page.getByTestId('todo-addresses')).toContainText('0 คน');
  await expect(page.getByTestId('todo-backup')).toBeVisible();
  await screenshot(page, 'dashboard');
  await page.screenshot({ path: path.join(SHOTS_DIR, 'dashboard-full.png'), fullPage: true });
  // As printed: the PDF Chromium makes for the print dialog, A4 landscape, menus left out.
  await page.pdf({ path: path.join(SHOTS_DIR, 'dashboard-print.pdf'), preferCSSPageSize: true, printBackground: true });

  await page.getByTestId('todo-reports').getByRole('link', { name: songkhlaSeminar.title }).click();
  await expect(page).toHaveURL(new RegExp(`#/seminars/${done.id}$`));

  // The terms-ending card opens the register filtered the same way.
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByText('หน้าหลัก', { exact: true }).click();
  await page.getByTestId('stat-ending').getByRole('link', { name: 'ดูรายชื่อ' }).click();
  await expect(page).toHaveURL(/#\/volunteers\?termEndsWithinDays=90$/);
  await expect(page.getByRole('combobox', { name: 'วาระสิ้นสุด' })).toHaveValue('ภายใน 90 วัน');
  await expect(page.getByText(`จาก ${ending.total.toLocaleString('th-TH')} คน`)).toBeVisible();

  // The year before: no seminars, volunteers counted on 30 September, no link from today.
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByText('หน้าหลัก', { exact: true }).click();
  await page.getByRole('combobox', { name: 'ปีงบประมาณ' }).selectOption({ label: `ปีงบประมาณ ${fy - 1}` });
  await expect(page.getByRole('heading', { level: 2, name: `ภาพรวมจังหวัด ปีงบประมาณ ${fy - 1}` })).toBeVisible();
  await expect(page.getByTestId('stat-seminars')).toContainText('0 / 0');
  await expect(page.getByTestId('stat-active')).toContainText(`ณ วันที่ 30 ก.ย. ${fy - 1}`);
  await expect(page.getByTestId('stat-ending').getByRole('link')).toHaveCount(0);
  await expect(page.getByTestId('chart-months')).toContainText('ยังไม่มีข้อมูลในปีงบประมาณนี้');
  await screenshot(page, 'dashboard-previous-year');
});
