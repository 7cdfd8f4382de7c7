import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { backupDir } from '../../electron/core/backup/files';
import { testCore } from '../helpers/core';
import { nationalIdFor, songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

// Names found nowhere else in a register, so any hit is a remnant of this person.
const person = { ...volunteer(77), firstName: 'ประกายเพชรลับ', lastName: 'ศรีสุวรรณเฉพาะ', phone: '0891234567', email: 'prakaipetch@example.com' };
const NEEDLES = [person.firstName, person.lastName, nationalIdFor(77), person.phone, person.email];

/** Which of the person's identifiers (`needles`) appear anywhere in these files' bytes. */
function hits(files: string[], needles = NEEDLES): string[] {
  const found: string[] = [];
  for (const file of files.filter((f) => fs.existsSync(f))) {
    const bytes = fs.readFileSync(file);
    for (const n of needles) if (bytes.includes(Buffer.from(n, 'utf8'))) found.push(`${path.basename(file)}: ${n}`);
  }
  return found;
}

describe('PDPA erase leaves no byte of the person', () => {
  it('in the register file, its WAL, the audit trail, seminar lists and the next backup; and names the older backups that still hold them', { timeout: 120_000 }, async () => {
    const core = testCore({ now: () => new Date('2026-03-14T03:00:00Z') });
    const seminarA = await core.call('seminar-create', songkhlaSeminar);
    const seminarB = await core.call('seminar-create', { ...songkhlaSeminar, title: 'อบรมอาสาสมัครแรงงานรุ่นที่ 2' });
    const { id } = await core.call('volunteer-create', person);
    await core.call('volunteer-status-change', { id, status: 'resigned', date: '2026-03-01', reason: `${person.firstName} ${person.lastName} แจ้งลาออกทางโทรศัพท์ ${person.phone}` });
    for (const s of [seminarA, seminarB]) await core.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, volunteerIds: [id] });
    const inA = (await core.call('seminar-get', { id: seminarA.id })).participants[0];
    await core.call('participant-update', { id: inA.id, groupId: seminarA.groups[1].id, category: 'official', position: 'ประธานชุมชน', agency: 'ชุมชนบ่อยาง', travelAmount: 120, allowanceAmount: null });
    const inB = (await core.call('seminar-get', { id: seminarB.id })).participants[0];
    await core.call('participant-remove', { id: inB.id });
    const before = await core.call('backup-create', {});
    const live = path.join(core.dataDir, DATABASE_FILE);
    expect(hits([live, `${live}-wal`]).length, 'the person is in the register before the erase').toBeGreaterThan(0);

    const erased = await core.call('volunteer-erase', { id, reason: `คำขอของ${person.firstName} ${person.lastName} เลขที่ 3/2569` });

    expect(hits([live, `${live}-wal`])).toEqual([]);
    expect(JSON.stringify(erased)).not.toContain(person.lastName);
    const next = await core.call('backup-create', {});
    expect(hits([path.join(backupDir(core.dataDir), next.id)])).toEqual([]);
    // The copy taken before still holds them, and the confirmation says so, with when it goes.
    expect(hits([path.join(backupDir(core.dataDir), before.id)]).length).toBeGreaterThan(0);
    expect(erased.heldInBackups).toEqual([{ id: before.id, label: expect.stringMatching(/^ข้อมูลสำรอง \(สำรองเอง\) 14 มีนาคม 2569/), leaves: 'จะถูกลบเมื่อกด "สำรองข้อมูลตอนนี้" อีก 10 ครั้ง' }]);
    // What happened stays on record, without who it happened to.
    expect(erased.audit[0]).toMatchObject({ action: 'erase', details: { reason: 'คำขอของ[ลบข้อมูลส่วนบุคคลแล้ว] เลขที่ 3/2569', seminarRows: 1 } });
    const db = new Database(live, { readonly: true });
    const removal = db.prepare("SELECT details FROM audit_log WHERE action = 'participant-remove'").pluck().get() as string;
    db.close();
    expect(JSON.parse(removal)).toEqual({ name: '[ลบข้อมูลส่วนบุคคลแล้ว]' });
  });

  it('a contact deleted (its PDPA erase): no byte of its national ID, address or phone in the register file or its WAL; the older backups holding it are named', { timeout: 120_000 }, async () => {
    const core = testCore({ now: () => new Date('2026-03-14T03:00:00Z') });
    const id = nationalIdFor(901);
    const address = '77/9 ซอยลับเฉพาะบุคคล ตำบลท่าข้าม อำเภอหาดใหญ่ จังหวัดสงขลา 90110';
    const needles = [id, address, '0897776655'];
    const c = await core.call('contact-save', { name: 'นางพิมพ์ลดา เฉพาะตัว', position: 'วิทยากร', agency: 'สำนักงานแรงงานจังหวัดสงขลา', phone: '0897776655', isGovernment: true, notes: '', nationalId: id, address: '' });
    // A correction puts the address in the audit trail too (the before and after values).
    await core.call('contact-save', { name: 'นางพิมพ์ลดา เฉพาะตัว', position: 'วิทยากร', agency: 'สำนักงานแรงงานจังหวัดสงขลา', phone: '0897776655', isGovernment: true, notes: '', nationalId: id, address, id: c.id });
    const before = await core.call('backup-create', {});
    const live = path.join(core.dataDir, DATABASE_FILE);
    expect(hits([live, `${live}-wal`], needles).length, 'the contact is in the register before the delete').toBeGreaterThan(0);

    const deleted = await core.call('contact-delete', { id: c.id });

    expect(hits([live, `${live}-wal`], needles)).toEqual([]);
    const next = await core.call('backup-create', {});
    expect(hits([path.join(backupDir(core.dataDir), next.id)], needles)).toEqual([]);
    expect(hits([path.join(backupDir(core.dataDir), before.id)], needles).length).toBeGreaterThan(0);
    expect(deleted.heldInBackups).toEqual([{ id: before.id, label: expect.stringMatching(/^ข้อมูลสำรอง \(สำรองเอง\) 14 มีนาคม 2569/), leaves: expect.stringContaining('จะถูกลบเมื่อ') }]);
  });
});
