import { expect, screenshot, test } from './fixtures';
import { xlsxOf } from '../helpers/spreadsheet-fixtures';

test('contacts pasted from Excel and imported from a file: review, fix, choose for duplicates, save', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.call('contact-save', { name: 'นางสาวสมหญิง รักงาน', position: 'นักวิชาการแรงงาน', agency: 'สำนักงานแรงงานจังหวัดสงขลา', phone: '0815550000', notes: '' });
  await app.open(page, '/seminars/contacts');

  // What Excel puts on the clipboard: tab-separated cells, one line per row.
  const copied = [
    'นาย สมชาย ใจดี\tผู้อำนวยการ\tสำนักงานจัดหางานจังหวัดสงขลา\t๐๘๑-๒๓๔-๕๖๗๘',
    'น.ส.สมหญิง รักงาน\tนักวิชาการแรงงานชำนาญการ\tสำนักงานแรงงานจังหวัดสงขลา',
    'นางมาลี มีสุข\tครู\tโรงเรียนบ้านนา\t12345',
    'นายสมชาย ใจดี\tผู้อำนวยการ\tสำนักงานจัดหางานจังหวัดสงขลา',
  ].join('\r\n');
  const pasteArea = page.getByLabel('วางรายชื่อจาก Excel');
  await pasteArea.click();
  await pasteArea.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, copied);

  const grid = page.getByRole('table', { name: 'รายชื่อที่จะเพิ่ม' });
  await expect(grid.getByLabel('ชื่อ-นามสกุล แถวที่ 4')).toHaveValue('นายสมชาย ใจดี');
  await expect(grid.getByText('ชื่อซ้ำกับ นางสาวสมหญิง รักงาน ในทะเบียน')).toBeVisible();
  // The title written the way it will be saved.
  await expect(grid.getByText('จะบันทึกชื่อเป็น นางสาวสมหญิง รักงาน')).toBeVisible();
  await expect(grid.getByText('ชื่อซ้ำกับ นายสมชาย ใจดี แถวที่ 1')).toBeVisible();
  await expect(grid.getByText('โทรศัพท์: หมายเลขโทรศัพท์ไม่ถูกต้อง (ตัวเลข 9–10 หลัก ขึ้นต้นด้วย 0 หรือ +66)')).toBeVisible();
  await screenshot(page, 'contacts-paste-grid-1366x768');

  // Keep the twin in the directory (its new position is brought in), fix the wrong phone; row 4 stays skipped.
  await grid.getByLabel('รายชื่อซ้ำ แถวที่ 2').getByText('ปรับรายชื่อเดิม').click();
  await grid.getByLabel('โทรศัพท์ แถวที่ 3').fill('074-311-047');
  await expect(grid.getByText('โทรศัพท์: หมายเลขโทรศัพท์ไม่ถูกต้อง (ตัวเลข 9–10 หลัก ขึ้นต้นด้วย 0 หรือ +66)')).toHaveCount(0);
  await page.getByRole('button', { name: 'บันทึก 3 รายชื่อ' }).click();
  await expect(page.getByText('เพิ่มรายชื่อใหม่ 2 คน ปรับข้อมูลรายชื่อเดิม 1 คน ข้าม 1 แถว')).toBeVisible();
  await expect(grid).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'นักวิชาการแรงงานชำนาญการ' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '081-234-5678' })).toBeVisible();

  // A spreadsheet with a title above its header goes into the same grid.
  const buffer = Buffer.from(await xlsxOf([
    ['รายชื่อคณะทำงาน'],
    ['ที่', 'ชื่อ-สกุล', 'ตำแหน่ง', 'สังกัด', 'เบอร์โทร'],
    [1, 'นายวิชัย กล้าหาญ', 'ปลัดอำเภอ', 'ที่ว่าการอำเภอหาดใหญ่', '0899990000'],
    [2, 'นางมาลี มีสุข', 'ครู', 'โรงเรียนบ้านนา', ''],
  ]));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'นำเข้าจากไฟล์ Excel หรือ CSV' }).click();
  await (await chooser).setFiles({ name: 'คณะทำงาน.xlsx', mimeType: 'application/octet-stream', buffer });
  await expect(page.getByText('อ่านหัวตารางจากแถวที่ 2')).toBeVisible();
  await expect(grid.getByText('ชื่อซ้ำกับ นางมาลี มีสุข ในทะเบียน')).toBeVisible();
  await page.getByRole('button', { name: 'บันทึก 1 รายชื่อ' }).click();
  await expect(page.getByText('เพิ่มรายชื่อใหม่ 1 คน ปรับข้อมูลรายชื่อเดิม 0 คน ข้าม 1 แถว')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'นายวิชัย กล้าหาญ', exact: true })).toBeVisible();
});

test('deleting a contact erases it for good and names the older backups that still hold it', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.call('contact-save', { name: 'นางพิมพ์ลดา เฉพาะตัว', position: 'วิทยากร', agency: 'มหาวิทยาลัยทักษิณ', phone: '0897776655', notes: '' });
  await app.call('backup-create', {});
  await app.open(page, '/seminars/contacts');
  await page.getByRole('button', { name: 'ลบ นางพิมพ์ลดา เฉพาะตัว' }).click();
  const dialog = page.getByRole('dialog', { name: 'ลบรายชื่อและข้อมูลส่วนบุคคลแล้ว' });
  await expect(dialog.getByText(/ข้อมูลสำรองที่ทำไว้ก่อนการลบยังมีข้อมูลของบุคคลนี้อยู่ \d+ ชุด/)).toBeVisible();
  await expect(dialog.getByText(/ข้อมูลสำรอง \(สำรองเอง\)/)).toBeVisible();
  await screenshot(page, 'contact-erased-backups');
  await dialog.getByRole('button', { name: 'ปิด' }).click();
  await expect(page.getByText('นางพิมพ์ลดา เฉพาะตัว')).toHaveCount(0);
});
