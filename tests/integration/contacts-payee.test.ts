import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';
import { pdfText, savePdf } from './reports/pdf-tools';

const ID = '3100600123450';
const ADDRESS = '99 หมู่ 2 ตำบลคอหงส์ อำเภอหาดใหญ่ จังหวัดสงขลา 90110';
const contact = { name: 'ดร.วิชัย ความรู้', position: 'อาจารย์', agency: 'มหาวิทยาลัยสงขลานครินทร์', phone: '0812345678', isGovernment: true, notes: '' };

function auditOf(core: TestCore, entity: string): { entityId: string; action: string; details: string }[] {
  const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
  const rows = db.prepare('SELECT entity_id AS entityId, action, details FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as { entityId: string; action: string; details: string }[];
  db.close();
  return rows;
}

describe('a contact’s national ID and address (what a speaker receipt asks of the payee)', () => {
  it('keeps them checked with the Thai checksum, audited, and the speaker made from the contact prints them on the receipt', async () => {
    const core = testCore();
    const wrong = await core.dispatch('contact-save', { ...contact, nationalId: '3100600123451', address: ADDRESS });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { nationalId: 'เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)' } } });
    const c = await core.call('contact-save', { ...contact, nationalId: '3-1006-00123-45-0' });
    expect(c).toMatchObject({ nationalId: ID, address: '' });
    const fixed = await core.call('contact-save', { ...contact, id: c.id, nationalId: ID, address: ADDRESS });
    expect(fixed.address).toBe(ADDRESS);
    expect((await core.call('contact-search', { query: 'วิชัย', limit: 5 }))[0]).toMatchObject({ nationalId: ID, address: ADDRESS });
    expect(JSON.parse(auditOf(core, 'contact').at(-1)!.details)).toEqual({ address: ['', ADDRESS] });

    // The speaker picked from contacts gets the contact's values (the form copies them); the receipt prints them.
    const s = await core.call('seminar-create', songkhlaSeminar);
    await core.call('speaker-save', { seminarId: s.id, sessionId: s.days[0].sessions[0].id, name: fixed.name, position: fixed.position, agency: fixed.agency, isGovernment: fixed.isGovernment, hours: 3, nationalId: fixed.nationalId, address: fixed.address });
    const receipt = pdfText(savePdf('contact-speaker-receipt.pdf', (await core.call('report-speaker-receipts', { seminarId: s.id })).bytes));
    expect(receipt).toContain('3-1006-00123-45-0');
    expect(receipt.replace(/\s+/g, '')).toContain(ADDRESS.replace(/\s+/g, ''));
  });

  it('reads them from a paste, with or without a header, and checks them in the grid', async () => {
    const core = testCore();
    const headless = await core.call('contact-paste-read', { text: `นายสมชาย ใจดี\tผู้อำนวยการ\tสำนักงานจัดหางานจังหวัดสงขลา\t081-234-5678\t1-1017-00230-70-8\t${ADDRESS}` });
    expect(headless.rows).toEqual([{ name: 'นายสมชาย ใจดี', position: 'ผู้อำนวยการ', agency: 'สำนักงานจัดหางานจังหวัดสงขลา', phone: '081-234-5678', nationalId: '1-1017-00230-70-8', address: ADDRESS, isGovernment: true }]);
    const headed = await core.call('contact-paste-read', { text: `ชื่อ-นามสกุล\tที่อยู่\tเลขประจำตัวประชาชน\nนางมาลี มีสุข\t${ADDRESS}\t3100600123451` });
    expect(headed.rows.map((r) => [r.name, r.address, r.nationalId])).toEqual([['นางมาลี มีสุข', ADDRESS, '3100600123451']]);
    const checked = await core.call('contact-bulk-check', { rows: [...headless.rows, ...headed.rows] });
    expect(checked[0]).toMatchObject({ values: { nationalId: '1101700230708', address: ADDRESS }, errors: {} });
    expect(checked[1].errors).toEqual({ nationalId: 'เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)' });
    const saved = await core.call('contact-bulk-save', { rows: [{ ...headless.rows[0], keep: true }, { ...headed.rows[0], keep: false }] });
    expect(saved).toEqual({ added: 1, updated: 0, skipped: 1 });
    expect((await core.call('contact-search', { query: 'สมชาย', limit: 5 }))[0]).toMatchObject({ nationalId: '1101700230708', address: ADDRESS });
    // The same name again brings a missing address into the contact, audited.
    await core.call('contact-save', { ...contact, name: 'นายสมหวัง ดีใจ' });
    await core.call('contact-bulk-save', { rows: [{ name: 'นายสมหวัง ดีใจ', position: '', agency: '', phone: '', nationalId: ID, address: ADDRESS, isGovernment: true, keep: true }] });
    expect((await core.call('contact-search', { query: 'สมหวัง', limit: 5 }))[0]).toMatchObject({ nationalId: ID, address: ADDRESS });
    expect(JSON.parse(auditOf(core, 'contact').at(-1)!.details)).toMatchObject({ nationalId: ['', ID], address: ['', ADDRESS] });
  });

  it('PDPA: exports everything held about the contact, and its delete erases it from the audit trail too', async () => {
    const core = testCore();
    const c = await core.call('contact-save', { ...contact, nationalId: ID });
    await core.call('contact-save', { ...contact, id: c.id, nationalId: ID, address: ADDRESS });
    const s = await core.call('seminar-create', songkhlaSeminar);
    await core.call('participant-add-contacts', { seminarId: s.id, groupId: s.groups[0].id, contactIds: [c.id] });

    const file = await core.call('contact-export', { id: c.id });
    expect(file.name).toBe('ข้อมูลส่วนบุคคล-ดร.วิชัย-ความรู้.json');
    const data = JSON.parse(new TextDecoder().decode(file.bytes));
    expect(data.contact).toMatchObject({ name: contact.name, nationalId: ID, address: ADDRESS });
    expect(data.seminars).toEqual([expect.objectContaining({ seminarId: s.id, name: contact.name })]);
    expect(data.auditTrail.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'update']);
    expect(auditOf(core, 'contact').at(-1)).toMatchObject({ entityId: String(c.id), action: 'export' });

    await core.call('contact-delete', { id: c.id });
    expect(await core.call('contact-search', { query: '', limit: 5 })).toEqual([]);
    const trail = auditOf(core, 'contact');
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'export', 'delete']);
    expect(trail.slice(0, 3).map((e) => e.details)).toEqual(['{"erased":true}', '{"erased":true}', '{"erased":true}']);
    // No audit text anywhere still holds the ID or the address.
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM audit_log WHERE instr(details, ?) > 0 OR instr(details, ?) > 0').pluck().get(ID, ADDRESS)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE sql LIKE '%national_id%' AND name = 'contacts'").pluck().get()).toBe(1);
    db.close();
  });
});
