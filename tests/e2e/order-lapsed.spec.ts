import { formatThaiDateShort } from '@shared/thai';
import { expect, screenshot, test } from './fixtures';

test.use({ webArgs: ['--demo'], viewport: { width: 1366, height: 768 } });

test('a renewal order takes, when ticked, those whose term ended unrenewed; their new term starts on the order date', async ({ page, app }) => {
  test.setTimeout(900_000);
  const ended = (await app.call('volunteer-list', { status: 'term_ended', pageSize: 200 })).rows;
  expect(ended.length).toBeGreaterThan(0);
  const person = ended[0];
  const name = `${person.title}${person.firstName} ${person.lastName}`;

  await app.open(page, '/orders/new?kind=renewal');
  const chosen = page.getByTestId('order-chosen');
  const ending = (await app.call('order-candidates', { kind: 'renewal', withinDays: 90 })).length;
  await expect(chosen).toHaveText(`เลือกแล้ว ${ending} จาก ${ending} คน`);
  // Not in the terms ending: before, no list offered them at all.
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${name} ·`) })).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'รวมผู้ที่ครบวาระไปแล้วแต่ยังไม่ได้ต่อวาระ' }).check();
  const withLapsed = (await app.call('order-candidates', { kind: 'renewal', withinDays: 90, lapsed: true })).length;
  await expect(chosen).toHaveText(`เลือกแล้ว ${withLapsed} จาก ${withLapsed} คน`);
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${name} · .*ครบวาระ ${formatThaiDateShort(person.termEnd!)}`) })).toBeChecked();
  // The earliest of them ended in the past: the term starts on the order's date, not on a past day.
  const orderDate = await page.getByRole('textbox', { name: /^สั่ง ณ วันที่/ }).inputValue();
  await expect(page.getByRole('textbox', { name: /^วาระเริ่ม/ })).toHaveValue(orderDate);
  const [d, m, y] = orderDate.split('/');
  const today = `${Number(y) - 543}-${m}-${d}`;
  await screenshot(page, 'order-form-lapsed');

  await page.getByRole('textbox', { name: 'เลขที่คำสั่ง (เลขที่/ปี พ.ศ.)' }).fill(`40/${y}`);
  await page.getByRole('button', { name: /^บันทึกคำสั่งและวาระ/ }).click();
  await expect(page.getByTestId('order-people')).toHaveText(`อาสาสมัครตามคำสั่ง ${withLapsed} คน`);
  const back = await app.call('volunteer-get', { id: person.id });
  expect(back.volunteer).toMatchObject({ status: 'active', appointmentOrderNo: `40/${y}`, termStart: today });
});
