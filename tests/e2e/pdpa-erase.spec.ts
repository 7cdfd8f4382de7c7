import { expect, screenshot, test } from './fixtures';
import { volunteer } from '../helpers/seminar-fixtures';

test('PDPA erase: after typing the reason and the name, says which older backups still hold the person and when they go', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // The server's first start of the day takes its automatic backup while it already answers: wait
  // for that copy, or on a busy machine it is finished after the person exists and holds them too.
  await expect.poll(async () => (await app.call('backup-list', {})).some((b) => b.kind === 'auto')).toBe(true);
  const { id } = await app.call('volunteer-create', { ...volunteer(5), firstName: 'ประกายเพชร', lastName: 'ศรีสุวรรณ' });
  await app.call('backup-create', {});
  await app.open(page, `/volunteers/${id}`);
  await page.getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
  const dialog = page.getByRole('dialog', { name: 'ลบข้อมูลส่วนบุคคล (ตามคำขอตาม PDPA)' });
  await dialog.getByLabel('เหตุผล / เลขที่คำขอ').fill('คำขอเลขที่ 3/2569');
  await dialog.getByLabel('พิมพ์ชื่อ "ประกายเพชร" เพื่อยืนยัน').fill('ประกายเพชร');
  await dialog.getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
  await expect(dialog.getByText(/ยังมีข้อมูลของบุคคลนี้อยู่ 1 ชุด/)).toBeVisible();
  await expect(dialog.getByText(/^ข้อมูลสำรอง \(สำรองเอง\) /)).toBeVisible();
  await expect(dialog.getByText('จะถูกลบเมื่อกด "สำรองข้อมูลตอนนี้" อีก 10 ครั้ง')).toBeVisible();
  await screenshot(page, 'pdpa-erase-still-in-backups');
  await dialog.getByRole('button', { name: 'ปิด' }).click();
  await expect(page.getByText(/ลบข้อมูลส่วนบุคคลตามคำขอเมื่อ/)).toBeVisible();
});
