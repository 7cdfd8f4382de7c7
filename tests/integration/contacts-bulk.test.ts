import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Input } from '@shared/api';
import { DATABASE_FILE } from '../../electron/core';
import { testCore } from '../helpers/core';
import { encodeWindows874, xlsxOf } from '../helpers/spreadsheet-fixtures';

const keepAll = (rows: Input<'contact-bulk-check'>['rows']) => rows.map((r) => ({ ...r, keep: true }));

describe('contacts pasted from Excel', () => {
  it('reads rows without a header in the grid order, tolerating titles, Thai digits, running numbers and gaps', async () => {
    const core = testCore();
    const text = [
      'นาย สมชาย  ใจดี\tผู้อำนวยการ\tสำนักงานจัดหางานจังหวัดสงขลา\t๐๘๑-๒๓๔-๕๖๗๘',
      'น.ส.สมหญิง รักงาน\tนักวิชาการแรงงาน\tสำนักงานแรงงานจังหวัดสงขลา',
      '3\tนางมาลี มีสุข\t\t\t+66 89 111 2222',
      'นาย\tวิชัย กล้าหาญ\tปลัดอำเภอ\tที่ว่าการอำเภอหาดใหญ่\t074-311047',
      '',
    ].join('\r\n');
    const { rows, notices } = await core.call('contact-paste-read', { text });
    expect(notices.join()).toContain('ไม่มีแถวหัวตาราง');
    expect(rows.map((r) => [r.name, r.position, r.agency, r.phone])).toEqual([
      ['นาย สมชาย ใจดี', 'ผู้อำนวยการ', 'สำนักงานจัดหางานจังหวัดสงขลา', '081-234-5678'],
      ['น.ส.สมหญิง รักงาน', 'นักวิชาการแรงงาน', 'สำนักงานแรงงานจังหวัดสงขลา', ''],
      ['นางมาลี มีสุข', '', '', '+66 89 111 2222'],
      ['นายวิชัย กล้าหาญ', 'ปลัดอำเภอ', 'ที่ว่าการอำเภอหาดใหญ่', '074-311047'],
    ]);
    const checked = await core.call('contact-bulk-check', { rows });
    expect(checked.map((c) => [c.values.name, c.values.phone])).toEqual([
      ['นายสมชาย ใจดี', '0812345678'],
      ['นางสาวสมหญิง รักงาน', ''],
      ['นางมาลี มีสุข', '0891112222'],
      ['นายวิชัย กล้าหาญ', '074311047'],
    ]);
    expect(checked.every((c) => !Object.keys(c.errors).length && !c.duplicates.length)).toBe(true);
  });

  it('uses the header row when the clerk copied it too, and strips control characters', async () => {
    const core = testCore();
    const text = 'ลำดับ\tชื่อ-สกุล\tตำแหน่ง\tหน่วยงาน\tเบอร์โทร\n1\tนายเอก\u0000 ทดสอบ\u202e\tหัวหน้า\tสำนักงานประกันสังคมจังหวัดสงขลา\t0812223333\n';
    const { rows } = await core.call('contact-paste-read', { text });
    expect(rows).toHaveLength(1);
    const [check] = await core.call('contact-bulk-check', { rows });
    expect(check.values).toMatchObject({ name: 'นายเอก ทดสอบ', position: 'หัวหน้า', phone: '0812223333' });
  });

  it('flags twins in the directory and inside the paste, by name (title aside) and by phone; skip and keep are saved as chosen', async () => {
    const core = testCore();
    const old = await core.call('contact-save', { name: 'นางสาวสมหญิง รักงาน', position: 'เดิม', agency: 'สำนักงานแรงงานจังหวัดสงขลา', phone: '081 555 0000', notes: '' });
    const other = await core.call('contact-save', { name: 'นายประยุทธ ขยัน', position: '', agency: '', phone: '089-999-0000', notes: '' });
    const { rows } = await core.call('contact-paste-read', {
      text: [
        'สมหญิง รักงาน\tนักวิชาการ\tสำนักงานแรงงานจังหวัดสงขลา',
        'นายใหม่ ไม่ซ้ำ\tเจ้าหน้าที่\tสำนักงานจัดหางานจังหวัดสงขลา\t0899990000',
        'นายคนเดียว กัน\tครู\tโรงเรียน\t0861112222',
        'นาย คนเดียว กัน\tครู\tโรงเรียน',
        'นางสาวสมหญิง รักงาน\tนักวิชาการชำนาญการ\t\t0815550000',
      ].join('\n'),
    });
    const checked = await core.call('contact-bulk-check', { rows });
    expect(checked[0].duplicates).toEqual([{ reason: 'name', contactId: old.id, row: null, name: 'นางสาวสมหญิง รักงาน' }]);
    expect(checked[0].updates).toBeNull();
    expect(checked[1].duplicates).toEqual([{ reason: 'phone', contactId: other.id, row: null, name: 'นายประยุทธ ขยัน' }]);
    expect(checked[2].duplicates).toEqual([]);
    expect(checked[3].duplicates).toEqual([{ reason: 'name', contactId: null, row: 2, name: 'นายคนเดียว กัน' }]);
    expect(checked[4].updates).toBe(old.id);

    const saved = await core.call('contact-bulk-save', {
      rows: rows.map((r, i) => ({ ...r, keep: i !== 0 && i !== 3 })),
    });
    expect(saved).toEqual({ added: 2, updated: 1, skipped: 2 });
    const all = await core.call('contact-search', { query: '', limit: 50 });
    expect(all.map((c) => c.name).sort()).toEqual(['นางสาวสมหญิง รักงาน', 'นายคนเดียว กัน', 'นายประยุทธ ขยัน', 'นายใหม่ ไม่ซ้ำ'].sort());
    // Keeping the exact name brought the new details into the one contact, and the change is audited.
    expect(all.find((c) => c.id === old.id)).toMatchObject({ position: 'นักวิชาการชำนาญการ', agency: 'สำนักงานแรงงานจังหวัดสงขลา', phone: '0815550000' });
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    const entries = db.prepare("SELECT action, details FROM audit_log WHERE entity = 'contact' ORDER BY id").all() as { action: string; details: string }[];
    db.close();
    expect(entries.map((e) => e.action)).toEqual(['create', 'create', 'create', 'create', 'update']);
    expect(JSON.parse(entries[4].details)).toEqual({ position: ['เดิม', 'นักวิชาการชำนาญการ'], phone: ['081 555 0000', '0815550000'] });
  });

  it('refuses the whole grid when a kept row breaks a rule, saving nothing, and names the cell', async () => {
    const core = testCore();
    const r = await core.dispatch('contact-bulk-save', {
      rows: keepAll([
        { name: 'นายถูก ต้อง', position: '', agency: '', phone: '0812345678', isGovernment: true },
        { name: '', position: 'ไม่มีชื่อ', agency: '', phone: '12', isGovernment: true },
      ]),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields).toMatchObject({ 'rows.1.name': 'กรุณากรอกชื่อ-นามสกุล', 'rows.1.phone': expect.stringContaining('โทรศัพท์') });
    expect(await core.call('contact-search', { query: '', limit: 50 })).toEqual([]);
    // Skipping the faulty row lets the rest in.
    const ok = await core.call('contact-bulk-save', {
      rows: [
        { name: 'นายถูก ต้อง', position: '', agency: '', phone: '0812345678', isGovernment: true, keep: true },
        { name: '', position: 'ไม่มีชื่อ', agency: '', phone: '12', isGovernment: true, keep: false },
      ],
    });
    expect(ok).toEqual({ added: 1, updated: 0, skipped: 1 });
  });
});

describe('contacts imported from a spreadsheet', () => {
  it('reads an .xlsx with a title above, the name in three columns and the phone as a number', async () => {
    const core = testCore();
    const bytes = await xlsxOf([
      ['รายชื่อคณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัดสงขลา'],
      [],
      ['ที่', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'ตำแหน่ง', 'สังกัด', 'โทรศัพท์มือถือ', 'อีเมล'],
      [1, 'นาง', 'มาลัย', 'ศรีสุข', 'ประธาน', 'คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด', 812345678, 'a@b.c'],
      [2, 'นาย', 'ชัย', 'มั่นคง', 'กรรมการ', 'สำนักงานพัฒนาฝีมือแรงงานสงขลา', '๐๙๘-๗๖๕-๔๓๒๑', ''],
    ]);
    const { rows, notices } = await core.call('contact-import-read', { file: { name: 'คณะทำงาน.xlsx', bytes } });
    expect(notices).toEqual(['อ่านหัวตารางจากแถวที่ 3', 'คอลัมน์ที่ไม่ได้นำเข้า: อีเมล']);
    const checked = await core.call('contact-bulk-check', { rows });
    expect(checked.map((c) => c.values)).toEqual([
      { name: 'นางมาลัย ศรีสุข', position: 'ประธาน', agency: 'คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด', phone: '0812345678', nationalId: '', address: '', isGovernment: true },
      { name: 'นายชัย มั่นคง', position: 'กรรมการ', agency: 'สำนักงานพัฒนาฝีมือแรงงานสงขลา', phone: '0987654321', nationalId: '', address: '', isGovernment: true },
    ]);
    expect(await core.call('contact-bulk-save', { rows: keepAll(rows) })).toEqual({ added: 2, updated: 0, skipped: 0 });
  });

  it('reads an .xls and a Windows-874 .csv with one name column', async () => {
    const core = testCore();
    const sheet = XLSX.utils.aoa_to_sheet([
      ['ชื่อ-นามสกุล', 'ตำแหน่ง', 'หน่วยงาน', 'เบอร์โทรศัพท์'],
      ['นายสมศักดิ์ ทองดี', 'นายอำเภอ', 'ที่ว่าการอำเภอสะเดา', '074-411-111'],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, sheet, 'Sheet1');
    const xls = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    const fromXls = await core.call('contact-import-read', { file: { name: 'a.xls', bytes: xls } });
    expect(fromXls.rows).toEqual([{ name: 'นายสมศักดิ์ ทองดี', position: 'นายอำเภอ', agency: 'ที่ว่าการอำเภอสะเดา', phone: '074-411-111', nationalId: '', address: '', isGovernment: true }]);

    const csv = encodeWindows874('ชื่อ-สกุล,ตำแหน่ง,หน่วยงาน,โทร\r\nนางสาวดวงใจ งามดี,ครู,โรงเรียนบ้านนา,0869998888\r\n');
    const fromCsv = await core.call('contact-import-read', { file: { name: 'a.csv', bytes: csv } });
    expect(fromCsv.rows).toEqual([{ name: 'นางสาวดวงใจ งามดี', position: 'ครู', agency: 'โรงเรียนบ้านนา', phone: '0869998888', nationalId: '', address: '', isGovernment: true }]);
  });

  it('refuses a file that is not a table, in Thai', async () => {
    const core = testCore();
    const r = await core.dispatch('contact-import-read', { file: { name: 'x.xlsx', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 1, 2]) } });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'BAD_FILE', message: expect.stringContaining('PDF') });
  });

  it('deletes a contact once, with its audit entry; a second delete is refused in Thai', async () => {
    const core = testCore();
    const c = await core.call('contact-save', { name: 'นายลบ ทิ้ง', position: '', agency: '', phone: '', notes: '' });
    expect(await core.call('contact-delete', { id: c.id })).toEqual({ deleted: true, heldInBackups: [] });
    expect(await core.call('contact-search', { query: '', limit: 50 })).toEqual([]);
    const again = await core.dispatch('contact-delete', { id: c.id });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/[ก-๙]/) });
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    const actions = db.prepare("SELECT action FROM audit_log WHERE entity = 'contact' AND entity_id = ? ORDER BY id").pluck().all(String(c.id));
    db.close();
    expect(actions).toEqual(['create', 'delete']);
  });
});
