import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { testCore, type TestCore } from '../helpers/core';
import { validId, xlsxOf } from '../helpers/spreadsheet-fixtures';

/**
 * Update mode over people the register already holds, with real workbooks through the real import
 * into a real SQLite file: what a row leaves as it is, what the import fills in by itself, and an
 * address the file gives only in part.
 */

const FULL_HEADER = ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'เพศ', 'โทรศัพท์', 'บ้านเลขที่', 'หมู่ที่', 'ถนน', 'ตำบล', 'อำเภอ', 'จังหวัด', 'รหัสไปรษณีย์'];

/** The register as an office first imported it: every address part, the sex and the postcode typed. */
async function registerOf(core: TestCore) {
  const bytes = await xlsxOf([
    FULL_HEADER,
    // A woman titled นาย by mistake in her papers: the clerk typed her sex on purpose. A PO-box postcode.
    ['นาย', 'สมใจ', 'ใจดี', validId(601), 'หญิง', '0810000001', '12/3', '4', 'ไทรบุรี', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา', '90001'],
    ['นาง', 'มาลี', 'ศรีสุข', validId(602), 'หญิง', '0810000002', '7', '1', 'สายบุรี', 'ปาดังเบซาร์', 'สะเดา', 'สงขลา', '90240'],
    // No subdistrict yet: the postcode could not be known.
    ['นาย', 'วิชัย', 'ทองดี', validId(603), 'ชาย', '0810000003', '9', '', '', '', 'เมืองสงขลา', 'สงขลา', ''],
  ]);
  expect(await core.call('volunteer-import-commit', { file: { name: 'ทะเบียน.xlsx', bytes }, job: 'first', duplicates: 'skip' })).toMatchObject({ inserted: 3 });
}

const volunteer = async (core: TestCore, seed: number) => {
  const { rows } = await core.call('volunteer-list', { q: validId(seed) });
  return (await core.call('volunteer-get', { id: rows[0].id })).volunteer;
};

function auditedUpdates(core: TestCore): number {
  const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
  const n = db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'volunteer' AND action = 'import-update'").pluck().get() as number;
  db.close();
  return n;
}

async function update(core: TestCore, name: string, rows: (string | null)[][]) {
  const file = { name, bytes: await xlsxOf(rows) };
  const preview = await core.call('volunteer-import-preview', { file });
  const result = await core.call('volunteer-import-commit', { file, job: `j-${name}`, duplicates: 'update' });
  return { preview, result };
}

describe('import update mode keeps faith with the register', () => {
  it('a row that matches the register exactly is unchanged, in the preview and the result, and nothing is written', async () => {
    const core = testCore();
    await registerOf(core);
    const before = await volunteer(core, 601);
    const { preview, result } = await update(core, 'เหมือนเดิม.xlsx', [
      FULL_HEADER,
      ['นาย', 'สมใจ', 'ใจดี', validId(601), 'หญิง', '0810000001', '12/3', '4', 'ไทรบุรี', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา', '90001'],
      ['นาง', 'มาลี', 'ศรีสุข', validId(602), 'หญิง', '0899999999', '7', '1', 'สายบุรี', 'ปาดังเบซาร์', 'สะเดา', 'สงขลา', '90240'],
    ]);
    expect(preview.counts).toMatchObject({ total: 2, existing: 1, unchanged: 1, conflict: 0 });
    expect(preview.rows.map((r) => r.status)).toEqual(['unchanged', 'existing']);
    expect(result).toEqual({ inserted: 0, updated: 1, skipped: 0, unchanged: 1, failed: 0 });
    // Skipping counts the same person as unchanged too: nothing differed to skip.
    const again = await core.call('volunteer-import-commit', { file: { name: 'x.xlsx', bytes: await xlsxOf([FULL_HEADER, ['นาย', 'สมใจ', 'ใจดี', validId(601), 'หญิง', '0810000001', '12/3', '4', 'ไทรบุรี', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา', '90001']]) }, job: 'skip', duplicates: 'skip' });
    expect(again).toEqual({ inserted: 0, updated: 0, skipped: 0, unchanged: 1, failed: 0 });
    expect(auditedUpdates(core)).toBe(1);
    expect((await volunteer(core, 601)).updatedAt).toBe(before.updatedAt);
  });

  it('the sex from the title and the postcode from the geography never replace what the register holds; they fill only a blank', async () => {
    const core = testCore();
    await registerOf(core);
    // No sex column, no postcode column: the import would derive both.
    const { preview, result } = await update(core, 'ไม่มีเพศ.xlsx', [
      ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'ตำบล', 'อำเภอ', 'จังหวัด'],
      ['นาย', 'สมใจ', 'ใจดี', validId(601), 'บ่อยาง', 'เมืองสงขลา', 'สงขลา'],
      ['นาย', 'วิชัย', 'ทองดี', validId(603), 'บ่อยาง', 'เมืองสงขลา', 'สงขลา'],
    ]);
    expect(preview.rows.map((r) => r.status)).toEqual(['unchanged', 'existing']);
    expect(result).toEqual({ inserted: 0, updated: 1, skipped: 0, unchanged: 1, failed: 0 });
    const somjai = await volunteer(core, 601);
    expect(somjai.sex).toBe('female');
    expect(somjai.address.postcode).toBe('90001');
    // The subdistrict filled a blank of the same district; its postcode fills the blank postcode.
    const wichai = await volunteer(core, 603);
    expect(wichai.address).toMatchObject({ houseNo: '9', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา', postcode: '90000' });
  });

  it('an address given in part is taken whole when it names another place, kept when it agrees, and shown in the preview', async () => {
    const core = testCore();
    await registerOf(core);
    const { preview, result } = await update(core, 'ย้ายอำเภอ.xlsx', [
      ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'บ้านเลขที่', 'อำเภอ'],
      // Moved to another district: the file has no subdistrict, and the old one is not in Hat Yai.
      ['นาย', 'สมใจ', 'ใจดี', validId(601), '45', 'หาดใหญ่'],
      // The same district as the register, no house number: the register's address stays whole.
      ['นาง', 'มาลี', 'ศรีสุข', validId(602), '', 'สะเดา'],
    ]);
    expect(preview.rows.map((r) => r.status)).toEqual(['existing', 'unchanged']);
    // The preview sends both addresses whole; the screen writes them out.
    const moved = { houseNo: '45', moo: '', village: '', soi: '', road: '', subdistrict: '', district: 'หาดใหญ่', province: 'สงขลา', postcode: '' };
    expect(preview.rows[0].addressUpdate).toEqual({ register: { houseNo: '12/3', moo: '4', village: '', soi: '', road: 'ไทรบุรี', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา', postcode: '90001' }, file: moved });
    expect(preview.rows[0].warnings.join()).toContain('ไฟล์ระบุอำเภอ/เขต หาดใหญ่ ต่างจากทะเบียน');
    expect(preview.rows[1].addressUpdate).toBeNull();
    expect(result).toEqual({ inserted: 0, updated: 1, skipped: 0, unchanged: 1, failed: 0 });
    expect((await volunteer(core, 601)).address).toEqual(moved);
    expect((await volunteer(core, 602)).address).toMatchObject({ houseNo: '7', moo: '1', road: 'สายบุรี', subdistrict: 'ปาดังเบซาร์', district: 'สะเดา', province: 'สงขลา', postcode: '90240' });
  });

  it('a moved person the file gives only a district for keeps the province that district is in, and the preview warns of every part left blank', async () => {
    const core = testCore();
    await registerOf(core);
    const { preview, result } = await update(core, 'ย้ายอำเภอ-อำเภออย่างเดียว.xlsx', [
      ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'อำเภอ'],
      // Moved within Songkhla: no subdistrict, no province column.
      ['นาย', 'สมใจ', 'ใจดี', validId(601), 'หาดใหญ่'],
      // The district the register holds: nothing of the address changes.
      ['นาง', 'มาลี', 'ศรีสุข', validId(602), 'สะเดา'],
      // Moved to a district of another province: the register's province no longer fits it.
      ['นาย', 'วิชัย', 'ทองดี', validId(603), 'หางดง'],
    ]);
    expect(preview.rows.map((r) => r.status)).toEqual(['existing', 'unchanged', 'existing']);
    const moved = preview.rows[0].warnings.find((w) => w.includes('หาดใหญ่'));
    // The clerk reads, before saving, what the update leaves blank and what the register held there.
    expect(moved).toContain('ตำบล/แขวง (เดิม บ่อยาง)');
    expect(moved).toContain('บ้านเลขที่ (เดิม 12/3)');
    expect(moved).toContain('รหัสไปรษณีย์ (เดิม 90001)');
    expect(moved).not.toContain('จังหวัด (เดิม');
    // Said once: the file's district alone is no warning of its own where the update is what counts.
    expect(preview.rows[0].warnings.join()).not.toContain('ระบุตำบล อำเภอ จังหวัด ไม่ครบ');
    // The register completes the district the file gives alone: nothing to warn of.
    expect(preview.rows[1].warnings).toEqual([]);
    expect(preview.rows[2].warnings.find((w) => w.includes('หางดง'))).toContain('บ้านเลขที่ (เดิม 9)');
    expect(result).toEqual({ inserted: 0, updated: 2, skipped: 0, unchanged: 1, failed: 0 });
    expect((await volunteer(core, 601)).address).toEqual({ houseNo: '', moo: '', village: '', soi: '', road: '', subdistrict: '', district: 'หาดใหญ่', province: 'สงขลา', postcode: '' });
    expect((await volunteer(core, 602)).address).toMatchObject({ houseNo: '7', moo: '1', road: 'สายบุรี', subdistrict: 'ปาดังเบซาร์', district: 'สะเดา', province: 'สงขลา', postcode: '90240' });
    // หางดง is a district of Chiang Mai alone: the province is the geography's, not the register's Songkhla.
    expect((await volunteer(core, 603)).address).toEqual({ houseNo: '', moo: '', village: '', soi: '', road: '', subdistrict: '', district: 'หางดง', province: 'เชียงใหม่', postcode: '' });
  });

  it('a new house number without a road takes the file\'s street parts together, the place stays', async () => {
    const core = testCore();
    await registerOf(core);
    const { preview } = await update(core, 'บ้านใหม่.xlsx', [
      ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'บ้านเลขที่', 'ตำบล'],
      ['นาย', 'สมใจ', 'ใจดี', validId(601), '99', 'บ่อยาง'],
    ]);
    expect(preview.rows[0].addressUpdate).toEqual({ register: { houseNo: '12/3', moo: '4', village: '', soi: '', road: 'ไทรบุรี', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา', postcode: '90001' }, file: { ...{ houseNo: '12/3', moo: '4', village: '', soi: '', road: 'ไทรบุรี', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา', postcode: '90001' }, houseNo: '99', moo: '', road: '' } });
    // The old house's moo and road are not the new one's: left blank, and said so.
    expect(preview.rows[0].warnings.join()).toContain('หมู่ที่ (เดิม 4), ถนน (เดิม ไทรบุรี)');
    expect((await volunteer(core, 601)).address).toMatchObject({ houseNo: '99', moo: '', road: '', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา', postcode: '90001' });
  });

  it('area-of-responsibility columns given in part are decided whole too, the province kept where the new district lies in it', async () => {
    const core = testCore();
    const area = ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'ตำบลที่รับผิดชอบ', 'อำเภอที่รับผิดชอบ', 'จังหวัดที่รับผิดชอบ'];
    await core.call('volunteer-import-commit', { file: { name: 'a.xlsx', bytes: await xlsxOf([area, ['นาย', 'สมใจ', 'ใจดี', validId(601), 'บ่อยาง', 'เมืองสงขลา', 'สงขลา']]) }, job: 'a', duplicates: 'skip' });
    const { preview } = await update(core, 'b.xlsx', [['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'อำเภอที่รับผิดชอบ'], ['นาย', 'สมใจ', 'ใจดี', validId(601), 'หาดใหญ่']]);
    expect(preview.rows[0].warnings.join()).toContain('พื้นที่รับผิดชอบ: ไฟล์ระบุอำเภอที่รับผิดชอบ หาดใหญ่ ต่างจากทะเบียน');
    expect(preview.rows[0].warnings.join()).toContain('ตำบลที่รับผิดชอบ (เดิม บ่อยาง)');
    expect((await volunteer(core, 601)).area).toEqual({ subdistrict: '', district: 'หาดใหญ่', province: 'สงขลา' });
  });
});

describe('import over a register that holds everyone', () => {
  it('compares and updates people through statements prepared once, not one per person (each held native memory until a full GC: 1.8 GB for 50,000)', async () => {
    const core = testCore();
    const rows = (phone: string) => [['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'โทรศัพท์'], ...Array.from({ length: 2000 }, (_, i) => ['นาย', 'คน', `ที่${i}`, validId(700_000 + i), phone])];
    const first = { name: 'a.xlsx', bytes: await xlsxOf(rows('0811111111')) };
    await core.call('volunteer-import-commit', { file: first, job: 'a', duplicates: 'skip' });
    const changed = { name: 'b.xlsx', bytes: await xlsxOf(rows('0822222222')) };
    const prepare = vi.spyOn(Database.prototype, 'prepare');
    try {
      expect((await core.call('volunteer-import-preview', { file: changed })).counts).toMatchObject({ existing: 2000 });
      expect(await core.call('volunteer-import-commit', { file: changed, job: 'b', duplicates: 'update' })).toMatchObject({ updated: 2000 });
      expect(prepare.mock.calls.length).toBeLessThan(200);
    } finally {
      prepare.mockRestore();
    }
  }, 120_000);
});
