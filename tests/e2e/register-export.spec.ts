import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { REGISTER_COLUMNS } from '@shared/api/spreadsheets';
import { readXlsx } from '../helpers/spreadsheet-fixtures';
import { expect, screenshot, test } from './fixtures';

test.use({ webArgs: ['--demo'] });

/** The export the dialog's ส่งออก saves, read back. */
async function exported(page: Page): Promise<Awaited<ReturnType<typeof readXlsx>>['worksheets'][number]> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออก', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asa-register-export-')), 'register.xlsx');
  await download.saveAs(saved);
  return (await readXlsx(new Uint8Array(fs.readFileSync(saved)))).worksheets[0];
}

test('the register exports the filtered list in the columns the clerk ticks, or every column for the ministry', async ({ page, app }) => {
  const total = (await app.call('volunteer-list', { district: 'หาดใหญ่' })).total;
  expect(total).toBeGreaterThan(0);
  await app.open(page, '/volunteers');
  await page.getByRole('combobox', { name: 'อำเภอ' }).click();
  await page.getByRole('option', { name: /^หาดใหญ่/ }).click();
  await expect(page.locator('tbody tr').first()).toContainText('อ.หาดใหญ่');

  await page.getByRole('button', { name: 'ส่งออก Excel ตามที่กรอง' }).click();
  const dialog = page.getByRole('dialog', { name: 'เลือกคอลัมน์ที่จะส่งออก' });
  // The set that prints one A4 page wide is ticked; the name columns cannot be unticked.
  await expect(dialog.getByRole('checkbox', { name: 'โทรศัพท์', exact: true })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'วันเริ่มวาระ', exact: true })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'นามสกุล', exact: true })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'โทรศัพท์', exact: true }).uncheck();
  await dialog.getByRole('checkbox', { name: 'วันเริ่มวาระ', exact: true }).check();
  await screenshot(page, 'register-export-columns');

  const chosen = await exported(page);
  expect((chosen.getRow(3).values as unknown[]).slice(1)).toEqual([
    'ลำดับ', 'คำนำหน้าชื่อ', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'ระดับ อสร.', 'ตำบลที่รับผิดชอบ', 'อำเภอที่รับผิดชอบ', 'วันเริ่มวาระ', 'วันสิ้นสุดวาระ', 'สถานะ',
  ]);
  // As the list is filtered: every row of หาดใหญ่, and only those.
  const district = (chosen.getRow(3).values as unknown[]).indexOf('อำเภอที่รับผิดชอบ');
  const rows = Array.from({ length: chosen.rowCount - 3 }, (_, i) => chosen.getRow(i + 4)).filter((r) => r.getCell(1).value !== null);
  expect(rows).toHaveLength(total);
  expect(new Set(rows.map((r) => r.getCell(district).value))).toEqual(new Set(['หาดใหญ่']));
  expect(chosen.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1 });

  await page.getByRole('button', { name: 'ส่งออก Excel ตามที่กรอง' }).click();
  await dialog.getByRole('button', { name: 'ทุกคอลัมน์ (ส่งกระทรวง)' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'หมายเหตุ', exact: true })).toBeChecked();
  const all = await exported(page);
  expect((all.getRow(3).values as unknown[]).slice(1)).toEqual(['ลำดับ', ...REGISTER_COLUMNS.map((c) => c.label)]);
  // Too wide for one page: it spreads over pages with the number and the name on each.
  expect(all.pageSetup).toMatchObject({ fitToPage: false, printTitlesColumn: 'A:D' });
});
