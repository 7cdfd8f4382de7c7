import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { emptyVolunteer } from '@shared/schemas/volunteer';
import { AuditTrail } from '../../renderer/src/features/volunteers/AuditTrail';
import { testCore } from '../helpers/core';
import { validId, xlsxOf } from '../helpers/spreadsheet-fixtures';
import { renderScreen } from './render';

const HEADER = ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'เพศ', 'เบอร์โทร', 'ตำบล', 'อำเภอ', 'จังหวัด'];
const place = ['บ่อยาง', 'เมืองสงขลา', 'สงขลา'];
const FILE = 'อสร-สงขลา.xlsx';

describe('the audit trail of a volunteer', () => {
  it('says every action and value as the clerk knows it, never a code or an English key', async () => {
    const core = testCore();
    // Imported from the office's list, then the same list again with a new phone number.
    const first = await xlsxOf([HEADER, ['นาย', 'สมชาย', 'ใจดี', validId(1), 'ชาย', '0812345678', ...place]]);
    await core.call('volunteer-import-commit', { file: { name: FILE, bytes: first }, job: 'a', duplicates: 'skip' });
    const again = await xlsxOf([HEADER, ['นาย', 'สมชาย', 'ใจดี', validId(1), 'ชาย', '0899999999', ...place]]);
    await core.call('volunteer-import-commit', { file: { name: FILE, bytes: again }, job: 'b', duplicates: 'update' });
    const id = (await core.call('volunteer-list', { q: 'สมชาย' })).rows[0].id;

    // Edited in the form, then a status change, a new term and a PDPA copy for the person.
    const { volunteer } = await core.call('volunteer-get', { id });
    await core.call('volunteer-update', {
      ...emptyVolunteer,
      ...volunteer,
      sex: 'female',
      birthDate: '1980-03-13',
      address: { ...volunteer.address, houseNo: '12', moo: '3' },
      area: { subdistrict: 'เกาะแต้ว', district: 'เมืองสงขลา', province: 'สงขลา' },
    });
    await core.call('volunteer-status-change', { id, status: 'resigned', date: '2025-01-15', reason: 'ย้ายภูมิลำเนา' });
    await core.call('volunteer-term-add', { id, orderNo: '12/2568', orderDate: '2025-02-01', termStart: '2025-02-01', termEnd: '2029-01-31' });
    await core.call('volunteer-export-person', { id });

    const { audit } = await core.call('volunteer-get', { id });
    expect(audit.map((e) => e.action)).toEqual(['export', 'term', 'status', 'update', 'import-update', 'import']);
    renderScreen(<AuditTrail entries={audit} />);
    const table = await screen.findByRole('table');
    const text = table.textContent!;

    for (const line of [
      'เพิ่มจากการนำเข้าไฟล์',
      `จากไฟล์ ${FILE} แถวที่ 2`,
      'แก้ไขจากการนำเข้าไฟล์',
      'โทรศัพท์: 081-234-5678 → 089-999-9999',
      'เพศ: ชาย → หญิง',
      'วันเกิด: — → 13 มี.ค. 2523',
      // The postcode is filled from the geography once the subdistrict is known.
      'ที่อยู่: ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา 90000 → เลขที่ 12 หมู่ที่ 3 ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา 90000',
      // The import took the area of responsibility from the home address (the file has no area columns).
      'พื้นที่รับผิดชอบ: ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา → ตำบลเกาะแต้ว อำเภอเมืองสงขลา จังหวัดสงขลา',
      'สถานะ: ปฏิบัติหน้าที่ → ลาออก',
      'เหตุผล: ย้ายภูมิลำเนา',
      'วันที่: 15 ม.ค. 2568',
      'คำสั่งเลขที่: 12/2568',
      'สิ้นสุดวาระ: 31 ม.ค. 2572',
      'ข้อมูลทั้งหมดของบุคคลนี้ บันทึกเป็นไฟล์ .json',
    ]) {
      expect(text, line).toContain(line);
    }
    // Nothing in English: the only Latin letters are the file's own name extension.
    expect(text.replaceAll('.xlsx', '').replaceAll('.json', ''), text).not.toMatch(/[A-Za-z]/);
  });

  it('says what a PDPA erase kept', async () => {
    const core = testCore();
    const { id } = await core.call('volunteer-create', { ...emptyVolunteer, title: 'นาง', firstName: 'มาลี', lastName: 'ศรีสุข', nationalId: validId(2), sex: 'female' });
    await core.call('volunteer-erase', { id, reason: 'เจ้าของข้อมูลขอให้ลบ' });
    const { audit } = await core.call('volunteer-get', { id });
    renderScreen(<AuditTrail entries={audit} />);
    const text = (await screen.findByRole('table')).textContent!;
    expect(text).toContain('เหตุผล: เจ้าของข้อมูลขอให้ลบ');
    expect(text).toContain('รายชื่อในโครงการที่ลบข้อมูล: 0 รายการ');
    expect(text).toContain('(รายละเอียดถูกลบตามคำขอ PDPA)');
    expect(text.replaceAll('PDPA', '')).not.toMatch(/[A-Za-z]/);
  });
});
